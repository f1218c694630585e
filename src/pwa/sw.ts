/// <reference lib="webworker" />
// The service worker: keeps every file of this version in its own cache so every screen opens offline, and
// waits for the student's go-ahead before a new version takes over. Written out rather than built on a
// library: all it needs is to fill one cache, answer from it, and drop the caches of older versions.
declare const self: ServiceWorkerGlobalScope & { __WB_MANIFEST: { url: string; revision: string | null }[] };
declare const __LOCALE_FOLDERS__: Record<string, string>;
declare const __LOCALE_PARTS__: string[];
export {};

// The build writes the list of files (with a revision for those whose name carries no hash) in place of this.
// The strings of every language are added here, from their folders (whose names carry their hash) and the list
// of parts, rather than listed one by one: this script is part of every first visit.
const STRINGS = Object.values(__LOCALE_FOLDERS__).flatMap((folder) =>
  __LOCALE_PARTS__.map((part) => ({ url: `${folder}/${part}`, revision: null })),
);
const FILES = [...self.__WB_MANIFEST, ...STRINGS];
const PREFIX = 'secu-steps-';
const INDEX = new URL('index.html', self.registration.scope).href;
const URLS = new Set(FILES.map((file) => new URL(file.url, self.registration.scope).href));

/** A short hash of the file list: a new version gets a new cache, so an update never changes an open page's files. */
function versionOf(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return (hash >>> 0).toString(36);
}

const CACHE = `${PREFIX}${versionOf(JSON.stringify(FILES))}`;

async function fill(): Promise<void> {
  const cache = await caches.open(CACHE);
  await Promise.all(
    FILES.map(async (file) => {
      const url = new URL(file.url, self.registration.scope).href;
      // A file whose name carries its hash never changes: the copy an older version cached will do.
      const kept = file.revision === null ? await caches.match(url) : undefined;
      const response = kept ?? (await fetch(url, { cache: 'reload', credentials: 'same-origin' }));
      if (!response.ok) throw new Error(`${url}: ${response.status}`);
      await cache.put(url, response);
    }),
  );
}

/** Drops what older versions cached (this app's own caches, and those of the library it used before). */
async function dropOlderCaches(): Promise<void> {
  const names = await caches.keys();
  await Promise.all(
    names
      .filter((name) => name !== CACHE && (name.startsWith(PREFIX) || name.startsWith('workbox-precache')))
      .map((name) => caches.delete(name)),
  );
}

async function answer(request: Request, url: string): Promise<Response> {
  const cached = await (await caches.open(CACHE)).match(url);
  return cached ?? fetch(request);
}

self.addEventListener('install', (event) => event.waitUntil(fill()));
self.addEventListener('activate', (event) => event.waitUntil(dropOlderCaches()));

self.addEventListener('message', (event) => {
  if (event.data?.type === 'SKIP_WAITING') void self.skipWaiting();
});

// Every page of the app is index.html (the screens are #/ routes); the other files come from the cache too.
self.addEventListener('fetch', (event) => {
  const { request } = event;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin) return;
  if (request.mode === 'navigate') event.respondWith(answer(request, INDEX));
  else if (URLS.has(url.origin + url.pathname)) event.respondWith(answer(request, url.origin + url.pathname));
});

/** The app's own page a notification names; anything else (another origin, a bad URL) opens the home screen. */
function ownUrl(named: unknown): string {
  const home = new URL('/', self.location.origin).href;
  try {
    const url = new URL(typeof named === 'string' ? named : '/', self.location.origin);
    return url.origin === self.location.origin ? url.href : home;
  } catch {
    return home;
  }
}

// A reminder notification opens the app on the screen it names, reusing an open window when there is one.
self.addEventListener('notificationclick', (event) => {
  event.notification.close();
  const url = ownUrl((event.notification.data as { url?: unknown } | null)?.url);
  event.waitUntil(
    self.clients.matchAll({ type: 'window', includeUncontrolled: true }).then(async (windows) => {
      const open = windows[0];
      if (open) {
        await open.navigate(url).catch(() => undefined);
        return open.focus();
      }
      return self.clients.openWindow(url);
    }),
  );
});
