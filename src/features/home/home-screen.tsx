import { lazy, Suspense, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useShallow } from 'zustand/react/shallow';
import { hrefFor } from '../../navigation/routes';
import { PathChoice } from '../../components/path-choice';
import { ScreenHeading } from '../../components/screen-heading';
import { useOfferUndo } from '../../components/undo-notice';
import { isDay } from '../../domain/dates';
import { isWaitingForDefinitive, journeyStages, nextAction, showsComplementaryCover, type NoticeId } from '../../domain/journey';
import { DEFAULT_PATH, isAffiliated, logsCareSheets, type PathId } from '../../domain/paths';
import { useInstallState } from '../../pwa/install';
import { loadTranslations } from '../../i18n/i18n';
import { loadDetails } from './load-details';
import { today } from '../../device/today';
import { journeyInput } from '../../store/selectors';
import { useApp } from '../../components/store-context';
import { NextActionCard } from './next-action-card';

// Reminders (their answers, the calendar export, notifications) and their strings load once home is on screen.
const RemindersSection = lazy(() =>
  Promise.all([import('./reminders-section'), loadTranslations('reminders'), loadTranslations('shared')]).then(([module]) => ({
    default: module.RemindersSection,
  })),
);

const BeforeYouLeave = lazy(() => loadDetails().then((module) => ({ default: module.BeforeYouLeave })));
const WhileYouWait = lazy(() => loadDetails().then((module) => ({ default: module.WhileYouWait })));
const ComplementaryCover = lazy(() => loadDetails().then((module) => ({ default: module.ComplementaryCover })));
const JourneyTimeline = lazy(() => loadDetails().then((module) => ({ default: module.JourneyTimeline })));
const InstallCard = lazy(() => loadDetails().then((module) => ({ default: module.InstallCard })));

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
          // Home's own strings come first (they are not part of a first visit's start), then the choice.
          const choose = () => {
            onChosen();
            choosePath(choice);
          };
          loadTranslations('overview').then(choose, choose);
        }}
      >
        <PathChoice value={choice} onChange={setChoice} />
        <button type="submit" className="button primary">
          {t('home.continue')}
        </button>
      </form>
      <p className="restore-link">
        {t('home.restore')} <a href={hrefFor('settings')}>{t('home.restoreLink')}</a>
      </p>
    </>
  );
}

function Overview({ focusHeading }: { focusHeading: boolean }) {
  const { t } = useTranslation();
  const input = useApp(useShallow(journeyInput));
  const dismissNotice = useApp((s) => s.dismissNotice);
  const setArrivedOn = useApp((s) => s.setArrivedOn);
  const offerUndo = useOfferUndo();
  const installState = useInstallState();
  const nextCard = useRef<HTMLDivElement>(null);
  const day = today();
  const next = nextAction(input, day);
  const affiliated = isAffiliated(input.path);
  // In iOS Safari, a website's data is deleted after 7 days without a visit: installing comes first there.
  const installFirst = installState === 'ios-instructions' && !isDay(input.dismissed['ios-install']);
  const focusNext = () => nextCard.current?.querySelector<HTMLElement>('h2')?.focus();
  const dismiss = (id: NoticeId, message: string) => {
    dismissNotice(id, day);
    offerUndo(message, () => dismissNotice(id, null));
    focusNext();
  };
  const arrived = () => {
    setArrivedOn(day);
    offerUndo(t('beforeYouLeave.arrivedNotice'), () => setArrivedOn(null));
    requestAnimationFrame(focusNext);
  };
  return (
    <>
      <ScreenHeading focus={focusHeading}>{t('home.title')}</ScreenHeading>
      {installFirst && (
        <Suspense fallback={null}>
          <InstallCard onDismiss={() => dismiss('ios-install', t('install.dismissed'))} />
        </Suspense>
      )}
      <section className="card" aria-labelledby="home-situation">
        <h2 id="home-situation">{t('home.situation')}</h2>
        <p>{t(`paths.${input.path}.label`)}</p>
        <a href={hrefFor('situation')}>{affiliated ? t('home.changeSituation') : t('home.readGuide')}</a>
      </section>
      {logsCareSheets(input.path) && (
        <Suspense fallback={null}>
          <RemindersSection />
        </Suspense>
      )}
      <div ref={nextCard}>
        {next.kind === 'before-you-leave' ? (
          <Suspense fallback={null}>
            <BeforeYouLeave path={input.path} onArrived={arrived} />
          </Suspense>
        ) : (
          <NextActionCard next={next} />
        )}
      </div>
      <section className="card french-help" aria-labelledby="home-french">
        <h2 id="home-french">{t('home.frenchTitle')}</h2>
        <ul>
          <li>
            <a href={hrefFor('show')}>{t('home.showCards')}</a>
          </li>
          <li>
            <a href={hrefFor('glossary')}>{t('home.glossary')}</a>
          </li>
        </ul>
      </section>
      <Suspense fallback={null}>
        {isWaitingForDefinitive(input) && <WhileYouWait />}
        {showsComplementaryCover(input) && (
          <ComplementaryCover
            headingId="home-complementary"
            onDismiss={() => dismiss('complementary-cover', t('complementary.dismissed'))}
          />
        )}
        <JourneyTimeline stages={journeyStages(input, day)} />
      </Suspense>
      {!installFirst && (
        <Suspense fallback={null}>
          <InstallCard />
        </Suspense>
      )}
    </>
  );
}
