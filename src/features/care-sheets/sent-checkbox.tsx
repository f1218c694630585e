import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DoneCheckbox } from '../../components/done-checkbox';
import { useOfferUndo } from '../../components/undo-notice';
import type { CareSheet } from '../../domain/care-sheets';
import { today } from '../../device/today';
import { useApp } from '../../components/store-context';

interface Props {
  sheet: CareSheet;
  /** Which visit this is, for screen readers moving from control to control. */
  visit: string;
}

/** Ticked on the day the paper care sheet went to the CPAM; unticking can be undone. */
export function SentCheckbox({ sheet, visit }: Props) {
  const { t } = useTranslation();
  const offerUndo = useOfferUndo();
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

  return (
    <DoneCheckbox
      label={
        <>
          {t('careSheets.item.sent')}
          <span className="visually-hidden"> {t('careSheets.item.about', { visit })}</span>
        </>
      }
      day={previous}
      dayKey="careSheets.item.sentOn"
      error={failed ? t('careSheets.item.saveFailed') : undefined}
      onChange={change}
    />
  );
}
