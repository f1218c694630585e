import { describe, expect, it } from 'vitest';
import { INSEE_COUNTRIES } from '../../src/domain/insee-countries';
import {
  formatSocialSecurityNumber,
  parseProvisionalNumber,
  parseSocialSecurityNumber,
  socialSecurityKey,
  type ParsedNumber,
} from '../../src/domain/social-security-number';

// Key-checked vectors from domain.md §4.
const GREECE = '2 95 10 99 126 111 93';
const CORSE_DU_SUD = '2 84 05 2A 321 025 52';
const HAUTE_CORSE = '2 84 05 2B 321 025 79';
const MONTH_UNKNOWN = '2 84 20 2B 321 025 28';
const CALVADOS = '2 55 08 14 168 025 38';

describe('parseSocialSecurityNumber: domain.md vectors', () => {
  it('reads a woman born in Greece in October 1995', () => {
    expect(parseSocialSecurityNumber(GREECE)).toEqual({
      valid: true,
      normalized: '295109912611193',
      hasKey: true,
      sex: 2,
      birthYear: '95',
      birthMonth: 10,
      bornAbroad: true,
      birthCountryCode: '99126',
      key: '93',
      expectedKey: '93',
    });
    expect(INSEE_COUNTRIES['99126']).toEqual({ iso2: 'GR', name: 'Grèce' });
  });

  it('reads Corse-du-Sud (2A) and Haute-Corse (2B)', () => {
    const south = parseSocialSecurityNumber(CORSE_DU_SUD);
    expect(south).toMatchObject({ valid: true, normalized: '284052A32102552', department: '2A', bornAbroad: false, birthMonth: 5 });
    expect(south.birthCountryCode).toBeUndefined();
    expect(parseSocialSecurityNumber(HAUTE_CORSE)).toMatchObject({ valid: true, department: '2B', key: '79' });
  });

  it('reads month 20 as an unknown month', () => {
    expect(parseSocialSecurityNumber(MONTH_UNKNOWN)).toMatchObject({ valid: true, birthMonth: null, department: '2B', birthYear: '84' });
  });

  it('reads a birth in Calvados (14)', () => {
    expect(parseSocialSecurityNumber(CALVADOS)).toMatchObject({ valid: true, sex: 2, birthYear: '55', birthMonth: 8, department: '14' });
  });

  it('formats every vector back to how it was written', () => {
    for (const vector of [GREECE, CORSE_DU_SUD, HAUTE_CORSE, MONTH_UNKNOWN, CALVADOS]) {
      expect(formatSocialSecurityNumber(parseSocialSecurityNumber(vector).normalized)).toBe(vector);
    }
  });
});

describe('parseSocialSecurityNumber: places', () => {
  it('reads Morocco (99350) and a man born in January', () => {
    const key = socialSecurityKey('1800199350123');
    const parsed = parseSocialSecurityNumber(`1 80 01 99 350 123 ${key}`);
    expect(parsed).toMatchObject({ valid: true, sex: 1, birthMonth: 1, bornAbroad: true, birthCountryCode: '99350' });
    expect(parsed.department).toBeUndefined();
    expect(INSEE_COUNTRIES['99350']).toEqual({ iso2: 'MA', name: 'Maroc' });
  });

  it('accepts a country that no longer exists (99115 Czechoslovakia), which has no ISO code', () => {
    expect(parseSocialSecurityNumber('1 70 03 99 115 004')).toMatchObject({ valid: true, birthCountryCode: '99115' });
    expect(INSEE_COUNTRIES['99115']).toEqual({ name: 'Tchécoslovaquie' });
  });

  it('refuses a 99 place that is no INSEE country code', () => {
    expect(INSEE_COUNTRIES['99999']).toBeUndefined();
    expect(parseSocialSecurityNumber('1 80 01 99 999 123')).toMatchObject({ valid: false, error: 'place' });
  });

  it('reads overseas departments as 3 characters', () => {
    expect(parseSocialSecurityNumber('1 85 03 971 22 123')).toMatchObject({ valid: true, department: '971', bornAbroad: false });
    expect(parseSocialSecurityNumber('2 01 12 988 07 045')).toMatchObject({ valid: true, department: '988' });
  });

  it('accepts the former North African departments 91 to 96', () => {
    for (const department of ['91', '94', '95', '96']) {
      expect(parseSocialSecurityNumber(`1 55 06 ${department} 123 456`)).toMatchObject({ valid: true, department });
    }
  });

  it('refuses department 00', () => {
    expect(parseSocialSecurityNumber('1 55 06 00 123 456')).toMatchObject({ valid: false, error: 'place', sex: 1, birthMonth: 6 });
  });
});

