import { useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDay, type Day } from '../domain/dates';

interface Props {
  label: ReactNode;
  day: Day | undefined;
  /** 'doneOn' for steps and tasks, 'readyOn' for documents. */
  dayLabel: 'doneOn' | 'readyOn';
  onChange(checked: boolean): void;
}

/** A native checkbox named by what it marks, with the day it was ticked underneath. */
export function DoneCheckbox({ label, day, dayLabel, onChange }: Props) {
  const { t, i18n } = useTranslation();
  const id = useId();
  return (
    <div className="done-checkbox">
      <input
        id={id}
        type="checkbox"
        checked={day !== undefined}
        onChange={(event) => onChange(event.target.checked)}
        aria-describedby={day ? `${id}-day` : undefined}
      />
      <label htmlFor={id}>{label}</label>
      {day && (
        <p className="done-day" id={`${id}-day`}>
          {t(`common.${dayLabel}`, { day: formatDay(day, i18n.language) })}
        </p>
      )}
    </div>
  );
}
