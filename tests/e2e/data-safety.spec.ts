import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { chooseOutsideEu, expect, firstPage, storedState, test, visitUntilOffline } from './support/fixtures';

async function tickDocument(page: Page, name: string) {
  await page.getByRole('checkbox', { name }).check();
}

test('two windows ticking different documents keep both ticks and see each other', async ({ server, launch }) => {
  const context = await launch();
  const first = await firstPage(context);
  await first.goto(server.origin);
  await chooseOutsideEu(first);
  await first.goto(`${server.origin}/#/documents`);
  const second = await context.newPage();
  await second.goto(`${server.origin}/#/documents`);
  // Both windows show the list before either ticks (the 1 s below is for the news to reach the other window).
  await expect(second.getByRole('checkbox', { name: 'Student visa' })).not.toBeChecked();

  await tickDocument(first, 'Student visa');
  await expect(second.getByRole('checkbox', { name: 'Student visa' })).toBeChecked({ timeout: 1000 });
  await tickDocument(second, 'Proof of identity');
  await expect(first.getByRole('checkbox', { name: 'Proof of identity' })).toBeChecked({ timeout: 1000 });

  await expect
    .poll(async () => (await storedState(first))?.documents)
    .toMatchObject({
      visa: expect.any(String),
      identity: expect.any(String),
    });
  await first.reload();
  await expect(first.getByRole('checkbox', { name: 'Student visa' })).toBeChecked();
  await expect(first.getByRole('checkbox', { name: 'Proof of identity' })).toBeChecked();
});

test('export, delete everything, import: everything comes back', async ({ server, launch }) => {
  const context = await launch();
  const page = await firstPage(context);
  await visitUntilOffline(page, server.origin);
  await chooseOutsideEu(page);
  await page.goto(`${server.origin}/#/documents`);
  await tickDocument(page, 'RIB (bank account identity)');
  await page.goto(`${server.origin}/#/prepare`);
  await page.getByRole('textbox', { name: 'Surname' }).fill('Mensah');
  await expect.poll(async () => (await storedState(page))?.answers).toEqual({ surname: 'Mensah' });

  await server.stop();
  await page.goto(`${server.origin}/#/settings`);
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export backup' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^secu-steps-backup-\d{4}-\d{2}-\d{2}\.json$/);
  const backupPath = (await download.path()) as string;
  expect(JSON.parse(await readFile(backupPath, 'utf8')).state.answers).toEqual({ surname: 'Mensah' });

  await page.getByRole('button', { name: 'Delete all my data' }).click();
  await page.getByRole('button', { name: 'Yes, delete everything' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Welcome to Sécu Steps' })).toBeVisible();
  expect(await storedState(page)).toBeUndefined();

  await chooseOutsideEu(page);
  await page.goto(`${server.origin}/#/settings`);
  await page.getByLabel('Import backup').setInputFiles(backupPath);
  await expect(page.getByRole('group', { name: /Backup from/ })).toContainText('1 prepared answer');
  await page.getByRole('button', { name: 'Replace my data with this backup' }).click();
  await page.goto(`${server.origin}/#/documents`);
  await expect(page.getByRole('checkbox', { name: 'RIB (bank account identity)' })).toBeChecked();
  await page.goto(`${server.origin}/#/prepare`);
  await expect(page.getByRole('textbox', { name: 'Surname' })).toHaveValue('Mensah');
});

test('every kind of bad backup is refused with an alert, and nothing changes', async ({ server, launch }) => {
  const context = await launch();
  const page = await firstPage(context);
  await page.goto(server.origin);
  await chooseOutsideEu(page);
  await page.goto(`${server.origin}/#/documents`);
  await tickDocument(page, 'Student visa');
  await expect.poll(async () => (await storedState(page))?.documents).toHaveProperty('visa');
  const before = await storedState(page);

  const good = {
    app: 'secu-steps',
    kind: 'backup',
    version: 2,
    exportedAt: '2026-11-26T10:00:00.000Z',
    state: { ...before, path: 'eu', documents: {} },
  };
  const text = JSON.stringify(good);
  const files: [string, string, RegExp][] = [
    ['cut.json', text.slice(0, text.length - 20), /cut short or damaged/],
    ['photo.json', '{"name":"holiday.jpg"}', /not a Sécu Steps backup/],
    ['big.json', JSON.stringify({ ...good, padding: 'x'.repeat(1_100_000) }), /too large/],
    ['future.json', JSON.stringify({ ...good, version: 99 }), /newer version/],
    ['proto.json', text.replace('"state":{', '"state":{"__proto__":{"admin":true},'), /not allowed/],
    ['types.json', JSON.stringify({ ...good, state: { ...good.state, steps: { connect: 12 } } }), /cannot accept/],
  ];
  await page.goto(`${server.origin}/#/settings`);
  for (const [name, content, message] of files) {
    await page.getByLabel('Import backup').setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(content) });
    await expect(page.getByRole('alert')).toContainText(message);
    await expect(page.getByRole('alert')).toContainText('Your data was not changed.');
    await expect(page.getByRole('button', { name: 'Replace my data with this backup' })).toHaveCount(0);
  }
  expect(await storedState(page)).toEqual(before);
  await page.goto(`${server.origin}/#/documents`);
  await expect(page.getByRole('checkbox', { name: 'Student visa' })).toBeChecked();
});

