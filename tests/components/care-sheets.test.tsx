import { fireEvent, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { clear } from 'idb-keyval';
import { beforeEach, describe, expect, it } from 'vitest';
import { addDays, formatDay } from '../../src/domain/dates';
import CareSheetsScreen from '../../src/features/care-sheets/care-sheets-screen';
import { today } from '../../src/device/today';
import { createAppStores } from '../../src/store/app-store';
import { renderWithStore } from '../support/render-app';

beforeEach(async () => {
  await clear();
});

type User = ReturnType<typeof userEvent.setup>;

async function addVisit(user: User, { day, kind, amount }: { day?: string; kind?: string; amount: string }) {
  if (day !== undefined) fireEvent.change(screen.getByLabelText('Date of care'), { target: { value: day } });
  if (kind) await user.selectOptions(screen.getByLabelText('Kind of care'), kind);
  await user.clear(screen.getByLabelText('Amount paid (€)'));
  if (amount) await user.type(screen.getByLabelText('Amount paid (€)'), amount);
  await user.click(screen.getByRole('button', { name: 'Add' }));
}

/** The amount a student reads next to a total's name. */
function total(name: string): string | null | undefined {
  const totals = screen.getByRole('region', { name: 'Totals' });
  return within(totals).getByText(name).nextElementSibling?.textContent;
}

const shown = (day: string) => formatDay(day, 'en');

function visits() {
  return within(screen.getByRole('list', { name: 'Your visits' })).getAllByRole('listitem');
}

describe('the care sheets screen', () => {
  it('explains how to get refunded, with the CPAM address on ameli.fr', async () => {
    await renderWithStore(<CareSheetsScreen />);
    expect(screen.getByRole('heading', { level: 1, name: 'Care sheets' })).toBeInTheDocument();
    const howTo = screen.getByRole('region', { name: 'How to get refunded' });
    expect(within(howTo).getByText(/up to 2 years after the care/)).toBeInTheDocument();
    const ameli = within(howTo).getByRole('link', { name: /ameli\.fr/ });
    expect(ameli).toHaveAttribute('href', expect.stringContaining('ameli.fr'));
    expect(screen.getByText(/No visits yet/)).toBeInTheDocument();
  });

  it('adds a visit, shows it in euros, updates the totals and keeps it in a fresh store', async () => {
    const user = userEvent.setup();
    const { unmount, stores } = await renderWithStore(<CareSheetsScreen />);
    await addVisit(user, { day: '2026-09-25', kind: 'Dentist', amount: '25,5' });

    expect(screen.getByText('Visit added')).toHaveAttribute('role', 'status');
    const [visit] = visits();
    expect(visit).toHaveTextContent(`${shown('2026-09-25')} — Dentist`);
    expect(visit).toHaveTextContent('Paid €25.50');
    expect(visit).toHaveTextContent(`Send by ${shown('2028-09-25')}`);
    expect(total('Paid')).toBe('€25.50');
    expect(total('Waiting for a refund')).toBe('€25.50');
    expect(screen.getByText('1 care sheet not sent yet')).toBeInTheDocument();
    expect(screen.getByLabelText('Amount paid (€)')).toHaveValue('');

    await addVisit(user, { day: '2026-10-02', kind: 'General practitioner', amount: '30' });
    expect(visits().map((item) => item.querySelector('h3')?.textContent)).toEqual([
      `${shown('2026-10-02')} — General practitioner`,
      `${shown('2026-09-25')} — Dentist`,
    ]);
    expect(total('Paid')).toBe('€55.50');
    expect(screen.getByText('2 care sheets not sent yet')).toBeInTheDocument();
    await stores.flush();
    unmount();

    await renderWithStore(<CareSheetsScreen />, createAppStores());
    expect(visits()).toHaveLength(2);
    expect(screen.getByText('Paid €25.50')).toBeInTheDocument();
    expect(total('Paid')).toBe('€55.50');
  });

  it('refuses an amount that is not in euros, and adds nothing', async () => {
    const user = userEvent.setup();
    const { stores } = await renderWithStore(<CareSheetsScreen />);
    await addVisit(user, { amount: 'abc' });

    const amount = screen.getByLabelText('Amount paid (€)');
    expect(screen.getByRole('alert')).toHaveTextContent('Enter the amount you paid in euros');
    expect(amount).toHaveAccessibleDescription(/Enter the amount you paid in euros/);
    expect(amount).toHaveFocus();
    expect(stores.app.getState().careSheets).toEqual([]);
    expect(screen.queryByText('Visit added')).not.toBeInTheDocument();
    expect(screen.getByText(/No visits yet/)).toBeInTheDocument();
  });

  it('refuses a date in the future or no date at all, and adds nothing', async () => {
    const user = userEvent.setup();
    const { stores } = await renderWithStore(<CareSheetsScreen />);
    await addVisit(user, { day: addDays(today(), 1), amount: '25' });

    const day = screen.getByLabelText('Date of care');
    expect(screen.getByRole('alert')).toHaveTextContent('The date of care cannot be in the future.');
    expect(day).toHaveAccessibleDescription('The date of care cannot be in the future.');
    expect(stores.app.getState().careSheets).toEqual([]);

    await addVisit(user, { day: '', amount: '25' });
    expect(screen.getByRole('alert')).toHaveTextContent('Enter the date of the care.');
    expect(stores.app.getState().careSheets).toEqual([]);
  });

  it('counts a sent and refunded care sheet out of what is waiting', async () => {
    const user = userEvent.setup();
    await renderWithStore(<CareSheetsScreen />);
    await addVisit(user, { amount: '25' });
    await addVisit(user, { amount: '40' });
    expect(total('Waiting for a refund')).toBe('€65.00');
    const [newest] = visits();
    if (!newest) throw new Error('no visit shown');
    const item = within(newest);

    await user.click(item.getByRole('checkbox', { name: /^Care sheet sent/ }));
    expect(item.getByRole('checkbox', { name: /^Care sheet sent/ })).toBeChecked();
    expect(item.getByText(`Sent on ${shown(today())}`)).toBeInTheDocument();
    expect(newest).not.toHaveTextContent('Send by');
    expect(screen.getByText('1 care sheet not sent yet')).toBeInTheDocument();

    await user.type(item.getByLabelText(/^Amount refunded/), 'lots');
    await user.click(item.getByRole('button', { name: /^Save refund/ }));
    expect(item.getByRole('alert')).toHaveTextContent('Enter the amount refunded in euros');
    expect(total('Refunded')).toBe('€0.00');

    await user.clear(item.getByLabelText(/^Amount refunded/));
    await user.type(item.getByLabelText(/^Amount refunded/), '28.00');
    await user.click(item.getByRole('button', { name: /^Save refund/ }));
    expect(item.getByText(`Refunded €28.00 on ${shown(today())}`)).toBeInTheDocument();
    expect(total('Refunded')).toBe('€28.00');
    expect(total('Waiting for a refund')).toBe('€25.00');

    await user.click(item.getByRole('button', { name: /^Clear refund/ }));
    expect(total('Waiting for a refund')).toBe('€65.00');
    expect(item.getByLabelText(/^Amount refunded/)).toHaveFocus();
  });

  it('deletes a visit and brings it back in place with Undo', async () => {
    const user = userEvent.setup();
    const { stores } = await renderWithStore(<CareSheetsScreen />);
    await addVisit(user, { day: '2026-09-25', amount: '25' });
    await addVisit(user, { day: '2026-09-20', kind: 'Pharmacy', amount: '12' });
    const before = stores.app.getState().careSheets;

    const visit = `the visit on ${shown('2026-09-25')} (General practitioner)`;
    await user.click(screen.getByRole('button', { name: `Delete ${visit}` }));
    expect(visits()).toHaveLength(1);
    expect(total('Paid')).toBe('€12.00');
    expect(screen.getByText(`You deleted ${visit}.`)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Undo' })).not.toHaveFocus();

    await user.click(screen.getByRole('button', { name: 'Undo' }));
    expect(visits()).toHaveLength(2);
    expect(screen.getByRole('button', { name: `Delete ${visit}` })).toBeInTheDocument();
    expect(total('Paid')).toBe('€37.00');
    expect(stores.app.getState().careSheets).toEqual(before);
  });

  it('asks before saving a refund larger than what was paid, and saves it when asked again', async () => {
    const user = userEvent.setup();
    const { stores } = await renderWithStore(<CareSheetsScreen />);
    await addVisit(user, { amount: '30' });
    const item = within(visits()[0] as HTMLElement);
    await user.type(item.getByLabelText(/^Amount refunded/), '300');
    await user.click(item.getByRole('button', { name: /^Save refund/ }));
    expect(item.getByRole('alert')).toHaveTextContent('This refund (€300.00) is more than you paid (€30.00).');
    expect(stores.app.getState().careSheets[0]?.refundedCents).toBeUndefined();

    await user.click(item.getByRole('button', { name: /^Save anyway/ }));
    expect(stores.app.getState().careSheets[0]?.refundedCents).toBe(30000);
    expect(item.getByText(`Refunded €300.00 on ${shown(today())}`)).toBeInTheDocument();
  });

  it('lets a corrected refund through without asking', async () => {
    const user = userEvent.setup();
    const { stores } = await renderWithStore(<CareSheetsScreen />);
    await addVisit(user, { amount: '30' });
    const item = within(visits()[0] as HTMLElement);
    await user.type(item.getByLabelText(/^Amount refunded/), '190');
    await user.click(item.getByRole('button', { name: /^Save refund/ }));
    await user.clear(item.getByLabelText(/^Amount refunded/));
    await user.type(item.getByLabelText(/^Amount refunded/), '19');
    expect(item.queryByRole('alert')).not.toBeInTheDocument();
    await user.click(item.getByRole('button', { name: /^Save refund/ }));
    expect(stores.app.getState().careSheets[0]?.refundedCents).toBe(1900);
  });

  it('shows the newest 10 visits of a long list, and older ones on request', async () => {
    const user = userEvent.setup();
    const stores = createAppStores();
    await stores.app.persist.rehydrate();
    for (let i = 0; i < 25; i += 1) {
      stores.app.getState().addCareSheet({ day: addDays('2026-01-01', i), kind: 'pharmacy', paidCents: 100 + i });
    }
    await renderWithStore(<CareSheetsScreen />, stores);
    expect(visits()).toHaveLength(10);
    expect(visits()[0]).toHaveTextContent(shown(addDays('2026-01-01', 24)));
    expect(screen.getByText('Showing the 10 most recent of 25 visits.')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Show 10 older visits' }));
    expect(visits()).toHaveLength(20);
    expect(within(visits()[10] as HTMLElement).getByRole('heading')).toHaveFocus();
    await user.click(screen.getByRole('button', { name: 'Show 5 older visits' }));
    expect(visits()).toHaveLength(25);
    expect(screen.queryByRole('button', { name: /older/ })).not.toBeInTheDocument();
    expect(total('Paid')).toBe('€28.00');
  });

  it('says plainly when no care sheet is waiting to be sent', async () => {
    await renderWithStore(<CareSheetsScreen />);
    expect(screen.getByText('No care sheet waiting to be sent')).toBeInTheDocument();
  });
});
