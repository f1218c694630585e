import { translationRule, type DocumentId } from './documents';
import type { PathId } from './paths';

/**
 * The few points that make each document acceptable, checked by the student before marking it ready
 * (domain.md §3 and §10). Each carries the confidence of its source, and its wording follows it: an official
 * rule is said plainly, the rest as "usually", "many universities", "check".
 */
export type Confidence = 'official' | 'univ' | '3rd' | 'unconfirmed';

/** The points of each document, in the order they are shown. */
export const DOCUMENT_CHECKS: Record<DocumentId, readonly string[]> = {
  enrolment: ['current-year', 'own-name', 'shows-period', 'not-admission-letter'],
  identity: ['passport-or-id', 'all-pages'],
  visa: ['visa-page', 'not-validation'],
  'residence-permit': ['validation-or-permit', 'not-visa-again'],
  resources: ['at-least-615', 'whole-year'],
  's1-form': ['from-home-insurer'],
  'vital-record': ['parents-names', 'translation', 'sworn-translator', 'apostille', 'one-file'],
  'bank-details': ['own-name', 'iban'],
  'parental-authorisation': ['from-parents'],
};

/** Where each point comes from (domain.md), as "document/point": the wording of anything not official is hedged. */
export const CHECK_CONFIDENCE: Record<string, Confidence> = {
  'enrolment/current-year': '3rd',
  'enrolment/own-name': '3rd',
  'enrolment/shows-period': '3rd',
  'enrolment/not-admission-letter': '3rd',
  'identity/passport-or-id': 'official',
  'identity/all-pages': 'univ',
  'visa/visa-page': 'univ',
  'visa/not-validation': '3rd',
  'residence-permit/validation-or-permit': 'univ',
  'residence-permit/not-visa-again': '3rd',
  'resources/at-least-615': 'official',
  'resources/whole-year': 'official',
  's1-form/from-home-insurer': 'official',
  'vital-record/parents-names': 'official',
  'vital-record/translation': 'official',
  'vital-record/sworn-translator': 'univ',
  'vital-record/apostille': 'unconfirmed',
  'vital-record/one-file': 'univ',
  'bank-details/own-name': '3rd',
  'bank-details/iban': 'official',
  'parental-authorisation/from-parents': 'official',
};

/** The ticked points of each document, by check id. */
export type DocumentChecksTicked = Partial<Record<DocumentId, string[]>>;

export function isCheckOf(document: DocumentId, id: unknown): id is string {
  return DOCUMENT_CHECKS[document].includes(id as string);
}

/**
 * The points a student on `path` is asked about: a sworn translator and an apostille only matter where a
 * translation is needed (outside the EU); European and French students are not asked about them.
 */
export function checksFor(document: DocumentId, path: PathId): string[] {
  const points = DOCUMENT_CHECKS[document];
  if (document !== 'vital-record' || translationRule(path) === 'needed-unless-exempt') return [...points];
  return points.filter((point) => point !== 'sworn-translator' && point !== 'apostille');
}

/** The points of `document` not ticked yet on `path`, in the order they are listed. */
export function uncheckedPoints(document: DocumentId, path: PathId, ticked: DocumentChecksTicked): string[] {
  const done = ticked[document] ?? [];
  return checksFor(document, path).filter((id) => !done.includes(id));
}

/** The ticked list after ticking or unticking one point, in the listed order; unknown points are refused (null). */
export function withPoint(document: DocumentId, ticked: readonly string[], id: string, on: boolean): string[] | null {
  if (!isCheckOf(document, id)) return null;
  const next = new Set(ticked.filter((t) => t !== id));
  if (on) next.add(id);
  return DOCUMENT_CHECKS[document].filter((c) => next.has(c));
}
