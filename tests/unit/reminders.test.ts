import { describe, expect, it } from 'vitest';
import type { CareSheet } from '../../src/domain/care-sheets';
import { DOCUMENTS } from '../../src/domain/documents';
import { isBlank } from '../../src/domain/reminder-marks';
import {
  dueReminders,
  markFor,
  REMINDER_IDS,
  REMINDER_RULES,
  scheduledReminders,
  type ReminderId,
  type ReminderInput,
} from '../../src/domain/reminders';

function input(overrides: Partial<ReminderInput> = {}): ReminderInput {
  return {
    path: 'non-eu',
    steps: {},
    documents: {},
    answers: {},
    numbers: {},
    afterTasks: {},
    careSheets: [],
    reminders: {},
    arrivedOn: null,
    cardEndsOn: null,
    // A backup of the current data, so the backup nudge stays out of tests about other reminders.
    backupExportedOn: '2026-07-01',
    changedSinceBackup: false,
    ...overrides,
  };
}

const allDocuments = Object.fromEntries(DOCUMENTS.map((d) => [d, '2026-08-01']));
const ids = (state: ReminderInput, today: string) => dueReminders(state, today).map((r) => r.id);
const provisional = { provisional: { value: '295109912611193', enteredOn: '2026-09-20' } };
const definitive = { ...provisional, definitive: { value: '295109912611193', enteredOn: '2027-01-10' } };

describe('the reminder table', () => {
  it('has one rule for every reminder id', () => {
    expect(REMINDER_RULES.map((rule) => rule.id).sort()).toEqual([...REMINDER_IDS].sort());
  });
});

describe('a first visit', () => {
  const blank = input({ path: null, backupExportedOn: null });

  it('has no reminder due on any day, so the rules need not be loaded', () => {
    expect(isBlank(blank)).toBe(true);
    for (const day of ['2026-01-01', '2026-09-15', '2030-12-31']) expect(scheduledReminders(blank, day)).toEqual([]);
  });

  it('is over as soon as anything is entered', () => {
    expect(isBlank({ ...blank, path: 'non-eu' })).toBe(false);
    expect(isBlank({ ...blank, numbers: provisional })).toBe(false);
    expect(isBlank({ ...blank, careSheets: [{ id: 'a', day: '2026-10-01', kind: 'dentist', paidCents: 100 }] })).toBe(false);
    expect(isBlank({ ...blank, reminders: { 'send-care-sheets': { doneOn: '2026-10-01' } } })).toBe(false);
    expect(isBlank({ ...blank, cardEndsOn: '2027-03-31' })).toBe(false);
  });
});

describe('before registering', () => {
  const essentials = { enrolment: '2026-08-01', identity: '2026-08-01', visa: '2026-08-01' };

  it('asks for what registering needs two weeks before studies start', () => {
    const state = input({ answers: { coverStartDate: '2026-09-15' } });
    expect(ids(state, '2026-08-31')).not.toContain('prepare-documents');
    expect(ids(state, '2026-09-01')).toContain('prepare-documents');
  });

  it('stops asking for documents once what registering needs is ready, even with three of six', () => {
    expect(ids(input({ answers: { coverStartDate: '2026-09-15' }, documents: essentials }), '2026-09-01')).not.toContain(
      'prepare-documents',
    );
    expect(ids(input({ documents: essentials, arrivedOn: '2026-08-28' }), '2026-09-01')).toEqual(['register-online']);
  });

  it('never says to register before the student is in France', () => {
    expect(ids(input({ documents: allDocuments }), '2026-08-01')).toEqual([]);
    expect(ids(input({ documents: allDocuments, arrivedOn: '2026-08-28' }), '2026-08-28')).toEqual(['register-online']);
  });

  it('asks for what registering needs at once when the start date is unknown', () => {
    expect(ids(input(), '2026-07-01')).toEqual(['prepare-documents']);
  });

  it('says to register once studies have started, until registration is done', () => {
    const state = input({ answers: { coverStartDate: '2026-09-15' }, documents: allDocuments });
    expect(ids(state, '2026-09-14')).toEqual([]);
    expect(ids(state, '2026-09-15')).toEqual(['register-online']);
    expect(ids({ ...state, steps: { 'upload-documents': '2026-09-16' } }, '2026-09-20')).toEqual([]);
  });

  it('says to register from the start of studies even with documents missing', () => {
    const state = input({ answers: { coverStartDate: '2026-09-15' } });
    // Registering comes first: the rest can follow.
    expect(ids(state, '2026-09-15')).toEqual(['register-online', 'prepare-documents']);
  });

  it('follows the documents of the path: proof of resources for European students without a card', () => {
    const eu = input({ path: 'eu-no-card', documents: { enrolment: '2026-08-01', identity: '2026-08-01' } });
    expect(ids(eu, '2026-08-02')).toEqual(['prepare-documents']);
    expect(ids({ ...eu, arrivedOn: '2026-08-01', documents: { ...eu.documents, resources: '2026-08-02' } }, '2026-08-02')).toEqual([
      'register-online',
    ]);
  });

  it('has nothing to say to students who keep their own cover', () => {
    for (const path of ['eu', 'monaco', 'andorra'] as const) {
      expect(ids(input({ path, answers: { coverStartDate: '2026-09-15' } }), '2026-10-01')).toEqual([]);
    }
  });
});

