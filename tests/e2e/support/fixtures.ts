import { chromium, test as base, expect, type BrowserContext, type Page } from '@playwright/test';
import { chromiumArgs, chromiumPath } from '../../../scripts/browser.mjs';
import { StaticServer } from './static-server';

export interface LaunchOptions {
  colorScheme?: 'light' | 'dark';
  width?: number;
  locale?: string;
  /** Only for injecting the axe checker, which the app's Content-Security-Policy rightly blocks. */
  bypassCSP?: boolean;
}

interface Fixtures {
  server: StaticServer;
  /** Starts Chromium on the test's own profile folder; calling it again after close() is a browser restart. */
  launch(options?: LaunchOptions): Promise<BrowserContext>;
  /** Every request any page or the service worker made outside the app's origin. */
  foreignRequests: string[];
}

export const test = base.extend<Fixtures>({
  server: async ({}, use) => {
    const server = new StaticServer('dist');
    await server.start();
    await use(server);
    await server.stop();
  },
  foreignRequests: async ({}, use) => {
    await use([]);
  },
  launch: async ({ server, foreignRequests }, use, testInfo) => {
    const profile = testInfo.outputPath('profile');
    const executablePath = await chromiumPath();
    const open: BrowserContext[] = [];
    await use(async ({ colorScheme = 'light', width = 360, locale = 'en-GB', bypassCSP = false } = {}) => {
      const context = await chromium.launchPersistentContext(profile, {
        executablePath,
        args: chromiumArgs,
        headless: true,
        colorScheme,
        locale,
        viewport: { width, height: 740 },
        isMobile: false,
        serviceWorkers: 'allow',
        bypassCSP,
        acceptDownloads: true,
      });
      context.on('request', (request) => {
        const url = request.url();
        if (!url.startsWith(server.origin) && !url.startsWith('data:') && !url.startsWith('blob:')) {
          foreignRequests.push(url);
        }
      });
      open.push(context);
      return context;
    });
    for (const context of open) await context.close().catch(() => undefined);
  },
});

export { expect };

export type Launch = Fixtures['launch'];

export async function firstPage(context: BrowserContext): Promise<Page> {
  return context.pages()[0] ?? (await context.newPage());
}

/** The first visit is never controlled (prompt mode): wait for the worker, reload, and wait for control. */
export async function visitUntilOffline(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  await page.reload();
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
}

/** Opens a screen the way a student does: with its tab, or with More and then its link (two taps at most). */
export async function openScreen(page: Page, name: string): Promise<void> {
  const tab = page.getByRole('navigation').getByRole('link', { name, exact: true });
  if ((await tab.count()) > 0) return tab.click();
  await page.getByRole('navigation').getByRole('link', { name: 'More', exact: true }).click();
  await page.getByRole('main').getByRole('link', { name, exact: true }).click();
}

/** Picks the default path on first start. */
export async function chooseOutsideEu(page: Page): Promise<void> {
  await expect(page.getByRole('radio', { name: /Outside the EU/ })).toBeChecked();
  await page.getByRole('button', { name: 'Continue' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Where you are' })).toBeVisible();
}

/** What IndexedDB holds right now (the app writes asynchronously: poll this before cutting the network). */
export async function storedState(page: Page): Promise<Record<string, unknown> | undefined> {
  return page.evaluate(
    () =>
      new Promise<Record<string, unknown> | undefined>((resolve, reject) => {
        const open = indexedDB.open('keyval-store');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const request = open.result.transaction('keyval').objectStore('keyval').get('secu-steps/state');
          request.onsuccess = () => resolve(request.result?.state);
          request.onerror = () => reject(request.error);
        };
      }),
  );
}

/** A student installed the app, chose the online path and saved a provisional number on 20 September 2026. */
export async function registeredOnSeptember20(page: Page, origin: string): Promise<void> {
  await page.clock.setFixedTime(new Date('2026-09-20T10:00:00'));
  await visitUntilOffline(page, origin);
  await chooseOutsideEu(page);
  await page.goto(`${origin}/#/numbers`);
  await page.getByRole('textbox', { name: 'Provisional number' }).fill('2 95 10 99 126 111 93');
  await page.getByRole('button', { name: 'Save' }).first().click();
  await expect.poll(async () => (await storedState(page))?.numbers).toHaveProperty('provisional');
}
