import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useDataControls } from '../../components/store-context';

/** Erasing cannot be undone, so it takes a second, explicit confirmation and suggests a backup first. */
export function DeleteAll() {
  const { t } = useTranslation();
  const { eraseAll } = useDataControls();
  const [confirming, setConfirming] = useState(false);
  const [failed, setFailed] = useState(false);
  const confirmHeading = useRef<HTMLParagraphElement>(null);

  useEffect(() => {
    if (confirming) confirmHeading.current?.focus();
  }, [confirming]);

  const erase = async () => {
    try {
      await eraseAll();
      window.location.hash = '#/';
      window.location.reload();
    } catch {
      setFailed(true);
    }
  };

  return (
    <section className="card danger" aria-labelledby="delete-title">
      <h2 id="delete-title">{t('settings.delete.title')}</h2>
      <p>{t('settings.delete.what')}</p>
      {!confirming ? (
        <button type="button" className="button danger" onClick={() => setConfirming(true)}>
          {t('settings.delete.button')}
        </button>
      ) : (
        // biome-ignore lint/a11y/useSemanticElements: a named group of text and buttons, not a form's fieldset
        <div className="confirm" role="group" aria-labelledby="delete-confirm">
          <p id="delete-confirm" ref={confirmHeading} tabIndex={-1}>
            <strong>{t('settings.delete.confirm')}</strong>
          </p>
          <div className="actions">
            <button type="button" className="button danger" onClick={() => void erase()}>
              {t('settings.delete.yes')}
            </button>
            <button type="button" className="button" onClick={() => setConfirming(false)}>
              {t('settings.backup.cancel')}
            </button>
          </div>
        </div>
      )}
      {failed && (
        <p role="alert" className="message error">
          {t('settings.delete.failed')}
        </p>
      )}
    </section>
  );
}
