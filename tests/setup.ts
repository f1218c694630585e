import 'fake-indexeddb/auto';
import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { readFile } from 'node:fs/promises';
import { afterEach } from 'vitest';

afterEach(() => {
  cleanup();
});

// The app fetches its strings from locales/<lang>-<hash>/<part>.json (src/i18n/locale-files.ts); here there is
// no server, so those addresses are answered from the files themselves, as the dev server does.
const networkFetch = globalThis.fetch;
globalThis.fetch = async (input, init) => {
  const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
  const match = /\/locales\/([\w-]+)-[0-9a-f]{8}\/([\w-]+\.json)$/.exec(url);
  if (!match) return networkFetch(input, init);
  try {
    return new Response(await readFile(`locales/${match[1]}/${match[2]}`), { headers: { 'Content-Type': 'application/json' } });
  } catch {
    return new Response('Not found', { status: 404 });
  }
};
