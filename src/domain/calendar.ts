import { addDays, isDay, type Day } from './dates';

/** One all-day reminder to put in the student's own calendar app. */
export type CalendarEvent = {
  /** Stable across exports (e.g. "care-sheet-2026-11-26@secu-steps"), so re-importing updates the event instead of duplicating it. */
  uid: string;
  day: Day;
  title: string;
  description: string;
  /** 0 = alarm at 09:00 on the day itself; n ≥ 1 = alarm at 09:00, n days before. */
  alarmDaysBefore: number;
};

export type CalendarOptions = { now: Date; productId: string; calendarName: string };

const CRLF = '\r\n';
const MAX_LINE_OCTETS = 75;

/** Escapes a TEXT value (RFC 5545 §3.3.11); other control characters are not allowed in TEXT, so they are dropped. */
function escapeText(text: string): string {
  return (
    text
      .replace(/\\/g, '\\\\')
      .replace(/;/g, '\\;')
      .replace(/,/g, '\\,')
      .replace(/\r\n|\r|\n/g, '\\n')
      // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what RFC 5545 text must not hold
      .replace(/[\u0000-\u0008\u000A-\u001F\u007F]/g, '')
  );
}

/** UTF-8 length of one code point; a lone surrogate counts 3, as it is encoded as U+FFFD. */
function utf8Length(char: string): number {
  const code = char.codePointAt(0) ?? 0;
  if (code < 0x80) return 1;
  if (code < 0x800) return 2;
  return code < 0x10000 ? 3 : 4;
}

/** Folds a content line into physical lines of at most 75 octets (RFC 5545 §3.1), cutting only between code points. */
function fold(line: string): string {
  const lines: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = utf8Length(char);
    if (octets + size > MAX_LINE_OCTETS) {
      lines.push(current);
      // The leading space of a continuation line counts towards its 75 octets.
      current = ' ';
      octets = 1;
    }
    current += char;
    octets += size;
  }
  lines.push(current);
  return lines.join(CRLF);
}

function compactDay(day: Day): string {
  return day.replace(/-/g, '');
}

/** DTSTAMP is a UTC date-time: YYYYMMDDTHHMMSSZ. */
function utcStamp(now: Date): string {
  return now
    .toISOString()
    .replace(/\.\d{3}/, '')
    .replace(/[-:]/g, '');
}

/**
 * The alarm trigger, relative to the start of the all-day event (00:00 local time on the day).
 * Always 09:00 local time, never midnight: PT9H on the day itself, -PT15H the day before, -P{n-1}DT15H n days before
 * (what Apple Calendar writes for its own "at 9:00" all-day alarms).
 */
function trigger(daysBefore: number): string {
  if (!Number.isInteger(daysBefore) || daysBefore < 0) throw new RangeError(`alarmDaysBefore must be a whole number ≥ 0: ${daysBefore}`);
  if (daysBefore === 0) return 'PT9H';
  return daysBefore === 1 ? '-PT15H' : `-P${daysBefore - 1}DT15H`;
}

function eventLines(event: CalendarEvent, stamp: string): string[] {
  if (!isDay(event.day)) throw new RangeError(`Not a day (YYYY-MM-DD): ${event.day}`);
  return [
    'BEGIN:VEVENT',
    `UID:${escapeText(event.uid)}`,
    `DTSTAMP:${stamp}`,
    `DTSTART;VALUE=DATE:${compactDay(event.day)}`,
    // Outlook rejects all-day events without DTEND; it is exclusive, so the next day.
    `DTEND;VALUE=DATE:${compactDay(addDays(event.day, 1))}`,
    `SUMMARY:${escapeText(event.title)}`,
    `DESCRIPTION:${escapeText(event.description)}`,
    // A reminder should not make the student look busy all day.
    'TRANSP:TRANSPARENT',
    'BEGIN:VALARM',
    'ACTION:DISPLAY',
    `DESCRIPTION:${escapeText(event.title)}`,
    `TRIGGER:${trigger(event.alarmDaysBefore)}`,
    'END:VALARM',
    'END:VEVENT',
  ];
}

/**
 * An RFC 5545 calendar (.ics text, CRLF line ends, folded at 75 octets) with one all-day event and alarm per reminder.
 * Throws on a duplicate uid, a malformed day or a negative alarm. With no events it holds no VEVENT, which RFC 5545
 * does not strictly allow: callers should not offer an empty export.
 */
export function buildCalendar(events: readonly CalendarEvent[], options: CalendarOptions): string {
  const uids = new Set(events.map((event) => event.uid));
  // Two VEVENTs with one UID would make calendar apps keep only one of them, or reject the file.
  if (uids.size !== events.length) throw new Error('buildCalendar: duplicate event uid');
  const stamp = utcStamp(options.now);
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    `PRODID:${escapeText(options.productId)}`,
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeText(options.calendarName)}`,
    ...events.flatMap((event) => eventLines(event, stamp)),
    'END:VCALENDAR',
  ];
  return lines.map((line) => fold(line) + CRLF).join('');
}

/** The download name of the reminders file, dated so several exports do not overwrite each other. */
export function calendarFileName(day: Day): string {
  if (!isDay(day)) throw new RangeError(`Not a day (YYYY-MM-DD): ${day}`);
  return `secu-steps-reminders-${day}.ics`;
}
