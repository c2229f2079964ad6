// The conversation on a request: the messages between the requesting State and the entity, oldest first, and a form
// to write one when the reader is a party (`abilities.comment`).
import { useState } from 'react';
import { ApiError } from '#web/api.ts';
import type { AssistanceRequestDetail } from '#web/api-types.ts';
import { FormAlert, SubmitButton, useSubmit } from '#web/components/forms.tsx';
import { DateTime } from '#web/features/accounts/labels.tsx';
import { requestsApi } from '#web/features/assistance/requests-api.ts';
import { LabelledField, useOrganisationName } from '#web/features/assistance/requests-ui.tsx';
import { useI18n } from '#web/i18n/i18n.tsx';

export function Conversation({
  request,
  mayComment,
  onPosted,
}: {
  request: AssistanceRequestDetail;
  mayComment: boolean;
  onPosted: () => void;
}) {
  const { t } = useI18n();
  const orgName = useOrganisationName();
  const [body, setBody] = useState('');
  const submit = useSubmit(
    async () => {
      const text = body.trim();
      if (!text) {
        throw new ApiError(400, 'VALIDATION_FAILED', 'Empty message.', {}, [{ path: ['body', 'body'], message: 'required', code: 'required' }]);
      }
      return (await requestsApi.postMessage(request.id, text)).data;
    },
    () => {
      setBody('');
      onPosted();
    },
  );
  return (
    <section aria-labelledby="request-conversation" className="conversation">
      <h2 id="request-conversation">{t('requests.conversation.heading')}</h2>
      <p className="hint">{t('requests.conversation.intro')}</p>
      {request.messages.length === 0 ? (
        <p className="muted">{t('requests.conversation.none')}</p>
      ) : (
        <ol className="messages">
          {request.messages.map((m) => (
            <li key={m.id}>
              <p className="message-meta">
                {/* Isolated: a Latin name beside Arabic words (or the reverse) keeps its own order and its commas. */}
                <strong>
                  <bdi>{m.authorName ?? t('requests.timeline.someone')}</bdi>
                </strong>
                {m.authorOrganisationId ? (
                  <>
                    {t('common.separator')}
                    <bdi>{orgName(m.authorOrganisationId, m.authorOrganisationName)}</bdi>
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
      {mayComment ? (
        <>
          <FormAlert error={submit.error} shownFields={['body']} />
          <form onSubmit={submit.onSubmit} className="stack" noValidate>
            <LabelledField id="request-message" label={t('requests.conversation.message')} issues={submit.issues('body')}>
              {(control) => (
                <textarea {...control} rows={4} required value={body} onChange={(e) => setBody(e.target.value)} dir="auto" />
              )}
            </LabelledField>
            <div className="actions">
              <SubmitButton pending={submit.pending}>{t('requests.conversation.send')}</SubmitButton>
            </div>
          </form>
        </>
      ) : null}
    </section>
  );
}
