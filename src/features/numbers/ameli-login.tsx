import { useTranslation } from 'react-i18next';
import { hrefFor } from '../../navigation/routes';
import { CopyButton } from '../../components/copy-button';
import { ameliLogin } from '../../domain/numbers';
import { formatSocialSecurityNumber } from '../../domain/social-security-number';

/** The ameli login read from a saved definitive number, hidden with it, and what to do next. */
export function AmeliLogin({ value, shown }: { value: string; shown: boolean }) {
  const { t } = useTranslation();
  const login = ameliLogin(value);
  return (
    <>
      <div className="field-row">
        <p className="ameli-login">
          {shown ? t('numbers.definitive.login', { login: formatSocialSecurityNumber(login) }) : t('numbers.definitive.loginHidden')}
        </p>
        <CopyButton value={login} label={t('numbers.definitive.loginLabel')} />
      </div>
      <p>
        <a href={hrefFor('after')}>{t('numbers.definitive.next')}</a>
      </p>
    </>
  );
}