describe('completing the file', () => {
  it('asks for the documents still missing from the day the provisional number came, every week', () => {
    const state = input({ numbers: provisional, documents: { enrolment: '2026-08-01', identity: '2026-08-01', visa: '2026-08-01' } });
    expect(ids(state, '2026-09-19')).not.toContain('complete-file');
    expect(ids(state, '2026-09-20')).toContain('complete-file');
    const checked = { ...state, reminders: { 'complete-file': { doneOn: '2026-09-21' } } };
    expect(ids(checked, '2026-09-27')).not.toContain('complete-file');
    expect(ids(checked, '2026-09-28')).toContain('complete-file');
    expect(ids({ ...state, documents: allDocuments }, '2026-09-20')).not.toContain('complete-file');
  });
});

describe('the referring doctor', () => {
  it('is suggested two weeks after studies start, long before the definitive number', () => {
    const state = input({ answers: { coverStartDate: '2026-09-15' }, documents: allDocuments, numbers: provisional });
    expect(ids(state, '2026-09-28')).not.toContain('referring-doctor');
    expect(ids(state, '2026-09-29')).toContain('referring-doctor');
  });

  it('is suggested two weeks after the provisional number when the start date is unknown', () => {
    const state = input({ documents: allDocuments, numbers: provisional });
    expect(scheduledReminders(state, '2026-09-21').find((r) => r.id === 'referring-doctor')?.dueOn).toBe('2026-10-04');
  });

  it('never asks Québec students about the online registration site, months later', () => {
    const quebec = input({ path: 'quebec', numbers: provisional, afterTasks: { referringDoctor: '2026-10-01' } });
    expect(ids(quebec, '2027-06-01')).toEqual([]);
  });

  it('says nothing, not even on the badge, to students of paths without reminders (Monaco, Andorra)', () => {
    const sheet = { id: 'a', day: '2026-10-01', kind: 'pharmacy' as const, paidCents: 900 };
    for (const path of ['monaco', 'andorra'] as const) {
      expect(scheduledReminders(input({ path, numbers: provisional, careSheets: [sheet] }), '2027-06-01')).toEqual([]);
    }
  });

  it('is suggested to Québec students once they have a number, and never to students with a card', () => {
    expect(ids(input({ path: 'quebec', numbers: provisional }), '2026-10-04')).toEqual(['referring-doctor']);
    expect(ids(input({ path: 'quebec' }), '2026-10-04')).toEqual([]);
    expect(ids(input({ path: 'eu', numbers: provisional }), '2026-10-04')).toEqual([]);
  });
});

