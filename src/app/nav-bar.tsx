import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { DEFAULT_PATH, isAffiliated, registersOnline, type PathId } from '../domain/paths';
import { useApp } from '../components/store-context';
import { hrefFor, type Route } from '../navigation/routes';

/**
 * The six-step screens exist only for students who register online; Québec students, affiliated to a CPAM,
 * also get the numbers, the referring doctor and the care sheets; the others get their guide.
 */
function routesFor(path: PathId): Route[] {
  if (registersOnline(path)) return ['home', 'steps', 'documents', 'prepare', 'numbers', 'after', 'care-sheets', 'situation', 'settings'];
  if (isAffiliated(path)) return ['home', 'numbers', 'after', 'care-sheets', 'situation', 'settings'];
  return ['home', 'situation', 'settings'];
}

export function NavBar({ current }: { current: Route }) {
  const { t } = useTranslation();
  const path = useApp((s) => s.path) ?? DEFAULT_PATH;
  const list = useRef<HTMLUListElement>(null);
  // The row scrolls sideways on a phone: keep the current screen's link in view.
  useEffect(() => {
    list.current
      ?.querySelector<HTMLElement>('[aria-current="page"]')
      ?.scrollIntoView?.({ block: 'nearest', inline: 'nearest' });
  }, [current]);
  return (
    <nav aria-label={t('nav.label')} className="nav">
      <ul ref={list}>
        {routesFor(path).map((route) => (
          <li key={route}>
            <a href={hrefFor(route)} aria-current={route === current ? 'page' : undefined}>
              {t(`nav.${route}`)}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
