import type { Answers } from './answers';
import { isDay, type Day } from './dates';
import type { PathId } from './paths';

/**
 * Every document slot the online paths use (seed, domain.md §3 and §10). One PDF per document.
 * Each path shows only its own; a slot ticked on another path is kept, just not shown.
 */
export const DOCUMENTS = [
  'enrolment',
  'identity',
  'visa',
  'residence-permit',
  'resources',
  's1-form',
  'vital-record',
  'bank-details',
  'parental-authorisation',
] as const;
export type DocumentId = (typeof DOCUMENTS)[number];

/** The day each document was marked ready. */
export type DocumentsReady = Partial<Record<DocumentId, Day>>;

/**
 * What a path needs to register at once (each inner list is satisfied by any one of its documents), and what
 * can follow in the personal space: the site gives the provisional number at the end of the online form and
 * missing documents are added later (domain.md §10, "register early, complete later").
 */
interface PathDocuments {
  toRegister: readonly (readonly DocumentId[])[];
  canFollow: readonly DocumentId[];
}

const PATH_DOCUMENTS: Partial<Record<PathId, PathDocuments>> = {
  'non-eu': {
    toRegister: [['enrolment'], ['identity'], ['visa', 'residence-permit']],
    canFollow: ['vital-record', 'bank-details'],
  },
  'eu-no-card': { toRegister: [['enrolment'], ['resources'], ['identity']], canFollow: ['vital-record', 'bank-details'] },
  'eu-s1': { toRegister: [['enrolment'], ['s1-form'], ['identity']], canFollow: ['vital-record', 'bank-details'] },
  'french-abroad': { toRegister: [['enrolment'], ['identity']], canFollow: ['vital-record', 'bank-details'] },
};

/** The order the documents are listed in: the non-EU path keeps the seed's order of the six. */
const SEED_ORDER: readonly DocumentId[] = [
  'enrolment',
  'identity',
  'visa',
  'resources',
  's1-form',
  'vital-record',
  'residence-permit',
  'bank-details',
  'parental-authorisation',
];

export function isDocumentId(value: unknown): value is DocumentId {
  return typeof value === 'string' && (DOCUMENTS as readonly string[]).includes(value);
}

/** True when the student is under 16 on `day`: the site then also asks for a parental authorisation. */
export function isUnder16(birthDate: string | undefined, day: Day): boolean {
  if (!isDay(birthDate) || !isDay(day)) return false;
  const year = String(Number(birthDate.slice(0, 4)) + 16).padStart(4, '0');
  const sixteenth = `${year}${birthDate.slice(4)}`;
  // Born on 29 February: the birthday is taken as 1 March in a year without it.
  const birthday = isDay(sixteenth) ? sixteenth : `${year}-03-01`;
  return day < birthday;
}

/** The day the under-16 rule looks at: the start of studies when it is known, otherwise today. */
function referenceDay(answers: Answers, today: Day): Day {
  return isDay(answers.coverStartDate) ? answers.coverStartDate : today;
}

/** The documents of the student's path, in the order the site lists them; none for paths that do not register online. */
export function documentsFor(path: PathId, answers: Answers, today: Day): DocumentId[] {
  const own = PATH_DOCUMENTS[path];
  if (!own) return [];
  const listed = new Set<DocumentId>([...own.toRegister.flat(), ...own.canFollow]);
  if (isUnder16(answers.birthDate, referenceDay(answers, today))) listed.add('parental-authorisation');
  return SEED_ORDER.filter((document) => listed.has(document));
}

/**
 * The name a document is shown under: the seed's names, except the vital record of a path that needs no
 * translation, whose seed name ("original and translation combined") would contradict its own rule.
 */
export function documentNameKey(document: DocumentId, path: PathId): string {
  const withoutTranslation = document === 'vital-record' && translationRule(path) === 'greek-bulgarian-only';
  return withoutTranslation ? 'documents.vital-record.nameNoTranslation' : `documents.${document}.name`;
}

/** True when the path asks for a visa (students from outside the EU); European and French students have none. */
export function asksForVisa(path: PathId): boolean {
  return PATH_DOCUMENTS[path]?.toRegister.flat().includes('visa') ?? false;
}

/** True when `document` can be added after registering, in the personal space. */
export function canFollow(path: PathId, document: DocumentId): boolean {
  return PATH_DOCUMENTS[path]?.canFollow.includes(document) ?? false;
}

/** What is still missing to register now, each as the first document of its group ("visa or residence permit"). */
export function missingToRegister(path: PathId, ready: DocumentsReady): DocumentId[][] {
  const groups = PATH_DOCUMENTS[path]?.toRegister ?? [];
  return groups.filter((group) => !group.some((document) => isDay(ready[document]))).map((group) => [...group]);
}

export function countReady(ready: DocumentsReady, listed: readonly DocumentId[]): number {
  return listed.filter((document) => isDay(ready[document])).length;
}

/** Documents still to prepare, in the order they are listed. */
export function missingDocuments(ready: DocumentsReady, listed: readonly DocumentId[]): DocumentId[] {
  return listed.filter((document) => !isDay(ready[document]));
}

/**
 * Whether the vital record needs a French translation on this path (domain.md §3, §10): outside the EU unless
 * a treaty exempts it; for European students only Greek and Bulgarian records; for French students, a record
 * that is not in French.
 */
export type TranslationRule = 'needed-unless-exempt' | 'greek-bulgarian-only' | 'if-not-french';

export function translationRule(path: PathId): TranslationRule {
  if (path === 'eu-no-card' || path === 'eu-s1') return 'greek-bulgarian-only';
  if (path === 'french-abroad') return 'if-not-french';
  return 'needed-unless-exempt';
}
