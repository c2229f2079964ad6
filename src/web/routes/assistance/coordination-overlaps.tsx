// The coordinators' queue of overlaps (?status=open|resolved): pairs of activities of different entities for the
// same State and theme over dates that meet, each resolved with a resolution and a comment.
import { useEffect, useRef, useState } from 'react';
import type { OverlapQueueItem, OverlapSideView } from '#web/api-types.ts';
import { useDocumentTitle } from '#web/components/common.tsx';
import { ExportLinks, PagedTable } from '#web/components/filtered-list.tsx';
import { FormAlert, StatusMessage, SubmitButton, useSubmit } from '#web/components/forms.tsx';
import { pageParam } from '#web/components/pager.tsx';
import { useStateName } from '#web/features/accounts/reference.tsx';
import { SignedIn } from '#web/features/accounts/sign-in-flow.tsx';
import { CoordinationLinks } from '#web/features/assistance/coordination-links.tsx';
import { coordinationApi } from '#web/features/assistance/delivery-api.ts';
import { SelectField, TextField } from '#web/features/assistance/fields.tsx';
import { choices, DateRange, OVERLAP_RESOLUTIONS, useVocabulary, Words } from '#web/features/assistance/vocabulary.tsx';
import { DateTime } from '#web/features/accounts/labels.tsx';
import { useI18n } from '#web/i18n/i18n.tsx';
import { href, Link, useSearch } from '#web/router.tsx';
import { useApi } from '#web/use-api.ts';

const PAGE_SIZE = 25;

export function OverlapsPage() {
  return (
    <SignedIn>
      <Overlaps />
    </SignedIn>
  );
}

