import { useTranslation } from 'react-i18next';
import { hrefFor } from '../../navigation/routes';
import { OfficialLink } from '../../components/official-link';
import { PathChoice } from '../../components/path-choice';
import { ScreenHeading } from '../../components/screen-heading';
import { useOfferUndo } from '../../components/undo-notice';
import { DEFAULT_PATH, registersOnline, type PathId } from '../../domain/paths';
import { CardEndDate } from './card-end-date';
import { useApp } from '../../components/store-context';
import { TermsText } from '../../components/terms-text';

/** How many points each path's guide has in the translations (domain.md §1 and §10). */
const GUIDE_POINTS: Record<PathId, number> = {
  'non-eu': 3,
  'eu-no-card': 4,
  'eu-s1': 3,
  eu: 4,
  'french-abroad': 2,
  monaco: 2,
  quebec: 4,
  andorra: 2,
};

export default function SituationScreen() {
  const { t } = useTranslation();
  const path = useApp((s) => s.path) ?? DEFAULT_PATH;
  const choosePath = useApp((s) => s.choosePath);
  const offerUndo = useOfferUndo();
  const points = Array.from({ length: GUIDE_POINTS[path] }, (_, i) => i + 1);
  // Nothing entered is lost by changing path (documents of another path are kept, just not shown), and it can be undone.
  const change = (next: PathId) => {
    if (next === path) return;
    choosePath(next);
    offerUndo(t('situation.changed', { label: t(`paths.${next}.label`) }), () => choosePath(path));
  };
  return (
    <>
      <ScreenHeading>{t('situation.title')}</ScreenHeading>
      <PathChoice value={path} onChange={change} />
      <section className="card" aria-labelledby="guide-title">
        <h2 id="guide-title">{t(`guides.${path}.title`)}</h2>
        <p>
          <TermsText>{t(`guides.${path}.summary`)}</TermsText>
        </p>
        <ul>
          {points.map((n) => (
            <li key={n}>
              <TermsText>{t(`guides.${path}.point${n}`)}</TermsText>
            </li>
          ))}
        </ul>
        {path === 'eu' && <CardEndDate />}
        {registersOnline(path) && (
          <p className="links">
            <a href={hrefFor('steps')}>{t('situation.openSteps')}</a>
            <a href={hrefFor('documents')}>{t('situation.openDocuments')}</a>
          </p>
        )}
        <p>
          <OfficialLink page="studyInFrance" />
        </p>
      </section>
    </>
  );
}
