// Generates src/domain/insee-countries.ts from the INSEE country lists in ../shared/data.
// Run from anywhere: `node scripts/make-insee-countries.mjs`. The output is committed so the app never reads the CSV at run time.
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const currentFile = '../shared/data/insee-countries-2025.csv';
const historyFile = '../shared/data/insee-countries-with-history.tsv';
const outputFile = 'src/domain/insee-countries.ts';
const CODE = /^99\d{3}$/;

/** Splits RFC 4180 CSV text into rows; quoted fields may hold commas (official names do) and doubled quotes. */
function parseCsv(text) {
  const rows = [];
  let row = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i += 1) {
    const char = text[i];
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') {
        field += '"';
        i += 1;
      } else if (char === '"') quoted = false;
      else field += char;
    } else if (char === '"') quoted = true;
    else if (char === ',') {
      row.push(field);
      field = '';
    } else if (char === '\n' || char === '\r') {
      if (char === '\r' && text[i + 1] === '\n') i += 1;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += char;
  }
  if (field !== '' || row.length > 0) rows.push([...row, field]);
  return rows.filter((cells) => cells.some((cell) => cell !== ''));
}

/** Turns header + rows into objects, failing loudly if an expected column is missing (the upstream format could change). */
function toRecords(rows, required, source) {
  const [header, ...body] = rows;
  if (!header) throw new Error(`${source}: empty file`);
  for (const name of required) {
    if (!header.includes(name)) throw new Error(`${source}: missing column ${name}`);
  }
  return body.map((cells) => Object.fromEntries(header.map((name, i) => [name, (cells[i] ?? '').trim()])));
}

function readCurrent() {
  const rows = parseCsv(readFileSync(join(root, currentFile), 'utf8'));
  return toRecords(rows, ['code', 'iso2_code', 'name'], currentFile);
}

function readHistory() {
  const lines = readFileSync(join(root, historyFile), 'utf8')
    .split(/\r?\n/)
    .filter((line) => line.trim() !== '' && !line.startsWith('#'));
  return toRecords(
    lines.map((line) => line.split('\t')),
    ['code_insee', 'name', 'date_fin'],
    historyFile,
  );
}

function checkCode(code, source) {
  if (!CODE.test(code)) throw new Error(`${source}: unexpected INSEE code ${JSON.stringify(code)}`);
}

/** Current codes carry an ISO alpha-2 code; codes only in the history file are gone countries and have none. */
function collect() {
  const entries = new Map();
  for (const record of readCurrent()) {
    checkCode(record.code, currentFile);
    if (!/^([A-Z]{2})?$/.test(record.iso2_code)) throw new Error(`${currentFile}: bad ISO code for ${record.code}`);
    entries.set(record.code, record.iso2_code ? { iso2: record.iso2_code, name: record.name } : { name: record.name });
  }
  for (const record of readHistory()) {
    checkCode(record.code_insee, historyFile);
    if (!entries.has(record.code_insee)) entries.set(record.code_insee, { name: record.name });
  }
  return [...entries].sort(([a], [b]) => a.localeCompare(b));
}

function quote(text) {
  return `'${text.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
}

function render(entries) {
  const lines = entries.map(([code, { iso2, name }]) =>
    iso2 ? `  '${code}': { iso2: '${iso2}', name: ${quote(name)} },` : `  '${code}': { name: ${quote(name)} },`,
  );
  return [
    '// GENERATED FILE, do not edit: run `node scripts/make-insee-countries.mjs` to rebuild it.',
    `// Sources: ${currentFile} (INSEE COG 2025 "pays et territoires étrangers", current codes, with ISO 3166 alpha-2)`,
    `// and ${historyFile} (same list with codes no longer current, no ISO code).`,
    '// Data: INSEE, Code officiel géographique, Licence Ouverte / Etalab 2.0.',
    '',
    '/** INSEE country codes (99 + 3 digits, as in the NIR of a person born abroad) → ISO alpha-2 where one exists, and the French name. */',
    'export const INSEE_COUNTRIES: Readonly<Record<string, { iso2?: string; name: string }>> = {',
    ...lines,
    '};',
    '',
  ].join('\n');
}

const entries = collect();
writeFileSync(join(root, outputFile), render(entries));
console.log(`${outputFile}: ${entries.length} codes (${entries.filter(([, e]) => !e.iso2).length} without ISO code)`);
