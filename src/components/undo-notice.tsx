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
  const notice = (
    <div role="status" className="undo-notice" hidden={offer === null}>
      {offer && (
        <>
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
        </>
      )}
    </div>
  );
  return [notice, offerUndo];
}
