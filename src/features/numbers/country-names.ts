import { INSEE_COUNTRIES } from '../../domain/insee-countries';

const displayNames = new Map<string, Intl.DisplayNames | null>();

/** Intl.DisplayNames for regions, or null where the browser lacks the language or the API. */
function regionNames(language: string, style: 'long' | 'short'): Intl.DisplayNames | null {
  const cacheKey = `${language}/${style}`;
  if (!displayNames.has(cacheKey)) {
    try {
      displayNames.set(cacheKey, new Intl.DisplayNames([language], { type: 'region', style }));
    } catch {
      displayNames.set(cacheKey, null);
    }
  }
  return displayNames.get(cacheKey) ?? null;
}

function nameOf(iso2: string, language: string, style: 'long' | 'short'): string | undefined {
  try {
    const name = regionNames(language, style)?.of(iso2);
    return name && name !== iso2 ? name : undefined;
  } catch {
    return undefined;
  }
}

/** The name of an INSEE country in the student's language, or its French INSEE name when it has no ISO code. */
export function countryName(inseeCode: string, language: string): string {
  const country = INSEE_COUNTRIES[inseeCode];
  if (!country) return inseeCode;
  return (country.iso2 && nameOf(country.iso2, language, 'long')) || country.name;
}

/** Every name a student may have typed for a country: long and short names in English, French and their language. */
export function namesInLanguages(language: string): (iso2: string) => string[] {
  const languages = [...new Set([language, 'en', 'fr'])];
  return (iso2) =>
    languages.flatMap((lang) => [nameOf(iso2, lang, 'long'), nameOf(iso2, lang, 'short')]).filter((name): name is string => name !== undefined);
}
