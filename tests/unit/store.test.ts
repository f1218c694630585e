import { clear, get, keys, set } from 'idb-keyval';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createAppStores } from '../../src/store/app-store';
import { STATE_KEY } from '../../src/store/idb-storage';
import { CURRENT_VERSION } from '../../src/store/migrations';
import { initialSavedState } from '../../src/store/schema';
import stateV1 from '../fixtures/state-v1.json';

beforeEach(async () => {
  await clear();
});

afterEach(() => {
  vi.useRealTimers();
});

async function freshStores() {
  const stores = createAppStores();
  await stores.app.persist.rehydrate();
  return stores;
}

/** idb-keyval writes asynchronously; wait until what is stored matches. */
async function stored(ms = 20): Promise<{ state: Record<string, unknown>; version: number } | undefined> {
  await new Promise((resolve) => setTimeout(resolve, ms));
  return get(STATE_KEY);
}

describe('the persisted store', () => {
  it('reads back ticks, answers and the path in a fresh store', async () => {
    const first = await freshStores();
    first.app.getState().choosePath('non-eu');
    first.app.getState().setStep('connect', '2026-09-02');
    first.app.getState().setDocument('visa', '2026-09-01');
    first.app.getState().setAnswer('surname', 'Benali');
    await stored();

    const second = await freshStores();
    const state = second.app.getState();
    expect(state.path).toBe('non-eu');
    expect(state.steps).toEqual({ connect: '2026-09-02' });
    expect(state.documents).toEqual({ visa: '2026-09-01' });
    expect(state.answers).toEqual({ surname: 'Benali' });
    expect(second.status.getState().hydrated).toBe(true);
  });

  it('never writes before the stored state has been read', async () => {
    await set(STATE_KEY, { state: { ...initialSavedState(), path: 'quebec' }, version: CURRENT_VERSION });
    const stores = createAppStores();
    stores.app.getState().setStep('connect', '2026-09-02');
    expect((await stored())?.state.path).toBe('quebec');
    await stores.app.persist.rehydrate();
    expect(stores.app.getState().path).toBe('quebec');
  });

  it('keeps the day a number first came when a typo in it is corrected, and ticks its step once', async () => {
    const { app } = await freshStores();
    app.getState().setNumber('provisional', '295109912611194', '2026-09-20');
    app.getState().setNumber('provisional', '295109912611193', '2026-11-10');
    expect(app.getState().numbers.provisional).toEqual({ value: '295109912611193', enteredOn: '2026-09-20' });
    expect(app.getState().steps['provisional-attestation']).toBe('2026-09-20');
    await stored();
  });

  it('refuses bad input and changes nothing', async () => {
    const { app } = await freshStores();
    expect(app.getState().choosePath('mars')).toBe(false);
    expect(app.getState().setStep('connect', '2026-13-40')).toBe(false);
    expect(app.getState().setStep('fly' as never, '2026-09-01')).toBe(false);
    expect(app.getState().setDocument('visa', 'tomorrow')).toBe(false);
    expect(app.getState().setAnswer('surname', 'x'.repeat(1000))).toBe('too-long');
    expect(app.getState().setAnswer('__proto__', 'x')).toBe('unknown-field');
    expect(app.getState().setAnswer('birthDate', '12/01/2000')).toBe('not-a-date');
    const { path, steps, documents, answers } = app.getState();
    expect({ path, steps, documents, answers }).toEqual({ path: null, steps: {}, documents: {}, answers: {} });
  });

  it('persists only the student data, never the actions', async () => {
    const { app } = await freshStores();
    app.getState().setDocument('identity', '2026-09-01');
    const value = await stored();
    expect(value?.version).toBe(CURRENT_VERSION);
    expect(Object.keys(value?.state ?? {}).sort()).toEqual([
      'afterTasks',
      'answers',
      'careSheets',
      'dismissed',
      'documents',
      'language',
      'notifications',
      'numbers',
      'path',
      'reminders',
      'steps',
    ]);
  });

  it('keeps unreadable data aside, untouched, and starts afresh', async () => {
    const garbage = { state: { path: 12, steps: 'lots' }, version: CURRENT_VERSION };
    await set(STATE_KEY, garbage);
    const { app, status } = await freshStores();
    expect(app.getState().path).toBeNull();
    expect(status.getState().loadOutcome).toEqual({ kind: 'damaged', reason: 'invalid' });
    const recoveryKey = status.getState().recoveryKey;
    expect(recoveryKey).toMatch(/^secu-steps\/recovery-/);
    expect(await get(recoveryKey as string)).toEqual(garbage);
    app.getState().choosePath('eu');
    await stored();
    expect(await get(recoveryKey as string)).toEqual(garbage);
    expect((await keys()).length).toBe(2);
  });

  it('migrates a first-release database, keeping a copy of the raw data aside', async () => {
    await set(STATE_KEY, stateV1);
    const { app, status } = await freshStores();
    expect(status.getState().loadOutcome).toEqual({ kind: 'migrated', fromVersion: 1 });
    expect(app.getState().documents).toEqual(stateV1.state.documents);
    expect(app.getState().careSheets).toEqual([]);
    expect(await get('secu-steps/backup-v1')).toEqual(stateV1);
  });

  it('keeps every field that can be read when one entry is damaged', async () => {
    const state = {
      ...initialSavedState(),
      path: 'non-eu',
      answers: { surname: 'Diallo' },
      documents: { visa: '2026-09-01' },
      careSheets: [{ id: 'bad', day: '9999-03-01', kind: 'dentist', paidCents: 100 }],
    };
    await set(STATE_KEY, { state, version: CURRENT_VERSION, revision: 3 });
    const { app, status } = await freshStores();
    expect(status.getState().loadOutcome).toEqual({ kind: 'damaged', reason: 'invalid' });
    expect(app.getState().path).toBe('non-eu');
    expect(app.getState().answers).toEqual({ surname: 'Diallo' });
    expect(app.getState().documents).toEqual({ visa: '2026-09-01' });
    expect(app.getState().careSheets).toEqual([]);
    expect(await get(status.getState().recoveryKey as string)).toEqual({ state, version: CURRENT_VERSION, revision: 3 });
  });

  it('never lets undo push the care-sheet list past its limit', async () => {
    const sheets = Array.from({ length: 500 }, (_, i) => ({ id: `s${i}`, day: '2026-09-01', kind: 'dentist', paidCents: 100 }));
    await set(STATE_KEY, { state: { ...initialSavedState(), careSheets: sheets }, version: CURRENT_VERSION, revision: 1 });
    const { app } = await freshStores();
    const removed = app.getState().removeCareSheet('s3');
    expect(app.getState().addCareSheet({ day: '2026-09-02', kind: 'dentist', paidCents: 1 })).toBeUndefined();
    app.getState().restoreCareSheet(removed!.sheet, removed!.index);
    expect(app.getState().careSheets).toHaveLength(500);
  });

  it('does not overwrite data written by a newer version of the app', async () => {
    const newer = { state: { path: 'eu', somethingNew: true }, version: CURRENT_VERSION + 1, revision: 7 };
    await set(STATE_KEY, newer);
    const { app, status } = await freshStores();
    expect(status.getState().loadOutcome).toEqual({ kind: 'damaged', reason: 'newer' });
    expect(status.getState().newerApp).toBe(true);
    app.getState().choosePath('quebec');
    await stored();
    expect(await get(STATE_KEY)).toEqual(newer);
    expect(status.getState().newerApp).toBe(true);
  });

  it('retries a failed write and says so meanwhile, keeping the change in memory', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout'] });
    const { app, status } = await freshStores();
    const failing = vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(() => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });
    app.getState().setDocument('visa', '2026-09-01');
    await vi.waitFor(() => expect(status.getState().saveFailed).toBe(true));
    expect(app.getState().documents).toEqual({ visa: '2026-09-01' });
    failing.mockRestore();
    await vi.advanceTimersByTimeAsync(6_000);
    vi.useRealTimers();
    await vi.waitFor(() => expect(status.getState().saveFailed).toBe(false));
    expect((await get(STATE_KEY))?.state.documents).toEqual({ visa: '2026-09-01' });
  });
});

