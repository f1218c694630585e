import { useTranslation } from 'react-i18next';
import { birthYearOf, numberWarnings, type NumberCheck, type NumberWarning } from '../../domain/number-checks';
import type { ParsedNumber } from '../../domain/social-security-number';
import { today } from '../../device/today';
import { useApp } from '../../components/store-context';
import { countryName, namesInLanguages } from '../../device/country-names';

interface Props {
  id: string;
  check: NumberCheck;
  /** The student pressed Save: even an unfinished number is now an error, and "Not saved" is said. */
  submitted: boolean;
}

/** True while the student is still typing a number that is only too short so far: not an error yet. */
export function isStillTyping(parsed: ParsedNumber, submitted: boolean): boolean {
  return !submitted && (parsed.error === 'empty' || (parsed.error === 'length' && parsed.normalized.length < 13));
}

/** What the typed number says, announced politely as it changes: the problem, or what it reads and any mismatch with the prepared answers. */
export function NumberFeedback({ id, check, submitted }: Props) {
  return (
    <div id={id} aria-live="polite" className="number-feedback">
      {check.parsed.valid ? <Reading check={check} /> : <Problem parsed={check.parsed} submitted={submitted} />}
    </div>
  );
}

function Problem({ parsed, submitted }: { parsed: ParsedNumber; submitted: boolean }) {
  const { t } = useTranslation();
  if (!parsed.error || (parsed.error === 'empty' && !submitted)) return null;
  const message = t(`numbers.errors.${parsed.error}`, { count: parsed.normalized.length });
  if (isStillTyping(parsed, submitted)) return <p className="hint">{message}</p>;
  return (
    <p className="message error">
      {submitted && <strong>{t('numbers.notSaved')} </strong>}
      {message}
    </p>
  );
}

function Reading({ check }: { check: NumberCheck }) {
  const { t, i18n } = useTranslation();
  const birthDate = useApp((s) => s.answers.birthDate);
  const countryOfBirth = useApp((s) => s.answers.countryOfBirth);
  const { parsed, reading } = check;
  const warnings = reading
    ? numberWarnings(reading, { birthDate, countryOfBirth }, namesInLanguages(i18n.language, navigator.languages))
    : [];
  return (
    <>
      <p className="message ok">{describe(reading, parsed, birthDate, t, i18n.language)}</p>
      {!parsed.hasKey && <p className="hint">{t('numbers.reading.noKey')}</p>}
      {warnings.map((warning) => (
        <p key={warning.kind} className="message warning">
          {warningText(warning, t, i18n.language)} {t('numbers.warnings.canSave')}
        </p>
      ))}
    </>
  );
}

type T = ReturnType<typeof useTranslation>['t'];

function describe(reading: ParsedNumber | undefined, parsed: ParsedNumber, birthDate: string | undefined, t: T, language: string) {
  if (!reading?.birthYear) {
    const first = parsed.normalized[0];
    return first === '7' || first === '8' ? t('numbers.reading.olderProvisional', { digit: first }) : t('numbers.reading.valid');
  }
  const answered = birthDate?.slice(0, 4);
  const year = answered?.endsWith(reading.birthYear) ? answered : String(birthYearOf(reading.birthYear, Number(today().slice(0, 4))));
  if (reading.bornAbroad && reading.birthCountryCode) {
    return t('numbers.reading.abroad', { country: countryName(reading.birthCountryCode, language), year });
  }
  return t('numbers.reading.france', { department: reading.department, year });
}

function warningText(warning: NumberWarning, t: T, language: string): string {
  switch (warning.kind) {
    case 'birth-year':
      return t('numbers.warnings.birthYear', { numberYear: warning.numberYear, answerYear: warning.answerYear });
    case 'birth-month':
      return t('numbers.warnings.birthMonth', { numberMonth: warning.numberMonth, answerMonth: warning.answerMonth });
    case 'country':
      return t('numbers.warnings.country', {
        country: countryName(warning.numberCountryCode, language),
        answer: warning.answer,
      });
  }
}
