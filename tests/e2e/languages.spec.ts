import { expect, firstPage, test } from './support/fixtures';

test('a French browser gets French on every screen, and the choice of language is kept', async ({ server, launch }) => {
  const context = await launch({ locale: 'fr-FR' });
  const page = await firstPage(context);
  await page.goto(server.origin);
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
  await expect(page.getByRole('heading', { level: 1, name: 'Bienvenue dans Sécu Steps' })).toBeVisible();
  await page.getByRole('button', { name: 'Continuer' }).click();

  // Screens with their own translation file load it when they open.
  await page.goto(`${server.origin}/#/documents`);
  await expect(page.getByRole('heading', { level: 1, name: 'Vos documents' })).toBeVisible();

  await page.getByLabel('Langue').selectOption('en');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.locator('html')).toHaveAttribute('dir', 'ltr');
  await expect(page.getByRole('heading', { level: 1, name: 'Your documents' })).toBeVisible();
  await page.goto(`${server.origin}/#/care-sheets`);
  await expect(page.getByRole('heading', { level: 1, name: 'Care sheets' })).toBeVisible();

  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Care sheets' })).toBeVisible();
  await page.getByLabel('Language').selectOption('fr');
  await expect(page.getByRole('heading', { level: 1, name: 'Feuilles de soins' })).toBeVisible();
});
