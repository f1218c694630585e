import type { Route } from './routes';

/**
 * The tabs, and the screens listed under More. Students who register online have nine screens: four tabs and
 * More. The others have three, all tabs. Every screen is one tap away, or two through More.
 */
export function tabsFor(online: boolean): { tabs: Route[]; more: Route[] } {
  return online
    ? { tabs: ['home', 'steps', 'documents', 'numbers', 'more'], more: ['prepare', 'after', 'care-sheets', 'situation', 'settings'] }
    : { tabs: ['home', 'situation', 'settings'], more: [] };
}
