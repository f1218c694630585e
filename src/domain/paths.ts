import type { AfterTask } from './after-tasks';

/**
 * Where a student's health cover comes from decides which journey they follow (domain.md §1 and §10).
 * Listed in the order the first screen offers them.
 */
export const PATHS = ['non-eu', 'eu-no-card', 'eu-s1', 'eu', 'french-abroad', 'monaco', 'quebec', 'andorra'] as const;
export type PathId = (typeof PATHS)[number];

/** Most students come from outside the EU. */
export const DEFAULT_PATH: PathId = 'non-eu';

export const OFFICIAL_PAGES = {
  registration: 'https://etudiant-etranger.ameli.fr/',
  ameli: 'https://www.ameli.fr/',
  studyInFrance: 'https://www.ameli.fr/assure/droits-demarches/europe-international/protection-sociale-france/vous-venez-etudier-en-france',
} as const;

export type OfficialPage = keyof typeof OFFICIAL_PAGES;

const ONLINE: readonly PathId[] = ['non-eu', 'eu-no-card', 'eu-s1', 'french-abroad'];

/** True for the paths that register on etudiant-etranger.ameli.fr in six steps, with documents. */
export function registersOnline(path: PathId): boolean {
  return ONLINE.includes(path);
}

/**
 * True when the student is affiliated to a CPAM and so gets a number, pays care up front and can declare a
 * referring doctor: everyone who registers online, and Québec students once their RAMQ form is handed in.
 */
export function isAffiliated(path: PathId): boolean {
  return registersOnline(path) || path === 'quebec';
}

/**
 * True when the student may pay care up front and send paper care sheets: everyone affiliated to a CPAM, and
 * European students with a card, refunded by their home insurer or the CPAM (domain.md §1).
 */
export function logsCareSheets(path: PathId): boolean {
  return isAffiliated(path) || path === 'eu';
}

/** The tasks of the months after, on each path: Québec students pay care up front too and need a referring doctor. */
export function afterTasksFor(path: PathId): readonly AfterTask[] {
  if (registersOnline(path)) return ['ameliAccount', 'cardOrdered', 'cardReceived', 'referringDoctor'];
  return path === 'quebec' ? ['referringDoctor'] : [];
}

export function isPathId(value: unknown): value is PathId {
  return typeof value === 'string' && (PATHS as readonly string[]).includes(value);
}
