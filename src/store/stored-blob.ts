// What is stored under the state key, read without trusting it: its revision stamp, its version, and the
// student's data as this version of the app reads it.
import { readStoredValue } from './load';
import { CURRENT_VERSION } from './migrations';
import { SAVED_KEYS, type SavedState } from './schema';

export interface StoredBlob {
  state: unknown;
  version: unknown;
  revision?: unknown;
}

export function revisionOf(raw: unknown): number {
  const revision = (raw as StoredBlob | undefined)?.revision;
  return typeof revision === 'number' && Number.isInteger(revision) && revision >= 0 ? revision : 0;
}

export function isFromNewerApp(raw: unknown): boolean {
  const version = (raw as StoredBlob | undefined)?.version;
  return typeof version === 'number' && version > CURRENT_VERSION;
}

/**
 * What another tab stored, as this version reads it. A blob from an older app version lacks the keys that
 * version did not know: for those, this tab's own data stands (migration defaults are not anyone's change).
 */
export function readTheirs(stored: unknown, base: SavedState): SavedState | null {
  const theirs = readStoredValue(stored);
  if (theirs.outcome.kind === 'loaded') return theirs.state;
  if (theirs.outcome.kind !== 'migrated') return null;
  const raw = (stored as StoredBlob).state as Record<string, unknown>;
  const filled = { ...theirs.state } as Record<string, unknown>;
  for (const key of SAVED_KEYS) if (!(key in raw)) filled[key] = base[key];
  return filled as unknown as SavedState;
}
