import type { Day } from '../domain/dates';
import { today } from '../device/today';
import { useOfferUndo } from './undo-notice';

/**
 * The tick used for steps, documents and after-tasks: ticking records today, unticking clears the day and
 * offers, in the shell's snackbar, to put the original day back.
 */
export function useDayToggle<K extends string>(
  days: Partial<Record<K, Day>>,
  setDay: (key: K, day: Day | null) => unknown,
  unmarkedMessage: (key: K) => string,
): (key: K, checked: boolean) => void {
  const offerUndo = useOfferUndo();
  const toggle = (key: K, checked: boolean) => {
    const previous = days[key];
    setDay(key, checked ? today() : null);
    if (!checked && previous) offerUndo(unmarkedMessage(key), () => setDay(key, previous));
  };
  return toggle;
}
