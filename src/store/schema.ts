import { AFTER_TASKS, type AfterTasksDone } from '../domain/after-tasks';
import { ANSWER_FIELDS, answerError, type Answers } from '../domain/answers';
import { careSheetError, MAX_CARE_SHEETS, type CareSheet } from '../domain/care-sheets';
import { isDay, type Day } from '../domain/dates';
import { isSavedNumber, NUMBER_KINDS, type Numbers } from '../domain/numbers';
import { REMINDER_IDS, type ReminderMarks } from '../domain/reminder-marks';
import { DOCUMENTS, type DocumentsReady } from '../domain/documents';
import { DOCUMENT_CHECKS, isCheckOf, type DocumentChecksTicked } from '../domain/document-checks';
import { NOTICE_IDS, type NoticesDismissed } from '../domain/journey';
import { isPathId, type PathId } from '../domain/paths';
import { STEPS, type StepsDone } from '../domain/steps';

/** Everything the app keeps about the student. Only this is persisted; nothing else is. */
export interface SavedState {
  /** null until the student has said where their cover comes from. */
  path: PathId | null;
  steps: StepsDone;
  documents: DocumentsReady;
  /** The points of each document the student ticked before marking it ready. */
  documentChecks: DocumentChecksTicked;
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
  /** The day the student said they are in France; null before. */
  arrivedOn: Day | null;
  /** The last day of a European Health Insurance Card, for students who keep theirs; null when not given. */
  cardEndsOn: Day | null;
  /** The last backup exported: its day and a fingerprint of the data it held; null when never exported. */
  backup: { exportedOn: Day; fingerprint: string } | null;
}

export function initialSavedState(): SavedState {
  return {
    path: null,
    steps: {},
    documents: {},
    documentChecks: {},
    answers: {},
    language: null,
    numbers: {},
    afterTasks: {},
    careSheets: [],
    reminders: {},
    notifications: { enabled: false, lastShownOn: null },
    dismissed: {},
    arrivedOn: null,
    cardEndsOn: null,
    backup: null,
  };
}

// Every saved field, once: leaving a field of SavedState out of this object fails the type check, so no
// field can be forgotten by saving, merging or validation, which all go through SAVED_KEYS.
const SAVED_FIELDS: Record<keyof SavedState, true> = {
  path: true,
  steps: true,
  documents: true,
  documentChecks: true,
  answers: true,
  language: true,
  numbers: true,
  afterTasks: true,
  careSheets: true,
  reminders: true,
  notifications: true,
  dismissed: true,
  arrivedOn: true,
  cardEndsOn: true,
  backup: true,
};

export const SAVED_KEYS = Object.keys(SAVED_FIELDS) as readonly (keyof SavedState)[];

