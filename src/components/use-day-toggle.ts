import type { ReactNode } from 'react';
import type { Day } from '../domain/dates';
import { today } from '../device/today';
import { useUndo } from './undo-notice';

/**
 * The tick used for steps, documents and after-tasks: ticking records today, unticking clears the day and
 * offers, in the shell's snackbar, to put the original day back. Returns the toggle second; the first item
 * is always null (the notice used to be rendered by each screen).
 */
export function useDayToggle<K extends string>(
  days: Partial<Record<K, Day>>,
  setDay: (key: K, day: Day | null) => unknown,
  unmarkedMessage: (key: K) => string,
): [ReactNode, (key: K, checked: boolean) => void] {
  const [undoNotice, offerUndo] = useUndo();
  const toggle = (key: K, checked: boolean) => {
    const previous = days[key];
    setDay(key, checked ? today() : null);
    if (!checked && previous) offerUndo(unmarkedMessage(key), () => setDay(key, previous));
  };
  return [undoNotice, toggle];
}