describe('several tabs', () => {
  it('merge instead of overwriting when a tab writes over data it has not seen', async () => {
    const first = await freshStores();
    const second = await freshStores();
    first.app.getState().setDocument('visa', '2026-09-01');
    await stored();
    // The second tab has not reloaded: its write must keep the first tab's tick.
    second.app.getState().setDocument('identity', '2026-09-02');
    await stored();
    expect((await get(STATE_KEY))?.state.documents).toEqual({ visa: '2026-09-01', identity: '2026-09-02' });
    await vi.waitFor(() => expect(second.app.getState().documents).toEqual({ visa: '2026-09-01', identity: '2026-09-02' }));
  });

  it('see each other change within a second when synced', async () => {
    const first = createAppStores({ syncTabs: true });
    const second = createAppStores({ syncTabs: true });
    await first.app.persist.rehydrate();
    await second.app.persist.rehydrate();
    first.app.getState().setStep('connect', '2026-09-02');
    await vi.waitFor(() => expect(second.app.getState().steps).toEqual({ connect: '2026-09-02' }), { timeout: 1000 });
    first.dispose();
    second.dispose();
  });
});

describe('several tabs, at the same moment', () => {
  it('keep every tick made while a merge is running, in memory and on disk', async () => {
    const first = await freshStores();
    const second = await freshStores();
    first.app.getState().setStep('connect', '2026-09-02');
    await stored();
    // The second tab is stale, and the student taps twice before its first write has finished.
    second.app.getState().setDocument('visa', '2026-09-03');
    second.app.getState().setDocument('identity', '2026-09-04');
    await stored(100);
    second.app.getState().setStep('circumstances', '2026-09-05');
    await stored(100);
    const disk = (await get(STATE_KEY))?.state;
    expect(disk?.documents).toEqual({ visa: '2026-09-03', identity: '2026-09-04' });
    expect(disk?.steps).toEqual({ connect: '2026-09-02', circumstances: '2026-09-05' });
    expect(second.app.getState().documents).toEqual({ visa: '2026-09-03', identity: '2026-09-04' });
    expect(second.app.getState().steps).toEqual({ connect: '2026-09-02', circumstances: '2026-09-05' });
  });

  it('keep care sheets added in both tabs', async () => {
    const first = await freshStores();
    const second = await freshStores();
    first.app.getState().addCareSheet({ day: '2026-10-01', kind: 'dentist', paidCents: 5000 });
    await stored();
    second.app.getState().addCareSheet({ day: '2026-10-02', kind: 'pharmacy', paidCents: 1200 });
    await stored(100);
    const disk = (await get(STATE_KEY))?.state.careSheets as { kind: string }[];
    expect(disk.map((sheet) => sheet.kind).sort()).toEqual(['dentist', 'pharmacy']);
  });

  it('bring another tab change into memory without losing an unsaved one, and without writing it back', async () => {
    const first = createAppStores({ syncTabs: true });
    const second = createAppStores({ syncTabs: true });
    await first.app.persist.rehydrate();
    await second.app.persist.rehydrate();
    first.app.getState().setDocument('visa', '2026-09-01');
    await vi.waitFor(() => expect(second.app.getState().documents).toEqual({ visa: '2026-09-01' }), { timeout: 1000 });
    const revision = (await get(STATE_KEY))?.revision;
    await stored(100);
    expect((await get(STATE_KEY))?.revision).toBe(revision);
    first.dispose();
    second.dispose();
  });

  it('never bring erased data back from a window that missed the erase', async () => {
    const first = await freshStores();
    first.app.getState().setAnswer('surname', 'Mensah');
    await stored();
    const second = await freshStores();
    await first.eraseAll();
    second.app.getState().choosePath('eu');
    await stored();
    expect(await keys()).toEqual([]);
    expect(second.status.getState().erasedElsewhere).toBe(true);
  });
});

