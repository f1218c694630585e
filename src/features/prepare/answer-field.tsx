import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CopyButton } from '../../components/copy-button';
import {
  ANSWER_KINDS,
  ANSWER_MAX_LENGTH,
  answerWarning,
  siteDate,
  type AnswerError,
  type AnswerField as Field,
} from '../../domain/answers';
import { useApp } from '../../components/store-context';
import { CountryCopy, CountryOnSite } from './country-of-birth';

const AUTOCOMPLETE: Record<Field, string> = {
  surname: 'family-name',
  firstNames: 'given-name',
  birthDate: 'bday',
  countryOfBirth: 'country-name',
  addressInFrance: 'street-address',
  email: 'email',
  phone: 'tel',
  coverStartDate: 'off',
};

/** One prepared answer: saved as it is typed, with a copy button and a gentle check on leaving the field. */
export function AnswerField({ field }: { field: Field }) {
  const { t } = useTranslation();
  const id = useId();
  const value = useApp((s) => s.answers[field] ?? '');
  const setAnswer = useApp((s) => s.setAnswer);
  const [error, setError] = useState<AnswerError | 'unknown-field' | undefined>();
  const [checked, setChecked] = useState(false);
  const kind = ANSWER_KINDS[field];
  const warning = checked ? answerWarning(field, value) : undefined;
  const hint = t(`prepare.fields.${field}.hint`, { defaultValue: '' });
  const label = t(`prepare.fields.${field}.label`);
  const isCountry = field === 'countryOfBirth';
  const describedBy = [hint && `${id}-hint`, (error || warning) && `${id}-message`].filter(Boolean).join(' ');

  const common = {
    id,
    value,
    maxLength: ANSWER_MAX_LENGTH,
    autoComplete: AUTOCOMPLETE[field],
    'aria-describedby': describedBy || undefined,
    'aria-invalid': error ? true : undefined,
    onChange: (event: { target: { value: string } }) => {
      setError(setAnswer(field, event.target.value));
      setChecked(false);
    },
    onBlur: () => setChecked(true),
  };

  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {hint && (
        <p className="hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
      <div className="field-row">
        {kind === 'multiline' ? (
          <textarea rows={3} {...common} />
        ) : (
          <input type={kind} inputMode={kind === 'tel' ? 'tel' : undefined} list={isCountry ? `${id}-countries` : undefined} {...common} />
        )}
        {isCountry ? (
          <CountryCopy value={value} label={label} />
        ) : (
          <CopyButton value={kind === 'date' ? siteDate(value) : value} label={label} />
        )}
      </div>
      {kind === 'date' && value !== '' && <p className="hint">{t('prepare.copiesAs', { value: siteDate(value) })}</p>}
      {isCountry && <CountryOnSite listId={`${id}-countries`} value={value} onUse={(name) => setAnswer(field, name)} />}
      {error && (
        <p className="message error" id={`${id}-message`} role="alert">
          {t(`prepare.errors.${error}`, { max: ANSWER_MAX_LENGTH })}
        </p>
      )}
      {!error && warning && (
        <p className="message warning" id={`${id}-message`}>
          {t(`prepare.warnings.${warning}`)}
        </p>
      )}
    </div>
  );
}
