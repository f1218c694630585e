// What the reminder rules (reminders.ts) read and what the student did with each reminder: kept apart from
// the rules so that the store can check saved marks without loading the rules themselves.
import type { AfterTasksDone } from './after-tasks';
import type { Answers } from './answers';
import type { CareSheet } from './care-sheets';
import type { Day } from './dates';
import type { DocumentsReady } from './documents';
import type { Numbers } from './numbers';
import type { PathId } from './paths';
import type { StepsDone } from './steps';

export const REMINDER_IDS = [
  'prepare-documents',
  'register-online',
  'complete-file',
  'documents-review',
  'definitive-number',
  'ameli-account',
  'order-card',
  'card-arrival',
  'referring-doctor',
  'send-care-sheets',
  'keep-backup',
  'card-ends',
] as const;
export type ReminderId = (typeof REMINDER_IDS)[number];

/** What the student did with a reminder: acknowledged it on a day, or asked to see it again later. */
export interface ReminderMark {
  doneOn?: Day;
  snoozedUntil?: Day;
}
export type ReminderMarks = Partial<Record<ReminderId, ReminderMark>>;

export interface ReminderInput {
  path: PathId | null;
  steps: StepsDone;
  documents: DocumentsReady;
  answers: Answers;
  numbers: Numbers;
  afterTasks: AfterTasksDone;
  careSheets: readonly CareSheet[];
  reminders: ReminderMarks;
  arrivedOn: Day | null;
  /** The last day of the student's European Health Insurance Card, when they gave it. */
  cardEndsOn: Day | null;
  /** The day of the last backup export; null when never exported. */
  backupExportedOn: Day | null;
  /** Whether what the student typed changed since that export. */
  changedSinceBackup: boolean;
}

/** Nothing entered yet (a first visit): no reminder can apply, so the rules need not even be loaded. */
export function isBlank(input: ReminderInput): boolean {
  return (
    input.path === null &&
    input.careSheets.length === 0 &&
    input.cardEndsOn === null &&
    input.backupExportedOn === null &&
    [input.steps, input.documents, input.answers, input.numbers, input.afterTasks, input.reminders].every(
      (record) => Object.keys(record).length === 0,
    )
  );
}