describe('parseSocialSecurityNumber: input forms and errors', () => {
  it('accepts spaces, dots, dashes, non-breaking spaces and lower-case 2a/2b', () => {
    expect(parseSocialSecurityNumber('2.84.05.2a.321.025.52')).toMatchObject({ valid: true, normalized: '284052A32102552' });
    expect(parseSocialSecurityNumber('2-84-05-2b-321-025-79')).toMatchObject({ valid: true, normalized: '284052B32102579' });
    expect(parseSocialSecurityNumber(' 2\u00a095\u202f10\t99 126 111 93 ')).toMatchObject({ valid: true, normalized: '295109912611193' });
  });

  it('accepts 13 characters without the key', () => {
    const parsed = parseSocialSecurityNumber('2 95 10 99 126 111');
    expect(parsed).toMatchObject({ valid: true, hasKey: false, normalized: '2951099126111', expectedKey: '93' });
    expect(parsed.key).toBeUndefined();
    expect(parsed.error).toBeUndefined();
    expect(formatSocialSecurityNumber(parsed.normalized)).toBe('2 95 10 99 126 111');
  });

  it('refuses a wrong key and gives the expected one', () => {
    expect(parseSocialSecurityNumber('2 95 10 99 126 111 94')).toMatchObject({
      valid: false,
      error: 'key',
      key: '94',
      expectedKey: '93',
      birthCountryCode: '99126',
    });
    expect(parseSocialSecurityNumber('2 84 05 2B 321 025 52')).toMatchObject({ valid: false, error: 'key', expectedKey: '79' });
  });

  it.each([
    ['', 'empty'],
    ['  . - ', 'empty'],
    ['29510991261119', 'length'],
    ['2951099126111930', 'length'],
    ['295109912', 'length'],
    ['2951099126111X3', 'characters'],
    ['29510991261I193', 'characters'],
    ['2 95 10 99 126 111 9/3', 'characters'],
    ['2951A99126111', 'characters'],
    ['3952A99126111', 'characters'],
    ['284052A321025AB', 'characters'],
    ['395109912611193', 'sex'],
    ['7951099126111', 'sex'],
    ['0951099126111', 'sex'],
    ['2950099126111', 'month'],
    ['2951399126111', 'month'],
    ['2951999126111', 'month'],
    ['2951000126111', 'place'],
    ['2951099000111', 'place'],
    ['295109912611100', 'key'],
    ['295109912611198', 'key'],
  ] as const)('%j → %s', (input, error) => {
    const parsed = parseSocialSecurityNumber(input);
    expect(parsed.valid).toBe(false);
    expect(parsed.error).toBe(error);
  });

  it('keeps the normalized form even when the number is refused', () => {
    expect(parseSocialSecurityNumber('2 95 10 99 126 111 9')).toMatchObject({
      normalized: '29510991261119',
      hasKey: false,
      error: 'length',
    });
  });
});

