import { useEffect, useState } from 'react';
import { hasTranslations, loadTranslations } from '../i18n/i18n';

/**
 * Whether a part's strings are there when `needed`, loading them if not (once past the first question, home and
 * the tab bar need theirs: a restored backup or Continue brings them). A failed load (offline on a first
 * visit) lets the screen show anyway rather than wait for ever.
 */
export function useStrings(part: string, needed: boolean): boolean {
  const [failed, setFailed] = useState(false);
  const [, setLoaded] = useState(0);
  const ready = !needed || failed || hasTranslations(part);
  useEffect(() => {
    if (ready) return;
    let current = true;
    loadTranslations(part).then(
      () => current && setLoaded((count) => count + 1),
      () => current && setFailed(true),
    );
    return () => {
      current = false;
    };
  }, [ready, part]);
  return ready;
}
