import type { AfterTask, AfterTasksDone } from './after-tasks';
import type { Answers } from './answers';
import { unsentSheets, type CareSheet } from './care-sheets';
import { addDays, isDay, type Day } from './dates';
import { documentsFor, missingDocuments, missingToRegister, type DocumentsReady } from './documents';
import type { Numbers } from './numbers';
import { isAffiliated, registersOnline, type PathId } from './paths';
import { definitiveSince, hasDefinitive, provisionalSince, registeredSince } from './progress';
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
}

export type ReminderScreen = 'documents' | 'steps' | 'numbers' | 'after' | 'care-sheets';

interface Rule {
  id: ReminderId;
  /** The day the reminder first falls due, or null while it does not apply. */
  startsOn(input: ReminderInput, today: Day): Day | null;
  /** Days before an acknowledged reminder comes back while it still applies; null for once only. */
  repeatEveryDays: number | null;
  screen: ReminderScreen;
  /** The after-task that "Done" completes, when the reminder is about one. */
  completes?: AfterTask;
}

// Delays are typical, not official (domain.md §5): the UI says so.
const WEEK = 7;
const onlineRegistration = (input: ReminderInput) => input.path !== null && registersOnline(input.path);
const registered = (input: ReminderInput) => registeredSince(input) !== null;
const earliest = (...days: (Day | null | undefined)[]): Day | null =>
  days.filter((day): day is Day => isDay(day)).sort()[0] ?? null;
const coverStart = (input: ReminderInput): Day | null =>
  isDay(input.answers.coverStartDate) ? input.answers.coverStartDate : null;
const missingToRegisterNow = (input: ReminderInput) =>
  input.path === null ? [] : missingToRegister(input.path, input.documents);

export const REMINDER_RULES: readonly Rule[] = [
  {
    // What registering needs (domain.md §10): two weeks before studies start, or at once when that day is unknown.
    id: 'prepare-documents',
    startsOn: (input, today) => {
      if (!onlineRegistration(input) || registered(input) || missingToRegisterNow(input).length === 0) return null;
      const start = coverStart(input);
      return start ? addDays(start, -2 * WEEK) : today;
    },
    repeatEveryDays: WEEK,
    screen: 'documents',
  },
  {
    // Register early, complete later: from the start of studies, or, when that day is unknown, as soon as
    // what registering needs is ready. The birth certificate and the RIB can follow.
    id: 'register-online',
    startsOn: (input, today) => {
      if (!onlineRegistration(input) || registered(input)) return null;
      return coverStart(input) ?? (missingToRegisterNow(input).length === 0 ? today : null);
    },
    repeatEveryDays: WEEK,
    screen: 'steps',
  },
  {
    // Registered with documents still missing: add them in the personal space as soon as they exist.
    id: 'complete-file',
    startsOn: (input, today) => {
      const since = provisionalSince(input);
      if (!onlineRegistration(input) || !since || hasDefinitive(input) || input.path === null) return null;
      const missing = missingDocuments(input.documents, documentsFor(input.path, input.answers, today));
      return missing.length > 0 ? since : null;
    },
    repeatEveryDays: WEEK,
    screen: 'documents',
  },
  {
    // Documents are usually checked within 2–3 weeks; a rejection comes by e-mail.
    id: 'documents-review',
    startsOn: (input) => {
      const since = provisionalSince(input);
      return since && !hasDefinitive(input) ? addDays(since, 3 * WEEK) : null;
    },
    repeatEveryDays: null,
    screen: 'steps',
  },
  {
    // The definitive number takes several months: look for it every four weeks from the eighth.
    id: 'definitive-number',
    startsOn: (input) => {
      const since = provisionalSince(input);
      return since && !hasDefinitive(input) ? addDays(since, 8 * WEEK) : null;
    },
    repeatEveryDays: 4 * WEEK,
    screen: 'numbers',
  },
  {
    // The account can usually be created 7–10 days after the definitive number arrives.
    id: 'ameli-account',
    startsOn: (input) => {
      const since = definitiveSince(input);
      return onlineRegistration(input) && since && !input.afterTasks.ameliAccount ? addDays(since, 10) : null;
    },
    repeatEveryDays: 2 * WEEK,
    screen: 'after',
    completes: 'ameliAccount',
  },
  {
    id: 'order-card',
    startsOn: (input) => (input.afterTasks.ameliAccount && !input.afterTasks.cardOrdered ? input.afterTasks.ameliAccount : null),
    repeatEveryDays: 2 * WEEK,
    screen: 'after',
    completes: 'cardOrdered',
  },
  {
    // A card usually arrives 2–3 weeks after the order.
    id: 'card-arrival',
    startsOn: (input) => {
      const ordered = input.afterTasks.cardOrdered;
      return ordered && !input.afterTasks.cardReceived ? addDays(ordered, 3 * WEEK) : null;
    },
    repeatEveryDays: 2 * WEEK,
    screen: 'after',
    completes: 'cardReceived',
  },
  {
    // Never tied to the definitive number (domain.md §10): two weeks after studies start or the first number.
    id: 'referring-doctor',
    startsOn: (input) => {
      if (input.path === null || !isAffiliated(input.path) || input.afterTasks.referringDoctor) return null;
      const number = earliest(provisionalSince(input), definitiveSince(input));
      const from = input.path === 'quebec' ? number : earliest(coverStart(input), number);
      return from ? addDays(from, 2 * WEEK) : null;
    },
    repeatEveryDays: 30,
    screen: 'after',
    completes: 'referringDoctor',
  },
  {
    id: 'send-care-sheets',
    startsOn: (input) => {
      const oldest = unsentSheets(input.careSheets)[0];
      return oldest ? addDays(oldest.day, WEEK) : null;
    },
    repeatEveryDays: WEEK,
    screen: 'care-sheets',
  },
];

