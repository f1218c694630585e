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

// Creating a date formatter costs far more than using one: one per locale, kept for the session.
const dayFormats = new Map<string, Intl.DateTimeFormat>();

/** The earliest of the days given that are days, or null. `YYYY-MM-DD` strings sort as the days they name. */
export function earliestDay(...days: (Day | null | undefined)[]): Day | null {
  return days.filter((day): day is Day => isDay(day)).sort()[0] ?? null;
}

/** The latest of the days given that are days, or null. */
export function latestDay(...days: (Day | null | undefined)[]): Day | null {
  return (
    days
      .filter((day): day is Day => isDay(day))
      .sort()
      .at(-1) ?? null
  );
}

/** A day written for people, in their language and region, e.g. "26 November 2026" (en-GB), "November 26, 2026" (en-US). */
export function formatDay(day: Day, locale: string): string {
  let format = dayFormats.get(locale);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' });
    dayFormats.set(locale, format);
  }
  return format.format(toUtc(day));
}

/**
 * The locale days are written in: the first of the phone's languages (most preferred first) that is the app's
 * language, so English on an en-GB phone writes "5 October 2026" and on an en-US phone "October 5, 2026";
 * when none is, the app's language alone.
 */
export function dayLocale(appLanguage: string, phoneLanguages: readonly string[]): string {
  for (const tag of phoneLanguages) {
    if (tag.toLowerCase().split('-')[0] !== appLanguage.toLowerCase()) continue;
    try {
      return Intl.getCanonicalLocales(tag)[0] ?? appLanguage;
    } catch {
      // Not a valid language tag: try the next one.
    }
  }
  return appLanguage;
}
