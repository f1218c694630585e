import { useTranslation } from 'react-i18next';
import { useFormatDay } from '../../components/day-format';
import type { Stage } from '../../domain/journey';
import './journey-timeline.css';

/** The whole journey at a glance: one list item a stage, done (with its day), current, or later. */
export function JourneyTimeline({ stages }: { stages: Stage[] }) {
  const { t } = useTranslation();
  const formatDay = useFormatDay();
  if (stages.length === 0) return null;
  return (
    <section className="card" aria-labelledby="journey-title">
      <h2 id="journey-title">{t('journey.title')}</h2>
      <ol className="timeline">
        {stages.map((stage) => (
          <li key={stage.id} className={`stage ${stage.status}`} aria-current={stage.status === 'current' ? 'step' : undefined}>
            <span className="stage-mark" aria-hidden="true" />
            <span className="stage-name">{t(`journey.stages.${stage.id}`)}</span>
            <span className="visually-hidden">: </span>
            <span className="stage-status">
              {stage.status === 'done'
                ? stage.day
                  ? t('journey.done', { day: formatDay(stage.day) })
                  : t('journey.doneUndated')
                : t(`journey.${stage.status}`)}
            </span>
          </li>
        ))}
      </ol>
    </section>
  );
}
