import { describe, expect, it } from 'vitest';
import { addDays, dayLocale, dayOf, formatDay, isDay } from '../../src/domain/dates';

describe('days', () => {
  it('accepts real calendar days only', () => {
    expect(isDay('2026-09-15')).toBe(true);
    expect(isDay('2028-02-29')).toBe(true);
    expect(isDay('2027-02-29')).toBe(false);
    expect(isDay('2026-13-01')).toBe(false);
    expect(isDay('2026-9-15')).toBe(false);
    expect(isDay('15/09/2026')).toBe(false);
    expect(isDay(20260915)).toBe(false);
    expect(isDay('1899-12-31')).toBe(false);
    expect(isDay('9999-03-01')).toBe(false);
    expect(isDay('1900-01-01')).toBe(true);
  });

  it('moves across months, years and leap days without time-zone drift', () => {
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
    expect(addDays('2026-09-15', 120)).toBe('2027-01-13');
  });

  it('takes the day of a clock reading in local time', () => {
    expect(dayOf(new Date(2026, 10, 26, 23, 59))).toBe('2026-11-26');
    expect(dayOf(new Date(2027, 0, 1, 0, 0))).toBe('2027-01-01');
  });

  it('writes a day in the student language, on the same day whatever the time zone', () => {
    expect(formatDay('2026-09-01', 'en')).toBe('September 1, 2026');
    expect(formatDay('2026-09-01', 'fr')).toBe('1 septembre 2026');
  });
});

describe('the locale days are written in', () => {
  it('follows the phone region within the app language', () => {
    expect(formatDay('2026-10-05', dayLocale('en', ['en-GB', 'en']))).toBe('5 October 2026');
    expect(formatDay('2026-10-05', dayLocale('en', ['en-US']))).toBe('October 5, 2026');
    expect(formatDay('2026-10-05', dayLocale('fr', ['fr-FR']))).toBe('5 octobre 2026');
  });

  it('takes the first phone language that is the app language, in the order the phone prefers', () => {
    expect(dayLocale('en', ['fr-FR', 'en-GB', 'en-US'])).toBe('en-GB');
    expect(dayLocale('fr', ['en-GB', 'fr-CA', 'fr-FR'])).toBe('fr-CA');
    expect(dayLocale('en', ['en-us'])).toBe('en-US');
  });

  it('falls back to the app language when no phone language matches or a tag is broken', () => {
    expect(dayLocale('fr', ['en-GB', 'zh-CN'])).toBe('fr');
    expect(dayLocale('en', [])).toBe('en');
    expect(dayLocale('en', ['en-', 'en-IE'])).toBe('en-IE');
  });

  it('never mistakes a language that only starts like the app language', () => {
    expect(dayLocale('en', ['eng-XX'])).toBe('en');
  });
});

describe('days in other time zones', () => {
  const zones = ['America/Los_Angeles', 'Pacific/Kiritimati', 'Asia/Kolkata'];
  const original = process.env.TZ;

  it('are never shifted by the device time zone', () => {
    try {
      for (const zone of zones) {
        process.env.TZ = zone;
        // Node applies a changed TZ at once: this proves each pass really runs in another zone.
        expect(new Date(2026, 8, 1, 12).getTimezoneOffset()).toBe(
          { 'America/Los_Angeles': 420, 'Pacific/Kiritimati': -840, 'Asia/Kolkata': -330 }[zone],
        );
        expect(formatDay('2026-09-01', 'en')).toBe('September 1, 2026');
        expect(addDays('2026-03-28', 2)).toBe('2026-03-30');
        expect(dayOf(new Date(2026, 8, 1, 0, 5))).toBe('2026-09-01');
        expect(dayOf(new Date(2026, 8, 1, 23, 55))).toBe('2026-09-01');
      }
    } finally {
      process.env.TZ = original;
    }
  });
});
