import { AFTER_TASKS, type AfterTasksDone } from '../domain/after-tasks';
import { ANSWER_FIELDS, answerError, type Answers } from '../domain/answers';
import { careSheetError, MAX_CARE_SHEETS, type CareSheet } from '../domain/care-sheets';
import { isDay, type Day } from '../domain/dates';
import { isSavedNumber, NUMBER_KINDS, type Numbers } from '../domain/numbers';
import { REMINDER_IDS, type ReminderMarks } from '../domain/reminders';
import { DOCUMENTS, type DocumentsReady } from '../domain/documents';
import { NOTICE_IDS, type NoticesDismissed } from '../domain/journey';
import { isPathId, type PathId } from '../domain/paths';
import { STEPS, type StepsDone } from '../domain/steps';

/** Everything the app keeps about the student. Only this is persisted; nothing else is. */
export interface SavedState {
  /** null until the student has said where their cover comes from. */
  path: PathId | null;
  steps: StepsDone;
  documents: DocumentsReady;
  answers: Answers;
  /** null: follow the browser's language. */
  language: string | null;
  numbers: Numbers;
  afterTasks: AfterTasksDone;
  careSheets: CareSheet[];
  reminders: ReminderMarks;
  /** System notifications for due reminders: only once the student opted in; at most one a day. */
  notifications: { enabled: boolean; lastShownOn: Day | null };
  /** Cards read and put away, with the day. */
  dismissed: NoticesDismissed;
}

export function initialSavedState(): SavedState {
  return {
    path: null,
    steps: {},
    documents: {},
    answers: {},
    language: null,
    numbers: {},
    afterTasks: {},
    careSheets: [],
    reminders: {},
    notifications: { enabled: false, lastShownOn: null },
    dismissed: {},
  };
}

export const SAVED_KEYS = [
  'path',
  'steps',
  'documents',
  'answers',
  'language',
  'numbers',
  'afterTasks',
  'careSheets',
  'reminders',
  'notifications',
  'dismissed',
] as const satisfies readonly (keyof SavedState)[];

type Issue = string;

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const proto = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

/** A record whose keys are all in `allowed` and whose values are days, rebuilt so no prototype trick survives. */
function dayRecord<K extends string>(value: unknown, allowed: readonly K[], where: string, issues: Issue[]) {
  const out: Partial<Record<K, string>> = {};
  if (!isPlainObject(value)) {
    issues.push(`${where} is not an object`);
    return out;
  }
  for (const key of Object.keys(value)) {
    const day = value[key];
    if (!(allowed as readonly string[]).includes(key)) issues.push(`${where}.${key} is unknown`);
    else if (!isDay(day)) issues.push(`${where}.${key} is not a day`);
    else out[key as K] = day;
  }
  return out;
}

function answersRecord(value: unknown, issues: Issue[]): Answers {
  const out: Answers = {};
  if (!isPlainObject(value)) {
    issues.push('answers is not an object');
    return out;
  }
  for (const key of Object.keys(value)) {
    const field = ANSWER_FIELDS.find((f) => f === key);
    if (!field) issues.push(`answers.${key} is unknown`);
    else if (answerError(field, value[key])) issues.push(`answers.${key} is invalid`);
    else out[field] = value[key] as string;
  }
  return out;
}

const NUMBER_FIELDS = ['value', 'enteredOn', 'asWritten'];

function numbersRecord(value: unknown, issues: Issue[]): Numbers {
  const out: Numbers = {};
  if (!isPlainObject(value)) {
    issues.push('numbers is not an object');
    return out;
  }
  for (const key of Object.keys(value)) {
    const kind = NUMBER_KINDS.find((k) => k === key);
    const number = value[key];
    if (!kind) issues.push(`numbers.${key} is unknown`);
    else if (!isSavedNumber(number) || Object.keys(number).some((k) => !NUMBER_FIELDS.includes(k))) {
      issues.push(`numbers.${key} is invalid`);
    } else out[kind] = { value: number.value, enteredOn: number.enteredOn, ...(number.asWritten ? { asWritten: true } : {}) };
  }
  return out;
}