describe('socialSecurityKey and formatSocialSecurityNumber', () => {
  it('counts 2A as 19 and 2B as 18', () => {
    expect(socialSecurityKey('284052A321025')).toBe('52');
    expect(socialSecurityKey('2840519321025')).toBe('52');
    expect(socialSecurityKey('284052B321025')).toBe(socialSecurityKey('2840518321025'));
  });

  it('writes the key with two digits and reaches 97 when the number is a multiple of 97', () => {
    // 10¹² mod 97 = 50 → key 47; 10¹² + 47 is a multiple of 97 → key 97, not 00; 10¹² + 43 → key 04.
    expect(socialSecurityKey('1000000000000')).toBe('47');
    expect(socialSecurityKey('1000000000047')).toBe('97');
    expect(socialSecurityKey('1000000000043')).toBe('04');
  });

  it('refuses what is not 13 NIR characters', () => {
    expect(() => socialSecurityKey('295109912611')).toThrow(RangeError);
    expect(() => socialSecurityKey('29510A9126111')).toThrow(RangeError);
  });

  it('groups as S YY MM DD CCC OOO KK, and partial input as far as it goes', () => {
    expect(formatSocialSecurityNumber('295109912611193')).toBe('2 95 10 99 126 111 93');
    expect(formatSocialSecurityNumber('2951099126111')).toBe('2 95 10 99 126 111');
    expect(formatSocialSecurityNumber('29510')).toBe('2 95 10');
    expect(formatSocialSecurityNumber('')).toBe('');
  });
});

describe('parseProvisionalNumber', () => {
  it('accepts a provisional number starting with 7 or 8 that the definitive parser refuses', () => {
    const seven = `7 95 10 99 126 111 ${socialSecurityKey('7951099126111')}`;
    expect(parseSocialSecurityNumber(seven)).toMatchObject({ valid: false, error: 'sex' });
    expect(parseProvisionalNumber(seven)).toMatchObject({ valid: true, hasKey: true });
    expect(parseProvisionalNumber(`8 01 02 99 350 001 ${socialSecurityKey('8010299350001')}`).valid).toBe(true);
  });

  it('accepts 13 digits without checking anything more', () => {
    expect(parseProvisionalNumber('8951099126111')).toEqual({ valid: true, normalized: '8951099126111', hasKey: false });
    expect(parseProvisionalNumber('1 23 45 67 890 123')).toMatchObject({ valid: true, hasKey: false });
  });

  it('accepts a NIA built like a NIR, starting with 1 or 2', () => {
    expect(parseProvisionalNumber(GREECE)).toMatchObject({ valid: true, key: '93', expectedKey: '93' });
  });

  it('refuses a bad key on a 15-digit number built like a NIR', () => {
    expect(parseProvisionalNumber('2 95 10 99 126 111 94')).toMatchObject({ valid: false, error: 'key', expectedKey: '93' });
  });

  it('never checks the key of an old provisional number starting with 7 or 8', () => {
    expect(parseProvisionalNumber('7 95 10 99 126 111 00')).toMatchObject({ valid: true, key: '00' });
    expect(parseProvisionalNumber('8 95 25 99 126 111 00')).toMatchObject({ valid: true, key: '00' });
    expect(parseProvisionalNumber('8 95 25 99 126 111 00').expectedKey).toBeUndefined();
  });

  it('does not check the key when the first 13 digits are not built like a NIR', () => {
    // First digit 3, or month 15: the key rule cannot be assumed.
    expect(parseProvisionalNumber('3 95 10 99 126 111 00')).toMatchObject({ valid: true, key: '00' });
    expect(parseProvisionalNumber('2 95 15 99 126 111 00')).toMatchObject({ valid: true, key: '00' });
    expect(parseProvisionalNumber('3 95 10 99 126 111 00').expectedKey).toBeUndefined();
  });

  it.each([
    ['', 'empty'],
    ['   ', 'empty'],
    ['79510991261119', 'length'],
    ['795109912', 'length'],
    ['79510991X6111', 'characters'],
    ['7951099126111?', 'characters'],
  ] as const)('%j → %s', (input, error) => {
    expect(parseProvisionalNumber(input)).toMatchObject({ valid: false, error });
  });
});

