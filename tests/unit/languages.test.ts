import { describe, expect, it } from 'vitest';
import { LANGUAGES, languageForTag, pickLanguage } from '../../src/i18n/languages';

describe('language on first start', () => {
  it('follows the browser when nothing was chosen', () => {
    expect(pickLanguage(null, ['fr-FR', 'en'])).toBe('fr');
    expect(pickLanguage(null, ['ar-MA', 'fr-MA'])).toBe('ar');
    expect(pickLanguage(null, ['xx-YY', 'vi-VN'])).toBe('vi');
  });

  it('maps Chinese to simplified Chinese and every Portuguese to Portuguese', () => {
    expect(pickLanguage(null, ['zh-CN'])).toBe('zh-Hans');
    expect(pickLanguage(null, ['zh-SG'])).toBe('zh-Hans');
    expect(pickLanguage(null, ['zh-Hans-CN'])).toBe('zh-Hans');
    expect(pickLanguage(null, ['zh'])).toBe('zh-Hans');
    expect(pickLanguage(null, ['pt-BR'])).toBe('pt');
    expect(pickLanguage(null, ['pt-PT'])).toBe('pt');
    expect(languageForTag('ES-419')).toBe('es');
    expect(languageForTag('de_AT')).toBe('de');
    expect(languageForTag('ru-UA')).toBe('ru');
    expect(languageForTag('it-CH')).toBe('it');
    expect(languageForTag('tr-TR')).toBeNull();
  });

  it('falls back to English when no browser language is available', () => {
    expect(pickLanguage(null, ['tr-TR', 'ko'])).toBe('en');
    expect(pickLanguage(null, [])).toBe('en');
  });

  it('keeps the student choice over the browser', () => {
    expect(pickLanguage('en', ['fr-FR'])).toBe('en');
    expect(pickLanguage('zh-Hans', ['fr-FR'])).toBe('zh-Hans');
    expect(pickLanguage('xx', ['fr-FR'])).toBe('fr');
  });

  it('lists ten languages, each in its own name', () => {
    expect(LANGUAGES.map(({ code, name }) => `${code} ${name}`)).toEqual([
      'en English',
      'fr Français',
      'ar العربية',
      'zh-Hans 简体中文',
      'es Español',
      'it Italiano',
      'pt Português',
      'de Deutsch',
      'vi Tiếng Việt',
      'ru Русский',
    ]);
  });
});
