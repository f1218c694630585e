import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormatDay } from '../../components/day-format';
import { useOfferUndo } from '../../components/undo-notice';
import { parseEuros, type CareSheet } from '../../domain/care-sheets';
import { today } from '../../device/today';
import { useApp } from '../../components/store-context';
import { useEuros } from './use-euros';

interface Props {
  sheet: CareSheet;
  /** Which visit this is, for screen readers moving from control to control. */
  visit: string;
}

/** Records what the CPAM paid back, or shows it with a way to clear it. */
export function RefundForm({ sheet, visit }: Props) {
  const { t } = useTranslation();
  const formatDay = useFormatDay();
  const offerUndo = useOfferUndo();
  const id = useId();
  const about = t('careSheets.item.about', { visit });
  const euros = useEuros();
  const updateCareSheet = useApp((s) => s.updateCareSheet);
  const [amount, setAmount] = useState('');
  const [error, setError] = useState<'amount' | 'saveFailed'>();
  // A refund larger than what was paid is most likely a typo: it is saved only when asked a second time.
  const [overpaid, setOverpaid] = useState<number | null>(null);
  // Saving or clearing swaps the form for the result (and back): focus follows instead of falling to the page.
  const [moveFocus, setMoveFocus] = useState(false);
  const { refundedOn, refundedCents } = sheet;

  const save = (event: FormEvent) => {
    event.preventDefault();
    const cents = parseEuros(amount);
    if (cents === null) {
      setError('amount');
      return;
    }
    if (cents > sheet.paidCents && overpaid !== cents) {
      setError(undefined);
      setOverpaid(cents);
      return;
    }
    const problem = updateCareSheet(sheet.id, { refundedCents: cents, refundedOn: today() });
    setError(problem ? 'saveFailed' : undefined);
    if (problem) return;
    setAmount('');
    setOverpaid(null);
    setMoveFocus(true);
  };

  const clear = () => {
    if (updateCareSheet(sheet.id, { refundedCents: undefined, refundedOn: undefined })) return;
    setMoveFocus(true);
    offerUndo(t('careSheets.refund.cleared', { visit }), () => updateCareSheet(sheet.id, { refundedCents, refundedOn }));
  };

  if (refundedOn) {
    const day = formatDay(refundedOn);
    return (
      <div className="care-refund">
        <p className="done-day">
          {refundedCents === undefined
            ? t('careSheets.refund.doneWithoutAmount', { day })
            : t('careSheets.refund.done', { amount: euros(refundedCents), day })}
        </p>
        {/* biome-ignore lint/a11y/noAutofocus: focus follows the student's own action, so it is not lost */}
        <button type="button" className="button quiet" onClick={clear} autoFocus={moveFocus}>
          {t('careSheets.refund.clear')}
          <span className="visually-hidden"> {about}</span>
        </button>
      </div>
    );
  }

  const message = error
    ? t(`careSheets.refund.errors.${error}`)
    : overpaid !== null
      ? t('careSheets.refund.overpaid', { refund: euros(overpaid), paid: euros(sheet.paidCents) })
      : undefined;
  return (
    <form className="field" noValidate onSubmit={save}>
      <label htmlFor={`${id}-amount`}>
        {t('careSheets.refund.amount')}
        <span className="visually-hidden"> {about}</span>
      </label>
      <div className="field-row">
        <input
          id={`${id}-amount`}
          type="text"
          inputMode="decimal"
          autoComplete="off"
          // biome-ignore lint/a11y/noAutofocus: focus follows the student's own action, so it is not lost
          autoFocus={moveFocus}
          value={amount}
          onChange={(event) => {
            setAmount(event.target.value);
            setOverpaid(null);
          }}
          aria-invalid={error === 'amount' ? true : undefined}
          aria-describedby={message ? `${id}-message` : undefined}
        />
        <button type="submit" className="button">
          {t(overpaid === null ? 'careSheets.refund.save' : 'careSheets.refund.saveAnyway')}
          <span className="visually-hidden"> {about}</span>
        </button>
      </div>
      {message && (
        <p className={error ? 'message error' : 'message warning'} id={`${id}-message`} role="alert">
          {message}
        </p>
      )}
    </form>
  );
}
