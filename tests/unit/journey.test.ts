import { describe, expect, it } from 'vitest';
import type { AfterTasksDone } from '../../src/domain/after-tasks';
import {
  asksForVisa,
  canFollow,
  countReady,
  documentNameKey,
  documentsFor,
  isUnder16,
  missingDocuments,
  missingToRegister,
  translationRule,
  type DocumentId,
  type DocumentsReady,
} from '../../src/domain/documents';
import {
  isBeforeArrival,
  isWaitingForDefinitive,
  journeyStages,
  nextAction,
  showsComplementaryCover,
  type JourneyInput,
} from '../../src/domain/journey';
import { afterTasksFor, isAffiliated, isPathId, PATHS, registersOnline, type PathId } from '../../src/domain/paths';
import { countDone, nextStep, STEPS } from '../../src/domain/steps';

const day = '2026-09-10';
const today = '2026-09-20';
const ready = (...documents: DocumentId[]): DocumentsReady => Object.fromEntries(documents.map((d) => [d, day]));
const SIX: DocumentId[] = ['enrolment', 'identity', 'visa', 'vital-record', 'residence-permit', 'bank-details'];
const allAfter: AfterTasksDone = { ameliAccount: day, cardOrdered: day, cardReceived: day, referringDoctor: day };
const provisional = { provisional: { value: '295109912611193', enteredOn: day } };
const definitive = { ...provisional, definitive: { value: '295109912611193', enteredOn: '2027-01-10' } };

function input(overrides: Partial<JourneyInput> = {}): JourneyInput {
  return {
    path: 'non-eu',
    steps: {},
    documents: {},
    answers: {},
    numbers: {},
    afterTasks: {},
    dismissed: {},
    arrivedOn: '2026-09-01',
    ...overrides,
  };
}

describe('paths', () => {
  it('send every student who registers online through the six steps, and the others to their guide', () => {
    expect(PATHS.filter(registersOnline)).toEqual(['non-eu', 'eu-no-card', 'eu-s1', 'french-abroad']);
    expect(PATHS.filter(isAffiliated)).toEqual(['non-eu', 'eu-no-card', 'eu-s1', 'french-abroad', 'quebec']);
  });

  it('give Québec students the referring doctor but not the ameli account or the card', () => {
    expect(afterTasksFor('quebec')).toEqual(['referringDoctor']);
    expect(afterTasksFor('non-eu')).toEqual(['ameliAccount', 'cardOrdered', 'cardReceived', 'referringDoctor']);
    expect(afterTasksFor('monaco')).toEqual([]);
  });

  it('know the eight paths and nothing else', () => {
    expect(PATHS).toHaveLength(8);
    expect(PATHS.every(isPathId)).toBe(true);
    expect(isPathId('uk')).toBe(false);
    expect(isPathId(undefined)).toBe(false);
  });
});

describe('steps', () => {
  it('are six, in the order of the registration site', () => {
    expect(STEPS).toHaveLength(6);
    expect(STEPS[0]).toBe('connect');
    expect(STEPS[5]).toBe('definitive-attestation');
  });

  it('point to the step after the furthest one done (earlier ones were done to get there)', () => {
    expect(nextStep({})).toBe('connect');
    expect(nextStep({ connect: day })).toBe('circumstances');
    expect(nextStep({ connect: day, 'personal-information': day })).toBe('upload-documents');
    expect(nextStep({ 'provisional-attestation': day })).toBe('definitive-attestation');
    expect(nextStep(Object.fromEntries(STEPS.map((s) => [s, day])))).toBeNull();
    expect(nextStep({ 'definitive-attestation': day })).toBeNull();
  });

  it('count only steps with a real day', () => {
    expect(countDone({ connect: day, circumstances: 'yesterday' as string })).toBe(1);
  });
});

