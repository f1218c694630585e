// The one module that touches IndexedDB (idb-keyval, its default database "keyval-store"). Keys:
//   secu-steps/state               { state, version, revision }: the student's data (idb-storage.ts decides what is written)
//   secu-steps/backup-v<N>         the raw blob as it was before migrating from version N
//   secu-steps/recovery-<time>     data that could not be read, kept untouched for the student to download
//   secu-steps/pdf/<document>      a document's one PDF made on the device: { bytes: ArrayBuffer, type } (bytes, not a
//                                  Blob: Safari has lost Blobs stored in IndexedDB); never in a backup, erased with the rest
//   secu-steps/pdf-info/<document> its name, size, pages and day, so the documents screen lists PDFs without reading them
// The file is written before its info and removed after it, so a listed PDF can always be read.
// The first read of the student's data is started at boot (src/boot/early-start.ts), before the app is set up,
// and taken once by the first hydration.
import { clear, del, get, keys, set, update } from 'idb-keyval';

export const STATE_KEY = 'secu-steps/state';
export const RECOVERY_PREFIX = 'secu-steps/recovery-';

let earlyRead: Promise<unknown> | null = null;

/** Starts reading the student's data now; the first hydration takes this read instead of starting another. */
export function startEarlyRead(): Promise<unknown> {
  const read = get(STATE_KEY);
  // Its failure is handled where it is awaited (the first hydration), not here.
  read.catch(() => undefined);
  earlyRead = read;
  return read;
}

/** Whether a stored blob, as read, holds a chosen path: the student is past the first question. */
export function storedPathChosen(raw: unknown): boolean {
  const state = typeof raw === 'object' && raw !== null ? (raw as { state?: unknown }).state : undefined;
  return typeof state === 'object' && state !== null && typeof (state as { path?: unknown }).path === 'string';
}

/** The read started at boot, if one is waiting; used once. */
export function takeEarlyRead(): Promise<unknown> | null {
  const read = earlyRead;
  earlyRead = null;
  return read;
}

export function readState(): Promise<unknown> {
  return get(STATE_KEY);
}

/** Reads and replaces the stored blob in one transaction: `next` sees what is stored now and returns what to store. */
export function updateState(next: (stored: unknown) => unknown): Promise<void> {
  return update(STATE_KEY, next);
}

export function removeState(): Promise<void> {
  return del(STATE_KEY);
}

/** Keeps the raw blob as it was before a migration, under backup-v<version>. */
export function keepBeforeMigrating(version: number, raw: unknown): Promise<void> {
  return set(`secu-steps/backup-v${version}`, raw);
}

/** Keeps data that could not be read under a new recovery key, and returns the key. */
export async function keepUnreadable(raw: unknown, now: number): Promise<string> {
  const key = `${RECOVERY_PREFIX}${now}`;
  await set(key, raw);
  return key;
}

/** Erases every key the app stored on this device, kept data included. */
export function eraseEverything(): Promise<void> {
  return clear();
}

/** The keys of data that could not be read and was kept aside, oldest first. */
export async function listRecoveries(): Promise<string[]> {
  const all = await keys();
  return all.filter((key): key is string => typeof key === 'string' && key.startsWith(RECOVERY_PREFIX)).sort();
}

/** Kept data as text the student can download, whatever it holds. */
export async function recoveryText(key: string): Promise<string> {
  const raw: unknown = await get(key);
  try {
    return JSON.stringify(raw, null, 2) ?? String(raw);
  } catch {
    return String(raw);
  }
}

const PDF_PREFIX = 'secu-steps/pdf/';
const PDF_INFO_PREFIX = 'secu-steps/pdf-info/';

export interface StoredPdf {
  bytes: ArrayBuffer;
  type: string;
}

export interface StoredPdfInfo {
  document: string;
  name: string;
  size: number;
  pages: number;
  savedOn: string;
}

/** Keeps a document's PDF and its info, replacing any earlier one. */
export async function savePdf(file: StoredPdf, info: StoredPdfInfo): Promise<void> {
  await set(PDF_PREFIX + info.document, { bytes: file.bytes, type: file.type });
  await set(PDF_INFO_PREFIX + info.document, { ...info });
}

/** A document's PDF, or null when there is none. */
export async function readPdf(document: string): Promise<StoredPdf | null> {
  const value = (await get(PDF_PREFIX + document)) as StoredPdf | undefined;
  // Not instanceof: an ArrayBuffer read back may come from another realm (a test's IndexedDB, a worker).
  return Object.prototype.toString.call(value?.bytes) === '[object ArrayBuffer]' ? (value as StoredPdf) : null;
}

export async function removePdf(document: string): Promise<void> {
  await del(PDF_INFO_PREFIX + document);
  await del(PDF_PREFIX + document);
}

/** The info of every kept PDF, without reading the files themselves. */
export async function listPdfs(): Promise<StoredPdfInfo[]> {
  const infoKeys = (await keys()).filter((key) => String(key).startsWith(PDF_INFO_PREFIX));
  return Promise.all(infoKeys.map((key) => get(key) as Promise<StoredPdfInfo>));
}
