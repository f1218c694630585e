/** A calendar day as `YYYY-MM-DD`. Days never pass through a Date at local midnight, so no time zone can shift them. */
export type Day = string;

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Days the app deals in: births from 1900, deadlines a few years ahead. Far-off years break date formatting. */
export const FIRST_YEAR = 1900;
export const LAST_YEAR = 2199;

/** True when `value` is a real calendar day written `YYYY-MM-DD`, between 1900 and 2199. */
export function isDay(value: unknown): value is Day {
  if (typeof value !== 'string') return false;
  const match = DAY.exec(value);
  if (!match) return false;
  const [, y, m, d] = match.map(Number) as [number, number, number, number];
  if (y < FIRST_YEAR || y > LAST_YEAR) return false;
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

/** The day a clock reading falls on where the student is (the device's time zone). */
export function dayOf(instant: Date): Day {
  const y = instant.getFullYear();
  const m = String(instant.getMonth() + 1).padStart(2, '0');
  const d = String(instant.getDate()).padStart(2, '0');
  return `${String(y).padStart(4, '0')}-${m}-${d}`;
}

function toUtc(day: Day): Date {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d));
}

/** `day` moved by `count` days (negative goes back). */
export function addDays(day: Day, count: number): Day {
  const date = toUtc(day);
  date.setUTCDate(date.getUTCDate() + count);
  return date.toISOString().slice(0, 10);
}

/** A day written for people, in their language, e.g. "26 November 2026". */
export function formatDay(day: Day, locale: string): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(toUtc(day));
}
