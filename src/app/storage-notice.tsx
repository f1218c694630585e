import { useTranslation } from 'react-i18next';
import { useSessionStatus } from '../store/store-context';

/** Says plainly when saved data could not be read or a change could not be saved. */
export function StorageNotice() {
  const { t } = useTranslation();
  const damaged = useSessionStatus((s) => s.loadOutcome?.kind === 'damaged');
  const saveFailed = useSessionStatus((s) => s.saveFailed);
  if (!damaged && !saveFailed) return null;
  return (
    <div role="alert" className="banner">
      {damaged && <p>{t('storage.damaged')}</p>}
      {saveFailed && <p>{t('storage.saveFailed')}</p>}
    </div>
  );
}
