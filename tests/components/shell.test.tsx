import type { PathId } from '../../src/domain/paths';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { clear } from 'idb-keyval';
import { beforeEach, describe, expect, it } from 'vitest';
import { App } from '../../src/app/app';
import { ROUTES } from '../../src/navigation/routes';
import { createAppStores } from '../../src/store/app-store';
import { renderWithStore } from '../support/render-app';

beforeEach(async () => {
  await clear();
  window.location.hash = '';
});

async function appOnPath(path: PathId, hash = '') {
  const stores = createAppStores();
  await stores.app.persist.rehydrate();
  stores.app.getState().choosePath(path);
  window.location.hash = hash;
  return renderWithStore(<App />, stores);
}

describe('the tab bar', () => {
  it('has five tabs for students who register online, the other screens under More', async () => {
    await appOnPath('non-eu');
    const nav = screen.getByRole('navigation', { name: 'Main' });
    expect(
      within(nav)
        .getAllByRole('link')
        .map((link) => link.textContent),
    ).toEqual(['Home', 'Steps', 'Documents', 'Numbers', 'More']);
    expect(within(nav).getByRole('link', { name: 'Home' })).toHaveAttribute('aria-current', 'page');
  });

  it('has three tabs and More, with the French cards and words, for students who keep their own cover', async () => {
    await appOnPath('andorra');
    const nav = screen.getByRole('navigation', { name: 'Main' });
    expect(
      within(nav)
        .getAllByRole('link')
        .map((link) => link.textContent),
    ).toEqual(['Home', 'My situation', 'Settings', 'More']);
  });

  it('gives European students with a card their care-sheet log', async () => {
    await appOnPath('eu');
    const nav = screen.getByRole('navigation', { name: 'Main' });
    expect(
      within(nav)
        .getAllByRole('link')
        .map((link) => link.textContent),
    ).toEqual(['Home', 'Care sheets', 'My situation', 'Settings', 'More']);
  });

  it('gives Québec students their numbers and care sheets as tabs, the rest under More', async () => {
    await appOnPath('quebec');
    const nav = screen.getByRole('navigation', { name: 'Main' });
    expect(
      within(nav)
        .getAllByRole('link')
        .map((link) => link.textContent),
    ).toEqual(['Home', 'Numbers', 'Care sheets', 'More']);
  });

  it('reaches every screen in two taps at most, and marks More while one of its screens is open', async () => {
    const user = userEvent.setup();
    await appOnPath('non-eu');
    const nav = screen.getByRole('navigation', { name: 'Main' });
    const more = within(nav).getByRole('link', { name: 'More' });
    const reached = new Set<string>();
    for (const tab of within(nav).getAllByRole('link')) {
      await user.click(tab);
      await screen.findByRole('heading', { level: 1 });
      expect(tab).toHaveAttribute('aria-current', 'page');
      reached.add(window.location.hash);
    }
    await user.click(more);
    const screens = within(await screen.findByRole('main')).getAllByRole('link');
    expect(screens.map((link) => link.textContent)).toEqual([
      'My answers',
      'After',
      'Care sheets',
      'My situation',
      'Show this screen',
      'French words',
      'Settings',
    ]);
    for (const name of screens.map((link) => link.textContent ?? '')) {
      await user.click(more);
      await user.click(await within(screen.getByRole('main')).findByRole('link', { name }));
      await screen.findByRole('heading', { level: 1 });
      expect(more).toHaveAttribute('aria-current', 'true');
      expect(within(nav).queryByRole('link', { current: 'page' })).toBeNull();
      reached.add(window.location.hash);
    }
    const every = ROUTES.map((route) => (route === 'home' ? '#/' : `#/${route}`));
    expect([...reached].sort()).toEqual([...every].sort());
  });
});

describe('the undo snackbar', () => {
  it('appears after unticking the last document of the list, is announced, focusable, and never takes focus', async () => {
    const user = userEvent.setup();
    const { stores } = await appOnPath('non-eu', '#/documents');
    stores.app.getState().setDocument('bank-details', '2026-09-02');
    const rib = await screen.findByRole('checkbox', { name: 'RIB (bank account identity)' });
    await user.click(rib);
    expect(rib).toHaveFocus();

    const snackbar = screen.getByText('“RIB (bank account identity)” is no longer marked ready.').closest('[role="status"]');
    expect(snackbar).not.toBeNull();
    const undo = within(snackbar as HTMLElement).getByRole('button', { name: 'Undo' });
    expect(undo).toBeVisible();
    // In the tab order after the screen: a few Tabs from the last checkbox, past the French words and the official link.
    for (let i = 0; i < 10 && document.activeElement !== undo; i += 1) await user.tab();
    expect(undo).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(stores.app.getState().documents['bank-details']).toBe('2026-09-02');
    expect(rib).toBeChecked();
    expect(rib).toHaveFocus();
    expect(within(snackbar as HTMLElement).queryByRole('button')).toBeNull();
  });

  it('is dismissed with Escape, focus going back to where the student was', async () => {
    const user = userEvent.setup();
    const { stores } = await appOnPath('non-eu', '#/documents');
    stores.app.getState().setDocument('visa', '2026-09-02');
    const visa = await screen.findByRole('checkbox', { name: 'Student visa' });
    await user.click(visa);
    screen.getByRole('button', { name: 'Undo' }).focus();
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('button', { name: 'Undo' })).toBeNull();
    expect(visa).toHaveFocus();
    expect(stores.app.getState().documents.visa).toBeUndefined();
  });
});
