import { describe, expect, it } from 'vitest';
import { pickLanguage } from '../../src/i18n/languages';

describe('language on first start', () => {
  it('follows the browser when nothing was chosen', () => {
    expect(pickLanguage(null, ['fr-FR', 'en'])).toBe('fr');
    expect(pickLanguage(null, ['zh-CN', 'en-GB'])).toBe('en');
  });

  it('falls back to English when no browser language is available', () => {
    expect(pickLanguage(null, ['ar-MA'])).toBe('en');
  });

  it('keeps the student choice over the browser', () => {
    expect(pickLanguage('en', ['fr-FR'])).toBe('en');
    expect(pickLanguage('xx', ['fr-FR'])).toBe('fr');
  });
});
