import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { OfficialLink } from '../../components/official-link';
import { SENDING_LIMIT_YEARS } from '../../domain/care-sheets';
import { useApp } from '../../components/store-context';
import { TermsText } from '../../components/terms-text';

/**
 * What to do with a paper care sheet (domain.md §6); the unofficial delays are worded softly. European students
 * with a card are refunded by their home insurer or the CPAM (domain.md §1).
 */
export function HowToGetRefunded() {
  const { t } = useTranslation();
  const headingId = useId();
  const path = useApp((s) => s.path);
  if (path === 'eu') {
    return (
      <section className="card" aria-labelledby={headingId}>
        <h2 id={headingId}>{t('careSheets.howTo.title')}</h2>
        <ul>
          <li>
            <TermsText>{t('careSheets.howToEu.show')}</TermsText>
          </li>
          <li>
            <TermsText>{t('careSheets.howToEu.keep')}</TermsText>
          </li>
          <li>
            <TermsText>{t('careSheets.howToEu.refund')}</TermsText>
          </li>
        </ul>
        <p>
          <OfficialLink page="studyInFrance" />
        </p>
      </section>
    );
  }
  return (
    <section className="card" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('careSheets.howTo.title')}</h2>
      <ul>
        <li>
          <TermsText>{t('careSheets.howTo.payInFull')}</TermsText>
        </li>
        <li>
          <TermsText>{t('careSheets.howTo.fillIn')}</TermsText>
        </li>
        <li>
          <TermsText>{t('careSheets.howTo.send')}</TermsText>
        </li>
        <li>
          <TermsText>{t('careSheets.howTo.delay')}</TermsText>
        </li>
        <li>
          <TermsText>{t('careSheets.howTo.limit', { count: SENDING_LIMIT_YEARS })}</TermsText>
        </li>
        <li>
          <TermsText>{t('careSheets.howTo.keep')}</TermsText>
        </li>
      </ul>
      <p>
        <OfficialLink page="ameli" />
      </p>
    </section>
  );
}
