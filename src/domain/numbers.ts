import { isDay, type Day } from './dates';
import type { StepsDone } from './steps';

/** A number as the student entered it, compact, with the day it was entered. */
export interface SavedNumber {
  value: string;
  enteredOn: Day;
}

export interface Numbers {
  provisional?: SavedNumber;
  definitive?: SavedNumber;
}

export const NUMBER_KINDS = ['provisional', 'definitive'] as const;
export type NumberKind = (typeof NUMBER_KINDS)[number];

/** A number as stored: 13 or 15 characters, digits or the Corsican 2A/2B. */
export function isSavedNumber(value: unknown): value is SavedNumber {
  if (typeof value !== 'object' || value === null) return false;
  const { value: number, enteredOn } = value as Record<string, unknown>;
  return typeof number === 'string' && /^[0-9AB]{13}([0-9]{2})?$/.test(number) && isDay(enteredOn);
}

/** The definitive number has come: typed in, or its attestation ticked as received (step 6). */
export function hasDefinitiveNumber(saved: { numbers: Numbers; steps: StepsDone }): boolean {
  return saved.numbers.definitive !== undefined || isDay(saved.steps['definitive-attestation']);
}

/** The ameli account login is the first 13 characters of the definitive number (domain.md §4). */
export function ameliLogin(definitive: string): string {
  return definitive.slice(0, 13);
}

/** Shows only the last four characters, grouped like the rest: "• •• •• •• ••• •11 93". */
export function maskNumber(grouped: string): string {
  let visible = 4;
  return grouped
    .split('')
    .reverse()
    .map((char) => {
      if (char === ' ') return char;
      if (visible > 0) {
        visible -= 1;
        return char;
      }
      return '•';
    })
    .reverse()
    .join('');
}
