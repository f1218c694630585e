import { fingerprint } from '../domain/fingerprint';
import type { JourneyInput } from '../domain/journey';
import { DEFAULT_PATH } from '../domain/paths';
import type { ReminderInput } from '../domain/reminder-marks';
import type { SessionStatus } from './app-store';
import type { SavedState } from './schema';

let last: { parts: unknown[]; value: string } | null = null;

/**
 * A fingerprint of what the student typed (every saved field but preferences and the app's own bookkeeping),
 * to tell whether the data changed since the last backup. Remembered while the same values are passed in: the
 * reminders read it on every change of the store.
 */
export function dataFingerprint(state: SavedState): string {
  const { path, steps, documents, answers, numbers, afterTasks, careSheets, arrivedOn, cardEndsOn } = state;
  const parts = [path, steps, documents, answers, numbers, afterTasks, careSheets, arrivedOn, cardEndsOn];
  if (last && parts.every((part, i) => part === last?.parts[i])) return last.value;
  last = { parts, value: fingerprint(JSON.stringify(parts)) };
  return last.value;
}

/** The part of the saved state the journey rules read (a selector: use it with useShallow). */
export function journeyInput(state: SavedState): JourneyInput {
  return {
    path: state.path ?? DEFAULT_PATH,
    steps: state.steps,
    documents: state.documents,
    answers: state.answers,
    numbers: state.numbers,
    afterTasks: state.afterTasks,
    dismissed: state.dismissed,
    arrivedOn: state.arrivedOn,
  };
}

/** The part of the saved state the reminder rules read. */
export function reminderInput(state: SavedState): ReminderInput {
  return {
    path: state.path,
    steps: state.steps,
    documents: state.documents,
    answers: state.answers,
    numbers: state.numbers,
    afterTasks: state.afterTasks,
    careSheets: state.careSheets,
    reminders: state.reminders,
    arrivedOn: state.arrivedOn,
    cardEndsOn: state.cardEndsOn,
    backupExportedOn: state.backup?.exportedOn ?? null,
    // Primitive values only: this selector is compared shallowly on every change of the store.
    changedSinceBackup: state.backup !== null && state.backup.fingerprint !== dataFingerprint(state),
  };
}

/** Something about storage the student must hear of: damaged data, a failed save, a newer app, or an erase elsewhere. */
export function hasStorageTrouble(status: SessionStatus): boolean {
  return status.loadOutcome?.kind === 'damaged' || status.saveFailed || status.newerApp || status.erasedElsewhere;
}
