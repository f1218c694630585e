import { ANSWER_FIELDS, answerError, type Answers } from '../domain/answers';
import { isDay } from '../domain/dates';
import { DOCUMENTS, type DocumentsReady } from '../domain/documents';
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
}

export function initialSavedState(): SavedState {
  return { path: null, steps: {}, documents: {}, answers: {}, language: null };
}

export const SAVED_KEYS = ['path', 'steps', 'documents', 'answers', 'language'] as const satisfies readonly (keyof SavedState)[];

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

/** Checks a value read from storage or a file, field by field. Returns the rebuilt state or the list of problems. */
export function validateSavedState(value: unknown): { ok: true; state: SavedState } | { ok: false; issues: Issue[] } {
  if (!isPlainObject(value)) return { ok: false, issues: ['not an object'] };
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
  };
  return issues.length === 0 ? { ok: true, state } : { ok: false, issues };
}

export function pickSaved(state: SavedState): SavedState {
  return {
    path: state.path,
    steps: state.steps,
    documents: state.documents,
    answers: state.answers,
    language: state.language,
  };
}
