import type { Day } from './dates';
import { isAffiliated, registersOnline, type PathId } from './paths';
import { hasDefinitive, registeredSince, type RegistrationFacts } from './progress';

// "Show this screen": cards written in French, to turn towards a pharmacist, a doctor or a CPAM agent.

export const SHOW_CARDS = ['pharmacy', 'doctor', 'cpam'] as const;
export type ShowCardId = (typeof SHOW_CARDS)[number];

export function isShowCard(value: string): value is ShowCardId {
  return (SHOW_CARDS as readonly string[]).includes(value);
}

/**
 * The cards a student's path has use for: everyone may pay a visit and need a paper care sheet; a referring
 * doctor is for those affiliated to a CPAM; the counter card is about the online registration.
 */
export function showCardsFor(path: PathId): ShowCardId[] {
  return SHOW_CARDS.filter((card) => card === 'pharmacy' || (card === 'doctor' ? isAffiliated(path) : registersOnline(path)));
}

/** What the cards fill in from the student's data: the number to show, and the day they registered online. */
export interface CardFacts {
  /** The definitive number once there is one, else the provisional one; null while neither is saved. */
  readonly number: { readonly value: string; readonly kind: 'provisional' | 'definitive' } | null;
  /** The provisional number alone, for the CPAM counter card. */
  readonly provisional: string | null;
  readonly registeredOn: Day | null;
  readonly hasDefinitive: boolean;
}

export function cardFacts(facts: RegistrationFacts): CardFacts {
  const { provisional, definitive } = facts.numbers;
  return {
    number: definitive
      ? { value: definitive.value, kind: 'definitive' }
      : provisional
        ? { value: provisional.value, kind: 'provisional' }
        : null,
    provisional: provisional?.value ?? null,
    registeredOn: registeredSince(facts),
    hasDefinitive: hasDefinitive(facts),
  };
}
