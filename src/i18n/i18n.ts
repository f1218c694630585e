import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import { FALLBACK_LANGUAGE, type LanguageCode } from './languages';

// Each language's files are their own chunks: only the language in use is loaded, and the service worker
// precaches them all. A language may be split into several files; they are merged into one namespace.
const files = import.meta.glob<Record<string, unknown>>('../../locales/*/*.json', { import: 'default' });

async function loadBundle(language: LanguageCode): Promise<void> {
  if (i18n.hasResourceBundle(language, 'translation')) return;
  const loads = Object.entries(files).filter(([path]) => path.startsWith(`../../locales/${language}/`));
  if (loads.length === 0) throw new Error(`No translation for ${language}`);
  for (const part of await Promise.all(loads.map(([, load]) => load()))) {
    i18n.addResourceBundle(language, 'translation', part, true, true);
  }
}

function syncDocument(language: LanguageCode): void {
  document.documentElement.lang = language;
  document.documentElement.dir = i18n.dir(language);
}

export async function startI18n(language: LanguageCode): Promise<typeof i18n> {
  await i18n.use(initReactI18next).init({
    lng: language,
    fallbackLng: FALLBACK_LANGUAGE,
    resources: {},
    partialBundledLanguages: true,
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  await loadBundle(language);
  await i18n.changeLanguage(language);
  syncDocument(language);
  return i18n;
}

export async function switchLanguage(language: LanguageCode): Promise<void> {
  await loadBundle(language);
  await i18n.changeLanguage(language);
  syncDocument(language);
}
