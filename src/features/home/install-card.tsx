import { useTranslation } from 'react-i18next';
import { promptInstall, useInstallState } from '../../pwa/install';

/** Installing early matters: an installed app keeps its data and opens offline. */
export function InstallCard({ onDismiss }: { onDismiss?: () => void }) {
  const { t } = useTranslation();
  const state = useInstallState();
  if (state === 'installed' || state === 'unavailable') return null;
  return (
    <section className="card" aria-labelledby="install-title">
      <h2 id="install-title">{t('install.title')}</h2>
      <p>{t('install.why')}</p>
      {state === 'can-prompt' ? (
        <button type="button" className="button primary" onClick={() => void promptInstall()}>
          {t('install.button')}
        </button>
      ) : (
        <>
          <p>{t('install.iosRule')}</p>
          <ol>
            <li>{t('install.ios1')}</li>
            <li>{t('install.ios2')}</li>
            <li>{t('install.ios3')}</li>
          </ol>
        </>
      )}
      {onDismiss && (
        <button type="button" className="button quiet" onClick={onDismiss}>
          {t('install.later')}
        </button>
      )}
    </section>
  );
}
