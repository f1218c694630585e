// The French words a student meets on letters, forms, websites and at counters. Each entry's meaning and where
// it is met are in the strings (locales/<lang>/glossary.json, glossary.terms.<id>); the French term itself is
// the same in every language, and the app's texts, in any language, keep it as written here (translators write
// it in brackets after their own word), so it can be found in them and linked to its entry.

export interface GlossaryTerm {
  /** The entry's address: #/glossary/<id>. */
  readonly id: string;
  /** The term as French documents write it. */
  readonly fr: string;
  /** Other spellings to find in texts (plurals, the short name). */
  readonly also?: readonly string[];
}

export const GLOSSARY: readonly GlossaryTerm[] = [
  { id: 'acte-de-naissance', fr: 'acte de naissance', also: ['actes de naissance'] },
  { id: 'apostille', fr: 'apostille' },
  { id: 'attestation-de-droits', fr: 'attestation de droits', also: ['attestations de droits'] },
  { id: 'attestation-de-scolarite', fr: 'attestation de scolarité', also: ['certificat de scolarité'] },
  { id: 'attestation-provisoire', fr: 'attestation provisoire' },
  { id: 'c2s', fr: 'complémentaire santé solidaire', also: ['C2S'] },
  { id: 'carte-vitale', fr: 'carte Vitale', also: ['cartes Vitale'] },
  { id: 'ceam', fr: 'CEAM', also: ["carte européenne d'assurance maladie"] },
  { id: 'certificat-de-residence', fr: 'certificat de résidence' },
  { id: 'compte-ameli', fr: 'compte ameli' },
  { id: 'cpam', fr: 'CPAM' },
  { id: 'date-de-debut-des-droits', fr: 'date de début des droits' },
  { id: 'espace-personnel', fr: 'espace personnel' },
  { id: 'extrait-avec-filiation', fr: 'extrait avec filiation' },
  { id: 'feuille-de-soins', fr: 'feuille de soins', also: ['feuilles de soins'] },
  { id: 'iban', fr: 'IBAN' },
  { id: 'legalisation', fr: 'légalisation' },
  { id: 'medecin-traitant', fr: 'médecin traitant' },
  { id: 'mutuelle', fr: 'mutuelle', also: ['mutuelles'] },
  { id: 'numero-de-securite-sociale', fr: 'numéro de sécurité sociale' },
  { id: 'ordonnance', fr: 'ordonnance', also: ['ordonnances'] },
  { id: 'parcours-de-soins', fr: 'parcours de soins coordonnés' },
  { id: 'participation-forfaitaire', fr: 'participation forfaitaire' },
  { id: 'recepisse', fr: 'récépissé' },
  { id: 'rib', fr: 'RIB' },
  { id: 'tiers-payant', fr: 'tiers payant' },
  { id: 'titre-de-sejour', fr: 'titre de séjour' },
  { id: 'traducteur-assermente', fr: 'traducteur assermenté', also: ['traductrice assermentée', 'traducteurs assermentés'] },
  { id: 'vls-ts', fr: 'VLS-TS' },
];

export function glossaryTerm(id: string): GlossaryTerm | undefined {
  return GLOSSARY.find((term) => term.id === id);
}

/** Lower case, accents and apostrophe variants set aside: "Medecin" finds "médecin". */
export function foldForSearch(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').replace(/[’']/g, "'").toLowerCase().trim();
}

/** An entry as the screen shows it: the French term and its texts in the student's language. */
export interface GlossaryEntry {
  readonly id: string;
  readonly fr: string;
  readonly meaning: string;
  readonly where: string;
}

/**
 * The entries a search finds: every word of the query must appear in the French term, its other spellings, or
 * the meaning or place in the student's language. Entries whose French term matches come first, the others
 * after, each group in its order. An empty query finds every entry.
 */
export function searchGlossary(entries: readonly GlossaryEntry[], query: string): GlossaryEntry[] {
  const words = foldForSearch(query).split(/\s+/).filter(Boolean);
  if (words.length === 0) return [...entries];
  const has = (texts: string[]) => {
    const haystack = foldForSearch(texts.join(' '));
    return words.every((word) => haystack.includes(word));
  };
  const byTerm: GlossaryEntry[] = [];
  const byText: GlossaryEntry[] = [];
  for (const entry of entries) {
    const spellings = [entry.fr, ...(glossaryTerm(entry.id)?.also ?? [])];
    if (has(spellings)) byTerm.push(entry);
    else if (has([...spellings, entry.meaning, entry.where])) byText.push(entry);
  }
  return [...byTerm, ...byText];
}

/** A piece of a text: plain, or a French term found in it (with its entry). */
export type TextPiece = string | { readonly text: string; readonly id: string };

const escapeForRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const SPELLINGS = GLOSSARY.flatMap((term) => [term.fr, ...(term.also ?? [])].map((spelling) => ({ spelling, id: term.id })))
  // Longest first, so "attestation de droits" wins over a shorter term it contains.
  .sort((a, b) => b.spelling.length - a.spelling.length);
// Whole words only (not "rib" inside "describe", but "CPAM" right after a Chinese character), whatever the case ("Carte Vitale" opening a sentence).
const FINDER = new RegExp(
  `(?<![\\p{Script=Latin}\\p{N}])(?:${SPELLINGS.map(({ spelling }) => escapeForRegExp(spelling)).join('|')})(?![\\p{Script=Latin}\\p{N}])`,
  'giu',
);
const idOf = new Map(SPELLINGS.map(({ spelling, id }) => [foldForSearch(spelling), id]));

/**
 * Splits a text where it names a French term, so each can link to its entry. Only the first mention of each
 * term is marked: a sentence full of links is harder to read, and one is enough to find the word.
 */
export function findTerms(text: string): TextPiece[] {
  const pieces: TextPiece[] = [];
  const seen = new Set<string>();
  let last = 0;
  for (const match of text.matchAll(FINDER)) {
    const id = idOf.get(foldForSearch(match[0]));
    if (!id || seen.has(id)) continue;
    seen.add(id);
    if (match.index > last) pieces.push(text.slice(last, match.index));
    pieces.push({ text: match[0], id });
    last = match.index + match[0].length;
  }
  if (last < text.length) pieces.push(text.slice(last));
  return pieces;
}
