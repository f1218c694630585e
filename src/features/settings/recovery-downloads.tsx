import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { saveFile } from '../../device/save-file';
import { listRecoveries, RECOVERY_PREFIX, recoveryText } from '../../store/database';
import { useSessionStatus } from '../../components/store-context';

/** Data that could not be read is never deleted by the app: the student can download it to get help. */
export function RecoveryDownloads() {
  const { t, i18n } = useTranslation();
  const [keys, setKeys] = useState<string[]>([]);
  const latest = useSessionStatus((s) => s.recoveryKey);

  // biome-ignore lint/correctness/useExhaustiveDependencies: lists again when a new copy has just been kept
  useEffect(() => {
    let live = true;
    void listRecoveries()
      .then((found) => live && setKeys(found))
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, [latest]);

  if (keys.length === 0) return null;
  const when = (key: string) =>
    new Intl.DateTimeFormat(i18n.language, { dateStyle: 'long', timeStyle: 'short' }).format(
      new Date(Number(key.slice(RECOVERY_PREFIX.length))),
    );

  const download = async (key: string) => {
    const text = await recoveryText(key);
    await saveFile(new File([text], `secu-steps-unreadable-data-${key.slice(RECOVERY_PREFIX.length)}.json`, { type: 'application/json' }));
  };

  return (
    <section className="card" aria-labelledby="recovery-title">
      <h2 id="recovery-title">{t('settings.recovery.title')}</h2>
      <p>{t('settings.recovery.why')}</p>
      <ul className="cards">
        {keys.map((key) => (
          <li key={key}>
            <button type="button" className="button" onClick={() => void download(key)}>
              {t('settings.recovery.download', { date: when(key) })}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
