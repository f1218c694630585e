// The layers of src/, checked on every file's imports: pure rules at the bottom, the shell at the top, and
// nothing that reaches up or sideways (a feature never imports another feature).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = resolve('src');

/** What each folder of src/ may import from src/ (besides itself). */
const MAY_IMPORT: Record<string, readonly string[]> = {
  domain: [],
  store: ['domain'],
  device: ['domain'],
  navigation: [],
  i18n: [],
  components: ['domain', 'store', 'device', 'navigation', 'i18n'],
  pwa: ['device'],
  features: ['domain', 'store', 'device', 'navigation', 'i18n', 'components', 'pwa'],
  boot: ['store', 'i18n'],
  app: ['domain', 'store', 'device', 'navigation', 'i18n', 'components', 'pwa', 'features'],
};

/** Packages a folder must not import: the store and the rules run without React. */
const MAY_NOT_USE: Record<string, RegExp> = {
  domain: /^(?!\.)/, // no package at all: pure TypeScript
  store: /^(react|react-dom|react-i18next|zustand)(\/|$)(?!.*\b(vanilla|middleware)\b)/,
};

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sourceFiles(path) : /\.tsx?$/.test(name) ? [path] : [];
  });
}

function importsOf(text: string): string[] {
  const found = text.matchAll(
    /(?:^|\n)\s*(?:import|export)\b[^'"]*?from\s*['"]([^'"]+)['"]|(?:^|\n)\s*import\s*['"]([^'"]+)['"]|\bimport\(\s*['"]([^'"]+)['"]\s*\)/g,
  );
  return [...found].map((match) => (match[1] ?? match[2] ?? match[3]) as string);
}

/** The folder of src/ a path is in ('features/home' for a feature), or null outside src/. */
function placeOf(path: string): string | null {
  const parts = relative(SRC, path).split(sep);
  if (parts[0] === '..' || parts.length < 2) return null;
  return parts[0] === 'features' ? `features/${parts[1]}` : (parts[0] as string);
}

const layerOf = (place: string) => place.split('/')[0] as string;

/** Every import that breaks the layering, as "file → import: why". */
function layerViolations(files: { file: string; text: string }[]): string[] {
  const problems: string[] = [];
  for (const { file, text } of files) {
    const place = placeOf(file);
    const name = relative(process.cwd(), file);
    if (!place) continue;
    const layer = layerOf(place);
    for (const spec of importsOf(text)) {
      if (!spec.startsWith('.')) {
        if (MAY_NOT_USE[layer]?.test(spec)) problems.push(`${name} → ${spec}: ${layer}/ may not use this package`);
        if (spec === 'idb-keyval' && name !== join('src', 'store', 'database.ts')) {
          problems.push(`${name} → ${spec}: only src/store/database.ts touches IndexedDB`);
        }
        continue;
      }
      const target = placeOf(resolve(dirname(file), spec));
      if (!target || target === place) continue;
      const targetLayer = layerOf(target);
      if (targetLayer === 'features' && layer === 'features') {
        problems.push(`${name} → ${spec}: a feature may not import another feature (${target})`);
      } else if (targetLayer !== layer && !(MAY_IMPORT[layer] ?? []).includes(targetLayer)) {
        problems.push(`${name} → ${spec}: ${layer}/ may not import ${targetLayer}/`);
      }
    }
  }
  return problems;
}

describe('the layers of src/', () => {
  it('only import downwards: domain/ from nothing, store/ without React, no feature from another or from app/', () => {
    const files = sourceFiles(SRC).map((file) => ({ file, text: readFileSync(file, 'utf8') }));
    expect(files.length).toBeGreaterThan(50);
    expect(layerViolations(files)).toEqual([]);
  });

  it('are checked on every kind of import', () => {
    const planted = (path: string, text: string) => ({ file: join(SRC, path), text });
    expect(
      layerViolations([
        planted('domain/a.ts', "import { x } from '../store/schema';\nimport { useState } from 'react';"),
        planted('store/a.ts', "import { useStore } from 'zustand';\nimport { createStore } from 'zustand/vanilla';"),
        planted('store/b.ts', "export { HomeScreen } from '../features/home/home-screen';"),
        planted('features/home/a.tsx', "const screen = lazy(() => import('../steps/steps-screen'));\nimport '../../app/styles.css';"),
        planted('features/home/b.tsx', "import { hrefFor } from '../../navigation/routes';\nimport { x } from './c';"),
        planted('components/a.tsx', "import type { Route } from '../app/app';"),
        planted('features/settings/a.ts', "import { get } from 'idb-keyval';"),
      ]).map((problem) => problem.replace(/^.*?→ /, '')),
    ).toEqual([
      '../store/schema: domain/ may not import store/',
      'react: domain/ may not use this package',
      'zustand: store/ may not use this package',
      '../features/home/home-screen: store/ may not import features/',
      '../steps/steps-screen: a feature may not import another feature (features/steps)',
      '../../app/styles.css: features/ may not import app/',
      '../app/app: components/ may not import app/',
      'idb-keyval: only src/store/database.ts touches IndexedDB',
    ]);
  });
});
