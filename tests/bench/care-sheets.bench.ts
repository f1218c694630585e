import type { Page } from '@playwright/test';
import { chooseOutsideEu, expect, firstPage, storedState, test } from '../e2e/support/fixtures';

const RUNS = Number(process.env.BENCH_SCALE_RUNS ?? 7);
/** From issue 12: opening Care sheets at 4x CPU slowdown. Printed, not enforced. */
const TARGETS: Record<number, number> = { 50: 100, 500: 300 };
const SLOWDOWN = 4;

/** `count` visits over the last months, a third sent, a quarter refunded, as a year of use leaves them. */
function careSheets(count: number) {
  const start = Date.UTC(2026, 5, 30);
  return Array.from({ length: count }, (_, i) => {
    const day = new Date(start - Math.floor((i * 365) / count) * 86_400_000).toISOString().slice(0, 10);
    return {
      id: `bench-${i}`,
      day,
      kind: ['general-practitioner', 'pharmacy', 'dentist', 'specialist'][i % 4],
      paidCents: 2_000 + (i % 7) * 450,
      ...(i % 3 === 0 ? { sentOn: day } : {}),
      ...(i % 4 === 0 ? { refundedOn: day, refundedCents: 1_900 } : {}),
    };
  });
}

/** Puts `count` visits into the saved data as if the student had logged them, then reloads. */
async function seed(page: Page, count: number) {
  const sheets = careSheets(count);
  await page.evaluate(
    (list) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('keyval-store');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const store = open.result.transaction('keyval', 'readwrite').objectStore('keyval');
          const read = store.get('secu-steps/state');
          read.onsuccess = () => {
            const blob = read.result;
            blob.state.careSheets = list;
            blob.revision = (blob.revision ?? 0) + 1;
            const write = store.put(blob, 'secu-steps/state');
            write.onsuccess = () => resolve();
            write.onerror = () => reject(write.error);
          };
        };
      }),
    sheets,
  );
  await page.goto(page.url().replace(/#.*$/, '#/'));
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
}

/** Tap on the tab to the frame after the one that first shows the list of visits. */
function openCareSheets(page: Page): Promise<number> {
  return page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        const start = performance.now();
        const seen = new MutationObserver(() => {
          if (!document.querySelector('.care-sheet-list')) return;
          seen.disconnect();
          requestAnimationFrame(() => setTimeout(() => resolve(performance.now() - start)));
        });
        seen.observe(document.body, { childList: true, subtree: true });
        window.location.hash = '#/care-sheets';
      }),
  );
}

/** Navigation start of a reload on the Care sheets screen to the frame after the list first shows. */
async function reloadOnCareSheets(page: Page): Promise<number> {
  await page.goto(page.url().replace(/#.*$/, '#/care-sheets'));
  const reported = page.waitForEvent('console', (message) => message.text().startsWith('care-sheets '));
  await page.reload({ waitUntil: 'commit' });
  return Number((await reported).text().split(' ')[1]);
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] as number;

test('Care sheets with a year of data, at 4x CPU slowdown', async ({ launch, server }) => {
  const lines: string[] = [];
  for (const count of [50, 500]) {
    const context = await launch({ width: 390 });
    await context.addInitScript(() => {
      const seen = new MutationObserver(() => {
        if (!document.querySelector('.care-sheet-list')) return;
        seen.disconnect();
        requestAnimationFrame(() => setTimeout(() => console.log(`care-sheets ${performance.now()}`)));
      });
      seen.observe(document, { childList: true, subtree: true });
    });
    const page = await firstPage(context);
    await page.goto(server.origin);
    // Both sizes run on the same browser profile: the path is chosen on the first start only.
    if (count === 50) await chooseOutsideEu(page);
    await expect.poll(async () => (await storedState(page))?.path).toBe('non-eu');
    await seed(page, count);

    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: SLOWDOWN });
    const first = await openCareSheets(page);
    const again: number[] = [];
    for (let run = 0; run < RUNS; run += 1) {
      await page.evaluate(() => (window.location.hash = '#/'));
      await expect(page.getByRole('heading', { level: 1, name: 'Where you are' })).toBeVisible();
      again.push(await openCareSheets(page));
    }
    const reloads: number[] = [];
    for (let run = 0; run < Math.min(RUNS, 5); run += 1) reloads.push(await reloadOnCareSheets(page));
    // Only the newest visits are on the page; the rest wait for "Show older".
    await expect(page.locator('.care-sheet').first()).toBeVisible();
    expect(await page.locator('.care-sheet').count()).toBeLessThan(count);

    // A student reads home for a moment before tapping: by then the idle preload has fetched the screen.
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
    await page.goto(page.url().replace(/#.*$/, '#/'));
    await page.reload();
    await expect(page.getByRole('heading', { level: 1, name: 'Where you are' })).toBeVisible();
    await page.waitForTimeout(3_000);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: SLOWDOWN });
    const afterIdle = await openCareSheets(page);
    await context.close();

    // The issue measured 0.6–0.8 s for 50 visits on an app already running: the repeat open is that measure.
    // First opens are printed beside it; they also compile the screen's code and set up the page's formats.
    const open = median(again);
    lines.push(
      `  ${String(count).padStart(3)} visits: open ${first.toFixed(0)} ms the first time right after start, ${afterIdle.toFixed(0)} ms the first time ` +
        `after 3 s on home, ${median(again).toFixed(0)} ms after (median of ${RUNS}); reload on the screen ${median(reloads).toFixed(0)} ms ` +
        `(target for opening an app already running, at most ${TARGETS[count]} ms: ${open <= (TARGETS[count] ?? 0) ? 'met' : 'NOT met'})`,
    );
  }
  console.log(`Care sheets at ${SLOWDOWN}x CPU slowdown, tap on the tab to the frame after the list shows:`);
  for (const line of lines) console.log(line);
});