function careSheetList(value: unknown, issues: Issue[]): CareSheet[] {
  if (!Array.isArray(value)) {
    issues.push('careSheets is not a list of care sheets');
    return [];
  }
  if (value.length > MAX_CARE_SHEETS) issues.push('careSheets has too many entries');
  const ids = new Set<string>();
  return value.flatMap((sheet, index) => {
    const error = careSheetError(sheet);
    if (error || ids.has((sheet as CareSheet).id)) {
      issues.push(`careSheets[${index}] is invalid`);
      return [];
    }
    ids.add((sheet as CareSheet).id);
    return [{ ...(sheet as CareSheet) }];
  }).slice(0, MAX_CARE_SHEETS);
}

function reminderMarks(value: unknown, issues: Issue[]): ReminderMarks {
  const out: ReminderMarks = {};
  if (!isPlainObject(value)) {
    issues.push('reminders is not an object');
    return out;
  }
  for (const key of Object.keys(value)) {
    const id = REMINDER_IDS.find((r) => r === key);
    const mark = value[key];
    if (!id || !isPlainObject(mark)) {
      issues.push(`reminders.${key} is invalid`);
      continue;
    }
    const days = dayRecord(mark, ['doneOn', 'snoozedUntil'], `reminders.${key}`, issues);
    out[id] = days;
  }
  return out;
}

function notificationSettings(value: unknown, issues: Issue[]): SavedState['notifications'] {
  const fallback = { enabled: false, lastShownOn: null };
  if (!isPlainObject(value) || Object.keys(value).some((k) => k !== 'enabled' && k !== 'lastShownOn')) {
    issues.push('notifications is invalid');
    return fallback;
  }
  const { enabled, lastShownOn } = value;
  if (typeof enabled !== 'boolean' || (lastShownOn !== null && !isDay(lastShownOn))) {
    issues.push('notifications is invalid');
    return fallback;
  }
  return { enabled, lastShownOn: lastShownOn as Day | null };
}

/** Checks a value read from storage or a file, field by field. Returns the rebuilt state or the list of problems. */
export function validateSavedState(
  value: unknown,
): { ok: true; state: SavedState } | { ok: false; issues: Issue[]; salvaged: SavedState } {
  if (!isPlainObject(value)) return { ok: false, issues: ['not an object'], salvaged: initialSavedState() };
  const issues: Issue[] = [];
  for (const key of Object.keys(value)) {
    if (!(SAVED_KEYS as readonly string[]).includes(key)) issues.push(`${key} is unknown`);
  }
  const path = value.path;
  if (path !== null && !isPathId(path)) issues.push('path is invalid');
  const language = value.language;
  if (language !== null && (typeof language !== 'string' || language.length > 20)) issues.push('language is invalid');
  const state: SavedState = {
    path: isPathId(path) ? path : null,
    steps: dayRecord(value.steps, STEPS, 'steps', issues),
    documents: dayRecord(value.documents, DOCUMENTS, 'documents', issues),
    answers: answersRecord(value.answers, issues),
    language: typeof language === 'string' ? language : null,
    numbers: numbersRecord(value.numbers, issues),
    afterTasks: dayRecord(value.afterTasks, AFTER_TASKS, 'afterTasks', issues),
    careSheets: careSheetList(value.careSheets, issues),
    reminders: reminderMarks(value.reminders, issues),
    notifications: notificationSettings(value.notifications, issues),
    dismissed: dayRecord(value.dismissed, NOTICE_IDS, 'dismissed', issues),
  };
  // Every field that passed is kept in `salvaged`: one bad entry must not cost the student everything else.
  return issues.length === 0 ? { ok: true, state } : { ok: false, issues, salvaged: state };
}

export function pickSaved(state: SavedState): SavedState {
  return Object.fromEntries(SAVED_KEYS.map((key) => [key, state[key]])) as unknown as SavedState;
}
