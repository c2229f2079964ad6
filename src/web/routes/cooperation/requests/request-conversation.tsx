// The conversation between the two authorities on a sent request, oldest first, and a form to write to the other side
// when the reader may (`abilities.message`). Names are shown to their own side only; the other side sees the authority.
import { useState } from 'react';
import { ApiError } from '#web/api.ts';
import { FormAlert, SubmitButton, useSubmit } from '#web/components/forms.tsx';
import { DateTime } from '#web/features/accounts/labels.tsx';
import { LabelledField } from '#web/features/assistance/requests-ui.tsx';
import { cooperationRequestsApi, type CooperationRequestDetail } from '#web/features/cooperation/cooperation-requests-api.ts';
import { useI18n, type MessageKey } from '#web/i18n/i18n.tsx';

export function RequestConversation({ request, onPosted }: { request: CooperationRequestDetail; onPosted: () => void }) {
  const { t } = useI18n();
  const [body, setBody] = useState('');
  const submit = useSubmit(
    async () => {
      if (!body.trim()) {
        throw new ApiError(400, 'VALIDATION_FAILED', 'Empty message.', {}, [{ path: ['body', 'body'], message: 'required', code: 'required' }]);
      }
      return (await cooperationRequestsApi.postMessage(request.id, body)).data;
    },
    () => {
      setBody('');
      onPosted();
    },
  );
  // A draft has no conversation yet: nobody else sees it.
  if (request.status === 'draft') return null;
  return (
    <section aria-labelledby="request-conversation" className="conversation">
      <h2 id="request-conversation">{t('requestTracking.conversation.heading')}</h2>
      <p className="hint">{t('requestTracking.conversation.intro')}</p>
      {request.messages.length === 0 ? (
        <p className="muted">{t('requestTracking.conversation.none')}</p>
      ) : (
        <ol className="messages">
          {request.messages.map((m) => (
            <li key={m.id}>
              <p className="message-meta">
                <strong>{t(`requestTracking.side.${m.side}` as MessageKey)}</strong>
                {m.author ? (
                  <>
                    {t('common.separator')}
                    <bdi>{m.author}</bdi>
                  </>
                ) : null}
                {t('common.separator')}
                <DateTime iso={m.createdAt} />
              </p>
              <p className="prose" dir="auto">
                {m.body}
              </p>
            </li>
          ))}
        </ol>
      )}
      {request.abilities.message ? (
        <>
          <FormAlert error={submit.error} shownFields={['body']} />
          <form onSubmit={submit.onSubmit} className="stack" noValidate>
            <LabelledField id="request-message" label={t('requestTracking.conversation.message')} issues={submit.issues('body')}>
              {(control) => <textarea {...control} rows={4} required maxLength={10000} value={body} onChange={(e) => setBody(e.target.value)} dir="auto" />}
            </LabelledField>
            <div className="actions">
              <SubmitButton pending={submit.pending}>{t('requestTracking.conversation.send')}</SubmitButton>
            </div>
          </form>
        </>
      ) : null}
    </section>
  );
}
