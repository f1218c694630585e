import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { buildCalendar, calendarFileName, type CalendarEvent } from '../../src/domain/calendar';

const OPTIONS = { now: new Date('2026-09-15T14:03:09.456Z'), productId: '-//Secu Steps//Reminders 1.0//EN', calendarName: 'Sécu Steps' };

const EVENTS: readonly CalendarEvent[] = [
  {
    uid: 'upload-documents@secu-steps',
    day: '2026-09-20',
    title: 'Upload your documents on etudiant-etranger.ameli.fr',
    description: 'Enrolment certificate, passport, visa, birth certificate + translation, residence permit, RIB.',
    alarmDaysBefore: 0,
  },
  {
    uid: 'care-sheets@secu-steps',
    day: '2026-12-31',
    title: 'Send your care sheets',
    description: 'To the CPAM of your residence.',
    alarmDaysBefore: 1,
  },
  {
    uid: 'leap-day@secu-steps',
    day: '2028-02-28',
    title: 'Check your number',
    description: 'ameli.fr',
    alarmDaysBefore: 3,
  },
];

const LONG_TEXT = [
  'Envoyez la feuille de soins à la CPAM de votre lieu de résidence, avec l’ordonnance ; gardez-en une copie.',
  'أرسل ورقة العلاج إلى صندوق التأمين الصحي في مكان إقامتك، واحتفظ بنسخة منها.',
  '把护理单寄给您居住地的医疗保险机构，并保留一份副本。',
  'Emoji: 🩺📄✅🇫🇷👩🏽‍🎓 done',
].join('\n');

function parse(text: string): ICAL.Component {
  return new ICAL.Component(ICAL.parse(text));
}

function events(text: string): ICAL.Component[] {
  return parse(text).getAllSubcomponents('vevent');
}

/** The physical lines, without their CRLF (the text ends with one, so the last piece is empty). */
function physicalLines(text: string): string[] {
  const pieces = text.split('\r\n');
  expect(pieces.at(-1)).toBe('');
  return pieces.slice(0, -1);
}

