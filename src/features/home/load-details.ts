import { loadTranslations } from '../../i18n/i18n';

/** The home screen's situation-dependent cards (home-details.tsx) with their strings: one chunk, loaded once. */
export function loadDetails() {
  return Promise.all([import('./home-details'), loadTranslations('home'), loadTranslations('shared')]).then(([module]) => module);
}
