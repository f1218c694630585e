// How the student's data is written, on top of database.ts (the one module that touches IndexedDB).
// Writes and re-reads go through one queue, which `flush()` waits for. Every write is a read-compare-write
// in one transaction that saves what is in memory *now*: when another tab wrote since this tab last read,
// this tab's own changes (memory against what it last read) are merged into the newer data rather than
// written over it. Data from a newer app version, or erased by another tab, is never written over.
import type { PersistStorage, StorageValue } from 'zustand/middleware';
import { eraseEverything, keepBeforeMigrating, keepUnreadable, readState, removeState, takeEarlyRead, updateState } from './database';
import { readStoredValue, type LoadOutcome } from './load';
import { mergeStates, sameState, sameValue } from './merge';
import { CURRENT_VERSION } from './migrations';
import type { SavedState } from './schema';
import { isFromNewerApp, readTheirs, revisionOf, type StoredBlob } from './stored-blob';

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
  /** Stops all writes, waits for the one running, and erases everything the app stored; writes again if that fails. */
  eraseAll(): Promise<void>;
  /** Resolves once every write and re-read asked for so far has finished (a retry waiting for its timer excepted). */
  flush(): Promise<void>;
}

class Refused extends Error {
  constructor(readonly result: 'newer-app' | 'erased') {
    super(result);
  }
}

export function createSavedStateStorage(events: StorageEvents): SavedStateStorage {
  let memory: MemoryLink | null = null;
  let suspended = false;
  /** What this tab last read from or wrote to storage; null until the first read succeeded. */
  let known: { revision: number; state: SavedState } | null = null;
  let queue: Promise<void> = Promise.resolve();
  let retry: ReturnType<typeof setTimeout> | null = null;

  const suspend = () => {
    suspended = true;
    if (retry) clearTimeout(retry);
  };

  const enqueue = (task: () => Promise<void>) => {
    queue = queue.then(task, task);
    return queue;
  };

  async function write(): Promise<void> {
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
      await updateState((stored: unknown) => {
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
    if (result === 'failed') scheduleRetry();
    if (result === 'erased') suspended = true;
    events.onWrite(result, known.revision);
  }

  // A full disk or a busy database must not lose the change: it stays in memory and is written again.
  function scheduleRetry() {
    if (retry) return;
    retry = setTimeout(() => {
      retry = null;
      void enqueue(write);
    }, RETRY_MS);
  }

  async function refresh(): Promise<void> {
    if (suspended || !memory || !known) return;
    let raw: unknown;
    try {
      raw = await readState();
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

  async function overwrite(state: SavedState): Promise<void> {
    let revision = 0;
    try {
      await updateState((stored: unknown) => {
        if (isFromNewerApp(stored)) throw new Refused('newer-app');
        revision = revisionOf(stored) + 1;
        return { state, version: CURRENT_VERSION, revision };
      });
    } catch (error) {
      const result = error instanceof Refused ? error.result : 'failed';
      if (result === 'failed') scheduleRetry();
      events.onWrite(result, known?.revision ?? 0);
      return;
    }
    known = { revision, state };
    events.onWrite('saved', revision);
  }

  /** A migration or recovery write, only if nobody wrote since `raw` was read (the early read may be old). */
  async function replaceIfUnchanged(raw: unknown, blob: StoredBlob): Promise<boolean> {
    let replaced = false;
    await updateState((current: unknown) => {
      replaced = sameValue(current, raw);
      return replaced ? blob : current;
    });
    return replaced;
  }

  return {
    async getItem(): Promise<StorageValue<SavedState>> {
      try {
        const raw: unknown = await (takeEarlyRead() ?? readState());
        const { state, outcome } = readStoredValue(raw);
        let recoveryKey: string | undefined;
        let revision = revisionOf(raw);
        const rewrite = async () => {
          const next = { state, version: CURRENT_VERSION, revision: revision + 1 };
          // If another tab wrote meanwhile, its data stays; the refresh after hydration brings it in.
          if (await replaceIfUnchanged(raw, next)) revision = next.revision;
        };
        if (outcome.kind === 'migrated') {
          await keepBeforeMigrating(outcome.fromVersion, raw);
          await rewrite();
        }
        if (outcome.kind === 'damaged' && outcome.reason !== 'newer') {
          // Kept aside untouched first; only then is the main key replaced, so nothing is ever lost.
          recoveryKey = await keepUnreadable(raw, Date.now());
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
    async setItem() {
      if (suspended) return;
      await enqueue(write);
    },
    removeItem: () => removeState(),
    link(link) {
      memory = link;
    },
    refresh: () => enqueue(refresh),
    overwrite(state) {
      memory?.replace(state);
      return enqueue(() => overwrite(state));
    },
    knownRevision: () => known?.revision ?? 0,
    suspend,
    async eraseAll() {
      suspend();
      // After the write that may be running: it must not land after the erase and bring the data back.
      try {
        await enqueue(eraseEverything);
      } catch (error) {
        suspended = false;
        void enqueue(write);
        throw error;
      }
    },
    async flush() {
      let pending: Promise<void>;
      do {
        pending = queue;
        await pending.catch(() => undefined);
      } while (pending !== queue);
    },
  };
}
