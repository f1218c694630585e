import type { ReminderInput } from '../domain/reminders';
import type { AppState } from './app-store';

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
