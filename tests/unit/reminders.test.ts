import { describe, expect, it } from 'vitest';
import type { CareSheet } from '../../src/domain/care-sheets';
import { DOCUMENTS } from '../../src/domain/documents';
import { isBlank, REMINDER_IDS, type ReminderInput } from '../../src/domain/reminder-marks';
import { dueReminders, REMINDER_RULES, scheduledReminders } from '../../src/domain/reminders';

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
  const blank = { path: null, steps: {}, documents: {}, answers: {}, numbers: {}, afterTasks: {}, careSheets: [], reminders: {} };

  it('has no reminder due on any day, so the rules need not be loaded', () => {
    expect(isBlank(blank)).toBe(true);
    for (const day of ['2026-01-01', '2026-09-15', '2030-12-31']) expect(scheduledReminders(blank, day)).toEqual([]);
  });

  it('is over as soon as anything is entered', () => {
    expect(isBlank({ ...blank, path: 'non-eu' })).toBe(false);
    expect(isBlank({ ...blank, numbers: provisional })).toBe(false);
    expect(isBlank({ ...blank, careSheets: [{ id: 'a', day: '2026-10-01', kind: 'dentist', paidCents: 100 }] })).toBe(false);
    expect(isBlank({ ...blank, reminders: { 'send-care-sheets': { doneOn: '2026-10-01' } } })).toBe(false);
  });
});

describe('before registering', () => {
  it('asks for missing documents two weeks before studies start', () => {
    const state = input({ answers: { coverStartDate: '2026-09-15' } });
    expect(ids(state, '2026-08-31')).not.toContain('prepare-documents');
    expect(ids(state, '2026-09-01')).toContain('prepare-documents');
    expect(ids(input({ answers: { coverStartDate: '2026-09-15' }, documents: allDocuments }), '2026-09-01')).not.toContain(
      'prepare-documents',
    );
  });

  it('asks for missing documents at once when the start date is unknown', () => {
    expect(ids(input(), '2026-07-01')).toEqual(['prepare-documents']);
  });

  it('says to register once studies have started, until registration is done', () => {
    const state = input({ answers: { coverStartDate: '2026-09-15' }, documents: allDocuments });
    expect(ids(state, '2026-09-14')).toEqual([]);
    expect(ids(state, '2026-09-15')).toEqual(['register-online']);
    expect(ids({ ...state, steps: { 'upload-documents': '2026-09-16' } }, '2026-09-20')).toEqual([]);
  });

  it('says to register as soon as the documents are ready when the start date is unknown', () => {
    expect(ids(input({ documents: allDocuments }), '2026-09-14')).toEqual(['register-online']);
  });

  it('has nothing to say to students who do not register online', () => {
    expect(ids(input({ path: 'eu', answers: { coverStartDate: '2026-09-15' } }), '2026-10-01')).toEqual([]);
  });
});

describe('waiting for the definitive number', () => {
  const state = input({ numbers: provisional, documents: allDocuments });

  it('suggests checking the documents were accepted three weeks after the provisional number, once', () => {
    expect(ids(state, '2026-10-10')).toEqual([]);
    expect(ids(state, '2026-10-11')).toEqual(['documents-review']);
    expect(ids({ ...state, reminders: { 'documents-review': { doneOn: '2026-10-11' } } }, '2027-06-01')).not.toContain(
      'documents-review',
    );
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
    const both = input({ numbers: { provisional: { value: '295109912611193', enteredOn: '2026-11-10' } }, steps: { 'provisional-attestation': '2026-09-20' } });
    expect(scheduledReminders(both, '2026-09-21').find((r) => r.id === 'definitive-number')?.dueOn).toBe('2026-11-15');
  });

  it('stops once the definitive number is there', () => {
    expect(ids(input({ numbers: definitive }), '2027-01-10')).toEqual([]);
  });

  it('comes back after a snooze', () => {
    const snoozed = { ...state, reminders: { 'definitive-number': { snoozedUntil: '2026-11-22' } } };
    expect(ids(snoozed, '2026-11-21')).not.toContain('definitive-number');
    expect(ids(snoozed, '2026-11-22')).toContain('definitive-number');
  });
});

describe('after the definitive number', () => {
  const state = input({ numbers: definitive });

  it('suggests the ameli account ten days later, then the doctor two weeks later', () => {
    expect(ids(state, '2027-01-19')).toEqual([]);
    expect(ids(state, '2027-01-20')).toEqual(['ameli-account']);
    expect(ids(state, '2027-01-24')).toEqual(['ameli-account', 'referring-doctor']);
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

  it('names the task that Done completes', () => {
    expect(dueReminders(state, '2027-01-20')[0]).toMatchObject({ id: 'ameli-account', completes: 'ameliAccount', screen: 'after' });
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
    const state = input({ path: 'eu', careSheets: [sheet('a', '2026-10-05'), sheet('b', '2026-10-01'), sheet('c', '2026-09-01', '2026-09-03')] });
    expect(ids(state, '2026-10-07')).toEqual([]);
    expect(dueReminders(state, '2026-10-08')).toEqual([
      { id: 'send-care-sheets', dueOn: '2026-10-08', screen: 'care-sheets', repeatEveryDays: 7, count: 2 },
    ]);
  });
});

describe('scheduling', () => {
  it('lists upcoming reminders with their day, soonest first, for the calendar', () => {
    const state = input({ numbers: provisional, documents: allDocuments });
    expect(scheduledReminders(state, '2026-09-21').map((r) => [r.id, r.dueOn])).toEqual([
      ['documents-review', '2026-10-11'],
      ['definitive-number', '2026-11-15'],
    ]);
  });
});
