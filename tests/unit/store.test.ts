import { clear, get, keys, set } from 'idb-keyval';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createAppStores, type AppStores } from '../../src/store/app-store';
import { startEarlyRead, STATE_KEY } from '../../src/store/database';
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

type Blob = { state: Record<string, unknown>; version: number; revision?: number };

/** What is stored once every write the given windows asked for has finished. */
async function stored(...windows: AppStores[]): Promise<Blob | undefined> {
  for (const stores of windows) await stores.flush();
  return get(STATE_KEY);
}

describe('the persisted store', () => {
  it('reads back ticks, answers and the path in a fresh store', async () => {
    const first = await freshStores();
    first.app.getState().choosePath('non-eu');
    first.app.getState().setStep('connect', '2026-09-02');
    first.app.getState().setDocument('visa', '2026-09-01');
    first.app.getState().setAnswer('surname', 'Benali');
    await stored(first);

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
    expect((await stored(stores))?.state.path).toBe('quebec');
    await stores.app.persist.rehydrate();
    expect(stores.app.getState().path).toBe('quebec');
  });

  it('keeps the day a number first came when a typo in it is corrected, and ticks its step once', async () => {
    const stores = await freshStores();
    const { app } = stores;
    app.getState().setNumber('provisional', '295109912611194', '2026-09-20');
    app.getState().setNumber('provisional', '295109912611193', '2026-11-10');
    expect(app.getState().numbers.provisional).toEqual({ value: '295109912611193', enteredOn: '2026-09-20' });
    expect(app.getState().steps['provisional-attestation']).toBe('2026-09-20');
    expect((await stored(stores))?.state.numbers).toEqual({ provisional: { value: '295109912611193', enteredOn: '2026-09-20' } });
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
    const stores = await freshStores();
    stores.app.getState().setDocument('identity', '2026-09-01');
    const value = await stored(stores);
    expect(value?.version).toBe(CURRENT_VERSION);
    expect(Object.keys(value?.state ?? {}).sort()).toEqual([
      'afterTasks',
      'answers',
      'arrivedOn',
      'backup',
      'cardEndsOn',
      'careSheets',
      'dismissed',
      'documentChecks',
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
    const stores = await freshStores();
    const { app, status } = stores;
    expect(app.getState().path).toBeNull();
    expect(status.getState().loadOutcome).toEqual({ kind: 'damaged', reason: 'invalid' });
    const recoveryKey = status.getState().recoveryKey;
    expect(recoveryKey).toMatch(/^secu-steps\/recovery-/);
    expect(await get(recoveryKey as string)).toEqual(garbage);
    app.getState().choosePath('eu');
    expect((await stored(stores))?.state.path).toBe('eu');
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
    const stores = await freshStores();
    const { app, status } = stores;
    expect(status.getState().loadOutcome).toEqual({ kind: 'damaged', reason: 'newer' });
    expect(status.getState().newerApp).toBe(true);
    app.getState().choosePath('quebec');
    await stored(stores);
    expect(await get(STATE_KEY)).toEqual(newer);
    expect(status.getState().newerApp).toBe(true);
  });

  it('retries a failed write and says so meanwhile, keeping the change in memory', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout'] });
    const stores = await freshStores();
    const { app, status } = stores;
    const failing = vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(() => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });
    app.getState().setDocument('visa', '2026-09-01');
    expect(await stored(stores)).toBeUndefined();
    expect(status.getState().saveFailed).toBe(true);
    expect(app.getState().documents).toEqual({ visa: '2026-09-01' });
    failing.mockRestore();
    // The retry waits for its timer: flushing does not hasten it.
    expect(await stored(stores)).toBeUndefined();
    await vi.advanceTimersByTimeAsync(6_000);
    vi.useRealTimers();
    expect((await stored(stores))?.state.documents).toEqual({ visa: '2026-09-01' });
    expect(status.getState().saveFailed).toBe(false);
  });
});

describe('several tabs', () => {
  it('merge instead of overwriting when a tab writes over data it has not seen', async () => {
    const first = await freshStores();
    const second = await freshStores();
    first.app.getState().setDocument('visa', '2026-09-01');
    await stored(first);
    // The second tab has not reloaded: its write must keep the first tab's tick.
    second.app.getState().setDocument('identity', '2026-09-02');
    expect((await stored(second))?.state.documents).toEqual({ visa: '2026-09-01', identity: '2026-09-02' });
    expect(second.app.getState().documents).toEqual({ visa: '2026-09-01', identity: '2026-09-02' });
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
    await stored(first);
    // The second tab is stale, and the student taps twice before its first write has finished.
    second.app.getState().setDocument('visa', '2026-09-03');
    second.app.getState().setDocument('identity', '2026-09-04');
    await stored(second);
    second.app.getState().setStep('circumstances', '2026-09-05');
    await stored(second);
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
    await stored(first);
    second.app.getState().addCareSheet({ day: '2026-10-02', kind: 'pharmacy', paidCents: 1200 });
    await stored(second);
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
    await stored(first, second);
    expect((await get(STATE_KEY))?.revision).toBe(revision);
    first.dispose();
    second.dispose();
  });

  it('never bring erased data back from a window that missed the erase', async () => {
    const first = await freshStores();
    first.app.getState().setAnswer('surname', 'Mensah');
    await stored(first);
    const second = await freshStores();
    await first.eraseAll();
    second.app.getState().choosePath('eu');
    await stored(second);
    expect(await keys()).toEqual([]);
    expect(second.status.getState().erasedElsewhere).toBe(true);
  });
});

