/**
 * Languages the app is translated into, each named in its own language (never translated), in the order the
 * switcher lists them. `zh-Hans` is Chinese in simplified characters.
 */
export const LANGUAGES = [
  { code: 'en', name: 'English' },
  { code: 'fr', name: 'Français' },
  { code: 'ar', name: 'العربية' },
  { code: 'zh-Hans', name: '简体中文' },
  { code: 'es', name: 'Español' },
  { code: 'it', name: 'Italiano' },
  { code: 'pt', name: 'Português' },
  { code: 'de', name: 'Deutsch' },
  { code: 'vi', name: 'Tiếng Việt' },
  { code: 'ru', name: 'Русский' },
] as const;
export type LanguageCode = (typeof LANGUAGES)[number]['code'];
export const FALLBACK_LANGUAGE: LanguageCode = 'en';

export function isLanguageCode(value: unknown): value is LanguageCode {
  return LANGUAGES.some((language) => language.code === value);
}

/**
 * The language we have for a browser language tag (BCP 47, any case), or null: an exact match first ("zh-Hans"),
 * then the tag's language alone ("pt-BR" and "pt-PT" → "pt", "ar-MA" → "ar"). Every Chinese tag ("zh-CN",
 * "zh-SG", "zh-TW", "zh") gets the simplified Chinese we have.
 */
export function languageForTag(tag: string): LanguageCode | null {
  const lower = tag.trim().toLowerCase();
  const exact = LANGUAGES.find((language) => language.code.toLowerCase() === lower);
  if (exact) return exact.code;
  const base = lower.split(/[-_]/)[0] ?? '';
  if (base === 'zh') return LANGUAGES.find((language) => language.code.toLowerCase() === 'zh-hans')?.code ?? null;
  return isLanguageCode(base) ? base : null;
}

/** The student's saved choice, else the first browser language we have, else English. */
export function pickLanguage(saved: string | null, browserLanguages: readonly string[]): LanguageCode {
  if (isLanguageCode(saved)) return saved;
  for (const tag of browserLanguages) {
    const language = languageForTag(tag);
    if (language) return language;
  }
  return FALLBACK_LANGUAGE;
}
