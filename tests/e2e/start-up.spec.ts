import { expect, firstPage, test, visitUntilOffline, type Launch } from './support/fixtures';

/** The scripts a page had asked for when its first heading appeared, by file name without the hash. */
async function scriptsBeforeFirstHeading(locale: string, launch: Launch, origin: string): Promise<string[]> {
  const context = await launch({ locale });
  await context.addInitScript(() => {
    const seen = new MutationObserver(() => {
      if (!document.querySelector('h1')) return;
      seen.disconnect();
      (window as unknown as { scripts: string[] }).scripts = performance
        .getEntriesByType('resource')
        .map((entry) => new URL(entry.name).pathname)
        .filter((path) => path.endsWith('.js'))
        .map((path) => path.replace(/^\/assets\//, '').replace(/-[\w-]{8}\.js$/, ''));
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
test('the first screen waits for two script files: the start-up file and the strings of its language', async ({ server, launch }) => {
  const install = await launch();
  await visitUntilOffline(await firstPage(install), server.origin);
  await install.close();
  await server.stop();

  expect((await scriptsBeforeFirstHeading('en-GB', launch, server.origin)).sort()).toEqual(['index', 'translation']);
  expect((await scriptsBeforeFirstHeading('fr-FR', launch, server.origin)).sort()).toEqual(['index', 'translation']);
});
