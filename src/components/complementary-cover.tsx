import { useTranslation } from 'react-i18next';
import { OfficialLink } from './official-link';
import { TermsText } from './terms-text';

/** What pays the part the insurance does not (domain.md §10). With `onDismiss`, the student can put it away. */
export function ComplementaryCover({ headingId, onDismiss }: { headingId: string; onDismiss?: () => void }) {
  const { t } = useTranslation();
  return (
    <section className="card" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('complementary.title')}</h2>
      <p>
        <TermsText>{t('complementary.body')}</TermsText>
      </p>
      <ul>
        <li>
          <TermsText>{t('complementary.c2s')}</TermsText>
        </li>
        <li>
          <TermsText>{t('complementary.mutuelle')}</TermsText>
        </li>
      </ul>
      <p>
        <OfficialLink page="ameli" />
      </p>
      {onDismiss && (
        <button type="button" className="button" onClick={onDismiss}>
          {t('complementary.dismiss')}
        </button>
      )}
    </section>
  );
}
