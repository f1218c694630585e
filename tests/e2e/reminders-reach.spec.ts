import { expect, firstPage, registeredOnSeptember20, storedState, test } from './support/fixtures';

test('due reminders reach the student on the icon badge; notifications only with permission', async ({ server, launch }) => {
  const context = await launch();
  const page = await firstPage(context);
  await page.addInitScript(() => {
    const calls: (number | undefined)[] = [];
    (window as unknown as { badgeCalls: typeof calls }).badgeCalls = calls;
    navigator.setAppBadge = async (count?: number) => void calls.push(count);
    navigator.clearAppBadge = async () => void calls.push(0);
  });
  await registeredOnSeptember20(page, server.origin);

  await page.clock.setFixedTime(new Date('2027-01-20T09:00:00'));
  await page.goto(`${server.origin}/#/`);
  await page.reload();
  const reminders = page.getByRole('region', { name: 'Reminders' });
  // Documents still to add, the documents check, the definitive number, a referring doctor, a backup.
  await expect(reminders.getByText('5 things to do now')).toBeVisible();
  await expect.poll(() => page.evaluate(() => (window as unknown as { badgeCalls: number[] }).badgeCalls.at(-1))).toBe(5);

  // This headless Chromium refuses notifications: the student is told so, and nothing is switched on.
  // (Showing the notification itself is covered by tests/components/reminder-signals.test.tsx.)
  await reminders.getByRole('checkbox', { name: 'Notify me of due reminders when I open the app' }).click();
  await expect(reminders.getByRole('alert')).toContainText('Notifications are blocked');
  await expect(reminders.getByRole('checkbox', { name: 'Notify me of due reminders when I open the app' })).not.toBeChecked();
  expect((await storedState(page))?.notifications).toEqual({ enabled: false, lastShownOn: null });
});
