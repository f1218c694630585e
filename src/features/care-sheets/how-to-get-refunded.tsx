import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { OfficialLink } from '../../components/official-link';
import { SENDING_LIMIT_YEARS } from '../../domain/care-sheets';
import { useApp } from '../../components/store-context';

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
          <li>{t('careSheets.howToEu.show')}</li>
          <li>{t('careSheets.howToEu.keep')}</li>
          <li>{t('careSheets.howToEu.refund')}</li>
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
        <li>{t('careSheets.howTo.payInFull')}</li>
        <li>{t('careSheets.howTo.fillIn')}</li>
        <li>{t('careSheets.howTo.send')}</li>
        <li>{t('careSheets.howTo.delay')}</li>
        <li>{t('careSheets.howTo.limit', { count: SENDING_LIMIT_YEARS })}</li>
        <li>{t('careSheets.howTo.keep')}</li>
      </ul>
      <p>
        <OfficialLink page="ameli" />
      </p>
    </section>
  );
}
