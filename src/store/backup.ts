// A backup is one JSON file the student keeps: everything they entered, versioned like stored data so a
// file from an older version is migrated on import. Nothing in a file is trusted until it has been checked.
import { countReady, documentsFor } from '../domain/documents';
import { dayOf } from '../domain/dates';
import { DEFAULT_PATH } from '../domain/paths';
import { dataFingerprint } from './selectors';
import { countDone } from '../domain/steps';
import { CURRENT_VERSION, migrate } from './migrations';
import { pickSaved, validateSavedState, type SavedState } from './schema';

export const BACKUP_MAX_BYTES = 1024 * 1024;
const APP = 'secu-steps';
const KIND = 'backup';
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

export type BackupError = 'too-large' | 'not-json' | 'not-a-backup' | 'newer' | 'invalid' | 'forbidden-keys';

export interface BackupSummary {
  exportedAt: string;
  fromVersion: number;
  path: SavedState['path'];
  stepsDone: number;
  documentsReady: number;
  /** How many documents the backup's path lists (on the day it was exported). */
  documentsTotal: number;
  answers: number;
  numbers: number;
  careSheets: number;
}

export function backupFileName(day: string): string {
  return `secu-steps-backup-${day}.json`;
}

/**
 * The backup file's text for the current state. The file records itself as the last backup, so a phone that
 * restores it does not at once suggest keeping a backup of the very same data.
 */
export function createBackup(state: SavedState, now: Date): string {
  const saved = { ...pickSaved(state), backup: { exportedOn: dayOf(now), fingerprint: dataFingerprint(state) } };
  return `${JSON.stringify({ app: APP, kind: KIND, version: CURRENT_VERSION, exportedAt: now.toISOString(), state: saved }, null, 2)}\n`;
}

function hasForbiddenKey(text: string): boolean {
  let found = false;
  JSON.parse(text, (key, value: unknown) => {
    if (FORBIDDEN_KEYS.has(key)) found = true;
    return value;
  });
  return found;
}

function summarize(state: SavedState, exportedAt: string, fromVersion: number): BackupSummary {
  const listed = documentsFor(state.path ?? DEFAULT_PATH, state.answers, exportedAt.slice(0, 10));
  return {
    exportedAt,
    fromVersion,
    path: state.path,
    stepsDone: countDone(state.steps),
    documentsReady: countReady(state.documents, listed),
    documentsTotal: listed.length,
    answers: Object.values(state.answers).filter((value) => value.trim() !== '').length,
    numbers: Object.keys(state.numbers).length,
    careSheets: state.careSheets.length,
  };
}

/** Checks a whole backup file before anything is touched; an older file is migrated like stored data. */
export function readBackup(text: string): { ok: true; state: SavedState; summary: BackupSummary } | { ok: false; error: BackupError } {
  if (new TextEncoder().encode(text).length > BACKUP_MAX_BYTES) return { ok: false, error: 'too-large' };
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return { ok: false, error: 'not-json' };
  }
  if (hasForbiddenKey(text)) return { ok: false, error: 'forbidden-keys' };
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) return { ok: false, error: 'not-a-backup' };
  const { app, kind, version, exportedAt, state } = parsed as Record<string, unknown>;
  if (app !== APP || kind !== KIND || typeof version !== 'number' || !Number.isInteger(version) || state === undefined) {
    return { ok: false, error: 'not-a-backup' };
  }
  if (typeof exportedAt !== 'string' || exportedAt.length > 40 || Number.isNaN(Date.parse(exportedAt))) {
    return { ok: false, error: 'invalid' };
  }
  if (version > CURRENT_VERSION) return { ok: false, error: 'newer' };
  const migrated = migrate(state, version);
  if (!migrated.ok) return { ok: false, error: 'invalid' };
  const checked = validateSavedState(migrated.state);
  if (!checked.ok) return { ok: false, error: 'invalid' };
  return { ok: true, state: checked.state, summary: summarize(checked.state, exportedAt, version) };
}
