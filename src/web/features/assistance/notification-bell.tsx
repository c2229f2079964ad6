// The header's bell: the number of unread notifications, linking to the notifications page. Part of the initial
// bundle, so it talks to the API directly (no feature client) and refreshes on page changes and every two minutes.
import { useEffect, useState } from 'react';
import { apiClient } from '#web/api.ts';
import { useI18n } from '#web/i18n/i18n.tsx';
import { href, Link, useLocation } from '#web/router.tsx';
import { useSession } from '#web/session.tsx';

/** Unread count from GET /me/notifications: its `unread` figure, else the unread among the first page. */
export function unreadCount(body: unknown): number {
  if (typeof body !== 'object' || body === null) return 0;
  const b = body as { unread?: unknown; unreadCount?: unknown; data?: { readAt?: string | null }[] };
  const direct = b.unread ?? b.unreadCount;
  if (typeof direct === 'number') return direct;
  return (b.data ?? []).filter((n) => !n.readAt).length;
}

export function NotificationBell() {
  const { t, lang, number } = useI18n();
  const { user } = useSession();
  const location = useLocation();
  const [count, setCount] = useState(0);
  const [tick, setTick] = useState(0);
  useEffect(() => {
    const id = window.setInterval(() => setTick((n) => n + 1), 120_000);
    const refresh = () => setTick((n) => n + 1);
    window.addEventListener('accord:notifications-read', refresh);
    return () => {
      window.clearInterval(id);
      window.removeEventListener('accord:notifications-read', refresh);
    };
  }, []);
  useEffect(() => {
    if (!user) return;
    const controller = new AbortController();
    apiClient
      .getJson('/me/notifications', { unread: 'true', pageSize: 50 }, controller.signal)
      .then((body) => setCount(unreadCount(body)))
      .catch(() => undefined);
    return () => controller.abort();
  }, [user, location.pathname, tick]);
  if (!user) return null;
  const label = t('notifications.bell', { count });
  return (
    <Link className="notification-bell" to={href(lang, '/notifications')} aria-label={label} title={label}>
      {/* Drawn rather than an emoji: not every system has a font with 🔔 (it showed as an empty box). */}
      <svg className="bell-icon" aria-hidden="true" focusable="false" viewBox="0 0 24 24" width="20" height="20">
        <path
          fill="currentColor"
          d="M12 22a2.5 2.5 0 0 0 2.45-2h-4.9A2.5 2.5 0 0 0 12 22Zm7-6V11a7 7 0 0 0-5.5-6.84V3.5a1.5 1.5 0 0 0-3 0v.66A7 7 0 0 0 5 11v5l-2 2v1h18v-1l-2-2Z"
        />
      </svg>
      {count > 0 ? (
        <span className="bell-count" aria-hidden="true">
          {count > 99 ? '99+' : number(count)}
        </span>
      ) : null}
    </Link>
  );
}
