import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CareSheet } from '../../domain/care-sheets';
import { formatDay } from '../../domain/dates';
import { today } from '../../lib/today';
import { useApp } from '../../store/store-context';

interface Props {
  sheet: CareSheet;
  /** Which visit this is, for screen readers moving from control to control. */
  visit: string;
  offerUndo(message: string, undo: () => void): void;
}

/** Ticked on the day the paper care sheet went to the CPAM; unticking can be undone. */
export function SentCheckbox({ sheet, visit, offerUndo }: Props) {
  const { t, i18n } = useTranslation();
  const id = useId();
  const about = t('careSheets.item.about', { visit });
  const updateCareSheet = useApp((s) => s.updateCareSheet);
  const [failed, setFailed] = useState(false);
  const previous = sheet.sentOn;

  const change = (checked: boolean) => {
    const problem = updateCareSheet(sheet.id, { sentOn: checked ? today() : undefined });
    setFailed(problem !== undefined);
    if (!problem && !checked && previous) {
      offerUndo(t('careSheets.item.unsent', { visit }), () => updateCareSheet(sheet.id, { sentOn: previous }));
    }
  };

  const describedBy = [previous && `${id}-day`, failed && `${id}-error`].filter(Boolean).join(' ');
  return (
    <div className="done-checkbox">
      <input
        id={id}
        type="checkbox"
        checked={previous !== undefined}
        onChange={(event) => change(event.target.checked)}
        aria-describedby={describedBy || undefined}
      />
      <label htmlFor={id}>
        {t('careSheets.item.sent')}
        <span className="visually-hidden"> {about}</span>
      </label>
      {previous && (
        <p className="done-day" id={`${id}-day`}>
          {t('careSheets.item.sentOn', { day: formatDay(previous, i18n.language) })}
        </p>
      )}
      {failed && (
        <p className="message error" id={`${id}-error`} role="alert">
          {t('careSheets.item.saveFailed')}
        </p>
      )}
    </div>
  );
}
