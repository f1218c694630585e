import type { ReactNode } from 'react';
import type { Day } from '../domain/dates';
import { today } from '../device/today';
import { useUndo } from './undo-notice';

/**
 * The tick used for steps, documents and after-tasks: ticking records today, unticking clears the day and
 * offers to put the original day back. Returns the undo notice to render and the toggle.
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