describe('edge cases between windows', () => {
  it('a window still on the first release does not wipe what only the new version knows', async () => {
    const current = await freshStores();
    current.app.getState().addCareSheet({ day: '2026-10-01', kind: 'dentist', paidCents: 3000 });
    await stored(current);
    // An old window writes its own kind of blob: version 1, no care sheets, no revision.
    await set(STATE_KEY, { ...stateV1, state: { ...stateV1.state, answers: { surname: 'Haddad' } } });
    current.app.getState().setStep('connect', '2026-10-02');
    await stored(current);
    const disk = (await get(STATE_KEY))?.state;
    expect(disk?.careSheets).toHaveLength(1);
    expect(disk?.answers).toEqual({ surname: 'Haddad' });
    expect(current.app.getState().careSheets).toHaveLength(1);
  });

  it('keeps saving after erasing failed', async () => {
    const stores = await freshStores();
    const { app, eraseAll } = stores;
    const failing = vi.spyOn(IDBObjectStore.prototype, 'clear').mockImplementation(() => {
      throw new DOMException('busy', 'UnknownError');
    });
    await expect(eraseAll()).rejects.toThrow();
    failing.mockRestore();
    app.getState().setDocument('visa', '2026-09-01');
    await stored(stores);
    expect((await get(STATE_KEY))?.state.documents).toEqual({ visa: '2026-09-01' });
  });

  it('a window whose first read was already old catches up once it has loaded', async () => {
    const writer = await freshStores();
    writer.app.getState().setDocument('visa', '2026-09-01');
    await stored(writer);
    // The late window began reading before the writer wrote.
    startEarlyRead();
    writer.app.getState().setDocument('identity', '2026-09-02');
    const late = await freshStores();
    await stored(writer, late);
    expect(late.app.getState().documents).toEqual({ visa: '2026-09-01', identity: '2026-09-02' });
  });

  it('a migration from an old early read does not overwrite what another window saved since', async () => {
    const newer = {
      state: { ...initialSavedState(), path: 'non-eu', documents: { visa: '2026-09-01' } },
      version: CURRENT_VERSION,
      revision: 4,
    };
    await set(STATE_KEY, stateV1);
    // The late window began reading the first-release data; another window saved newer data since.
    startEarlyRead();
    await set(STATE_KEY, newer);
    const late = await freshStores();
    expect(await stored(late)).toEqual(newer);
    expect(late.app.getState().documents).toEqual({ visa: '2026-09-01' });
  });

  it('a window that missed an erase does not bring the old data back, even at the same revision', async () => {
    const first = await freshStores();
    first.app.getState().setAnswer('surname', 'Mensah');
    await stored(first);
    const stale = await freshStores();
    await first.eraseAll();
    const restarted = await freshStores();
    restarted.app.getState().choosePath('eu');
    await stored(restarted);
    stale.app.getState().setStep('connect', '2026-09-02');
    await stored(stale);
    const disk = (await get(STATE_KEY))?.state;
    expect(disk?.answers).toEqual({});
    expect(disk?.path).toBe('eu');
    expect(disk?.steps).toEqual({ connect: '2026-09-02' });
  });

  it('a restored backup replaces the data as it is, whatever another window wrote', async () => {
    const importing = await freshStores();
    const other = await freshStores();
    other.app.getState().setDocument('identity', '2026-09-03');
    await stored(other);
    const backup = { ...initialSavedState(), path: 'quebec' as const, answers: { surname: 'Tremblay' } };
    importing.replaceAll(backup);
    await stored(importing);
    expect((await get(STATE_KEY))?.state).toEqual(backup);
    expect(importing.app.getState().path).toBe('quebec');
  });
});

describe('erasing everything', () => {
  it('removes every key the app stored, including kept data, and writes nothing afterwards', async () => {
    await set('secu-steps/recovery-1', 'garbage');
    const stores = await freshStores();
    stores.app.getState().setDocument('visa', '2026-09-01');
    await stored(stores);
    await stores.eraseAll();
    stores.app.getState().setDocument('identity', '2026-09-02');
    await stored(stores);
    expect(await keys()).toEqual([]);
  });
});

