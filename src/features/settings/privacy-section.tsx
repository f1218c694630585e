import { useTranslation } from 'react-i18next';

export function PrivacySection() {
  const { t } = useTranslation();
  return (
    <section className="card" aria-labelledby="privacy-title">
      <h2 id="privacy-title">{t('settings.privacy.title')}</h2>
      <dl className="facts">
        <dt>{t('settings.privacy.whatQ')}</dt>
        <dd>{t('settings.privacy.what')}</dd>
        <dt>{t('settings.privacy.whereQ')}</dt>
        <dd>{t('settings.privacy.where')}</dd>
        <dt>{t('settings.privacy.sentQ')}</dt>
        <dd>{t('settings.privacy.sent')}</dd>
        <dt>{t('settings.privacy.deleteQ')}</dt>
        <dd>{t('settings.privacy.delete')}</dd>
      </dl>
    </section>
  );
}
