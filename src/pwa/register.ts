import { useSyncExternalStore } from 'react';

export type UpdateState = 'idle' | 'offline-ready' | 'update-waiting';

const OFFLINE_NOTICE_MS = 10_000;

let state: UpdateState = 'idle';
const listeners = new Set<() => void>();
const setState = (next: UpdateState) => {
  state = next;
  listeners.forEach((listener) => listener());
};

/** Registers the service worker in prompt mode: a new version waits until the student agrees to reload. */
export async function registerServiceWorker(): Promise<void> {
  if (!('serviceWorker' in navigator) || import.meta.env.DEV) return;
  // Loaded after the first render: registering can wait, the start-up bundle cannot.
  const { Workbox } = await import('workbox-window');
  const workbox = new Workbox(`${import.meta.env.BASE_URL}sw.js`, { scope: import.meta.env.BASE_URL });
  workbox.addEventListener('installed', (event) => {
    if (event.isUpdate) return;
    setState('offline-ready');
    // Good news needs no answer: it goes away by itself, unlike an update waiting for the student.
    setTimeout(() => state === 'offline-ready' && setState('idle'), OFFLINE_NOTICE_MS);
  });
  workbox.addEventListener('waiting', () => setState('update-waiting'));
  void workbox.register();
}

/** Activates the waiting version, then reloads. Data lives in IndexedDB, so a reload loses nothing. */
export async function applyUpdate(): Promise<void> {
  const registration = await navigator.serviceWorker.getRegistration();
  const waiting = registration?.waiting;
  if (!waiting) {
    window.location.reload();
    return;
  }
  // workbox-window's 'controlling' does not fire when this page started uncontrolled, so watch the worker itself.
  waiting.addEventListener('statechange', () => {
    if (waiting.state === 'activated') window.location.reload();
  });
  waiting.postMessage({ type: 'SKIP_WAITING' });
}

export function dismissUpdateNotice(): void {
  setState('idle');
}

export function useUpdateState(): UpdateState {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    () => state,
  );
}
