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

/** The first step in the site's order that is not done yet, or null when all six are. */
export function nextStep(done: StepsDone): StepId | null {
  return STEPS.find((step) => !isDay(done[step])) ?? null;
}

export function countDone(done: StepsDone): number {
  return STEPS.filter((step) => isDay(done[step])).length;
}
