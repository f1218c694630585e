import { useSyncExternalStore } from 'react';
import { subscribe } from './routes';

// Apart from routes.ts, which ships at start-up: only screens with places inside them need this.

/** What follows the screen's name in the address: ['pdf', 'visa'] for #/documents/pdf/visa. */
export function detailFromHash(hash: string): string[] {
  return hash.replace(/^#\/?/, '').split('?')[0]!.split('/').slice(1).filter(Boolean);
}

/** The place inside the current screen, joined with '/' ('' for the screen itself). */
export function useRouteDetail(): string {
  return useSyncExternalStore(subscribe, () => detailFromHash(window.location.hash).join('/'));
}
