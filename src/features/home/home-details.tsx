// The cards of the home screen that depend on where the student is (before leaving, waiting, the complementary
// cover, the journey, the guide of a path without online registration, installing): loaded with their strings (locales/<lang>/home.json) once the heading is on screen.
export { ComplementaryCover } from '../../components/complementary-cover';
export { BeforeYouLeave } from './before-you-leave';
export { GuideSummary } from './guide-summary';
export { InstallCard } from './install-card';
export { JourneyTimeline } from './journey-timeline';
export { WhileYouWait } from './while-you-wait';
