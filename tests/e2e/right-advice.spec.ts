import { expect, firstPage, storedState, test, visitUntilOffline } from './support/fixtures';

test('offline, a student with three documents of six is told to register now, with what can follow', async ({ server, launch }) => {
  const context = await launch();
  const page = await firstPage(context);
  await page.clock.setFixedTime(new Date('2026-09-16T10:00:00'));
  await visitUntilOffline(page, server.origin);
  await page.getByRole('button', { name: 'Continue' }).click();

  await server.stop();
  await page.goto(`${server.origin}/#/documents`);
  for (const name of ['Proof of registration for the current academic year', 'Proof of identity', 'Student visa']) {
    await page.getByRole('checkbox', { name }).check();
  }
  await expect.poll(async () => Object.keys(((await storedState(page))?.documents as object) ?? {}).length).toBe(3);

  await page.goto(`${server.origin}/#/`);
  // Before arrival the site is never suggested; once in France, it is.
  await expect(page.getByRole('region', { name: 'Before you leave' })).not.toContainText('register now');
  await page.getByRole('button', { name: 'I am in France now' }).click();
  const next = page.getByRole('region', { name: "What's next" });
  await expect(next).toContainText('register now on etudiant-etranger.ameli.fr');
  await expect(next).toContainText('Add later, as soon as you have them: your birth certificate, your residence document, and your RIB.');
  const journey = page.getByRole('region', { name: 'Your journey' });
  await expect(journey.getByRole('listitem').nth(1)).toContainText('Register online');
  await expect(journey.locator('[aria-current="step"]')).toContainText('Register online');
});

test('a European student without a card never sees a visa slot, and sees the proof of resources', async ({ server, launch }) => {
  const context = await launch();
  const page = await firstPage(context);
  await visitUntilOffline(page, server.origin);
  await page.getByRole('radio', { name: /without a European Health Insurance Card/ }).check();
  await page.getByRole('button', { name: 'Continue' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Where you are' })).toBeVisible();

  await server.stop();
  await page.goto(`${server.origin}/#/documents`);
  await expect(page.getByRole('checkbox', { name: 'Proof of resources' })).toBeVisible();
  await expect(page.getByText('0 of 5 documents ready')).toBeVisible();
  await expect(page.getByRole('checkbox', { name: /visa/i })).toHaveCount(0);
  await expect(page.getByRole('checkbox', { name: /Residence permit/ })).toHaveCount(0);
  await expect(page.getByText(/except Greek and Bulgarian students/)).toBeVisible();
  await expect(page.getByText(/VLS-TS/)).toHaveCount(0);
});
