import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';
import { VitePWA, type ManifestOptions } from 'vite-plugin-pwa';
import type { Plugin } from 'vite';
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';

import packageJson from './package.json' with { type: 'json' };
import { checkLocales, SOURCE_LANGUAGE } from './scripts/locale-check.mjs';
import { LANGUAGES } from './src/i18n/languages.ts';

// BUILD_ID lets the update test build two distinguishable versions of the same app.
const buildId = process.env.BUILD_ID ?? packageJson.version;

// Only the app's own origin, no inline script, no eval. Added at build time: the dev server needs inline scripts.
// (frame-ancestors cannot be set from a meta tag: set it as a header on the host, see README.)
const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self'",
  "manifest-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join('; ');

const contentSecurityPolicy: Plugin = {
  name: 'content-security-policy',
  apply: 'build',
  // After every other tag is in place, so that the policy comes first in <head> and covers all of them.
  transformIndexHtml: {
    order: 'post',
    handler: () => [
      { tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY }, injectTo: 'head-prepend' },
    ],
  },
};

// Everything the first screen needs ships as ONE file. Each file a cold start waits for is another trip
// through the service worker and another module to link before anything runs; by default the bundler
// split out the modules the lazy screens share (i18next, the heading, the dates, a runtime helper), so a
// start waited for seven script files. Measured with `npm run bench`, paired runs against the build before:
// one file took the cold offline start from about 1.7x to about 1.55x a bare React page. Lazy screens stay
// separate files and import from this one.
const HTML_ENTRY = fileURLToPath(new URL('index.html', import.meta.url));

interface ChunkingContext {
  getModuleInfo(id: string): { importedIds: readonly string[] } | null;
}

function oneStartupFile(): Plugin {
  let startup: Set<string> | null = null;
  const startupModules = (context: ChunkingContext): Set<string> => {
    if (startup) return startup;
    const seen = new Set<string>();
    const visit = (id: string) => {
      if (seen.has(id)) return;
      seen.add(id);
      context.getModuleInfo(id)?.importedIds.forEach(visit);
    };
    visit(HTML_ENTRY);
    startup = seen;
    return seen;
  };
  return {
    name: 'one-startup-file',
    apply: 'build',
    buildStart() {
      startup = null;
    },
    outputOptions(options) {
      return {
        ...options,
        codeSplitting: {
          groups: [
            {
              debugName: 'startup',
              name: (id: string, context: ChunkingContext) => (startupModules(context).has(id) ? 'index' : null),
            },
          ],
        },
      };
    },
  };
}