function Overlaps() {
  const { t, lang } = useI18n();
  const v = useVocabulary();
  const stateName = useStateName();
  useDocumentTitle(t('coordination.overlaps.title'));
  const [params] = useSearch();
  const status = params.get('status') === 'resolved' ? 'resolved' : 'open';
  const page = pageParam(params);
  const [version, setVersion] = useState(0);
  const [resolving, setResolving] = useState<OverlapQueueItem | null>(null);
  const [resolved, setResolved] = useState(false);
  const list = useApi(`overlaps:${status}:${page}:${version}`, (signal) =>
    coordinationApi.overlaps({ status, page, pageSize: PAGE_SIZE }, signal),
  );
  const mayResolve = (o: OverlapQueueItem) => o.status === 'open' && o.abilities.resolve;
  return (
    <>
      <h1 tabIndex={-1}>{t('coordination.overlaps.title')}</h1>
      <CoordinationLinks current="overlaps" />
      <p className="lead">{t('coordination.overlaps.intro')}</p>
      <nav aria-label={t('coordination.overlaps.statusLabel')} className="section-links tabs">
        <ul>
          {(['open', 'resolved'] as const).map((s) => (
            <li key={s}>
              <Link to={href(lang, '/coordination/overlaps', { status: s === 'open' ? null : s })} aria-current={s === status ? 'page' : undefined}>
                {t(`coordination.overlaps.${s}`)}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      {list.data ? (
        <ExportLinks id="overlaps-export" formats={['csv', 'xlsx'] as const} url={(format) => coordinationApi.overlapsExportUrl(format, { status })} />
      ) : null}
      <StatusMessage>{resolved ? t('coordination.overlaps.resolvedMessage') : null}</StatusMessage>
      {resolving ? (
        <ResolveForm
          overlap={resolving}
          onCancel={() => setResolving(null)}
          onDone={() => {
            setResolving(null);
            setResolved(true);
            setVersion((n) => n + 1);
          }}
        />
      ) : null}
      <PagedTable
        list={list}
        caption={(count) => t('coordination.overlaps.caption', { count })}
        columns={[
          t('coordination.overlaps.activity'),
          t('coordination.overlaps.other'),
          t('coordination.overlaps.shared'),
          t('coordination.overlaps.detected'),
          status === 'open' ? t('coordination.overlaps.action') : t('coordination.overlaps.resolution'),
        ]}
        empty={status === 'open' ? t('coordination.overlaps.noneOpen') : t('coordination.overlaps.noneResolved')}
      >
        {(o) => (
          <tr key={o.id}>
            <th scope="row">
              <Side side={o.activity} />
            </th>
            <td>
              <Side side={o.other} />
            </td>
            <td>
              <DateRange from={o.from} to={o.to} />
              <br />
              <Words ids={o.stateCodes} label={stateName} />
              <br />
              <Words ids={o.themes} label={v.theme} />
            </td>
            <td>
              <DateTime iso={o.detectedAt} />
            </td>
            <td>
              {o.status === 'resolved' ? (
                <>
                  {o.resolution ? v.resolution(o.resolution) : null}
                  {o.resolutionComment ? (
                    <p className="muted prewrap" dir="auto">
                      {o.resolutionComment}
                    </p>
                  ) : null}
                  {o.resolvedByName ? (
                    <>
                      {t('coordination.overlaps.resolvedBy')} <span dir="auto">{o.resolvedByName}</span>
                      {t('common.separator')}
                    </>
                  ) : null}
                  {o.resolvedAt ? <DateTime iso={o.resolvedAt} /> : null}
                </>
              ) : mayResolve(o) ? (
                <button type="button" onClick={() => setResolving(o)}>
                  {t('coordination.overlaps.resolve')}
                  <span className="visually-hidden"> {t('coordination.overlaps.resolveWhich', { a: o.activity.organisationName, b: o.other.organisationName })}</span>
                </button>
              ) : (
                <span className="muted">{t('coordination.overlaps.openStatus')}</span>
              )}
            </td>
          </tr>
        )}
      </PagedTable>
    </>
  );
}

function Side({ side }: { side: OverlapSideView }) {
  const { t, lang } = useI18n();
  const v = useVocabulary();
  return (
    <>
      <strong dir="auto">{side.organisationName}</strong>
      <br />
      {side.title ? (
        <Link to={href(lang, `/activities/${encodeURIComponent(side.id)}`)}>
          <span dir="auto">{side.title}</span>
        </Link>
      ) : (
        <span className="muted">{t('delivery.overlap.titleHidden')}</span>
      )}
      <br />
      <DateRange from={side.startDate} to={side.endDate} />
      <br />
      <span className="muted">{v.activityStatus(side.status)}</span>
    </>
  );
}

function ResolveForm({ overlap, onCancel, onDone }: { overlap: OverlapQueueItem; onCancel: () => void; onDone: () => void }) {
  const { t } = useI18n();
  const v = useVocabulary();
  const [resolution, setResolution] = useState('');
  const [comment, setComment] = useState('');
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), [overlap.id]);
  const submit = useSubmit(() => coordinationApi.resolveOverlap(overlap.id, { resolution, comment: comment.trim() }), onDone);
  return (
    <section className="panel" aria-labelledby="resolve-heading">
      <h2 id="resolve-heading" tabIndex={-1} ref={heading}>
        {t('coordination.overlaps.resolveHeading', { a: overlap.activity.organisationName, b: overlap.other.organisationName })}
      </h2>
      <FormAlert error={submit.error} shownFields={['resolution', 'comment']} />
      <form className="stack" onSubmit={submit.onSubmit} noValidate>
        <SelectField
          label={t('coordination.overlaps.resolution')}
          value={resolution}
          onChange={setResolution}
          choices={choices(OVERLAP_RESOLUTIONS, v.resolution)}
          empty={t('delivery.form.choose')}
          issues={submit.issues('resolution')}
          required
        />
        <TextField label={t('coordination.overlaps.comment')} value={comment} onChange={setComment} rows={3} issues={submit.issues('comment')} required />
        <div className="actions">
          <SubmitButton pending={submit.pending}>{t('coordination.overlaps.resolve')}</SubmitButton>
          <button type="button" onClick={onCancel}>
            {t('common.cancel')}
          </button>
        </div>
      </form>
    </section>
  );
}