test('a database full of garbage still starts, says so, and keeps the garbage to download', async ({ server, launch }) => {
  const context = await launch();
  const page = await firstPage(context);
  await page.goto(server.origin);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await page.evaluate(
    () =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('keyval-store');
        open.onsuccess = () => {
          const tx = open.result.transaction('keyval', 'readwrite');
          tx.objectStore('keyval').put({ state: 'ÿþ garbage', version: 'two', revision: -1 }, 'secu-steps/state');
          tx.oncomplete = () => resolve();
          tx.onerror = () => reject(tx.error);
        };
      }),
  );
  await page.reload();
  await expect(page.getByRole('alert')).toContainText('could not be read');
  await expect(page.getByRole('heading', { level: 1, name: 'Welcome to Sécu Steps' })).toBeVisible();
  await chooseOutsideEu(page);

  await page.goto(`${server.origin}/#/settings`);
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: /Download the data kept on/ }).click();
  const kept = JSON.parse(await readFile((await (await downloading).path()) as string, 'utf8'));
  expect(kept).toEqual({ state: 'ÿþ garbage', version: 'two', revision: -1 });
});

test('the Content-Security-Policy holds on every screen and blocks injected scripts', async ({ server, launch, foreignRequests }) => {
  const context = await launch();
  const page = await firstPage(context);
  await page.addInitScript(() => {
    (window as unknown as { violations: string[] }).violations = [];
    document.addEventListener('securitypolicyviolation', (event) =>
      (window as unknown as { violations: string[] }).violations.push(`${event.violatedDirective} ${event.blockedURI}`),
    );
  });
  await page.goto(server.origin);
  await chooseOutsideEu(page);
  for (const route of ['', 'situation', 'steps', 'prepare', 'documents', 'numbers', 'after', 'care-sheets', 'settings']) {
    await page.goto(`${server.origin}/#/${route}`);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  }
  expect(await page.evaluate(() => (window as unknown as { violations: string[] }).violations)).toEqual([]);
  // An injected inline script (what an XSS would try) does not run.
  const inlineRan = await page.evaluate(async () => {
    const script = document.createElement('script');
    script.textContent = 'window.inlineRan = true';
    document.head.append(script);
    await new Promise((resolve) => setTimeout(resolve, 50));
    return (window as unknown as { inlineRan?: boolean }).inlineRan === true;
  });
  expect(inlineRan).toBe(false);
  expect(await page.evaluate(() => (window as unknown as { violations: string[] }).violations)).toEqual([
    expect.stringContaining('script-src'),
  ]);
  expect(foreignRequests).toEqual([]);
});
