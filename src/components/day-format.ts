import { createContext, useCallback, useContext } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDay, type Day } from '../domain/dates';

/** The locale days are written in, chosen once by the shell from the app's language and the phone's languages. */
export const DayLocaleContext = createContext<string | null>(null);

/** Writes a `YYYY-MM-DD` day for the student; without the shell (a screen alone), in the app's language. */
export function useFormatDay(): (day: Day) => string {
  const { i18n } = useTranslation();
  const locale = useContext(DayLocaleContext) ?? i18n.language;
  return useCallback((day: Day) => formatDay(day, locale), [locale]);
}
