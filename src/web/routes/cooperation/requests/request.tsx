// One request for MLA or extradition (`/{lang}/cooperation/requests/{id}`): the record both authorities share (States,
// authorities, status and its date, each side's reference, the dates), an overdue notice, the acts the reader may take
// now (from `abilities.events`, never re-derived), the timeline, the conversation, the content when the reader may
// see it, and for the requesting authority who sees it, its people, attachments, a duplicate and the documents.
// Anyone who is not a party gets the same not-found page as for a request that does not exist.
import { useEffect, useState, type ReactNode } from 'react';
import { Loading, Name, useDocumentTitle } from '#web/components/common.tsx';
import { FormAlert, StatusMessage } from '#web/components/forms.tsx';
import { DateTime } from '#web/features/accounts/labels.tsx';
import { SignedIn } from '#web/features/accounts/sign-in-flow.tsx';
import { requestDates } from '#web/features/cooperation/request-tracking.ts';
import { cooperationRequestsApi, type CooperationRequestDetail } from '#web/features/cooperation/cooperation-requests-api.ts';
import { useI18n, type MessageKey } from '#web/i18n/i18n.tsx';
import { href, Link } from '#web/router.tsx';
import { useSession } from '#web/session.tsx';
import { useApi } from '#web/use-api.ts';
import { RequestContentSummary } from './request-content.tsx';
import { RequestConversation } from './request-conversation.tsx';
import { RequestSharing } from './request-sharing.tsx';
import { TrackingActions } from './tracking-actions.tsx';
import '#web/features/cooperation/request-tracking.css';

export function CooperationRequestPage({ id }: { id: string }) {
  return (
    <SignedIn>
      <RequestScreen id={id} />
    </SignedIn>
  );
}

export function CoopStatusBadge({ status }: { status: string }) {
  const { t } = useI18n();
  return <span className={`badge coop-status-${status}`}>{t(`requestTracking.status.${status}` as MessageKey)}</span>;
}

function RequestScreen({ id }: { id: string }) {
  const { t, tx, lang, localize } = useI18n();
  const session = useSession();
  const [version, setVersion] = useState(0);
  const [notice, setNotice] = useState<string | null>(null);
  const loaded = useApi(`cooperation-request:${id}:${session.user?.id ?? ''}:${version}`, (signal) => cooperationRequestsApi.get(id, signal));
  const r = loaded.data?.data;
  const kind = r ? t(`requestTracking.kind.${r.kind}` as MessageKey) : null;
  const requested = r ? localize(r.requestedState.names, r.requestedState.code).text : '';
  useDocumentTitle(r ? t('requestTracking.heading', { kind: kind!, state: requested }) : t('requestTracking.title'));
  // Another request (another id in the address) starts without the previous one's notice.
  useEffect(() => setNotice(null), [id]);
  const reload = (message: string) => {
    setNotice(message);
    setVersion((v) => v + 1);
  };

  if (loaded.error && !r) {
    return (
      <>
        <h1 tabIndex={-1}>{t('requestTracking.title')}</h1>
        <FormAlert error={loaded.error} messages={{ NOT_FOUND: t('errors.recordNotFound') }} focus={false} />
        <p>
          <Link to={href(lang, '/cooperation/requests')}>{t('requestTracking.back')}</Link>
        </p>
      </>
    );
  }
  if (!r) return <Loading />;
  const requesting = r.sides.includes('requesting');
  return (
    <article className="request cooperation-request">
      <p className="breadcrumb">
        <Link to={href(lang, '/cooperation/requests')}>{t('requestTracking.back')}</Link>
      </p>
      <h1 tabIndex={-1}>{t('requestTracking.heading', { kind: kind!, state: requested })}</h1>
      <p className="request-badges">
        {tx('requestTracking.statusSince', { status: <CoopStatusBadge status={r.status} />, date: <DateTime iso={r.statusChangedAt} /> })}
        {r.refusalGround ? (
          <>
            {t('common.separator')}
            {t('requestTracking.timeline.ground', { ground: t(`requestTracking.ground.${r.refusalGround}` as MessageKey) })}
          </>
        ) : null}
      </p>
      <StatusMessage focus={notice !== null}>{notice}</StatusMessage>
      {r.overdue ? (
        <p className="notice" data-testid="overdue-notice">
          {tx('requestTracking.overdue', { date: <DateTime iso={r.statusChangedAt} /> })}
        </p>
      ) : null}
      {r.status === 'draft' && r.abilities.edit ? (
        <p className="actions">
          <Link className="button primary" to={href(lang, `/cooperation/requests/${encodeURIComponent(r.id)}/edit`)}>
            {t('requestTracking.documents.edit')}
          </Link>
        </p>
      ) : null}
      {r.abilities.events.length ? (
        <TrackingActions
          request={r}
          events={r.abilities.events}
          onDone={(event) => reload(t('requestTracking.actions.done', { action: t(`requestTracking.eventDone.${event}` as MessageKey) }))}
        />
      ) : null}
      <Record request={r} />
      <Timeline request={r} />
      <RequestConversation request={r} onPosted={() => reload(t('requestTracking.conversation.sent'))} />
      <RequestContentSummary request={r} />
      {requesting ? <RequestSharing request={r} onChanged={reload} /> : null}
    </article>
  );
}

