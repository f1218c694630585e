import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';

/** Writes a file size for the student ("1.4 MB", "820 kB") in the app's language; one formatter per language. */
export function useFormatBytes(): (bytes: number) => string {
  const { i18n } = useTranslation();
  return useMemo(() => {
    const megabytes = new Intl.NumberFormat(i18n.language, { style: 'unit', unit: 'megabyte', maximumFractionDigits: 1 });
    const kilobytes = new Intl.NumberFormat(i18n.language, { style: 'unit', unit: 'kilobyte', maximumFractionDigits: 0 });
    return (bytes: number) => (bytes >= 1024 * 1024 ? megabytes.format(bytes / 1024 / 1024) : kilobytes.format(Math.max(1, bytes / 1024)));
  }, [i18n.language]);
}
