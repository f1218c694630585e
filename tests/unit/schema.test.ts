import { describe, expect, it } from 'vitest';
import stateV1 from '../fixtures/state-v1.json';
import stateV2 from '../fixtures/state-v2.json';
import { readStoredValue } from '../../src/store/load';
import { CURRENT_VERSION, migrate } from '../../src/store/migrations';
import { initialSavedState, SAVED_KEYS, validateSavedState } from '../../src/store/schema';

const valid = {
  path: 'non-eu',
  steps: { connect: '2026-09-02' },
  documents: { visa: '2026-09-01', 'bank-details': '2026-09-03' },
  documentChecks: { 'vital-record': ['parents-names', 'one-file'], enrolment: ['current-year'] },
  answers: { surname: 'Nguyen', coverStartDate: '2026-09-01' },
  language: 'fr',
  numbers: { provisional: { value: '295109912611193', enteredOn: '2026-09-20' } },
  afterTasks: {},
  careSheets: [{ id: 'a1', day: '2026-09-25', kind: 'general-practitioner', paidCents: 3000 }],
  reminders: { 'documents-review': { doneOn: '2026-10-12' } },
  notifications: { enabled: true, lastShownOn: '2026-10-12' },
  dismissed: { 'complementary-cover': '2026-10-12' },
  arrivedOn: '2026-08-30',
  cardEndsOn: null,
  backup: { exportedOn: '2026-10-12', fingerprint: '0a1b2c3d' },
};

describe('validating saved data', () => {
  it('knows every saved field, and the fresh state has them all', () => {
    expect([...SAVED_KEYS].sort()).toEqual(Object.keys(valid).sort());
    expect(Object.keys(initialSavedState()).sort()).toEqual([...SAVED_KEYS].sort());
  });

  it('accepts a well-formed state and rebuilds it', () => {
    const result = validateSavedState(valid);
    expect(result).toEqual({ ok: true, state: valid });
  });

  it('rejects wrong types, unknown keys and impossible days', () => {
    const cases: unknown[] = [
      null,
      [],
      'state',
      { ...valid, path: 'mars' },
      { ...valid, steps: { connect: '2026-02-30' } },
      { ...valid, steps: { fly: '2026-09-01' } },
      { ...valid, documents: ['visa'] },
      { ...valid, answers: { surname: 7 } },
      { ...valid, answers: { birthDate: 'yesterday' } },
      { ...valid, extra: 1 },
      { ...valid, numbers: { provisional: { value: '12345', enteredOn: '2026-09-20' } } },
      { ...valid, numbers: { definitive: '295109912611193' } },
      { ...valid, careSheets: [{ id: 'a1', day: '2026-09-25', kind: 'massage', paidCents: 3000 }] },
      { ...valid, careSheets: [{ id: 'a1', day: '2026-09-25', kind: 'dentist', paidCents: -5 }] },
      { ...valid, careSheets: [{ id: 'a1', day: '2026-09-25', kind: 'dentist', paidCents: 10, sentOn: '2026-09-01' }] },
      { ...valid, careSheets: 'none' },
      { ...valid, reminders: { 'walk-the-dog': { doneOn: '2026-10-12' } } },
      { ...valid, reminders: { 'documents-review': { doneOn: 'soon' } } },
      { ...valid, notifications: { enabled: 'yes', lastShownOn: null } },
      { ...valid, dismissed: { 'the-news': '2026-10-12' } },
      { ...valid, dismissed: { 'complementary-cover': true } },
      { ...valid, arrivedOn: 'yesterday' },
      { ...valid, cardEndsOn: '2027-02-30' },
      { ...valid, backup: { exportedOn: '2026-10-12' } },
      { ...valid, documentChecks: { 'vital-record': ['not-a-point'] } },
      { ...valid, documentChecks: { 'vital-record': ['one-file', 'one-file'] } },
      { ...valid, documentChecks: { passport: ['all-pages'] } },
      { ...valid, documentChecks: { identity: 'all-pages' } },
      { ...valid, documentChecks: { enrolment: ['parents-names'] } },
      { ...valid, backup: { exportedOn: '2026-10-12', fingerprint: 'not hex!' } },
      { ...valid, numbers: { provisional: { value: '295109912611193', enteredOn: '2026-09-20', asWritten: false } } },
      { ...valid, numbers: { provisional: { value: '295109912611193', enteredOn: '2026-09-20', checked: true } } },
      JSON.parse(JSON.stringify(valid).replace('{"path"', '{"__proto__":{"x":1},"path"')),
    ];
    for (const value of cases) expect(validateSavedState(value).ok).toBe(false);
  });

  it('keeps a number saved as written, and the documents of every path', () => {
    const state = {
      ...valid,
      numbers: { definitive: { value: '295109912611194', enteredOn: '2027-01-10', asWritten: true } },
      documents: { resources: '2026-09-01', 's1-form': '2026-09-01', 'parental-authorisation': '2026-09-01' },
      path: 'eu-no-card',
    };
    expect(validateSavedState(state)).toEqual({ ok: true, state });
  });

  it('accepts the initial state', () => {
    expect(validateSavedState(initialSavedState()).ok).toBe(true);
  });
});

describe('reading what storage holds', () => {
  it('starts fresh when nothing is stored', () => {
    expect(readStoredValue(undefined)).toEqual({ state: initialSavedState(), outcome: { kind: 'fresh' } });
  });

  it('loads the current version', () => {
    expect(readStoredValue({ state: valid, version: CURRENT_VERSION })).toEqual({
      state: valid,
      outcome: { kind: 'loaded' },
    });
  });

  it('reports damage instead of throwing', () => {
    expect(readStoredValue('garbage').outcome).toEqual({ kind: 'damaged', reason: 'unreadable' });
    expect(readStoredValue({ state: valid }).outcome).toEqual({ kind: 'damaged', reason: 'unreadable' });
    expect(readStoredValue({ state: valid, version: 0 }).outcome).toEqual({ kind: 'damaged', reason: 'unreadable' });
    expect(readStoredValue({ state: valid, version: CURRENT_VERSION + 1 }).outcome).toEqual({
      kind: 'damaged',
      reason: 'newer',
    });
  });

  it('refuses to migrate from a version that never existed or from the future', () => {
    expect(migrate(valid, 0)).toEqual({ ok: false, reason: 'unknown-version' });
    expect(migrate(valid, 1.5)).toEqual({ ok: false, reason: 'unknown-version' });
    expect(migrate(valid, CURRENT_VERSION + 1)).toEqual({ ok: false, reason: 'newer' });
  });
});

describe('migrations', () => {
  it('brings a first-release state to the current version, keeping every tick and answer', () => {
    const { state, outcome } = readStoredValue(stateV1);
    expect(outcome).toEqual({ kind: 'migrated', fromVersion: 1 });
    expect(state).toEqual({
      ...stateV1.state,
      numbers: {},
      afterTasks: {},
      careSheets: [],
      reminders: {},
      notifications: { enabled: false, lastShownOn: null },
      dismissed: {},
      arrivedOn: null,
      cardEndsOn: null,
      backup: null,
      documentChecks: {},
    });
  });

  it('brings a version 2 state to version 3 with every value kept, nothing dismissed and no document point ticked yet', () => {
    const { state, outcome } = readStoredValue(stateV2);
    expect(outcome).toEqual({ kind: 'migrated', fromVersion: 2 });
    expect(state).toEqual({ ...stateV2.state, dismissed: {}, arrivedOn: null, cardEndsOn: null, backup: null, documentChecks: {} });
    expect(CURRENT_VERSION).toBe(3);
  });
});
