import { INSEE_COUNTRIES } from './insee-countries';

/** Why a number was refused, in the order the checks run. */
export type NumberError = 'empty' | 'length' | 'characters' | 'sex' | 'month' | 'place' | 'key';

/** What could be read from a typed social security number (definitive NIR or provisional number). */
export type ParsedNumber = {
  valid: boolean;
  /** Upper-case, without separators: 13 or 15 characters when the length is right. */
  normalized: string;
  hasKey: boolean;
  error?: NumberError;
  sex?: 1 | 2;
  /** Last two digits of the birth year, kept as typed ("05", not 5). */
  birthYear?: string;
  /** 1–12, or null when the number says the month is unknown (20–99). */
  birthMonth?: number | null;
  bornAbroad?: boolean;
  /** 5-digit INSEE country code ('99350' = Morocco), a key of INSEE_COUNTRIES. */
  birthCountryCode?: string;
  /** '01'–'96', '2A', '2B', or 3 characters overseas ('971'…'989'). */
  department?: string;
  /** The two key digits as typed, when the number has them. */
  key?: string;
  /** The key computed from the first 13 characters. */
  expectedKey?: string;
};

// People copy numbers from attestations written "2 95 10 99 126 111 93", "2.95.10…" or with dashes; any Unicode space counts.
const SEPARATORS = /[\s.\-\u2010-\u2015]/g;
const CORSICA = /^2[AB]$/;

/** Upper-case compact form: separators removed, "2a" becomes "2A". */
function compact(input: string): string {
  return input.replace(SEPARATORS, '').toUpperCase();
}

function fail(base: ParsedNumber, error: NumberError, extra: Partial<ParsedNumber> = {}): ParsedNumber {
  return { ...base, ...extra, valid: false, error };
}

/** Refusals that need no position: empty input, foreign symbols, several letters, wrong length. */
function shapeError(normalized: string): NumberError | undefined {
  if (normalized === '') return 'empty';
  // Checked before the length so "12A4B" says "characters", which tells the user more than "length".
  if (!/^[0-9AB]*$/.test(normalized) || normalized.replace(/\d/g, '').length > 1) return 'characters';
  if (normalized.length !== 13 && normalized.length !== 15) return 'length';
  // The only letter allowed is the A/B of Corsica's department (positions 6–7).
  if (/[AB]/.test(normalized) && !CORSICA.test(normalized.slice(5, 7))) return 'characters';
  return undefined;
}

/** The check key of the first 13 characters (2A/2B counted as 19/18), two digits from "01" to "97". */
export function socialSecurityKey(first13: string): string {
  const value = compact(first13);
  if (!/^\d{5}(\d\d|2A|2B)\d{6}$/.test(value)) throw new RangeError(`Not the first 13 characters of a NIR: ${first13}`);
  const digits = value.replace('2A', '19').replace('2B', '18');
  // 13 digits exceed Number's exact integer range, so the modulo is done on a BigInt.
  return String(97n - (BigInt(digits) % 97n)).padStart(2, '0');
}

/** The birth month field: 1–12, null for "unknown" (20–99), undefined when impossible (00, 13–19). */
function readMonth(field: string): number | null | undefined {
  const month = Number(field);
  if (month >= 1 && month <= 12) return month;
  if (month >= 20) return null;
  return undefined;
}

/** Department or country of birth, from positions 6–10; undefined when it matches nothing INSEE uses. */
function readPlace(nir: string): Partial<ParsedNumber> | undefined {
  const head = nir.slice(5, 7);
  if (CORSICA.test(head)) return { bornAbroad: false, department: head };
  if (head === '97' || head === '98') return { bornAbroad: false, department: nir.slice(5, 8) };
  if (head === '99') {
    const code = nir.slice(5, 10);
    return Object.hasOwn(INSEE_COUNTRIES, code) ? { bornAbroad: true, birthCountryCode: code } : undefined;
  }
  // 01–95 metropolitan departments; 91–94 (Algeria), 95 (Morocco) and 96 (Tunisia) also stand for births before independence.
  const department = Number(head);
  return department >= 1 && department <= 96 ? { bornAbroad: false, department: head } : undefined;
}

/** Compares the typed key, if any, with the computed one. */
function checkKey(base: ParsedNumber, nir: string, fields: Partial<ParsedNumber>): ParsedNumber {
  const expectedKey = socialSecurityKey(nir.slice(0, 13));
  const key = base.hasKey ? nir.slice(13) : undefined;
  const result = { ...base, ...fields, expectedKey, ...(key === undefined ? {} : { key }) };
  return key === undefined || key === expectedKey ? { ...result, valid: true } : fail(result, 'key');
}

/** Reads a definitive social security number (NIR): 13 characters, or 15 with the matching key. */
export function parseSocialSecurityNumber(input: string): ParsedNumber {
  const normalized = compact(input);
  const base: ParsedNumber = { valid: false, normalized, hasKey: normalized.length === 15 };
  const shape = shapeError(normalized);
  if (shape) return fail(base, shape);
  const sexDigit = normalized[0];
  if (sexDigit !== '1' && sexDigit !== '2') return fail(base, 'sex');
  const birth = { sex: sexDigit === '1' ? 1 : 2, birthYear: normalized.slice(1, 3) } as const;
  const birthMonth = readMonth(normalized.slice(3, 5));
  if (birthMonth === undefined) return fail(base, 'month', birth);
  const place = readPlace(normalized);
  if (!place) return fail(base, 'place', { ...birth, birthMonth });
  return checkKey(base, normalized, { ...birth, birthMonth, ...place });
}

/**
 * True when the first 13 characters are built like a NIR, so the key can be trusted to follow the NIR rule.
 * Old provisional numbers (starting with 7 or 8) follow rules that are not published: their key is never checked.
 */
function looksLikeNir(normalized: string): boolean {
  return /^[12]$/.test(normalized.slice(0, 1)) && readMonth(normalized.slice(3, 5)) !== undefined;
}

/**
 * Reads a provisional number (NIA, or an old NNP starting with 7/8): 13 or 15 characters.
 * The key is checked only when the number is built like a NIR, because the rules of old provisional numbers are not published.
 */
export function parseProvisionalNumber(input: string): ParsedNumber {
  const normalized = compact(input);
  const base: ParsedNumber = { valid: false, normalized, hasKey: normalized.length === 15 };
  const shape = shapeError(normalized);
  if (shape) return fail(base, shape);
  if (!base.hasKey) return { ...base, valid: true };
  if (!looksLikeNir(normalized)) return { ...base, valid: true, key: normalized.slice(13) };
  return checkKey(base, normalized, {});
}

/** Groups a number as written on attestations, "S YY MM DD CCC OOO KK"; a partial number is grouped as far as it goes. */
export function formatSocialSecurityNumber(normalized: string): string {
  const groups: string[] = [];
  let rest = normalized;
  for (const size of [1, 2, 2, 2, 3, 3, 2]) {
    if (rest === '') break;
    groups.push(rest.slice(0, size));
    rest = rest.slice(size);
  }
  if (rest !== '') groups.push(rest);
  return groups.join(' ');
}
