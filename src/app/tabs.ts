import { isAffiliated, logsCareSheets, registersOnline, type PathId } from '../domain/paths';
import type { Route } from '../navigation/routes';

/**
 * The tabs, and the screens listed under More. Students who register online have eleven screens: four tabs and
 * More. Québec students, affiliated to a CPAM, have eight: three tabs and More. European students with a card
 * keep a care-sheet log: four tabs and More. The others have three tabs and More.
 * Every screen is one tap away, or two through More; the French cards and the glossary are under More for all.
 */
export function tabsFor(path: PathId): { tabs: Route[]; more: Route[] } {
  // Every path has the French cards to show and the glossary of French words under More.
  const french: Route[] = ['show', 'glossary'];
  if (registersOnline(path)) {
    return {
      tabs: ['home', 'steps', 'documents', 'numbers', 'more'],
      more: ['prepare', 'after', 'care-sheets', 'situation', ...french, 'settings'],
    };
  }
  if (isAffiliated(path)) return { tabs: ['home', 'numbers', 'care-sheets', 'more'], more: ['after', 'situation', ...french, 'settings'] };
  if (logsCareSheets(path)) return { tabs: ['home', 'care-sheets', 'situation', 'settings', 'more'], more: french };
  return { tabs: ['home', 'situation', 'settings', 'more'], more: french };
}
