import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';

/** Formats cents as euros in the student's language ("€25.50", "25,50 €"). */
export function useEuros(): (cents: number) => string {
  const { i18n } = useTranslation();
  const language = i18n.language;
  return useMemo(() => {
    const format = new Intl.NumberFormat(language, { style: 'currency', currency: 'EUR' });
    return (cents: number) => format.format(cents / 100);
  }, [language]);
}
