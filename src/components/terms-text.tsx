import { useEffect, useSyncExternalStore } from 'react';
import type { TextPiece } from '../domain/glossary';
import { hrefFor } from '../navigation/routes';

// The glossary's list of terms loads on its own, the first time a text is shown: until then (a moment, at the
// first start) texts show without their links. Home is part of the start-up file; the glossary is not.
type Finder = (text: string) => TextPiece[];
let finder: Finder | null = null;
let loading: Promise<void> | null = null;
const listeners = new Set<() => void>();

/** Loads the list of French terms (also done while the phone is idle, src/app/screens.ts). */
export function loadTermFinder(): Promise<void> {
  loading ??= import('../domain/glossary').then(
    (glossary) => {
      finder = glossary.findTerms;
      for (const listener of listeners) listener();
    },
    () => {
      loading = null;
    },
  );
  return loading;
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/**
 * A text of the app, with each French term it names (feuille de soins, médecin traitant…) linked to its glossary
 * entry, kept left to right inside right-to-left text and spoken in French. Only for running text: never inside
 * a link, a button or a label.
 */
export function TermsText({ children }: { children: string }) {
  const find = useSyncExternalStore(subscribe, () => finder);
  useEffect(() => {
    if (!find) void loadTermFinder();
  }, [find]);
  if (!find) return children;
  return find(children).map((piece, index) =>
    typeof piece === 'string' ? (
      piece
    ) : (
      // biome-ignore lint/suspicious/noArrayIndexKey: the pieces of one text, in a fixed order
      <a key={index} className="term" href={hrefFor('glossary', piece.id)} lang="fr">
        <bdi>{piece.text}</bdi>
      </a>
    ),
  );
}
