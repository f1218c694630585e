// The one place that touches IndexedDB. Keys:
//   secu-steps/state               the current { state, version } blob, written by zustand persist
//   secu-steps/backup-v<N>         the raw blob as it was before migrating from version N
//   secu-steps/recovery-<time>     data that could not be read, kept untouched for the student to download
import { get, set, del } from 'idb-keyval';
import type { PersistStorage, StorageValue } from 'zustand/middleware';
import { readStoredValue, type LoadOutcome } from './load';
import { CURRENT_VERSION } from './migrations';
import type { SavedState } from './schema';

export const STATE_KEY = 'secu-steps/state';

export interface StorageEvents {
  onLoad(outcome: LoadOutcome, recoveryKey?: string): void;
  onWriteResult(ok: boolean): void;
}

/** zustand storage that refuses to write until the stored state has been read (zustand writes on every set). */
export function createSavedStateStorage(events: StorageEvents): PersistStorage<SavedState> {
  let readFinished = false;
  return {
    async getItem(name): Promise<StorageValue<SavedState>> {
      try {
        const raw: unknown = await get(name);
        const { state, outcome } = readStoredValue(raw);
        let recoveryKey: string | undefined;
        if (outcome.kind === 'migrated') {
          await set(`secu-steps/backup-v${outcome.fromVersion}`, raw);
          await set(name, { state, version: CURRENT_VERSION });
        }
        if (outcome.kind === 'damaged') {
          recoveryKey = `secu-steps/recovery-${Date.now()}`;
          await set(recoveryKey, raw);
        }
        events.onLoad(outcome, recoveryKey);
        return { state, version: CURRENT_VERSION };
      } catch {
        events.onLoad({ kind: 'damaged', reason: 'unreadable' });
        return { state: readStoredValue(undefined).state, version: CURRENT_VERSION };
      } finally {
        readFinished = true;
      }
    },
    async setItem(name, value) {
      if (!readFinished) return;
      try {
        await set(name, value);
        events.onWriteResult(true);
      } catch {
        events.onWriteResult(false);
      }
    },
    async removeItem(name) {
      await del(name);
    },
  };
}
