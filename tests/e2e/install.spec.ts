import { expect, firstPage, test, visitUntilOffline } from './support/fixtures';

test('Chromium finds the app installable', async ({ server, launch }) => {
  const context = await launch();
  const page = await firstPage(context);
  await visitUntilOffline(page, server.origin);
  const cdp = await context.newCDPSession(page);
  const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
  expect(installabilityErrors).toEqual([]);

  const manifest = await (await page.request.get(`${server.origin}/manifest.webmanifest`)).json();
  expect(manifest).toMatchObject({ short_name: 'Sécu Steps', display: 'standalone', start_url: '/', scope: '/' });
  const purposes = manifest.icons.map((icon: { sizes: string; purpose: string }) => `${icon.sizes} ${icon.purpose}`);
  expect(purposes).toEqual(expect.arrayContaining(['192x192 any', '512x512 any', '512x512 maskable']));
});

test('the first offline notice appears once the app is cached', async ({ server, launch }) => {
  const context = await launch();
  const page = await firstPage(context);
  await page.goto(server.origin);
  await expect(page.getByRole('status').filter({ hasText: 'ready to work offline' })).toBeVisible();
});
