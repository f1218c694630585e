import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { clear } from 'idb-keyval';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import AfterScreen from '../../src/features/after/after-screen';
import HomeScreen from '../../src/features/home/home-screen';
import { createAppStores } from '../../src/store/app-store';
import { renderWithStore } from '../support/render-app';

beforeEach(async () => {
  await clear();
});

afterEach(() => {
  vi.useRealTimers();
});

async function storesWith(setup: (app: ReturnType<typeof createAppStores>['app']) => void) {
  const stores = createAppStores();
  await stores.app.persist.rehydrate();
  setup(stores.app);
  return stores;
}

describe('the after-steps screen', () => {
  it('shows the three tasks as later, with why, until the definitive number exists', async () => {
    await renderWithStore(<AfterScreen />);
    expect(screen.getAllByText('Later')).toHaveLength(3);
    expect(screen.getByText(/provisional one does not let you create an ameli account/)).toBeInTheDocument();
    expect(screen.queryByRole('checkbox')).not.toBeInTheDocument();
  });

  it('lets each task be ticked with its day once the definitive number is there, and keeps them', async () => {
    const user = userEvent.setup();
    const stores = await storesWith((app) => app.getState().setNumber('definitive', '295109912611193', '2027-01-10'));
    const { unmount } = await renderWithStore(<AfterScreen />, stores);
    expect(screen.queryByText('Later')).not.toBeInTheDocument();
    expect(screen.getByText(/70 %/)).toBeInTheDocument();
    expect(screen.getByText(/S3704/)).toBeInTheDocument();
    expect(screen.queryByRole('checkbox', { name: 'Carte Vitale received' })).not.toBeInTheDocument();

    await user.click(screen.getByRole('checkbox', { name: 'ameli account created' }));
    await user.click(screen.getByRole('checkbox', { name: 'Carte Vitale ordered' }));
    await user.click(screen.getByRole('checkbox', { name: 'Carte Vitale received' }));
    await user.click(screen.getByRole('checkbox', { name: 'Referring doctor declared' }));
    expect(screen.getAllByText(/^Done on /)).toHaveLength(4);
    await stores.flush();
    unmount();

    await renderWithStore(<AfterScreen />, createAppStores());
    for (const name of ['ameli account created', 'Carte Vitale ordered', 'Carte Vitale received', 'Referring doctor declared']) {
      expect(screen.getByRole('checkbox', { name })).toBeChecked();
    }
  });
});

describe('the reminders on the home screen', () => {
  it('lists what is due in a region named Reminders, and Done completes the task with undo', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date(2027, 0, 25, 10, 0));
    const user = userEvent.setup();
    const stores = await storesWith((app) => {
      app.getState().choosePath('non-eu');
      app.getState().setNumber('definitive', '295109912611193', '2027-01-10');
    });
    await renderWithStore(<HomeScreen />, stores);
    const region = await screen.findByRole('region', { name: 'Reminders' });
    expect(within(region).getByText('2 things to do now')).toBeInTheDocument();
    expect(within(region).getByRole('heading', { name: 'Create your ameli account' })).toBeInTheDocument();
    expect(within(region).getByRole('heading', { name: 'Declare a referring doctor' })).toBeInTheDocument();

    await user.click(within(region).getByRole('button', { name: 'Account created' }));
    expect(stores.app.getState().afterTasks.ameliAccount).toBe('2027-01-25');
    // Creating the account brings the next task, ordering the card, due the same day.
    expect(within(region).getByRole('heading', { name: 'Order your Carte Vitale' })).toBeInTheDocument();
    await user.click(within(region).getByRole('button', { name: 'Undo' }));
    expect(stores.app.getState().afterTasks.ameliAccount).toBeUndefined();
  });

  it('records care sheets as sent when their reminder is done, and returns focus to the list', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date(2026, 9, 20, 10, 0));
    const user = userEvent.setup();
    const stores = await storesWith((app) => {
      app.getState().choosePath('non-eu');
      app.getState().addCareSheet({ day: '2026-10-01', kind: 'dentist', paidCents: 4000 });
      app.getState().addCareSheet({ day: '2026-10-05', kind: 'pharmacy', paidCents: 900 });
    });
    await renderWithStore(<HomeScreen />, stores);
    const region = await screen.findByRole('region', { name: 'Reminders' });
    expect(within(region).getByText(/2 care sheets are not sent yet/)).toBeInTheDocument();
    await user.click(within(region).getByRole('button', { name: 'All sent' }));
    expect(stores.app.getState().careSheets.map((sheet) => sheet.sentOn)).toEqual(['2026-10-20', '2026-10-20']);
    expect(within(region).getByRole('heading', { name: 'Reminders' })).toHaveFocus();
    expect(within(region).getByText('“Send your care sheets” is done.').closest('[role="status"]')).not.toBeNull();
    await user.click(within(region).getByRole('button', { name: 'Undo' }));
    expect(stores.app.getState().careSheets.map((sheet) => sheet.sentOn)).toEqual([undefined, undefined]);
  });

  it('hides a snoozed reminder for a week', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date(2027, 0, 15, 10, 0));
    const user = userEvent.setup();
    const stores = await storesWith((app) => {
      app.getState().choosePath('non-eu');
      app.getState().setNumber('provisional', '295109912611193', '2026-09-20');
    });
    await renderWithStore(<HomeScreen />, stores);
    const region = await screen.findByRole('region', { name: 'Reminders' });
    expect(within(region).getByRole('heading', { name: 'Has your definitive number arrived?' })).toBeInTheDocument();
    await user.click(within(region).getByRole('button', { name: /Remind me in a week: Has your definitive number arrived/ }));
    expect(within(region).queryByRole('heading', { name: 'Has your definitive number arrived?' })).not.toBeInTheDocument();
    expect(stores.app.getState().reminders['definitive-number']).toEqual({ snoozedUntil: '2027-01-22' });
  });

  it('says when nothing is due yet, and what comes next', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date(2026, 6, 1, 10, 0));
    const stores = await storesWith((app) => {
      app.getState().choosePath('non-eu');
      app.getState().setAnswer('coverStartDate', '2026-09-15');
    });
    await renderWithStore(<HomeScreen />, stores);
    const region = await screen.findByRole('region', { name: 'Reminders' });
    expect(within(region).getByText('Nothing is due now.')).toBeInTheDocument();
    expect(within(region).getByText('Next reminder: Get your documents ready, on September 1, 2026.')).toBeInTheDocument();
    expect(within(region).getByRole('button', { name: 'Add reminders to my calendar' })).toBeEnabled();
  });

  it('has nothing to export once everything is done, and no reminders at all for students with a card', async () => {
    const done = await storesWith((app) => {
      app.getState().choosePath('non-eu');
      app.getState().setNumber('definitive', '295109912611193', '2027-01-10');
      for (const task of ['ameliAccount', 'cardOrdered', 'cardReceived', 'referringDoctor'] as const) {
        app.getState().setAfterTask(task, '2027-01-20');
      }
    });
    const { unmount } = await renderWithStore(<HomeScreen />, done);
    const region = await screen.findByRole('region', { name: 'Reminders' });
    expect(within(region).getByRole('button', { name: 'Add reminders to my calendar' })).toBeDisabled();
    await done.flush();
    unmount();
    await clear();

    await renderWithStore(<HomeScreen />, await storesWith((app) => app.getState().choosePath('eu')));
    expect(screen.queryByRole('region', { name: 'Reminders' })).not.toBeInTheDocument();
  });

});
