import { useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Day } from '../domain/dates';
import { useFormatDay } from './day-format';

interface Props {
  label: ReactNode;
  day: Day | undefined;
  /** The translation key of the line under a ticked box; it receives {{day}}, e.g. "Done on {{day}}". */
  dayKey: string;
  /** Why the last change was refused, shown and announced under the box. */
  error?: string;
  onChange(checked: boolean): void;
}

/** A native checkbox named by what it marks, with the day it was ticked underneath. */
export function DoneCheckbox({ label, day, dayKey, error, onChange }: Props) {
  const { t } = useTranslation();
  const formatDay = useFormatDay();
  const id = useId();
  const describedBy = [day && `${id}-day`, error && `${id}-error`].filter(Boolean).join(' ');
  return (
    <div className="done-checkbox">
      <input
        id={id}
        type="checkbox"
        checked={day !== undefined}
        onChange={(event) => onChange(event.target.checked)}
        aria-describedby={describedBy || undefined}
      />
      <label htmlFor={id}>{label}</label>
      {day && (
        <p className="done-day" id={`${id}-day`}>
          {t(dayKey, { day: formatDay(day) })}
        </p>
      )}
      {error && (
        <p className="message error" id={`${id}-error`} role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