export interface Reminder {
  id: ReminderId;
  dueOn: Day;
  screen: ReminderScreen;
  completes?: AfterTask;
  repeatEveryDays: number | null;
  /** How many care sheets are waiting to be sent, for the send-care-sheets message. */
  count?: number;
}

const later = (a: Day, b: Day) => (a > b ? a : b);

function nextDue(rule: Rule, input: ReminderInput, today: Day): Day | null {
  const start = rule.startsOn(input, today);
  if (!start) return null;
  const mark = input.reminders[rule.id];
  let due = start;
  if (mark?.doneOn) {
    if (rule.repeatEveryDays === null) return null;
    due = later(due, addDays(mark.doneOn, rule.repeatEveryDays));
  }
  if (mark?.snoozedUntil) due = later(due, mark.snoozedUntil);
  return due;
}

function toReminder(rule: Rule, dueOn: Day, input: ReminderInput): Reminder {
  const reminder: Reminder = { id: rule.id, dueOn, screen: rule.screen, repeatEveryDays: rule.repeatEveryDays };
  if (rule.completes) reminder.completes = rule.completes;
  if (rule.id === 'send-care-sheets') reminder.count = unsentSheets(input.careSheets).length;
  return reminder;
}

/** Every reminder that still applies, with the day it is (or was) next due, soonest first. */
export function scheduledReminders(input: ReminderInput, today: Day): Reminder[] {
  return REMINDER_RULES.flatMap((rule) => {
    const due = nextDue(rule, input, today);
    return due ? [toReminder(rule, due, input)] : [];
  }).sort((a, b) => (a.dueOn < b.dueOn ? -1 : a.dueOn > b.dueOn ? 1 : 0));
}

/** The reminders due today or earlier: what the home screen, the badge and the notification show. */
export function dueReminders(input: ReminderInput, today: Day): Reminder[] {
  return scheduledReminders(input, today).filter((reminder) => reminder.dueOn <= today);
}
