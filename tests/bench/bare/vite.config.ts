import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';

export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  logLevel: 'warn',
  build: { outDir: fileURLToPath(new URL('../../../.tmp/bench-bare', import.meta.url)), emptyOutDir: true },
  plugins: [react(), VitePWA({ registerType: 'autoUpdate', injectRegister: 'script', manifest: false })],
});
