import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { careTotals } from '../../domain/care-sheets';
import { useApp } from '../../components/store-context';
import { useEuros } from './use-euros';

/** What the student paid, what came back, and what the CPAM may still owe. */
export function CareTotals() {
  const { t } = useTranslation();
  const headingId = useId();
  const euros = useEuros();
  const careSheets = useApp((s) => s.careSheets);
  const totals = careTotals(careSheets);
  return (
    <section className="card" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('careSheets.totals.title')}</h2>
      <dl className="care-totals">
        <dt>{t('careSheets.totals.paid')}</dt>
        <dd>{euros(totals.paidCents)}</dd>
        <dt>{t('careSheets.totals.refunded')}</dt>
        <dd>{euros(totals.refundedCents)}</dd>
        <dt>{t('careSheets.totals.waiting')}</dt>
        <dd>{euros(totals.waitingCents)}</dd>
      </dl>
      <p className={totals.notSent > 0 ? 'callout' : 'note'}>{t('careSheets.totals.notSent', { count: totals.notSent })}</p>
    </section>
  );
}
