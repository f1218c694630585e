import { INSEE_COUNTRIES } from '../domain/insee-countries';

// Country names come from the browser (Intl.DisplayNames), in any language, so the app ships only the INSEE list.
// Each formatter and each list is built once per language and kept: the lists are read on every keystroke.
const displayNames = new Map<string, Intl.DisplayNames | null>();
const namesByLanguages = new Map<string, (iso2: string) => string[]>();
const optionsByLanguages = new Map<string, CountryOption[]>();

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

/** The app's language, English, French, then the phone's own languages (a student may have typed 中国). */
function languagesFor(language: string, phoneLanguages: readonly string[]): string[] {
  return [...new Set([language, 'en', 'fr', ...phoneLanguages.map((tag) => tag.split('-')[0] ?? tag)])];
}

/** The name of an INSEE country in the student's language, or its French INSEE name when it has no ISO code. */
export function countryName(inseeCode: string, language: string): string {
  const country = INSEE_COUNTRIES[inseeCode];
  if (!country) return inseeCode;
  return (country.iso2 && nameOf(country.iso2, language, 'long')) || country.name;
}

/** Every name a student may have typed for a country: long and short names in the languages they read. */
export function namesInLanguages(language: string, phoneLanguages: readonly string[] = []): (iso2: string) => string[] {
  const languages = languagesFor(language, phoneLanguages);
  const key = languages.join(',');
  let names = namesByLanguages.get(key);
  if (!names) {
    const known = new Map<string, string[]>();
    names = (iso2) => {
      let list = known.get(iso2);
      if (!list) {
        list = languages
          .flatMap((lang) => [nameOf(iso2, lang, 'long'), nameOf(iso2, lang, 'short')])
          .filter((name): name is string => name !== undefined);
        known.set(iso2, list);
      }
      return list;
    };
    namesByLanguages.set(key, names);
  }
  return names;
}

export interface CountryOption {
  code: string;
  /** The French INSEE name, as the registration site writes it: what is stored and copied. */
  name: string;
  /** What the student searches by: the name in their language, then in their phone's first other language. */
  label: string;
}

/** The current INSEE countries (those with an ISO code), sorted for the student, each named for searching. */
export function countryOptions(language: string, phoneLanguages: readonly string[] = []): CountryOption[] {
  const other = phoneLanguages.map((tag) => tag.split('-')[0] ?? tag).find((lang) => lang !== language && lang !== 'fr');
  const key = `${language}/${other ?? ''}`;
  let options = optionsByLanguages.get(key);
  if (!options) {
    const labelled = new Set<string>();
    options = Object.entries(INSEE_COUNTRIES).flatMap(([code, { iso2, name }]) => {
      if (!iso2) return [];
      // Spain and "Spanish territories in North Africa" share ES: only the first is labelled "Spain".
      if (labelled.has(iso2)) return [{ code, name, label: '' }];
      labelled.add(iso2);
      const labels = [nameOf(iso2, language, 'long'), other && nameOf(iso2, other, 'long')];
      const label = [...new Set(labels.filter((l): l is string => !!l && l !== name))].join(' · ');
      return [{ code, name, label }];
    });
    const collator = new Intl.Collator(language);
    options.sort((a, b) => collator.compare(a.label || a.name, b.label || b.name));
    optionsByLanguages.set(key, options);
  }
  return options;
}
