import { defineConfig } from '@playwright/test';

// `npm run bench`: measures, does not judge; the numbers are printed for the issue notes.
export default defineConfig({
  testDir: '.',
  testMatch: '*.bench.ts',
  outputDir: '../../.tmp/bench-results',
  workers: 1,
  timeout: 180_000,
  reporter: [['list']],
});
