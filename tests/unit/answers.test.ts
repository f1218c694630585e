import { describe, expect, it } from 'vitest';
import { answerError, answerWarning, ANSWER_MAX_LENGTH, countAnswered } from '../../src/domain/answers';

describe('prepared answers', () => {
  it('refuse what cannot be stored', () => {
    expect(answerError('surname', 'x'.repeat(ANSWER_MAX_LENGTH + 1))).toBe('too-long');
    expect(answerError('birthDate', '31/12/2001')).toBe('not-a-date');
    expect(answerError('coverStartDate', '2026-02-30')).toBe('not-a-date');
    expect(answerError('surname', 42)).toBe('not-text');
  });

  it('keep drafts, empty values and real dates', () => {
    expect(answerError('email', 'half@')).toBeUndefined();
    expect(answerError('birthDate', '')).toBeUndefined();
    expect(answerError('coverStartDate', '2026-09-01')).toBeUndefined();
  });

  it('warn gently about a mistyped e-mail or phone number', () => {
    expect(answerWarning('email', 'amina@example')).toBe('email-format');
    expect(answerWarning('email', 'amina@example.com')).toBeUndefined();
    expect(answerWarning('phone', 'call me')).toBe('phone-format');
    expect(answerWarning('phone', '+33 6 12 34 56 78')).toBeUndefined();
    expect(answerWarning('surname', 'anything')).toBeUndefined();
  });

  it('count only answers with something in them', () => {
    expect(countAnswered({ surname: 'Diallo', firstNames: '  ', email: 'a@b.fr' })).toBe(2);
  });
});
