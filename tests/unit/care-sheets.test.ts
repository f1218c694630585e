import { describe, expect, it } from 'vitest';
import { careSheetError, careTotals, parseEuros, sendingDeadline, unsentSheets, type CareSheet } from '../../src/domain/care-sheets';

const sheet = (fields: Partial<CareSheet>): CareSheet => ({
  id: 'x',
  day: '2026-10-01',
  kind: 'general-practitioner',
  paidCents: 3000,
  ...fields,
});

describe('amounts in euros', () => {
  it('read the ways students type them', () => {
    expect(parseEuros('25')).toBe(2500);
    expect(parseEuros('25,5')).toBe(2550);
    expect(parseEuros('25.50')).toBe(2550);
    expect(parseEuros(' 1 234,56 € ')).toBe(123456);
  });

  it('refuse what is not an amount', () => {
    for (const bad of ['', 'abc', '-5', '25,555', '1e3', '25,,5']) expect(parseEuros(bad)).toBeNull();
  });
});

describe('care sheets', () => {
  it('can be sent up to two years after the care', () => {
    expect(sendingDeadline({ day: '2026-10-01' })).toBe('2028-10-01');
    expect(sendingDeadline({ day: '2028-02-29' })).toBe('2030-02-28');
  });

  it('add up what was paid, refunded and is still waiting', () => {
    const sheets = [
      sheet({ id: 'a', paidCents: 3000, sentOn: '2026-10-02', refundedOn: '2026-11-02', refundedCents: 2100 }),
      sheet({ id: 'b', paidCents: 5000, sentOn: '2026-10-05' }),
      sheet({ id: 'c', paidCents: 1250 }),
    ];
    expect(careTotals(sheets)).toEqual({ paidCents: 9250, refundedCents: 2100, waitingCents: 6250, notSent: 1 });
  });

  it('list unsent sheets oldest first', () => {
    const sheets = [
      sheet({ id: 'new', day: '2026-11-01' }),
      sheet({ id: 'old', day: '2026-09-01' }),
      sheet({ id: 'sent', sentOn: '2026-10-02' }),
    ];
    expect(unsentSheets(sheets).map((s) => s.id)).toEqual(['old', 'new']);
  });

  it('refuse impossible records', () => {
    expect(careSheetError(sheet({}))).toBeUndefined();
    expect(careSheetError(sheet({ day: '2026-02-30' }))).toBe('day');
    expect(careSheetError(sheet({ kind: 'spa' as never }))).toBe('kind');
    expect(careSheetError(sheet({ paidCents: 12.5 }))).toBe('amount');
    expect(careSheetError(sheet({ sentOn: '2026-09-01' }))).toBe('order');
    expect(careSheetError({ ...sheet({}), note: 'hi' })).toBe('shape');
  });
});
