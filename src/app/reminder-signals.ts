import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useShallow } from 'zustand/react/shallow';
import { dueReminders } from '../domain/reminders';
import { reminderInput } from '../store/selectors';
import { today } from '../device/today';
import { useApp } from '../components/store-context';
import { loadTranslations } from '../i18n/i18n';

type BadgeNavigator = Navigator & { setAppBadge?(count?: number): Promise<void>; clearAppBadge?(): Promise<void> };

/**
 * Without a server, reminders reach the student when the app opens: the icon badge shows how many are due,
 * and, if the student opted in, one system notification a day (clicking it opens the home screen).
 */
export function useReminderSignals(): void {
  const { t } = useTranslation();
  const input = useApp(useShallow(reminderInput));
  const notifications = useApp((s) => s.notifications);
  const noteShown = useApp((s) => s.noteNotificationShown);

  useEffect(() => {
    const day = today();
    const due = dueReminders(input, day);
    const nav = navigator as BadgeNavigator;
    if (due.length > 0) nav.setAppBadge?.(due.length).catch(() => undefined);
    else nav.clearAppBadge?.().catch(() => undefined);

    const allowed = typeof Notification !== 'undefined' && Notification.permission === 'granted';
    if (!notifications.enabled || !allowed || due.length === 0 || notifications.lastShownOn === day) return;
    if (!('serviceWorker' in navigator)) return;
    noteShown(day);
    // The reminders' strings load with the reminders, not at start-up.
    void Promise.all([navigator.serviceWorker.ready, loadTranslations('reminders')]).then(([registration]) =>
      registration.showNotification(t('reminders.notificationTitle', { count: due.length }), {
        body: due.map((reminder) => t(`reminders.rules.${reminder.id}.title`)).join('\n'),
        tag: 'secu-steps-reminders',
        icon: '/icon-192.png',
        data: { url: '/#/' },
      }),
    );
  }, [input, notifications, noteShown, t]);
}
