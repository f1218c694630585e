import type { AfterTask } from './after-tasks';
import { unsentSheets } from './care-sheets';
import { addDays, isDay, type Day } from './dates';
import { missingDocuments } from './documents';
import { hasDefinitiveNumber } from './numbers';
import { registersOnline } from './paths';
import type { ReminderId, ReminderInput } from './reminder-marks';

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
const earliest = (...days: (Day | undefined)[]): Day | null =>
  days.filter((day): day is Day => isDay(day)).sort()[0] ?? null;
const provisionalSince = (input: ReminderInput): Day | null =>
  earliest(input.numbers.provisional?.enteredOn, input.steps['provisional-attestation']);
const definitiveSince = (input: ReminderInput): Day | null =>
  earliest(input.numbers.definitive?.enteredOn, input.steps['definitive-attestation']);
const registered = (input: ReminderInput) =>
  isDay(input.steps['upload-documents']) || provisionalSince(input) !== null || hasDefinitiveNumber(input);
const coverStart = (input: ReminderInput): Day | null =>
  isDay(input.answers.coverStartDate) ? input.answers.coverStartDate : null;

/** Every reminder the app knows, in one table. */
export const REMINDER_RULES: readonly Rule[] = [
  {
    // Two weeks before studies start, or at once when the start date is not known yet.
    id: 'prepare-documents',
    startsOn: (input, today) => {
      if (!onlineRegistration(input) || registered(input) || missingDocuments(input.documents).length === 0) return null;
      const start = coverStart(input);
      return start ? addDays(start, -2 * WEEK) : today;
    },
    repeatEveryDays: WEEK,
    screen: 'documents',
  },
  {
    // From the start of studies; when that day is unknown, as soon as the six documents are ready.
    id: 'register-online',
    startsOn: (input, today) => {
      if (!onlineRegistration(input) || registered(input)) return null;
      return coverStart(input) ?? (missingDocuments(input.documents).length === 0 ? today : null);
    },
    repeatEveryDays: WEEK,
    screen: 'steps',
  },
  {
    // Documents are usually checked within 2–3 weeks; a rejection comes by e-mail.
    id: 'documents-review',
    startsOn: (input) => {
      const since = provisionalSince(input);
      return since && !hasDefinitiveNumber(input) ? addDays(since, 3 * WEEK) : null;
    },
    repeatEveryDays: null,
    screen: 'steps',
  },
  {
    // The definitive number takes several months: look for it every four weeks from the eighth.
    id: 'definitive-number',
    startsOn: (input) => {
      const since = provisionalSince(input);
      return since && !hasDefinitiveNumber(input) ? addDays(since, 8 * WEEK) : null;
    },
    repeatEveryDays: 4 * WEEK,
    screen: 'numbers',
  },
  {
    // The account can usually be created 7–10 days after the definitive number arrives.
    id: 'ameli-account',
    startsOn: (input) => {
      const since = definitiveSince(input);
      return since && !input.afterTasks.ameliAccount ? addDays(since, 10) : null;
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
    id: 'referring-doctor',
    startsOn: (input) => {
      const since = definitiveSince(input);
      return since && !input.afterTasks.referringDoctor ? addDays(since, 2 * WEEK) : null;
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
