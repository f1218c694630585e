import type { AfterTask } from './after-tasks';
import { unsentSheets } from './care-sheets';
import { addDays, earliestDay, isDay, type Day } from './dates';
import { documentsFor, missingDocuments, missingToRegister } from './documents';
import { isAffiliated, logsCareSheets, registersOnline } from './paths';
import { definitiveSince, hasDefinitive, provisionalSince, registeredSince } from './progress';
import type { ReminderId, ReminderInput, ReminderMark } from './reminder-marks';

export type { ReminderId, ReminderInput, ReminderMark } from './reminder-marks';
export { REMINDER_IDS } from './reminder-marks';

export type ReminderScreen = 'documents' | 'steps' | 'numbers' | 'after' | 'care-sheets' | 'settings' | 'situation';

/**
 * One way to answer a reminder, and what it does:
 * - complete: ticks the after-task today (the reminder is then over);
 * - acknowledge: the student has looked; the reminder comes back after its repeat delay, if it has one;
 * - snooze: hides it for `days`;
 * - open: goes to the screen where the answer is given (nothing is recorded);
 * - send-all: records every unsent care sheet as sent today;
 * - refused: a document was refused: says what to do, and asks again about the documents after `days`.
 */
export type ReminderEffect =
  | { kind: 'complete'; task: AfterTask }
  | { kind: 'acknowledge' }
  | { kind: 'snooze'; days: number }
  | { kind: 'open'; screen: ReminderScreen }
  | { kind: 'send-all' }
  | { kind: 'refused'; days: number };

export interface ReminderAnswer {
  id: string;
  effect: ReminderEffect;
}

interface Rule {
  id: ReminderId;
  /** The day the reminder first falls due, or null while it does not apply. */
  startsOn(input: ReminderInput, today: Day): Day | null;
  /** Days before an acknowledged reminder comes back while it still applies; null for once only. */
  repeatEveryDays: number | null;
  /** Lower comes first when several are due: the most useful one is shown, the others folded. */
  priority: number;
  /** The answers the student is offered, the main one first. */
  answers: readonly ReminderAnswer[];
}

// Delays are typical, not official (domain.md §5): the UI says so.
const WEEK = 7;
const onlineRegistration = (input: ReminderInput) => input.path !== null && registersOnline(input.path);
const registered = (input: ReminderInput) => registeredSince(input) !== null;
const coverStart = (input: ReminderInput): Day | null => (isDay(input.answers.coverStartDate) ? input.answers.coverStartDate : null);
const missingToRegisterNow = (input: ReminderInput) => (input.path === null ? [] : missingToRegister(input.path, input.documents));

const inAWeek: ReminderAnswer = { id: 'in-a-week', effect: { kind: 'snooze', days: WEEK } };
const open = (id: string, screen: ReminderScreen): ReminderAnswer => ({ id, effect: { kind: 'open', screen } });
const complete = (id: string, task: AfterTask): ReminderAnswer => ({ id, effect: { kind: 'complete', task } });
const acknowledge = (id: string): ReminderAnswer => ({ id, effect: { kind: 'acknowledge' } });

