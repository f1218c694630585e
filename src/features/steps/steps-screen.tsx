import { useTranslation } from 'react-i18next';
import { hrefFor } from '../../navigation/routes';
import { DoneCheckbox } from '../../components/done-checkbox';
import { OfficialLink } from '../../components/official-link';
import { ScreenHeading } from '../../components/screen-heading';
import { useDayToggle } from '../../components/use-day-toggle';
import { countDone, STEPS, type StepId } from '../../domain/steps';
import { useApp } from '../../components/store-context';
import { TermsText } from '../../components/terms-text';

/** Where each step card points the student next, besides its text: the site, or the screen that follows it up. */
const STEP_LINKS: Partial<Record<StepId, 'registration' | 'prepare' | 'documents' | 'numbers' | 'after'>> = {
  connect: 'registration',
  'personal-information': 'prepare',
  'upload-documents': 'documents',
  'provisional-attestation': 'numbers',
  'definitive-attestation': 'after',
};

export default function StepsScreen() {
  const { t } = useTranslation();
  const steps = useApp((s) => s.steps);
  const setStep = useApp((s) => s.setStep);
  const toggle = useDayToggle(steps, setStep, (step) => t('steps.unmarked', { title: t(`steps.${step}.title`) }));

  return (
    <>
      <ScreenHeading>{t('steps.screenTitle')}</ScreenHeading>
      <p>
        <TermsText>{t('steps.intro')}</TermsText>
      </p>
      <p className="progress-line">
        <TermsText>{t('progress.steps', { done: countDone(steps), total: STEPS.length })}</TermsText>
      </p>
      <progress max={STEPS.length} value={countDone(steps)} aria-label={t('progress.stepsLabel')} />
      <ol className="cards">
        {STEPS.map((step, index) => (
          <li key={step} className="card">
            <h2>
              <span className="step-number">{t('steps.number', { number: index + 1 })}</span> {t(`steps.${step}.title`)}
            </h2>
            <p>
              <TermsText>{t(`steps.${step}.body`)}</TermsText>
            </p>
            <p className="note">
              <TermsText>{t(`steps.${step}.more`)}</TermsText>
            </p>
            <StepLink step={step} />
            <DoneCheckbox
              label={t('steps.markDone', { title: t(`steps.${step}.title`) })}
              day={steps[step]}
              dayKey="common.doneOn"
              onChange={(checked) => toggle(step, checked)}
            />
          </li>
        ))}
      </ol>
    </>
  );
}

function StepLink({ step }: { step: StepId }) {
  const { t } = useTranslation();
  const link = STEP_LINKS[step];
  if (link === 'registration') return <OfficialLink page="registration" />;
  if (link === undefined) return null;
  return <a href={hrefFor(link)}>{t(`steps.links.${link}`)}</a>;
}
