import { useTranslation } from 'react-i18next';

// One formatter per language for the session: a list of visits formats many amounts.
const formats = new Map<string, (cents: number) => string>();

/** Formats cents as euros in the student's language ("€25.50", "25,50 €"). */
export function useEuros(): (cents: number) => string {
  const { i18n } = useTranslation();
  const language = i18n.language;
  let euros = formats.get(language);
  if (!euros) {
    const format = new Intl.NumberFormat(language, { style: 'currency', currency: 'EUR' });
    euros = (cents: number) => format.format(cents / 100);
    formats.set(language, euros);
  }
  return euros;
}
