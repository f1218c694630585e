import { describe, expect, it } from 'vitest';
import { mergeStates } from '../../src/store/merge';
import { initialSavedState, type SavedState } from '../../src/store/schema';

const base: SavedState = { ...initialSavedState(), path: 'non-eu', documents: { visa: '2026-09-01' } };

describe('merging what two tabs wrote', () => {
  it('keeps the documents ticked in each tab', () => {
    const mine = { ...base, documents: { ...base.documents, identity: '2026-09-02' } };
    const theirs = { ...base, documents: { ...base.documents, 'bank-details': '2026-09-02' } };
    expect(mergeStates(base, mine, theirs).documents).toEqual({
      visa: '2026-09-01',
      identity: '2026-09-02',
      'bank-details': '2026-09-02',
    });
  });

  it('applies what this tab unticked, and keeps what the other tab changed elsewhere', () => {
    const mine = { ...base, documents: {} };
    const theirs = { ...base, steps: { connect: '2026-09-03' } };
    const merged = mergeStates(base, mine, theirs);
    expect(merged.documents).toEqual({});
    expect(merged.steps).toEqual({ connect: '2026-09-03' });
  });

  it('keeps the other tab value where this tab changed nothing', () => {
    const theirs = { ...base, path: 'eu' as const, careSheets: [{ id: 'a', day: '2026-09-05', kind: 'dentist' as const, paidCents: 100 }] };
    expect(mergeStates(base, base, theirs)).toEqual(theirs);
  });

  it('keeps care sheets added, edited and removed in either tab', () => {
    const sheet = (id: string, paidCents = 1000) => ({ id, day: '2026-10-01', kind: 'dentist' as const, paidCents });
    const start = { ...base, careSheets: [sheet('kept'), sheet('gone'), sheet('edited')] };
    const mine = { ...start, careSheets: [sheet('kept'), sheet('edited', 2500), sheet('mine')] };
    const theirs = { ...start, careSheets: [sheet('kept'), sheet('gone'), sheet('edited'), sheet('theirs')] };
    expect(mergeStates(start, mine, theirs).careSheets.map((s) => [s.id, s.paidCents])).toEqual([
      ['kept', 1000],
      ['edited', 2500],
      ['theirs', 1000],
      ['mine', 1000],
    ]);
  });

  it('never merges past the care-sheet limit', () => {
    const sheet = (id: string) => ({ id, day: '2026-10-01', kind: 'dentist' as const, paidCents: 100 });
    const start = { ...base, careSheets: Array.from({ length: 499 }, (_, i) => sheet(`s${i}`)) };
    const mine = { ...start, careSheets: [...start.careSheets, sheet('mine')] };
    const theirs = { ...start, careSheets: [...start.careSheets, sheet('theirs')] };
    expect(mergeStates(start, mine, theirs).careSheets).toHaveLength(500);
  });

  it('lets this tab win on a value both changed', () => {
    const mine = { ...base, path: 'quebec' as const };
    const theirs = { ...base, path: 'eu' as const };
    expect(mergeStates(base, mine, theirs).path).toBe('quebec');
  });
});
