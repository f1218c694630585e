// The first module the page runs (main.tsx imports it before anything else): it starts the two slow things
// a cold start waits for, reading IndexedDB (through the store's database module, which keeps the read for the
// first hydration) and loading the strings of the language in use, before React and the app are set up. It only reads.
import { pickLanguage } from '../i18n/languages';
import { startEarlyRead } from '../store/database';

const strings = import.meta.glob('../../locales/*/translation.json');

startEarlyRead();
void strings[`../../locales/${pickLanguage(null, navigator.languages)}/translation.json`]?.().catch(() => undefined);
