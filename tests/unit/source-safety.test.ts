import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sourceFiles(path) : /\.(ts|tsx|css)$/.test(name) ? [path] : [];
  });
}

describe('the source', () => {
  it('never renders raw HTML, evaluates strings as code, or names another origin to fetch from', () => {
    const offenders = sourceFiles('src')
      .filter((file) => !file.endsWith('.css'))
      .filter((file) =>
        /dangerouslySetInnerHTML|\beval\(|new Function\(|innerHTML\s*=|fetch\(\s*['`]https?:/.test(readFileSync(file, 'utf8')),
      );
    expect(offenders).toEqual([]);
  });
});

describe('the styles', () => {
  it('use logical properties only, so a right-to-left language needs no CSS of its own', () => {
    const physical = /(margin|padding|border)-(left|right)\b|(^|[\s;{])(left|right)\s*:|text-align:\s*(left|right)|float:\s*(left|right)/m;
    const offenders = sourceFiles('src').filter((file) => file.endsWith('.css') && physical.test(readFileSync(file, 'utf8')));
    expect(offenders).toEqual([]);
  });
});
