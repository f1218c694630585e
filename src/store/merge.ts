import { MAX_CARE_SHEETS, type CareSheet } from '../domain/care-sheets';
import { SAVED_KEYS, type SavedState } from './schema';

/** The same data, as far as can be told (JSON equality; a stored blob may not even be JSON). */
export function sameValue(a: unknown, b: unknown): boolean {
  try {
    return JSON.stringify(a) === JSON.stringify(b);
  } catch {
    return a === b;
  }
}

/** True when two saved states hold the same data, field by field. */
export function sameState(a: SavedState, b: SavedState): boolean {
  return SAVED_KEYS.every((key) => sameValue(a[key], b[key]));
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Per entry of a record: what this tab changed since `base` wins, the rest comes from `theirs`. */
function mergeRecord(base: Record<string, unknown>, mine: Record<string, unknown>, theirs: Record<string, unknown>) {
  const out: Record<string, unknown> = { ...theirs };
  for (const key of new Set([...Object.keys(base), ...Object.keys(mine)])) {
    if (sameValue(base[key], mine[key])) continue;
    if (key in mine) out[key] = mine[key];
    else delete out[key];
  }
  return out;
}

/** Care sheets by id: this tab's additions, edits and removals on top of the other tab's list. */
function mergeCareSheets(base: CareSheet[], mine: CareSheet[], theirs: CareSheet[]): CareSheet[] {
  const byId = (list: CareSheet[]) => new Map(list.map((sheet) => [sheet.id, sheet]));
  const [baseById, mineById] = [byId(base), byId(mine)];
  const kept = theirs.flatMap((sheet) => {
    const before = baseById.get(sheet.id);
    const now = mineById.get(sheet.id);
    if (before && !now) return []; // removed here
    if (now && !sameValue(before, now)) return [now]; // edited here
    return [sheet];
  });
  const theirIds = new Set(theirs.map((sheet) => sheet.id));
  const added = mine.filter((sheet) => !baseById.has(sheet.id) && !theirIds.has(sheet.id));
  return [...kept, ...added].slice(0, MAX_CARE_SHEETS);
}

/**
 * Three-way merge for two tabs (or the installed app and a tab) that changed the data at the same time:
 * `base` is what this tab last read or wrote, `mine` what it holds now, `theirs` what another tab wrote since.
 * Only what this tab changed is applied on top of theirs, so neither tab's changes are lost.
 */
export function mergeStates(base: SavedState, mine: SavedState, theirs: SavedState): SavedState {
  const out = { ...theirs } as Record<string, unknown>;
  for (const key of SAVED_KEYS) {
    const [b, m, t] = [base[key], mine[key], theirs[key]];
    if (sameValue(b, m)) continue;
    if (key === 'careSheets') out[key] = mergeCareSheets(b as CareSheet[], m as CareSheet[], t as CareSheet[]);
    else out[key] = isRecord(b) && isRecord(m) && isRecord(t) ? mergeRecord(b, m, t) : m;
  }
  return out as unknown as SavedState;
}
