import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { clear } from 'idb-keyval';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import NumbersScreen from '../../src/features/numbers/numbers-screen';
import { createAppStores } from '../../src/store/app-store';
import { renderWithStore } from '../support/render-app';

const GREECE = '2 95 10 99 126 111 93';
const KEY_TYPO = '2 95 10 99 126 111 94';

beforeEach(async () => {
  await clear();
});

describe('the numbers screen', () => {
  it('points at a typo in the key and saves nothing', async () => {
    const user = userEvent.setup();
    const { stores } = await renderWithStore(<NumbersScreen />);
    const field = screen.getByLabelText('Definitive number');
    await user.type(field, KEY_TYPO);
    const typo = "The last two digits (the key) don't match the rest: there is probably a typo.";
    expect(screen.getByText(typo)).toBeInTheDocument();
    expect(field).toHaveAccessibleDescription(expect.stringContaining(typo));
    expect(field).toBeInvalid();

    const before = stores.app.getState();
    await user.click(screen.getAllByRole('button', { name: 'Save' })[1]!);
    expect(screen.getByText('Not saved.')).toBeInTheDocument();
    expect(stores.app.getState().numbers).toEqual(before.numbers);
    expect(stores.app.getState().steps).toEqual(before.steps);
    expect(screen.getByLabelText('Definitive number')).toHaveValue(KEY_TYPO);
  });

  it('saves a number refused by the key only after "Save it as written" and a second confirmation, then warns', async () => {
    const user = userEvent.setup();
    const { stores } = await renderWithStore(<NumbersScreen />);
    await user.type(screen.getByLabelText('Definitive number'), KEY_TYPO);
    expect(screen.queryByRole('button', { name: 'Save it as written' })).not.toBeInTheDocument();
    await user.click(screen.getAllByRole('button', { name: 'Save' })[1]!);
    expect(stores.app.getState().numbers.definitive).toBeUndefined();

    await user.click(screen.getByRole('button', { name: 'Save it as written' }));
    expect(stores.app.getState().numbers.definitive).toBeUndefined();
    const question = screen.getByRole('group', { name: /Save it as written\?/ });
    expect(question).toHaveFocus();
    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(stores.app.getState().numbers.definitive).toBeUndefined();

    await user.click(screen.getByRole('button', { name: 'Save it as written' }));
    await user.click(screen.getByRole('button', { name: 'Yes, save it as written' }));
    expect(stores.app.getState().numbers.definitive).toMatchObject({ value: '295109912611194', asWritten: true });
    expect(screen.getByText(/Saved as written: it did not pass the app's check/)).toBeInTheDocument();
  });

  it('brings a removed "as written" number back as written, with its warning, and focus on it', async () => {
    const user = userEvent.setup();
    const { stores } = await renderWithStore(<NumbersScreen />);
    stores.app.getState().setNumber('definitive', '295109912611194', '2027-01-10', true);
    await user.click(await screen.findByRole('button', { name: 'Remove the definitive number' }));
    expect(stores.app.getState().numbers.definitive).toBeUndefined();
    await user.click(screen.getByRole('button', { name: 'Undo' }));
    expect(stores.app.getState().numbers.definitive).toEqual({ value: '295109912611194', enteredOn: '2027-01-10', asWritten: true });
    expect(screen.getByText(/Saved as written/)).toBeInTheDocument();
    await vi.waitFor(() => expect(document.activeElement).toHaveTextContent(/Definitive number/));
  });

  it('never offers to save a number of the wrong length as written', async () => {
    const user = userEvent.setup();
    await renderWithStore(<NumbersScreen />);
    await user.type(screen.getByLabelText('Definitive number'), '2 95 10 99 126');
    await user.click(screen.getAllByRole('button', { name: 'Save' })[1]!);
    expect(screen.getByText('Not saved.')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Save it as written' })).not.toBeInTheDocument();
  });

  it('counts the characters of a number that is too short', async () => {
    const user = userEvent.setup();
    await renderWithStore(<NumbersScreen />);
    await user.type(screen.getByLabelText('Definitive number'), '2 95 10');
    expect(screen.getByText(/You have typed 5 characters/)).toBeInTheDocument();
  });

  it('saves a valid number, keeps it hidden until shown, and reads it back in a fresh store', async () => {
    const user = userEvent.setup();
    const { stores, unmount } = await renderWithStore(<NumbersScreen />);
    await user.type(screen.getByLabelText('Definitive number'), GREECE);
    expect(screen.getByText('Born abroad: Greece, 1995')).toBeInTheDocument();
    await user.click(screen.getAllByRole('button', { name: 'Save' })[1]!);

    expect(stores.app.getState().numbers.definitive?.value).toBe('295109912611193');
    expect(screen.queryByLabelText('Definitive number')).not.toBeInTheDocument();
    expect(document.body).not.toHaveTextContent(GREECE);
    expect(document.body).not.toHaveTextContent('2 95 10 99 126 111');
    expect(screen.getByText('• •• •• •• ••• •11 93')).toBeInTheDocument();

    const show = screen.getByRole('button', { name: 'Show the definitive number' });
    expect(show).toHaveAttribute('aria-pressed', 'false');
    await user.click(show);
    expect(show).toHaveAttribute('aria-pressed', 'true');
    expect(screen.getByText(GREECE)).toBeInTheDocument();
    expect(screen.getByText('Your ameli login is the first 13 digits: 2 95 10 99 126 111')).toBeInTheDocument();
    await stores.flush();
    unmount();

    await renderWithStore(<NumbersScreen />, createAppStores());
    expect(document.body).not.toHaveTextContent(GREECE);
    await user.click(screen.getByRole('button', { name: 'Show the definitive number' }));
    expect(screen.getByText(GREECE)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: /Next: create your ameli account/ })).toHaveAttribute('href', '#/after');
  });

  it('accepts a 13-digit provisional number starting with 8', async () => {
    const user = userEvent.setup();
    const { stores } = await renderWithStore(<NumbersScreen />);
    await user.type(screen.getByLabelText('Provisional number'), '8 95 10 99 126 111');
    expect(screen.getByText('This number starts with 8, like older provisional numbers: it is accepted.')).toBeInTheDocument();
    await user.click(screen.getAllByRole('button', { name: 'Save' })[0]!);
    expect(stores.app.getState().numbers.provisional?.value).toBe('8951099126111');
    expect(screen.getByRole('button', { name: 'Show the provisional number' })).toBeInTheDocument();
    expect(screen.getByLabelText('Definitive number')).toBeInTheDocument();
  });

  it('warns gently when the birth year differs from the prepared answers, and still saves', async () => {
    const user = userEvent.setup();
    const stores = createAppStores();
    await stores.app.persist.rehydrate();
    stores.app.getState().setAnswer('birthDate', '1999-03-02');
    await renderWithStore(<NumbersScreen />, stores);
    await user.type(screen.getByLabelText('Definitive number'), GREECE);
    expect(
      screen.getByText(/The 2nd and 3rd digits \(95\) should be the end of your birth year, but your prepared answers say 1999\./),
    ).toHaveClass('message', 'warning');
    await user.click(screen.getAllByRole('button', { name: 'Save' })[1]!);
    expect(stores.app.getState().numbers.definitive?.value).toBe('295109912611193');
  });

  it('removes a saved number with undo, keeping the day it was entered', async () => {
    const user = userEvent.setup();
    const stores = createAppStores();
    await stores.app.persist.rehydrate();
    stores.app.getState().setNumber('definitive', '295109912611193', '2026-01-15');
    await renderWithStore(<NumbersScreen />, stores);
    expect(screen.getByText('Entered on January 15, 2026')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Remove the definitive number' }));
    expect(stores.app.getState().numbers.definitive).toBeUndefined();
    expect(screen.getByLabelText('Definitive number')).toHaveValue('');
    expect(screen.getByText('Definitive number removed.')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Undo' }));
    expect(stores.app.getState().numbers.definitive).toEqual({ value: '295109912611193', enteredOn: '2026-01-15' });
    expect(screen.getByText('Entered on January 15, 2026')).toBeInTheDocument();
    expect(screen.queryByLabelText('Definitive number')).not.toBeInTheDocument();
  });

  it('opens the field again, filled in, to change a saved number', async () => {
    const user = userEvent.setup();
    const stores = createAppStores();
    await stores.app.persist.rehydrate();
    stores.app.getState().setNumber('definitive', '295109912611193', '2026-01-15');
    await renderWithStore(<NumbersScreen />, stores);
    await user.click(screen.getByRole('button', { name: 'Change the definitive number' }));
    const field = screen.getByLabelText('Definitive number');
    expect(field).toHaveValue(GREECE);
    expect(field).toHaveFocus();
  });

  it('puts the fields first, opens the digits keyboard, and switches to letters for a Corsican number', async () => {
    const user = userEvent.setup();
    const { stores } = await renderWithStore(<NumbersScreen />);
    const field = screen.getByLabelText('Provisional number');
    const about = screen.getByText('About the provisional number').closest('details');
    expect(about).not.toHaveAttribute('open');
    expect(field.compareDocumentPosition(about as Node) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(field).toHaveAttribute('inputmode', 'numeric');

    const [letters] = screen.getAllByRole('button', { name: 'Type A or B (Corsica)' });
    await user.click(letters!);
    expect(letters).toHaveAttribute('aria-pressed', 'true');
    expect(field).toHaveAttribute('inputmode', 'text');
    expect(field).toHaveFocus();
    await user.type(field, '2 84 05 2A 321 025 52');
    await user.click(screen.getAllByRole('button', { name: 'Save' })[0]!);
    expect(stores.app.getState().numbers.provisional?.value).toBe('284052A32102552');
  });

  it('reopens a saved Corsican number with the letters keyboard', async () => {
    const user = userEvent.setup();
    const stores = createAppStores();
    await stores.app.persist.rehydrate();
    stores.app.getState().setNumber('definitive', '284052A32102552', '2026-01-15');
    await renderWithStore(<NumbersScreen />, stores);
    await user.click(screen.getByRole('button', { name: 'Change the definitive number' }));
    expect(screen.getByLabelText('Definitive number')).toHaveAttribute('inputmode', 'text');
  });
});
