import { lazy, Suspense, type ComponentType, type LazyExoticComponent } from 'react';
import { useTranslation } from 'react-i18next';
import HomeScreen from '../features/home/home-screen';
import { loadTranslations } from '../i18n/i18n';
import { useApp, useSessionStatus } from '../components/store-context';
import { hasStorageTrouble } from '../store/selectors';
import { LanguageSwitcher } from './language-switcher';
import { NavBar } from './nav-bar';
import { ScreenErrorBoundary } from './screen-error-boundary';
import { useReminderSignals } from './reminder-signals';
import { useRoute, type Route } from '../navigation/routes';
import { UpdateNotice } from './update-notice';

// Home is part of the start-up bundle; every other screen is fetched (from the precache) when it opens.
const SCREENS: Record<Route, ComponentType | LazyExoticComponent<ComponentType>> = {
  home: HomeScreen,
  situation: lazy(() => import('../features/situation/situation-screen')),
  steps: lazy(() => withTranslations('steps', import('../features/steps/steps-screen'))),
  prepare: lazy(() => withTranslations('prepare', import('../features/prepare/prepare-screen'))),
  documents: lazy(() => withTranslations('documents', import('../features/documents/documents-screen'))),
  numbers: lazy(() => withTranslations('numbers', import('../features/numbers/numbers-screen'))),
  after: lazy(() => withTranslations('after', import('../features/after/after-screen'))),
  'care-sheets': lazy(() => withTranslations('care-sheets', import('../features/care-sheets/care-sheets-screen'))),
  settings: lazy(() => withTranslations('settings', import('../features/settings/settings-screen'))),
};

// Storage problems are rare: the notice and its strings load only when there is one to show.
const StorageNotice = lazy(() => withTranslations('storage', import('./storage-notice')));

/** A screen whose strings live in their own file opens once both its code and its strings are there. */
async function withTranslations<T>(part: string, screen: Promise<T>): Promise<T> {
  const [module] = await Promise.all([screen, loadTranslations(part)]);
  return module;
}

export function App() {
  const { t } = useTranslation();
  const route = useRoute();
  const chosen = useApp((s) => s.path !== null);
  const Screen = SCREENS[chosen ? route : 'home'];
  const storageTrouble = useSessionStatus(hasStorageTrouble);
  useReminderSignals();
  return (
    <div className="app">
      <header className="app-header">
        <p className="brand">{t('app.name')}</p>
        <LanguageSwitcher />
      </header>
      {chosen && <NavBar current={route} />}
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
      <UpdateNotice />
      <footer className="app-footer">
        <p>{t('app.disclaimer')}</p>
        <p>{t('app.version', { version: __BUILD_ID__ })}</p>
      </footer>
    </div>
  );
}
