import { useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useShallow } from 'zustand/react/shallow';
import { hrefFor } from '../../navigation/routes';
import { OfficialLink } from '../../components/official-link';
import { useUndo } from '../../components/undo-notice';
import { useFormatDay } from '../../components/day-format';
import { addDays } from '../../domain/dates';
import { unsentSheets } from '../../domain/care-sheets';
import { dueReminders, scheduledReminders, type Reminder } from '../../domain/reminders';
import { reminderInput } from '../../store/selectors';
import { today } from '../../device/today';
import { useApp } from '../../components/store-context';
import { CalendarButton } from './calendar-button';
import { NotificationToggle } from './notification-toggle';

const SNOOZE_DAYS = 7;

/** What is due now, where the student looks first. */
export function RemindersSection() {
  const { t } = useTranslation();
  const formatDay = useFormatDay();
  const input = useApp(useShallow(reminderInput));
  const day = today();
  const due = useMemo(() => dueReminders(input, day), [input, day]);
  const next = useMemo(() => scheduledReminders(input, day).find((r) => r.dueOn > day), [input, day]);
  const [undoNotice, offerUndo] = useUndo();
  const heading = useRef<HTMLHeadingElement>(null);
  // The button pressed disappears with its reminder: focus goes back to the list's heading, not to the page top.
  const afterAction = () => heading.current?.focus();
  return (
    <section className="card reminders" aria-labelledby="reminders-title">
      <h2 id="reminders-title" ref={heading} tabIndex={-1}>
        {t('reminders.title')}
      </h2>
      <p className="progress-line">{t('reminders.dueCount', { count: due.length })}</p>
      {due.length > 0 && (
        <ul className="reminder-list">
          {due.map((reminder) => (
            <ReminderItem key={reminder.id} reminder={reminder} offerUndo={offerUndo} afterAction={afterAction} />
          ))}
        </ul>
      )}
      {undoNotice}
      {next && (
        <p className="note">
          {t('reminders.next', { title: t(`reminders.rules.${next.id}.title`), day: formatDay(next.dueOn) })}
        </p>
      )}
      <p className="note">
        {t('reminders.typical')} <OfficialLink page="studyInFrance" />
      </p>
      <CalendarButton />
      <NotificationToggle />
    </section>
  );
}

interface ItemProps {
  reminder: Reminder;
  offerUndo(message: string, undo: () => void): void;
  afterAction(): void;
}

function ReminderItem({ reminder, offerUndo, afterAction }: ItemProps) {
  const { t } = useTranslation();
  const markReminder = useApp((s) => s.markReminder);
  const setAfterTask = useApp((s) => s.setAfterTask);
  const previous = useApp((s) => s.reminders[reminder.id]);
  const careSheets = useApp((s) => s.careSheets);
  const updateCareSheet = useApp((s) => s.updateCareSheet);
  const title = t(`reminders.rules.${reminder.id}.title`);

  const done = () => {
    const day = today();
    if (reminder.completes) {
      const task = reminder.completes;
      setAfterTask(task, day);
      offerUndo(t('reminders.doneNotice', { title }), () => setAfterTask(task, null));
    } else if (reminder.id === 'send-care-sheets') {
      // "Done" here means the sheets went out: record it on the sheets themselves, so totals agree.
      const sent = unsentSheets(careSheets).map((sheet) => sheet.id);
      for (const id of sent) updateCareSheet(id, { sentOn: day });
      offerUndo(t('reminders.doneNotice', { title }), () => {
        for (const id of sent) updateCareSheet(id, { sentOn: undefined });
      });
    } else {
      markReminder(reminder.id, { doneOn: day });
      offerUndo(t('reminders.doneNotice', { title }), () => markReminder(reminder.id, { doneOn: previous?.doneOn }));
    }
    afterAction();
  };
  const doneLabel = reminder.completes
    ? t(`reminders.complete.${reminder.completes}`)
    : t(reminder.id === 'send-care-sheets' ? 'reminders.allSent' : 'reminders.done');

  return (
    <li className="reminder">
      <h3>{title}</h3>
      <p>{t(`reminders.rules.${reminder.id}.body`, { count: reminder.count ?? 0 })}</p>
      <p className="links">
        <a href={hrefFor(reminder.screen)}>{t(`reminders.open.${reminder.screen}`)}</a>
      </p>
      <div className="actions">
        <button type="button" className="button primary" onClick={done}>
          {doneLabel}
        </button>
        <button
          type="button"
          className="button"
          onClick={() => {
            markReminder(reminder.id, { snoozedUntil: addDays(today(), SNOOZE_DAYS) });
            afterAction();
          }}
          aria-label={t('reminders.snoozeNamed', { title })}
        >
          {t('reminders.snooze')}
        </button>
      </div>
    </li>
  );
}
