import { addDays, isDay, type Day } from './dates';

/** Care paid up front before the card exists, and what became of its paper care sheet (domain.md §6). */
export interface CareSheet {
  id: string;
  day: Day;
  kind: CareKind;
  paidCents: number;
  sentOn?: Day;
  refundedOn?: Day;
  refundedCents?: number;
}

export const CARE_KINDS = ['general-practitioner', 'specialist', 'dentist', 'pharmacy', 'laboratory', 'other'] as const;
export type CareKind = (typeof CARE_KINDS)[number];

/** A paper care sheet can be sent up to two years after the care. */
export const SENDING_LIMIT_YEARS = 2;
export const MAX_CARE_SHEETS = 500;
const MAX_CENTS = 10_000_000;

export function isCareKind(value: unknown): value is CareKind {
  return typeof value === 'string' && (CARE_KINDS as readonly string[]).includes(value);
}

/** "25", "25.5", "25,50", "1 234,56 €" → cents; null when it is not an amount of euros. */
export function parseEuros(input: string): number | null {
  const cleaned = input.replace(/[\s\u00a0\u202f€]/g, '');
  const match = /^(\d{1,7})(?:[.,](\d{1,2}))?$/.exec(cleaned);
  if (!match) return null;
  const cents = Number(match[1]) * 100 + Number((match[2] ?? '0').padEnd(2, '0'));
  return cents <= MAX_CENTS ? cents : null;
}

export function sendingDeadline(sheet: Pick<CareSheet, 'day'>): Day {
  const [year, rest] = [Number(sheet.day.slice(0, 4)), sheet.day.slice(4)];
  const deadline = `${String(year + SENDING_LIMIT_YEARS).padStart(4, '0')}${rest}`;
  // 29 February plus two years does not exist: the last day is then 28 February.
  return isDay(deadline) ? deadline : addDays(`${year + SENDING_LIMIT_YEARS}-03-01`, -1);
}

export interface CareTotals {
  paidCents: number;
  refundedCents: number;
  /** Paid on sheets not refunded yet. */
  waitingCents: number;
  notSent: number;
}

export function careTotals(sheets: readonly CareSheet[]): CareTotals {
  return sheets.reduce<CareTotals>(
    (totals, sheet) => ({
      paidCents: totals.paidCents + sheet.paidCents,
      refundedCents: totals.refundedCents + (sheet.refundedCents ?? 0),
      waitingCents: totals.waitingCents + (sheet.refundedOn ? 0 : sheet.paidCents),
      notSent: totals.notSent + (sheet.sentOn ? 0 : 1),
    }),
    { paidCents: 0, refundedCents: 0, waitingCents: 0, notSent: 0 },
  );
}

/** The reason a care sheet cannot be kept, or undefined. */
export function careSheetError(sheet: unknown): 'shape' | 'day' | 'kind' | 'amount' | 'order' | undefined {
  if (typeof sheet !== 'object' || sheet === null || Array.isArray(sheet)) return 'shape';
  const s = sheet as Record<string, unknown>;
  const allowed = ['id', 'day', 'kind', 'paidCents', 'sentOn', 'refundedOn', 'refundedCents'];
  if (Object.keys(s).some((key) => !allowed.includes(key))) return 'shape';
  if (typeof s.id !== 'string' || s.id.length === 0 || s.id.length > 64) return 'shape';
  if (!isDay(s.day)) return 'day';
  if (!isCareKind(s.kind)) return 'kind';
  const cents = (v: unknown) => Number.isInteger(v) && (v as number) >= 0 && (v as number) <= MAX_CENTS;
  if (!cents(s.paidCents)) return 'amount';
  if (s.refundedCents !== undefined && !cents(s.refundedCents)) return 'amount';
  for (const key of ['sentOn', 'refundedOn'] as const) {
    if (s[key] !== undefined && !isDay(s[key])) return 'day';
  }
  if (typeof s.sentOn === 'string' && s.sentOn < (s.day as string)) return 'order';
  if (typeof s.refundedOn === 'string' && s.refundedOn < (s.day as string)) return 'order';
  return undefined;
}

/** Unsent sheets, oldest first: they are what a reminder is about. */
export function unsentSheets(sheets: readonly CareSheet[]): CareSheet[] {
  return sheets.filter((sheet) => !sheet.sentOn).sort((a, b) => (a.day < b.day ? -1 : 1));
}

/**
 * Cover is retroactive to the start of studies at the school, not before (domain.md §10): care received
 * before that day is usually not refunded. False while the start date is unknown.
 */
export function isBeforeCover(day: Day, coverStartDate: string | undefined): boolean {
  return isDay(day) && isDay(coverStartDate) && day < coverStartDate;
}
