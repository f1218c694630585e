import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import english from '../../locales/en/translation.json';
import { FALLBACK_LANGUAGE, type LanguageCode } from './languages';

// The fallback language's main strings ship in the start-up file: an English start waits for no other file,
// and every other language always has them to fall back on. Every other translation file is its own chunk,
// precached by the service worker: at start-up only the language in use and its main file ("translation")
// are loaded; a screen with its own file asks for it when it opens.
// All files of a language are merged into the one "translation" namespace.
const files = import.meta.glob<Record<string, unknown>>(['../../locales/*/*.json', '!../../locales/en/translation.json'], {
  import: 'default',
});
const BUNDLED = `${FALLBACK_LANGUAGE}/translation`;
const wantedParts = new Set(['translation']);
const loadedParts = new Set<string>();

async function loadPart(language: LanguageCode, part: string): Promise<void> {
  const key = `${language}/${part}`;
  const load = files[`../../locales/${key}.json`];
  if (loadedParts.has(key) || !load) return;
  i18n.addResourceBundle(language, 'translation', await load(), true, true);
  loadedParts.add(key);
}

async function loadBundle(language: LanguageCode): Promise<void> {
  await Promise.all([...wantedParts].map((part) => loadPart(language, part)));
}

/** Loads a screen's own translation file (locales/<lang>/<part>.json) for the current language. */
export async function loadTranslations(part: string): Promise<void> {
  wantedParts.add(part);
  await loadPart(i18n.language as LanguageCode, part);
}

function syncDocument(language: LanguageCode): void {
  document.documentElement.lang = language;
  document.documentElement.dir = i18n.dir(language);
}

export async function startI18n(language: LanguageCode): Promise<typeof i18n> {
  // The main strings come first, then one synchronous init: no empty render, no second language switch.
  const resources: Record<string, { translation: Record<string, unknown> }> = { [FALLBACK_LANGUAGE]: { translation: english } };
  if (language !== FALLBACK_LANGUAGE) {
    const load = files[`../../locales/${language}/translation.json`];
    if (!load) throw new Error(`No translation for ${language}`);
    resources[language] = { translation: await load() };
  }
  await i18n.use(initReactI18next).init({
    lng: language,
    fallbackLng: FALLBACK_LANGUAGE,
    resources,
    partialBundledLanguages: true,
    interpolation: { escapeValue: false },
    initAsync: false,
  });
  loadedParts.add(BUNDLED).add(`${language}/translation`);
  syncDocument(language);
  return i18n;
}

export async function switchLanguage(language: LanguageCode): Promise<void> {
  await loadBundle(language);
  await i18n.changeLanguage(language);
  syncDocument(language);
}
