import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chromiumPath } from '../../../scripts/browser.mjs';

/** Checks the build exists, builds the "next version" for the update test, and unpacks Chromium once. */
export default async function globalSetup(): Promise<void> {
  if (!existsSync('dist/index.html')) throw new Error('No production build in dist/: run `npm run build` first.');
  execFileSync(process.execPath, ['node_modules/vite/bin/vite.js', 'build', '--logLevel', 'warn'], {
    env: { ...process.env, OUT_DIR: 'dist-next', BUILD_ID: 'next-test-version' },
    stdio: 'inherit',
  });
  process.env.CHROME_BIN = await chromiumPath();
}
