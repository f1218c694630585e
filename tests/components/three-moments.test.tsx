import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { clear } from 'idb-keyval';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { App } from '../../src/app/app';
import { createAppStores } from '../../src/store/app-store';
import { createBackup } from '../../src/store/backup';
import { initialSavedState } from '../../src/store/schema';
import { renderWithStore } from '../support/render-app';

beforeEach(async () => {
  await clear();
  window.location.hash = '';
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date(2026, 6, 10, 10, 0));
});

afterEach(() => {
  vi.useRealTimers();
});

async function studentOn(path: 'non-eu' | 'eu', setup: (app: ReturnType<typeof createAppStores>['app']) => void = () => {}) {
  const stores = createAppStores();
  await stores.app.persist.rehydrate();
  stores.app.getState().choosePath(path);
  setup(stores.app);
  return stores;
}

describe('before you leave', () => {
  it('lists what to prepare at home and never points to the registration site, until the student is in France', async () => {
    const user = userEvent.setup();
    const stores = await studentOn('non-eu', (app) => {
      for (const document of ['enrolment', 'identity', 'visa'] as const) app.getState().setDocument(document, '2026-07-01');
      app.getState().setAnswer('coverStartDate', '2026-09-15');
    });
    await renderWithStore(<App />, stores);
    const card = await screen.findByRole('region', { name: 'Before you leave' });
    expect(card).toHaveTextContent(/full copy of your birth certificate, or an extract showing your parents' names/);
    expect(card).toHaveTextContent(/sworn translator/);
    expect(card).toHaveTextContent(/apostille or legalisation/);
    expect(card).toHaveTextContent(/export a backup/);
    expect(screen.queryByText(/register now on etudiant-etranger.ameli.fr/)).not.toBeInTheDocument();
    expect(screen.queryByRole('link', { name: /etudiant-etranger.ameli.fr/ })).not.toBeInTheDocument();

    await user.click(within(card).getByRole('button', { name: 'I am in France now' }));
    expect(stores.app.getState().arrivedOn).toBe('2026-07-10');
    const next = screen.getByRole('region', { name: "What's next" });
    expect(next).toHaveTextContent(/register now on etudiant-etranger.ameli.fr/);
    await user.click(screen.getByRole('button', { name: 'Undo' }));
    expect(stores.app.getState().arrivedOn).toBeNull();
    expect(await screen.findByRole('region', { name: 'Before you leave' })).toBeInTheDocument();
  });

  it('asks European students without a card for proof of resources, and no translation', async () => {
    const stores = createAppStores();
    await stores.app.persist.rehydrate();
    stores.app.getState().choosePath('eu-no-card');
    await renderWithStore(<App />, stores);
    const card = await screen.findByRole('region', { name: 'Before you leave' });
    expect(card).toHaveTextContent(/proof of resources of at least €615 a month/);
    expect(card).toHaveTextContent(/Greek and Bulgarian students: arrange its French translation/);
    expect(card).not.toHaveTextContent(/apostille/);
  });
});

describe('while you wait', () => {
  it('says what to do meanwhile and when to contact the CPAM, once the provisional number is there', async () => {
    vi.setSystemTime(new Date(2026, 10, 10, 10, 0));
    const stores = await studentOn('non-eu', (app) => app.getState().setNumber('provisional', '295109912611193', '2026-09-20'));
    await renderWithStore(<App />, stores);
    const card = await screen.findByRole('region', { name: 'While you wait for your definitive number' });
    expect(within(card).getByRole('link', { name: 'My care sheets' })).toHaveAttribute('href', '#/care-sheets');
    expect(within(card).getByRole('link', { name: 'How to declare one' })).toHaveAttribute('href', '#/after');
    expect(card).toHaveTextContent(/call 36 46/);
    expect(card).toHaveTextContent(/usually takes several months/);
  });
});

describe('back on a new phone', () => {
  it('restores a backup from the first screen, then lands on a heading with home one tap away', async () => {
    const user = userEvent.setup();
    const { stores } = await renderWithStore(<App />);
    await user.click(screen.getByRole('link', { name: 'Restore a backup' }));
    const backup = createBackup(
      {
        ...initialSavedState(),
        path: 'non-eu',
        answers: { surname: 'Zhang' },
        numbers: { provisional: { value: '295109912611193', enteredOn: '2026-09-20' } },
      },
      new Date('2026-11-20T09:00:00Z'),
    );
    await user.upload(await screen.findByLabelText('Import backup'), new File([backup], 'backup.json', { type: 'application/json' }));
    await user.click(await screen.findByRole('button', { name: 'Replace my data with this backup' }));
    const done = await screen.findByRole('heading', { name: 'Your backup is restored.' });
    await vi.waitFor(() => expect(done).toHaveFocus());
    expect(stores.app.getState().answers).toEqual({ surname: 'Zhang' });
    await user.click(screen.getByRole('link', { name: 'Go to the home screen' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Where you are' })).toBeInTheDocument();
  });

  it('says so in the snackbar when undoing a restore is no longer possible, even from another screen', async () => {
    const user = userEvent.setup();
    const { stores } = await renderWithStore(<App />);
    await user.click(screen.getByRole('link', { name: 'Restore a backup' }));
    const backup = createBackup(
      { ...initialSavedState(), path: 'non-eu', answers: { surname: 'Zhang' } },
      new Date('2026-11-20T09:00:00Z'),
    );
    await user.upload(await screen.findByLabelText('Import backup'), new File([backup], 'backup.json', { type: 'application/json' }));
    await user.click(await screen.findByRole('button', { name: 'Replace my data with this backup' }));
    await user.click(await screen.findByRole('link', { name: 'Go to the home screen' }));
    await screen.findByRole('heading', { level: 1, name: 'Where you are' });
    stores.app.getState().setAnswer('surname', 'Zhang Wei');
    await stores.flush();
    await user.click(screen.getByRole('button', { name: 'Undo' }));
    expect(await screen.findByText(/Undo is no longer possible/)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Undo' })).not.toBeInTheDocument();
    expect(stores.app.getState().answers).toEqual({ surname: 'Zhang Wei' });
  });

  it('suggests a backup once a number is saved, and stops once it is exported', async () => {
    vi.setSystemTime(new Date(2026, 8, 21, 10, 0));
    const stores = await studentOn('non-eu', (app) => app.getState().setNumber('provisional', '295109912611193', '2026-09-20'));
    const { unmount } = await renderWithStore(<App />, stores);
    const region = await screen.findByRole('region', { name: 'Reminders' });
    expect(within(region).getByRole('heading', { name: 'Keep a backup' })).toBeInTheDocument();
    expect(within(region).getByRole('link', { name: 'Export a backup' })).toHaveAttribute('href', '#/settings');
    stores.app.getState().noteBackupExported('2026-09-21');
    await vi.waitFor(() => expect(within(region).queryByRole('heading', { name: 'Keep a backup' })).not.toBeInTheDocument());
    unmount();
  });
});

describe('European students with a card', () => {
  it('keep the end date of their card, and are reminded six weeks before it', async () => {
    const user = userEvent.setup();
    const stores = await studentOn('eu');
    window.location.hash = '#/situation';
    await renderWithStore(<App />, stores);
    const field = await screen.findByLabelText('Your European Health Insurance Card is valid until');
    await user.type(field, '2026-08-15');
    expect(stores.app.getState().cardEndsOn).toBe('2026-08-15');
    await user.click(within(screen.getByRole('navigation', { name: 'Main' })).getByRole('link', { name: 'Home' }));
    const region = await screen.findByRole('region', { name: 'Reminders' });
    expect(within(region).getByRole('heading', { name: 'Your European Health Insurance Card ends soon' })).toBeInTheDocument();
  });
});
