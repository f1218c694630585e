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
  it('keeps the account and the card for later, with why, but lets the doctor be declared from the start', async () => {
    const user = userEvent.setup();
    const { stores } = await renderWithStore(<AfterScreen />);
    expect(screen.getAllByText('Later')).toHaveLength(2);
    expect(screen.getByText(/the provisional one does not allow them. Your referring doctor does not have to wait/)).toBeInTheDocument();
    expect(screen.getByText(/€19 is refunded \(70 %, minus a €2 flat contribution\); without one, only 30 %/)).toBeInTheDocument();
    expect(screen.getByText(/Some doctors may ask for your definitive number/)).toBeInTheDocument();
    expect(screen.getAllByRole('checkbox')).toHaveLength(1);
    await user.click(screen.getByRole('checkbox', { name: 'Referring doctor declared' }));
    expect(stores.app.getState().afterTasks.referringDoctor).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it('lets each task be ticked with its day once the definitive number is there, and keeps them', async () => {
    const user = userEvent.setup();
    const stores = await storesWith((app) => app.getState().setNumber('definitive', '295109912611193', '2027-01-10'));
    const { unmount } = await renderWithStore(<AfterScreen />, stores);
    expect(screen.queryByText('Later')).not.toBeInTheDocument();
    expect(screen.getByText(/Mes démarches/)).toBeInTheDocument();
    expect(screen.getByText(/S3704/)).toBeInTheDocument();
    expect(screen.queryByRole('checkbox', { name: 'carte Vitale received' })).not.toBeInTheDocument();

    await user.click(screen.getByRole('checkbox', { name: 'ameli account created' }));
    await user.click(screen.getByRole('checkbox', { name: 'carte Vitale ordered' }));
    await user.click(screen.getByRole('checkbox', { name: 'carte Vitale received' }));
    await user.click(screen.getByRole('checkbox', { name: 'Referring doctor declared' }));
    expect(screen.getAllByText(/^Done on /)).toHaveLength(4);
    await stores.flush();
    unmount();

    await renderWithStore(<AfterScreen />, createAppStores());
    for (const name of ['ameli account created', 'carte Vitale ordered', 'carte Vitale received', 'Referring doctor declared']) {
      expect(screen.getByRole('checkbox', { name })).toBeChecked();
    }
  });
});

describe('the after screen for Québec students', () => {
  it('shows only the referring doctor, never the ameli account or the carte Vitale', async () => {
    const stores = await storesWith((app) => app.getState().choosePath('quebec'));
    await renderWithStore(<AfterScreen />, stores);
    expect(screen.getByText(/A referring doctor makes your refunds larger/)).toBeInTheDocument();
    expect(screen.getAllByRole('checkbox')).toHaveLength(1);
    expect(screen.getByRole('checkbox', { name: 'Referring doctor declared' })).toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: /ameli account|carte Vitale/ })).not.toBeInTheDocument();
    expect(screen.queryByRole('region', { name: 'Complementary cover' })).not.toBeInTheDocument();
  });
});

