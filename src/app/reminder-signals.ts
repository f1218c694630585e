import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useShallow } from 'zustand/react/shallow';
import { isBlank } from '../domain/reminder-marks';
import { loadTranslations } from '../i18n/i18n';
import { reminderInput } from '../store/selectors';
import { today } from '../device/today';
import { useApp } from '../components/store-context';

type BadgeNavigator = Navigator & { setAppBadge?(count?: number): Promise<void>; clearAppBadge?(): Promise<void> };

/**
 * Without a server, reminders reach the student when the app opens: the icon badge shows how many are due,
 * and, if the student opted in, one system notification a day (clicking it opens the home screen).
 * The rules and their strings load only when the student has entered something: a first visit needs neither.
 */
export function useReminderSignals(): void {
  const { t } = useTranslation();
  const input = useApp(useShallow(reminderInput));
  const notifications = useApp((s) => s.notifications);
  const noteShown = useApp((s) => s.noteNotificationShown);

  useEffect(() => {
    const nav = navigator as BadgeNavigator;
    if (isBlank(input)) {
      nav.clearAppBadge?.().catch(() => undefined);
      return;
    }
    let live = true;
    const signal = async () => {
      const { dueReminders } = await import('../domain/reminders');
      if (!live) return;
      const day = today();
      const due = dueReminders(input, day);
      if (due.length > 0) nav.setAppBadge?.(due.length).catch(() => undefined);
      else nav.clearAppBadge?.().catch(() => undefined);

      const allowed = typeof Notification !== 'undefined' && Notification.permission === 'granted';
      if (!notifications.enabled || !allowed || due.length === 0 || notifications.lastShownOn === day) return;
      if (!('serviceWorker' in navigator)) return;
      noteShown(day);
      const [registration] = await Promise.all([navigator.serviceWorker.ready, loadTranslations('reminders')]);
      await registration.showNotification(t('reminders.notificationTitle', { count: due.length }), {
        body: due.map((reminder) => t(`reminders.rules.${reminder.id}.title`)).join('\n'),
        tag: 'secu-steps-reminders',
        icon: '/icon-192.png',
        data: { url: '/#/' },
      });
    };
    void signal().catch(() => undefined);
    return () => {
      live = false;
    };
  }, [input, notifications, noteShown, t]);
}