describe('buildCalendar', () => {
  it('writes the calendar properties ical.js reads back', () => {
    const calendar = parse(buildCalendar(EVENTS, OPTIONS));
    expect(calendar.name).toBe('vcalendar');
    expect(calendar.getFirstPropertyValue('version')).toBe('2.0');
    expect(calendar.getFirstPropertyValue('prodid')).toBe(OPTIONS.productId);
    expect(calendar.getFirstPropertyValue('calscale')).toBe('GREGORIAN');
    expect(calendar.getFirstPropertyValue('method')).toBe('PUBLISH');
    expect(calendar.getFirstPropertyValue('x-wr-calname')).toBe('Sécu Steps');
  });

  it('writes one all-day event per reminder, ending the next day', () => {
    const vevents = events(buildCalendar(EVENTS, OPTIONS));
    expect(vevents).toHaveLength(3);
    const read = vevents.map((vevent) => {
      const event = new ICAL.Event(vevent);
      expect(event.startDate.isDate).toBe(true);
      expect(event.endDate.isDate).toBe(true);
      return [event.uid, event.startDate.toString(), event.endDate.toString(), event.summary, event.description];
    });
    expect(read).toEqual([
      ['upload-documents@secu-steps', '2026-09-20', '2026-09-21', EVENTS[0]?.title, EVENTS[0]?.description],
      // Year and month boundaries, and 28 February of a leap year.
      ['care-sheets@secu-steps', '2026-12-31', '2027-01-01', 'Send your care sheets', 'To the CPAM of your residence.'],
      ['leap-day@secu-steps', '2028-02-28', '2028-02-29', 'Check your number', 'ameli.fr'],
    ]);
  });

  it('writes the raw date lines RFC 5545 and Outlook expect', () => {
    const text = buildCalendar(EVENTS.slice(0, 1), OPTIONS);
    expect(text).toContain('\r\nDTSTART;VALUE=DATE:20260920\r\n');
    expect(text).toContain('\r\nDTEND;VALUE=DATE:20260921\r\n');
    expect(text).toContain('\r\nTRANSP:TRANSPARENT\r\n');
    expect(text.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\n')).toBe(true);
    expect(text.endsWith('END:VEVENT\r\nEND:VCALENDAR\r\n')).toBe(true);
  });

  it('stamps every event with the given time in UTC, without milliseconds', () => {
    const text = buildCalendar(EVENTS, OPTIONS);
    expect(text.match(/^DTSTAMP:.*$/gm)).toEqual(['DTSTAMP:20260915T140309Z', 'DTSTAMP:20260915T140309Z', 'DTSTAMP:20260915T140309Z']);
    const stamp = events(text)[0]?.getFirstPropertyValue('dtstamp');
    expect(stamp).toBeInstanceOf(ICAL.Time);
    expect((stamp as ICAL.Time).toJSDate().toISOString()).toBe('2026-09-15T14:03:09.000Z');
  });

  it('sets a display alarm at 09:00: on the day, the day before, n days before', () => {
    const alarms = events(buildCalendar(EVENTS, OPTIONS)).map((vevent) => {
      const all = vevent.getAllSubcomponents('valarm');
      expect(all).toHaveLength(1);
      const alarm = all[0] as ICAL.Component;
      const trigger = alarm.getFirstPropertyValue('trigger');
      expect(trigger).toBeInstanceOf(ICAL.Duration);
      return {
        action: alarm.getFirstPropertyValue('action'),
        description: alarm.getFirstPropertyValue('description'),
        hours: (trigger as ICAL.Duration).toSeconds() / 3600,
      };
    });
    expect(alarms).toEqual([
      { action: 'DISPLAY', description: EVENTS[0]?.title, hours: 9 },
      { action: 'DISPLAY', description: 'Send your care sheets', hours: -15 },
      { action: 'DISPLAY', description: 'Check your number', hours: -(2 * 24 + 15) },
    ]);
  });

  it('keeps the given UIDs, so the same input gives the same file', () => {
    const first = buildCalendar(EVENTS, OPTIONS);
    const again = buildCalendar(EVENTS, OPTIONS);
    expect(again).toBe(first);
    const later = buildCalendar(EVENTS, { ...OPTIONS, now: new Date('2026-10-01T08:00:00Z') });
    const uids = (text: string) => events(text).map((vevent) => vevent.getFirstPropertyValue('uid'));
    expect(uids(later)).toEqual(['upload-documents@secu-steps', 'care-sheets@secu-steps', 'leap-day@secu-steps']);
    expect(uids(later)).toEqual(uids(first));
  });

  it('ends every line with CRLF and has no bare CR or LF', () => {
    const text = buildCalendar([{ ...EVENTS[0]!, description: 'one\ntwo\r\nthree\rfour' }], OPTIONS);
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    expect(text.endsWith('\r\n')).toBe(true);
    expect(events(text)[0]?.getFirstPropertyValue('description')).toBe('one\ntwo\nthree\nfour');
  });

  it('escapes backslash, semicolon, comma and newlines, and ical.js reads the text back unchanged', () => {
    const tricky = 'C:\\Users\\me; RIB, IBAN\\n (not a newline)\nline 2;,\\';
    const text = buildCalendar([{ ...EVENTS[0]!, title: tricky, description: tricky }], { ...OPTIONS, calendarName: 'a;b,c\\d' });
    expect(text).toContain('SUMMARY:C:\\\\Users\\\\me\\; RIB\\, IBAN\\\\n (not a newline)\\nline 2\\;\\,\\\\\r\n');
    const [vevent] = events(text);
    expect(vevent?.getFirstPropertyValue('summary')).toBe(tricky);
    expect(vevent?.getFirstPropertyValue('description')).toBe(tricky);
    expect(vevent?.getFirstSubcomponent('valarm')?.getFirstPropertyValue('description')).toBe(tricky);
    // ical.js does not know X-WR-CALNAME and returns it raw; Apple and Google read it as TEXT, hence the escaping.
    expect(text).toContain('\r\nX-WR-CALNAME:a\\;b\\,c\\\\d\r\n');
  });

  it('drops control characters that TEXT values may not hold, but keeps tabs', () => {
    const text = buildCalendar([{ ...EVENTS[0]!, title: 'a\u0000b\u0007c\u001bd\u007fe\tf' }], OPTIONS);
    expect(events(text)[0]?.getFirstPropertyValue('summary')).toBe('abcde\tf');
  });
});

describe('buildCalendar line folding', () => {
  const longEvents: CalendarEvent[] = [
    { uid: 'long-fr@secu-steps', day: '2026-11-26', title: LONG_TEXT.slice(0, 60), description: LONG_TEXT, alarmDaysBefore: 2 },
    {
      uid: 'long-emoji@secu-steps',
      day: '2026-11-27',
      title: '🩺'.repeat(40),
      description: 'é'.repeat(200) + '中'.repeat(101),
      alarmDaysBefore: 0,
    },
  ];
  const text = buildCalendar(longEvents, { ...OPTIONS, calendarName: 'Rappels — تذكيرات — 提醒 — '.repeat(5) });
  const encoder = new TextEncoder();
  const decoder = new TextDecoder('utf-8', { fatal: true });

  it('never writes a physical line longer than 75 octets, and does fold', () => {
    const lines = physicalLines(text);
    expect(lines.filter((line) => line.startsWith(' ')).length).toBeGreaterThan(10);
    for (const line of lines) expect(encoder.encode(line).length, line).toBeLessThanOrEqual(75);
    // Folding is not lazy: a folded line is cut only when the next character would not fit.
    expect(lines.some((line) => encoder.encode(line).length >= 72)).toBe(true);
  });

  it('never cuts inside a UTF-8 sequence: every physical line is valid UTF-8 on its own', () => {
    for (const line of physicalLines(text)) {
      const bytes = encoder.encode(line);
      expect(decoder.decode(bytes)).toBe(line);
      // Also byte-wise: a line never starts or ends inside a multi-byte sequence.
      const first = bytes[0] ?? 0;
      expect(first & 0xc0, line).not.toBe(0x80);
      expect(line.at(-1)?.match(/[\uD800-\uDBFF]$/) ?? null).toBeNull();
      expect(line.charCodeAt(0) >= 0xdc00 && line.charCodeAt(0) <= 0xdfff).toBe(false);
    }
  });

  it('unfolds back to the original text in ical.js', () => {
    const [french, emoji] = events(text);
    expect(french?.getFirstPropertyValue('description')).toBe(LONG_TEXT);
    expect(french?.getFirstPropertyValue('summary')).toBe(LONG_TEXT.slice(0, 60));
    expect(emoji?.getFirstPropertyValue('summary')).toBe('🩺'.repeat(40));
    expect(emoji?.getFirstPropertyValue('description')).toBe('é'.repeat(200) + '中'.repeat(101));
    expect(parse(text).getFirstPropertyValue('x-wr-calname')).toBe('Rappels — تذكيرات — 提醒 — '.repeat(5));
  });

  it('cuts exactly at 75 octets: first line 75, continuation lines 1 space + 74', () => {
    const ascii = buildCalendar([{ ...EVENTS[0]!, description: 'x'.repeat(300) }], OPTIONS);
    const lines = physicalLines(ascii);
    const start = lines.findIndex((line) => line.startsWith('DESCRIPTION:x'));
    expect(lines.slice(start, start + 5).map((line) => line.length)).toEqual([75, 75, 75, 75, 1 + (300 + 12 - 75 - 3 * 74)]);
    // A 4-byte emoji that would straddle the limit moves whole to the next line.
    const emoji = physicalLines(buildCalendar([{ ...EVENTS[0]!, description: `${'x'.repeat(61)}🩺` }], OPTIONS));
    const cut = emoji.findIndex((line) => line.startsWith('DESCRIPTION:'));
    expect(emoji[cut]).toBe(`DESCRIPTION:${'x'.repeat(61)}`);
    expect(emoji[cut + 1]).toBe(' 🩺');
  });
});

describe('buildCalendar refusals and calendarFileName', () => {
  it('refuses malformed days, negative or fractional alarms and duplicate uids', () => {
    const event = EVENTS[0]!;
    expect(() => buildCalendar([{ ...event, day: '2026-02-30' }], OPTIONS)).toThrow(RangeError);
    expect(() => buildCalendar([{ ...event, day: '20260920' }], OPTIONS)).toThrow(RangeError);
    expect(() => buildCalendar([{ ...event, alarmDaysBefore: -1 }], OPTIONS)).toThrow(RangeError);
    expect(() => buildCalendar([{ ...event, alarmDaysBefore: 1.5 }], OPTIONS)).toThrow(RangeError);
    expect(() => buildCalendar([event, { ...event, day: '2026-09-21' }], OPTIONS)).toThrow(/duplicate/);
  });

  it('names the file after the day', () => {
    expect(calendarFileName('2026-11-26')).toBe('secu-steps-reminders-2026-11-26.ics');
    expect(() => calendarFileName('26/11/2026')).toThrow(RangeError);
  });
});
