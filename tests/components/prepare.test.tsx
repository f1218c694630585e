import { fireEvent, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { clear } from 'idb-keyval';
import { beforeEach, describe, expect, it, vi } from 'vitest';
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

  it('copies a date as the site writes it, dd/mm/yyyy, and keeps it stored as YYYY-MM-DD', async () => {
    const user = userEvent.setup();
    const { stores } = await renderWithStore(<PrepareScreen />);
    fireEvent.change(screen.getByLabelText('Birth date'), { target: { value: '2006-03-14' } });
    expect(screen.getByText('Copied as the site writes it: 14/03/2006')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Copy Birth date' }));
    expect(await navigator.clipboard.readText()).toBe('14/03/2006');
    expect(stores.app.getState().answers.birthDate).toBe('2006-03-14');
  });
});

describe('the country of birth', () => {
  it('is chosen from the INSEE countries, searchable in the student language, with the name the site uses', async () => {
    await renderWithStore(<PrepareScreen />);
    const field = screen.getByLabelText('Country of birth');
    const list = document.getElementById(field.getAttribute('list') ?? '');
    expect(list?.tagName).toBe('DATALIST');
    const china = list?.querySelector('option[value="Chine"]');
    expect(china).toHaveAttribute('label', 'China');
    // Named the same in English and in French: nothing more to show.
    expect(list?.querySelector('option[value="Côte d’Ivoire"]')).not.toHaveAttribute('label');
    expect(list?.querySelectorAll('option').length).toBeGreaterThan(190);
  });

  it('keeps a country typed in another spelling, says how the site names it, and copies that name', async () => {
    const user = userEvent.setup();
    const { stores } = await renderWithStore(<PrepareScreen />);
    await user.type(screen.getByLabelText('Country of birth'), 'china');
    expect(stores.app.getState().answers.countryOfBirth).toBe('china');
    expect(screen.getByText(/On the site this country is “Chine”/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Copy Country of birth' }));
    expect(await navigator.clipboard.readText()).toBe('Chine');

    await user.click(screen.getByRole('button', { name: 'Use “Chine”' }));
    expect(stores.app.getState().answers.countryOfBirth).toBe('Chine');
    expect(screen.getByLabelText('Country of birth')).toHaveValue('Chine');
    expect(screen.queryByText(/On the site this country is/)).not.toBeInTheDocument();
  });

  it('recognises a country typed in the language of the phone', async () => {
    vi.spyOn(navigator, 'languages', 'get').mockReturnValue(['zh-CN', 'en']);
    const stores = createAppStores();
    await stores.app.persist.rehydrate();
    stores.app.getState().setAnswer('countryOfBirth', '中国');
    await renderWithStore(<PrepareScreen />, stores);
    expect(screen.getByLabelText('Country of birth')).toHaveValue('中国');
    expect(screen.getByText(/On the site this country is “Chine”/)).toBeInTheDocument();
    const list = document.getElementById(screen.getByLabelText('Country of birth').getAttribute('list') ?? '');
    expect(list?.querySelector('option[value="Chine"]')).toHaveAttribute('label', 'China · 中国');
  });

  it('says nothing for a name that is no single country', async () => {
    const user = userEvent.setup();
    await renderWithStore(<PrepareScreen />);
    await user.type(screen.getByLabelText('Country of birth'), 'Atlantis');
    expect(screen.queryByText(/On the site this country is/)).not.toBeInTheDocument();
  });
});
