import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { findTerms, GLOSSARY, searchGlossary, type GlossaryEntry } from '../../src/domain/glossary';

const english = JSON.parse(readFileSync('locales/en/glossary.json', 'utf8')).glossary.terms as Record<
  string,
  { meaning: string; where: string }
>;
const entries: GlossaryEntry[] = GLOSSARY.map((term) => ({ id: term.id, fr: term.fr, ...english[term.id]! }));
const found = (query: string) => searchGlossary(entries, query).map((entry) => entry.fr);

describe('the glossary of French words', () => {
  it('lists every word the issue names, once', () => {
    const words = GLOSSARY.map((term) => term.fr);
    for (const word of [
      'attestation de droits',
      'attestation provisoire',
      'carte Vitale',
      'CPAM',
      'compte ameli',
      'feuille de soins',
      'médecin traitant',
      'parcours de soins coordonnés',
      'mutuelle',
      'complémentaire santé solidaire',
      'participation forfaitaire',
      'tiers payant',
      'ordonnance',
      'RIB',
      'IBAN',
      'titre de séjour',
      'récépissé',
      'VLS-TS',
      'certificat de résidence',
      'acte de naissance',
      'extrait avec filiation',
      'traducteur assermenté',
      'apostille',
      'légalisation',
      'attestation de scolarité',
      'numéro de sécurité sociale',
      'date de début des droits',
      'espace personnel',
    ])
      expect(words).toContain(word);
    expect(new Set(GLOSSARY.map((term) => term.id)).size).toBe(GLOSSARY.length);
  });

  it('finds a word typed in French, with or without accents or capitals', () => {
    expect(found('feuille de soins')).toEqual(['feuille de soins']);
    expect(found('Medecin traitant')).toEqual(['médecin traitant']);
    expect(found('recepisse')).toEqual(['récépissé']);
    // The entry itself first, then the entries that mention it.
    expect(found('C2S')[0]).toBe('complémentaire santé solidaire');
    expect(found('C2S')).toContain('compte ameli');
  });

  it("finds a word by its meaning in the student's language, and every word for an empty search", () => {
    expect(found('care sheet')).toContain('feuille de soins');
    expect(found('sworn')).toEqual(['traducteur assermenté']);
    expect(found('   ')).toHaveLength(GLOSSARY.length);
    expect(found('visa blue moon')).toEqual([]);
  });
});

describe('French words in the app texts', () => {
  it('are found in any language, whatever their case, and marked once each', () => {
    expect(findTerms('Garde chaque hoja de atención (feuille de soins) y cada Feuille de soins.')).toEqual([
      'Garde chaque hoja de atención (',
      { text: 'feuille de soins', id: 'feuille-de-soins' },
      ') y cada Feuille de soins.',
    ]);
    expect(findTerms('Carte Vitale et médecin traitant')).toEqual([
      { text: 'Carte Vitale', id: 'carte-vitale' },
      ' et ',
      { text: 'médecin traitant', id: 'medecin-traitant' },
    ]);
  });

  it('prefer the longest term and never match inside a word', () => {
    expect(findTerms('(attestation de droits)')).toEqual(['(', { text: 'attestation de droits', id: 'attestation-de-droits' }, ')']);
    expect(findTerms('Describe your RIBS and tribes')).toEqual(['Describe your RIBS and tribes']);
    expect(findTerms('ثم أرسل ورقة العلاج (feuilles de soins) إلى CPAM.')).toEqual([
      'ثم أرسل ورقة العلاج (',
      { text: 'feuilles de soins', id: 'feuille-de-soins' },
      ') إلى ',
      { text: 'CPAM', id: 'cpam' },
      '.',
    ]);
  });
});
