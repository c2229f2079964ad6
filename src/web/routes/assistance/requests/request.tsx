// One request (`/{lang}/requests/{id}`): what it asks, where it stands, its timeline, the conversation between the
// State and the entity, the acts the reader may take now (from `abilities.events`, never re-derived), and the
// activities and results under it.
import { useEffect, useState } from 'react';
import { api, documentsApi } from '#web/api.ts';
import type { AssistanceRequestDetail, RequestAttachmentView } from '#web/api-types.ts';
import { DateText, Loading, useDocumentTitle } from '#web/components/common.tsx';
import { FormAlert, StatusMessage } from '#web/components/forms.tsx';
import { DateTime } from '#web/features/accounts/labels.tsx';
import { useStateName } from '#web/features/accounts/reference.tsx';
import { SignedIn } from '#web/features/accounts/sign-in-flow.tsx';
import { mayPlanActivity, primaryRequestAction } from '#web/features/assistance/request-next-step.ts';
import { requestsApi } from '#web/features/assistance/requests-api.ts';
import {
  requestWords,
  RequestStatusBadge,
  UrgencyBadge,
  useOrganisationName,
  useRequestWords,
} from '#web/features/assistance/requests-ui.tsx';
import { useI18n } from '#web/i18n/i18n.tsx';
import { href, Link, navigate, useSearch } from '#web/router.tsx';
import { useSession } from '#web/session.tsx';
import { useApi } from '#web/use-api.ts';
import { Conversation } from './conversation.tsx';
import { RequestActions } from './actions.tsx';

export function RequestPage({ id }: { id: string }) {
  return (
    <SignedIn>
      <RequestScreen id={id} />
    </SignedIn>
  );
}

function RequestScreen({ id }: { id: string }) {
  const { t, lang } = useI18n();
  const session = useSession();
  const [params] = useSearch();
  const [version, setVersion] = useState(0);
  const [notice, setNotice] = useState<string | null>(null);
  const request = useApi(`request:${id}:${session.user?.id ?? ''}:${version}`, (signal) => requestsApi.get(id, signal));
  const r = request.data?.data;
  const abilities = request.data?.abilities ?? {};
  useDocumentTitle(r ? `${r.reference} — ${r.title}` : t('requests.request.title'));
  // A new request (another id in the address) starts without the previous one's notice.
  useEffect(() => setNotice(null), [id]);

  if (request.error && !r) {
    return (
      <>
        <h1 tabIndex={-1}>{t('requests.request.title')}</h1>
        <FormAlert error={request.error} messages={{ NOT_FOUND: t('errors.recordNotFound') }} focus={false} />
        <p>
          <Link to={href(lang, '/requests')}>{t('requests.back')}</Link>
        </p>
      </>
    );
  }
  if (!r) return <Loading />;
  const events = Array.isArray(abilities.events) ? (abilities.events as string[]) : [];
  const planActivity = mayPlanActivity(r.status, events);
  const primary = primaryRequestAction(r.status, events);
  const planLink = planActivity ? (
    <Link className={primary === 'plan-activity' ? 'button primary' : 'button'} to={href(lang, '/activities/new', { requestId: r.id })}>
      {t('requests.delivery.planActivity')}
    </Link>
  ) : null;

  return (
    <article className="request">
      <p className="breadcrumb">
        <Link to={href(lang, '/requests')}>{t('requests.back')}</Link>
      </p>
      <h1 tabIndex={-1}>
        <span dir="auto">{r.title}</span>
      </h1>
      <p className="request-badges">
        <span className="reference" dir="ltr">
          {r.reference}
        </span>{' '}
        <RequestStatusBadge status={r.status} /> <UrgencyBadge urgency={r.urgency} />
      </p>
      <StatusMessage focus={notice !== null}>
        {notice ?? (params.get('submitted') ? t('requests.request.submittedNotice') : null)}
      </StatusMessage>
      {abilities.update === true && r.status === 'draft' ? (
        <div className="actions">
          <Link className="button primary" to={href(lang, `/requests/${encodeURIComponent(r.id)}/edit`)}>
            {t('requests.request.continueDraft')}
          </Link>
          <DeleteDraft request={r} />
        </div>
      ) : null}
      {events.length ? (
        <RequestActions
          request={r}
          events={events}
          primary={primary}
          lead={planLink}
          onDone={(event) => {
            setNotice(t('requests.request.transitionDone', { action: requestWords(t).eventDone(event) }));
            setVersion((v) => v + 1);
          }}
        />
      ) : null}
      <Details request={r} />
      <Timeline request={r} />
      <Conversation
        request={r}
        mayComment={abilities.comment === true}
        onPosted={() => {
          setNotice(t('requests.conversation.sent'));
          setVersion((v) => v + 1);
        }}
      />
      <Delivery request={r} />
    </article>
  );
}

