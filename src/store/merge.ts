import type { SavedState } from './schema';
import { SAVED_KEYS } from './schema';

function same(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Per entry of a record: what this tab changed since `base` wins, the rest comes from `theirs`. */
function mergeRecord(base: Record<string, unknown>, mine: Record<string, unknown>, theirs: Record<string, unknown>) {
  const out: Record<string, unknown> = { ...theirs };
  for (const key of new Set([...Object.keys(base), ...Object.keys(mine)])) {
    if (same(base[key], mine[key])) continue;
    if (key in mine) out[key] = mine[key];
    else delete out[key];
  }
  return out;
}

/**
 * Three-way merge for two tabs (or the installed app and a tab) that changed the data at the same time:
 * `base` is what this tab last read or wrote, `mine` what it wants to write, `theirs` what another tab wrote since.
 * Only what this tab changed is applied on top of theirs, so neither tab's ticks are lost.
 */
export function mergeStates(base: SavedState, mine: SavedState, theirs: SavedState): SavedState {
  const out = { ...theirs } as Record<string, unknown>;
  for (const key of SAVED_KEYS) {
    const [b, m, t] = [base[key], mine[key], theirs[key]];
    if (same(b, m)) continue;
    out[key] = isRecord(b) && isRecord(m) && isRecord(t) ? mergeRecord(b, m, t) : m;
  }
  return out as unknown as SavedState;
}
