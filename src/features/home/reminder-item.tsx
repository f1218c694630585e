import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useOfferUndo } from '../../components/undo-notice';
import { unsentSheets } from '../../domain/care-sheets';
import { markFor, type Reminder, type ReminderAnswer } from '../../domain/reminders';
import { today } from '../../device/today';
import { hrefFor } from '../../navigation/routes';
import { useApp, useAppStoreApi } from '../../components/store-context';
import { TermsText } from '../../components/terms-text';

interface Props {
  reminder: Reminder;
  /** Called after an answer that removes the reminder, so focus is not lost; `refused` shows what to do. */
  afterAnswer(answer: ReminderAnswer): void;
}

/** One due reminder, with the answers its rule offers (src/domain/reminders.ts), each doing what it says. */
export function ReminderItem({ reminder, afterAnswer }: Props) {
  const { t } = useTranslation();
  const titleId = useId();
  const store = useAppStoreApi();
  const markReminder = useApp((s) => s.markReminder);
  const setAfterTask = useApp((s) => s.setAfterTask);
  const updateCareSheet = useApp((s) => s.updateCareSheet);
  const offerUndo = useOfferUndo();
  const title = t(`reminders.rules.${reminder.id}.title`);
  const label = (answer: ReminderAnswer) => t(`reminders.rules.${reminder.id}.answers.${answer.id}`);

  const answer = (chosen: ReminderAnswer) => {
    const day = today();
    const previous = store.getState().reminders[reminder.id] ?? {};
    const effect = chosen.effect;
    let undoOther = () => {};
    if (effect.kind === 'complete') {
      setAfterTask(effect.task, day);
      undoOther = () => setAfterTask(effect.task, null);
    } else if (effect.kind === 'send-all') {
      // The sheets went out: recorded on the sheets themselves, so the totals agree.
      const sent = unsentSheets(store.getState().careSheets).map((sheet) => sheet.id);
      for (const id of sent) updateCareSheet(id, { sentOn: day });
      undoOther = () => {
        for (const id of sent) updateCareSheet(id, { sentOn: undefined });
      };
    }
    const mark = markFor(effect, day);
    if (mark) markReminder(reminder.id, mark);
    offerUndo(t('reminders.answered', { title, answer: label(chosen) }), () => {
      undoOther();
      markReminder(reminder.id, { doneOn: previous.doneOn, snoozedUntil: previous.snoozedUntil });
    });
    afterAnswer(chosen);
  };

  return (
    <li className="reminder">
      <h3 id={titleId}>{title}</h3>
      <p>
        <TermsText>{t(`reminders.rules.${reminder.id}.body`, { count: reminder.count ?? 0 })}</TermsText>
      </p>
      <div className="actions">
        {reminder.answers.map((choice, index) =>
          choice.effect.kind === 'open' ? (
            <a
              key={choice.id}
              className={index === 0 ? 'button primary' : 'button'}
              href={hrefFor(choice.effect.screen)}
              aria-describedby={titleId}
            >
              {label(choice)}
            </a>
          ) : (
            <button
              key={choice.id}
              type="button"
              className={index === 0 ? 'button primary' : 'button'}
              onClick={() => answer(choice)}
              aria-describedby={titleId}
            >
              {label(choice)}
            </button>
          ),
        )}
      </div>
    </li>
  );
}
