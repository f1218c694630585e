import { describe, expect, it } from 'vitest';
import { birthYearOf, checkNumber, countryCodeOf, numberWarnings } from '../../src/domain/number-checks';
import { parseSocialSecurityNumber } from '../../src/domain/social-security-number';

const GREECE = parseSocialSecurityNumber('2 95 10 99 126 111 93');
const CALVADOS = parseSocialSecurityNumber('2 55 08 14 168 025 38');
const MONTH_UNKNOWN = parseSocialSecurityNumber('2 84 20 2B 321 025 28');

// Stands in for Intl.DisplayNames in English and French.
const names = (iso2: string) => (iso2 === 'GR' ? ['Greece', 'Grèce'] : []);

const CHINA = parseSocialSecurityNumber('1 95 10 99 216 111 62');
// Names of China as Intl.DisplayNames gives them in English, French and Chinese.
const chinaNames = (iso2: string) => (iso2 === 'CN' ? ['China', 'Chine', '中国'] : iso2 === 'JP' ? ['Japan', 'Japon', '日本'] : []);

describe('the country of birth compared by code', () => {
  it('finds the INSEE code of a country picked or typed in any language the student reads', () => {
    expect(countryCodeOf('Chine', chinaNames)).toBe('99216');
    expect(countryCodeOf('china', chinaNames)).toBe('99216');
    expect(countryCodeOf(' 中国 ', chinaNames)).toBe('99216');
    expect(countryCodeOf('Atlantis', chinaNames)).toBeUndefined();
    expect(countryCodeOf('', chinaNames)).toBeUndefined();
  });

  it('does not warn about a number born in China whatever the spelling, and warns for another country', () => {
    for (const answer of ['Chine', 'China', '中国']) expect(numberWarnings(CHINA, { countryOfBirth: answer }, chinaNames)).toEqual([]);
    expect(numberWarnings(CHINA, { countryOfBirth: '日本' }, chinaNames)).toEqual([
      { kind: 'country', numberCountryCode: '99216', answer: '日本' },
    ]);
  });

  it('takes a country and its territories sharing an ISO code as one', () => {
    expect(countryCodeOf('Espagne', () => [])).toBe('99134');
  });
});

describe('numberWarnings', () => {
  it('says nothing when the number matches the prepared answers', () => {
    expect(numberWarnings(GREECE, { birthDate: '1995-10-04', countryOfBirth: 'Greece' }, names)).toEqual([]);
  });

  it('warns when the birth year differs, giving both years', () => {
    expect(numberWarnings(GREECE, { birthDate: '1999-10-04' }, names)).toEqual([
      { kind: 'birth-year', numberYear: '95', answerYear: '1999' },
    ]);
  });

  it('warns when the birth month differs, but not when the number does not know the month', () => {
    expect(numberWarnings(GREECE, { birthDate: '1995-03-02' }, names)).toEqual([
      { kind: 'birth-month', numberMonth: '10', answerMonth: '03' },
    ]);
    expect(numberWarnings(MONTH_UNKNOWN, { birthDate: '1984-03-02' }, names)).toEqual([]);
  });

  it('accepts the country in English, in French, without accents, in capitals or with the INSEE name only', () => {
    for (const answer of ['Greece', 'Grèce', 'grece', '  GRÈCE. ']) {
      expect(numberWarnings(GREECE, { countryOfBirth: answer }, names)).toEqual([]);
    }
    expect(numberWarnings(GREECE, { countryOfBirth: 'Grece' }, () => [])).toEqual([]);
  });

  it('warns when the country of birth is another country', () => {
    expect(numberWarnings(GREECE, { countryOfBirth: 'Morocco' }, names)).toEqual([
      { kind: 'country', numberCountryCode: '99126', answer: 'Morocco' },
    ]);
  });

  it('says nothing without answers, for someone born in France, or for an invalid number', () => {
    expect(numberWarnings(GREECE, { birthDate: '', countryOfBirth: '   ' }, names)).toEqual([]);
    expect(numberWarnings(GREECE, {}, names)).toEqual([]);
    expect(numberWarnings(CALVADOS, { birthDate: '1955-08-01', countryOfBirth: 'Senegal' }, names)).toEqual([]);
    const typo = parseSocialSecurityNumber('2 95 10 99 126 111 94');
    expect(numberWarnings(typo, { birthDate: '1999-01-01', countryOfBirth: 'Morocco' }, names)).toEqual([]);
  });
});

describe('checkNumber', () => {
  it('reads a provisional number only when it is also a valid NIR', () => {
    expect(checkNumber('provisional', '2 95 10 99 126 111 93').reading?.birthCountryCode).toBe('99126');
    const older = checkNumber('provisional', '8 95 10 99 126 111');
    expect(older.parsed.valid).toBe(true);
    expect(older.reading).toBeUndefined();
  });

  it('refuses for a definitive number what it accepts for a provisional one', () => {
    expect(checkNumber('definitive', '8 95 10 99 126 111').parsed.error).toBe('sex');
  });
});

describe('birthYearOf', () => {
  it('takes the most recent year not after the current one', () => {
    expect(birthYearOf('95', 2026)).toBe(1995);
    expect(birthYearOf('05', 2026)).toBe(2005);
    expect(birthYearOf('26', 2026)).toBe(2026);
  });
});
