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

  // Phone screenshots for the richer install dialog, and shortcuts for a long press on the icon.
  const screenshots = manifest.screenshots as { src: string; sizes: string; form_factor: string }[];
  expect(screenshots.length).toBeGreaterThan(0);
  for (const screenshot of screenshots) {
    expect(screenshot.form_factor).toBe('narrow');
    const png = await (await page.request.get(`${server.origin}/${screenshot.src}`)).body();
    expect(`${png.readUInt32BE(16)}x${png.readUInt32BE(20)}`, screenshot.src).toBe(screenshot.sizes);
  }
  const shortcuts = manifest.shortcuts as { url: string; icons: { src: string }[] }[];
  expect(shortcuts.map((shortcut) => shortcut.url)).toEqual(['/#/care-sheets', '/#/numbers']);
  for (const shortcut of shortcuts) expect((await page.request.get(`${server.origin}/${shortcut.icons[0]?.src}`)).ok()).toBe(true);
  // Only the install dialog shows the screenshots: they are not worth precaching on every phone.
  expect(await (await page.request.get(`${server.origin}/sw.js`)).text()).not.toContain('screenshots/');
});

test('the first offline notice appears once the app is cached', async ({ server, launch }) => {
  const context = await launch();
  const page = await firstPage(context);
  await page.goto(server.origin);
  await expect(page.getByRole('status').filter({ hasText: 'ready to work offline' })).toBeVisible();
});
