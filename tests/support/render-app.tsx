import { render } from '@testing-library/react';
import i18n from 'i18next';
import type { ReactElement } from 'react';
import { initReactI18next } from 'react-i18next';
import { createAppStores, type AppStores } from '../../src/store/app-store';
import { StoresProvider } from '../../src/components/store-context';
import { UndoProvider, UndoSnackbar } from '../../src/components/undo-notice';

let ready: Promise<unknown> | null = null;

const englishFiles = import.meta.glob<Record<string, unknown>>('../../locales/en/*.json', {
  import: 'default',
  eager: true,
});

function englishI18n() {
  ready ??= i18n
    .use(initReactI18next)
    .init({ lng: 'en', fallbackLng: 'en', resources: {}, interpolation: { escapeValue: false } })
    .then(() => {
      for (const part of Object.values(englishFiles)) i18n.addResourceBundle('en', 'translation', part, true, true);
    });
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
