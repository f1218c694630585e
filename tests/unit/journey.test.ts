import { describe, expect, it } from 'vitest';
import { countReady, DOCUMENTS, missingDocuments } from '../../src/domain/documents';
import { summarizeJourney } from '../../src/domain/journey';
import { isPathId, registersOnline } from '../../src/domain/paths';
import { countDone, nextStep, STEPS } from '../../src/domain/steps';

const day = '2026-09-10';
const allDocuments = Object.fromEntries(DOCUMENTS.map((d) => [d, day]));

describe('paths', () => {
  it('sends only students from outside the EU through the six online steps', () => {
    expect(registersOnline('non-eu')).toBe(true);
    expect(registersOnline('eu')).toBe(false);
    expect(registersOnline('quebec')).toBe(false);
    expect(registersOnline('andorra')).toBe(false);
  });

  it('knows the four paths and nothing else', () => {
    expect(['non-eu', 'eu', 'quebec', 'andorra'].every(isPathId)).toBe(true);
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

describe('documents', () => {
  it('count ready documents and list the missing ones in site order', () => {
    expect(countReady({ visa: day, identity: day })).toBe(2);
    expect(missingDocuments({ visa: day, identity: day })).toEqual([
      'enrolment',
      'vital-record',
      'residence-permit',
      'bank-details',
    ]);
  });
});

describe('what is next', () => {
  it('is the guide for students who do not register online', () => {
    const summary = summarizeJourney({ path: 'eu', steps: {}, documents: {}, afterTasks: {} });
    expect(summary.next).toEqual({ kind: 'read-guide', path: 'eu' });
  });

  it('is the first step to do, with counts for the home screen', () => {
    const summary = summarizeJourney({ path: 'non-eu', steps: { connect: day }, documents: { visa: day }, afterTasks: {} });
    expect(summary).toMatchObject({ stepsDone: 1, stepsTotal: 6, documentsReady: 1, documentsTotal: 6 });
    expect(summary.next).toEqual({ kind: 'step', step: 'circumstances' });
  });

  it('asks for the missing documents before the upload step', () => {
    const steps = { connect: day, circumstances: day, 'personal-information': day };
    const summary = summarizeJourney({ path: 'non-eu', steps, documents: { visa: day }, afterTasks: {} });
    expect(summary.next).toMatchObject({ kind: 'prepare-documents' });
    expect(summary.next.kind === 'prepare-documents' && summary.next.missing).toHaveLength(5);
    const ready = summarizeJourney({ path: 'non-eu', steps, documents: allDocuments, afterTasks: {} });
    expect(ready.next).toEqual({ kind: 'step', step: 'upload-documents' });
  });

  it('is the after-tasks once the definitive number is there, then nothing', () => {
    const steps = { 'definitive-attestation': day };
    expect(summarizeJourney({ path: 'non-eu', steps, documents: {}, afterTasks: {} }).next).toEqual({ kind: 'after-tasks' });
    const afterTasks = { ameliAccount: day, cardOrdered: day, cardReceived: day, referringDoctor: day };
    expect(summarizeJourney({ path: 'non-eu', steps, documents: {}, afterTasks }).next).toEqual({ kind: 'all-done' });
  });
});
