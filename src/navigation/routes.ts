import { useSyncExternalStore } from 'react';

/** Every screen, addressed by the hash so any static host can serve the app and deep links work offline. */
export const ROUTES = [
  'home',
  'situation',
  'steps',
  'prepare',
  'documents',
  'numbers',
  'after',
  'care-sheets',
  'settings',
  'glossary',
  'show',
  'more',
] as const;
export type Route = (typeof ROUTES)[number];

export function routeFromHash(hash: string): Route {
  const name = hash.replace(/^#\/?/, '').split(/[/?]/)[0] ?? '';
  return (ROUTES as readonly string[]).includes(name) ? (name as Route) : 'home';
}

/** A screen's address; `detail` adds a place inside it (#/documents/pdf/visa). */
export function hrefFor(route: Route, ...detail: string[]): string {
  return route === 'home' ? '#/' : ['#', route, ...detail].join('/');
}

export function subscribe(onChange: () => void): () => void {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
}

export function useRoute(): Route {
  return useSyncExternalStore(subscribe, () => routeFromHash(window.location.hash));
}
