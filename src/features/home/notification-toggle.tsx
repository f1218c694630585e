import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApp } from '../../components/store-context';

/** Opting in to a system notification for due reminders. Permission is asked only when the student ticks it. */
export function NotificationToggle() {
  const { t } = useTranslation();
  const enabled = useApp((s) => s.notifications.enabled);
  const setNotifications = useApp((s) => s.setNotifications);
  const [problem, setProblem] = useState<'unsupported' | 'denied' | null>(null);
  if (typeof Notification === 'undefined') return null;

  const toggle = async (checked: boolean) => {
    setProblem(null);
    if (!checked) {
      setNotifications(false);
      return;
    }
    const permission = Notification.permission === 'default' ? await Notification.requestPermission() : Notification.permission;
    if (permission !== 'granted') {
      setProblem('denied');
      return;
    }
    setNotifications(true);
  };

  return (
    <div className="field">
      <div className="done-checkbox">
        <input
          id="notify-reminders"
          type="checkbox"
          checked={enabled && Notification.permission === 'granted'}
          onChange={(event) => void toggle(event.target.checked)}
          aria-describedby="notify-reminders-hint"
        />
        <label htmlFor="notify-reminders">{t('reminders.notify')}</label>
        <p className="hint" id="notify-reminders-hint">
          {t('reminders.notifyHint')}
        </p>
      </div>
      {problem && (
        <p className="message warning" role="alert">
          {t(`reminders.notifyProblem.${problem}`)}
        </p>
      )}
    </div>
  );
}
