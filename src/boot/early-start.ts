// The first module the page runs (main.tsx imports it before anything else): it starts the two slow things
// a cold start waits for, reading IndexedDB (through the store's database module, which keeps the read for the
// first hydration) and loading the strings of the language in use, before React and the app are set up. It only reads.
import { fetchStrings } from '../i18n/locale-files';
import { pickLanguage } from '../i18n/languages';
import { startEarlyRead, storedPathChosen } from '../store/database';

const language = pickLanguage(null, navigator.languages);
void fetchStrings(language, 'translation').catch(() => undefined);
// Past the first question, home and the tab bar need their strings too (a first visit does not).
startEarlyRead()
  .then((stored) => (storedPathChosen(stored) ? fetchStrings(language, 'overview') : undefined))
  .catch(() => undefined);
