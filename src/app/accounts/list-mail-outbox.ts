// The mail outbox for developers without an SMTP server (`accord mail outbox`): what was queued, whether it went,
// and the links it carries (invitation and password-reset links can then be opened by hand).
import type { Db } from '#db/client.ts';
import { createMailOutboxRepo } from '#db/repos/accounts/mail-outbox.repo.ts';
import { MAX_ATTEMPTS } from './deliver-mail.ts';

export interface OutboxEntry {
  id: number;
  createdAt: string;
  to: string;
  subject: string;
  status: 'queued' | 'sent' | 'failed';
  sentAt: string | null;
  attempts: number;
  lastError: string | null;
  links: string[];
  text: string;
}

export async function listMailOutbox(db: Db, options: { limit: number; unsentOnly?: boolean }): Promise<OutboxEntry[]> {
  const rows = await createMailOutboxRepo(db).list(options);
  return rows.map((r) => ({
    id: r.id,
    createdAt: r.createdAt.toISOString(),
    to: r.to,
    subject: r.subject,
    status: r.sentAt ? 'sent' : r.attempts >= MAX_ATTEMPTS ? 'failed' : 'queued',
    sentAt: r.sentAt?.toISOString() ?? null,
    attempts: r.attempts,
    lastError: r.lastError,
    links: [...new Set(r.text.match(/https?:\/\/\S+/g) ?? [])],
    text: r.text,
  }));
}
