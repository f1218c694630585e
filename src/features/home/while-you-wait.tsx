import { useTranslation } from 'react-i18next';
import { hrefFor, type Route } from '../../navigation/routes';
import { TermsText } from '../../components/terms-text';

const POINTS: { id: string; route: Route }[] = [
  { id: 'careSheets', route: 'care-sheets' },
  { id: 'doctor', route: 'after' },
  { id: 'cover', route: 'after' },
];

/** Between the provisional and the definitive number: what is worth doing meanwhile, and when to ask (domain.md §5–7). */
export function WhileYouWait() {
  const { t } = useTranslation();
  return (
    <section className="card" aria-labelledby="home-waiting">
      <h2 id="home-waiting">{t('waiting.title')}</h2>
      <ul>
        {POINTS.map(({ id, route }) => (
          <li key={id}>
            {t(`waiting.${id}`)} <a href={hrefFor(route)}>{t(`waiting.${id}Link`)}</a>
          </li>
        ))}
      </ul>
      <p className="note">
        <TermsText>{t('waiting.contact')}</TermsText>
      </p>
    </section>
  );
}
