import { dayOf, type Day } from '../domain/dates';

/** The shell's one reading of the clock; the domain never reads it. */
export function today(): Day {
  return dayOf(new Date());
}
