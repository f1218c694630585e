import { createRequire } from 'node:module';
import type { Page } from '@playwright/test';
import { chooseOutsideEu, expect, firstPage, test } from './support/fixtures';

const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

async function seriousViolations(page: Page) {
  await page.addScriptTag({ path: axePath });
  return page.evaluate(async () => {
    const axe = (
      window as unknown as { axe: { run(): Promise<{ violations: { id: string; impact: string; nodes: { target: string[] }[] }[] }> } }
    ).axe;
    const { violations } = await axe.run();
    return violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  });
}

/** Every screen of a student who registers online, by its route. */
const SCREENS = [
  '',
  'situation',
  'steps',
  'prepare',
  'documents',
  'documents/pdf/vital-record',
  'numbers',
  'after',
  'care-sheets',
  'settings',
  'more',
  'show',
  'show/cpam',
  'glossary',
  'glossary/feuille-de-soins',
];

for (const colorScheme of ['light', 'dark'] as const) {
  test(`every screen at 320 px in ${colorScheme} mode has no serious accessibility problem`, async ({ server, launch }) => {
    const context = await launch({ colorScheme, width: 320, bypassCSP: true });
    const page = await firstPage(context);
    await page.goto(server.origin);
    expect(await seriousViolations(page)).toEqual([]);
    await chooseOutsideEu(page);
    for (const route of SCREENS) {
      await page.goto(`${server.origin}/#/${route}`);
      await expect(page.getByRole('heading', { level: 1 })).toHaveCount(1);
      await expect(page.getByRole('main')).toBeVisible();
      await expect(page.getByRole('navigation')).toBeVisible();
      expect(await seriousViolations(page), `#/${route}`).toEqual([]);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow, `#/${route} scrolls sideways`).toBeLessThanOrEqual(0);
    }
    // Home while waiting for the definitive number: reminders (some folded), what to do meanwhile, the cover card.
    await page.goto(`${server.origin}/#/numbers`);
    await page.getByRole('textbox', { name: 'Provisional number' }).fill('2 95 10 99 126 111 93');
    await page.getByRole('button', { name: 'Save' }).first().click();
    await page.goto(`${server.origin}/#/`);
    await expect(page.getByRole('region', { name: 'While you wait for your definitive number' })).toBeVisible();
    await expect(page.getByRole('region', { name: 'Reminders' })).toBeVisible();
    expect(await seriousViolations(page), 'home while waiting').toEqual([]);
  });
}

test('the whole journey works from the keyboard', async ({ server, launch }) => {
  const context = await launch();
  const page = await firstPage(context);
  await page.goto(server.origin);
  await chooseOutsideEu(page);
  await page.goto(`${server.origin}/#/documents`);
  const visa = page.getByRole('checkbox', { name: 'Student visa' });
  await visa.focus();
  await page.keyboard.press('Space');
  await expect(visa).toBeChecked();
  await expect(visa).toBeFocused();
});

// Right to left and Chinese characters, each with its own strings (tests/e2e/languages.spec.ts checks the layout).
for (const locale of ['ar', 'zh-CN']) {
  test(`every screen in ${locale} has no serious accessibility problem`, async ({ server, launch }) => {
    const context = await launch({ locale, width: 320, bypassCSP: true });
    const page = await firstPage(context);
    await page.goto(server.origin);
    expect(await seriousViolations(page)).toEqual([]);
    await page.locator('form button[type="submit"]').click();
    for (const route of SCREENS) {
      await page.goto(`${server.origin}/#/${route}`);
      await expect(page.getByRole('heading', { level: 1 })).toHaveCount(1);
      await expect(page.getByRole('navigation')).toBeVisible();
      expect(await seriousViolations(page), `#/${route}`).toEqual([]);
    }
  });
}