describe('documents of each path', () => {
  const listed = (path: PathId, answers = {}) => documentsFor(path, answers, today);

  it('are the six of the seed outside the EU, in the site order', () => {
    expect(listed('non-eu')).toEqual(['enrolment', 'identity', 'visa', 'vital-record', 'residence-permit', 'bank-details']);
  });

  it('never include a visa or a residence permit for European or French students', () => {
    expect(listed('eu-no-card')).toEqual(['enrolment', 'identity', 'resources', 'vital-record', 'bank-details']);
    expect(listed('eu-s1')).toEqual(['enrolment', 'identity', 's1-form', 'vital-record', 'bank-details']);
    expect(listed('french-abroad')).toEqual(['enrolment', 'identity', 'vital-record', 'bank-details']);
  });

  it('are none for students who do not register online', () => {
    for (const path of ['eu', 'monaco', 'quebec', 'andorra'] as const) expect(listed(path)).toEqual([]);
  });

  it('add the parental authorisation for a student under 16 on the start date of studies', () => {
    const young = { birthDate: '2010-10-01', coverStartDate: '2026-09-15' };
    expect(listed('non-eu', young)).toContain('parental-authorisation');
    expect(listed('eu-no-card', young).at(-1)).toBe('parental-authorisation');
    expect(listed('non-eu', { ...young, coverStartDate: '2026-10-01' })).not.toContain('parental-authorisation');
    // Without a start date, today (20 September 2026) is the day looked at.
    expect(listed('non-eu', { birthDate: '2010-09-21' })).toContain('parental-authorisation');
    expect(listed('non-eu', { birthDate: '2010-09-20' })).not.toContain('parental-authorisation');
    expect(listed('non-eu', {})).not.toContain('parental-authorisation');
  });

  it('count 16 years from 29 February as ending on 1 March in a year without it', () => {
    expect(isUnder16('2008-02-29', '2024-02-28')).toBe(true);
    expect(isUnder16('2008-02-29', '2024-02-29')).toBe(false);
    expect(isUnder16('2009-02-28', '2025-02-27')).toBe(true);
    expect(isUnder16('2008-02-29', '2024-03-01')).toBe(false);
    expect(isUnder16('2010-02-29', '2026-01-01')).toBe(false); // not a day: no rule applies
  });

  it('say which ones registering needs and which can follow', () => {
    expect(missingToRegister('non-eu', {})).toEqual([['enrolment'], ['identity'], ['visa', 'residence-permit']]);
    expect(missingToRegister('non-eu', ready('enrolment', 'identity', 'residence-permit'))).toEqual([]);
    expect(missingToRegister('eu-no-card', ready('enrolment', 'identity'))).toEqual([['resources']]);
    expect(missingToRegister('eu', {})).toEqual([]);
    expect(asksForVisa('non-eu')).toBe(true);
    expect(['eu-no-card', 'eu-s1', 'french-abroad', 'eu'].some((path) => asksForVisa(path as PathId))).toBe(false);
    expect(canFollow('non-eu', 'vital-record')).toBe(true);
    expect(canFollow('non-eu', 'bank-details')).toBe(true);
    expect(canFollow('non-eu', 'enrolment')).toBe(false);
  });

  it('ask for a translation of the birth certificate by the rule of the path', () => {
    expect(translationRule('non-eu')).toBe('needed-unless-exempt');
    expect(translationRule('eu-no-card')).toBe('greek-bulgarian-only');
    expect(translationRule('eu-s1')).toBe('greek-bulgarian-only');
    expect(translationRule('french-abroad')).toBe('if-not-french');
    // The seed's name says 'original and translation combined': not shown where no translation is needed.
    expect(documentNameKey('vital-record', 'non-eu')).toBe('documents.vital-record.name');
    expect(documentNameKey('vital-record', 'eu-no-card')).toBe('documents.vital-record.nameNoTranslation');
    expect(documentNameKey('visa', 'non-eu')).toBe('documents.visa.name');
  });

  it('count ready documents of the list only, and list the missing ones in its order', () => {
    const documents = ready('visa', 'identity', 'resources');
    expect(countReady(documents, listed('non-eu'))).toBe(2);
    expect(countReady(documents, listed('eu-no-card'))).toBe(2);
    expect(missingDocuments(documents, listed('non-eu'))).toEqual(['enrolment', 'vital-record', 'residence-permit', 'bank-details']);
  });
});

