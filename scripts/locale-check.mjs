// Checks every language's strings against English's: the same files, the same keys (plural forms aside),
// the plural forms the language's grammar needs (Intl.PluralRules), and the same {{placeholders}}.
// Used by the build (vite.config.ts: a missing key fails it), by tests/unit/translations.test.ts, and by hand:
//   node scripts/locale-check.mjs            every language
//   node scripts/locale-check.mjs ar ru      only these
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const SOURCE_LANGUAGE = 'en';
const PLURAL = /_(zero|one|two|few|many|other)$/;
const PLACEHOLDER = /\{\{\s*([\w.]+)[^}]*\}\}/g;

/** Every string of a parsed strings file, by its dotted key. */
function flatten(value, prefix = '', into = new Map()) {
  if (typeof value === 'object' && value !== null && !Array.isArray(value)) {
    for (const [key, inner] of Object.entries(value)) flatten(inner, prefix ? `${prefix}.${key}` : key, into);
  } else into.set(prefix, value);
  return into;
}

const placeholders = (text) => [...new Set([...String(text).matchAll(PLACEHOLDER)].map((match) => match[1]))].sort().join(',');

/** Keys grouped by their base key (plural forms folded): base → Map(form or '' → text). */
function byBase(strings) {
  const groups = new Map();
  for (const [key, text] of strings) {
    const form = PLURAL.exec(key)?.[1] ?? '';
    const base = form ? key.slice(0, -form.length - 1) : key;
    if (!groups.has(base)) groups.set(base, new Map());
    groups.get(base).set(form, text);
  }
  return groups;
}

/**
 * Problems in one language's file against the English one, in plain words ([] when it matches).
 * @param {string} language @param {string} file @param {unknown} english @param {unknown} translated
 * @returns {string[]}
 */
export function compareStrings(language, file, english, translated) {
  const problems = [];
  const source = byBase(flatten(english));
  const target = byBase(flatten(translated));
  const categories = new Intl.PluralRules(language).resolvedOptions().pluralCategories;
  for (const [base, forms] of source) {
    const own = target.get(base);
    if (!own) {
      problems.push(`${language}/${file}: missing key "${base}"`);
      continue;
    }
    const plural = !forms.has('');
    for (const [form, text] of own) {
      const empty = typeof text !== 'string' || text.trim() === '';
      if (empty && String(forms.get(form) ?? forms.get('other') ?? '').trim() !== '')
        problems.push(`${language}/${file}: "${base}${form ? `_${form}` : ''}" is empty`);
      if (!plural && form) problems.push(`${language}/${file}: "${base}" is not a plural in English but has "_${form}"`);
    }
    if (!plural) {
      if (!own.has('')) problems.push(`${language}/${file}: "${base}" must be a plain string`);
      else if (placeholders(own.get('')) !== placeholders(forms.get('')))
        problems.push(
          `${language}/${file}: "${base}" has placeholders {${placeholders(own.get(''))}} instead of {${placeholders(forms.get(''))}}`,
        );
      continue;
    }
    // A plural needs each form the language's grammar has; "_zero" is also allowed in any language (i18next
    // uses it for a count of 0 first: "0 respostas" where Portuguese grammar would say "0 resposta"), and
    // needed wherever English has one.
    const allowed = new Set([...categories, 'zero']);
    for (const category of categories)
      if (!own.has(category)) problems.push(`${language}/${file}: "${base}" lacks its "_${category}" form`);
    if (forms.has('zero') && !own.has('zero')) problems.push(`${language}/${file}: "${base}" lacks its "_zero" form`);
    const expected = [...new Set([...forms.values()].map(placeholders).join(',').split(',').filter(Boolean))].sort().join(',');
    for (const [form, text] of own) {
      if (!allowed.has(form)) problems.push(`${language}/${file}: "${base}_${form}" is not a plural form of ${language}`);
      const found = placeholders(text);
      // Every form may drop {{count}} (Arabic "one" says "a visit"); none may bring a placeholder English lacks.
      if (
        found
          .split(',')
          .filter(Boolean)
          .some((name) => !expected.split(',').includes(name))
      )
        problems.push(`${language}/${file}: "${base}_${form}" has placeholders {${found}}; English has {${expected}}`);
    }
  }
  for (const base of target.keys()) if (!source.has(base)) problems.push(`${language}/${file}: extra key "${base}" (not in English)`);
  return problems;
}

/**
 * Problems in the strings folder (locales/), for the given languages (default: every folder but English's).
 * @param {string} folder @param {string[]} [languages] @returns {string[]}
 */
export function checkLocales(folder, languages) {
  const read = (language, file) => JSON.parse(readFileSync(join(folder, language, file), 'utf8'));
  const files = readdirSync(join(folder, SOURCE_LANGUAGE))
    .filter((name) => name.endsWith('.json'))
    .sort();
  const wanted = languages ?? readdirSync(folder).filter((name) => name !== SOURCE_LANGUAGE);
  const problems = [];
  for (const language of wanted) {
    let own;
    try {
      own = readdirSync(join(folder, language)).filter((name) => name.endsWith('.json'));
    } catch {
      problems.push(`${language}: no folder ${join(folder, language)}`);
      continue;
    }
    for (const file of files) {
      if (!own.includes(file)) {
        problems.push(`${language}/${file}: missing file`);
        continue;
      }
      try {
        problems.push(...compareStrings(language, file, read(SOURCE_LANGUAGE, file), read(language, file)));
      } catch (error) {
        problems.push(`${language}/${file}: ${error instanceof Error ? error.message : String(error)}`);
      }
    }
    for (const file of own) if (!files.includes(file)) problems.push(`${language}/${file}: extra file (not in English)`);
  }
  return problems;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const folder = fileURLToPath(new URL('../locales', import.meta.url));
  const problems = checkLocales(folder, process.argv.length > 2 ? process.argv.slice(2) : undefined);
  for (const problem of problems) console.error(problem);
  console.log(problems.length === 0 ? 'All strings match English.' : `${problems.length} problem(s).`);
  process.exit(problems.length === 0 ? 0 : 1);
}
