import { isAffiliated, logsCareSheets, registersOnline, type PathId } from '../domain/paths';
import type { Route } from '../navigation/routes';

/**
 * The tabs, and the screens listed under More. Students who register online have nine screens: four tabs and
 * More. Québec students, affiliated to a CPAM, have six: three tabs and More. European students with a card
 * keep a care-sheet log: four tabs. The others have three, all tabs.
 * Every screen is one tap away, or two through More.
 */
export function tabsFor(path: PathId): { tabs: Route[]; more: Route[] } {
  if (registersOnline(path)) {
    return { tabs: ['home', 'steps', 'documents', 'numbers', 'more'], more: ['prepare', 'after', 'care-sheets', 'situation', 'settings'] };
  }
  if (isAffiliated(path)) return { tabs: ['home', 'numbers', 'care-sheets', 'more'], more: ['after', 'situation', 'settings'] };
  if (logsCareSheets(path)) return { tabs: ['home', 'care-sheets', 'situation', 'settings'], more: [] };
  return { tabs: ['home', 'situation', 'settings'], more: [] };
}
