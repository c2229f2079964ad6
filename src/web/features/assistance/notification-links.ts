// Where a notification leads: the API gives the record's page as a path in the language the notification was written
// for; the reader opens it in the language they read in now.
import type { NotificationView } from '#web/api-types.ts';

/** The record's page in the reader's language, or null when the record is no longer visible to them. */
export function recordLink(lang: string, n: Pick<NotificationView, 'available' | 'link'>): string | null {
  if (!n.available || !n.link) return null;
  const path = n.link.replace(/^\/(ar|zh|en|fr|ru|es)(?=\/)/, '');
  return path.startsWith('/') && !path.startsWith('//') ? `/${lang}${path}` : null;
}
