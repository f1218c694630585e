import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useSessionStatus } from '../components/store-context';
import { hrefFor } from '../navigation/routes';

/** Says plainly when saved data could not be read, a change could not be saved, or another version owns the data. */
export default function StorageNotice() {
  const { t } = useTranslation();
  const damage = useSessionStatus((s) =>
    s.loadOutcome?.kind === 'damaged' && !s.newerApp ? (s.loadOutcome.reason === 'invalid' ? 'partly' : 'all') : null,
  );
  const saveFailed = useSessionStatus((s) => s.saveFailed);
  const newerApp = useSessionStatus((s) => s.newerApp);
  const erasedElsewhere = useSessionStatus((s) => s.erasedElsewhere);

  // Another window erased everything: reload so this one cannot write the old data back.
  useEffect(() => {
    if (erasedElsewhere) window.location.reload();
  }, [erasedElsewhere]);

  if (!damage && !saveFailed && !newerApp) return null;
  return (
    <div role="alert" className="banner">
      {damage && (
        <p>
          {t(damage === 'partly' ? 'storage.partlyDamaged' : 'storage.damaged')}{' '}
          <a href={hrefFor('settings')}>{t('storage.seeSettings')}</a>
        </p>
      )}
      {saveFailed && <p>{t('storage.saveFailed')}</p>}
      {newerApp && <p>{t('storage.newerApp')}</p>}
    </div>
  );
}
