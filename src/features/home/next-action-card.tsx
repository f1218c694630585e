import { useTranslation } from 'react-i18next';
import { hrefFor } from '../../navigation/routes';
import type { NextAction } from '../../domain/journey';

/** "What do I do now?", answered in one sentence and one link. */
export function NextActionCard({ next }: { next: NextAction }) {
  const { t } = useTranslation();
  return (
    <section className="card next" aria-labelledby="home-next">
      <h2 id="home-next">{t('home.next')}</h2>
      {next.kind === 'step' && (
        <>
          <p>{t(`steps.${next.step}.title`)}</p>
          <a className="button primary" href={`${hrefFor('steps')}`}>
            {t('home.openSteps')}
          </a>
        </>
      )}
      {next.kind === 'prepare-documents' && (
        <>
          <p>{t('home.documentsMissing', { count: next.missing.length })}</p>
          <a className="button primary" href={hrefFor('documents')}>
            {t('home.openDocuments')}
          </a>
        </>
      )}
      {next.kind === 'read-guide' && (
        <>
          <p>{t(`guides.${next.path}.summary`)}</p>
          <a className="button primary" href={hrefFor('situation')}>
            {t('home.readGuide')}
          </a>
        </>
      )}
      {next.kind === 'after-tasks' && (
        <>
          <p>{t('home.afterTasks')}</p>
          <a className="button primary" href={hrefFor('after')}>
            {t('home.openAfter')}
          </a>
        </>
      )}
      {next.kind === 'all-done' && <p>{t('home.allDone')}</p>}
    </section>
  );
}
