import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';
import { VitePWA } from 'vite-plugin-pwa';
import type { Plugin } from 'vite';
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

// src/boot/early-start.ts is its own entry, run before the main bundle so that reading IndexedDB overlaps
// compiling the app (the dev server does without it).
const earlyStart: Plugin = {
  name: 'early-start',
  apply: 'build',
  transformIndexHtml: {
    order: 'post',
    handler: (_html, context) => {
      const chunk = Object.values(context.bundle ?? {}).find((file) => file.type === 'chunk' && file.name === 'early-start');
      if (!chunk) throw new Error('The early-start entry is missing from the build');
      return [{ tag: 'script', attrs: { type: 'module', crossorigin: true, src: `/${chunk.fileName}` }, injectTo: 'head-prepend' }];
    },
  },
};

export default defineConfig({
  define: { __BUILD_ID__: JSON.stringify(buildId) },
  build: {
    target: 'es2022',
    outDir: process.env.OUT_DIR ?? 'dist',
    manifest: true,
    rolldownOptions: {
      input: { index: fileURLToPath(new URL('index.html', import.meta.url)), 'early-start': fileURLToPath(new URL('src/boot/early-start.ts', import.meta.url)) },
    },
  },
  preview: { host: '127.0.0.1', port: 4173, strictPort: true },
  plugins: [
    react(),
    earlyStart,
    contentSecurityPolicy,
    VitePWA({
      strategies: 'injectManifest',
      srcDir: 'src/pwa',
      filename: 'sw.ts',
      registerType: 'prompt',
      injectRegister: false,
      injectManifest: {
        globPatterns: ['**/*.{js,css,html,svg,png,ico,webmanifest}'],
      },
      includeAssets: ['favicon.svg', 'apple-touch-icon.png'],
      manifest: {
        id: '/',
        name: 'Sécu Steps — French health insurance for students',
        short_name: 'Sécu Steps',
        description:
          'Unofficial offline companion for international students registering with French health insurance (CPAM).',
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
      },
    }),
  ],
  test: {
    environment: 'jsdom',
    include: ['tests/unit/**/*.test.ts', 'tests/components/**/*.test.tsx'],
    setupFiles: ['tests/setup.ts'],
    restoreMocks: true,
  },
});
