import { isDay } from './dates';

/** What etudiant-etranger.ameli.fr asks at step 3, prepared offline so it can be pasted in later (domain.md §2). */
export const ANSWER_FIELDS = [
  'surname',
  'firstNames',
  'birthDate',
  'countryOfBirth',
  'addressInFrance',
  'email',
  'phone',
  'coverStartDate',
] as const;
export type AnswerField = (typeof ANSWER_FIELDS)[number];
export type Answers = Partial<Record<AnswerField, string>>;

export type AnswerKind = 'text' | 'multiline' | 'date' | 'email' | 'tel';
export const ANSWER_KINDS: Record<AnswerField, AnswerKind> = {
  surname: 'text',
  firstNames: 'text',
  birthDate: 'date',
  countryOfBirth: 'text',
  addressInFrance: 'multiline',
  email: 'email',
  phone: 'tel',
  coverStartDate: 'date',
};

export const ANSWER_MAX_LENGTH = 300;

/** Why a value cannot be kept; a draft that merely looks unusual is kept and only warned about. */
export type AnswerError = 'too-long' | 'not-a-date' | 'not-text';
export type AnswerWarning = 'email-format' | 'phone-format';

export function isAnswerField(value: unknown): value is AnswerField {
  return typeof value === 'string' && (ANSWER_FIELDS as readonly string[]).includes(value);
}

/** An error when the value must not be stored; undefined when it may be. Empty always clears the field. */
export function answerError(field: AnswerField, value: unknown): AnswerError | undefined {
  if (typeof value !== 'string') return 'not-text';
  if (value.length > ANSWER_MAX_LENGTH) return 'too-long';
  if (ANSWER_KINDS[field] === 'date' && value !== '' && !isDay(value)) return 'not-a-date';
  return undefined;
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const PHONE = /^\+?[\d\s().-]{6,20}$/;

/** A gentle hint for a value that is kept but probably mistyped. */
export function answerWarning(field: AnswerField, value: string): AnswerWarning | undefined {
  const trimmed = value.trim();
  if (trimmed === '') return undefined;
  if (ANSWER_KINDS[field] === 'email' && !EMAIL.test(trimmed)) return 'email-format';
  if (ANSWER_KINDS[field] === 'tel' && !PHONE.test(trimmed)) return 'phone-format';
  return undefined;
}

/** A day as the registration site writes it, `dd/mm/yyyy`; anything else unchanged. The stored value stays `YYYY-MM-DD`. */
export function siteDate(value: string): string {
  return isDay(value) ? value.split('-').reverse().join('/') : value;
}

export function countAnswered(answers: Answers): number {
  return ANSWER_FIELDS.filter((field) => (answers[field] ?? '').trim() !== '').length;
}
