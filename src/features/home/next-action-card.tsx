import { useTranslation } from 'react-i18next';
import { hrefFor } from '../../navigation/routes';
import { translationRule, type DocumentId } from '../../domain/documents';
import type { NextAction } from '../../domain/journey';
import type { PathId } from '../../domain/paths';

/** "What do I do now?", answered in a sentence or two and one link. */
export function NextActionCard({ next, path, onArrived }: { next: NextAction; path: PathId; onArrived(): void }) {
  const { t } = useTranslation();
  if (next.kind === 'before-you-leave') return <BeforeYouLeave path={path} onArrived={onArrived} />;
  return (
    <section className="card next" aria-labelledby="home-next">
      <h2 id="home-next" tabIndex={-1}>
        {t('home.next')}
      </h2>
      <NextActionBody next={next} />
    </section>
  );
}

/** Before arrival: what to prepare at home (domain.md §3, §10), never the registration site. */
function BeforeYouLeave({ path, onArrived }: { path: PathId; onArrived(): void }) {
  const { t } = useTranslation();
  const rule = translationRule(path);
  const points = [
    'birthCertificate',
    `translation-${rule}`,
    ...(rule === 'needed-unless-exempt' ? ['apostille'] : []),
    ...(path === 'eu-no-card' ? ['resources'] : path === 'eu-s1' ? ['s1'] : []),
    'passport',
    'install',
  ];
  return (
    <section className="card next" aria-labelledby="home-next">
      <h2 id="home-next" tabIndex={-1}>
        {t('beforeYouLeave.title')}
      </h2>
      <p>{t('beforeYouLeave.intro')}</p>
      <ul>
        {points.map((point) => (
          <li key={point}>{t(`beforeYouLeave.${point}`)}</li>
        ))}
      </ul>
      <p className="note">{t('beforeYouLeave.registerLater')}</p>
      <button type="button" className="button primary" onClick={onArrived}>
        {t('beforeYouLeave.arrived')}
      </button>
    </section>
  );
}

function NextActionBody({ next }: { next: NextAction }) {
  const { t, i18n } = useTranslation();
  const names = (documents: DocumentId[], type: 'conjunction' | 'disjunction') =>
    new Intl.ListFormat(i18n.language, { type }).format(documents.map((document) => t(`documentNames.${document}`)));
  switch (next.kind) {
    case 'prepare-to-register':
      return (
        <>
          <p>{t('home.toRegister')}</p>
          <ul>
            {next.missing.map((group) => (
              <li key={group.join()}>{names(group, 'disjunction')}</li>
            ))}
          </ul>
          <p className="note">{t('home.restCanFollow')}</p>
          <Link route="documents" label={t('home.openDocuments')} />
        </>
      );
    case 'register':
      return (
        <>
          <p>{t('home.registerNow')}</p>
          {next.canFollow.length > 0 && <p className="note">{t('home.addLater', { list: names(next.canFollow, 'conjunction') })}</p>}
          <p>{t('home.nextStep', { title: t(`steps.${next.step}.title`) })}</p>
          <Link route="steps" label={t('home.openSteps')} />
          <p>
            <a href={hrefFor('prepare')}>{t('home.prepareLink')}</a>
          </p>
        </>
      );
    case 'step':
      return (
        <>
          <p>{t(`steps.${next.step}.title`)}</p>
          <Link route="steps" label={t('home.openSteps')} />
        </>
      );
    case 'complete-file':
      return (
        <>
          <p>{t('home.completeFile', { list: names(next.missing, 'conjunction') })}</p>
          <Link route="documents" label={t('home.openDocuments')} />
        </>
      );
    case 'referring-doctor':
      return (
        <>
          <p>{t('home.findDoctor')}</p>
          <Link route="after" label={t('home.openDoctor')} />
        </>
      );
    case 'wait-definitive':
      return (
        <>
          <p>{t('home.waitDefinitive')}</p>
          <Link route="numbers" label={t('home.openNumbers')} />
        </>
      );
    case 'read-guide':
      return (
        <>
          <p>{t(`guides.${next.path}.summary`)}</p>
          <Link route="situation" label={t('home.readGuide')} />
        </>
      );
    case 'after-tasks':
      return (
        <>
          <p>{t('home.afterTasks')}</p>
          <Link route="after" label={t('home.openAfter')} />
        </>
      );
    case 'before-you-leave':
      return null;
    case 'complementary-cover':
      return <p>{t('home.complementaryNext')}</p>;
    case 'all-done':
      return <p>{t('home.allDone')}</p>;
  }
}

function Link({ route, label }: { route: Parameters<typeof hrefFor>[0]; label: string }) {
  return (
    <a className="button primary" href={hrefFor(route)}>
      {label}
    </a>
  );
}