describe('the reminders on the home screen', () => {
  it('shows the most useful reminder in full, folds the others, and an answer completes the task with undo', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date(2027, 0, 25, 10, 0));
    const user = userEvent.setup();
    const stores = await storesWith((app) => {
      app.getState().choosePath('non-eu');
      app.getState().setNumber('definitive', '295109912611193', '2027-01-10');
      app.getState().noteBackupExported('2027-01-10');
    });
    await renderWithStore(<HomeScreen />, stores);
    const region = await screen.findByRole('region', { name: 'Reminders' });
    expect(within(region).getByText('2 things to do now')).toBeInTheDocument();
    expect(within(region).getAllByRole('heading', { level: 3 })[0]).toHaveTextContent('Create your ameli account');
    const folded = within(region).getByText('1 more thing to do').closest('details');
    expect(folded).not.toHaveAttribute('open');
    expect(within(folded as HTMLElement).getByRole('heading', { name: 'Declare a referring doctor' })).toBeInTheDocument();

    await user.click(within(region).getByRole('button', { name: 'Account created' }));
    expect(stores.app.getState().afterTasks.ameliAccount).toBe('2027-01-25');
    // Creating the account brings the next task, ordering the card, due the same day.
    expect(within(region).getAllByRole('heading', { level: 3 })[0]).toHaveTextContent('Order your carte Vitale');
    expect(within(region).getByRole('heading', { name: 'Reminders' })).toHaveFocus();
    await user.click(screen.getByRole('button', { name: 'Undo' }));
    expect(stores.app.getState().afterTasks.ameliAccount).toBeUndefined();
  });

  it('records care sheets as sent when their reminder is answered "All sent", and returns focus to the list', async () => {
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
    expect(screen.getByText('“Send your care sheets”: All sent.').closest('[role="status"]')).not.toBeNull();
    await user.click(screen.getByRole('button', { name: 'Undo' }));
    expect(stores.app.getState().careSheets.map((sheet) => sheet.sentOn)).toEqual([undefined, undefined]);
  });

  const waitingSinceSeptember = (app: ReturnType<typeof createAppStores>['app']) => {
    app.getState().choosePath('non-eu');
    app.getState().setNumber('provisional', '295109912611193', '2026-09-20');
    for (const document of ['enrolment', 'identity', 'visa', 'vital-record', 'residence-permit', 'bank-details'] as const) {
      app.getState().setDocument(document, '2026-09-20');
    }
    app.getState().setAfterTask('referringDoctor', '2026-10-01');
    app.getState().noteBackupExported('2026-10-01');
  };

  it('answers "One was refused" with what to do, and asks again about the documents three weeks later', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date(2026, 9, 12, 10, 0));
    const user = userEvent.setup();
    const stores = await storesWith(waitingSinceSeptember);
    await renderWithStore(<HomeScreen />, stores);
    const region = await screen.findByRole('region', { name: 'Reminders' });
    expect(within(region).getByRole('button', { name: 'Yes, all accepted' })).toBeInTheDocument();
    await user.click(within(region).getByRole('button', { name: 'One was refused' }));
    expect(stores.app.getState().reminders['documents-review']).toEqual({ snoozedUntil: '2026-11-02' });
    const whatToDo = within(region).getByRole('group', { name: 'A document was refused: what to do' });
    await vi.waitFor(() => expect(within(whatToDo).getByRole('heading')).toHaveFocus());
    expect(within(whatToDo).getByRole('link', { name: 'Open my documents' })).toHaveAttribute('href', '#/documents');
    expect(within(region).queryByRole('heading', { name: 'Were your documents accepted?' })).not.toBeInTheDocument();
  });

  it('answers "Not yet" about the definitive number by asking again four weeks later', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date(2027, 0, 15, 10, 0));
    const user = userEvent.setup();
    const stores = await storesWith((app) => {
      waitingSinceSeptember(app);
      app.getState().markReminder('documents-review', { doneOn: '2026-10-12' });
    });
    await renderWithStore(<HomeScreen />, stores);
    const region = await screen.findByRole('region', { name: 'Reminders' });
    expect(within(region).getByRole('heading', { name: 'Has your definitive number arrived?' })).toBeInTheDocument();
    expect(within(region).getByRole('link', { name: 'It arrived: enter it' })).toHaveAttribute('href', '#/numbers');
    await user.click(within(region).getByRole('button', { name: 'Not yet' }));
    expect(within(region).queryByRole('heading', { name: 'Has your definitive number arrived?' })).not.toBeInTheDocument();
    expect(stores.app.getState().reminders['definitive-number']).toEqual({ doneOn: '2027-01-15' });
    expect(within(region).getByText('Next reminder: Has your definitive number arrived?, on February 12, 2027.')).toBeInTheDocument();
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
    expect(within(region).getByText('Next reminder: Get ready to register, on September 1, 2026.')).toBeInTheDocument();
    expect(within(region).getByRole('button', { name: 'Add reminders to my calendar' })).toBeEnabled();
  });

  it('has nothing to export once everything is done and backed up, and no reminders for students from Andorra', async () => {
    const done = await storesWith((app) => {
      app.getState().choosePath('non-eu');
      app.getState().setNumber('definitive', '295109912611193', '2027-01-10');
      for (const task of ['ameliAccount', 'cardOrdered', 'cardReceived', 'referringDoctor'] as const) {
        app.getState().setAfterTask(task, '2027-01-20');
      }
      app.getState().noteBackupExported('2027-01-20');
    });
    const { unmount } = await renderWithStore(<HomeScreen />, done);
    const region = await screen.findByRole('region', { name: 'Reminders' });
    expect(within(region).getByRole('button', { name: 'Add reminders to my calendar' })).toBeDisabled();
    await done.flush();
    unmount();
    await clear();

    await renderWithStore(<HomeScreen />, await storesWith((app) => app.getState().choosePath('andorra')));
    expect(screen.queryByRole('region', { name: 'Reminders' })).not.toBeInTheDocument();
  });
});
