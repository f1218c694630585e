// First, so that its body runs before any other module's: the stored state and the strings start loading
// while React and the app are still being set up.
import './boot/early-start';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app';
import './app/styles.css';
import { startI18n } from './i18n/i18n';
import { pickLanguage } from './i18n/languages';
import { listenForInstallOffer } from './pwa/install';
import { registerServiceWorker } from './pwa/register';
import { createAppStores } from './store/app-store';
import { StoresProvider } from './components/store-context';

listenForInstallOffer();

async function start() {
  const stores = createAppStores({
    syncTabs: true,
    // Asked at the first real save, not on load: browsers grant it more readily once the site holds data.
    onFirstSave: () => void navigator.storage?.persist?.().catch(() => undefined),
  });
  // Nothing renders before the saved state is read: the static splash in index.html stays until then.
  // (src/boot/early-start.ts has already begun that read, and the loading of the language's strings.)
  await stores.app.persist.rehydrate();
  // Past the first question, home and the tab bar need their own strings (src/boot/early-start.ts fetched them).
  const { language, path } = stores.app.getState();
  await startI18n(pickLanguage(language, navigator.languages), path === null ? [] : ['overview']);
  const root = document.getElementById('root');
  if (!root) throw new Error('#root is missing');
  createRoot(root).render(
    <StrictMode>
      <StoresProvider stores={stores}>
        <App />
      </StoresProvider>
    </StrictMode>,
  );
  // The worker registers after the first screen's frame, so it never competes with
  // it. A tab opened in the background gets no frames until it is shown: there it registers at once.
  if (document.visibilityState === 'visible') requestAnimationFrame(() => setTimeout(() => void registerServiceWorker()));
  else void registerServiceWorker();
}

void start();
