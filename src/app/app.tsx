import { lazy, Suspense, useMemo, type ComponentType, type LazyExoticComponent } from 'react';
import { useTranslation } from 'react-i18next';
import HomeScreen from '../features/home/home-screen';
import { loadTranslations } from '../i18n/i18n';
import { useApp, useSessionStatus } from '../components/store-context';
import { UndoProvider, UndoSnackbar } from '../components/undo-notice';
import { DayLocaleContext } from '../components/day-format';
import { dayLocale } from '../domain/dates';
import { hasStorageTrouble } from '../store/selectors';
import { LanguageSwitcher } from './language-switcher';
import { NavBar } from './nav-bar';
import { ScreenErrorBoundary } from './screen-error-boundary';
import { useReminderSignals } from './reminder-signals';
import { hrefFor, useRoute, type Route } from '../navigation/routes';
import { UpdateNotice } from './update-notice';

// Home is part of the start-up bundle; every other screen is fetched (from the precache) when it opens.
const SCREENS: Record<Route, ComponentType | LazyExoticComponent<ComponentType>> = {
  home: HomeScreen,
  situation: lazy(() => withTranslations(['situation', 'home'], import('../features/situation/situation-screen'))),
  steps: lazy(() => withTranslations('steps', import('../features/steps/steps-screen'))),
  prepare: lazy(() => withTranslations('prepare', import('../features/prepare/prepare-screen'))),
  documents: lazy(() => withTranslations('documents', import('../features/documents/documents-screen'))),
  numbers: lazy(() => withTranslations('numbers', import('../features/numbers/numbers-screen'))),
  after: lazy(() => withTranslations(['after', 'home'], import('../features/after/after-screen'))),
  'care-sheets': lazy(() => withTranslations('care-sheets', import('../features/care-sheets/care-sheets-screen'))),
  settings: lazy(() => withTranslations('settings', import('../features/settings/settings-screen'))),
  more: lazy(() => withTranslations('more', import('./more-screen'))),
};

// Storage problems are rare: the notice and its strings load only when there is one to show.
const StorageNotice = lazy(() => withTranslations('storage', import('./storage-notice')));

/**
 * A screen whose strings live in their own files opens once both its code and its strings are there; every such
 * screen also gets the strings the lazily loaded screens share (locales/<lang>/shared.json: official links, progress).
 */
async function withTranslations<T>(parts: string | string[], screen: Promise<T>): Promise<T> {
  const [module] = await Promise.all([screen, ...[parts, 'shared'].flat().map(loadTranslations)]);
  return module;
}

export function App() {
  const { t, i18n } = useTranslation();
  // Days follow the phone's region within the app's language (en-GB: 5 October; en-US: October 5).
  const locale = useMemo(() => dayLocale(i18n.language, navigator.languages), [i18n.language]);
  const route = useRoute();
  const chosen = useApp((s) => s.path !== null);
  // Before the first question is answered, only Settings opens besides home: a student on a new phone restores a backup.
  const Screen = SCREENS[chosen || route === 'settings' ? route : 'home'];
  const storageTrouble = useSessionStatus(hasStorageTrouble);
  useReminderSignals();
  return (
    <DayLocaleContext.Provider value={locale}>
      <UndoProvider>
        <div className={chosen ? 'app with-tabs' : 'app'}>
          <header className="app-header">
            <p className="brand">{t('app.name')}</p>
            <LanguageSwitcher />
          </header>
          {!chosen && route === 'settings' && (
            <p>
              <a href={hrefFor('home')}>{t('nav.home')}</a>
            </p>
          )}
          {storageTrouble && (
            <Suspense fallback={null}>
              <StorageNotice />
            </Suspense>
          )}
          <main id="main">
            <ScreenErrorBoundary key={route}>
              <Suspense fallback={<p className="loading">{t('common.loading')}</p>}>
                <Screen />
              </Suspense>
            </ScreenErrorBoundary>
          </main>
          {/* Fixed above the tab bar; in the page order right after the screen, where a keyboard user goes next. */}
          <div className="dock">
            <UndoSnackbar />
            <UpdateNotice />
          </div>
          <footer className="app-footer">
            <p>{t('app.disclaimer')}</p>
            <p>{t('app.version', { version: __BUILD_ID__ })}</p>
          </footer>
          {chosen && <NavBar current={route} />}
        </div>
      </UndoProvider>
    </DayLocaleContext.Provider>
  );
}
