import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApp } from '../../components/store-context';
import { useFormatDay } from '../../components/day-format';
import { isDay } from '../../domain/dates';

/** The last day of a European Health Insurance Card: the app reminds the student six weeks before it. */
export function CardEndDate() {
  const { t } = useTranslation();
  const id = useId();
  const formatDay = useFormatDay();
  const cardEndsOn = useApp((s) => s.cardEndsOn);
  const setCardEndsOn = useApp((s) => s.setCardEndsOn);
  const [draft, setDraft] = useState(cardEndsOn ?? '');
  const [invalid, setInvalid] = useState(false);
  const change = (value: string) => {
    setDraft(value);
    const valid = value === '' || isDay(value);
    setInvalid(!valid);
    if (valid) setCardEndsOn(value === '' ? null : value);
  };
  return (
    <div className="field">
      <label htmlFor={id}>{t('situation.cardEnds.label')}</label>
      <p className="hint" id={`${id}-hint`}>
        {t('situation.cardEnds.hint')}
      </p>
      <input
        id={id}
        type="date"
        value={draft}
        onChange={(event) => change(event.target.value)}
        aria-describedby={`${id}-hint${invalid ? ` ${id}-error` : ''}`}
        aria-invalid={invalid || undefined}
      />
      {invalid && (
        <p className="message error" id={`${id}-error`} role="alert">
          {t('situation.cardEnds.invalid')}
        </p>
      )}
      {cardEndsOn && <p className="note">{t('situation.cardEnds.saved', { day: formatDay(cardEndsOn) })}</p>}
    </div>
  );
}