function Record({ request: r }: { request: CooperationRequestDetail }) {
  const { t, tx, lang } = useI18n();
  const none = <span className="muted">{t('requestTracking.fields.none')}</span>;
  const row = (label: string, value: ReactNode) => (
    <div key={label}>
      <dt>{label}</dt>
      <dd>{value}</dd>
    </div>
  );
  return (
    <section aria-labelledby="request-record">
      <h2 id="request-record">{t('requestTracking.record')}</h2>
      <dl className="facts">
        {row(t('requestTracking.fields.kind'), t(`requestTracking.kind.${r.kind}` as MessageKey))}
        {row(t('requestTracking.fields.requestingState'), <Name text={r.requestingState.names} fallback={r.requestingState.code} />)}
        {row(t('requestTracking.fields.requestingAuthority'), <bdi>{r.requestingOrganisation.name}</bdi>)}
        {row(t('requestTracking.fields.requestedState'), <Name text={r.requestedState.names} fallback={r.requestedState.code} />)}
        {row(
          t('requestTracking.fields.requestedAuthority'),
          r.requestedAuthority ? (
            <Link to={href(lang, `/cooperation/authorities/${encodeURIComponent(r.requestedAuthority.id)}`)}>
              <bdi>{r.requestedAuthority.name}</bdi>
            </Link>
          ) : (
            none
          ),
        )}
        {row(
          t('requestTracking.fields.status'),
          <>
            {tx('requestTracking.statusSince', { status: <CoopStatusBadge status={r.status} />, date: <DateTime iso={r.statusChangedAt} /> })}
          </>,
        )}
        {r.refusalGround ? row(t('requestTracking.fields.refusalGround'), t(`requestTracking.ground.${r.refusalGround}` as MessageKey)) : null}
        {row(t('requestTracking.fields.requestingReference'), r.requestingReference ? <bdi data-testid="requesting-reference">{r.requestingReference}</bdi> : none)}
        {row(t('requestTracking.fields.requestedReference'), r.requestedReference ? <bdi data-testid="requested-reference">{r.requestedReference}</bdi> : none)}
        {requestDates(r).map((d) => row(t(`requestTracking.fields.${d.kind}` as MessageKey), <DateTime iso={d.at} />))}
        {r.duplicatedFrom
          ? row(
              t('requestTracking.fields.duplicatedFrom'),
              <Link to={href(lang, `/cooperation/requests/${encodeURIComponent(r.duplicatedFrom)}`)}>{t('requestTracking.fields.openOriginal')}</Link>,
            )
          : null}
      </dl>
    </section>
  );
}

function Timeline({ request: r }: { request: CooperationRequestDetail }) {
  const { t } = useI18n();
  return (
    <section aria-labelledby="request-timeline">
      <h2 id="request-timeline">{t('requestTracking.timeline.heading')}</h2>
      <ol className="timeline request-timeline">
        {r.events.map((e) => (
          <li key={e.id}>
            <span className="timeline-date">
              <DateTime iso={e.at} />
            </span>
            <span>
              <strong>{t(`requestTracking.eventDone.${e.event}` as MessageKey)}</strong>
              {e.toStatus !== e.fromStatus ? (
                <>
                  {' '}
                  <CoopStatusBadge status={e.toStatus} />
                </>
              ) : null}
              <span className="timeline-text">
                {t(`requestTracking.side.${e.side}` as MessageKey)}
                {/* A name is shown to its own side only; the other side sees the authority. */}
                {e.by ? (
                  <>
                    {t('common.separator')}
                    <bdi>{e.by}</bdi>
                  </>
                ) : null}
              </span>
              {e.ground ? (
                <span className="timeline-text">{t('requestTracking.timeline.ground', { ground: t(`requestTracking.ground.${e.ground}` as MessageKey) })}</span>
              ) : null}
              {e.note ? (
                <span className="timeline-comment prose" dir="auto">
                  {e.note}
                </span>
              ) : null}
            </span>
          </li>
        ))}
      </ol>
    </section>
  );
}
