import { readdirSync, readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, firstPage, storedState, test, visitUntilOffline } from './support/fixtures';

/** A string of a language, by its dotted key, from whichever of its files holds it, as the app shows it. */
function text(language: string, key: string, values: Record<string, string | number> = {}): string {
  for (const file of readdirSync(`locales/${language}`)) {
    const strings = JSON.parse(readFileSync(`locales/${language}/${file}`, 'utf8'));
    const found = key.split('.').reduce((node, part) => node?.[part], strings);
    if (typeof found === 'string') return found.replace(/\{\{(\w+)\}\}/g, (_, name: string) => String(values[name]));
  }
  throw new Error(`${language}: no ${key}`);
}

/** Every screen of a student who registers online, with the file and key of its heading. */
const SCREENS: [route: string, key: string][] = [
  ['', 'home.title'],
  ['situation', 'situation.title'],
  ['steps', 'steps.screenTitle'],
  ['prepare', 'prepare.title'],
  ['documents', 'documents.screenTitle'],
  ['numbers', 'numbers.title'],
  ['after', 'after.title'],
  ['care-sheets', 'careSheets.title'],
  ['settings', 'settings.title'],
  ['more', 'more.title'],
  ['show', 'show.title'],
  ['glossary', 'glossary.title'],
];

/** The browser language a student's phone may have, and the app's language it must start in. */
const BROWSERS: [browser: string, language: string][] = [
  ['en-US', 'en'],
  ['fr-FR', 'fr'],
  ['ar-MA', 'ar'],
  ['zh-CN', 'zh-Hans'],
  ['es-MX', 'es'],
  ['it-IT', 'it'],
  ['pt-BR', 'pt'],
  ['de-DE', 'de'],
  ['vi-VN', 'vi'],
  ['ru-RU', 'ru'],
];

async function startIn(page: Page, origin: string, language: string): Promise<void> {
  await page.goto(origin);
  await expect(page.locator('html')).toHaveAttribute('lang', language);
  await expect(page.getByRole('heading', { level: 1, name: text(language, 'home.welcomeTitle') })).toBeVisible();
  await page.getByRole('button', { name: text(language, 'home.continue') }).click();
  await expect(page.getByRole('heading', { level: 1, name: text(language, 'home.title') })).toBeVisible();
}

for (const [browser, language] of BROWSERS) {
  test(`a ${browser} browser starts in ${language} and every screen shows its own strings`, async ({ server, launch }) => {
    const context = await launch({ locale: browser, width: 320 });
    const page = await firstPage(context);
    await startIn(page, server.origin, language);
    await expect(page.locator('html')).toHaveAttribute('dir', language === 'ar' ? 'rtl' : 'ltr');
    for (const [route, key] of SCREENS) {
      await page.goto(`${server.origin}/#/${route}`);
      await expect(page.getByRole('heading', { level: 1 }), `#/${route}`).toHaveText(text(language, key));
      await expect(page.getByRole('navigation')).toContainText(text(language, 'nav.home'));
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow, `#/${route} scrolls sideways at 320 px`).toBeLessThanOrEqual(0);
    }
  });
}

test('Arabic lays every screen out right to left, with French words and numbers kept left to right', async ({ server, launch }) => {
  const context = await launch({ locale: 'ar', width: 320 });
  const page = await firstPage(context);
  await startIn(page, server.origin, 'ar');
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await page.goto(`${server.origin}/#/numbers`);
  await page.getByRole('textbox', { name: text('ar', 'numbers.provisional.label') }).fill('2 95 10 99 126 111 93');
  await page
    .getByRole('button', { name: text('ar', 'numbers.save') })
    .first()
    .click();
  await expect.poll(async () => (await storedState(page))?.numbers).toHaveProperty('provisional');
  for (const [route] of SCREENS) {
    await page.goto(`${server.origin}/#/${route}`);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    // Right to left: the screen's heading starts at the right edge, the tab bar's first tab (home) on the right.
    const heading = await page.getByRole('heading', { level: 1 }).evaluate((element) => getComputedStyle(element).direction);
    expect(heading, `#/${route}`).toBe('rtl');
    const tabs = await page
      .getByRole('navigation')
      .getByRole('link')
      .evaluateAll((links) => links.map((link) => link.getBoundingClientRect().x));
    expect(tabs[0], `#/${route}: home is the right-most tab`).toBe(Math.max(...tabs));
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow, `#/${route} scrolls sideways`).toBeLessThanOrEqual(0);
  }
  // The saved number keeps its digits in order inside Arabic text.
  await page.goto(`${server.origin}/#/show/pharmacy`);
  const number = page.locator('.show-meaning bdi');
  await expect(number).toHaveText('2 95 10 99 126 111 93');
  expect(await number.evaluate((element) => getComputedStyle(element).direction)).toBe('ltr');
  // Drawn in reading order: the first group left of the last one, although the line reads right to left.
  const [first, last] = await number.evaluate((element) => {
    const range = document.createRange();
    const text = element.firstChild as Text;
    const left = (start: number) => {
      range.setStart(text, start);
      range.setEnd(text, start + 1);
      return range.getBoundingClientRect().left;
    };
    return [left(0), left((text.textContent ?? '').length - 1)];
  });
  expect(first).toBeLessThan(last ?? 0);
  // A French word in an Arabic text links to its glossary entry, written left to right.
  await page.goto(`${server.origin}/#/steps`);
  const term = page.getByRole('main').locator('a.term').first();
  await expect(term).toHaveAttribute('lang', 'fr');
  expect(await term.evaluate((element) => getComputedStyle(element).unicodeBidi)).toBe('isolate');
});

