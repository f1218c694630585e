import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { hrefFor } from '../../navigation/routes';
import type { DocumentId } from '../../domain/documents';
import type { NextAction } from '../../domain/journey';
import { loadDetails } from './load-details';
import { TermsText } from '../../components/terms-text';

const GuideSummary = lazy(() => loadDetails().then((module) => ({ default: module.GuideSummary })));

/** "What do I do now?", answered in a sentence or two and one link. */
export function NextActionCard({ next }: { next: NextAction }) {
  const { t } = useTranslation();
  return (
    <section className="card next" aria-labelledby="home-next">
      <h2 id="home-next" tabIndex={-1}>
        {t('home.next')}
      </h2>
      <NextActionBody next={next} />
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
          <p>
            <TermsText>{t('home.toRegister')}</TermsText>
          </p>
          <ul>
            {next.missing.map((group) => (
              <li key={group.join()}>{names(group, 'disjunction')}</li>
            ))}
          </ul>
          <p className="note">
            <TermsText>{t('home.restCanFollow')}</TermsText>
          </p>
          <Link route="documents" label={t('home.openDocuments')} />
        </>
      );
    case 'register':
      return (
        <>
          <p>
            <TermsText>{t('home.registerNow')}</TermsText>
          </p>
          {next.canFollow.length > 0 && (
            <p className="note">
              <TermsText>{t('home.addLater', { list: names(next.canFollow, 'conjunction') })}</TermsText>
            </p>
          )}
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
          <p>
            <TermsText>{t(`steps.${next.step}.title`)}</TermsText>
          </p>
          <Link route="steps" label={t('home.openSteps')} />
        </>
      );
    case 'complete-file':
      return (
        <>
          <p>
            <TermsText>{t('home.completeFile', { list: names(next.missing, 'conjunction') })}</TermsText>
          </p>
          <Link route="documents" label={t('home.openDocuments')} />
        </>
      );
    case 'referring-doctor':
      return (
        <>
          <p>
            <TermsText>{t(next.waiting ? 'home.findDoctor' : 'home.findDoctorNow')}</TermsText>
          </p>
          <Link route="after" label={t('home.openDoctor')} />
        </>
      );
    case 'wait-definitive':
      return (
        <>
          <p>
            <TermsText>{t('home.waitDefinitive')}</TermsText>
          </p>
          <Link route="numbers" label={t('home.openNumbers')} />
        </>
      );
    case 'read-guide':
      return (
        <>
          <Suspense fallback={null}>
            <GuideSummary path={next.path} />
          </Suspense>
          <Link route="situation" label={t('home.readGuide')} />
        </>
      );
    case 'after-tasks':
      return (
        <>
          <p>
            <TermsText>{t('home.afterTasks')}</TermsText>
          </p>
          <Link route="after" label={t('home.openAfter')} />
        </>
      );
    case 'before-you-leave':
      return null;
    case 'complementary-cover':
      return (
        <p>
          <TermsText>{t('home.complementaryNext')}</TermsText>
        </p>
      );
    case 'all-done':
      return (
        <p>
          <TermsText>{t('home.allDone')}</TermsText>
        </p>
      );
  }
}

function Link({ route, label }: { route: Parameters<typeof hrefFor>[0]; label: string }) {
  return (
    <a className="button primary" href={hrefFor(route)}>
      {label}
    </a>
  );
}
