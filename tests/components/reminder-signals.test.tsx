import { clear } from 'idb-keyval';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { App } from '../../src/app/app';
import { loadTranslations } from '../../src/i18n/i18n';
import { createAppStores } from '../../src/store/app-store';
import { renderWithStore } from '../support/render-app';

const showNotification = vi.fn(async () => undefined);
const setAppBadge = vi.fn(async () => undefined);

beforeEach(async () => {
  await clear();
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date(2027, 0, 20, 9, 0));
  vi.stubGlobal('Notification', { permission: 'granted', requestPermission: vi.fn() });
  Object.defineProperty(navigator, 'serviceWorker', {
    configurable: true,
    value: { ready: Promise.resolve({ showNotification }) },
  });
  Object.defineProperty(navigator, 'setAppBadge', { configurable: true, value: setAppBadge });
  showNotification.mockClear();
  setAppBadge.mockClear();
});

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

async function studentWaitingSinceSeptember(notify: boolean) {
  const stores = createAppStores();
  await stores.app.persist.rehydrate();
  stores.app.getState().choosePath('non-eu');
  stores.app.getState().setNumber('provisional', '295109912611193', '2026-09-20');
  // A complete file and a referring doctor: what is left is the documents check and the definitive number.
  for (const document of ['enrolment', 'identity', 'visa', 'vital-record', 'residence-permit', 'bank-details'] as const) {
    stores.app.getState().setDocument(document, '2026-09-25');
  }
  stores.app.getState().setAfterTask('referringDoctor', '2026-10-01');
  stores.app.getState().noteBackupExported('2026-10-01');
  stores.app.getState().setNotifications(notify);
  return stores;
}

describe('reminders when the app opens', () => {
  it('put the number due on the icon badge', async () => {
    await renderWithStore(<App />, await studentWaitingSinceSeptember(false));
    await vi.waitFor(() => expect(setAppBadge).toHaveBeenLastCalledWith(2));
    expect(showNotification).not.toHaveBeenCalled();
  });

  it('show one notification a day once opted in, opening the home screen when clicked', async () => {
    const stores = await studentWaitingSinceSeptember(true);
    const { unmount } = await renderWithStore(<App />, stores);
    await vi.waitFor(() => expect(showNotification).toHaveBeenCalledTimes(1));
    expect(showNotification).toHaveBeenCalledWith(
      'Sécu Steps: 2 things to do',
      expect.objectContaining({ tag: 'secu-steps-reminders', data: { url: '/#/' } }),
    );
    expect(stores.app.getState().notifications.lastShownOn).toBe('2027-01-20');
    await stores.flush();
    unmount();

    setAppBadge.mockClear();
    const reopened = createAppStores();
    await renderWithStore(<App />, reopened);
    // The badge is set once the rules have loaded; a notification would follow with its strings and the worker.
    await vi.waitFor(() => expect(setAppBadge).toHaveBeenCalledWith(2));
    await loadTranslations('reminders');
    await navigator.serviceWorker.ready;
    await reopened.flush();
    expect(showNotification).toHaveBeenCalledTimes(1);
  });
});
