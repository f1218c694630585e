import { useTranslation } from 'react-i18next';
import { hrefFor } from '../../navigation/routes';
import { OfficialLink } from '../../components/official-link';
import { ScreenHeading } from '../../components/screen-heading';
import { NumberSection } from './number-section';
import './numbers.css';

/** Steps 5 and 6: the provisional and definitive numbers, checked for typos and kept hidden on this device. */
export default function NumbersScreen() {
  const { t } = useTranslation();
  return (
    <>
      <ScreenHeading>{t('numbers.title')}</ScreenHeading>
      <p className="note">{t('numbers.savedLocally')}</p>
      <NumberSection kind="provisional">
        <p className="step-number">{t('numbers.provisional.step')}</p>
        <ul className="number-about">
          <li>
            {t('numbers.provisional.refunds')} <a href={hrefFor('care-sheets')}>{t('numbers.provisional.careSheetsLink')}</a>
          </li>
          <li>{t('numbers.provisional.notAmeli')}</li>
          <li>{t('numbers.provisional.mutuelle')}</li>
          <li>{t('numbers.provisional.looks')}</li>
          <li>{t('numbers.provisional.keep')}</li>
        </ul>
      </NumberSection>
      <NumberSection kind="definitive">
        <p className="step-number">{t('numbers.definitive.step')}</p>
        <ul className="number-about">
          <li>{t('numbers.definitive.delay')}</li>
          <li>{t('numbers.definitive.unlocks')}</li>
        </ul>
      </NumberSection>
      <p>{t('numbers.intro')}</p>
      <p>
        <OfficialLink page="ameli" />
      </p>
    </>
  );
}
