import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import { FALLBACK_LANGUAGE, type LanguageCode } from './languages';

// Every translation file is its own chunk, precached by the service worker: at start-up only the language in
// use and its main file ("translation") are loaded, so a start in any language pays for its own strings only
// (src/boot/early-start.ts begins that fetch before the app is set up); a screen with its own file asks for it
// when it opens. All files of a language are merged into the one "translation" namespace. Every language has
// every key (tests/unit/translations.test.ts), so nothing needs a fallback language at run time.
const files = import.meta.glob<Record<string, unknown>>('../../locales/*/*.json', { import: 'default' });
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

// The language being shown, or being switched to: a part asked for during a switch (a screen preloading while
// the phone is idle) is loaded in the language the student is going to read.
let target: LanguageCode | null = null;

/** Loads a screen's own translation file (locales/<lang>/<part>.json) for the current language. */
export async function loadTranslations(part: string): Promise<void> {
  wantedParts.add(part);
  await loadPart(target ?? (i18n.language as LanguageCode), part);
}

function syncDocument(language: LanguageCode): void {
  document.documentElement.lang = language;
  document.documentElement.dir = i18n.dir(language);
}

export async function startI18n(language: LanguageCode): Promise<typeof i18n> {
  // The main strings come first, then one synchronous init: no empty render, no second language switch.
  const load = files[`../../locales/${language}/translation.json`];
  if (!load) throw new Error(`No translation for ${language}`);
  const resources = { [language]: { translation: await load() } };
  await i18n.use(initReactI18next).init({
    lng: language,
    fallbackLng: FALLBACK_LANGUAGE,
    resources,
    partialBundledLanguages: true,
    interpolation: { escapeValue: false },
    initAsync: false,
  });
  loadedParts.add(`${language}/translation`);
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