function Attachment({ a }: { a: RequestAttachmentView }) {
  const { t } = useI18n();
  if (!a.title || !a.fileName) return <span className="muted">{t('requests.fields.attachmentUnavailable')}</span>;
  return (
    <a href={documentsApi.contentUrl(a.id)} download={a.fileName}>
      <span dir="auto">{a.title}</span> (<span dir="ltr">{a.fileName}</span>)
    </a>
  );
}

function Details({ request: r }: { request: AssistanceRequestDetail }) {
  const { t, lang, localize } = useI18n();
  const w = useRequestWords();
  const stateName = useStateName();
  const orgName = useOrganisationName();
  const instruments = useApi(r.instrumentIds.length ? 'instruments' : null, (signal) => api.instruments(signal));
  const instrument = (id: string) => {
    const i = instruments.data?.data.find((x) => x.id === id);
    const name = i ? localize(i.shortNames, id) : { text: id };
    return (
      <Link to={href(lang, `/instruments/${encodeURIComponent(id)}`)}>
        <span lang={'lang' in name ? name.lang : undefined}>{name.text}</span>
      </Link>
    );
  };
  const none = <span className="muted">{t('requests.wizard.none')}</span>;
  const noteVerbale = r.attachments.find((a) => a.id === r.noteVerbaleDocumentId);
  const others = r.attachments.filter((a) => a.id !== r.noteVerbaleDocumentId);
  return (
    <section aria-labelledby="request-details">
      <h2 id="request-details">{t('requests.request.details')}</h2>
      <dl className="facts">
        <div>
          <dt>{t('requests.fields.state')}</dt>
          <dd>{stateName(r.stateCode) || r.stateName}</dd>
        </div>
        <div>
          <dt>{t('requests.fields.requestingAuthority')}</dt>
          <dd>
            {r.requestingOrganisationId ? (
              <bdi>{orgName(r.requestingOrganisationId, r.requestingOrganisationName)}</bdi>
            ) : r.requestingAuthorityName ? (
              <bdi>{r.requestingAuthorityName}</bdi>
            ) : (
              none
            )}
          </dd>
        </div>
        <div>
          <dt>{t('requests.fields.addressedTo')}</dt>
          <dd>
            <bdi>{orgName(r.addressedToOrganisationId, r.addressedToOrganisationName)}</bdi>
          </dd>
        </div>
        {r.recordedOnBehalf ? (
          <div>
            <dt>{t('requests.fields.noteVerbale')}</dt>
            <dd>
              {t('requests.request.recordedOnBehalf')}
              {noteVerbale ? (
                <>
                  {t('common.separator')}
                  <Attachment a={noteVerbale} />
                </>
              ) : null}
            </dd>
          </div>
        ) : null}
        {r.referredFrom ? (
          <div>
            <dt>{t('requests.request.referredFrom')}</dt>
            <dd>
              <Link to={href(lang, `/requests/${encodeURIComponent(r.referredFrom.id)}`)}>
                <span dir="ltr">{r.referredFrom.reference}</span>
              </Link>
            </dd>
          </div>
        ) : null}
        <div>
          <dt>{t('requests.fields.themes')}</dt>
          <dd>
            {r.themes.length ? (
              <ul className="plain">
                {r.themes.map((th) => (
                  <li key={th}>{w.theme(th)}</li>
                ))}
              </ul>
            ) : (
              none
            )}
          </dd>
        </div>
        <div>
          <dt>{t('requests.fields.instruments')}</dt>
          <dd>
            {r.instrumentIds.length ? (
              <ul className="plain">
                {r.instrumentIds.map((i) => (
                  <li key={i}>{instrument(i)}</li>
                ))}
              </ul>
            ) : (
              none
            )}
          </dd>
        </div>
        <div>
          <dt>{t('requests.fields.mandates')}</dt>
          <dd>
            {r.mandates.length ? (
              <ul className="plain">
                {r.mandates.map((m) => (
                  <li key={m}>
                    {w.mandate(m)}
                    <span className="muted">{t('common.separator')}{w.mandateDescription(m)}</span>
                  </li>
                ))}
              </ul>
            ) : (
              none
            )}
          </dd>
        </div>
        <div>
          <dt>{t('requests.fields.modality')}</dt>
          <dd>{w.modality(r.modality)}</dd>
        </div>
        <div>
          <dt>{t('requests.fields.languages')}</dt>
          <dd>{r.languages.length ? r.languages.map(w.language).join(t('common.separator')) : none}</dd>
        </div>
        <div>
          <dt>{t('requests.request.submittedOn')}</dt>
          <dd>{r.submittedAt ? <DateTime iso={r.submittedAt} /> : none}</dd>
        </div>
        <div>
          <dt>{t('requests.request.statusSince')}</dt>
          <dd>
            <DateTime iso={r.statusChangedAt} />
          </dd>
        </div>
      </dl>
      <h3>{t('requests.fields.needs')}</h3>
      <p className="prose" dir="auto">
        {r.needs || none}
      </p>
      <h3>{t('requests.fields.priorities')}</h3>
      <p className="prose" dir="auto">
        {r.priorities || none}
      </p>
      <h3>{t('requests.fields.attachments')}</h3>
      {others.length ? (
        <ul className="attachments">
          {others.map((a) => (
            <li key={a.id}>
              <Attachment a={a} />
            </li>
          ))}
        </ul>
      ) : (
        <p className="muted">{t('requests.fields.noAttachment')}</p>
      )}
    </section>
  );
}

