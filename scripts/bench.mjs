// Prints what the production build costs a student's phone: the JavaScript a first visit downloads in each
// language (the entry and its static imports; the language's own main strings file; the service worker
// script; and any chunk the start loads by itself,
// such as a service worker library), each lazy chunk, and the precache.
// Usage: npm run build && npm run bench   (exits non-zero when the start-up budget is exceeded)
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import { gzipSync } from 'node:zlib';

const DIST = process.argv[2] ?? 'dist';
const BUDGET_KB = 105;
// Chunks a start loads without the student doing anything (none today: the worker registers without a library).
const LOADED_AT_START = [/^node_modules\/workbox-window\//];
// The bundler's manifest, which the build keeps outside the site (see vite.config.ts).
const manifest = JSON.parse(readFileSync(`node_modules/.cache/secu-steps/${basename(DIST)}-manifest.json`, 'utf8'));
const gz = (file) => gzipSync(readFileSync(join(DIST, file)), { level: 9 }).length;
const kb = (bytes) => `${(bytes / 1024).toFixed(1).padStart(6)} KB`;

function staticClosure(key, seen = new Set()) {
  if (seen.has(key)) return seen;
  seen.add(key);
  for (const dep of manifest[key].imports ?? []) staticClosure(dep, seen);
  return seen;
}

// Every entry (index.html) and what it imports statically runs at start-up.
const startKeys = new Set();
for (const key of Object.keys(manifest).filter((k) => manifest[k].isEntry)) staticClosure(key, startKeys);
for (const key of Object.keys(manifest).filter((k) => LOADED_AT_START.some((pattern) => pattern.test(k)))) staticClosure(key, startKeys);
// The service worker script is fetched on the first visit too (and checked for updates on later ones).
const entryFiles = [...[...startKeys].map((key) => manifest[key].file), 'sw.js'];
const entryBytes = entryFiles.reduce((sum, file) => sum + gz(file), 0);
// Each language also waits for its main strings (src/boot/early-start.ts fetches them), which the build copies to
// locales/<lang>-<hash>/ (vite.config.ts).
const stringFolders = readdirSync(join(DIST, 'locales')).sort();
const languageOf = (folder) => folder.replace(/-[0-9a-f]{8}$/, '');

console.log('JavaScript a first visit downloads (gzip):');
for (const file of entryFiles) console.log(`  ${kb(gz(file))}  ${file}`);
const perLanguage = [];
for (const folder of stringFolders) {
  const file = `locales/${folder}/translation.json`;
  console.log(`  ${kb(gz(file))}  ${file} (only when that language is in use)`);
  perLanguage.push([languageOf(folder), entryBytes + gz(file)]);
}
for (const [language, bytes] of perLanguage) console.log(`  ${kb(bytes)}  total for a first visit in ${language} (budget ${BUDGET_KB} KB)`);
// Past the first question, a start also reads home's and the tab bar's strings (overview.json), from the
// service worker's cache: not a download, but read and parsed at every start.
for (const folder of stringFolders) {
  console.log(`  ${kb(gz(`locales/${folder}/overview.json`))}  locales/${folder}/overview.json (every later start, from the cache)`);
}

console.log('Loaded later, when needed (gzip):');
for (const [key, chunk] of Object.entries(manifest)) {
  if (chunk.isDynamicEntry && !startKeys.has(key)) console.log(`  ${kb(gz(chunk.file))}  ${key}`);
}
// The other strings files of each language, together (each loads when a screen that needs it opens).
for (const folder of stringFolders) {
  const parts = readdirSync(join(DIST, 'locales', folder)).filter((name) => name !== 'translation.json');
  const bytes = parts.reduce((sum, name) => sum + gz(`locales/${folder}/${name}`), 0);
  console.log(`  ${kb(bytes)}  locales/${folder}/ (${parts.length} screen files together)`);
}

let precache = 0;
const walk = (dir) => {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) walk(path);
    else precache += statSync(path).size;
  }
};
walk(DIST);
console.log(`Whole build on disk (what the service worker precaches, raw): ${kb(precache)}`);

const over = perLanguage.filter(([, bytes]) => bytes / 1024 > BUDGET_KB);
for (const [language, bytes] of over)
  console.error(`Start-up JavaScript in ${language}, ${kb(bytes)}, is over the ${BUDGET_KB} KB budget.`);
if (over.length > 0) process.exit(1);