/** Every reminder the app knows, in one table. */
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
    priority: 2,
    answers: [open('open-documents', 'documents'), inAWeek],
  },
  {
    // Register early, complete later, but only once in France (domain.md §2, §10): from the start of studies,
    // or from the day the student said they arrived once what registering needs is ready.
    id: 'register-online',
    startsOn: (input) => {
      if (!onlineRegistration(input) || registered(input)) return null;
      const start = coverStart(input);
      if (start) return start;
      return isDay(input.arrivedOn) && missingToRegisterNow(input).length === 0 ? input.arrivedOn : null;
    },
    repeatEveryDays: WEEK,
    priority: 1,
    answers: [open('registered', 'numbers'), open('open-steps', 'steps'), inAWeek],
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
    priority: 3,
    answers: [open('open-documents', 'documents'), inAWeek],
  },
  {
    // Documents are usually checked within 2–3 weeks; a rejection comes by e-mail.
    id: 'documents-review',
    startsOn: (input) => {
      const since = provisionalSince(input);
      return onlineRegistration(input) && since && !hasDefinitive(input) ? addDays(since, 3 * WEEK) : null;
    },
    repeatEveryDays: null,
    priority: 4,
    answers: [acknowledge('all-accepted'), { id: 'one-refused', effect: { kind: 'refused', days: 3 * WEEK } }, inAWeek],
  },
  {
    // The definitive number takes several months: look for it every four weeks from the eighth.
    id: 'definitive-number',
    startsOn: (input) => {
      const since = provisionalSince(input);
      return onlineRegistration(input) && since && !hasDefinitive(input) ? addDays(since, 8 * WEEK) : null;
    },
    repeatEveryDays: 4 * WEEK,
    priority: 7,
    answers: [open('arrived', 'numbers'), acknowledge('not-yet')],
  },
  {
    // The account can usually be created 7–10 days after the definitive number arrives.
    id: 'ameli-account',
    startsOn: (input) => {
      const since = definitiveSince(input);
      return onlineRegistration(input) && since && !input.afterTasks.ameliAccount ? addDays(since, 10) : null;
    },
    repeatEveryDays: 2 * WEEK,
    priority: 5,
    answers: [complete('created', 'ameliAccount'), inAWeek],
  },
  {
    id: 'order-card',
    startsOn: (input) => (input.afterTasks.ameliAccount && !input.afterTasks.cardOrdered ? input.afterTasks.ameliAccount : null),
    repeatEveryDays: 2 * WEEK,
    priority: 5,
    answers: [complete('ordered', 'cardOrdered'), inAWeek],
  },
  {
    // A card usually arrives 2–3 weeks after the order.
    id: 'card-arrival',
    startsOn: (input) => {
      const ordered = input.afterTasks.cardOrdered;
      return ordered && !input.afterTasks.cardReceived ? addDays(ordered, 3 * WEEK) : null;
    },
    repeatEveryDays: 2 * WEEK,
    priority: 8,
    answers: [complete('arrived', 'cardReceived'), acknowledge('not-yet')],
  },
  {
    // Never tied to the definitive number (domain.md §10): two weeks after studies start or the first number.
    id: 'referring-doctor',
    startsOn: (input) => {
      if (input.path === null || !isAffiliated(input.path) || input.afterTasks.referringDoctor) return null;
      const number = earliestDay(provisionalSince(input), definitiveSince(input));
      const from = input.path === 'quebec' ? number : earliestDay(coverStart(input), number);
      return from ? addDays(from, 2 * WEEK) : null;
    },
    repeatEveryDays: 30,
    priority: 6,
    answers: [complete('declared', 'referringDoctor'), open('how', 'after'), acknowledge('next-month')],
  },
  {
    // A paper care sheet is refunded only once sent (domain.md §6).
    id: 'send-care-sheets',
    startsOn: (input) => {
      const oldest = unsentSheets(input.careSheets)[0];
      return oldest ? addDays(oldest.day, WEEK) : null;
    },
    repeatEveryDays: WEEK,
    priority: 3,
    answers: [{ id: 'all-sent', effect: { kind: 'send-all' } }, open('open-care-sheets', 'care-sheets'), inAWeek],
  },
  {
    // A new phone starts empty: suggest a backup once a number is saved, then monthly while the data changes.
    id: 'keep-backup',
    startsOn: (input) => {
      const first = earliestDay(input.numbers.provisional?.enteredOn, input.numbers.definitive?.enteredOn);
      if (!first) return null;
      if (!input.backupExportedOn) return first;
      return input.changedSinceBackup ? addDays(input.backupExportedOn, 30) : null;
    },
    repeatEveryDays: 30,
    priority: 9,
    answers: [open('export', 'settings'), acknowledge('next-month')],
  },
  {
    // The card must cover the whole academic year (domain.md §1): six weeks before it ends, renew or register.
    id: 'card-ends',
    startsOn: (input) => (input.path === 'eu' && isDay(input.cardEndsOn) ? addDays(input.cardEndsOn, -6 * WEEK) : null),
    repeatEveryDays: WEEK,
    priority: 1,
    answers: [open('update', 'situation'), inAWeek],
  },
];

export interface Reminder {
  id: ReminderId;
  dueOn: Day;
  repeatEveryDays: number | null;
  priority: number;
  answers: readonly ReminderAnswer[];
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
  const { id, repeatEveryDays, priority, answers } = rule;
  const reminder: Reminder = { id, dueOn, repeatEveryDays, priority, answers };
  if (id === 'send-care-sheets') reminder.count = unsentSheets(input.careSheets).length;
  return reminder;
}

/**
 * Every reminder that still applies, with the day it is (or was) next due, soonest first. None on the paths
 * whose home shows no reminders (Monaco, Andorra): a badge there could not be answered.
 */
export function scheduledReminders(input: ReminderInput, today: Day): Reminder[] {
  if (input.path !== null && !logsCareSheets(input.path)) return [];
  return REMINDER_RULES.flatMap((rule) => {
    const due = nextDue(rule, input, today);
    return due ? [toReminder(rule, due, input)] : [];
  }).sort((a, b) => (a.dueOn < b.dueOn ? -1 : a.dueOn > b.dueOn ? 1 : 0));
}

/**
 * The reminders due today or earlier: what the home screen, the badge and the notification show. The most useful
 * comes first (by priority, then the oldest), so overdue ones never pile up in the order they fell due.
 */
export function dueReminders(input: ReminderInput, today: Day): Reminder[] {
  return scheduledReminders(input, today)
    .filter((reminder) => reminder.dueOn <= today)
    .sort((a, b) => a.priority - b.priority || (a.dueOn < b.dueOn ? -1 : a.dueOn > b.dueOn ? 1 : 0));
}

/**
 * What answering a reminder changes in its marks (the store applies it with the other effects): acknowledge and
 * complete record the day, snooze and refused hide it for a while; open records nothing.
 */
export function markFor(effect: ReminderEffect, today: Day): ReminderMark | null {
  switch (effect.kind) {
    case 'acknowledge':
    case 'complete':
    case 'send-all':
      return { doneOn: today };
    case 'snooze':
    case 'refused':
      return { snoozedUntil: addDays(today, effect.days) };
    case 'open':
      return null;
  }
}
