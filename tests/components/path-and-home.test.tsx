import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { clear } from 'idb-keyval';
import { beforeEach, describe, expect, it } from 'vitest';
import { App } from '../../src/app/app';
import { createAppStores } from '../../src/store/app-store';
import { renderWithStore, settle } from '../support/render-app';

beforeEach(async () => {
  await clear();
  window.location.hash = '';
});

describe('choosing a path', () => {
  it('asks first, with outside the EU selected by default, and saves the choice', async () => {
    const user = userEvent.setup();
    const { unmount } = await renderWithStore(<App />);
    expect(screen.getByRole('heading', { level: 1, name: 'Welcome to Sécu Steps' })).toBeInTheDocument();
    expect(screen.queryByRole('navigation')).not.toBeInTheDocument();
    expect(screen.getByRole('radio', { name: /Outside the EU/ })).toBeChecked();
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    expect(screen.getByRole('heading', { level: 1, name: 'Where you are' })).toBeInTheDocument();
    expect(screen.getByText('0 of 6 steps done')).toBeInTheDocument();
    await settle();
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
  });
});
