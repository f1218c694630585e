import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const LOCALES = 'locales';
const PLURAL = /_(zero|one|two|few|many|other)$/;

/** Every key of a strings file, nested keys joined with dots, plural forms folded into their base key. */
function baseKeys(value: unknown, prefix = ''): string[] {
  if (typeof value !== 'object' || value === null) return [prefix.replace(PLURAL, '')];
  return Object.entries(value).flatMap(([key, inner]) => baseKeys(inner, prefix ? `${prefix}.${key}` : key));
}

const keysOf = (language: string, file: string) =>
  [...new Set(baseKeys(JSON.parse(readFileSync(join(LOCALES, language, file), 'utf8'))))].sort();

describe('the translations', () => {
  const languages = readdirSync(LOCALES).filter((name) => name !== 'en');
  const files = readdirSync(join(LOCALES, 'en')).sort();

  it('have the same files in every language', () => {
    for (const language of languages) expect(readdirSync(join(LOCALES, language)).sort()).toEqual(files);
  });

  it.each(languages)('%s has every English key and no other, plural forms aside', (language) => {
    for (const file of files) expect({ file, keys: keysOf(language, file) }).toEqual({ file, keys: keysOf('en', file) });
  });
});
