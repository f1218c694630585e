import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import { FALLBACK_LANGUAGE, type LanguageCode } from './languages';

// Each language is its own chunk: only the one in use is loaded, and the service worker precaches them all.
const bundles = import.meta.glob<Record<string, unknown>>('../../locales/*/translation.json', { import: 'default' });

async function loadBundle(language: LanguageCode): Promise<void> {
  if (i18n.hasResourceBundle(language, 'translation')) return;
  const load = bundles[`../../locales/${language}/translation.json`];
  if (!load) throw new Error(`No translation for ${language}`);
  i18n.addResourceBundle(language, 'translation', await load());
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
