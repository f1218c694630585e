// The one place that touches IndexedDB. Keys (idb-keyval's default database "keyval-store"):
//   secu-steps/state               { state, version, revision }: the student's data, written by zustand persist
//   secu-steps/backup-v<N>         the raw blob as it was before migrating from version N
//   secu-steps/recovery-<time>     data that could not be read, kept untouched for the student to download
// Writes and re-reads go through one queue. Every write is a read-compare-write in one transaction that
// saves what is in memory *now*: when another tab wrote since this tab last read, this tab's own changes
// (memory against what it last read) are merged into the newer data rather than written over it.
// Data from a newer app version, or erased by another tab, is never written over.
import { del, get, keys, set, update } from 'idb-keyval';
import type { PersistStorage, StorageValue } from 'zustand/middleware';
import { readStoredValue, type LoadOutcome } from './load';
import { mergeStates, sameState } from './merge';
import { CURRENT_VERSION } from './migrations';
import { SAVED_KEYS, type SavedState } from './schema';
import { RECOVERY_PREFIX, STATE_KEY } from './storage-keys';

export { RECOVERY_PREFIX, STATE_KEY };

const RETRY_MS = 5_000;

export type WriteResult = 'saved' | 'merged' | 'unchanged' | 'failed' | 'newer-app' | 'erased';

export interface StorageEvents {
  onLoad(outcome: LoadOutcome, recoveryKey?: string): void;
  onWrite(result: WriteResult, revision: number): void;
}

/** How the storage reads the store's memory and puts another tab's data into it (without writing it back). */
export interface MemoryLink {
  read(): SavedState;
  replace(state: SavedState): void;
}

export interface SavedStateStorage extends PersistStorage<SavedState> {
  link(memory: MemoryLink): void;
  /** Another tab wrote: read the newer data and merge this tab's unsaved changes into it. */
  refresh(): Promise<void>;
  /** Puts `state` in memory and stores it as it is, over whatever is stored (a restored backup). */
  overwrite(state: SavedState): Promise<void>;
  knownRevision(): number;
  /** Stops all writes (the data is being erased and the page will reload). */
  suspend(): void;
  /** Writes again after a suspend that did not lead anywhere (erasing failed). */
  resume(): void;
}

interface StoredBlob {
  state: unknown;
  version: unknown;
  revision?: unknown;
}

class Refused extends Error {
  constructor(readonly result: 'newer-app' | 'erased') {
    super(result);
  }
}

function revisionOf(raw: unknown): number {
  const revision = (raw as StoredBlob | undefined)?.revision;
  return typeof revision === 'number' && Number.isInteger(revision) && revision >= 0 ? revision : 0;
}

/** The same stored blob, as far as can be told (kept data may not even be JSON). */
function sameBlob(a: unknown, b: unknown): boolean {
  try {
    return JSON.stringify(a) === JSON.stringify(b);
  } catch {
    return a === b;
  }
}

/**
 * What another tab stored, as this version reads it. A blob from an older app version lacks the keys that
 * version did not know: for those, this tab's own data stands (migration defaults are not anyone's change).
 */
function readTheirs(stored: unknown, base: SavedState): SavedState | null {
  const theirs = readStoredValue(stored);
  if (theirs.outcome.kind === 'loaded') return theirs.state;
  if (theirs.outcome.kind !== 'migrated') return null;
  const raw = (stored as StoredBlob).state as Record<string, unknown>;
  const filled = { ...theirs.state } as Record<string, unknown>;
  for (const key of SAVED_KEYS) if (!(key in raw)) filled[key] = base[key];
  return filled as unknown as SavedState;
}

function isFromNewerApp(raw: unknown): boolean {
  const version = (raw as StoredBlob | undefined)?.version;
  return typeof version === 'number' && version > CURRENT_VERSION;
}

