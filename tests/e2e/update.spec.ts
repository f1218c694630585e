import { chooseOutsideEu, expect, firstPage, storedState, test, visitUntilOffline } from './support/fixtures';

test('a new version asks before reloading, and runs with the data intact', async ({ server, launch }) => {
  const context = await launch();
  const page = await firstPage(context);
  await visitUntilOffline(page, server.origin);
  await expect(page.getByText('Version 1.0.0')).toBeVisible();
  await chooseOutsideEu(page);
  await page.goto(`${server.origin}/#/documents`);
  await page.getByRole('checkbox', { name: 'Proof of identity' }).check();
  await expect.poll(async () => (await storedState(page))?.documents).toHaveProperty('identity');

  await server.stop();
  await server.start('dist-next');
  await page.reload();

  const notice = page.getByRole('status').filter({ hasText: 'A new version of Sécu Steps is ready' });
  await expect(notice).toBeVisible();
  await expect(page.getByText('Version 1.0.0')).toBeVisible();
  await notice.getByRole('button', { name: 'Reload' }).click();

  await expect(page.getByText('Version next-test-version')).toBeVisible();
  await expect(page.getByRole('checkbox', { name: 'Proof of identity' })).toBeChecked();
});
