// The first module the page runs (main.tsx imports it before anything else): it starts the two slow things
// a cold start waits for, reading IndexedDB and loading the strings (unless they are English, which ship in
// the start-up file), before React and the app are set up. It only reads.
import { get } from 'idb-keyval';
import { pickLanguage } from '../i18n/languages';
import { STATE_KEY } from '../store/storage-keys';

declare global {
  interface Window {
    secuStepsEarlyRead?: Promise<unknown>;
  }
}

const strings = import.meta.glob(['../../locales/*/translation.json', '!../../locales/en/translation.json']);

window.secuStepsEarlyRead = get(STATE_KEY);
void strings[`../../locales/${pickLanguage(null, navigator.languages)}/translation.json`]?.().catch(() => undefined);