/** Set when anything read had to be left out; what exactly is not kept (the raw data is, as a recovery copy). */
interface Damage {
  found: boolean;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const proto = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

/** A record whose keys are all in `allowed` and whose values are days, rebuilt so no prototype trick survives. */
function dayRecord<K extends string>(value: unknown, allowed: readonly K[], damage: Damage) {
  const out: Partial<Record<K, string>> = {};
  if (!isPlainObject(value)) {
    damage.found = true;
    return out;
  }
  for (const key of Object.keys(value)) {
    const day = value[key];
    if ((allowed as readonly string[]).includes(key) && isDay(day)) out[key as K] = day;
    else damage.found = true;
  }
  return out;
}

/** Each document's ticked points: known documents, known points, each once, in the listed order. */
function checksRecord(value: unknown, damage: Damage): DocumentChecksTicked {
  const out: DocumentChecksTicked = {};
  if (!isPlainObject(value)) {
    damage.found = true;
    return out;
  }
  for (const key of Object.keys(value)) {
    const points = value[key];
    const document = DOCUMENTS.find((d) => d === key);
    if (!document || !Array.isArray(points) || points.some((p) => !isCheckOf(document, p)) || new Set(points).size !== points.length) {
      damage.found = true;
      continue;
    }
    out[document] = DOCUMENT_CHECKS[document].filter((point) => points.includes(point));
  }
  return out;
}

function answersRecord(value: unknown, damage: Damage): Answers {
  const out: Answers = {};
  if (!isPlainObject(value)) {
    damage.found = true;
    return out;
  }
  for (const key of Object.keys(value)) {
    const field = ANSWER_FIELDS.find((f) => f === key);
    if (field && !answerError(field, value[key])) out[field] = value[key] as string;
    else damage.found = true;
  }
  return out;
}

const NUMBER_FIELDS = ['value', 'enteredOn', 'asWritten'];

function numbersRecord(value: unknown, damage: Damage): Numbers {
  const out: Numbers = {};
  if (!isPlainObject(value)) {
    damage.found = true;
    return out;
  }
  for (const key of Object.keys(value)) {
    const kind = NUMBER_KINDS.find((k) => k === key);
    const number = value[key];
    if (!kind) damage.found = true;
    else if (!isSavedNumber(number) || Object.keys(number).some((k) => !NUMBER_FIELDS.includes(k))) damage.found = true;
    else out[kind] = { value: number.value, enteredOn: number.enteredOn, ...(number.asWritten ? { asWritten: true } : {}) };
  }
  return out;
}

function careSheetList(value: unknown, damage: Damage): CareSheet[] {
  if (!Array.isArray(value)) {
    damage.found = true;
    return [];
  }
  if (value.length > MAX_CARE_SHEETS) damage.found = true;
  const ids = new Set<string>();
  return value
    .flatMap((sheet) => {
      const error = careSheetError(sheet);
      if (error || ids.has((sheet as CareSheet).id)) {
        damage.found = true;
        return [];
      }
      ids.add((sheet as CareSheet).id);
      return [{ ...(sheet as CareSheet) }];
    })
    .slice(0, MAX_CARE_SHEETS);
}

function reminderMarks(value: unknown, damage: Damage): ReminderMarks {
  const out: ReminderMarks = {};
  if (!isPlainObject(value)) {
    damage.found = true;
    return out;
  }
  for (const key of Object.keys(value)) {
    const id = REMINDER_IDS.find((r) => r === key);
    const mark = value[key];
    if (!id || !isPlainObject(mark)) {
      damage.found = true;
      continue;
    }
    const days = dayRecord(mark, ['doneOn', 'snoozedUntil'], damage);
    out[id] = days;
  }
  return out;
}

function notificationSettings(value: unknown, damage: Damage): SavedState['notifications'] {
  const fallback = { enabled: false, lastShownOn: null };
  if (!isPlainObject(value) || Object.keys(value).some((k) => k !== 'enabled' && k !== 'lastShownOn')) {
    damage.found = true;
    return fallback;
  }
  const { enabled, lastShownOn } = value;
  if (typeof enabled !== 'boolean' || (lastShownOn !== null && !isDay(lastShownOn))) {
    damage.found = true;
    return fallback;
  }
  return { enabled, lastShownOn: lastShownOn as Day | null };
}

function dayOrNull(value: unknown, damage: Damage): Day | null {
  if (value === null || isDay(value)) return value;
  damage.found = true;
  return null;
}

function backupRecord(value: unknown, damage: Damage): SavedState['backup'] {
  if (value === null) return null;
  if (
    isPlainObject(value) &&
    Object.keys(value).length === 2 &&
    isDay(value.exportedOn) &&
    typeof value.fingerprint === 'string' &&
    /^[0-9a-f]{8}$/.test(value.fingerprint)
  ) {
    return { exportedOn: value.exportedOn, fingerprint: value.fingerprint };
  }
  damage.found = true;
  return null;
}

/** Checks a value read from storage or a file, field by field, and rebuilds it; when something had to be left out, says so. */
export function validateSavedState(value: unknown): { ok: true; state: SavedState } | { ok: false; salvaged: SavedState } {
  if (!isPlainObject(value)) return { ok: false, salvaged: initialSavedState() };
  const damage: Damage = { found: false };
  for (const key of Object.keys(value)) {
    if (!(SAVED_KEYS as readonly string[]).includes(key)) damage.found = true;
  }
  const path = value.path;
  if (path !== null && !isPathId(path)) damage.found = true;
  const language = value.language;
  if (language !== null && (typeof language !== 'string' || language.length > 20)) damage.found = true;
  const state: SavedState = {
    path: isPathId(path) ? path : null,
    steps: dayRecord(value.steps, STEPS, damage),
    documents: dayRecord(value.documents, DOCUMENTS, damage),
    documentChecks: checksRecord(value.documentChecks, damage),
    answers: answersRecord(value.answers, damage),
    language: typeof language === 'string' ? language : null,
    numbers: numbersRecord(value.numbers, damage),
    afterTasks: dayRecord(value.afterTasks, AFTER_TASKS, damage),
    careSheets: careSheetList(value.careSheets, damage),
    reminders: reminderMarks(value.reminders, damage),
    notifications: notificationSettings(value.notifications, damage),
    dismissed: dayRecord(value.dismissed, NOTICE_IDS, damage),
    arrivedOn: dayOrNull(value.arrivedOn, damage),
    cardEndsOn: dayOrNull(value.cardEndsOn, damage),
    backup: backupRecord(value.backup, damage),
  };
  // Every field that passed is kept in `salvaged`: one bad entry must not cost the student everything else.
  return damage.found ? { ok: false, salvaged: state } : { ok: true, state };
}

export function pickSaved(state: SavedState): SavedState {
  return Object.fromEntries(SAVED_KEYS.map((key) => [key, state[key]])) as unknown as SavedState;
}
