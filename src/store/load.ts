import { CURRENT_VERSION, migrate } from './migrations';
import { initialSavedState, validateSavedState, type SavedState } from './schema';

export type LoadOutcome =
  | { kind: 'fresh' }
  | { kind: 'loaded' }
  | { kind: 'migrated'; fromVersion: number }
  | { kind: 'damaged'; reason: 'unreadable' | 'newer' | 'invalid' };

/** Decides what to do with whatever was found in storage. Never throws: damaged data gives a fresh state. */
export function readStoredValue(raw: unknown): { state: SavedState; outcome: LoadOutcome } {
  if (raw === undefined || raw === null) return { state: initialSavedState(), outcome: { kind: 'fresh' } };
  const damaged = (reason: 'unreadable' | 'newer' | 'invalid') => ({
    state: initialSavedState(),
    outcome: { kind: 'damaged', reason } as const,
  });
  if (typeof raw !== 'object' || !('version' in raw) || !('state' in raw)) return damaged('unreadable');
  const version = (raw as { version: unknown }).version;
  if (typeof version !== 'number') return damaged('unreadable');
  const migrated = migrate((raw as { state: unknown }).state, version);
  if (!migrated.ok) return damaged(migrated.reason === 'newer' ? 'newer' : 'unreadable');
  const checked = validateSavedState(migrated.state);
  if (!checked.ok) return { state: checked.salvaged, outcome: { kind: 'damaged', reason: 'invalid' } };
  const outcome: LoadOutcome = version < CURRENT_VERSION ? { kind: 'migrated', fromVersion: version } : { kind: 'loaded' };
  return { state: checked.state, outcome };
}
