import { isDay, type Day } from './dates';

/** What the seed asks once the definitive number has come (domain.md §7). */
export const AFTER_TASKS = ['ameliAccount', 'cardOrdered', 'cardReceived', 'referringDoctor'] as const;
export type AfterTask = (typeof AFTER_TASKS)[number];
export type AfterTasksDone = Partial<Record<AfterTask, Day>>;

export function isAfterTask(value: unknown): value is AfterTask {
  return typeof value === 'string' && (AFTER_TASKS as readonly string[]).includes(value);
}

/** Receiving a card that was never ordered makes no sense: the order comes first. */
export function afterTaskBlockedBy(task: AfterTask, done: AfterTasksDone): AfterTask | null {
  if (task === 'cardReceived' && !isDay(done.cardOrdered)) return 'cardOrdered';
  return null;
}
