// Draws what the install dialog shows, from the real app: phone screenshots (public/screenshots/) and the icons
// of the home-screen shortcuts (public/shortcut-*.png), in Chromium. Run after a build, from the project folder:
// `npm run build && node scripts/make-screenshots.mjs`; the output is committed. Nothing here is personal data.
import { chromium } from '@playwright/test';
import { existsSync, mkdirSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { chromiumArgs, chromiumPath } from './browser.mjs';

const DIST = 'dist';
const TYPES = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
};
const SIZE = { width: 390, height: 844 };

// The shortcut icons: the tab bar's glyphs, white on the app's blue.
const BLUE = '#1f4f8f';
const GLYPHS = {
  'care-sheets': "<path d='M6 2h8l4 4v16H6z'/><path d='M14 2v4h4M9 11h6M12 8v6M9 18h6'/>",
  numbers: "<rect x='2' y='5' width='20' height='14' rx='2'/><path d='M6 10h4M6 14h8M15 10h3'/>",
};

const server = createServer((request, response) => {
  let file = normalize(join(DIST, decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname)));
  if (!file.startsWith(DIST) || !existsSync(file) || statSync(file).isDirectory()) file = join(DIST, 'index.html');
  response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' }).end(readFileSync(file));
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const origin = `http://127.0.0.1:${server.address().port}`;

const browser = await chromium.launch({ executablePath: await chromiumPath(), args: chromiumArgs });
const context = await browser.newContext({
  viewport: SIZE,
  deviceScaleFactor: 1,
  locale: 'en-GB',
  colorScheme: 'light',
  reducedMotion: 'reduce',
});
// No service worker: its "ready to work offline" notice would sit on every picture.
await context.route('**/sw.js', (route) => route.abort());
const page = await context.newPage();
await page.clock.setFixedTime(new Date('2026-10-12T10:00:00'));
await page.goto(origin);
await page.getByRole('button', { name: 'Continue' }).click();

await page.goto(`${origin}/#/documents`);
for (const name of ['Proof of registration for the current academic year', 'Proof of identity', 'Student visa']) {
  await page.getByRole('checkbox', { name }).check();
}
await page.goto(`${origin}/#/steps`);
for (const name of [/Connect to the registration site/, /circumstances, birth date/]) await page.getByRole('checkbox', { name }).check();
await page.goto(`${origin}/#/care-sheets`);
for (const [day, kind, amount] of [
  ['2026-10-08', 'Pharmacy', '12,40'],
  ['2026-09-29', 'General practitioner', '30'],
]) {
  await page.getByLabel('Date of care').fill(day);
  await page.getByLabel('Kind of care').selectOption({ label: kind });
  await page.getByLabel('Amount paid (€)').fill(amount);
  await page.getByRole('button', { name: 'Add', exact: true }).click();
}

mkdirSync('public/screenshots', { recursive: true });
for (const [name, route, scrollTo] of [
  ['home', '', null],
  ['care-sheets', 'care-sheets', 'Totals'],
  ['more', 'more', null],
]) {
  await page.goto(`${origin}/#/${route}`);
  await page.locator('h1').waitFor();
  if (scrollTo) await page.getByRole('heading', { name: scrollTo }).evaluate((heading) => heading.scrollIntoView());
  await page.evaluate(() => document.activeElement instanceof HTMLElement && document.activeElement.blur());
  await page.screenshot({ path: `public/screenshots/${name}.png` });
}

for (const [name, glyph] of Object.entries(GLYPHS)) {
  await page.setContent(
    `<svg id="icon" xmlns="http://www.w3.org/2000/svg" width="96" height="96" viewBox="-6 -6 36 36"><rect x="-6" y="-6" width="36" height="36" rx="7" fill="${BLUE}"/><g fill="none" stroke="white" stroke-width="2" stroke-linecap="round" stroke-linejoin="round">${glyph}</g></svg>`,
  );
  await page.locator('#icon').screenshot({ path: `public/shortcut-${name}.png`, omitBackground: true });
}

await browser.close();
server.close();
console.log('screenshots and shortcut icons written to public/');
