import { chooseOutsideEu, expect, firstPage, test } from './support/fixtures';

const SCREENS: [string, string][] = [
  ['Home', 'Where you are'],
  ['Steps', 'The six steps'],
  ['Documents', 'Your documents'],
  ['Numbers', 'Your numbers'],
  ['My answers', 'Prepare your answers'],
  ['After', 'Referring doctor, ameli account, carte Vitale'],
  ['Care sheets', 'Care sheets'],
  ['My situation', 'My situation'],
  ['Settings', 'Settings'],
];

for (const width of [390, 320]) {
  test(`at ${width} px every screen is two taps away at most, and nothing scrolls sideways`, async ({ server, launch }) => {
    const context = await launch({ width });
    const page = await firstPage(context);
    await page.goto(server.origin);
    await chooseOutsideEu(page);
    const nav = page.getByRole('navigation', { name: 'Main' });
    const viewport = page.viewportSize() ?? { width, height: 740 };

    for (const [name, heading] of SCREENS) {
      // Start from a screen that is not the one wanted, scrolled down: the bar stays in reach.
      await page.goto(`${server.origin}/#/${name === 'Settings' ? 'steps' : 'settings'}`);
      await page.mouse.wheel(0, 2000);
      let taps = 0;
      const tab = nav.getByRole('link', { name, exact: true });
      if ((await tab.count()) === 0) {
        await nav.getByRole('link', { name: 'More', exact: true }).click();
        taps += 1;
        await page.getByRole('main').getByRole('link', { name, exact: true }).click();
      } else {
        const box = await tab.boundingBox();
        expect(
          box && box.y + box.height <= viewport.height && box.x >= 0 && box.x + box.width <= viewport.width,
          `${name} tab on screen`,
        ).toBe(true);
        expect(box?.height ?? 0, `${name} tab at least 44 px high`).toBeGreaterThanOrEqual(44);
        await tab.click();
      }
      taps += 1;
      await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
      expect(taps).toBeLessThanOrEqual(2);
      const current = name === 'Home' || (await tab.count()) > 0 ? tab : nav.getByRole('link', { name: 'More', exact: true });
      await expect(current).toHaveAttribute('aria-current', /page|true/);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow, `${name} scrolls sideways`).toBeLessThanOrEqual(0);
      const navOverflow = await nav.evaluate((element) => element.scrollWidth - element.clientWidth);
      expect(navOverflow, 'the tab bar scrolls sideways').toBeLessThanOrEqual(0);
    }
  });

  test(`at ${width} px undo is on screen, above the tab bar, after unticking the last document`, async ({ server, launch }) => {
    const context = await launch({ width });
    const page = await firstPage(context);
    await page.goto(server.origin);
    await chooseOutsideEu(page);
    await page.goto(`${server.origin}/#/documents`);
    const last = page.getByRole('checkbox', { name: 'RIB (bank account identity)' });
    await last.check();
    await last.uncheck();
    const undo = page.getByRole('button', { name: 'Undo' });
    await expect(undo).toBeInViewport({ ratio: 1 });
    await expect(last).toBeFocused();
    const [button, bar] = [await undo.boundingBox(), await page.getByRole('navigation', { name: 'Main' }).boundingBox()];
    expect((button?.y ?? 0) + (button?.height ?? 0)).toBeLessThanOrEqual(bar?.y ?? 0);

    await page.keyboard.press('Tab');
    // Past the French words linked in the RIB's facts and the official link.
    for (let i = 0; i < 10 && !(await undo.evaluate((element) => element === document.activeElement)); i += 1)
      await page.keyboard.press('Tab');
    await expect(undo).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(last).toBeChecked();
    await expect(last).toBeFocused();
    await expect(undo).toHaveCount(0);
  });
}
