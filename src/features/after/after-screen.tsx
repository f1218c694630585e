import { useTranslation } from 'react-i18next';
import { hrefFor } from '../../navigation/routes';
import { ComplementaryCover } from '../../components/complementary-cover';
import { DoneCheckbox } from '../../components/done-checkbox';
import { OfficialLink } from '../../components/official-link';
import { ScreenHeading } from '../../components/screen-heading';
import { useDayToggle } from '../../components/use-day-toggle';
import { afterTaskBlockedBy, type AfterTask } from '../../domain/after-tasks';
import { afterTasksFor, DEFAULT_PATH, registersOnline } from '../../domain/paths';
import { hasDefinitive } from '../../domain/progress';
import { useApp } from '../../components/store-context';
import { TermsText } from '../../components/terms-text';

/**
 * The tasks of the months after registration (domain.md §7, §10). The ameli account and the carte Vitale
 * wait for the definitive number; the referring doctor never does.
 */
const TASKS: { id: 'account' | 'card' | 'doctor'; checks: AfterTask[]; points: number; needsDefinitive: boolean }[] = [
  { id: 'doctor', checks: ['referringDoctor'], points: 5, needsDefinitive: false },
  { id: 'account', checks: ['ameliAccount'], points: 2, needsDefinitive: true },
  { id: 'card', checks: ['cardOrdered', 'cardReceived'], points: 3, needsDefinitive: true },
];

export default function AfterScreen() {
  const { t } = useTranslation();
  const path = useApp((s) => s.path) ?? DEFAULT_PATH;
  const definitive = useApp((s) => hasDefinitive(s));
  const afterTasks = useApp((s) => s.afterTasks);
  const setAfterTask = useApp((s) => s.setAfterTask);
  const toggle = useDayToggle(afterTasks, setAfterTask, (task) => t('after.unmarked', { title: t(`after.checks.${task}`) }));
  const available = afterTasksFor(path);
  const tasks = TASKS.filter((task) => task.checks.some((check) => available.includes(check)));
  const waiting = tasks.some((task) => task.needsDefinitive) && !definitive;

  return (
    <>
      <ScreenHeading>{t(tasks.length === 1 ? 'after.titleDoctorOnly' : 'after.title')}</ScreenHeading>
      <p>
        <TermsText>{t(tasks.length === 1 ? 'after.introDoctorOnly' : 'after.intro')}</TermsText>
      </p>
      {waiting && (
        <div className="callout">
          <p>
            <TermsText>{t('after.laterWhy')}</TermsText>
          </p>
          <a href={hrefFor('numbers')}>{t('after.enterNumber')}</a>
        </div>
      )}
      <ol className="cards">
        {tasks.map((task) => {
          const locked = task.needsDefinitive && !definitive;
          return (
            <li key={task.id} className="card">
              <h2>
                {t(`after.tasks.${task.id}.title`)}
                {locked && <span className="tag">{t('after.later')}</span>}
              </h2>
              <ul>
                {Array.from({ length: task.points }, (_, i) => `after.tasks.${task.id}.point${i + 1}`).map((point) => (
                  <li key={point}>
                    <TermsText>{t(point)}</TermsText>
                  </li>
                ))}
              </ul>
              {!locked &&
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
          );
        })}
      </ol>
      {registersOnline(path) && <ComplementaryCover headingId="after-complementary" />}
      <p>
        <OfficialLink page="ameli" />
      </p>
    </>
  );
}
