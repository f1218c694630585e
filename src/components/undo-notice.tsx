import { useCallback, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

interface Offer {
  message: string;
  undo: () => void;
}

/** After a tap that removes something, offers to put it back. Returns the notice to render and the offer function. */
export function useUndo(): [ReactNode, (message: string, undo: () => void) => void] {
  const { t } = useTranslation();
  const [offer, setOffer] = useState<Offer | null>(null);
  const offerUndo = useCallback((message: string, undo: () => void) => setOffer({ message, undo }), []);
  // The live region is always in the page, so screen readers announce the offer when it appears.
  const notice = (
    <div role="status" className="undo-region">
      {offer && (
        <div className="undo-notice">
          <span>{offer.message}</span>
          <button
            type="button"
            className="button"
            onClick={() => {
              offer.undo();
              setOffer(null);
            }}
          >
            {t('common.undo')}
          </button>
          <button type="button" className="button quiet" onClick={() => setOffer(null)}>
            {t('common.dismiss')}
          </button>
        </div>
      )}
    </div>
  );
  return [notice, offerUndo];
}
