import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CopyButton } from '../../components/copy-button';
import { useFormatDay } from '../../components/day-format';
import { maskNumber, type NumberKind, type SavedNumber as Saved } from '../../domain/numbers';
import { formatSocialSecurityNumber } from '../../domain/social-security-number';
import { AmeliLogin } from './ameli-login';

interface Props {
  kind: NumberKind;
  saved: Saved;
  focusOnMount: boolean;
  onChange(): void;
  onRemove(): void;
}

/** A saved number, hidden until the student asks to see it (someone may be looking at the screen). */
export function SavedNumber({ kind, saved, focusOnMount, onChange, onRemove }: Props) {
  const { t } = useTranslation();
  const formatDay = useFormatDay();
  const [shown, setShown] = useState(false);
  const valueRef = useRef<HTMLParagraphElement>(null);
  const grouped = formatSocialSecurityNumber(saved.value);
  const what = t(`numbers.${kind}.the`);

  useEffect(() => {
    if (focusOnMount) valueRef.current?.focus();
  }, [focusOnMount]);

  return (
    <div className="saved-number">
      <p className="number-value" ref={valueRef} tabIndex={-1}>
        <span className="visually-hidden">{t(`numbers.${kind}.label`)}</span>{' '}
        {shown ? (
          <span className="number-digits">{grouped}</span>
        ) : (
          <>
            <span className="number-digits" aria-hidden="true">
              {maskNumber(grouped)}
            </span>
            <span className="visually-hidden">{t('numbers.hiddenEnding', { end: saved.value.slice(-4) })}</span>
          </>
        )}
      </p>
      <p className="hint">{t('numbers.enteredOn', { day: formatDay(saved.enteredOn) })}</p>
      {saved.asWritten && <p className="message warning">{t('numbers.asWritten.saved')}</p>}
      <p className="number-actions">
        <button
          type="button"
          className="button"
          aria-pressed={shown}
          aria-label={t('numbers.showWhat', { what })}
          onClick={() => setShown(!shown)}
        >
          {t('numbers.show')}
        </button>
        <CopyButton value={grouped} label={t(`numbers.${kind}.label`)} />
        <button type="button" className="button" aria-label={t('numbers.changeWhat', { what })} onClick={onChange}>
          {t('numbers.change')}
        </button>
        <button type="button" className="button quiet" aria-label={t('numbers.removeWhat', { what })} onClick={onRemove}>
          {t('numbers.remove')}
        </button>
      </p>
      {kind === 'definitive' && <AmeliLogin value={saved.value} shown={shown} />}
    </div>
  );
}
