import { isDay, type Day } from './dates';

/** The six documents uploaded at step 4 (seed, domain.md §3). One PDF per document. */
export const DOCUMENTS = [
  'enrolment',
  'identity',
  'visa',
  'vital-record',
  'residence-permit',
  'bank-details',
] as const;
export type DocumentId = (typeof DOCUMENTS)[number];

/** The day each document was marked ready. */
export type DocumentsReady = Partial<Record<DocumentId, Day>>;

export function isDocumentId(value: unknown): value is DocumentId {
  return typeof value === 'string' && (DOCUMENTS as readonly string[]).includes(value);
}

export function countReady(ready: DocumentsReady): number {
  return DOCUMENTS.filter((doc) => isDay(ready[doc])).length;
}

/** Documents still to prepare, in the order the site lists them. */
export function missingDocuments(ready: DocumentsReady): DocumentId[] {
  return DOCUMENTS.filter((doc) => !isDay(ready[doc]));
}
