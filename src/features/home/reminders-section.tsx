import { useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useShallow } from 'zustand/react/shallow';
import { useFormatDay } from '../../components/day-format';
import { OfficialLink } from '../../components/official-link';
import { useApp } from '../../components/store-context';
import { today } from '../../device/today';
import { dueReminders, scheduledReminders } from '../../domain/reminders';
import { hrefFor } from '../../navigation/routes';
import { reminderInput } from '../../store/selectors';
import { CalendarButton } from './calendar-button';
import { NotificationToggle } from './notification-toggle';
import { ReminderItem } from './reminder-item';

/** What is due now, where the student looks first: the most useful reminder in full, the others folded. */
export function RemindersSection() {
  const { t } = useTranslation();
  const formatDay = useFormatDay();
  const input = useApp(useShallow(reminderInput));
  const day = today();
  const due = useMemo(() => dueReminders(input, day), [input, day]);
  const next = useMemo(() => scheduledReminders(input, day).find((r) => r.dueOn > day), [input, day]);
  const [refused, setRefused] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);
  const refusedHeading = useRef<HTMLHeadingElement>(null);
  // The button pressed disappears with its reminder: focus goes to what replaced it, never to the page top.
  const afterAnswer = (kind: string) => {
    if (kind === 'refused') {
      setRefused(true);
      requestAnimationFrame(() => refusedHeading.current?.focus());
    } else heading.current?.focus();
  };
  const [first, ...others] = due;
  return (
    <section className="card reminders" aria-labelledby="reminders-title">
      <h2 id="reminders-title" ref={heading} tabIndex={-1}>
        {t('reminders.title')}
      </h2>
      <p className="progress-line">{t('reminders.dueCount', { count: due.length })}</p>
      {refused && (
        // biome-ignore lint/a11y/useSemanticElements: a named group of text and buttons, not a form's fieldset
        <div className="callout" role="group" aria-labelledby="refused-title">
          <h3 id="refused-title" ref={refusedHeading} tabIndex={-1}>
            {t('reminders.refused.title')}
          </h3>
          <p>{t('reminders.refused.body')}</p>
          <p className="actions">
            <a className="button primary" href={hrefFor('documents')}>
              {t('reminders.refused.open')}
            </a>
            <button type="button" className="button quiet" onClick={() => setRefused(false)}>
              {t('common.dismiss')}
            </button>
          </p>
        </div>
      )}
      {first && (
        <ul className="reminder-list">
          <ReminderItem key={first.id} reminder={first} afterAnswer={(answer) => afterAnswer(answer.effect.kind)} />
        </ul>
      )}
      {others.length > 0 && (
        <details className="more-reminders">
          <summary>{t('reminders.more', { count: others.length })}</summary>
          <ul className="reminder-list">
            {others.map((reminder) => (
              <ReminderItem key={reminder.id} reminder={reminder} afterAnswer={(answer) => afterAnswer(answer.effect.kind)} />
            ))}
          </ul>
        </details>
      )}
      {next && <p className="note">{t('reminders.next', { title: t(`reminders.rules.${next.id}.title`), day: formatDay(next.dueOn) })}</p>}
      <p className="note">
        {t('reminders.typical')} <OfficialLink page="studyInFrance" />
      </p>
      <CalendarButton />
      <NotificationToggle />
    </section>
  );
}
