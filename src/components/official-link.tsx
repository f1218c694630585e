import { useTranslation } from 'react-i18next';
import { OFFICIAL_PAGES, type OfficialPage } from '../domain/paths';

/** A link to an official page; it opens outside the app, which the label says. */
export function OfficialLink({ page }: { page: OfficialPage }) {
  const { t } = useTranslation();
  return (
    <a className="official-link" href={OFFICIAL_PAGES[page]} target="_blank" rel="noopener noreferrer">
      {t(`officialPages.${page}`)}
      <span className="visually-hidden"> {t('common.opensOutside')}</span>
    </a>
  );
}
