import { expect, firstPage, storedState, test, visitUntilOffline, type Launch } from './support/fixtures';

/** The scripts and strings files a page had asked for when its first heading appeared, by name without hash or folder. */
async function scriptsBeforeFirstHeading(locale: string, launch: Launch, origin: string): Promise<string[]> {
  const context = await launch({ locale });
  await context.addInitScript(() => {
    const seen = new MutationObserver(() => {
      if (!document.querySelector('h1')) return;
      seen.disconnect();
      (window as unknown as { scripts: string[] }).scripts = performance
        .getEntriesByType('resource')
        .map((entry) => new URL(entry.name).pathname)
        .filter((path) => path.endsWith('.js') || (path.startsWith('/locales/') && path.endsWith('.json')))
        .map((path) => path.replace(/^\/(assets|locales\/[\w-]+)\//, '').replace(/(-[\w-]{8})?\.js(on)?$/, ''));
    });
    seen.observe(document, { childList: true, subtree: true });
  });
  const page = await firstPage(context);
  await page.goto(origin);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  const scripts = await page.evaluate(() => (window as unknown as { scripts: string[] }).scripts);
  await context.close();
  return scripts;
}

// Each file a start waits for is one more trip through the service worker before the student sees anything.
test('the first question waits for the start-up file and its strings; home also for its own strings, all fetched at once', async ({
  server,
  launch,
}) => {
  const install = await launch();
  await visitUntilOffline(await firstPage(install), server.origin);
  await install.close();
  await server.stop();

  expect((await scriptsBeforeFirstHeading('en-GB', launch, server.origin)).sort()).toEqual(['index', 'translation']);
  expect((await scriptsBeforeFirstHeading('fr-FR', launch, server.origin)).sort()).toEqual(['index', 'translation']);

  // Past the first question, home's strings come with the others (src/boot/early-start.ts), not after them.
  const context = await launch({ locale: 'ru-RU' });
  const page = await firstPage(context);
  await page.goto(server.origin);
  await page.locator('form button[type="submit"]').click();
  await expect(page.locator('.tab-bar')).toBeVisible();
  await expect.poll(async () => (await storedState(page))?.path).toBe('non-eu');
  await context.close();
  expect((await scriptsBeforeFirstHeading('ru-RU', launch, server.origin)).sort()).toEqual(['index', 'overview', 'translation']);
});
