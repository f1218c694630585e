import { chooseOutsideEu, expect, firstPage, openScreen, storedState, test, visitUntilOffline } from './support/fixtures';

test('after the first visit, the app and its ticks survive a stopped server and a browser restart', async ({
  server,
  launch,
  foreignRequests,
}) => {
  const context = await launch();
  const page = await firstPage(context);
  await visitUntilOffline(page, server.origin);
  await chooseOutsideEu(page);

  await page.getByRole('navigation').getByRole('link', { name: 'Documents' }).click();
  await page.getByRole('checkbox', { name: 'Student visa' }).check();
  await page.getByRole('checkbox', { name: 'Proof of identity' }).check();
  await expect(page.getByText('2 of 6 documents ready')).toBeVisible();
  await page.getByRole('navigation').getByRole('link', { name: 'Steps' }).click();
  await page.getByRole('checkbox', { name: /Connect to the registration site/ }).check();
  await expect.poll(async () => (await storedState(page))?.steps).toHaveProperty('connect');

  await server.stop();
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'The six steps' })).toBeVisible();
  await expect(page.getByRole('checkbox', { name: /Connect to the registration site/ })).toBeChecked();

  // Every screen opens with no network, including those loaded lazily.
  for (const [link, heading] of [
    ['Home', 'Where you are'],
    ['Documents', 'Your documents'],
    ['My answers', 'Prepare your answers'],
    ['My situation', 'My situation'],
    ['Numbers', 'Your numbers'],
    ['After', 'Referring doctor, ameli account, carte Vitale'],
    ['Care sheets', 'Care sheets'],
  ] as const) {
    await openScreen(page, link);
    await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
  }
  await page.getByRole('navigation').getByRole('link', { name: 'Home' }).click();
  // Step 1 ticked: in France; what registering still needs (the visa and the ID are ticked).
  const next = page.getByRole('region', { name: "What's next" });
  await expect(next).toContainText('To register, you still need:');
  await expect(next.getByRole('listitem')).toHaveText(['your enrolment certificate']);

  await context.close();
  const restarted = await launch();
  const again = await firstPage(restarted);
  await again.goto(`${server.origin}/#/documents`);
  await expect(again.getByRole('checkbox', { name: 'Student visa' })).toBeChecked();
  await expect(again.getByRole('checkbox', { name: 'Proof of identity' })).toBeChecked();
  await expect(again.getByRole('checkbox', { name: 'RIB (bank account identity)' })).not.toBeChecked();

  expect(foreignRequests).toEqual([]);
});

test('what is typed offline on a restarted browser is still there once back online', async ({ server, launch }) => {
  const context = await launch();
  const page = await firstPage(context);
  await visitUntilOffline(page, server.origin);
  await chooseOutsideEu(page);
  await server.stop();

  await page.goto(`${server.origin}/#/prepare`);
  await page.getByRole('textbox', { name: 'Surname' }).fill('Okafor');
  await page.getByLabel('Start date of health cover (date de début des droits)', { exact: true }).fill('2026-09-01');
  await expect
    .poll(async () => (await storedState(page))?.answers)
    .toEqual({
      surname: 'Okafor',
      coverStartDate: '2026-09-01',
    });
  await context.close();

  await server.start();
  const restarted = await launch();
  const again = await firstPage(restarted);
  await again.goto(`${server.origin}/#/prepare`);
  await expect(again.getByRole('textbox', { name: 'Surname' })).toHaveValue('Okafor');
  await expect(again.getByLabel('Start date of health cover (date de début des droits)', { exact: true })).toHaveValue('2026-09-01');
});
