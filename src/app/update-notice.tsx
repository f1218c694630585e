import { useTranslation } from 'react-i18next';
import { applyUpdate, dismissUpdateNotice, useUpdateState } from '../pwa/register';

/** A polite live region: it announces "ready offline" once, and a waiting update until the student acts. */
export function UpdateNotice() {
  const { t } = useTranslation();
  const state = useUpdateState();
  return (
    <div role="status" className={state === 'idle' ? 'toast empty' : 'toast'}>
      {state === 'offline-ready' && (
        <>
          <span>{t('pwa.offlineReady')}</span>
          <button type="button" className="button" onClick={dismissUpdateNotice}>
            {t('common.dismiss')}
          </button>
        </>
      )}
      {state === 'update-waiting' && (
        <>
          <span>{t('pwa.updateWaiting')}</span>
          <button type="button" className="button primary" onClick={() => void applyUpdate()}>
            {t('pwa.reload')}
          </button>
          <button type="button" className="button quiet" onClick={dismissUpdateNotice}>
            {t('pwa.later')}
          </button>
        </>
      )}
    </div>
  );
}
