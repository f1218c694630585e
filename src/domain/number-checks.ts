import { INSEE_COUNTRIES } from './insee-countries';
import type { NumberKind } from './numbers';
import { parseProvisionalNumber, parseSocialSecurityNumber, type ParsedNumber } from './social-security-number';

/** Where a checked number disagrees with the "Prepare your answers" sheet. Never blocks saving. */
export type NumberWarning =
  /** `numberYear`: the number's two digits; `answerYear`: the year of the answered birth date, as written ("1999"). */
  | { kind: 'birth-year'; numberYear: string; answerYear: string }
  /** Both months written with two digits ("10", "03"). */
  | { kind: 'birth-month'; numberMonth: string; answerMonth: string }
  | { kind: 'country'; numberCountryCode: string; answer: string };

export interface PreparedBirth {
  birthDate?: string;
  countryOfBirth?: string;
}

/** A typed number checked by its kind's rule; `reading` is set when it is a valid NIR, so birth and place can be read. */
export interface NumberCheck {
  parsed: ParsedNumber;
  reading?: ParsedNumber;
}

const BIRTH_DATE = /^(\d{4})-(\d{2})-\d{2}$/;
const LEADING_ARTICLE = /^(the|la|le|les|l)\s+/;

/** Checks a definitive number as a NIR; a provisional one by the looser rule, and reads it only when it is also a valid NIR (an NIA). */
export function checkNumber(kind: NumberKind, input: string): NumberCheck {
  if (kind === 'definitive') {
    const parsed = parseSocialSecurityNumber(input);
    return parsed.valid ? { parsed, reading: parsed } : { parsed };
  }
  const parsed = parseProvisionalNumber(input);
  if (!parsed.valid) return { parsed };
  const asNir = parseSocialSecurityNumber(input);
  return asNir.valid ? { parsed, reading: asNir } : { parsed };
}

/**
 * True when a refused number has the right shape (13 or 15 digits, or 2A/2B) and was refused only by a rule of
 * its content (first digit, month, place, key): the student's paper may be right and our rule incomplete, so
 * they may keep it as written after confirming.
 */
export function canSaveAsWritten(parsed: ParsedNumber): boolean {
  return parsed.error === 'sex' || parsed.error === 'month' || parsed.error === 'place' || parsed.error === 'key';
}

/** Four-digit birth year from the number's two digits: the most recent year not after `currentYear`. */
export function birthYearOf(twoDigits: string, currentYear: number): number {
  const century = currentYear - (currentYear % 100);
  const year = century + Number(twoDigits);
  return year > currentYear ? year - 100 : year;
}

/** Lower-case, without accents, punctuation, spaces or a leading article: "Côte d’Ivoire" → "cotedivoire". */
function comparable(name: string): string {
  const plain = name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
  return plain.replace(LEADING_ARTICLE, '').replace(/\s+/g, '');
}

function namesOf(code: string, countryNames: (iso2: string) => string[]): string[] {
  const country = INSEE_COUNTRIES[code];
  return country ? [country.name, ...(country.iso2 ? countryNames(country.iso2) : [])] : [];
}

/**
 * The INSEE code of a country of birth as a student picked or typed it, in any language `countryNames` knows
 * ("Chine", "China", "中国"); undefined when no country, or more than one, has that name.
 */
export function countryCodeOf(answer: string, countryNames: (iso2: string) => string[]): string | undefined {
  const typed = comparable(answer);
  if (typed === '') return undefined;
  const found = Object.keys(INSEE_COUNTRIES).filter((code) => namesOf(code, countryNames).some((name) => comparable(name) === typed));
  const countries = new Set(found.map((code) => INSEE_COUNTRIES[code]?.iso2 ?? code));
  return countries.size === 1 ? found[0] : undefined;
}

/** Same country when both codes name it (a current and a former INSEE code may share the ISO code). */
function sameCountry(a: string, b: string): boolean {
  const [isoA, isoB] = [INSEE_COUNTRIES[a]?.iso2, INSEE_COUNTRIES[b]?.iso2];
  return a === b || (isoA !== undefined && isoA === isoB);
}

/** Compares codes when the answer names a known country, else spellings against the number's country. */
function countryMatches(code: string, answer: string, countryNames: (iso2: string) => string[]): boolean {
  if (!INSEE_COUNTRIES[code]) return true;
  const answered = countryCodeOf(answer, countryNames);
  if (answered) return sameCountry(answered, code);
  const typed = comparable(answer);
  return namesOf(code, countryNames).some((name) => comparable(name) === typed);
}

/**
 * Gentle checks of a valid number against the prepared answers: birth year, birth month (when the number knows it)
 * and country of birth (for a number of someone born abroad). `countryNames` gives the names a student may have
 * typed for an ISO alpha-2 code, in any language.
 */
export function numberWarnings(parsed: ParsedNumber, answers: PreparedBirth, countryNames: (iso2: string) => string[]): NumberWarning[] {
  if (!parsed.valid) return [];
  const warnings: NumberWarning[] = [];
  const birth = answers.birthDate ? BIRTH_DATE.exec(answers.birthDate) : null;
  if (birth && parsed.birthYear !== undefined) {
    const [, year = '', month = ''] = birth;
    if (year.slice(2) !== parsed.birthYear) {
      warnings.push({ kind: 'birth-year', numberYear: parsed.birthYear, answerYear: year });
    }
    if (typeof parsed.birthMonth === 'number' && parsed.birthMonth !== Number(month)) {
      warnings.push({ kind: 'birth-month', numberMonth: String(parsed.birthMonth).padStart(2, '0'), answerMonth: month });
    }
  }
  const answer = answers.countryOfBirth?.trim() ?? '';
  const code = parsed.birthCountryCode;
  if (parsed.bornAbroad && code && answer !== '' && !countryMatches(code, answer, countryNames)) {
    warnings.push({ kind: 'country', numberCountryCode: code, answer });
  }
  return warnings;
}
