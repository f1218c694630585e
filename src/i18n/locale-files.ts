import type { LanguageCode } from './languages';

/** One strings file (locales/<lang>/<part>.json), as the app reads it. */
export type Strings = Record<string, unknown>;

// The build copies every language's strings to locales/<lang>-<hash>/, the hash standing for that language's
// files (vite.config.ts): a new text gets a new address, so no browser keeps an old one, and the start-up
// file carries one short folder name per language rather than an entry for each file.
const folders: Record<string, string> = __LOCALE_FOLDERS__;
const pending = new Map<string, Promise<Strings>>();

/** The address of a strings file, relative to the app. */
export function stringsUrl(language: LanguageCode, part: string): string {
  return `${import.meta.env.BASE_URL}${folders[language]}/${part}.json`;
}

/**
 * Fetches a strings file once (from the service worker's cache when installed): the start (src/boot/early-start.ts)
 * and i18n share the same request. A failed fetch is forgotten, so the next call tries again.
 */
export function fetchStrings(language: LanguageCode, part: string): Promise<Strings> {
  const key = `${language}/${part}`;
  let strings = pending.get(key);
  if (!strings) {
    strings = fetch(stringsUrl(language, part)).then((response) => {
      if (!response.ok) throw new Error(`${key}: ${response.status}`);
      return response.json() as Promise<Strings>;
    });
    pending.set(key, strings);
    strings.catch(() => pending.delete(key));
  }
  return strings;
}
