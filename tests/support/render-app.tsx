import { readdirSync } from 'node:fs';
import { render } from '@testing-library/react';
import i18n from 'i18next';
import type { ReactElement } from 'react';
import { initReactI18next } from 'react-i18next';
import { loadTranslationsIn } from '../../src/i18n/i18n';
import { createAppStores, type AppStores } from '../../src/store/app-store';
import { StoresProvider } from '../../src/components/store-context';
import { UndoProvider, UndoSnackbar } from '../../src/components/undo-notice';

let ready: Promise<unknown> | null = null;

// Every strings file but the web manifest's texts, which only the build reads.
const englishParts = readdirSync('locales/en')
  .filter((name) => name.endsWith('.json') && name !== 'manifest.json')
  .map((name) => name.replace(/\.json$/, ''));

/** The English strings, every file, as the app has them once every screen was opened. */
export function englishI18n() {
  ready ??= i18n
    .use(initReactI18next)
    .init({ lng: 'en', fallbackLng: 'en', resources: {}, interpolation: { escapeValue: false } })
    // Through the app's own loader (tests/setup.ts answers its fetches from the files), so the app knows they are there.
    .then(() => Promise.all(englishParts.map((part) => loadTranslationsIn('en', part))));
  return ready;
}

/** Renders `ui` with English strings and a freshly hydrated store, as the app does at start-up. A screen alone
 * gets the shell's undo snackbar after it (the whole App brings its own). */
export async function renderWithStore(ui: ReactElement, stores?: AppStores) {
  await englishI18n();
  const own = stores ?? createAppStores();
  if (!own.app.persist.hasHydrated()) await own.app.persist.rehydrate();
  const result = render(
    <StoresProvider stores={own}>
      <UndoProvider>
        {ui}
        <UndoSnackbar />
      </UndoProvider>
    </StoresProvider>,
  );
  return { ...result, stores: own };
}
