import { useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormatDay } from '../../components/day-format';
import { CARE_KINDS, isBeforeCover, isCareKind, MAX_CARE_SHEETS, parseEuros, type CareKind } from '../../domain/care-sheets';
import { isDay } from '../../domain/dates';
import { today } from '../../device/today';
import { useApp } from '../../components/store-context';

type DayError = 'dayMissing' | 'dayFuture';
type FormError = 'full' | 'failed';

/** Records one visit paid up front; nothing is kept unless the date and the amount both make sense. */
export function AddCareSheetForm() {
  const { t } = useTranslation();
  const formatDay = useFormatDay();
  const id = useId();
  const addCareSheet = useApp((s) => s.addCareSheet);
  const coverStart = useApp((s) => s.answers.coverStartDate);
  const [day, setDay] = useState(today);
  const [kind, setKind] = useState<CareKind>('general-practitioner');
  const [amount, setAmount] = useState('');
  const [dayError, setDayError] = useState<DayError>();
  const [amountError, setAmountError] = useState(false);
  const [formError, setFormError] = useState<FormError>();
  const [added, setAdded] = useState(false);
  const dayRef = useRef<HTMLInputElement>(null);
  const amountRef = useRef<HTMLInputElement>(null);

  const beforeCover = isBeforeCover(day, coverStart);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const now = today();
    const nextDayError: DayError | undefined = !isDay(day) ? 'dayMissing' : day > now ? 'dayFuture' : undefined;
    const paidCents = parseEuros(amount);
    setDayError(nextDayError);
    setAmountError(paidCents === null);
    setFormError(undefined);
    setAdded(false);
    if (nextDayError || paidCents === null) {
      (nextDayError ? dayRef : amountRef).current?.focus();
      return;
    }
    const problem = addCareSheet({ day, kind, paidCents });
    if (problem) {
      setFormError(problem === 'full' ? 'full' : 'failed');
      return;
    }
    setAmount('');
    setAdded(true);
  };

  return (
    <section className="card" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('careSheets.add.title')}</h2>
      <form className="care-sheet-form" noValidate onSubmit={submit}>
        <div className="field">
          <label htmlFor={`${id}-day`}>{t('careSheets.add.day')}</label>
          <input
            ref={dayRef}
            id={`${id}-day`}
            type="date"
            value={day}
            max={today()}
            onChange={(event) => setDay(event.target.value)}
            aria-invalid={dayError ? true : undefined}
            aria-describedby={[dayError && `${id}-day-error`, beforeCover && `${id}-day-warning`].filter(Boolean).join(' ') || undefined}
          />
          {beforeCover && coverStart && (
            <p className="message warning" id={`${id}-day-warning`}>
              {t('careSheets.add.beforeCover', { day: formatDay(coverStart) })}
            </p>
          )}
          {dayError && (
            <p className="message error" id={`${id}-day-error`} role="alert">
              {t(`careSheets.add.errors.${dayError}`)}
            </p>
          )}
        </div>
        <div className="field">
          <label htmlFor={`${id}-kind`}>{t('careSheets.add.kind')}</label>
          <select
            id={`${id}-kind`}
            value={kind}
            onChange={(event) => {
              if (isCareKind(event.target.value)) setKind(event.target.value);
            }}
          >
            {CARE_KINDS.map((option) => (
              <option key={option} value={option}>
                {t(`careSheets.kinds.${option}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-amount`}>{t('careSheets.add.amount')}</label>
          <p className="hint" id={`${id}-amount-hint`}>
            {t('careSheets.add.amountHint')}
          </p>
          <input
            ref={amountRef}
            id={`${id}-amount`}
            type="text"
            inputMode="decimal"
            autoComplete="off"
            value={amount}
            onChange={(event) => setAmount(event.target.value)}
            aria-invalid={amountError ? true : undefined}
            aria-describedby={[`${id}-amount-hint`, amountError && `${id}-amount-error`].filter(Boolean).join(' ')}
          />
          {amountError && (
            <p className="message error" id={`${id}-amount-error`} role="alert">
              {t('careSheets.add.errors.amount')}
            </p>
          )}
        </div>
        <button type="submit" className="button primary">
          {t('careSheets.add.submit')}
        </button>
        {formError && (
          <p className="message error" role="alert">
            {t(`careSheets.add.errors.${formError}`, { max: MAX_CARE_SHEETS })}
          </p>
        )}
        <p role="status" className="care-sheet-added">
          {added && t('careSheets.add.added')}
        </p>
      </form>
    </section>
  );
}
