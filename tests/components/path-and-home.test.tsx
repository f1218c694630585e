import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { clear } from 'idb-keyval';
import { beforeEach, describe, expect, it } from 'vitest';
import { App } from '../../src/app/app';
import { createAppStores } from '../../src/store/app-store';
import { renderWithStore } from '../support/render-app';

beforeEach(async () => {
  await clear();
  window.location.hash = '';
});

describe('choosing a path', () => {
  it('asks first, with outside the EU selected by default, and saves the choice', async () => {
    const user = userEvent.setup();
    const { unmount, stores } = await renderWithStore(<App />);
    expect(screen.getByRole('heading', { level: 1, name: 'Welcome to Sécu Steps' })).toBeInTheDocument();
    expect(screen.queryByRole('navigation')).not.toBeInTheDocument();
    expect(screen.getByRole('radio', { name: /Outside the EU/ })).toBeChecked();
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    expect(screen.getByRole('heading', { level: 1, name: 'Where you are' })).toBeInTheDocument();
    expect(await screen.findByRole('heading', { name: 'Your journey' })).toBeInTheDocument();
    expect(await screen.findByRole('heading', { name: 'Before you leave' })).toBeInTheDocument();
    await stores.flush();
    unmount();

    await renderWithStore(<App />, createAppStores());
    expect(screen.getByRole('heading', { level: 1, name: 'Where you are' })).toBeInTheDocument();
  });

  it('commits nothing on the welcome screen until Continue, then focuses the new heading', async () => {
    const user = userEvent.setup();
    const { stores } = await renderWithStore(<App />);
    await user.click(screen.getByRole('radio', { name: /Andorra/ }));
    await user.keyboard('{ArrowUp}');
    expect(stores.app.getState().path).toBeNull();
    expect(screen.getByRole('radio', { name: /Québec/ })).toBeChecked();
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    expect(stores.app.getState().path).toBe('quebec');
    expect(screen.getByRole('heading', { level: 1, name: 'Where you are' })).toHaveFocus();
  });

  it('shows the steps and documents only to students who register online', async () => {
    const user = userEvent.setup();
    const { stores } = await renderWithStore(<App />);
    stores.app.getState().choosePath('non-eu');
    const nav = await screen.findByRole('navigation', { name: 'Main' });
    expect(within(nav).getByRole('link', { name: 'Steps' })).toBeInTheDocument();
    expect(within(nav).getByRole('link', { name: 'Documents' })).toBeInTheDocument();

    await user.click(within(nav).getByRole('link', { name: 'More' }));
    await user.click(await screen.findByRole('link', { name: 'My situation' }));
    await user.click(await screen.findByRole('radio', { name: /Québec/ }));
    expect(stores.app.getState().path).toBe('quebec');
    expect(screen.getByText(/SE 401-Q-106/)).toBeInTheDocument();
    expect(within(nav).queryByRole('link', { name: 'Steps' })).not.toBeInTheDocument();
    expect(within(nav).queryByRole('link', { name: 'Documents' })).not.toBeInTheDocument();
  });

  it('changes the path at once, keeps what was entered, and can undo the change', async () => {
    const user = userEvent.setup();
    const { stores } = await renderWithStore(<App />);
    stores.app.getState().choosePath('non-eu');
    stores.app.getState().setDocument('visa', '2026-09-01');
    stores.app.getState().setDocument('enrolment', '2026-09-01');
    const nav = await screen.findByRole('navigation', { name: 'Main' });
    await user.click(within(nav).getByRole('link', { name: 'More' }));
    await user.click(await screen.findByRole('link', { name: 'My situation' }));
    await user.click(await screen.findByRole('radio', { name: /without a European Health Insurance Card/ }));
    expect(stores.app.getState().path).toBe('eu-no-card');
    expect(stores.app.getState().documents).toEqual({ visa: '2026-09-01', enrolment: '2026-09-01' });
    expect(screen.getByRole('heading', { name: 'You register online, in two phases' })).toBeInTheDocument();
    expect(screen.getByText(/Your situation is now: EU, EEA or Switzerland, without/).closest('[role="status"]')).not.toBeNull();

    await user.click(screen.getByRole('button', { name: 'Undo' }));
    expect(stores.app.getState().path).toBe('non-eu');
    expect(stores.app.getState().documents).toEqual({ visa: '2026-09-01', enrolment: '2026-09-01' });
  });

  it('tells a student with three documents of six to register now, and what can follow', async () => {
    const stores = createAppStores();
    await stores.app.persist.rehydrate();
    stores.app.getState().choosePath('non-eu');
    for (const document of ['enrolment', 'identity', 'visa'] as const) stores.app.getState().setDocument(document, '2026-09-01');
    stores.app.getState().setArrivedOn('2026-08-30');
    await renderWithStore(<App />, stores);
    const next = screen.getByRole('region', { name: "What's next" });
    expect(next).toHaveTextContent(/register now on etudiant-etranger.ameli.fr/);
    expect(next).toHaveTextContent(/every care sheet needs/);
    expect(next).toHaveTextContent('Add later, as soon as you have them: your birth certificate, your residence document, and your RIB.');
    const journey = await screen.findByRole('region', { name: 'Your journey' });
    const stages = within(journey).getAllByRole('listitem');
    expect(stages[0]).toHaveTextContent(/Documents to register: Done on September 1, 2026/);
    expect(stages[1]).toHaveTextContent(/Register online: Now/);
    expect(stages[1]).toHaveAttribute('aria-current', 'step');
  });

  it('shows the complementary cover once registered, and never says everything is done before it is put away', async () => {
    const user = userEvent.setup();
    const stores = createAppStores();
    await stores.app.persist.rehydrate();
    stores.app.getState().choosePath('non-eu');
    stores.app.getState().setNumber('definitive', '295109912611193', '2027-01-10');
    for (const task of ['ameliAccount', 'cardOrdered', 'cardReceived', 'referringDoctor'] as const) {
      stores.app.getState().setAfterTask(task, '2027-01-20');
    }
    await renderWithStore(<App />, stores);
    const cover = await screen.findByRole('region', { name: 'Complementary cover' });
    expect(cover).toHaveTextContent(/C2S\): free, or under €1 a day/);
    expect(screen.queryByText(/Everything is done/)).not.toBeInTheDocument();
    await user.click(within(cover).getByRole('button', { name: 'Got it' }));
    expect(screen.queryByRole('region', { name: 'Complementary cover' })).not.toBeInTheDocument();
    expect(screen.getByText(/Everything is done/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Undo' }));
    expect(await screen.findByRole('region', { name: 'Complementary cover' })).toBeInTheDocument();
  });

  it('gives EU students their card guidance on the home screen', async () => {
    const stores = createAppStores();
    await stores.app.persist.rehydrate();
    stores.app.getState().choosePath('eu');
    await renderWithStore(<App />, stores);
    expect(screen.getByText(/stay covered by your home country's health insurance/)).toBeInTheDocument();
    expect(screen.queryByText(/steps done/)).not.toBeInTheDocument();
  });

  it('has one h1 on every screen', async () => {
    const user = userEvent.setup();
    const { stores } = await renderWithStore(<App />);
    stores.app.getState().choosePath('non-eu');
    const nav = await screen.findByRole('navigation');
    for (const link of within(nav).getAllByRole('link')) {
      await user.click(link);
      await screen.findByRole('heading', { level: 1 });
      expect(screen.getAllByRole('heading', { level: 1 })).toHaveLength(1);
      expect(link).toHaveAttribute('aria-current', 'page');
    }
  }, 20_000);
});
