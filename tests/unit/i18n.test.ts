import i18n from 'i18next';
import { describe, expect, it } from 'vitest';
import { loadTranslations, startI18n, switchLanguage } from '../../src/i18n/i18n';

describe('switching language', () => {
  it('loads a screen asked for during the switch (an idle preload) in the new language', async () => {
    await startI18n('fr');
    await loadTranslations('documents');
    expect(i18n.t('documents.screenTitle')).toBe('Vos documents');
    const switching = switchLanguage('en');
    const preloading = loadTranslations('care-sheets');
    await Promise.all([switching, preloading]);
    expect(i18n.language).toBe('en');
    expect(i18n.t('careSheets.title')).toBe('Care sheets');
    expect(i18n.t('documents.screenTitle')).toBe('Your documents');
    expect(document.documentElement.lang).toBe('en');
  });
});
