import { expect, firstPage, storedState, test, visitUntilOffline } from './support/fixtures';

const backup = {
  app: 'secu-steps',
  kind: 'backup',
  version: 3,
  exportedAt: '2026-11-20T09:00:00.000Z',
  state: {
    path: 'non-eu',
    steps: { 'upload-documents': '2026-09-16' },
    documents: { enrolment: '2026-09-10', identity: '2026-09-10', visa: '2026-09-10' },
    documentChecks: {},
    answers: { surname: 'Zhang', coverStartDate: '2026-09-15' },
    language: null,
    numbers: { provisional: { value: '295109912611193', enteredOn: '2026-09-16' } },
    afterTasks: {},
    careSheets: [],
    reminders: {},
    notifications: { enabled: false, lastShownOn: null },
    dismissed: {},
    arrivedOn: '2026-09-01',
    cardEndsOn: null,
    backup: null,
  },
};

for (const width of [390, 320]) {
  test(`at ${width} px, a student in July is never sent to the registration site, offline`, async ({ server, launch }) => {
    const context = await launch({ width });
    const page = await firstPage(context);
    await page.clock.setFixedTime(new Date('2026-07-10T10:00:00'));
    await visitUntilOffline(page, server.origin);
    await page.getByRole('button', { name: 'Continue' }).click();
    await server.stop();

    await page.goto(`${server.origin}/#/prepare`);
    await page.getByLabel('Start date of health cover (date de début des droits)', { exact: true }).fill('2026-09-15');
    await page.goto(`${server.origin}/#/documents`);
    for (const name of ['Proof of registration for the current academic year', 'Proof of identity', 'Student visa']) {
      await page.getByRole('checkbox', { name }).check();
    }
    await expect.poll(async () => Object.keys(((await storedState(page))?.documents as object) ?? {}).length).toBe(3);

    await page.goto(`${server.origin}/#/`);
    await expect(page.getByRole('region', { name: 'Before you leave' })).toBeVisible();
    const main = page.getByRole('main');
    await expect(main.getByRole('link', { name: /etudiant-etranger\.ameli\.fr/ })).toHaveCount(0);
    await expect(main).not.toContainText('register now');
    // Nothing due asks to register; the reminder is planned for the first day of studies.
    const reminders = page.getByRole('region', { name: 'Reminders' });
    await expect(reminders.getByRole('heading', { name: 'Register on etudiant-etranger.ameli.fr' })).toHaveCount(0);
    await expect(reminders).toContainText('Next reminder: Register on etudiant-etranger.ameli.fr, on 15 September 2026.');
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
  });

  test(`at ${width} px, a student on a new phone restores a backup from the first screen`, async ({ server, launch }, testInfo) => {
    const file = testInfo.outputPath('secu-steps-backup.json');
    await import('node:fs/promises').then((fs) => fs.writeFile(file, JSON.stringify(backup)));
    const context = await launch({ width });
    const page = await firstPage(context);
    await page.clock.setFixedTime(new Date('2026-12-02T10:00:00'));
    await visitUntilOffline(page, server.origin);
    await server.stop();

    await page.getByRole('link', { name: 'Restore a backup' }).click();
    await page.getByLabel('Import backup').setInputFiles(file);
    await page.getByRole('button', { name: 'Replace my data with this backup' }).click();
    await expect(page.getByRole('heading', { name: 'Your backup is restored.' })).toBeFocused();
    await page.getByRole('link', { name: 'Go to the home screen' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Where you are' })).toBeVisible();
    await expect(page.getByRole('region', { name: 'While you wait for your definitive number' })).toBeVisible();
    expect((await storedState(page))?.answers).toMatchObject({ surname: 'Zhang' });
  });
}
