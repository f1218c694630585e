import { createContext, useContext, type ReactNode } from 'react';
import { useStore } from 'zustand';
import type { AppState, AppStores, SessionStatus } from '../store/app-store';

const StoresContext = createContext<AppStores | null>(null);

export function StoresProvider({ stores, children }: { stores: AppStores; children: ReactNode }) {
  return <StoresContext.Provider value={stores}>{children}</StoresContext.Provider>;
}

function useStores(): AppStores {
  const stores = useContext(StoresContext);
  if (!stores) throw new Error('StoresProvider is missing');
  return stores;
}

/** Reads one value of the student's saved state (or an action). Use one selector per value. */
export function useApp<T>(selector: (state: AppState) => T): T {
  return useStore(useStores().app, selector);
}

export function useSessionStatus<T>(selector: (status: SessionStatus) => T): T {
  return useStore(useStores().status, selector);
}

/** The store itself, for event handlers that need the whole current state once (not for rendering). */
export function useAppStoreApi(): AppStores['app'] {
  return useStores().app;
}

/** Whole-data operations for the settings screen: restore a backup, erase everything. */
export function useDataControls(): Pick<AppStores, 'replaceAll' | 'eraseAll' | 'revision'> {
  const { replaceAll, eraseAll, revision } = useStores();
  return { replaceAll, eraseAll, revision };
}