export function createSavedStateStorage(events: StorageEvents): SavedStateStorage {
  let memory: MemoryLink | null = null;
  let suspended = false;
  /** What this tab last read from or wrote to storage; null until the first read succeeded. */
  let known: { revision: number; state: SavedState } | null = null;
  let queue: Promise<void> = Promise.resolve();
  let retry: ReturnType<typeof setTimeout> | null = null;

  const enqueue = (task: () => Promise<void>) => {
    queue = queue.then(task, task);
    return queue;
  };

  async function write(name: string): Promise<void> {
    if (suspended || !memory) return;
    if (!known) {
      // The stored data could not be read: writing now could bury it before it was copied aside.
      events.onWrite('failed', 0);
      return;
    }
    const base = known;
    const mine = memory.read();
    if (sameState(mine, base.state)) {
      events.onWrite('unchanged', base.revision);
      return;
    }
    let result = 'saved' as WriteResult;
    let written: { state: SavedState; revision: number } | null = null;
    try {
      await update(name, (stored: unknown) => {
        if (isFromNewerApp(stored)) throw new Refused('newer-app');
        // Nothing stored although this tab had read data: everything was erased from another window.
        if (stored === undefined && base.revision > 0) throw new Refused('erased');
        const storedRevision = revisionOf(stored);
        let state = mine;
        const theirs = stored === undefined ? null : readTheirs(stored, base.state);
        // Another tab wrote since this one last read (a new revision, or the same number after an erase).
        if (theirs && (storedRevision !== base.revision || !sameState(theirs, base.state))) {
          state = mergeStates(base.state, mine, theirs);
          result = 'merged';
        }
        written = { state, revision: storedRevision + 1 };
        return { state, version: CURRENT_VERSION, revision: written.revision };
      });
    } catch (error) {
      result = error instanceof Refused ? error.result : 'failed';
    }
    const saved = written as { state: SavedState; revision: number } | null;
    if (saved && (result === 'saved' || result === 'merged')) {
      known = saved;
      // Show the other tab's changes too, keeping any edit made here while this write was running.
      if (result === 'merged') memory.replace(mergeStates(mine, memory.read(), saved.state));
    }
    if (result === 'failed') scheduleRetry(name);
    if (result === 'erased') suspended = true;
    events.onWrite(result, known.revision);
  }

  // A full disk or a busy database must not lose the change: it stays in memory and is written again.
  function scheduleRetry(name: string) {
    if (retry) return;
    retry = setTimeout(() => {
      retry = null;
      void enqueue(() => write(name));
    }, RETRY_MS);
  }

  async function refresh(name: string): Promise<void> {
    if (suspended || !memory || !known) return;
    let raw: unknown;
    try {
      raw = await get(name);
    } catch {
      return; // The next write compares again; nothing is lost by not refreshing now.
    }
    if (raw === undefined || isFromNewerApp(raw)) return;
    const revision = revisionOf(raw);
    const theirs = readTheirs(raw, known.state);
    if (!theirs || (revision === known.revision && sameState(theirs, known.state))) return;
    const merged = mergeStates(known.state, memory.read(), theirs);
    known = { revision, state: theirs };
    memory.replace(merged);
  }

  async function overwrite(name: string, state: SavedState): Promise<void> {
    let revision = 0;
    try {
      await update(name, (stored: unknown) => {
        if (isFromNewerApp(stored)) throw new Refused('newer-app');
        revision = revisionOf(stored) + 1;
        return { state, version: CURRENT_VERSION, revision };
      });
    } catch (error) {
      const result = error instanceof Refused ? error.result : 'failed';
      if (result === 'failed') scheduleRetry(name);
      events.onWrite(result, known?.revision ?? 0);
      return;
    }
    known = { revision, state };
    events.onWrite('saved', revision);
  }

  /** A migration or recovery write, only if nobody wrote since `raw` was read (the early read may be old). */
  async function replaceIfUnchanged(name: string, raw: unknown, blob: StoredBlob): Promise<boolean> {
    let replaced = false;
    await update(name, (current: unknown) => {
      replaced = sameBlob(current, raw);
      return replaced ? blob : current;
    });
    return replaced;
  }

  return {
    async getItem(name): Promise<StorageValue<SavedState>> {
      try {
        const raw: unknown = await (takeEarlyRead(name) ?? get(name));
        const { state, outcome } = readStoredValue(raw);
        let recoveryKey: string | undefined;
        let revision = revisionOf(raw);
        const rewrite = async () => {
          const next = { state, version: CURRENT_VERSION, revision: revision + 1 };
          // If another tab wrote meanwhile, its data stays; the refresh after hydration brings it in.
          if (await replaceIfUnchanged(name, raw, next)) revision = next.revision;
        };
        if (outcome.kind === 'migrated') {
          await set(`secu-steps/backup-v${outcome.fromVersion}`, raw);
          await rewrite();
        }
        if (outcome.kind === 'damaged' && outcome.reason !== 'newer') {
          // Kept aside untouched first; only then is the main key replaced, so nothing is ever lost.
          recoveryKey = `${RECOVERY_PREFIX}${Date.now()}`;
          await set(recoveryKey, raw);
          await rewrite();
        }
        known = { revision, state };
        events.onLoad(outcome, recoveryKey);
        return { state, version: CURRENT_VERSION };
      } catch {
        known = null;
        events.onLoad({ kind: 'damaged', reason: 'unreadable' });
        return { state: readStoredValue(undefined).state, version: CURRENT_VERSION };
      }
    },
    async setItem(name) {
      if (suspended) return;
      await enqueue(() => write(name));
    },
    async removeItem(name) {
      await del(name);
    },
    link(link) {
      memory = link;
    },
    refresh: () => enqueue(() => refresh(STATE_KEY)),
    overwrite(state) {
      memory?.replace(state);
      return enqueue(() => overwrite(STATE_KEY, state));
    },
    knownRevision: () => known?.revision ?? 0,
    suspend() {
      suspended = true;
      if (retry) clearTimeout(retry);
    },
    resume() {
      suspended = false;
      void enqueue(() => write(STATE_KEY));
    },
  };
}

/** The read src/boot/early-start.ts began before the rest of the app was set up; used once, for the first hydration only. */
function takeEarlyRead(name: string): Promise<unknown> | null {
  if (typeof window === 'undefined' || name !== STATE_KEY) return null;
  const early = window.secuStepsEarlyRead;
  window.secuStepsEarlyRead = undefined;
  return early ?? null;
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
