import { chooseOutsideEu, expect, firstPage, test } from './support/fixtures';

test('a French browser gets French, and the choice of language is kept', async ({ server, launch }) => {
  const context = await launch({ locale: 'fr-FR' });
  const page = await firstPage(context);
  await page.goto(server.origin);
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
  await expect(page.getByRole('heading', { level: 1, name: 'Bienvenue dans Sécu Steps' })).toBeVisible();

  await page.getByLabel('Langue').selectOption('en');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.locator('html')).toHaveAttribute('dir', 'ltr');
  await chooseOutsideEu(page);
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Where you are' })).toBeVisible();
});