describe('what is next: the whole decision table', () => {
  const next = (overrides: Partial<JourneyInput>) => nextAction(input(overrides), today);
  const essentials = ready('enrolment', 'identity', 'visa');

  it('is the guide for students who do not register online', () => {
    for (const path of ['eu', 'monaco', 'andorra'] as const) expect(next({ path })).toEqual({ kind: 'read-guide', path });
    expect(next({ path: 'eu', numbers: definitive })).toEqual({ kind: 'read-guide', path: 'eu' });
  });

  it('is the guide for Québec students, then the referring doctor once the CPAM gave them a number', () => {
    expect(next({ path: 'quebec' })).toEqual({ kind: 'read-guide', path: 'quebec' });
    expect(next({ path: 'quebec', numbers: provisional })).toEqual({ kind: 'referring-doctor', waiting: false });
    expect(next({ path: 'quebec', numbers: provisional, afterTasks: { referringDoctor: day } })).toEqual({
      kind: 'read-guide',
      path: 'quebec',
    });
  });

  it('asks only for what registering needs, never for all the documents', () => {
    expect(next({})).toEqual({ kind: 'prepare-to-register', missing: [['enrolment'], ['identity'], ['visa', 'residence-permit']] });
    expect(next({ documents: ready('enrolment', 'identity') })).toEqual({
      kind: 'prepare-to-register',
      missing: [['visa', 'residence-permit']],
    });
    expect(next({ path: 'eu-no-card', documents: ready('enrolment', 'identity') })).toEqual({
      kind: 'prepare-to-register',
      missing: [['resources']],
    });
  });

  it('says to register now with three documents out of six, naming what can follow', () => {
    expect(next({ documents: essentials })).toEqual({
      kind: 'register',
      step: 'connect',
      canFollow: ['vital-record', 'residence-permit', 'bank-details'],
    });
    expect(next({ documents: essentials, steps: { connect: day, circumstances: day } })).toMatchObject({
      kind: 'register',
      step: 'personal-information',
    });
    expect(next({ documents: ready(...SIX), steps: { 'personal-information': day } })).toEqual({
      kind: 'register',
      step: 'upload-documents',
      canFollow: [],
    });
    expect(next({ path: 'french-abroad', documents: ready('enrolment', 'identity') })).toMatchObject({ kind: 'register' });
  });

  it('after registering, asks for the temporary attestation, then to complete the file', () => {
    expect(next({ documents: essentials, steps: { 'upload-documents': day } })).toEqual({
      kind: 'step',
      step: 'provisional-attestation',
    });
    expect(next({ documents: essentials, numbers: provisional })).toEqual({
      kind: 'complete-file',
      missing: ['vital-record', 'residence-permit', 'bank-details'],
    });
  });

  it('while waiting for the definitive number: the referring doctor first, then waiting', () => {
    expect(next({ documents: ready(...SIX), numbers: provisional })).toEqual({ kind: 'referring-doctor', waiting: true });
    expect(next({ documents: ready(...SIX), numbers: provisional, afterTasks: { referringDoctor: day } })).toEqual({
      kind: 'wait-definitive',
    });
  });

  it('then the tasks of the definitive number, the complementary cover, and only then everything done', () => {
    expect(next({ numbers: definitive })).toEqual({ kind: 'after-tasks' });
    expect(next({ numbers: definitive, afterTasks: { referringDoctor: day } })).toEqual({ kind: 'after-tasks' });
    expect(next({ numbers: definitive, afterTasks: allAfter })).toEqual({ kind: 'complementary-cover' });
    expect(next({ numbers: definitive, afterTasks: allAfter, dismissed: { 'complementary-cover': day } })).toEqual({
      kind: 'all-done',
    });
  });

  it('treats step 6 ticked by hand like a saved definitive number', () => {
    expect(next({ steps: { 'definitive-attestation': day } })).toEqual({ kind: 'after-tasks' });
  });
});