test('a French browser gets French on every screen, and the choice of language is kept', async ({ server, launch }) => {
  const context = await launch({ locale: 'fr-FR' });
  const page = await firstPage(context);
  await startIn(page, server.origin, 'fr');
  await page.goto(`${server.origin}/#/documents`);
  await expect(page.getByRole('heading', { level: 1, name: 'Vos documents' })).toBeVisible();

  await page.getByLabel('Langue').selectOption('en');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('heading', { level: 1, name: 'Your documents' })).toBeVisible();
  await page.goto(`${server.origin}/#/care-sheets`);
  await expect(page.getByRole('heading', { level: 1, name: 'Care sheets' })).toBeVisible();

  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Care sheets' })).toBeVisible();
  // The switcher names each language in its own language.
  await expect(page.getByLabel('Language').locator('option')).toHaveText([
    'English',
    'Français',
    'العربية',
    '简体中文',
    'Español',
    'Italiano',
    'Português',
    'Deutsch',
    'Tiếng Việt',
    'Русский',
  ]);
  await page.getByLabel('Language').selectOption('ar');
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await expect(page.getByRole('heading', { level: 1, name: text('ar', 'careSheets.title') })).toBeVisible();
  await page.getByLabel(text('ar', 'app.language')).selectOption('fr');
  await expect(page.locator('html')).toHaveAttribute('dir', 'ltr');
  await expect(page.getByRole('heading', { level: 1, name: 'Feuilles de soins' })).toBeVisible();
});

test('the glossary finds "feuille de soins", and a French word in a text opens its entry', async ({ server, launch }) => {
  const context = await launch({ locale: 'es-ES' });
  const page = await firstPage(context);
  await startIn(page, server.origin, 'es');
  await page.goto(`${server.origin}/#/glossary`);
  await page.getByRole('searchbox', { name: text('es', 'glossary.search') }).fill('feuille de soins');
  await expect(page.getByRole('main').getByRole('heading', { level: 2 })).toHaveText(['feuille de soins']);
  await expect(page.getByText(text('es', 'glossary.terms.feuille-de-soins.meaning'))).toBeVisible();
  await page.getByRole('searchbox').fill('zzz');
  await expect(page.getByRole('main').getByRole('heading', { level: 2 })).toHaveCount(0);
  await page.getByRole('button', { name: text('es', 'glossary.clear') }).click();
  await expect(page.getByRole('main').getByRole('heading', { level: 2 })).toHaveCount(29);

  // From the care-sheet guide, a tap on the French word lands on its entry.
  await page.goto(`${server.origin}/#/care-sheets`);
  await page.getByRole('main').getByRole('link', { name: 'feuille de soins' }).first().click();
  await expect(page).toHaveURL(/#\/glossary\/feuille-de-soins$/);
  await expect(page.getByRole('heading', { level: 2, name: 'feuille de soins' })).toBeFocused();
});

test('a French card, two taps from home, shows the saved provisional number with the server stopped', async ({ server, launch }) => {
  const context = await launch({ locale: 'zh-CN', width: 390 });
  const page = await firstPage(context);
  await page.clock.setFixedTime(new Date('2026-09-20T10:00:00'));
  await visitUntilOffline(page, server.origin);
  await page.getByRole('button', { name: text('zh-Hans', 'home.continue') }).click();
  await page.goto(`${server.origin}/#/numbers`);
  await page.getByRole('textbox', { name: text('zh-Hans', 'numbers.provisional.label') }).fill('2 95 10 99 126 111 93');
  await page
    .getByRole('button', { name: text('zh-Hans', 'numbers.save') })
    .first()
    .click();
  await expect.poll(async () => (await storedState(page))?.numbers).toHaveProperty('provisional');

  await server.stop();
  await page.goto(`${server.origin}/#/`);
  await page.reload();
  await page.getByRole('link', { name: text('zh-Hans', 'home.showCards') }).click();
  await page.getByRole('link', { name: new RegExp(text('fr', 'show.cpam.name')) }).click();
  const card = page.getByRole('article');
  await expect(card).toContainText('Je me suis inscrit(e) sur etudiant-etranger.ameli.fr le 20 septembre 2026.');
  await expect(card).toContainText('Voici mon numéro provisoire : 2 95 10 99 126 111 93');
  await expect(card).toContainText("Je n'ai pas encore reçu mon numéro définitif.");
  // Underneath, smaller, what it says in the student's language.
  await expect(card).toContainText(text('zh-Hans', 'show.cpam.noDefinitive'));
  const [french, meaning] = await Promise.all(
    ['.show-fr', '.show-meaning'].map((selector) =>
      card
        .locator(selector)
        .first()
        .evaluate((element) => parseFloat(getComputedStyle(element).fontSize)),
    ),
  );
  expect(french).toBeGreaterThan((meaning ?? 0) * 1.4);
});
