import { lazy, Suspense, useEffect } from 'react';
import type { EventView, ParticipantProfile } from '#domain/treaties/views.ts';
import { api } from '#web/api.ts';
import { useAsOf } from '#web/components/as-of-control.tsx';
import {
  Cell,
  DataTable,
  DateText,
  DisagreementLabel,
  ErrorMessage,
  Loading,
  Name,
  RegionalGroup,
  SourceRef,
  StatusBadge,
  Text,
  Unknown,
  useDocumentTitle,
} from '#web/components/common.tsx';
import { ParticipationCells } from '#web/components/participation.tsx';
import { authoritiesHref, finderHref } from '#web/features/cooperation/finder-view.ts';
import { useI18n, type MessageKey } from '#web/i18n/i18n.tsx';
import { href, Link } from '#web/router.tsx';
import { useApi } from '#web/use-api.ts';

// Gaps and assistance (issue 4) loads with the coordination client only for signed-in readers.
const StateGapsSection = lazy(() =>
  import('#web/features/assistance/state-gaps.tsx').then((m) => ({ default: m.StateGapsSection })),
);
const StateLegislationSection = lazy(() =>
  import('#web/features/library/legislation-parts.tsx').then((m) => ({ default: m.StateLegislationSection })),
);
const StateAuthoritiesSection = lazy(() => import('#web/features/cooperation/authority-list.tsx').then((m) => ({ default: m.StateAuthoritiesSection })));

export function StateProfilePage({ code }: { code: string }) {
  const i18n = useI18n();
  const { t } = i18n;
  const asOf = useAsOf();
  const profile = useApi(`participant:${code}:${asOf}`, (signal) => api.participant(code, asOf, signal));
  const p = profile.data?.data;
  const name = p ? i18n.localize(p.participant.names, p.participant.code) : null;
  useDocumentTitle(name?.text ?? t('state.title'));

  if (profile.error) {
    return (
      <>
        <h1 tabIndex={-1}>{t('state.title')}</h1>
        <ErrorMessage error={profile.error} />
      </>
    );
  }
  if (!p || !name) return <Loading />;
  return <Profile profile={p} />;
}

