import { useTranslation } from 'react-i18next';
import { hrefFor } from '../../navigation/routes';
import { DoneCheckbox } from '../../components/done-checkbox';
import { OfficialLink } from '../../components/official-link';
import { ScreenHeading } from '../../components/screen-heading';
import { useDayToggle } from '../../components/use-day-toggle';
import { afterTaskBlockedBy, type AfterTask } from '../../domain/after-tasks';
import { hasDefinitiveNumber } from '../../domain/numbers';
import { useApp } from '../../components/store-context';

/** The three tasks the seed lists once the definitive number has come (domain.md §7). */
const TASKS: { id: 'account' | 'card' | 'doctor'; checks: AfterTask[]; points: number }[] = [
  { id: 'account', checks: ['ameliAccount'], points: 2 },
  { id: 'card', checks: ['cardOrdered', 'cardReceived'], points: 3 },
  { id: 'doctor', checks: ['referringDoctor'], points: 4 },
];

export default function AfterScreen() {
  const { t } = useTranslation();
  const hasDefinitive = useApp(hasDefinitiveNumber);
  const afterTasks = useApp((s) => s.afterTasks);
  const setAfterTask = useApp((s) => s.setAfterTask);
  const [undoNotice, toggle] = useDayToggle(afterTasks, setAfterTask, (task) =>
    t('after.unmarked', { title: t(`after.checks.${task}`) }),
  );

  return (
    <>
      <ScreenHeading>{t('after.title')}</ScreenHeading>
      <p>{t('after.intro')}</p>
      {!hasDefinitive && (
        <div className="callout">
          <p>{t('after.laterWhy')}</p>
          <a href={hrefFor('numbers')}>{t('after.enterNumber')}</a>
        </div>
      )}
      {undoNotice}
      <ol className="cards">
        {TASKS.map((task) => (
          <li key={task.id} className="card">
            <h2>
              {t(`after.tasks.${task.id}.title`)}
              {!hasDefinitive && <span className="tag">{t('after.later')}</span>}
            </h2>
            <ul>
              {Array.from({ length: task.points }, (_, i) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: the points are a fixed list, their place is their identity
                <li key={i}>{t(`after.tasks.${task.id}.point${i + 1}`)}</li>
              ))}
            </ul>
            {hasDefinitive &&
              task.checks.map((check) =>
                afterTaskBlockedBy(check, afterTasks) && !afterTasks[check] ? null : (
                  <DoneCheckbox
                    key={check}
                    label={t(`after.checks.${check}`)}
                    day={afterTasks[check]}
                    dayKey="common.doneOn"
                    onChange={(checked) => toggle(check, checked)}
                  />
                ),
              )}
          </li>
        ))}
      </ol>
      <p>
        <OfficialLink page="ameli" />
      </p>
    </>
  );
}
