/// <reference lib="webworker" />
// The service worker: precaches the whole app so every screen opens offline, and waits for the
// student's go-ahead before a new version takes over.
import { cleanupOutdatedCaches, createHandlerBoundToURL, precacheAndRoute } from 'workbox-precaching';
import { NavigationRoute, registerRoute } from 'workbox-routing';

declare const self: ServiceWorkerGlobalScope;

self.addEventListener('message', (event) => {
  if (event.data?.type === 'SKIP_WAITING') void self.skipWaiting();
});

precacheAndRoute(self.__WB_MANIFEST);
cleanupOutdatedCaches();
registerRoute(new NavigationRoute(createHandlerBoundToURL('index.html')));

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
