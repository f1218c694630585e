import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { checkNumber } from '../../domain/number-checks';
import type { NumberKind } from '../../domain/numbers';
import { today } from '../../lib/today';
import { useApp } from '../../store/store-context';
import { isStillTyping, NumberFeedback } from './number-feedback';

interface Props {
  kind: NumberKind;
  /** The saved number, grouped, when the student is changing it. */
  initial: string;
  focusOnMount: boolean;
  onSaved(): void;
  /** Given only when there is a saved number to go back to. */
  onCancel?: () => void;
}

/** The number field: checked as it is typed, saved only when it is valid. */
export function NumberEntry({ kind, initial, focusOnMount, onSaved, onCancel }: Props) {
  const { t } = useTranslation();
  const id = useId();
  const inputRef = useRef<HTMLInputElement>(null);
  const setNumber = useApp((s) => s.setNumber);
  const [value, setValue] = useState(initial);
  const [submitted, setSubmitted] = useState(false);
  // The digits keyboard has no letters: a Corsican number (2A, 2B) needs the letters keyboard.
  const [letters, setLetters] = useState(/[ab]/i.test(initial));
  const [switched, setSwitched] = useState(false);
  const check = checkNumber(kind, value);
  const invalid = !check.parsed.valid && !isStillTyping(check.parsed, submitted);

  useEffect(() => {
    if (focusOnMount) inputRef.current?.focus();
  }, [focusOnMount]);

  // Back to the field after switching keyboards, so the phone opens the other one.
  useEffect(() => {
    if (switched) inputRef.current?.focus();
  }, [switched, letters]);

  const save = (event: FormEvent) => {
    event.preventDefault();
    if (check.parsed.valid && setNumber(kind, check.parsed.normalized, today())) {
      onSaved();
      return;
    }
    setSubmitted(true);
    inputRef.current?.focus();
  };

  return (
    <form className="number-entry" onSubmit={save} noValidate>
      <div className="field">
        <label htmlFor={id}>{t(`numbers.${kind}.label`)}</label>
        <p className="hint" id={`${id}-hint`}>
          {t(`numbers.${kind}.hint`)}
        </p>
        <div className="field-row">
          <input
            ref={inputRef}
            id={id}
            type="text"
            inputMode={letters ? 'text' : 'numeric'}
            autoComplete="off"
            autoCapitalize="characters"
            spellCheck={false}
            maxLength={40}
            value={value}
            aria-describedby={`${id}-hint ${id}-feedback`}
            aria-invalid={invalid || undefined}
            onChange={(event) => {
              setValue(event.target.value);
              setSubmitted(false);
            }}
          />
          <button
            type="button"
            className="button quiet letters"
            aria-pressed={letters}
            onClick={() => {
              setLetters(!letters);
              setSwitched(true);
            }}
          >
            {t('numbers.letters')}
          </button>
        </div>
        <NumberFeedback id={`${id}-feedback`} check={check} submitted={submitted} />
      </div>
      <p className="number-actions">
        <button type="submit" className="button primary">
          {t('numbers.save')}
        </button>
        {onCancel && (
          <button type="button" className="button quiet" onClick={onCancel}>
            {t('numbers.cancel')}
          </button>
        )}
      </p>
    </form>
  );
}
