import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import { FALLBACK_LANGUAGE, type LanguageCode } from './languages';
import { fetchStrings, stringsUrl } from './locale-files';

// Every strings file is fetched on its own (locale-files.ts), precached by the service worker: at start-up only
// the language in use and its main file ("translation") are loaded, so a start in any language pays for its own
// strings only (src/boot/early-start.ts begins that fetch before the app is set up); a screen with its own file
// asks for it when it opens. All files of a language are merged into the one "translation" namespace. Every
// language has every key (scripts/locale-check.mjs fails the build otherwise), so nothing needs a fallback
// language at run time.
const wantedParts = new Set(['translation']);
const loadedParts = new Set<string>();

async function loadPart(language: LanguageCode, part: string): Promise<void> {
  const key = `${language}/${part}`;
  if (loadedParts.has(key)) return;
  i18n.addResourceBundle(language, 'translation', await fetchStrings(language, part), true, true);
  loadedParts.add(key);
}

async function loadBundle(language: LanguageCode): Promise<void> {
  await Promise.all([...wantedParts].map((part) => loadPart(language, part)));
}

// The language being shown, or being switched to: a part asked for during a switch (a screen preloading while
// the phone is idle) is loaded in the language the student is going to read.
let target: LanguageCode | null = null;

/** Loads a screen's own translation file (locales/<lang>/<part>.json) for the current language. */
export async function loadTranslations(part: string): Promise<void> {
  wantedParts.add(part);
  await loadPart(target ?? (i18n.language as LanguageCode), part);
}

/** Loads a file in a given language, whatever the app's: the French cards show French in every language. */
export async function loadTranslationsIn(language: LanguageCode, part: string): Promise<void> {
  await loadPart(language, part);
}

/** Whether a part's strings are there in the language shown (or being switched to). */
export function hasTranslations(part: string): boolean {
  return loadedParts.has(`${target ?? i18n.language}/${part}`);
}

function syncDocument(language: LanguageCode): void {
  document.documentElement.lang = language;
  document.documentElement.dir = i18n.dir(language);
  // The web manifest in the same language (written by the build), so an install names the app in it.
  const manifest = document.querySelector<HTMLLinkElement>('link[rel="manifest"]');
  if (manifest) manifest.href = stringsUrl(language, 'manifest').replace(/json$/, 'webmanifest');
}

/**
 * Starts i18n in a language with its main strings and the given parts (home's, once past the first question),
 * fetched together, then one synchronous init: no empty render, no second language switch.
 */
export async function startI18n(language: LanguageCode, parts: readonly string[] = []): Promise<typeof i18n> {
  const [main, ...rest] = await Promise.all(['translation', ...parts].map((part) => fetchStrings(language, part)));
  const resources = { [language]: { translation: main ?? {} } };
  await i18n.use(initReactI18next).init({
    lng: language,
    fallbackLng: FALLBACK_LANGUAGE,
    resources,
    partialBundledLanguages: true,
    interpolation: { escapeValue: false },
    initAsync: false,
  });
  // Added deeply, like any later part: two files may share a name ("home" has welcome and overview keys).
  for (const more of rest) i18n.addResourceBundle(language, 'translation', more, true, true);
  for (const part of ['translation', ...parts]) {
    wantedParts.add(part);
    loadedParts.add(`${language}/${part}`);
  }
  target = language;
  syncDocument(language);
  return i18n;
}

export async function switchLanguage(language: LanguageCode): Promise<void> {
  target = language;
  await loadBundle(language);
  await i18n.changeLanguage(language);
  syncDocument(language);
}
