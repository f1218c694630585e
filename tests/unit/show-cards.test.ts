import { describe, expect, it } from 'vitest';
import { cardFacts, showCardsFor } from '../../src/domain/show-cards';

describe('the French cards to show', () => {
  it('follow the path: the counter card for those who register online, the doctor for the affiliated', () => {
    expect(showCardsFor('non-eu')).toEqual(['pharmacy', 'doctor', 'cpam']);
    expect(showCardsFor('eu-no-card')).toEqual(['pharmacy', 'doctor', 'cpam']);
    expect(showCardsFor('quebec')).toEqual(['pharmacy', 'doctor']);
    expect(showCardsFor('eu')).toEqual(['pharmacy']);
  });

  it('fill in the definitive number once there is one, and the day of registering online', () => {
    const steps = { 'upload-documents': '2026-09-18' as const };
    const provisional = { value: '295109912611193', enteredOn: '2026-09-20' as const };
    expect(cardFacts({ steps, numbers: { provisional } })).toEqual({
      number: { value: '295109912611193', kind: 'provisional' },
      provisional: '295109912611193',
      registeredOn: '2026-09-18',
      hasDefinitive: false,
    });
    const definitive = { value: '284052A32102552', enteredOn: '2027-02-01' as const };
    expect(cardFacts({ steps: {}, numbers: { provisional, definitive } })).toMatchObject({
      number: { value: '284052A32102552', kind: 'definitive' },
      provisional: '295109912611193',
      registeredOn: '2026-09-20',
      hasDefinitive: true,
    });
    expect(cardFacts({ steps: {}, numbers: {} })).toEqual({ number: null, provisional: null, registeredOn: null, hasDefinitive: false });
  });
});