function Profile({ profile }: { profile: ParticipantProfile }) {
  const i18n = useI18n();
  const { t, lang } = i18n;
  const asOf = useAsOf();
  const { participant, participation, gaps, timeline } = profile;
  // Not a gap and not joined either: universal instruments for which Accord holds no complete status list.
  const unknownCount = participation.filter((p) => p.instrument.category === 'universal' && p.status === 'unknown').length;
  const name = i18n.localize(participant.names, participant.code);
  const rows = [...participation].sort(
    (a, b) =>
      (a.instrument.category === b.instrument.category ? 0 : a.instrument.category === 'universal' ? -1 : 1) ||
      a.instrument.sortOrder - b.instrument.sortOrder,
  );
  const universal = rows.filter((r) => r.instrument.category === 'universal');
  const joined = universal.filter((r) => r.status === 'party').length;
  const disagreements = rows.filter((r) => r.disagreements.length > 0);
  const instrumentsById = new Map(rows.map((r) => [r.instrument.id, r.instrument]));
  const instrumentLink = (id: string) => href(lang, `/instruments/${encodeURIComponent(id)}`, { asOf });
  // A link to one treaty event (#event-123, from an assistance result) or to a section: go there once it is shown.
  useEffect(() => {
    const id = decodeURIComponent(window.location.hash.slice(1));
    if (!id) return;
    const timer = window.setTimeout(() => {
      const target = document.getElementById(id);
      target?.scrollIntoView({ block: 'center' });
      target?.focus({ preventScroll: true });
    }, 300);
    return () => window.clearTimeout(timer);
  }, [participant.code]);
  const columns: [string, string, string, string, string, string] = [
    t('state.participation.columns.instrument'),
    t('state.participation.columns.status'),
    t('state.participation.columns.signature'),
    t('state.participation.columns.consent'),
    t('state.participation.columns.inForce'),
    t('state.participation.columns.source'),
  ];
  const describe = (e: EventView) => (
    <>
      {t(`eventKind.${e.kind}` as MessageKey)}
      {t('common.separator')}
      {e.date ? <DateText iso={e.date} /> : t('common.undated')}
    </>
  );

  return (
    <article className="profile">
      <h1 tabIndex={-1}>
        <Text value={name} />
      </h1>
      <p className="lead">
        {i18n.tx('state.summary', { joined, total: universal.length, date: <DateText iso={profile.asOf} style="long" /> })}
      </p>

      <dl className="facts">
        <div>
          <dt>{t('state.details.officialName')}</dt>
          <dd lang="en">
            <Unknown value={participant.officialNameEn} />
          </dd>
        </div>
        <div>
          <dt>{t('state.details.kind')}</dt>
          <dd>{t(`participantKind.${participant.kind}`)}</dd>
        </div>
        <div>
          <dt>{t('state.details.regionalGroup')}</dt>
          <dd>
            <RegionalGroup name={participant.regionalGroup} />
          </dd>
        </div>
        <div>
          <dt>{t('state.details.memberSince')}</dt>
          <dd>
            {participant.kind === 'member' ? <DateText iso={participant.memberSince} /> : t('state.details.notMember')}
          </dd>
        </div>
        <div>
          <dt>{t('state.details.codes')}</dt>
          <dd>
            <span dir="ltr">
              {[participant.code, participant.iso2, participant.m49].filter(Boolean).join(' · ')}
            </span>
          </dd>
        </div>
      </dl>

      <section aria-labelledby="participation-heading">
        <h2 id="participation-heading">{t('state.participation.heading')}</h2>
        <DataTable
          caption={i18n.tx('common.statusAsOf', { date: <DateText iso={profile.asOf} style="long" /> })}
          columns={columns}
          stacked
        >
          {rows.map((r) => (
            <tr key={r.instrument.id} role="row">
              <th scope="row" role="rowheader">
                <Link to={instrumentLink(r.instrument.id)}>
                  <Name text={r.instrument.shortNames} fallback={r.instrument.id} />
                </Link>
                {r.instrument.category !== 'universal' ? <span className="tag">{t(`category.${r.instrument.category}`)}</span> : null}
              </th>
              <Cell label={columns[1]}>
                <StatusBadge status={r.status} />
                {r.disagreements.length > 0 ? (
                  <a className="disagree-link" href="#disagreements">
                    <DisagreementLabel />
                  </a>
                ) : null}
              </Cell>
              <ParticipationCells row={r} labels={[columns[2], columns[3], columns[4], columns[5]]} listAsOf={r.instrument.statusListAsOf} />
            </tr>
          ))}
        </DataTable>
      </section>

      <section aria-labelledby="gaps-heading">
        <h2 id="gaps-heading">{t('state.gaps.heading')}</h2>
        {unknownCount > 0 ? <p>{t('state.gaps.unknown', { count: unknownCount })}</p> : null}
        {gaps.length === 0 ? (
          unknownCount === 0 ? <p>{t('state.gaps.none')}</p> : null
        ) : (
          <>
            <p>{i18n.tx('state.gaps.intro', { count: gaps.length, date: <DateText iso={profile.asOf} style="long" /> })}</p>
            <ul className="gaps">
              {[...gaps]
                .sort((a, b) => a.sortOrder - b.sortOrder)
                .map((g) => (
                  <li key={g.id}>
                    <Link to={instrumentLink(g.id)}>
                      <Name text={g.titles} fallback={g.id} />
                    </Link>
                  </li>
                ))}
            </ul>
          </>
        )}
      </section>

      {participant.kind !== 'organization' ? (
        <Suspense fallback={null}>
          <StateLegislationSection code={participant.code} />
        </Suspense>
      ) : null}

      {participant.kind !== 'organization' ? (
        <section aria-labelledby="cooperation-heading" className="cooperation-box">
          <h2 id="cooperation-heading">{t('finder.profile.heading')}</h2>
          <ul>
            <li>
              <Link to={finderHref(lang, { from: participant.code, asOf })}>{i18n.tx('finder.profile.from', { state: <Text value={name} /> })}</Link>
            </li>
            <li>
              <Link to={finderHref(lang, { to: participant.code, asOf })}>{i18n.tx('finder.profile.to', { state: <Text value={name} /> })}</Link>
            </li>
            <li>
              <Link to={authoritiesHref(lang, participant.code)}>{i18n.tx('finder.profile.authorities', { state: <Text value={name} /> })}</Link>
            </li>
          </ul>
        </section>
      ) : null}

      <Suspense fallback={null}>
        <StateGapsSection code={participant.code} />
      </Suspense>

      <Suspense fallback={null}><StateAuthoritiesSection stateCode={participant.code} /></Suspense>

      <section aria-labelledby="disagreements-heading" id="disagreements" tabIndex={-1}>
        <h2 id="disagreements-heading">{t('state.disagreements.heading')}</h2>
        {disagreements.length === 0 ? (
          <p>{t('state.disagreements.none')}</p>
        ) : (
          <>
            <p>{t('state.disagreements.intro')}</p>
            {disagreements.map((r) => (
              <div key={r.instrument.id} className="disagreement">
                <h3>
                  <Name text={r.instrument.shortNames} fallback={r.instrument.id} />
                </h3>
                {r.disagreements.map((d, i) => (
                  <dl key={i}>
                    <div>
                      <dt>{t('state.disagreements.used', { slot: t(`slot.${d.slot}` as MessageKey) })}</dt>
                      <dd>
                        {describe(d.chosen)} — <SourceRef source={d.chosen.source} />
                      </dd>
                    </div>
                    <div>
                      <dt>{t('state.disagreements.others')}</dt>
                      {d.others.map((o) => (
                        <dd key={o.id}>
                          {describe(o)} — <SourceRef source={o.source} />
                        </dd>
                      ))}
                    </div>
                    {[d.chosen, ...d.others].some((e) => e.source.publisher.startsWith('Fedlex')) ? (
                      <div>
                        <dd className="muted">{t('state.disagreements.firstDeposit')}</dd>
                      </div>
                    ) : null}
                  </dl>
                ))}
              </div>
            ))}
          </>
        )}
      </section>

      <section aria-labelledby="timeline-heading">
        <h2 id="timeline-heading">{t('state.timeline.heading')}</h2>
        {timeline.length === 0 ? (
          <p>{t('state.timeline.empty')}</p>
        ) : (
          <ol className="timeline">
            {timeline.map((e) => {
              const inst = instrumentsById.get(e.instrumentId);
              return (
                <li key={e.id} id={`event-${e.id}`} tabIndex={-1}>
                  <span className="timeline-date">
                    {e.date ? <DateText iso={e.date} /> : <span className="unknown">{t('common.undated')}</span>}
                  </span>
                  <span className="timeline-body">
                    <strong>{t(`eventKind.${e.kind}`)}</strong>{' '}
                    <Link to={instrumentLink(e.instrumentId)}>
                      <Name text={inst?.shortNames} fallback={e.instrumentId} />
                    </Link>
                    {e.effectiveDate && e.effectiveDate !== e.date ? (
                      <> ({i18n.tx('state.timeline.effective', { date: <DateText iso={e.effectiveDate} /> })})</>
                    ) : null}
                    <span className="timeline-source">
                      <SourceRef source={e.source} />
                      {e.alsoIn.map((s) => (
                        <span key={s.id}>
                          {t('common.separator')}
                          <SourceRef source={s} />
                        </span>
                      ))}
                    </span>
                    {e.text ? (
                      <span className="timeline-text" lang="en">
                        {e.text}
                      </span>
                    ) : null}
                  </span>
                </li>
              );
            })}
          </ol>
        )}
      </section>
    </article>
  );
}
