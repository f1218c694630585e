import { readFile } from 'node:fs/promises';
import ICAL from 'ical.js';
import {
  chooseOutsideEu,
  expect,
  firstPage,
  openScreen,
  registeredOnSeptember20,
  storedState,
  test,
  visitUntilOffline,
} from './support/fixtures';

test('a provisional number entered in September brings the right reminder in January, offline', async ({ server, launch }) => {
  const context = await launch();
  const page = await firstPage(context);
  await registeredOnSeptember20(page, server.origin);

  await server.stop();
  await page.clock.setFixedTime(new Date('2027-01-20T09:00:00'));
  await page.goto(`${server.origin}/#/`);
  await page.reload();
  const reminders = page.getByRole('region', { name: 'Reminders' });
  // The most useful first (the documents still missing); the question about the number is among the folded ones.
  await expect(reminders.getByRole('heading', { level: 3 }).first()).toHaveText('Complete your file');
  await reminders.getByText(/more things to do/).click();
  await expect(reminders.getByRole('heading', { name: 'Has your definitive number arrived?' })).toBeVisible();
  await expect(reminders).toContainText('5 things to do now');

  // The calendar file is made offline, downloads, and an independent parser reads it.
  const downloading = page.waitForEvent('download');
  await reminders.getByRole('button', { name: 'Add reminders to my calendar' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe('secu-steps-reminders-2027-01-20.ics');
  const text = await readFile((await download.path()) as string, 'utf8');
  const calendar = new ICAL.Component(ICAL.parse(text));
  const events = calendar.getAllSubcomponents('vevent').map((event) => new ICAL.Event(event));
  expect(events.map((event) => event.summary)).toContain('Has your definitive number arrived?');
  const definitive = events.find((event) => event.summary === 'Has your definitive number arrived?');
  expect(definitive?.startDate.toString()).toBe('2027-01-20');
  expect(definitive?.uid).toBe('definitive-number@secu-steps');
  await expect(reminders.getByRole('status').filter({ hasText: 'Calendar file downloaded' })).toBeVisible();

  // The definitive number arrives: the three after-tasks open up.
  await page.getByRole('navigation').getByRole('link', { name: 'Numbers' }).click();
  await page.getByRole('textbox', { name: 'Definitive number' }).fill('2 95 10 99 126 111 93');
  await page.getByRole('button', { name: 'Save' }).last().click();
  await openScreen(page, 'After');
  await expect(page.getByRole('heading', { level: 1, name: 'Referring doctor, ameli account, carte Vitale' })).toBeVisible();
  for (const name of ['ameli account created', 'carte Vitale ordered', 'Referring doctor declared']) {
    await expect(page.getByRole('checkbox', { name })).not.toBeChecked();
  }
  await page.getByRole('checkbox', { name: 'ameli account created' }).check();
  await expect(page.getByText('Done on 20 January 2027')).toBeVisible();
});

test('a care sheet logged offline is still there after a browser restart', async ({ server, launch }) => {
  const context = await launch();
  const page = await firstPage(context);
  await visitUntilOffline(page, server.origin);
  await chooseOutsideEu(page);
  await server.stop();
  await page.goto(`${server.origin}/#/care-sheets`);
  await page.getByLabel('Amount paid (€)').fill('26,50');
  await page.getByRole('button', { name: 'Add' }).click();
  await expect(page.getByText('€26.50').first()).toBeVisible();
  await expect.poll(async () => ((await storedState(page))?.careSheets as unknown[] | undefined)?.length).toBe(1);
  await context.close();

  const again = await firstPage(await launch());
  await again.goto(`${server.origin}/#/care-sheets`);
  await expect(again.getByText('€26.50').first()).toBeVisible();
});
