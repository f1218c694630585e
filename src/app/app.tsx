import { lazy, Suspense, useEffect, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { loadTranslations } from '../i18n/i18n';
import { useApp, useSessionStatus } from '../components/store-context';
import { UndoProvider, UndoSnackbar } from '../components/undo-notice';
import { useStrings } from '../components/use-strings';
import { DayLocaleContext } from '../components/day-format';
import { dayLocale } from '../domain/dates';
import { hasStorageTrouble } from '../store/selectors';
import { LanguageSwitcher } from './language-switcher';
import { NavBar } from './nav-bar';
import { ScreenErrorBoundary } from './screen-error-boundary';
import { useReminderSignals } from './reminder-signals';
import { hrefFor, useRoute } from '../navigation/routes';
import { UpdateNotice } from './update-notice';
import { preloadScreens, SCREENS } from './screens';
import { tabsFor } from './tabs';

// Storage problems are rare: the notice and its strings load only when there is one to show.
const StorageNotice = lazy(() => Promise.all([import('./storage-notice'), loadTranslations('storage')]).then(([module]) => module));

export function App() {
  const { t, i18n } = useTranslation();
  // Days follow the phone's region within the app's language (en-GB: 5 October; en-US: October 5).
  const locale = useMemo(() => dayLocale(i18n.language, navigator.languages), [i18n.language]);
  const route = useRoute();
  const path = useApp((s) => s.path);
  const chosen = path !== null;
  // Once the student has a path, their screens load while the phone is idle.
  useEffect(() => {
    if (path === null) return;
    const { tabs, more } = tabsFor(path);
    preloadScreens([...tabs, ...more]);
  }, [path]);
  // Before the first question is answered, only Settings opens besides home: a student on a new phone restores a backup.
  const Screen = SCREENS[chosen || route === 'settings' ? route : 'home'];
  const storageTrouble = useSessionStatus(hasStorageTrouble);
  // The tab bar's and home's strings (locales/<lang>/overview.json): not needed by a first visit's question.
  const overview = useStrings('overview', chosen);
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
                {overview || route !== 'home' ? <Screen /> : <p className="loading">{t('common.loading')}</p>}
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
          {chosen && overview && <NavBar current={route} />}
        </div>
      </UndoProvider>
    </DayLocaleContext.Provider>
  );
}
