import type { ReminderInput } from '../domain/reminder-marks';
import type { AppState, SessionStatus } from './app-store';

/** The part of the saved state the reminder rules read. */
export function reminderInput(state: AppState): ReminderInput {
  return {
    path: state.path,
    steps: state.steps,
    documents: state.documents,
    answers: state.answers,
    numbers: state.numbers,
    afterTasks: state.afterTasks,
    careSheets: state.careSheets,
    reminders: state.reminders,
  };
}

/** Something about storage the student must hear of: damaged data, a failed save, a newer app, or an erase elsewhere. */
export function hasStorageTrouble(status: SessionStatus): boolean {
  return status.loadOutcome?.kind === 'damaged' || status.saveFailed || status.newerApp || status.erasedElsewhere;
}
