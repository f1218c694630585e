import {
  createContext,
  useCallback,
  useContext,
  useEffect,
  useRef,
  useState,
  type Dispatch,
  type ReactNode,
  type SetStateAction,
} from 'react';
import { useTranslation } from 'react-i18next';

interface Offer {
  message: string;
  /** Without it, the snackbar only says something (e.g. why an undo could not be done). */
  undo?: () => void;
  /** What had focus when the offer was made: focus goes back there once the snackbar closes. */
  returnTo: Element | null;
}

type OfferUndo = (message: string, undo?: () => void) => void;

const OfferContext = createContext<OfferUndo>(() => undefined);
const CurrentContext = createContext<[Offer | null, Dispatch<SetStateAction<Offer | null>>]>([null, () => undefined]);

/** Holds the one undo offer of the app; the shell renders it once, in the snackbar. */
export function UndoProvider({ children }: { children: ReactNode }) {
  const current = useState<Offer | null>(null);
  const setOffer = current[1];
  const offer = useCallback<OfferUndo>((message, undo) => setOffer({ message, undo, returnTo: document.activeElement }), []);
  return (
    <OfferContext.Provider value={offer}>
      <CurrentContext.Provider value={current}>{children}</CurrentContext.Provider>
    </OfferContext.Provider>
  );
}

/** After a tap that removes or clears something, offers to put it back in the app's one snackbar. */
export function useOfferUndo(): OfferUndo {
  return useContext(OfferContext);
}

/**
 * The snackbar: fixed above the tab bar so it is on screen wherever the tap was, announced politely, in the
 * tab order right after the screen, never taking focus. It stays until used, dismissed or replaced.
 */
export function UndoSnackbar() {
  const { t } = useTranslation();
  const [offer, setOffer] = useContext(CurrentContext);
  const [closed, setClosed] = useState<Offer | null>(null);
  const region = useRef<HTMLDivElement>(null);

  // Focus left inside the snackbar would fall to the page: it goes back to where the student was.
  useEffect(() => {
    const target = closed?.returnTo;
    const focusLost = region.current?.contains(document.activeElement) || document.activeElement === document.body;
    if (!closed || !focusLost) return;
    if (target instanceof HTMLElement && target.isConnected) target.focus();
    else document.querySelector<HTMLElement>('main h1')?.focus();
  }, [closed]);

  const close = (undo: boolean) => {
    if (!offer) return;
    if (undo) offer.undo?.();
    // The undo may itself have something to say (a new offer): that one stays.
    setOffer((current) => (current === offer ? null : current));
    setClosed(offer);
  };

  return (
    <div role="status" className="undo-region" ref={region} onKeyDown={(event) => event.key === 'Escape' && close(false)}>
      {offer && (
        <div className="undo-notice">
          <span>{offer.message}</span>
          <span className="undo-actions">
            {offer.undo && (
              <button type="button" className="button" onClick={() => close(true)}>
                {t('common.undo')}
              </button>
            )}
            <button type="button" className="button quiet" onClick={() => close(false)}>
              {t('common.dismiss')}
            </button>
          </span>
        </div>
      )}
    </div>
  );
}
