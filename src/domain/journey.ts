import { AFTER_TASKS, type AfterTasksDone } from './after-tasks';
import { isDay } from './dates';
import { countReady, DOCUMENTS, missingDocuments, type DocumentId, type DocumentsReady } from './documents';
import { registersOnline, type PathId } from './paths';
import { countDone, nextStep, STEPS, type StepId, type StepsDone } from './steps';

export interface JourneyInput {
  path: PathId;
  steps: StepsDone;
  documents: DocumentsReady;
  afterTasks: AfterTasksDone;
}

/** What the home screen says comes next. */
export type NextAction =
  | { kind: 'read-guide'; path: PathId }
  | { kind: 'prepare-documents'; missing: DocumentId[] }
  | { kind: 'step'; step: StepId }
  | { kind: 'after-tasks' }
  | { kind: 'all-done' };

export interface JourneySummary {
  stepsDone: number;
  stepsTotal: number;
  documentsReady: number;
  documentsTotal: number;
  next: NextAction;
}

/** Where the student is and what is next. Documents come before the upload step, since step 4 needs all six. */
export function summarizeJourney({ path, steps, documents, afterTasks }: JourneyInput): JourneySummary {
  const summary = {
    stepsDone: countDone(steps),
    stepsTotal: STEPS.length,
    documentsReady: countReady(documents),
    documentsTotal: DOCUMENTS.length,
  };
  if (!registersOnline(path)) return { ...summary, next: { kind: 'read-guide', path } };
  const step = nextStep(steps);
  if (step === null) {
    const afterDone = AFTER_TASKS.every((task) => isDay(afterTasks[task]));
    return { ...summary, next: afterDone ? { kind: 'all-done' } : { kind: 'after-tasks' } };
  }
  const missing = missingDocuments(documents);
  if (step === 'upload-documents' && missing.length > 0) {
    return { ...summary, next: { kind: 'prepare-documents', missing } };
  }
  return { ...summary, next: { kind: 'step', step } };
}
