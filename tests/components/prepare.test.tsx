import { fireEvent, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { clear } from 'idb-keyval';
import { beforeEach, describe, expect, it } from 'vitest';
import PrepareScreen from '../../src/features/prepare/prepare-screen';
import { createAppStores } from '../../src/store/app-store';
import { renderWithStore } from '../support/render-app';

beforeEach(async () => {
  await clear();
});

describe('the prepare-your-answers sheet', () => {
  it('keeps what was typed in a fresh store', async () => {
    const user = userEvent.setup();
    const { unmount, stores } = await renderWithStore(<PrepareScreen />);
    await user.type(screen.getByLabelText('Surname'), 'El Amrani');
    await user.type(screen.getByLabelText('Postal address in France'), '12 rue des Lilas{enter}31000 Toulouse');
    fireEvent.change(screen.getByLabelText('Start date of health cover (date de début des droits)'), { target: { value: '2026-09-01' } });
    expect(screen.getByText('3 of 8 answers ready')).toBeInTheDocument();
    await stores.flush();
    unmount();

    await renderWithStore(<PrepareScreen />, createAppStores());
    expect(screen.getByLabelText('Surname')).toHaveValue('El Amrani');
    expect(screen.getByLabelText('Postal address in France')).toHaveValue('12 rue des Lilas\n31000 Toulouse');
    expect(screen.getByLabelText('Start date of health cover (date de début des droits)')).toHaveValue('2026-09-01');
  });

  it('explains that cover is retroactive to the start date', async () => {
    await renderWithStore(<PrepareScreen />);
    expect(screen.getByLabelText('Start date of health cover (date de début des droits)')).toHaveAccessibleDescription(/retroactive/);
  });

  it('copies an answer for pasting into the site', async () => {
    const user = userEvent.setup();
    await renderWithStore(<PrepareScreen />);
    await user.type(screen.getByLabelText('E-mail'), 'amina@example.com');
    await user.click(screen.getByRole('button', { name: 'Copy E-mail' }));
    expect(await navigator.clipboard.readText()).toBe('amina@example.com');
    expect(screen.getByText('Copied')).toBeInTheDocument();
  });

  it('warns about a mistyped e-mail without losing it', async () => {
    const user = userEvent.setup();
    const { stores } = await renderWithStore(<PrepareScreen />);
    await user.type(screen.getByLabelText('E-mail'), 'amina@example');
    await user.tab();
    expect(screen.getByText(/does not look like an e-mail address/)).toBeInTheDocument();
    expect(stores.app.getState().answers.email).toBe('amina@example');
  });
});
