import { earliestDay, type Day } from './dates';
import type { Numbers } from './numbers';
import type { StepsDone } from './steps';

/** What the student has done on the registration site, as far as the app knows. */
export interface RegistrationFacts {
  steps: StepsDone;
  numbers: Numbers;
}

/** The day the provisional number came: typed in the app, or step 5 ticked, whichever was first. */
export function provisionalSince({ numbers, steps }: RegistrationFacts): Day | null {
  return earliestDay(numbers.provisional?.enteredOn, steps['provisional-attestation']);
}

/** The day the definitive number came: typed in the app, or step 6 ticked, whichever was first. */
export function definitiveSince({ numbers, steps }: RegistrationFacts): Day | null {
  return earliestDay(numbers.definitive?.enteredOn, steps['definitive-attestation']);
}

export function hasDefinitive(facts: RegistrationFacts): boolean {
  return definitiveSince(facts) !== null;
}

/** The day the student registered online (uploaded, or got a number), or null while they have not. */
export function registeredSince(facts: RegistrationFacts): Day | null {
  return earliestDay(facts.steps['upload-documents'], provisionalSince(facts), definitiveSince(facts));
}
