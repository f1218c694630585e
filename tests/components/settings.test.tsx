import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { clear } from 'idb-keyval';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import SettingsScreen from '../../src/features/settings/settings-screen';
import { createBackup } from '../../src/store/backup';
import { initialSavedState } from '../../src/store/schema';
import { renderWithStore } from '../support/render-app';

beforeEach(async () => {
  await clear();
});

const backupFile = (text: string, name = 'backup.json') => new File([text], name, { type: 'application/json' });

describe('restoring a backup', () => {
  it('shows what the backup holds and replaces the data only when confirmed, with undo', async () => {
    const user = userEvent.setup();
    const { stores } = await renderWithStore(<SettingsScreen />);
    stores.app.getState().choosePath('non-eu');
    stores.app.getState().setDocument('visa', '2026-09-01');
    const backup = createBackup(
      { ...initialSavedState(), path: 'eu', answers: { surname: 'Silva', firstNames: 'Ana' } },
      new Date('2026-11-20T09:00:00Z'),
    );

    await user.upload(screen.getByLabelText('Import backup'), backupFile(backup));
    const preview = await screen.findByRole('group', { name: /Backup from/ });
    expect(preview).toHaveTextContent('2 prepared answers');
    expect(preview).toHaveTextContent('EU, EEA or Switzerland, with a European Health Insurance Card');
    expect(preview).not.toHaveTextContent('documents ready');
    expect(stores.app.getState().documents).toEqual({ visa: '2026-09-01' });

    await user.click(screen.getByRole('button', { name: 'Replace my data with this backup' }));
    expect(stores.app.getState().path).toBe('eu');
    expect(stores.app.getState().documents).toEqual({});
    await user.click(await screen.findByRole('button', { name: 'Undo' }));
    await vi.waitFor(() => expect(stores.app.getState().path).toBe('non-eu'));
    expect(stores.app.getState().documents).toEqual({ visa: '2026-09-01' });
  });

  it('refuses to undo a restore once the data has changed since', async () => {
    const user = userEvent.setup();
    const { stores } = await renderWithStore(<SettingsScreen />);
    stores.app.getState().setDocument('visa', '2026-09-01');
    await user.upload(screen.getByLabelText('Import backup'), backupFile(createBackup({ ...initialSavedState(), path: 'eu' }, new Date())));
    await user.click(await screen.findByRole('button', { name: 'Replace my data with this backup' }));
    await screen.findByRole('button', { name: 'Undo' });
    stores.app.getState().setStep('connect', '2026-11-27');
    await stores.flush();
    await user.click(screen.getByRole('button', { name: 'Undo' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Undo is no longer possible');
    expect(stores.app.getState().path).toBe('eu');
    expect(stores.app.getState().steps).toEqual({ connect: '2026-11-27' });
  });

  it('refuses a file that is not a backup with an alert and changes nothing', async () => {
    const user = userEvent.setup();
    const { stores } = await renderWithStore(<SettingsScreen />);
    stores.app.getState().setDocument('visa', '2026-09-01');
    await user.upload(screen.getByLabelText('Import backup'), backupFile('{"photos":[1,2,3]}'));
    expect(await screen.findByRole('alert')).toHaveTextContent('not a Sécu Steps backup');
    expect(screen.getByRole('alert')).toHaveTextContent('Your data was not changed.');
    expect(screen.queryByRole('button', { name: 'Replace my data with this backup' })).not.toBeInTheDocument();
    expect(stores.app.getState().documents).toEqual({ visa: '2026-09-01' });
  });

  it('cancelling the preview changes nothing', async () => {
    const user = userEvent.setup();
    const { stores } = await renderWithStore(<SettingsScreen />);
    await user.upload(
      screen.getByLabelText('Import backup'),
      backupFile(createBackup({ ...initialSavedState(), path: 'quebec' }, new Date())),
    );
    await user.click(await screen.findByRole('button', { name: 'Cancel' }));
    expect(stores.app.getState().path).toBeNull();
    expect(screen.queryByRole('group', { name: /Backup from/ })).not.toBeInTheDocument();
  });
});

describe('deleting everything', () => {
  it('asks for a second, explicit confirmation, and Cancel keeps everything', async () => {
    const user = userEvent.setup();
    const { stores } = await renderWithStore(<SettingsScreen />);
    stores.app.getState().setDocument('visa', '2026-09-01');
    await user.click(screen.getByRole('button', { name: 'Delete all my data' }));
    expect(screen.getByText(/Delete everything now\?/).closest('p')).toHaveFocus();
    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByRole('button', { name: 'Yes, delete everything' })).not.toBeInTheDocument();
    expect(stores.app.getState().documents).toEqual({ visa: '2026-09-01' });
  });
});

describe('privacy', () => {
  it('says what is stored, where, what is sent and how to delete it', async () => {
    await renderWithStore(<SettingsScreen />);
    const privacy = screen.getByRole('region', { name: 'Privacy' });
    expect(privacy).toHaveTextContent('Only in this browser on this device');
    expect(privacy).toHaveTextContent('Nothing.');
  });
});
