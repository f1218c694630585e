import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useShallow } from 'zustand/react/shallow';
import { hrefFor } from '../../navigation/routes';
import { ComplementaryCover } from '../../components/complementary-cover';
import { PathChoice } from '../../components/path-choice';
import { ScreenHeading } from '../../components/screen-heading';
import { useUndo } from '../../components/undo-notice';
import { journeyStages, nextAction, showsComplementaryCover } from '../../domain/journey';
import { DEFAULT_PATH, isAffiliated, type PathId } from '../../domain/paths';
import { today } from '../../device/today';
import { journeyInput } from '../../store/journey-input';
import { useApp } from '../../components/store-context';
import { InstallCard } from './install-card';
import { JourneyTimeline } from './journey-timeline';
import { NextActionCard } from './next-action-card';
import { RemindersSection } from './reminders-section';

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
  const input = useApp(useShallow(journeyInput));
  const dismissNotice = useApp((s) => s.dismissNotice);
  const [undoNotice, offerUndo] = useUndo();
  const nextHeading = useRef<HTMLDivElement>(null);
  const day = today();
  const affiliated = isAffiliated(input.path);
  const dismissCover = () => {
    dismissNotice('complementary-cover', day);
    offerUndo(t('complementary.dismissed'), () => dismissNotice('complementary-cover', null));
    nextHeading.current?.querySelector('h2')?.focus();
  };
  return (
    <>
      <ScreenHeading focus={focusHeading}>{t('home.title')}</ScreenHeading>
      <section className="card" aria-labelledby="home-situation">
        <h2 id="home-situation">{t('home.situation')}</h2>
        <p>{t(`paths.${input.path}.label`)}</p>
        <a href={hrefFor('situation')}>{affiliated ? t('home.changeSituation') : t('home.readGuide')}</a>
      </section>
      {affiliated && <RemindersSection />}
      <div ref={nextHeading}>
        <NextActionCard next={nextAction(input, day)} />
      </div>
      {undoNotice}
      {showsComplementaryCover(input) && <ComplementaryCover headingId="home-complementary" onDismiss={dismissCover} />}
      <JourneyTimeline stages={journeyStages(input, day)} />
      <InstallCard />
    </>
  );
}
