import { readdirSync, readFileSync } from 'node:fs';
import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import { checkLocales, compareStrings } from '../../scripts/locale-check.mjs';
import { LANGUAGES } from '../../src/i18n/languages';

const LOCALES = 'locales';
const others = LANGUAGES.map(({ code }) => code).filter((code) => code !== 'en');
const read = (language: string, file: string) => JSON.parse(readFileSync(`${LOCALES}/${language}/${file}.json`, 'utf8'));

describe('the translations', () => {
  it('have a folder for every language the switcher lists, and no other', () => {
    expect(readdirSync(LOCALES).sort()).toEqual(LANGUAGES.map(({ code }) => code).sort());
  });

  it.each(others)('%s has every English file and key, no other, with its own plural forms and the same placeholders', (language) => {
    expect(checkLocales(LOCALES, [language])).toEqual([]);
  });

  it('the check finds a missing key, an extra one, a lost placeholder and a missing plural form', () => {
    const english = { a: { b: 'Hello {{name}}', n_one: '{{count}} visit', n_other: '{{count}} visits' } };
    expect(compareStrings('ru', 'x.json', english, { a: { c: 'Привет', n_one: '{{count}} визит', n_other: '{{count}} визита' } })).toEqual([
      'ru/x.json: missing key "a.b"',
      'ru/x.json: "a.n" lacks its "_few" form',
      'ru/x.json: "a.n" lacks its "_many" form',
      'ru/x.json: extra key "a.c" (not in English)',
    ]);
    expect(
      compareStrings('de', 'x.json', english, { a: { b: 'Hallo {{nom}}', n_one: '{{count}} Besuch', n_other: '{{count}} Besuche' } }),
    ).toEqual(['de/x.json: "a.b" has placeholders {nom} instead of {name}']);
  });
});

describe('plural forms', () => {
  const instance = i18next.createInstance();
  const key = 'careSheets.list.showOlder';
  const forms = async (language: string, counts: number[]) => {
    await instance.init({ lng: language, resources: { [language]: { translation: read(language, 'care-sheets') } }, initAsync: false });
    return counts.map((count) => instance.t(key, { count }));
  };

  it('Arabic has six: zero, one, two, few (3–10), many (11–99) and other (100)', async () => {
    const said = await forms('ar', [0, 1, 2, 3, 11, 100]);
    const strings = read('ar', 'care-sheets').careSheets.list;
    expect(said).toEqual(
      ['zero', 'one', 'two', 'few', 'many', 'other'].map((form, index) =>
        String(strings[`showOlder_${form}`]).replace('{{count}}', String([0, 1, 2, 3, 11, 100][index])),
      ),
    );
    expect(new Set(said).size).toBe(6);
  });

  it('Russian has one (1, 21), few (2–4, 22) and many (5–20, 25)', async () => {
    const [one, twentyOne, two, twentyTwo, five, eleven] = await forms('ru', [1, 21, 2, 22, 5, 11]);
    const strings = read('ru', 'care-sheets').careSheets.list;
    const form = (name: string, count: number) => String(strings[`showOlder_${name}`]).replace('{{count}}', String(count));
    expect([one, twentyOne]).toEqual([form('one', 1), form('one', 21)]);
    expect([two, twentyTwo]).toEqual([form('few', 2), form('few', 22)]);
    expect([five, eleven]).toEqual([form('many', 5), form('many', 11)]);
    expect(new Set([form('one', 7), form('few', 7), form('many', 7)]).size).toBe(3);
  });
});
