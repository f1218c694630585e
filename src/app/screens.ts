import { lazy, type ComponentType, type LazyExoticComponent } from 'react';
import HomeScreen from '../features/home/home-screen';
import { loadTranslations, loadTranslationsIn } from '../i18n/i18n';
import { loadTermFinder } from '../components/terms-text';
import type { Route } from '../navigation/routes';

type Screen = { default: ComponentType };

/**
 * A screen whose strings live in their own files opens once both its code and its strings are there; every such
 * screen also gets the strings the lazily loaded screens share (locales/<lang>/shared.json: official links, progress)
 * and those of home and the tab bar (overview.json: the names of the screens, of the steps and the documents).
 */
async function withTranslations(parts: string | string[], screen: Promise<Screen>): Promise<Screen> {
  const [module] = await Promise.all([screen, ...[parts, 'shared', 'overview'].flat().map(loadTranslations)]);
  return module;
}

/** The French cards also need their French strings, whatever the app's language. */
async function withFrench(part: string, screen: Promise<Screen>): Promise<Screen> {
  const [module] = await Promise.all([withTranslations(part, screen), loadTranslationsIn('fr', part)]);
  return module;
}

// Home is part of the start-up bundle; every other screen is fetched (from the precache) when it opens, or
// earlier, when the phone is idle (preloadScreens).
const LOADERS: Record<Exclude<Route, 'home'>, () => Promise<Screen>> = {
  situation: () => withTranslations(['situation', 'home'], import('../features/situation/situation-screen')),
  steps: () => withTranslations('steps', import('../features/steps/steps-screen')),
  prepare: () => withTranslations('prepare', import('../features/prepare/prepare-screen')),
  documents: () => withTranslations('documents', import('../features/documents/documents-screen')),
  numbers: () => withTranslations('numbers', import('../features/numbers/numbers-screen')),
  after: () => withTranslations(['after', 'home'], import('../features/after/after-screen')),
  'care-sheets': () => withTranslations('care-sheets', import('../features/care-sheets/care-sheets-screen')),
  settings: () => withTranslations('settings', import('../features/settings/settings-screen')),
  glossary: () => withTranslations('glossary', import('../features/glossary/glossary-screen')),
  show: () => withFrench('show', import('../features/show/show-screen')),
  more: () => withTranslations('more', import('./more-screen')),
};

const loading = new Map<Route, Promise<Screen>>();

/** Loads a screen once; a failed load is forgotten, so opening the screen later tries again. */
function load(route: Exclude<Route, 'home'>): Promise<Screen> {
  let screen = loading.get(route);
  if (!screen) {
    screen = LOADERS[route]();
    loading.set(route, screen);
    screen.catch(() => loading.delete(route));
  }
  return screen;
}

export const SCREENS: Record<Route, ComponentType | LazyExoticComponent<ComponentType>> = {
  home: HomeScreen,
  ...(Object.fromEntries(Object.keys(LOADERS).map((route) => [route, lazy(() => load(route as Exclude<Route, 'home'>))])) as Record<
    Exclude<Route, 'home'>,
    LazyExoticComponent<ComponentType>
  >),
};

type IdleWindow = Window & { requestIdleCallback?(callback: () => void, options?: { timeout: number }): number };

/**
 * Loads the student's screens one by one while the phone is idle, so that opening one later (a year of care
 * sheets, say) does not first wait for its code and strings. Never during the first screen's work.
 */
export function preloadScreens(routes: readonly Route[]): void {
  const queue = routes.filter((route): route is Exclude<Route, 'home'> => route !== 'home' && !loading.has(route));
  const idle = (next: () => void) => {
    // The page may be gone by the time a preload finishes (a closed test page): nothing left to preload for.
    if (typeof window === 'undefined') return;
    const w = window as IdleWindow;
    if (w.requestIdleCallback) w.requestIdleCallback(next, { timeout: 5_000 });
    else setTimeout(next, 1_000);
  };
  const step = () => {
    const route = queue.shift();
    if (!route) {
      void loadTermFinder();
      return warmUpFormats();
    }
    void load(route)
      .catch(() => undefined)
      .then(() => idle(step));
  };
  idle(step);
}

/**
 * The first native date field a page lays out, and the first amount written in euros, cost the browser its
 * locale's formats (together about 80 ms of a phone's time; 300 ms measured at 4x CPU slowdown on opening Care
 * sheets): done once while idle, so a screen with them opens as fast the first time as the next.
 */
function warmUpFormats(): void {
  new Intl.NumberFormat(document.documentElement.lang || undefined, { style: 'currency', currency: 'EUR' }).format(1);
  const field = document.createElement('input');
  field.type = 'date';
  field.value = '2026-01-01';
  field.tabIndex = -1;
  field.setAttribute('aria-hidden', 'true');
  field.style.position = 'fixed';
  field.style.insetInlineStart = '-100vw';
  document.body.append(field);
  field.getBoundingClientRect();
  field.remove();
}
