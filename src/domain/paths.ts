/** Where a student's health cover comes from decides which journey they follow (domain.md §1). */
export const PATHS = ['non-eu', 'eu', 'quebec', 'andorra'] as const;
export type PathId = (typeof PATHS)[number];

/** Most students come from outside the EU, and EU students without an EHIC follow that path too. */
export const DEFAULT_PATH: PathId = 'non-eu';

export const OFFICIAL_PAGES = {
  registration: 'https://etudiant-etranger.ameli.fr/',
  ameli: 'https://www.ameli.fr/',
  studyInFrance:
    'https://www.ameli.fr/assure/droits-demarches/europe-international/protection-sociale-france/vous-venez-etudier-en-france',
} as const;

export type OfficialPage = keyof typeof OFFICIAL_PAGES;

/** True for the one path that registers online in six steps with six documents. */
export function registersOnline(path: PathId): boolean {
  return path === 'non-eu';
}

export function isPathId(value: unknown): value is PathId {
  return typeof value === 'string' && (PATHS as readonly string[]).includes(value);
}
