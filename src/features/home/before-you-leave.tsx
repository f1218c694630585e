import { useTranslation } from 'react-i18next';
import { asksForVisa, translationRule } from '../../domain/documents';
import type { PathId } from '../../domain/paths';
import { TermsText } from '../../components/terms-text';

/** Before arrival: what to prepare at home (domain.md §3, §10), never the registration site. */
export function BeforeYouLeave({ path, onArrived }: { path: PathId; onArrived(): void }) {
  const { t } = useTranslation();
  const rule = translationRule(path);
  const points = [
    'birthCertificate',
    `translation-${rule}`,
    ...(rule === 'needed-unless-exempt' ? ['apostille'] : []),
    ...(path === 'eu-no-card' ? ['resources'] : path === 'eu-s1' ? ['s1'] : []),
    asksForVisa(path) ? 'passport' : 'passportNoVisa',
    'install',
  ];
  return (
    <section className="card next" aria-labelledby="home-next">
      <h2 id="home-next" tabIndex={-1}>
        {t('beforeYouLeave.title')}
      </h2>
      <p>
        <TermsText>{t('beforeYouLeave.intro')}</TermsText>
      </p>
      <ul>
        {points.map((point) => (
          <li key={point}>
            <TermsText>{t(`beforeYouLeave.${point}`)}</TermsText>
          </li>
        ))}
      </ul>
      <p className="note">
        <TermsText>{t('beforeYouLeave.registerLater')}</TermsText>
      </p>
      <button type="button" className="button primary" onClick={onArrived}>
        {t('beforeYouLeave.arrived')}
      </button>
    </section>
  );
}
