import { writeFile } from 'node:fs/promises';
import { drawPhoto, encryptedPdf, withExifOrientation } from '../e2e/support/document-files';
import { chooseOutsideEu, expect, firstPage, test, visitUntilOffline } from '../e2e/support/fixtures';

/** From issue 9: one PDF from 6 photos of 4000×3000 px and a 2-page PDF. Printed, not enforced. */
const TARGETS = { seconds: 8, bytes: 2 * 1024 * 1024, longestTaskMs: 200 };
const RUNS = Number(process.env.BENCH_PDF_RUNS ?? 3);

declare global {
  interface Window {
    longTasks?: number[];
  }
}

test('one PDF from six 12-megapixel photos and a 2-page PDF', async ({ server, launch }, testInfo) => {
  test.setTimeout(300_000);
  const context = await launch({ width: 390 });
  await context.addInitScript(() => {
    window.longTasks = [];
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) window.longTasks!.push(entry.duration);
    }).observe({ type: 'longtask', buffered: true });
  });
  const page = await firstPage(context);
  await visitUntilOffline(page, server.origin);
  await chooseOutsideEu(page);

  const photos = [];
  for (let n = 1; n <= 6; n += 1) {
    const jpeg = await drawPhoto(page, 4000, 3000, 'image/jpeg');
    photos.push({ name: `page-${n}.jpg`, mimeType: 'image/jpeg', buffer: n === 1 ? withExifOrientation(jpeg, 6) : jpeg });
  }
  const pdf = { name: 'statement.pdf', mimeType: 'application/pdf', buffer: await encryptedPdf(2, '') };
  const inputMb = [...photos, pdf].reduce((sum, f) => sum + f.buffer.length, 0) / 1024 / 1024;
  // From disk, as a phone's picker hands them: files given as buffers are built inside the page by the test tool.
  const paths = await Promise.all(
    [...photos, pdf].map(async (file) => {
      const path = testInfo.outputPath(file.name);
      await writeFile(path, file.buffer);
      return path;
    }),
  );

  const startupTasks: number[] = [];
  const runs: { seconds: number; readSeconds: number; size: number; longest: number }[] = [];
  for (let run = 0; run < RUNS; run += 1) {
    await page.goto(`${server.origin}/#/documents`);
    await page.goto(`${server.origin}/#/documents/pdf/identity`);
    await page.reload();
    await expect(page.getByRole('heading', { level: 1, name: /^One PDF/ })).toBeVisible();
    // The builder's files are loaded: only the work on the student's files is measured.
    startupTasks.push((await page.evaluate(() => window.longTasks?.length)) ?? 0);
    await page.evaluate(() => (window.longTasks = []));

    const started = Date.now();
    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: 'Add photos or PDFs' }).click();
    await (await chooser).setFiles(paths);
    await expect(page.locator('li.pdf-page')).toHaveCount(8, { timeout: 120_000 });
    const added = Date.now();
    await page.getByRole('button', { name: 'Make the PDF (8 pages)' }).click();
    await expect(page.getByText(/^Ready: .*, 8 pages\.$/)).toBeVisible({ timeout: 120_000 });
    const finished = Date.now();
    await page.getByRole('button', { name: 'Keep it on this device' }).click();
    await expect(page.getByText(/is kept on this device/)).toBeVisible();

    const size = await page.evaluate(
      () =>
        new Promise<number>((resolve) => {
          const open = indexedDB.open('keyval-store');
          open.onsuccess = () => {
            const request = open.result.transaction('keyval').objectStore('keyval').get('secu-steps/pdf-info/identity');
            request.onsuccess = () => resolve(request.result.size);
          };
        }),
    );
    const longest = Math.max(0, ...((await page.evaluate(() => window.longTasks)) ?? []));
    runs.push({ seconds: (finished - started) / 1000, readSeconds: (added - started) / 1000, size, longest });
  }
  const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
  const seconds = median(runs.map((r) => r.seconds));
  const size = median(runs.map((r) => r.size));
  const longest = Math.max(...runs.map((r) => r.longest));
  const verdict = (ok: boolean) => (ok ? 'within target' : 'OVER TARGET');
  console.log(`One PDF, 6 photos of 4000×3000 (one with EXIF orientation) + a 2-page encrypted PDF (${inputMb.toFixed(1)} MB in):`);
  console.log(
    `  runs (s, reading the files + making the PDF): ${runs.map((r) => `${r.readSeconds.toFixed(1)} + ${(r.seconds - r.readSeconds).toFixed(1)}`).join(', ')}`,
  );
  console.log(
    `  time to the finished file, median of ${RUNS}: ${seconds.toFixed(2)} s (target ≤ ${TARGETS.seconds} s: ${verdict(seconds <= TARGETS.seconds)})`,
  );
  console.log(`  file size: ${(size / 1024 / 1024).toFixed(2)} MB (target ≤ 2 MB: ${verdict(size <= TARGETS.bytes)})`);
  console.log(`  (long tasks seen while the builder opened, to show the observer works: ${startupTasks.join(', ')})`);
  console.log(
    `  longest main-thread task in any run: ${Math.round(longest)} ms (target ≤ ${TARGETS.longestTaskMs} ms: ${verdict(longest <= TARGETS.longestTaskMs)})`,
  );
});
