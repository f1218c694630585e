import { readFile } from 'node:fs/promises';
import { PDFDocument } from '@cantoo/pdf-lib';
import type { Page } from '@playwright/test';
import { drawPhoto, encryptedPdf, withExifOrientation } from './support/document-files';
import { chooseOutsideEu, expect, firstPage, test, visitUntilOffline } from './support/fixtures';

const A4 = [595.28, 841.89];

/** What the share sheet received, and every object URL made and revoked. */
declare global {
  interface Window {
    shared?: { name: string; type: string; size: number }[];
    objectUrls?: { made: string[]; revoked: string[] };
  }
}

async function addFiles(page: Page, part: RegExp, files: { name: string; mimeType: string; buffer: Buffer }[]) {
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('region', { name: part }).getByRole('button', { name: 'Add photos or PDFs' }).click();
  await (await chooser).setFiles(files);
}

const pages = (page: Page) => page.locator('li.pdf-page');

test('makes the vital record PDF offline from a turned photo, a PNG and an encrypted PDF, keeps it, shares and downloads it', async ({
  server,
  launch,
  foreignRequests,
}) => {
  test.setTimeout(120_000);
  const context = await launch({ width: 390 });
  // Headless Chromium on Linux has no share sheet: stand in for it, and watch every object URL.
  await context.addInitScript(() => {
    window.shared = [];
    Object.assign(navigator, {
      canShare: (data: { files?: File[] }) => Array.isArray(data.files),
      share: async (data: { files: File[] }) => {
        window.shared!.push(...data.files.map((file) => ({ name: file.name, type: file.type, size: file.size })));
      },
    });
    const made: string[] = [];
    const revoked: string[] = [];
    window.objectUrls = { made, revoked };
    const create = URL.createObjectURL.bind(URL);
    const revoke = URL.revokeObjectURL.bind(URL);
    URL.createObjectURL = (object: Blob | MediaSource) => {
      const url = create(object);
      made.push(url);
      return url;
    };
    URL.revokeObjectURL = (url: string) => {
      revoked.push(url);
      revoke(url);
    };
  });
  const page = await firstPage(context);
  await visitUntilOffline(page, server.origin);
  await chooseOutsideEu(page);

  // Stored 400×300 with "turn 90° clockwise": a portrait page once the orientation is applied.
  const turned = withExifOrientation(await drawPhoto(page, 400, 300, 'image/jpeg'), 6);
  const png = await drawPhoto(page, 300, 200, 'image/png');
  const bankLike = await encryptedPdf(2, '');
  const locked = await encryptedPdf(1, 'secret');

  await server.stop();
  await page.goto(`${server.origin}/#/documents`);
  await page.getByRole('link', { name: 'Make one PDF: Vital record (original and translation combined into one document)' }).click();
  await expect(page.getByRole('heading', { level: 1, name: /^One PDF: Vital record/ })).toBeVisible();
  await expect(page.getByText(/No translation yet: on your path the record needs its French translation/)).toBeVisible();

  await addFiles(page, /^Original/, [
    { name: 'birth-certificate.jpg', mimeType: 'image/jpeg', buffer: turned },
    { name: 'back.png', mimeType: 'image/png', buffer: png },
  ]);
  await expect(pages(page)).toHaveCount(2);
  await addFiles(page, /^French translation/, [{ name: 'translation.pdf', mimeType: 'application/pdf', buffer: bankLike }]);
  await expect(pages(page)).toHaveCount(4);
  await expect(page.getByText(/No translation yet/)).toHaveCount(0);
  // Thumbnails are drawn from bitmaps: no object URL was made for them.
  expect(await page.evaluate(() => window.objectUrls!.made.length)).toBe(0);

  // A PDF that needs a password, and a file that is neither photo nor PDF: a plain message, nothing else changes.
  await addFiles(page, /^French translation/, [
    { name: 'locked.pdf', mimeType: 'application/pdf', buffer: locked },
    { name: 'notes.txt', mimeType: 'text/plain', buffer: Buffer.from('not a document') },
  ]);
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('“locked.pdf” is protected by a password');
  await expect(alert).toContainText('“notes.txt” is neither a photo nor a PDF.');
  await expect(pages(page)).toHaveCount(4);

  await page.getByRole('button', { name: 'Make the PDF (4 pages)' }).click();
  await expect(page.getByText(/^Ready: .*, 4 pages\.$/)).toBeVisible({ timeout: 30_000 });
  await page.getByRole('button', { name: 'Keep it on this device' }).click();
  await expect(page.getByText('vital-record.pdf is kept on this device, ready to upload on the site.')).toBeVisible();
  await expect(page.getByText(/Save to Files/)).toBeVisible();

  await page.getByRole('button', { name: 'Share vital-record.pdf' }).click();
  await expect
    .poll(() => page.evaluate(() => window.shared))
    .toEqual([{ name: 'vital-record.pdf', type: 'application/pdf', size: expect.any(Number) }]);

  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download vital-record.pdf' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe('vital-record.pdf');
  const bytes = await readFile((await file.path())!);
  expect(bytes.length).toBeLessThanOrEqual(2 * 1024 * 1024);

  // Re-opened with the library: four A4 pages, the photo upright, the PNG landscape, the PDF's pages readable.
  const pdf = await PDFDocument.load(bytes);
  expect(pdf.isEncrypted).toBe(false);
  const sizes = pdf.getPages().map((p) => [Number(p.getWidth().toFixed(2)), Number(p.getHeight().toFixed(2))]);
  expect(sizes).toEqual([A4, [A4[1], A4[0]], A4, A4]);

  // The temporary download address is revoked once the download has started.
  await expect
    .poll(() => page.evaluate(() => window.objectUrls!.made.every((url) => window.objectUrls!.revoked.includes(url))), {
      timeout: 15_000,
    })
    .toBe(true);

  // Still there after an offline reload, on the document's card.
  await page.goto(`${server.origin}/#/documents`);
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Your documents' })).toBeVisible();
  await expect(page.getByText('vital-record.pdf', { exact: true })).toBeVisible();
  await expect(page.getByText(/, 4 pages, made on/)).toBeVisible();

  // Settings counts its space, says backups do not carry it, and "Delete all my data" removes it.
  await page.goto(`${server.origin}/#/settings`);
  await expect(page.getByText(/\(1 file\)/)).toBeVisible();
  await expect(page.getByText(/The backup file does not carry these PDFs/)).toBeVisible();
  await page.getByRole('button', { name: 'Delete all my data' }).click();
  await page.getByRole('button', { name: 'Yes, delete everything' }).click();
  await expect(page.getByRole('radio', { name: /Outside the EU/ })).toBeVisible();
  const keys = await page.evaluate(
    () =>
      new Promise<unknown[]>((resolve) => {
        const open = indexedDB.open('keyval-store');
        open.onsuccess = () => {
          const request = open.result.transaction('keyval').objectStore('keyval').getAllKeys();
          request.onsuccess = () => resolve(request.result);
        };
      }),
  );
  expect(keys.filter((key) => String(key).includes('pdf'))).toEqual([]);

  expect(foreignRequests).toEqual([]);
});