describe('waiting for the definitive number', () => {
  const state = input({ numbers: provisional, documents: allDocuments, afterTasks: { referringDoctor: '2026-09-25' } });

  it('suggests checking the documents were accepted three weeks after the provisional number, once', () => {
    expect(ids(state, '2026-10-10')).toEqual([]);
    expect(ids(state, '2026-10-11')).toEqual(['documents-review']);
    expect(ids({ ...state, reminders: { 'documents-review': { doneOn: '2026-10-11' } } }, '2027-06-01')).not.toContain('documents-review');
  });

  it('asks about the definitive number from the eighth week, and again every four weeks after each check', () => {
    expect(ids(state, '2026-11-14')).not.toContain('definitive-number');
    expect(ids(state, '2026-11-15')).toContain('definitive-number');
    const checked = { ...state, reminders: { 'definitive-number': { doneOn: '2026-11-20' } } };
    expect(ids(checked, '2026-12-17')).not.toContain('definitive-number');
    expect(ids(checked, '2026-12-18')).toContain('definitive-number');
  });

  it('still asks four months later if nobody answered', () => {
    expect(ids(state, '2027-01-20')).toContain('definitive-number');
  });

  it('also counts from the day step 5 was ticked when no number was typed', () => {
    const ticked = input({ steps: { 'provisional-attestation': '2026-09-20' } });
    expect(ids(ticked, '2026-11-15')).toContain('definitive-number');
  });

  it('counts from the earliest of the day the number was typed and the day step 5 was ticked', () => {
    const both = input({
      numbers: { provisional: { value: '295109912611193', enteredOn: '2026-11-10' } },
      steps: { 'provisional-attestation': '2026-09-20' },
    });
    expect(scheduledReminders(both, '2026-09-21').find((r) => r.id === 'definitive-number')?.dueOn).toBe('2026-11-15');
  });

  it('stops once the definitive number is there', () => {
    expect(ids({ ...state, numbers: definitive }, '2027-01-10')).toEqual([]);
  });

  it('comes back after a snooze', () => {
    const snoozed = { ...state, reminders: { 'definitive-number': { snoozedUntil: '2026-11-22' } } };
    expect(ids(snoozed, '2026-11-21')).not.toContain('definitive-number');
    expect(ids(snoozed, '2026-11-22')).toContain('definitive-number');
  });
});

describe('after the definitive number', () => {
  const state = input({ numbers: definitive, documents: allDocuments, afterTasks: { referringDoctor: '2026-10-01' } });

  it('suggests the ameli account ten days later', () => {
    expect(ids(state, '2027-01-19')).toEqual([]);
    expect(ids(state, '2027-01-20')).toEqual(['ameli-account']);
  });

  it('still suggests the doctor to a student who has none yet', () => {
    expect(ids({ ...state, afterTasks: {} }, '2027-01-20')).toEqual(['ameli-account', 'referring-doctor']);
  });

  it('asks to order the card once the account exists, and whether it arrived three weeks after the order', () => {
    const account = { ...state, afterTasks: { ameliAccount: '2027-01-21', referringDoctor: '2027-01-21' } };
    expect(ids(account, '2027-01-21')).toEqual(['order-card']);
    const ordered = { ...account, afterTasks: { ...account.afterTasks, cardOrdered: '2027-01-22' } };
    expect(ids(ordered, '2027-02-11')).toEqual([]);
    expect(ids(ordered, '2027-02-12')).toEqual(['card-arrival']);
    const received = { ...ordered, afterTasks: { ...ordered.afterTasks, cardReceived: '2027-02-05' } };
    expect(ids(received, '2027-03-01')).toEqual([]);
  });

  it('offers an answer that completes the task, and one that asks again in a week', () => {
    expect(dueReminders(state, '2027-01-20')[0]?.answers).toEqual([
      { id: 'created', effect: { kind: 'complete', task: 'ameliAccount' } },
      { id: 'in-a-week', effect: { kind: 'snooze', days: 7 } },
    ]);
  });
});

describe('care sheets', () => {
  const sheet = (id: string, day: string, sentOn?: string): CareSheet => ({
    id,
    day,
    kind: 'general-practitioner',
    paidCents: 3000,
    ...(sentOn ? { sentOn } : {}),
  });

  it('asks to send unsent sheets a week after the oldest one, with how many', () => {
    const state = input({
      path: 'eu',
      careSheets: [sheet('a', '2026-10-05'), sheet('b', '2026-10-01'), sheet('c', '2026-09-01', '2026-09-03')],
    });
    expect(ids(state, '2026-10-07')).toEqual([]);
    expect(dueReminders(state, '2026-10-08')).toMatchObject([
      { id: 'send-care-sheets', dueOn: '2026-10-08', repeatEveryDays: 7, count: 2 },
    ]);
  });
});

