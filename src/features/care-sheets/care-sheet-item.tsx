import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormatDay } from '../../components/day-format';
import { sendingDeadline, type CareSheet } from '../../domain/care-sheets';
import { today } from '../../device/today';
import { RefundForm } from './refund-form';
import { SentCheckbox } from './sent-checkbox';
import { useEuros } from './use-euros';

interface Props {
  sheet: CareSheet;
  onDelete(sheet: CareSheet, visit: string): void;
}

/** One visit paid up front: what it cost, whether its care sheet went out, and what came back. */
export const CareSheetItem = memo(function CareSheetItem({ sheet, onDelete }: Props) {
  const { t } = useTranslation();
  const formatDay = useFormatDay();
  const euros = useEuros();
  const day = formatDay(sheet.day);
  const kind = t(`careSheets.kinds.${sheet.kind}`);
  const visit = t('careSheets.item.visit', { day, kind });
  const deadline = sendingDeadline(sheet);
  const late = today() > deadline;

  return (
    <li className="card care-sheet">
      <div className="care-sheet-head">
        <h3 tabIndex={-1}>{t('careSheets.item.heading', { day, kind })}</h3>
        <p className="care-sheet-paid">{t('careSheets.item.paid', { amount: euros(sheet.paidCents) })}</p>
      </div>
      {!sheet.sentOn && (
        <p className={late ? 'message warning' : 'note'}>
          {t(late ? 'careSheets.item.late' : 'careSheets.item.sendBy', { day: formatDay(deadline) })}
        </p>
      )}
      <SentCheckbox sheet={sheet} visit={visit} />
      <RefundForm sheet={sheet} visit={visit} />
      <button
        type="button"
        className="button"
        onClick={() => onDelete(sheet, visit)}
        aria-label={t('careSheets.item.deleteLabel', { visit })}
      >
        {t('careSheets.item.delete')}
      </button>
    </li>
  );
});