describe('before arrival', () => {
  const july = '2026-07-10';
  const notArrived = (overrides: Partial<JourneyInput> = {}) => input({ arrivedOn: null, ...overrides });

  it('lasts until the student says they are in France, registers, or studies start', () => {
    expect(isBeforeArrival(notArrived(), july)).toBe(true);
    expect(isBeforeArrival(notArrived({ answers: { coverStartDate: '2026-09-15' } }), july)).toBe(true);
    expect(isBeforeArrival(notArrived({ answers: { coverStartDate: '2026-09-15' } }), '2026-09-15')).toBe(false);
    expect(isBeforeArrival(input({ arrivedOn: july }), july)).toBe(false);
    expect(isBeforeArrival(notArrived({ numbers: provisional }), july)).toBe(false);
    expect(isBeforeArrival(notArrived({ path: 'eu' }), july)).toBe(false);
    // A step ticked on the registration site, which only works from France, says the student has arrived.
    expect(isBeforeArrival(notArrived({ steps: { connect: july } }), july)).toBe(false);
  });

  it('never sends the student to the registration site, even with everything ready', () => {
    const documents = ready(...SIX);
    expect(nextAction(notArrived({ documents }), july)).toEqual({ kind: 'before-you-leave' });
    expect(nextAction(notArrived(), july)).toEqual({ kind: 'before-you-leave' });
    expect(nextAction(notArrived({ documents, arrivedOn: july }), july)).toMatchObject({ kind: 'register' });
  });
});

describe('while waiting for the definitive number', () => {
  it('is from the provisional number until the definitive one, for online paths', () => {
    expect(isWaitingForDefinitive(input())).toBe(false);
    expect(isWaitingForDefinitive(input({ numbers: provisional }))).toBe(true);
    expect(isWaitingForDefinitive(input({ steps: { 'provisional-attestation': day } }))).toBe(true);
    expect(isWaitingForDefinitive(input({ numbers: definitive }))).toBe(false);
    expect(isWaitingForDefinitive(input({ path: 'quebec', numbers: provisional }))).toBe(false);
  });
});

describe('the complementary cover card', () => {
  it('appears once the student registered online, until put away', () => {
    expect(showsComplementaryCover(input())).toBe(false);
    expect(showsComplementaryCover(input({ numbers: provisional }))).toBe(true);
    expect(showsComplementaryCover(input({ steps: { 'upload-documents': day } }))).toBe(true);
    expect(showsComplementaryCover(input({ numbers: provisional, dismissed: { 'complementary-cover': day } }))).toBe(false);
    expect(showsComplementaryCover(input({ path: 'eu', numbers: provisional }))).toBe(false);
  });
});

describe('the journey at a glance', () => {
  const stages = (overrides: Partial<JourneyInput>) =>
    journeyStages(input(overrides), today).map((stage) => [stage.id, stage.status, stage.day]);

  it('lists every stage of the online path, the first not done being the current one', () => {
    expect(stages({})).toEqual([
      ['documents-to-register', 'current', null],
      ['register', 'later', null],
      ['provisional-number', 'later', null],
      ['all-documents', 'later', null],
      ['definitive-number', 'later', null],
      ['ameli-account', 'later', null],
      ['carte-vitale', 'later', null],
      ['referring-doctor', 'later', null],
    ]);
  });

  it('dates each stage done, and keeps a doctor declared early as done', () => {
    const result = stages({
      documents: { ...ready('enrolment', 'identity'), visa: '2026-09-12' },
      numbers: { provisional: { value: '295109912611193', enteredOn: '2026-09-15' } },
      afterTasks: { referringDoctor: '2026-09-18' },
    });
    expect(result.slice(0, 4)).toEqual([
      ['documents-to-register', 'done', '2026-09-12'],
      ['register', 'done', '2026-09-15'],
      ['provisional-number', 'done', '2026-09-15'],
      ['all-documents', 'current', null],
    ]);
    expect(result.at(-1)).toEqual(['referring-doctor', 'done', '2026-09-18']);
  });

  it('is short for Québec and empty for the paths that keep their own cover', () => {
    expect(stages({ path: 'quebec', numbers: provisional })).toEqual([
      ['quebec-form', 'done', day],
      ['referring-doctor', 'current', null],
    ]);
    expect(stages({ path: 'eu' })).toEqual([]);
    expect(stages({ path: 'monaco' })).toEqual([]);
  });
});
