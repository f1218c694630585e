import type { AfterTask, AfterTasksDone } from './after-tasks';
import type { Answers } from './answers';
import { isDay, latestDay, type Day } from './dates';
import { documentsFor, missingDocuments, missingToRegister, type DocumentId, type DocumentsReady } from './documents';
import type { Numbers } from './numbers';
import { afterTasksFor, isAffiliated, registersOnline, type PathId } from './paths';
import { definitiveSince, provisionalSince, registeredSince } from './progress';
import { nextStep, type StepId, type StepsDone } from './steps';

/** Cards the student has read and put away, with the day (e.g. the complementary cover card). */
export const NOTICE_IDS = ['complementary-cover', 'ios-install'] as const;
export type NoticeId = (typeof NOTICE_IDS)[number];
export type NoticesDismissed = Partial<Record<NoticeId, Day>>;

export interface JourneyInput {
  path: PathId;
  steps: StepsDone;
  documents: DocumentsReady;
  answers: Answers;
  numbers: Numbers;
  afterTasks: AfterTasksDone;
  dismissed: NoticesDismissed;
  /** The day the student said they are in France, or null. */
  arrivedOn: Day | null;
}

/** What the home screen says comes next. */
export type NextAction =
  | { kind: 'read-guide'; path: PathId }
  /** Not in France yet: what to prepare before leaving; never the registration site. */
  | { kind: 'before-you-leave' }
  /** Not registered yet, and what registering needs is not all ready (each entry: any one of these). */
  | { kind: 'prepare-to-register'; missing: DocumentId[][] }
  /** Ready to register now; `canFollow` lists what may be added afterwards in the personal space. */
  | { kind: 'register'; step: StepId; canFollow: DocumentId[] }
  | { kind: 'step'; step: StepId }
  /** Registered: add the documents still missing in the personal space. */
  | { kind: 'complete-file'; missing: DocumentId[] }
  /** `waiting`: between the provisional and the definitive number (the usual moment to look for one). */
  | { kind: 'referring-doctor'; waiting: boolean }
  | { kind: 'wait-definitive' }
  | { kind: 'after-tasks' }
  | { kind: 'complementary-cover' }
  | { kind: 'all-done' };

const allDone = (tasks: readonly AfterTask[], done: AfterTasksDone) => tasks.every((task) => isDay(done[task]));

/**
 * What comes next, in one decision: register as soon as what registering needs is ready, complete the file
 * afterwards, look for a referring doctor while waiting, then the tasks of the definitive number.
 */
export function nextAction(input: JourneyInput, today: Day): NextAction {
  const { path, steps, documents, afterTasks } = input;
  if (path === 'quebec') {
    const affiliated = provisionalSince(input) !== null || definitiveSince(input) !== null;
    return affiliated && !isDay(afterTasks.referringDoctor) ? { kind: 'referring-doctor', waiting: false } : { kind: 'read-guide', path };
  }
  if (!registersOnline(path)) return { kind: 'read-guide', path };
  const listed = documentsFor(path, input.answers, today);
  const missing = missingDocuments(documents, listed);
  if (registeredSince(input) === null) {
    const toRegister = missingToRegister(path, documents);
    if (isBeforeArrival(input, today)) return { kind: 'before-you-leave' };
    if (toRegister.length > 0) return { kind: 'prepare-to-register', missing: toRegister };
    return { kind: 'register', step: nextStep(steps) ?? 'connect', canFollow: missing };
  }
  if (definitiveSince(input) === null) {
    if (provisionalSince(input) === null) return { kind: 'step', step: 'provisional-attestation' };
    if (missing.length > 0) return { kind: 'complete-file', missing };
    if (!isDay(afterTasks.referringDoctor)) return { kind: 'referring-doctor', waiting: true };
    return { kind: 'wait-definitive' };
  }
  if (!allDone(afterTasksFor(path), afterTasks)) return { kind: 'after-tasks' };
  if (!isDay(input.dismissed['complementary-cover'])) return { kind: 'complementary-cover' };
  return { kind: 'all-done' };
}

export const STAGE_IDS = [
  'documents-to-register',
  'register',
  'provisional-number',
  'all-documents',
  'definitive-number',
  'ameli-account',
  'carte-vitale',
  'referring-doctor',
  'quebec-form',
] as const;
export type StageId = (typeof STAGE_IDS)[number];
export type StageStatus = 'done' | 'current' | 'later';

export interface Stage {
  id: StageId;
  status: StageStatus;
  /** The day it was done, when the app knows it. */
  day: Day | null;
}

/** Each stage with the day it was done, or null while it is not. */
function stageDays(input: JourneyInput, today: Day): [StageId, Day | null][] {
  const { path, documents, afterTasks } = input;
  const doctor: [StageId, Day | null] = ['referring-doctor', afterTasks.referringDoctor ?? null];
  if (path === 'quebec') return [['quebec-form', provisionalSince(input) ?? definitiveSince(input)], doctor];
  const listed = documentsFor(path, input.answers, today);
  const registered = registeredSince(input);
  const readyToRegister = missingToRegister(path, documents).length === 0;
  const toRegisterDay = latestDay(
    ...missingToRegister(path, {})
      .flat()
      .map((document) => documents[document]),
  );
  return [
    ['documents-to-register', readyToRegister || registered ? (toRegisterDay ?? registered) : null],
    ['register', registered],
    ['provisional-number', provisionalSince(input)],
    ['all-documents', missingDocuments(documents, listed).length === 0 ? latestDay(...listed.map((d) => documents[d])) : null],
    ['definitive-number', definitiveSince(input)],
    ['ameli-account', afterTasks.ameliAccount ?? null],
    ['carte-vitale', afterTasks.cardReceived ?? null],
    doctor,
  ];
}

/**
 * The student's whole journey as a list of stages, for the timeline on the home screen: the first stage not
 * done is the current one. Empty for paths that neither register online nor join a CPAM.
 */
export function journeyStages(input: JourneyInput, today: Day): Stage[] {
  if (!isAffiliated(input.path)) return [];
  let currentFound = false;
  return stageDays(input, today).map(([id, day]) => {
    if (day !== null) return { id, status: 'done', day };
    const status: StageStatus = currentFound ? 'later' : 'current';
    currentFound = true;
    return { id, status, day: null };
  });
}

/**
 * True until the student is in France, as far as the app can tell: they have not said so, have not registered
 * nor ticked any step, and their studies have not started. The registration site is only for students already in France (domain.md §2).
 */
export function isBeforeArrival(input: JourneyInput, today: Day): boolean {
  if (!registersOnline(input.path) || isDay(input.arrivedOn) || registeredSince(input) !== null) return false;
  // A step ticked on the registration site (only reachable from France) says the student has arrived.
  if (Object.values(input.steps).some(isDay)) return false;
  const start = input.answers.coverStartDate;
  return !isDay(start) || start > today;
}

/** What to keep in mind while waiting for the definitive number: from the provisional number until it comes. */
export function isWaitingForDefinitive(input: JourneyInput): boolean {
  return registersOnline(input.path) && provisionalSince(input) !== null && definitiveSince(input) === null;
}

/**
 * The complementary cover card (C2S, mutuelle, domain.md §10) belongs on the home screen once the student has
 * registered online, until they have read it and put it away.
 */
export function showsComplementaryCover(input: JourneyInput): boolean {
  return registersOnline(input.path) && registeredSince(input) !== null && !isDay(input.dismissed['complementary-cover']);
}