describe('scheduling', () => {
  it('lists upcoming reminders with their day, soonest first, for the calendar', () => {
    const state = input({ numbers: provisional, documents: allDocuments });
    expect(scheduledReminders(state, '2026-09-21').map((r) => [r.id, r.dueOn])).toEqual([
      ['referring-doctor', '2026-10-04'],
      ['documents-review', '2026-10-11'],
      ['definitive-number', '2026-11-15'],
    ]);
  });
});

describe('answers', () => {
  /** What the store does with an answer: the mark, plus the task it completes. */
  function answer(state: ReminderInput, id: ReminderId, answerId: string, today: string): ReminderInput {
    const reminder = dueReminders(state, today).find((r) => r.id === id);
    const chosen = reminder?.answers.find((a) => a.id === answerId);
    if (!chosen) throw new Error(`${id} has no answer ${answerId} on ${today}`);
    const mark = markFor(chosen.effect, today);
    const afterTasks = chosen.effect.kind === 'complete' ? { ...state.afterTasks, [chosen.effect.task]: today } : state.afterTasks;
    return { ...state, afterTasks, reminders: mark ? { ...state.reminders, [id]: { ...state.reminders[id], ...mark } } : state.reminders };
  }

  it('are listed for every reminder, with "Done"-like answers only where they complete something', () => {
    const table = Object.fromEntries(REMINDER_RULES.map((rule) => [rule.id, rule.answers.map((a) => `${a.id}:${a.effect.kind}`)]));
    expect(table).toEqual({
      'prepare-documents': ['open-documents:open', 'in-a-week:snooze'],
      'register-online': ['registered:open', 'open-steps:open', 'in-a-week:snooze'],
      'complete-file': ['open-documents:open', 'in-a-week:snooze'],
      'documents-review': ['all-accepted:acknowledge', 'one-refused:refused', 'in-a-week:snooze'],
      'definitive-number': ['arrived:open', 'not-yet:acknowledge'],
      'ameli-account': ['created:complete', 'in-a-week:snooze'],
      'order-card': ['ordered:complete', 'in-a-week:snooze'],
      'card-arrival': ['arrived:complete', 'not-yet:acknowledge'],
      'referring-doctor': ['declared:complete', 'how:open', 'next-month:acknowledge'],
      'send-care-sheets': ['all-sent:send-all', 'open-care-sheets:open', 'in-a-week:snooze'],
      'keep-backup': ['export:open', 'next-month:acknowledge'],
      'card-ends': ['update:open', 'in-a-week:snooze'],
    });
  });

  it('record what each effect says, and nothing for a link', () => {
    expect(markFor({ kind: 'acknowledge' }, '2026-10-01')).toEqual({ doneOn: '2026-10-01' });
    expect(markFor({ kind: 'complete', task: 'ameliAccount' }, '2026-10-01')).toEqual({ doneOn: '2026-10-01' });
    expect(markFor({ kind: 'send-all' }, '2026-10-01')).toEqual({ doneOn: '2026-10-01' });
    expect(markFor({ kind: 'snooze', days: 7 }, '2026-10-01')).toEqual({ snoozedUntil: '2026-10-08' });
    expect(markFor({ kind: 'refused', days: 21 }, '2026-10-01')).toEqual({ snoozedUntil: '2026-10-22' });
    expect(markFor({ kind: 'open', screen: 'numbers' }, '2026-10-01')).toBeNull();
  });

  const waiting = input({ numbers: provisional, documents: allDocuments, afterTasks: { referringDoctor: '2026-09-25' } });

  it('documents review: all accepted ends it; one refused asks again in three weeks; not yet in a week', () => {
    expect(ids(answer(waiting, 'documents-review', 'all-accepted', '2026-10-11'), '2027-06-01')).not.toContain('documents-review');
    const refused = answer(waiting, 'documents-review', 'one-refused', '2026-10-11');
    expect(ids(refused, '2026-10-31')).not.toContain('documents-review');
    expect(ids(refused, '2026-11-01')).toContain('documents-review');
    const notYet = answer(waiting, 'documents-review', 'in-a-week', '2026-10-11');
    expect(ids(notYet, '2026-10-17')).not.toContain('documents-review');
    expect(ids(notYet, '2026-10-18')).toContain('documents-review');
  });

  it('definitive number: "not yet" asks again four weeks later; "it arrived" records nothing until it is entered', () => {
    const notYet = answer(waiting, 'definitive-number', 'not-yet', '2026-11-15');
    expect(ids(notYet, '2026-12-12')).not.toContain('definitive-number');
    expect(ids(notYet, '2026-12-13')).toContain('definitive-number');
    expect(answer(waiting, 'definitive-number', 'arrived', '2026-11-15').reminders).toEqual(waiting.reminders);
  });

  it('after-tasks: completing one ticks it and brings the next; "not yet" for the card asks again in two weeks', () => {
    const state = input({ numbers: definitive, documents: allDocuments, afterTasks: { referringDoctor: '2026-10-01' } });
    const account = answer(state, 'ameli-account', 'created', '2027-01-20');
    expect(account.afterTasks.ameliAccount).toBe('2027-01-20');
    expect(ids(account, '2027-01-20')).toEqual(['order-card']);
    const ordered = answer(account, 'order-card', 'ordered', '2027-01-21');
    expect(ids(ordered, '2027-02-11')).toEqual(['card-arrival']);
    const notYet = answer(ordered, 'card-arrival', 'not-yet', '2027-02-11');
    expect(ids(notYet, '2027-02-24')).toEqual([]);
    expect(ids(notYet, '2027-02-25')).toEqual(['card-arrival']);
    expect(answer(ordered, 'card-arrival', 'arrived', '2027-02-11').afterTasks.cardReceived).toBe('2027-02-11');
  });

  it('referring doctor: declared ends it; "next month" asks again in 30 days', () => {
    const state = input({ numbers: provisional, documents: allDocuments });
    expect(ids(answer(state, 'referring-doctor', 'declared', '2026-10-04'), '2027-06-01')).not.toContain('referring-doctor');
    const later = answer(state, 'referring-doctor', 'next-month', '2026-10-04');
    expect(ids(later, '2026-11-02')).not.toContain('referring-doctor');
    expect(ids(later, '2026-11-03')).toContain('referring-doctor');
  });
});

