import { lazy, Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { hrefFor } from '../../navigation/routes';
import { PathChoice } from '../../components/path-choice';
import { ScreenHeading } from '../../components/screen-heading';
import { DEFAULT_PATH, registersOnline, type PathId } from '../../domain/paths';
import { summarizeJourney } from '../../domain/journey';
import { useApp } from '../../components/store-context';
import { InstallCard } from './install-card';
import { NextActionCard } from './next-action-card';
import { loadTranslations } from '../../i18n/i18n';

// Only a student who registers online has reminders on this screen: their code and strings load with it.
const RemindersSection = lazy(async () => {
  const [section] = await Promise.all([import('./reminders-section'), loadTranslations('reminders')]);
  return { default: section.RemindersSection };
});

export default function HomeScreen() {
  const path = useApp((s) => s.path);
  const [justChose, setJustChose] = useState(false);
  return path === null ? <Welcome onChosen={() => setJustChose(true)} /> : <Overview focusHeading={justChose} />;
}

/** The first question. The choice is kept locally until Continue, so trying the radios commits nothing. */
function Welcome({ onChosen }: { onChosen(): void }) {
  const { t } = useTranslation();
  const choosePath = useApp((s) => s.choosePath);
  const [choice, setChoice] = useState<PathId>(DEFAULT_PATH);
  return (
    <>
      <ScreenHeading>{t('home.welcomeTitle')}</ScreenHeading>
      <p>{t('home.welcomeIntro')}</p>
      <p className="note">{t('common.privacyShort')}</p>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          onChosen();
          choosePath(choice);
        }}
      >
        <PathChoice value={choice} onChange={setChoice} />
        <button type="submit" className="button primary">
          {t('home.continue')}
        </button>
      </form>
    </>
  );
}

function Overview({ focusHeading }: { focusHeading: boolean }) {
  const { t } = useTranslation();
  const path = useApp((s) => s.path) ?? DEFAULT_PATH;
  const steps = useApp((s) => s.steps);
  const documents = useApp((s) => s.documents);
  const afterTasks = useApp((s) => s.afterTasks);
  const summary = summarizeJourney({ path, steps, documents, afterTasks });
  const online = registersOnline(path);
  return (
    <>
      <ScreenHeading focus={focusHeading}>{t('home.title')}</ScreenHeading>
      <section className="card" aria-labelledby="home-situation">
        <h2 id="home-situation">{t('home.situation')}</h2>
        <p>{t(`paths.${path}.label`)}</p>
        <a href={hrefFor('situation')}>{online ? t('home.changeSituation') : t('home.readGuide')}</a>
      </section>
      {online && (
        <Suspense fallback={null}>
          <RemindersSection />
        </Suspense>
      )}
      <NextActionCard next={summary.next} />
      {online && (
        <section className="card" aria-labelledby="home-progress">
          <h2 id="home-progress">{t('home.progress')}</h2>
          <p>
            <a href={hrefFor('steps')}>{t('progress.steps', { done: summary.stepsDone, total: summary.stepsTotal })}</a>
          </p>
          <progress max={summary.stepsTotal} value={summary.stepsDone} aria-label={t('progress.stepsLabel')} />
          <p>
            <a href={hrefFor('documents')}>
              {t('progress.documents', { ready: summary.documentsReady, total: summary.documentsTotal })}
            </a>
          </p>
          <progress
            max={summary.documentsTotal}
            value={summary.documentsReady}
            aria-label={t('progress.documentsLabel')}
          />
          <p>
            <a href={hrefFor('prepare')}>{t('home.prepareLink')}</a>
          </p>
        </section>
      )}
      <InstallCard />
    </>
  );
}
