import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { registersOnline, DEFAULT_PATH } from '../domain/paths';
import { useApp } from '../components/store-context';
import { hrefFor, type Route } from '../navigation/routes';

/** The six-step screens exist only for students who register online; the others get their guide. */
function routesFor(online: boolean): Route[] {
  return online
    ? ['home', 'steps', 'documents', 'prepare', 'numbers', 'after', 'care-sheets', 'situation', 'settings']
    : ['home', 'situation', 'settings'];
}

export function NavBar({ current }: { current: Route }) {
  const { t } = useTranslation();
  const online = registersOnline(useApp((s) => s.path) ?? DEFAULT_PATH);
  const list = useRef<HTMLUListElement>(null);
  // The row scrolls sideways on a phone: keep the current screen's link in view.
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs again each time the current screen changes
  useEffect(() => {
    list.current
      ?.querySelector<HTMLElement>('[aria-current="page"]')
      ?.scrollIntoView?.({ block: 'nearest', inline: 'nearest' });
  }, [current]);
  return (
    <nav aria-label={t('nav.label')} className="nav">
      <ul ref={list}>
        {routesFor(online).map((route) => (
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
