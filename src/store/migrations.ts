/** The version of SavedState this build writes. Bump it only together with a step in MIGRATIONS and a fixture test. */
export const CURRENT_VERSION = 3;

type Migration = (state: Record<string, unknown>) => Record<string, unknown>;

/** MIGRATIONS[n] turns a version-n state into a version-(n+1) state. Version 1 is the first release. */
const MIGRATIONS: Record<number, Migration> = {
  // 2: the months after registration — numbers, after-tasks, care sheets, reminders, notifications.
  1: (state) => ({
    ...state,
    numbers: {},
    afterTasks: {},
    careSheets: [],
    reminders: {},
    notifications: { enabled: false, lastShownOn: null },
  }),
  // 3: cards put away, the day of arrival in France, the end of a European Health Insurance Card, the last
  // backup, the points ticked on each document. New paths and document slots need no migration: every value
  // stored by version 2 is still valid.
  2: (state) => ({ ...state, dismissed: {}, arrivedOn: null, cardEndsOn: null, backup: null, documentChecks: {} }),
};

export type MigrationResult = { ok: true; state: unknown } | { ok: false; reason: 'newer' | 'unknown-version' };

/** Runs every step from `fromVersion` up to CURRENT_VERSION, in order. */
export function migrate(state: unknown, fromVersion: number): MigrationResult {
  if (!Number.isInteger(fromVersion) || fromVersion < 1) return { ok: false, reason: 'unknown-version' };
  if (fromVersion > CURRENT_VERSION) return { ok: false, reason: 'newer' };
  let current = state;
  for (let version = fromVersion; version < CURRENT_VERSION; version += 1) {
    const step = MIGRATIONS[version];
    if (!step) return { ok: false, reason: 'unknown-version' };
    if (typeof current !== 'object' || current === null) return { ok: true, state: current };
    current = step(current as Record<string, unknown>);
  }
  return { ok: true, state: current };
}
