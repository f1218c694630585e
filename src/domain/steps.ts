import { isDay, type Day } from './dates';

/** The six steps on etudiant-etranger.ameli.fr, in the order the site asks them (seed, domain.md §2). */
export const STEPS = [
  'connect',
  'circumstances',
  'personal-information',
  'upload-documents',
  'provisional-attestation',
  'definitive-attestation',
] as const;
export type StepId = (typeof STEPS)[number];

/** The day each finished step was ticked. */
export type StepsDone = Partial<Record<StepId, Day>>;

export function isStepId(value: unknown): value is StepId {
  return typeof value === 'string' && (STEPS as readonly string[]).includes(value);
}

/**
 * The step to do next: the first one not done after the furthest one done (a student who has their
 * definitive number did the earlier steps, ticked or not). Null once step 6 is done.
 */
export function nextStep(done: StepsDone): StepId | null {
  const furthest = STEPS.findLastIndex((step) => isDay(done[step]));
  return STEPS.slice(furthest + 1).find((step) => !isDay(done[step])) ?? null;
}

export function countDone(done: StepsDone): number {
  return STEPS.filter((step) => isDay(done[step])).length;
}