describe('edge cases between windows', () => {
  it('a window still on the first release does not wipe what only the new version knows', async () => {
    const current = await freshStores();
    current.app.getState().addCareSheet({ day: '2026-10-01', kind: 'dentist', paidCents: 3000 });
    await stored();
    // An old window writes its own kind of blob: version 1, no care sheets, no revision.
    await set(STATE_KEY, { ...stateV1, state: { ...stateV1.state, answers: { surname: 'Haddad' } } });
    current.app.getState().setStep('connect', '2026-10-02');
    await stored(100);
    const disk = (await get(STATE_KEY))?.state;
    expect(disk?.careSheets).toHaveLength(1);
    expect(disk?.answers).toEqual({ surname: 'Haddad' });
    expect(current.app.getState().careSheets).toHaveLength(1);
  });

  it('keeps saving after erasing failed', async () => {
    const { app, eraseAll } = await freshStores();
    const failing = vi.spyOn(IDBObjectStore.prototype, 'clear').mockImplementation(() => {
      throw new DOMException('busy', 'UnknownError');
    });
    await expect(eraseAll()).rejects.toThrow();
    failing.mockRestore();
    app.getState().setDocument('visa', '2026-09-01');
    await stored(100);
    expect((await get(STATE_KEY))?.state.documents).toEqual({ visa: '2026-09-01' });
  });

  it('a window whose first read was already old catches up once it has loaded', async () => {
    const writer = await freshStores();
    writer.app.getState().setDocument('visa', '2026-09-01');
    await stored();
    window.secuStepsEarlyRead = Promise.resolve(undefined);
    const late = await freshStores();
    await vi.waitFor(() => expect(late.app.getState().documents).toEqual({ visa: '2026-09-01' }));
  });

  it('a migration from an old early read does not overwrite what another window saved since', async () => {
    const newer = { state: { ...initialSavedState(), path: 'non-eu', documents: { visa: '2026-09-01' } }, version: CURRENT_VERSION, revision: 4 };
    await set(STATE_KEY, newer);
    window.secuStepsEarlyRead = Promise.resolve(stateV1);
    const late = await freshStores();
    await stored();
    expect(await get(STATE_KEY)).toEqual(newer);
    await vi.waitFor(() => expect(late.app.getState().documents).toEqual({ visa: '2026-09-01' }));
  });

  it('a window that missed an erase does not bring the old data back, even at the same revision', async () => {
    const first = await freshStores();
    first.app.getState().setAnswer('surname', 'Mensah');
    await stored();
    const stale = await freshStores();
    await first.eraseAll();
    const restarted = await freshStores();
    restarted.app.getState().choosePath('eu');
    await stored();
    stale.app.getState().setStep('connect', '2026-09-02');
    await stored(100);
    const disk = (await get(STATE_KEY))?.state;
    expect(disk?.answers).toEqual({});
    expect(disk?.path).toBe('eu');
    expect(disk?.steps).toEqual({ connect: '2026-09-02' });
  });

  it('a restored backup replaces the data as it is, whatever another window wrote', async () => {
    const importing = await freshStores();
    const other = await freshStores();
    other.app.getState().setDocument('identity', '2026-09-03');
    await stored();
    const backup = { ...initialSavedState(), path: 'quebec' as const, answers: { surname: 'Tremblay' } };
    importing.replaceAll(backup);
    await stored(100);
    expect((await get(STATE_KEY))?.state).toEqual(backup);
    expect(importing.app.getState().path).toBe('quebec');
  });
});

describe('erasing everything', () => {
  it('removes every key the app stored, including kept data, and writes nothing afterwards', async () => {
    await set('secu-steps/recovery-1', 'garbage');
    const stores = await freshStores();
    stores.app.getState().setDocument('visa', '2026-09-01');
    await stored();
    await stores.eraseAll();
    stores.app.getState().setDocument('identity', '2026-09-02');
    await stored();
    expect(await keys()).toEqual([]);
  });
});
