import { useTranslation } from 'react-i18next';
import { hrefFor } from '../../navigation/routes';
import { OfficialLink } from '../../components/official-link';
import { ScreenHeading } from '../../components/screen-heading';
import { NumberSection } from './number-section';
import './numbers.css';
import { TermsText } from '../../components/terms-text';

/** Steps 5 and 6: the provisional and definitive numbers, checked for typos and kept hidden on this device. */
export default function NumbersScreen() {
  const { t } = useTranslation();
  return (
    <>
      <ScreenHeading>{t('numbers.title')}</ScreenHeading>
      <p className="note">
        <TermsText>{t('numbers.savedLocally')}</TermsText>
      </p>
      <NumberSection kind="provisional">
        <p className="step-number">
          <TermsText>{t('numbers.provisional.step')}</TermsText>
        </p>
        <ul className="number-about">
          <li>
            {t('numbers.provisional.refunds')} <a href={hrefFor('care-sheets')}>{t('numbers.provisional.careSheetsLink')}</a>
          </li>
          <li>
            <TermsText>{t('numbers.provisional.notAmeli')}</TermsText>
          </li>
          <li>
            <TermsText>{t('numbers.provisional.mutuelle')}</TermsText>
          </li>
          <li>
            <TermsText>{t('numbers.provisional.looks')}</TermsText>
          </li>
          <li>
            <TermsText>{t('numbers.provisional.keep')}</TermsText>
          </li>
        </ul>
      </NumberSection>
      <NumberSection kind="definitive">
        <p className="step-number">
          <TermsText>{t('numbers.definitive.step')}</TermsText>
        </p>
        <ul className="number-about">
          <li>
            <TermsText>{t('numbers.definitive.delay')}</TermsText>
          </li>
          <li>
            <TermsText>{t('numbers.definitive.unlocks')}</TermsText>
          </li>
        </ul>
      </NumberSection>
      <p>
        <TermsText>{t('numbers.intro')}</TermsText>
      </p>
      <p>
        <OfficialLink page="ameli" />
      </p>
    </>
  );
}
