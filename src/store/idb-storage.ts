// The one place that touches IndexedDB. Keys (idb-keyval's default database "keyval-store"):
//   secu-steps/state               { state, version, revision }: the student's data, written by zustand persist
//   secu-steps/backup-v<N>         the raw blob as it was before migrating from version N
//   secu-steps/recovery-<time>     data that could not be read, kept untouched for the student to download
// Every write is a read-compare-write in one transaction: a tab whose data is stale merges its change
// into the newer data instead of overwriting it (revision stamp), and data from a newer app is never touched.
import { del, get, keys, set, update } from 'idb-keyval';
import type { PersistStorage, StorageValue } from 'zustand/middleware';
import { readStoredValue, type LoadOutcome } from './load';
import { mergeStates } from './merge';
import { CURRENT_VERSION } from './migrations';
import type { SavedState } from './schema';

import { RECOVERY_PREFIX, STATE_KEY } from './storage-keys';

export { RECOVERY_PREFIX, STATE_KEY };
const RETRY_MS = 5_000;

export type WriteResult = 'saved' | 'merged' | 'failed' | 'newer-app';

export interface StorageEvents {
  onLoad(outcome: LoadOutcome, recoveryKey?: string): void;
  onWrite(result: WriteResult, revision: number): void;
}

export interface SavedStateStorage extends PersistStorage<SavedState> {
  /** The revision this tab last read or wrote. */
  knownRevision(): number;
  /** Stops all writes for good (the data is being erased or replaced and the page will reload). */
  suspend(): void;
}

interface StoredBlob {
  state: unknown;
  version: unknown;
  revision?: unknown;
}

function revisionOf(raw: unknown): number {
  const revision = (raw as StoredBlob | undefined)?.revision;
  return typeof revision === 'number' && Number.isInteger(revision) && revision >= 0 ? revision : 0;
}

function isFromNewerApp(raw: unknown): boolean {
  const version = (raw as StoredBlob | undefined)?.version;
  return typeof version === 'number' && version > CURRENT_VERSION;
}

/** zustand storage that refuses to write until the stored state has been read (zustand writes on every set). */
export function createSavedStateStorage(events: StorageEvents): SavedStateStorage {
  let readFinished = false;
  let suspended = false;
  let known: { revision: number; state: SavedState } | null = null;
  let queue: Promise<void> = Promise.resolve();
  let latest: StorageValue<SavedState> | null = null;
  let retry: ReturnType<typeof setTimeout> | null = null;

  async function write(name: string, value: StorageValue<SavedState>): Promise<void> {
    if (suspended || !known) return;
    const base = known;
    let result: WriteResult = 'saved';
    let next: { state: SavedState; version: number; revision: number } | null = null;
    try {
      await update(name, (stored: unknown) => {
        if (isFromNewerApp(stored)) {
          result = 'newer-app';
          return stored;
        }
        const storedRevision = revisionOf(stored);
        let state = value.state;
        if (stored !== undefined && storedRevision !== base.revision) {
          const theirs = readStoredValue(stored);
          if (theirs.outcome.kind !== 'damaged') {
            state = mergeStates(base.state, value.state, theirs.state);
            result = 'merged';
          }
        }
        next = { state, version: CURRENT_VERSION, revision: storedRevision + 1 };
        return next;
      });
    } catch {
      result = 'failed';
    }
    const written = next as { state: SavedState; revision: number } | null;
    if (written && result !== 'failed') known = { revision: written.revision, state: written.state };
    if (result === 'failed') scheduleRetry(name);
    events.onWrite(result, known?.revision ?? 0);
  }

  // A full disk or a busy database must not lose the change: the state stays in memory and is written again.
  function scheduleRetry(name: string) {
    if (retry) return;
    retry = setTimeout(() => {
      retry = null;
      if (latest) enqueue(name, latest);
    }, RETRY_MS);
  }

  function enqueue(name: string, value: StorageValue<SavedState>): Promise<void> {
    latest = value;
    queue = queue.then(() => write(name, value));
    return queue;
  }

  return {
    async getItem(name): Promise<StorageValue<SavedState>> {
      try {
        const raw: unknown = await (takeEarlyRead(name) ?? get(name));
        const { state, outcome } = readStoredValue(raw);
        let recoveryKey: string | undefined;
        if (outcome.kind === 'migrated') {
          await set(`secu-steps/backup-v${outcome.fromVersion}`, raw);
          await set(name, { state, version: CURRENT_VERSION, revision: revisionOf(raw) + 1 });
        }
        let revision = revisionOf(raw) + (outcome.kind === 'migrated' ? 1 : 0);
        if (outcome.kind === 'damaged' && outcome.reason !== 'newer') {
          // Kept aside untouched first; only then is the main key reset, so nothing is ever lost.
          recoveryKey = `${RECOVERY_PREFIX}${Date.now()}`;
          await set(recoveryKey, raw);
          revision = revisionOf(raw) + 1;
          await set(name, { state, version: CURRENT_VERSION, revision });
        }
        known = { revision, state };
        events.onLoad(outcome, recoveryKey);
        return { state, version: CURRENT_VERSION };
      } catch {
        known = { revision: 0, state: readStoredValue(undefined).state };
        events.onLoad({ kind: 'damaged', reason: 'unreadable' });
        return { state: known.state, version: CURRENT_VERSION };
      } finally {
        readFinished = true;
      }
    },
    async setItem(name, value) {
      if (!readFinished || suspended) return;
      await enqueue(name, value);
    },
    async removeItem(name) {
      await del(name);
    },
    knownRevision: () => known?.revision ?? 0,
    suspend() {
      suspended = true;
      if (retry) clearTimeout(retry);
    },
  };
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

/** The read src/boot/early-start.ts began before this bundle ran; used once, for the first hydration only. */
function takeEarlyRead(name: string): Promise<unknown> | null {
  if (typeof window === 'undefined' || name !== STATE_KEY) return null;
  const early = window.secuStepsEarlyRead;
  window.secuStepsEarlyRead = undefined;
  return early ?? null;
}
