import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isStandalone } from '../../device/display-mode';
import { isIosSafari } from '../../pwa/install';
import { useFormatBytes } from '../../components/file-size';
import { listPdfs } from '../../store/database';

interface Reading {
  persisted: boolean | null;
  usedBytes: number | null;
  /** The documents' PDFs kept on this device: how many, and their total size. */
  pdfs: { count: number; bytes: number };
}

/** Whether the browser may evict the data, and how much room it takes; Safari's 7-day rule when it applies. */
export function StorageStatus() {
  const { t, i18n } = useTranslation();
  const formatBytes = useFormatBytes();
  const [reading, setReading] = useState<Reading | null>(null);

  useEffect(() => {
    let live = true;
    const storage = navigator.storage;
    void Promise.all([
      storage?.persisted?.().catch(() => null) ?? null,
      storage
        ?.estimate?.()
        .then((e) => e.usage ?? null)
        .catch(() => null) ?? null,
      listPdfs().catch(() => []),
    ]).then(([persisted, usedBytes, list]) => {
      const pdfs = { count: list.length, bytes: list.reduce((sum, info) => sum + info.size, 0) };
      if (live) setReading({ persisted, usedBytes, pdfs });
    });
    return () => {
      live = false;
    };
  }, []);

  const size = (bytes: number) =>
    new Intl.NumberFormat(i18n.language, { style: 'unit', unit: 'kilobyte', maximumFractionDigits: 0 }).format(bytes / 1024);

  return (
    <section className="card" aria-labelledby="storage-title">
      <h2 id="storage-title">{t('settings.storage.title')}</h2>
      {reading === null ? (
        <p>{t('common.loading')}</p>
      ) : (
        <dl className="facts">
          <dt>{t('settings.storage.persistence')}</dt>
          <dd>{t(`settings.storage.persisted.${reading.persisted === null ? 'unknown' : String(reading.persisted)}`)}</dd>
          <dt>{t('settings.storage.used')}</dt>
          <dd>{reading.usedBytes === null ? t('settings.storage.usedUnknown') : size(reading.usedBytes)}</dd>
          <dt>{t('settings.storage.pdfs')}</dt>
          <dd>
            {reading.pdfs.count === 0
              ? t('settings.storage.pdfsNone')
              : t('settings.storage.pdfsValue', { size: formatBytes(reading.pdfs.bytes), count: reading.pdfs.count })}
          </dd>
        </dl>
      )}
      <p className="note">{t('settings.storage.pdfsBackup')}</p>
      {isIosSafari() && !isStandalone() && (
        <div className="callout" role="note">
          <p>{t('settings.storage.iosRule')}</p>
          <p>{t('settings.storage.iosWhat')}</p>
        </div>
      )}
    </section>
  );
}
