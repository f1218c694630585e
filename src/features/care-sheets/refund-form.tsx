import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { parseEuros, type CareSheet } from '../../domain/care-sheets';
import { formatDay } from '../../domain/dates';
import { today } from '../../device/today';
import { useApp } from '../../components/store-context';
import { useEuros } from './use-euros';

interface Props {
  sheet: CareSheet;
  /** Which visit this is, for screen readers moving from control to control. */
  visit: string;
  offerUndo(message: string, undo: () => void): void;
}

/** Records what the CPAM paid back, or shows it with a way to clear it. */
export function RefundForm({ sheet, visit, offerUndo }: Props) {
  const { t, i18n } = useTranslation();
  const id = useId();
  const about = t('careSheets.item.about', { visit });
  const euros = useEuros();
  const updateCareSheet = useApp((s) => s.updateCareSheet);
  const [amount, setAmount] = useState('');
  const [error, setError] = useState<'amount' | 'saveFailed'>();
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
    const problem = updateCareSheet(sheet.id, { refundedCents: cents, refundedOn: today() });
    setError(problem ? 'saveFailed' : undefined);
    if (problem) return;
    setAmount('');
    setMoveFocus(true);
  };

  const clear = () => {
    if (updateCareSheet(sheet.id, { refundedCents: undefined, refundedOn: undefined })) return;
    setMoveFocus(true);
    offerUndo(t('careSheets.refund.cleared', { visit }), () =>
      updateCareSheet(sheet.id, { refundedCents, refundedOn }),
    );
  };

  if (refundedOn) {
    const day = formatDay(refundedOn, i18n.language);
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
          onChange={(event) => setAmount(event.target.value)}
          aria-invalid={error === 'amount' ? true : undefined}
          aria-describedby={error ? `${id}-error` : undefined}
        />
        <button type="submit" className="button">
          {t('careSheets.refund.save')}
          <span className="visually-hidden"> {about}</span>
        </button>
      </div>
      {error && (
        <p className="message error" id={`${id}-error`} role="alert">
          {t(`careSheets.refund.errors.${error}`)}
        </p>
      )}
    </form>
  );
}
