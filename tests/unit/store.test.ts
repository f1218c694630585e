import { clear, get, keys, set } from 'idb-keyval';
import { beforeEach, describe, expect, it } from 'vitest';
import { createAppStores } from '../../src/store/app-store';
import { STATE_KEY } from '../../src/store/idb-storage';
import { CURRENT_VERSION } from '../../src/store/migrations';
import { initialSavedState } from '../../src/store/schema';
import stateV1 from '../fixtures/state-v1.json';

beforeEach(async () => {
  await clear();
});

async function freshStores() {
  const stores = createAppStores();
  await stores.app.persist.rehydrate();
  return stores;
}

/** idb-keyval writes asynchronously; wait until what is stored matches. */
async function stored(): Promise<{ state: Record<string, unknown>; version: number } | undefined> {
  await new Promise((resolve) => setTimeout(resolve, 20));
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

  it('does not overwrite data written by a newer version of the app', async () => {
    const newer = { state: { path: 'eu', somethingNew: true }, version: CURRENT_VERSION + 1 };
    await set(STATE_KEY, newer);
    const { status } = await freshStores();
    expect(status.getState().loadOutcome).toEqual({ kind: 'damaged', reason: 'newer' });
    expect(await get(status.getState().recoveryKey as string)).toEqual(newer);
  });
});
