// Mail is written to the outbox in the same transaction as the decision to send it (an invitation, a reset), so
// nothing is sent for a change that rolled back and nothing decided is lost if the mail server is down. A worker
// delivers the outbox by SMTP when SMTP_URL is set; otherwise a developer reads it (`accord mail outbox`).
import type { Db } from '#db/client.ts';
import { mailOutbox } from '#db/schema/index.ts';

export interface MailMessage {
  to: string;
  subject: string;
  text: string;
  html?: string | null;
}

export async function queueMail(db: Db, message: MailMessage, now: Date): Promise<number> {
  const [row] = await db
    .insert(mailOutbox)
    .values({ createdAt: now, to: message.to, subject: message.subject, text: message.text, html: message.html ?? null })
    .returning({ id: mailOutbox.id });
  return row!.id;
}