describe('overdue reminders', () => {
  it('come most useful first, not in the order they fell due', () => {
    const state = input({
      numbers: provisional,
      documents: { enrolment: '2026-09-01', identity: '2026-09-01', visa: '2026-09-01' },
      careSheets: [{ id: 'a', day: '2026-09-25', kind: 'general-practitioner', paidCents: 3000 }],
    });
    expect(ids(state, '2027-01-20')).toEqual([
      'complete-file',
      'send-care-sheets',
      'documents-review',
      'referring-doctor',
      'definitive-number',
    ]);
  });
});

describe('keeping a backup', () => {
  it('is suggested once a number is saved, then monthly while the data changed since the last export', () => {
    const never = input({ numbers: provisional, documents: allDocuments, backupExportedOn: null });
    expect(ids(input({ backupExportedOn: null }), '2026-09-20')).not.toContain('keep-backup');
    expect(ids(never, '2026-09-20')).toContain('keep-backup');
    const exported = { ...never, backupExportedOn: '2026-10-01' };
    expect(ids({ ...exported, changedSinceBackup: false }, '2027-03-01')).not.toContain('keep-backup');
    expect(ids({ ...exported, changedSinceBackup: true }, '2026-10-30')).not.toContain('keep-backup');
    expect(ids({ ...exported, changedSinceBackup: true }, '2026-10-31')).toContain('keep-backup');
  });
});

describe('a European Health Insurance Card that ends', () => {
  it('is announced six weeks before its last day, to students who keep their card only', () => {
    const state = input({ path: 'eu', cardEndsOn: '2027-03-31' });
    expect(ids(state, '2027-02-16')).toEqual([]);
    expect(ids(state, '2027-02-17')).toEqual(['card-ends']);
    expect(ids({ ...state, path: 'eu-no-card' }, '2027-02-17')).not.toContain('card-ends');
    expect(ids({ ...state, cardEndsOn: null }, '2027-02-17')).toEqual([]);
  });
});
