import { useSyncExternalStore } from 'react';

export type UpdateState = 'idle' | 'offline-ready' | 'update-waiting';

const OFFLINE_NOTICE_MS = 10_000;

let state: UpdateState = 'idle';
const listeners = new Set<() => void>();
const setState = (next: UpdateState) => {
  state = next;
  for (const listener of listeners) listener();
};

/** Registers the service worker in prompt mode: a new version waits until the student agrees to reload. */
export async function registerServiceWorker(): Promise<void> {
  if (!('serviceWorker' in navigator) || import.meta.env.DEV) return;
  if (document.readyState !== 'complete') await new Promise((done) => window.addEventListener('load', done, { once: true }));
  const registration = await navigator.serviceWorker.register(`${import.meta.env.BASE_URL}sw.js`, {
    scope: import.meta.env.BASE_URL,
  });
  // A new version found on an earlier visit may already be waiting.
  if (registration.waiting && registration.active) setState('update-waiting');
  registration.addEventListener('updatefound', () => {
    const worker = registration.installing;
    worker?.addEventListener('statechange', () => {
      if (worker.state !== 'installed') return;
      // With a version already running, the new one waits for the student; without, this was the first install.
      if (registration.active) {
        setState('update-waiting');
        return;
      }
      setState('offline-ready');
      // Good news needs no answer: it goes away by itself, unlike an update waiting for the student.
      setTimeout(() => state === 'offline-ready' && setState('idle'), OFFLINE_NOTICE_MS);
    });
  });
}

/** Activates the waiting version, then reloads. Data lives in IndexedDB, so a reload loses nothing. */
export async function applyUpdate(): Promise<void> {
  const registration = await navigator.serviceWorker.getRegistration();
  const waiting = registration?.waiting;
  if (!waiting) {
    window.location.reload();
    return;
  }
  // 'controllerchange' does not come when this page started uncontrolled, so watch the worker itself.
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
