import { useTranslation } from 'react-i18next';
import { DEFAULT_PATH } from '../domain/paths';
import { useApp } from '../components/store-context';
import { hrefFor, type Route } from '../navigation/routes';
import { tabsFor } from './tabs';

/** The tab bar at the bottom of the screen, within thumb reach: at most five tabs, the other screens under More. */
export function NavBar({ current }: { current: Route }) {
  const { t } = useTranslation();
  const { tabs, more } = tabsFor(useApp((s) => s.path) ?? DEFAULT_PATH);
  // More is the current tab while one of its screens is open; the page itself is that screen.
  const inMore = more.includes(current);
  return (
    <nav aria-label={t('nav.label')} className="tab-bar">
      <ul>
        {tabs.map((route) => (
          <li key={route}>
            <a
              href={hrefFor(route)}
              data-tab={route}
              aria-current={route === current ? 'page' : route === 'more' && inMore ? 'true' : undefined}
            >
              {t(`nav.${route}`)}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
