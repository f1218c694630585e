import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { saveFile } from '../../device/save-file';
import { today } from '../../device/today';
import { backupFileName, createBackup } from '../../store/backup';
import { useApp, useAppStoreApi } from '../../components/store-context';

export function BackupExport() {
  const { t } = useTranslation();
  const store = useAppStoreApi();
  const noteBackupExported = useApp((s) => s.noteBackupExported);
  const [result, setResult] = useState<'shared' | 'downloaded' | 'failed' | null>(null);

  const exportBackup = async () => {
    try {
      const text = createBackup(store.getState(), new Date());
      const outcome = await saveFile(new File([text], backupFileName(today()), { type: 'application/json' }));
      if (outcome === 'cancelled') return;
      noteBackupExported(today());
      setResult(outcome);
    } catch {
      setResult('failed');
    }
  };

  return (
    <div className="field">
      <button type="button" className="button primary" onClick={() => void exportBackup()}>
        {t('settings.backup.export')}
      </button>
      <p role="status" className="hint">
        {result && t(`settings.backup.exported.${result}`)}
      </p>
    </div>
  );
}