describe('INSEE_COUNTRIES', () => {
  it('holds current and former codes, all 99 + 3 digits, ISO codes as 2 capitals', () => {
    const entries = Object.entries(INSEE_COUNTRIES);
    expect(entries.length).toBeGreaterThanOrEqual(255);
    for (const [code, country] of entries) {
      expect(code).toMatch(/^99\d{3}$/);
      expect(country.name.trim()).not.toBe('');
      if (country.iso2 !== undefined) expect(country.iso2).toMatch(/^[A-Z]{2}$/);
    }
    expect(INSEE_COUNTRIES['99157']).toEqual({ name: 'Kosovo' });
  });
});

// ---------------------------------------------------------------------------------------------
// Property test: a deliberately naive second implementation, written differently, judged on thousands of numbers.

/** mulberry32: small deterministic PRNG, so a failure can be replayed from its seed. */
function prng(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Random = { int(min: number, max: number): number; pick<T>(items: readonly T[]): T; chance(p: number): boolean };

function random(seed: number): Random {
  const next = prng(seed);
  return {
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    pick: (items) => items[Math.floor(next() * items.length)] as (typeof items)[number],
    chance: (p) => next() < p,
  };
}

const COUNTRY_PARTS = Object.keys(INSEE_COUNTRIES).map((code) => code.slice(2));

/** Key with plain Number arithmetic on two halves: (high·10⁷ + low) mod 97, both halves far below 2⁵³. */
function naiveKey(first13: string): string {
  const place = first13.slice(5, 7);
  const digits = first13.slice(0, 5) + (place === '2A' ? '19' : place === '2B' ? '18' : place) + first13.slice(7, 13);
  const high = parseInt(digits.slice(0, 6), 10);
  const low = parseInt(digits.slice(6), 10);
  const remainder = ((high % 97) * (10_000_000 % 97) + (low % 97)) % 97;
  const key = 97 - remainder;
  return key < 10 ? `0${key}` : `${key}`;
}

/** The same rules as domain.md §4, as a flat list of ifs over characters. */
function naiveCheck(raw: string): { valid: boolean; error?: ParsedNumber['error'] } {
  let s = '';
  for (const c of raw) {
    if (c !== ' ' && c !== '.' && c !== '-') s += c.toUpperCase();
  }
  if (s.length === 0) return { valid: false, error: 'empty' };
  let letters = 0;
  for (const c of s) {
    if (c >= '0' && c <= '9') continue;
    if (c === 'A' || c === 'B') letters += 1;
    else return { valid: false, error: 'characters' };
  }
  if (letters > 1) return { valid: false, error: 'characters' };
  if (s.length !== 13 && s.length !== 15) return { valid: false, error: 'length' };
  const corsica = s[5] === '2' && (s[6] === 'A' || s[6] === 'B');
  if (letters === 1 && !corsica) return { valid: false, error: 'characters' };
  if (s[0] !== '1' && s[0] !== '2') return { valid: false, error: 'sex' };
  const month = parseInt(s.substring(3, 5), 10);
  if (!((month >= 1 && month <= 12) || month >= 20)) return { valid: false, error: 'month' };
  if (!corsica) {
    const department = parseInt(s.substring(5, 7), 10);
    const placeOk = department === 99 ? COUNTRY_PARTS.includes(s.substring(7, 10)) : department >= 1 && department <= 98;
    if (!placeOk) return { valid: false, error: 'place' };
  }
  if (s.length === 15 && s.substring(13) !== naiveKey(s)) return { valid: false, error: 'key' };
  return { valid: true };
}

function digits(r: Random, count: number): string {
  let text = '';
  for (let i = 0; i < count; i += 1) text += String(r.int(0, 9));
  return text;
}

function pad2(value: number): string {
  return String(value).padStart(2, '0');
}

/** A well-formed first 13 characters, of one of the shapes a NIR can take. */
function first13(r: Random): string {
  const head = r.pick(['1', '2']) + pad2(r.int(0, 99)) + (r.chance(0.2) ? pad2(r.int(20, 99)) : pad2(r.int(1, 12)));
  const shape = r.int(0, 3);
  if (shape === 0) return head + r.pick(['2A', '2B']) + digits(r, 6);
  if (shape === 1) return `${head}99${r.pick(COUNTRY_PARTS)}${digits(r, 3)}`;
  if (shape === 2) return head + r.pick(['97', '98']) + digits(r, 6);
  return head + pad2(r.int(1, 96)) + digits(r, 6);
}

function withKey(number: string): string {
  return number + naiveKey(number);
}

/** Breaks a good number in one way, or leaves it valid. */
function mutate(r: Random, good: string): string {
  const at = r.int(0, good.length - 1);
  switch (r.int(0, 9)) {
    case 0: // wrong key (any other 2 digits, including 00, 98, 99)
      return good.slice(0, 13) + pad2((Number(naiveKey(good)) + r.int(1, 99)) % 100);
    case 1: // a digit dropped or added
      return r.chance(0.5) ? good.slice(0, at) + good.slice(at + 1) : good.slice(0, at) + String(r.int(0, 9)) + good.slice(at);
    case 2: // a letter replacing a character (sometimes the A/B of Corsica, sometimes lower case)
      return good.slice(0, at) + r.pick([...'ABCIOXZabo']) + good.slice(at + 1);
    case 3: // a wrong sex digit
      return r.pick(['0', '3', '4', '5', '6', '7', '8', '9']) + good.slice(1);
    case 4: // an impossible month
      return good.slice(0, 3) + pad2(r.pick([0, 13, 14, 15, 16, 17, 18, 19])) + good.slice(5);
    case 5: // department 00, or a 99 country part that may not exist
      return good.slice(0, 5) + (r.chance(0.5) ? '00' : `99${digits(r, 1)}`) + good.slice(7);
    case 6: // key left off
      return good.slice(0, 13);
    case 7: // a symbol no one uses as a separator
      return good.slice(0, at) + r.pick(['/', '_', '*', '#']) + good.slice(at + 1);
    default:
      return good;
  }
}

/** Writes the number as a person might: grouped with spaces, dots or dashes, sometimes in lower case. */
function decorate(r: Random, number: string): string {
  const separator = r.pick(['', ' ', '.', '-']);
  const text = separator === '' ? number : formatSocialSecurityNumber(number).replace(/ /g, separator);
  return r.chance(0.3) ? text.toLowerCase() : text;
}

describe('parseSocialSecurityNumber agrees with a naive re-implementation', () => {
  it('on 20 000 generated numbers of every shape', () => {
    const r = random(20260915);
    const seen = new Map<string, number>();
    for (let i = 0; i < 20_000; i += 1) {
      const input = decorate(r, mutate(r, withKey(first13(r))));
      const expected = naiveCheck(input);
      const actual = parseSocialSecurityNumber(input);
      if (actual.valid !== expected.valid || actual.error !== expected.error) {
        expect({ input, valid: actual.valid, error: actual.error }).toEqual({ input, ...expected });
      }
      const outcome = expected.error ?? 'valid';
      seen.set(outcome, (seen.get(outcome) ?? 0) + 1);
    }
    // The generator must actually reach every outcome, or the comparison proves little.
    for (const outcome of ['valid', 'length', 'characters', 'sex', 'month', 'place', 'key']) {
      expect(seen.get(outcome) ?? 0, outcome).toBeGreaterThan(200);
    }
  });

  it('gives the key the naive two-halves arithmetic gives, and the number then parses', () => {
    const r = random(97);
    for (let i = 0; i < 5_000; i += 1) {
      const number = first13(r);
      expect(socialSecurityKey(number)).toBe(naiveKey(number));
      expect(parseSocialSecurityNumber(number + naiveKey(number)).valid).toBe(true);
    }
  });

  it('catches every single-digit typo in the key part and the order number', () => {
    const r = random(13);
    for (let i = 0; i < 2_000; i += 1) {
      const good = withKey(first13(r));
      const at = r.pick([10, 11, 12, 13, 14]);
      const original = Number(good[at]);
      const typo = good.slice(0, at) + String((original + r.int(1, 9)) % 10) + good.slice(at + 1);
      expect(parseSocialSecurityNumber(typo)).toMatchObject({ valid: false, error: 'key' });
    }
  });
});
