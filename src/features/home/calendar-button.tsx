import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { scheduledReminders } from '../../domain/reminders';
import { reminderInput } from '../../store/selectors';
import { saveFile } from '../../device/save-file';
import { today } from '../../device/today';
import { useApp, useAppStoreApi } from '../../components/store-context';

/** Exports every upcoming reminder as an .ics file; the calendar code loads only when asked for. */
export function CalendarButton() {
  const { t } = useTranslation();
  const count = useApp((s) => scheduledReminders(reminderInput(s), today()).length);
  const [result, setResult] = useState<'shared' | 'downloaded' | 'failed' | null>(null);
  const store = useAppStoreApi();

  const exportCalendar = async () => {
    try {
      const { buildCalendar, calendarFileName } = await import('../../domain/calendar');
      const day = today();
      const events = scheduledReminders(reminderInput(store.getState()), day).map((reminder) => ({
        uid: `${reminder.id}@secu-steps`,
        day: reminder.dueOn > day ? reminder.dueOn : day,
        title: t(`reminders.rules.${reminder.id}.title`),
        description: `${t(`reminders.rules.${reminder.id}.body`, { count: reminder.count ?? 0 })}\n\n${t('reminders.calendarFooter')}`,
        alarmDaysBefore: 0,
      }));
      const text = buildCalendar(events, { now: new Date(), productId: '-//Sécu Steps//Reminders//EN', calendarName: t('app.name') });
      const outcome = await saveFile(new File([text], calendarFileName(day), { type: 'text/calendar' }));
      if (outcome !== 'cancelled') setResult(outcome);
    } catch {
      setResult('failed');
    }
  };

  return (
    <div className="calendar-export">
      <button type="button" className="button" onClick={() => void exportCalendar()} disabled={count === 0}>
        {t('reminders.calendar')}
      </button>
      {count === 0 && <p className="hint">{t('reminders.calendarEmpty')}</p>}
      <p role="status" className="hint">
        {result && t(`reminders.calendarResult.${result}`)}
      </p>
    </div>
  );
}