function Timeline({ request: r }: { request: AssistanceRequestDetail }) {
  const { t, lang } = useI18n();
  const w = useRequestWords();
  const orgName = useOrganisationName();
  return (
    <section aria-labelledby="request-timeline">
      <h2 id="request-timeline">{t('requests.timeline.heading')}</h2>
      <ol className="timeline request-timeline">
        {r.timeline.map((e) => (
          <li key={e.id}>
            <span className="timeline-date">
              <DateTime iso={e.at} />
            </span>
            <span>
              <strong>{w.eventDone(e.event)}</strong>
              {e.to !== e.from ? (
                <>
                  {' '}
                  <RequestStatusBadge status={e.to} />
                </>
              ) : null}
              <span className="timeline-text">
                {e.byName ? t('requests.timeline.by', { name: e.byName }) : t('requests.timeline.byUnknown')}
              </span>
              {e.reason ? <span className="timeline-text">{t('requests.timeline.reason', { reason: w.declineReason(e.reason) })}</span> : null}
              {e.referredToOrganisationId ? (
                <span className="timeline-text">
                  {t('requests.timeline.referredTo', { entity: orgName(e.referredToOrganisationId, e.referredToOrganisationName) })}
                  {e.referralRequestId ? (
                    <>
                      {' '}
                      <Link to={href(lang, `/requests/${encodeURIComponent(e.referralRequestId)}`)}>{t('requests.timeline.openReferral')}</Link>
                    </>
                  ) : null}
                </span>
              ) : null}
              {e.comment ? (
                <span className="timeline-comment prose" dir="auto">
                  {e.comment}
                </span>
              ) : null}
            </span>
          </li>
        ))}
      </ol>
    </section>
  );
}

