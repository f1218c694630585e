import { useTranslation } from 'react-i18next';
import { ScreenHeading } from '../components/screen-heading';
import { DEFAULT_PATH } from '../domain/paths';
import { useApp } from '../components/store-context';
import { hrefFor } from '../navigation/routes';
import { tabsFor } from './tabs';

/** The screens that have no tab of their own, one tap from the More tab. */
export default function MoreScreen() {
  const { t } = useTranslation();
  const { tabs, more } = tabsFor(useApp((s) => s.path) ?? DEFAULT_PATH);
  const screens = more.length > 0 ? more : tabs.filter((route) => route !== 'home');
  return (
    <>
      <ScreenHeading>{t('more.title')}</ScreenHeading>
      <ul className="more-list">
        {screens.map((route) => (
          <li key={route}>
            <a href={hrefFor(route)} aria-describedby={`more-${route}`}>
              {t(`nav.${route}`)}
            </a>
            <span className="hint" id={`more-${route}`}>
              {t(`more.about.${route}`)}
            </span>
          </li>
        ))}
      </ul>
    </>
  );
}