describe('when IndexedDB fails', () => {
  it('a first read that fails starts afresh, says so, and never writes over what is stored', async () => {
    const kept = { state: { ...initialSavedState(), path: 'quebec' }, version: CURRENT_VERSION, revision: 2 };
    await set(STATE_KEY, kept);
    const failing = vi.spyOn(IDBObjectStore.prototype, 'get').mockImplementationOnce(() => {
      throw new DOMException('busy', 'UnknownError');
    });
    const stores = await freshStores();
    expect(failing).toHaveBeenCalled();
    expect(stores.status.getState().loadOutcome).toEqual({ kind: 'damaged', reason: 'unreadable' });
    expect(stores.app.getState().path).toBeNull();
    stores.app.getState().choosePath('eu');
    expect(await stored(stores)).toEqual(kept);
    expect(stores.status.getState().saveFailed).toBe(true);
  });

  it('when damaged data cannot be kept aside, it stays where it is and nothing is written over it', async () => {
    const garbage = { state: { path: 12 }, version: CURRENT_VERSION };
    await set(STATE_KEY, garbage);
    const failing = vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(() => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });
    const stores = await freshStores();
    failing.mockRestore();
    expect(stores.status.getState().loadOutcome).toEqual({ kind: 'damaged', reason: 'unreadable' });
    expect(stores.status.getState().recoveryKey).toBeNull();
    stores.app.getState().choosePath('eu');
    expect(await stored(stores)).toEqual(garbage);
    expect(await keys()).toEqual([STATE_KEY]);
  });
});

describe('data from a newer version of the app', () => {
  const newer = { state: { path: 'eu', somethingNew: true }, version: CURRENT_VERSION + 1, revision: 9 };

  it('is not replaced by a restored backup', async () => {
    const importing = await freshStores();
    await set(STATE_KEY, newer);
    await importing.replaceAll({ ...initialSavedState(), path: 'quebec' });
    expect(await stored(importing)).toEqual(newer);
    expect(importing.status.getState().newerApp).toBe(true);
  });

  it('is not read into a window that loaded older data, nor written over by it', async () => {
    await set(STATE_KEY, { state: { ...initialSavedState(), path: 'non-eu' }, version: CURRENT_VERSION, revision: 1 });
    // This window began reading before the newer app wrote; the refresh after loading finds the newer data.
    startEarlyRead();
    await set(STATE_KEY, newer);
    const stale = await freshStores();
    await stale.flush();
    expect(stale.app.getState().path).toBe('non-eu');
    stale.app.getState().setStep('connect', '2026-09-02');
    expect(await stored(stale)).toEqual(newer);
    expect(stale.status.getState().newerApp).toBe(true);
  });
});

describe('two tabs editing the same records', () => {
  it('keep each other reminder marks and numbers, entry by entry', async () => {
    const first = await freshStores();
    const second = await freshStores();
    first.app.getState().markReminder('prepare-documents', { doneOn: '2026-09-01' });
    first.app.getState().setNumber('provisional', '295109912611193', '2026-09-20');
    await stored(first);
    second.app.getState().markReminder('register-online', { snoozedUntil: '2026-09-10' });
    second.app.getState().setNumber('definitive', '295109912611193', '2027-01-15');
    const disk = (await stored(second))?.state;
    const expected = {
      reminders: { 'prepare-documents': { doneOn: '2026-09-01' }, 'register-online': { snoozedUntil: '2026-09-10' } },
      numbers: {
        provisional: { value: '295109912611193', enteredOn: '2026-09-20' },
        definitive: { value: '295109912611193', enteredOn: '2027-01-15' },
      },
    };
    expect({ reminders: disk?.reminders, numbers: disk?.numbers }).toEqual(expected);
    const { reminders, numbers } = second.app.getState();
    expect({ reminders, numbers }).toEqual(expected);
  });

  it('a care sheet deleted in one tab stays deleted when the other tab, stale, edits it', async () => {
    const first = await freshStores();
    first.app.getState().addCareSheet({ day: '2026-10-01', kind: 'dentist', paidCents: 5000 });
    await stored(first);
    const second = await freshStores();
    const id = first.app.getState().careSheets[0]!.id;
    first.app.getState().removeCareSheet(id);
    await stored(first);
    expect(second.app.getState().updateCareSheet(id, { paidCents: 6000 })).toBeUndefined();
    expect((await stored(second))?.state.careSheets).toEqual([]);
    expect(second.app.getState().careSheets).toEqual([]);
  });

  it('a care sheet edited in one tab is deleted when the other tab, stale, deletes it', async () => {
    const first = await freshStores();
    first.app.getState().addCareSheet({ day: '2026-10-01', kind: 'dentist', paidCents: 5000 });
    await stored(first);
    const second = await freshStores();
    const id = first.app.getState().careSheets[0]!.id;
    first.app.getState().updateCareSheet(id, { paidCents: 6000 });
    await stored(first);
    second.app.getState().removeCareSheet(id);
    expect((await stored(second))?.state.careSheets).toEqual([]);
  });

  it('a number removed in one tab comes back only as the other tab corrected it', async () => {
    const first = await freshStores();
    first.app.getState().setNumber('provisional', '295109912611194', '2026-09-20');
    await stored(first);
    const second = await freshStores();
    first.app.getState().setNumber('provisional', null, '2026-09-21');
    await stored(first);
    second.app.getState().setNumber('provisional', '295109912611193', '2026-09-22');
    const disk = (await stored(second))?.state;
    expect(disk?.numbers).toEqual({ provisional: { value: '295109912611193', enteredOn: '2026-09-20' } });
  });
});