function Delivery({ request: r }: { request: AssistanceRequestDetail }) {
  const { t, lang } = useI18n();
  const w = useRequestWords();
  const orgName = useOrganisationName();
  const stateName = useStateName();
  return (
    <section aria-labelledby="request-delivery">
      <h2 id="request-delivery">
        {t('requests.delivery.activities')}
      </h2>
      {r.activities.length === 0 ? (
        <p className="muted">{t('requests.delivery.noActivities')}</p>
      ) : (
        <div className="table-scroll">
          <table className="data-table">
            <caption className="visually-hidden">{t('requests.delivery.activities')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('requests.delivery.activity')}</th>
                <th scope="col">{t('assistance.field.activityKind')}</th>
                <th scope="col">{t('assistance.field.entity')}</th>
                <th scope="col">{t('requests.delivery.dates')}</th>
                <th scope="col">{t('assistance.field.status')}</th>
              </tr>
            </thead>
            <tbody>
              {r.activities.map((a) => (
                <tr key={a.id}>
                  <th scope="row">
                    <Link to={href(lang, `/activities/${encodeURIComponent(a.id)}`)}>
                      <span dir="auto">{a.title}</span>
                    </Link>
                  </th>
                  <td>{w.activityKind(a.kind)}</td>
                  <td>
                    <bdi>{orgName(a.organisationId, a.organisationName)}</bdi>
                  </td>
                  <td>
                    <DateText iso={a.startDate} /> – <DateText iso={a.endDate} />
                  </td>
                  <td>{w.activityStatus(a.status)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <h2>{t('requests.delivery.results')}</h2>
      {r.results.length === 0 ? (
        <p className="muted">{t('requests.delivery.noResults')}</p>
      ) : (
        <ul className="results-list">
          {r.results.map((res) => {
            const activity = r.activities.find((a) => a.id === res.activityId);
            return (
              <li key={res.id}>
                <strong>{w.resultKind(res.kind)}</strong>
                {t('common.separator')}
                <DateText iso={res.date} />
                {t('common.separator')}
                {stateName(res.stateCode)}
                {res.instrumentId ? (
                  <>
                    {t('common.separator')}
                    <Link to={href(lang, `/instruments/${encodeURIComponent(res.instrumentId)}`)}>{t('requests.delivery.instrument')}</Link>
                  </>
                ) : null}
                {res.description ? (
                  <span className="timeline-text" dir="auto">
                    {res.description}
                  </span>
                ) : null}
                {activity ? (
                  <span className="timeline-text">
                    {t('requests.delivery.fromActivity')}{' '}
                    <Link to={href(lang, `/activities/${encodeURIComponent(activity.id)}`)}>
                      <span dir="auto">{activity.title}</span>
                    </Link>
                  </span>
                ) : null}
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}

/** Throws a draft away, once confirmed: nobody else has seen it (a submitted request is withdrawn instead). */
function DeleteDraft({ request }: { request: AssistanceRequestDetail }) {
  const { t, lang } = useI18n();
  const [asking, setAsking] = useState(false);
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<unknown>(null);
  if (!asking) {
    return (
      <button type="button" onClick={() => setAsking(true)}>
        {t('requests.request.deleteDraft')}
      </button>
    );
  }
  const confirm = () => {
    setPending(true);
    requestsApi.deleteDraft(request.id).then(
      () => navigate(href(lang, '/requests', { deleted: request.reference })),
      (err: unknown) => {
        setPending(false);
        setError(err);
      },
    );
  };
  return (
    <div role="group" aria-labelledby="delete-draft-question" className="panel stack">
      <FormAlert error={error} />
      <p id="delete-draft-question">{t('requests.request.deleteDraftConfirm')}</p>
      <div className="actions">
        <button type="button" className="danger" disabled={pending} onClick={confirm}>
          {t('requests.request.deleteDraft')}
        </button>
        <button type="button" disabled={pending} onClick={() => setAsking(false)} autoFocus>
          {t('common.cancel')}
        </button>
      </div>
    </div>
  );
}
