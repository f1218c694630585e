// Finds a Chromium for the end-to-end tests without any apt step:
// $CHROME_BIN, else Debian's /usr/bin/chromium, else the one shipped inside @sparticuz/chromium.
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
];

export async function chromiumPath() {
  if (process.env.CHROME_BIN) return process.env.CHROME_BIN;
  if (existsSync('/usr/bin/chromium')) return '/usr/bin/chromium';
  const { default: chromium } = await import('@sparticuz/chromium');
  const executable = await chromium.executablePath();
  // Its bundled fontconfig looks in /tmp/fonts only; without fonts Chromium aborts when drawing form controls.
  const fontsDir = join(tmpdir(), 'fonts');
  const confDir = join(tmpdir(), 'secu-steps-fontconfig');
  mkdirSync(confDir, { recursive: true });
  const conf = join(confDir, 'fonts.conf');
  const system = existsSync('/etc/fonts/fonts.conf') ? '<include ignore_missing="yes">/etc/fonts/fonts.conf</include>' : '';
  writeFileSync(
    conf,
    `<?xml version="1.0"?>\n<!DOCTYPE fontconfig SYSTEM "fonts.dtd">\n<fontconfig>${system}<dir>${fontsDir}</dir><dir>/tmp/fonts</dir><cachedir>${join(confDir, 'cache')}</cachedir></fontconfig>\n`,
  );
  process.env.FONTCONFIG_FILE = conf;
  return executable;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  console.log(await chromiumPath());
}
