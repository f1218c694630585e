import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';
import { VitePWA } from 'vite-plugin-pwa';
import type { Plugin } from 'vite';
import { mkdirSync, renameSync, rmSync } from 'node:fs';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';

import packageJson from './package.json' with { type: 'json' };

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
  define: { __BUILD_ID__: JSON.stringify(buildId) },
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
    VitePWA({
      strategies: 'injectManifest',
      srcDir: 'src/pwa',
      filename: 'sw.ts',
      registerType: 'prompt',
      injectRegister: false,
      // Every file of the site, once (the icons and the web manifest are in the pattern already).
      injectManifest: {
        globPatterns: ['**/*.{js,css,html,svg,png,ico,webmanifest}'],
        // The install dialog's screenshots (about 170 KB) are fetched by the browser when it offers to install,
        // online; the app never shows them, so every student would download them for nothing.
        globIgnores: ['screenshots/**'],
      },
      includeManifestIcons: false,
      manifest: {
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
      },
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
