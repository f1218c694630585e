import { defineConfig } from '@playwright/test';

// Every test starts its own Chromium on its own profile against a production build in dist/ (see
// tests/e2e/support/fixtures.ts); `npm test` builds it first.
export default defineConfig({
  testDir: 'tests/e2e',
  globalSetup: './tests/e2e/support/global-setup.ts',
  outputDir: '.tmp/test-results',
  fullyParallel: false,
  workers: 2,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [['list']],
  forbidOnly: true,
});