// The web manifest; each language gets its own copy with its name and texts (see localeFiles).
const MANIFEST = {
  id: '/',
  name: 'Sécu Steps — French health insurance for students',
  short_name: 'Sécu Steps',
  description: 'Unofficial offline companion for international students registering with French health insurance (CPAM).',
  start_url: '/',
  scope: '/',
  display: 'standalone',
  orientation: 'portrait',
  lang: 'en',
  background_color: '#f7f7f4',
  theme_color: '#1f4f8f',
  categories: ['education', 'health', 'utilities'],
  icons: [
    { src: 'icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
    { src: 'icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
    { src: 'icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
  ],
  // Drawn from the real app by scripts/make-screenshots.mjs; "narrow" gives Android its richer install dialog.
  screenshots: [
    {
      src: 'screenshots/home.png',
      sizes: '390x844',
      type: 'image/png',
      form_factor: 'narrow',
      label: 'Where you are: reminders and progress',
    },
    {
      src: 'screenshots/care-sheets.png',
      sizes: '390x844',
      type: 'image/png',
      form_factor: 'narrow',
      label: 'Care sheets: what you paid and what came back',
    },
    { src: 'screenshots/more.png', sizes: '390x844', type: 'image/png', form_factor: 'narrow', label: 'Every screen two taps away' },
  ],
  // A long press on the home-screen icon.
  shortcuts: [
    {
      name: 'Care sheets',
      short_name: 'Care sheets',
      description: 'Note a visit you paid for',
      url: '/#/care-sheets',
      icons: [{ src: 'shortcut-care-sheets.png', sizes: '96x96', type: 'image/png' }],
    },
    {
      name: 'Your numbers',
      short_name: 'Numbers',
      description: 'Your provisional and definitive numbers',
      url: '/#/numbers',
      icons: [{ src: 'shortcut-numbers.png', sizes: '96x96', type: 'image/png' }],
    },
  ],
} satisfies Partial<ManifestOptions>;

const RIGHT_TO_LEFT = ['ar'];
const MANIFEST_FILE = 'manifest.webmanifest';
// The manifest's files, written with addresses from the site's root: a language's copy lives in its folder.
const fromRoot = (src: string) => `/${src}`;

/**
 * The manifest in one language: its name, description, shortcuts and screenshot labels from
 * locales/<lang>/manifest.json. The build writes it into the language's folder (locales/<lang>-<hash>/).
 */
function manifestIn(language: string) {
  const { manifest } = JSON.parse(readFileSync(join(LOCALES, language, 'manifest.json'), 'utf8'));
  return {
    ...MANIFEST,
    name: manifest.name,
    description: manifest.description,
    lang: language,
    dir: RIGHT_TO_LEFT.includes(language) ? 'rtl' : 'ltr',
    // Keyed by the screen they open or show (care-sheets.png, #/numbers).
    icons: MANIFEST.icons.map((icon) => ({ ...icon, src: fromRoot(icon.src) })),
    shortcuts: MANIFEST.shortcuts.map((shortcut) => ({
      ...shortcut,
      ...manifest.shortcuts[shortcut.url.replace('/#/', '')],
      icons: shortcut.icons.map((icon) => ({ ...icon, src: fromRoot(icon.src) })),
    })),
    screenshots: MANIFEST.screenshots.map((screenshot) => ({
      ...screenshot,
      src: fromRoot(screenshot.src),
      label: manifest.screenshots[screenshot.src.replace(/^screenshots\/|\.png$/g, '')],
    })),
  };
}

// The strings: each language's files are copied, minified, to locales/<lang>-<hash>/ (the hash of that language's
// files, so a changed text gets a new address and no browser or cache keeps the old one); the app fetches them
// (src/i18n/locale-files.ts) and the service worker precaches them. Plain JSON costs the start-up file one
// folder name per language, where a bundled chunk per file cost an import entry each (160 with ten languages).
// The build stops when a language lacks a key English has (scripts/locale-check.mjs).
const LOCALES = fileURLToPath(new URL('locales', import.meta.url));
// manifest.json holds the web manifest's texts, which the build writes into manifest-<lang>.webmanifest.
const localeParts = (language: string) =>
  readdirSync(join(LOCALES, language))
    .filter((name) => name.endsWith('.json') && name !== 'manifest.json')
    .sort();
const LOCALE_FOLDERS = Object.fromEntries(
  LANGUAGES.map(({ code }) => {
    const hash = createHash('sha256');
    for (const part of [...localeParts(code), 'manifest.json']) hash.update(part).update(readFileSync(join(LOCALES, code, part)));
    return [code, `locales/${code}-${hash.digest('hex').slice(0, 8)}`];
  }),
);

const localeFiles: Plugin = {
  name: 'locale-files',
  buildStart() {
    const problems = checkLocales(
      LOCALES,
      LANGUAGES.map(({ code }) => code).filter((code) => code !== SOURCE_LANGUAGE),
    );
    if (problems.length > 0) this.error(`The strings do not match English:\n  ${problems.join('\n  ')}`);
  },
  generateBundle() {
    if (this.meta.watchMode) return;
    for (const [language, folder] of Object.entries(LOCALE_FOLDERS)) {
      for (const part of localeParts(language)) {
        const strings = JSON.parse(readFileSync(join(LOCALES, language, part), 'utf8'));
        this.emitFile({ type: 'asset', fileName: `${folder}/${part}`, source: JSON.stringify(strings) });
      }
      // The app points <link rel="manifest"> at the student's language (src/i18n/i18n.ts), so a phone that
      // installs it shows its name in that language. In the language's folder, its address changes with its texts.
      this.emitFile({ type: 'asset', fileName: `${folder}/${MANIFEST_FILE}`, source: JSON.stringify(manifestIn(language)) });
    }
  },
  // The dev server answers the same addresses from the files themselves, so an edited text shows on reload.
  configureServer(server) {
    server.middlewares.use((request, response, next) => {
      const manifest = /^\/locales\/([\w-]+)-[0-9a-f]{8}\/manifest\.webmanifest$/.exec(request.url?.split('?')[0] ?? '');
      if (manifest?.[1] && manifest[1] in LOCALE_FOLDERS) {
        response.setHeader('Content-Type', 'application/manifest+json');
        return response.end(JSON.stringify(manifestIn(manifest[1])));
      }
      const match = /^\/locales\/([\w-]+)-[0-9a-f]{8}\/([\w-]+\.json)$/.exec(request.url?.split('?')[0] ?? '');
      if (!match?.[1] || !match[2] || !(match[1] in LOCALE_FOLDERS)) return next();
      response.setHeader('Content-Type', 'application/json');
      response.end(readFileSync(join(LOCALES, match[1], match[2])));
    });
  },
};

// scripts/bench.mjs reads the bundler's manifest to tell the start-up file from the lazy ones; it is not part
// of the site, so it leaves the output folder as soon as it is written (to node_modules/.cache/secu-steps/).
const OUT_DIR = process.env.OUT_DIR ?? 'dist';
export const BUILD_MANIFEST = `node_modules/.cache/secu-steps/${basename(OUT_DIR)}-manifest.json`;

const manifestOutsideSite: Plugin = {
  name: 'manifest-outside-site',
  apply: 'build',
  writeBundle(options) {
    const dir = options.dir ?? OUT_DIR;
    mkdirSync(join(BUILD_MANIFEST, '..'), { recursive: true });
    renameSync(join(dir, '.vite/manifest.json'), BUILD_MANIFEST);
    rmSync(join(dir, '.vite'), { recursive: true, force: true });
  },
};

export default defineConfig({
  define: {
    __BUILD_ID__: JSON.stringify(buildId),
    __LOCALE_FOLDERS__: JSON.stringify(LOCALE_FOLDERS),
    // What the service worker precaches from each language's folder: its strings and its web manifest.
    __LOCALE_PARTS__: JSON.stringify([...localeParts(SOURCE_LANGUAGE), MANIFEST_FILE]),
  },
  build: {
    target: 'es2022',
    outDir: OUT_DIR,
    manifest: true,
    // The polyfill only helps browsers without <link rel="modulepreload"> (Safari before 17), and there only
    // by fetching a lazy screen's files a moment earlier, from the precache: not worth ~0.4 KB in every start.
    modulePreload: { polyfill: false },
  },
  preview: { host: '127.0.0.1', port: 4173, strictPort: true },
  plugins: [
    react(),
    oneStartupFile(),
    contentSecurityPolicy,
    manifestOutsideSite,
    localeFiles,
    VitePWA({
      strategies: 'injectManifest',
      srcDir: 'src/pwa',
      filename: 'sw.ts',
      registerType: 'prompt',
      injectRegister: false,
      // Every file of the site, once (the icons and the web manifest are in the pattern already).
      injectManifest: {
        globPatterns: ['**/*.{js,css,html,svg,png,ico,webmanifest,json}'],
        // The strings are listed by the worker itself (src/pwa/sw.ts). The install dialog's screenshots (about 170 KB) are fetched by the browser when it offers to install,
        // online; the app never shows them, so every student would download them for nothing.
        globIgnores: ['screenshots/**', 'locales/**'],
      },
      includeManifestIcons: false,
      manifest: MANIFEST,
    }),
  ],
  test: {
    environment: 'jsdom',
    include: ['tests/unit/**/*.test.ts', 'tests/components/**/*.test.tsx'],
    setupFiles: ['tests/setup.ts'],
    restoreMocks: true,
    // A few component tests walk every screen; on a busy 2-core machine that can pass 5 s.
    testTimeout: 15_000,
  },
});
