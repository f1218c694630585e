import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { checkNumber, canSaveAsWritten } from '../../domain/number-checks';
import type { NumberKind } from '../../domain/numbers';
import { today } from '../../device/today';
import { useApp } from '../../components/store-context';
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
  // Saving a number that fails our check takes two explicit taps: "Save it as written", then the confirmation.
  const [confirming, setConfirming] = useState(false);
  // The digits keyboard has no letters: a Corsican number (2A, 2B) needs the letters keyboard.
  const [letters, setLetters] = useState(/[ab]/i.test(initial));
  const [switched, setSwitched] = useState(false);
  const check = checkNumber(kind, value);
  const invalid = !check.parsed.valid && !isStillTyping(check.parsed, submitted);

  useEffect(() => {
    if (focusOnMount) inputRef.current?.focus();
  }, [focusOnMount]);

  // Back to the field after switching keyboards, so the phone opens the other one.
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs again on each switch of keyboard (letters)
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

  const saveAsWritten = () => {
    if (setNumber(kind, check.parsed.normalized, today(), true)) onSaved();
  };
  const offerAsWritten = submitted && !check.parsed.valid && canSaveAsWritten(check.parsed);

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
              setConfirming(false);
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
      {offerAsWritten && (
        <AsWritten
          confirming={confirming}
          onAsk={() => setConfirming(true)}
          onConfirm={saveAsWritten}
          onCancel={() => setConfirming(false)}
        />
      )}
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

interface AsWrittenProps {
  confirming: boolean;
  onAsk(): void;
  onConfirm(): void;
  onCancel(): void;
}

/** The way out when the student's paper and our rule disagree: never blocked, but asked twice. */
function AsWritten({ confirming, onAsk, onConfirm, onCancel }: AsWrittenProps) {
  const { t } = useTranslation();
  const confirmRef = useRef<HTMLDivElement>(null);
  const questionId = useId();
  useEffect(() => {
    if (confirming) confirmRef.current?.focus();
  }, [confirming]);
  if (!confirming) {
    return (
      <div className="as-written">
        <p className="hint">{t('numbers.asWritten.why')}</p>
        <button type="button" className="button" onClick={onAsk}>
          {t('numbers.asWritten.offer')}
        </button>
      </div>
    );
  }
  return (
    // biome-ignore lint/a11y/useSemanticElements: a named group of text and buttons, not a form's fieldset
    <div className="confirm" role="group" aria-labelledby={questionId} tabIndex={-1} ref={confirmRef}>
      <p id={questionId}>{t('numbers.asWritten.question')}</p>
      <p className="actions">
        <button type="button" className="button primary" onClick={onConfirm}>
          {t('numbers.asWritten.confirm')}
        </button>
        <button type="button" className="button quiet" onClick={onCancel}>
          {t('numbers.cancel')}
        </button>
      </p>
    </div>
  );
}
