import { describe, expect, it } from 'vitest';
import { createBackup, readBackup } from '../../src/store/backup';
import { CURRENT_VERSION } from '../../src/store/migrations';
import { initialSavedState, type SavedState } from '../../src/store/schema';
import { dataFingerprint, reminderInput } from '../../src/store/selectors';
import stateV1 from '../fixtures/state-v1.json';

const state: SavedState = {
  ...initialSavedState(),
  path: 'non-eu',
  steps: { connect: '2026-09-02' },
  documents: { visa: '2026-09-01', identity: '2026-09-01' },
  answers: { surname: 'Tran', email: '' },
  numbers: { provisional: { value: '295109912611193', enteredOn: '2026-09-20' } },
  careSheets: [{ id: 'c1', day: '2026-10-01', kind: 'pharmacy', paidCents: 1250 }],
};
const now = new Date('2026-11-26T10:00:00Z');

describe('backups', () => {
  it('round-trip everything the student entered, with a summary to confirm', () => {
    const result = readBackup(createBackup(state, now));
    expect(result).toEqual({
      ok: true,
      // The file records itself as the last backup of exactly this data.
      state: { ...state, backup: { exportedOn: '2026-11-26', fingerprint: dataFingerprint(state) } },
      summary: {
        exportedAt: '2026-11-26T10:00:00.000Z',
        fromVersion: CURRENT_VERSION,
        path: 'non-eu',
        stepsDone: 1,
        documentsReady: 2,
        documentsTotal: 6,
        answers: 1,
        numbers: 1,
        careSheets: 1,
      },
    });
  });

  it('do not make the phone that restores one suggest keeping a backup of the same data', () => {
    const result = readBackup(createBackup(state, now));
    if (!result.ok) throw new Error('not read');
    expect(reminderInput(result.state)).toMatchObject({ backupExportedOn: '2026-11-26', changedSinceBackup: false });
    expect(reminderInput({ ...result.state, answers: { surname: 'Tran', email: 'tran@example.com' } }).changedSinceBackup).toBe(true);
  });

  it('migrate a backup made by the first release', () => {
    const file = JSON.stringify({ app: 'secu-steps', kind: 'backup', exportedAt: '2026-09-05T08:00:00Z', ...stateV1 });
    const result = readBackup(file);
    expect(result.ok && result.state.documents).toEqual(stateV1.state.documents);
    expect(result.ok && result.state.careSheets).toEqual([]);
    expect(result.ok && result.summary.fromVersion).toBe(1);
  });

  it('refuse every kind of bad file with its own reason', () => {
    const good = createBackup(state, now);
    const wrap = (fields: Record<string, unknown>) => JSON.stringify({ ...JSON.parse(good), ...fields });
    const cases: [string, string][] = [
      [good.slice(0, good.length / 2), 'not-json'],
      ['', 'not-json'],
      ['[1,2,3]', 'not-a-backup'],
      ['{"hello":"world"}', 'not-a-backup'],
      [wrap({ app: 'other-app' }), 'not-a-backup'],
      [wrap({ version: CURRENT_VERSION + 1 }), 'newer'],
      [wrap({ state: { ...state, path: 'mars' } }), 'invalid'],
      [wrap({ state: { ...state, careSheets: [{ id: 'x', day: 'soon', kind: 'pharmacy', paidCents: 1 }] } }), 'invalid'],
      [wrap({ exportedAt: 'yesterday' }), 'invalid'],
      [good.replace('"state": {', '"state": {"__proto__": {"polluted": true},'), 'forbidden-keys'],
      [good.replace('"path"', '"constructor": {}, "path"'), 'forbidden-keys'],
      [JSON.stringify({ ...JSON.parse(good), padding: 'x'.repeat(1024 * 1024) }), 'too-large'],
    ];
    for (const [text, error] of cases) expect(readBackup(text)).toEqual({ ok: false, error });
  });
});
