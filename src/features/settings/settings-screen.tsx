import { useTranslation } from 'react-i18next';
import { ScreenHeading } from '../../components/screen-heading';
import { BackupExport } from './backup-export';
import { BackupImport } from './backup-import';
import { DeleteAll } from './delete-all';
import { PrivacySection } from './privacy-section';
import { RecoveryDownloads } from './recovery-downloads';
import { StorageStatus } from './storage-status';

export default function SettingsScreen() {
  const { t } = useTranslation();
  return (
    <>
      <ScreenHeading>{t('settings.title')}</ScreenHeading>
      <StorageStatus />
      <section className="card" aria-labelledby="backup-title">
        <h2 id="backup-title">{t('settings.backup.title')}</h2>
        <p>{t('settings.backup.why')}</p>
        <BackupExport />
        <BackupImport />
      </section>
      <RecoveryDownloads />
      <PrivacySection />
      <DeleteAll />
    </>
  );
}
