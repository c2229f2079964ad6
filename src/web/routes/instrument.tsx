import { useId, type ReactNode } from 'react';
import { LANGUAGES, type ParticipationStatus } from '#domain/treaties/types.ts';
import type { InstrumentView } from '#domain/treaties/views.ts';
import { api } from '../api.ts';
import { useAsOf } from '../components/as-of-control.tsx';
import {
  DataTable,
  DateText,
  DisagreementLabel,
  ErrorMessage,
  FilterSelect,
  Loading,
  RegionalGroup,
  StatusBadge,
  Text,
  Unknown,
  useDocumentTitle,
} from '../components/common.tsx';
import { ParticipationCells } from '../components/participation.tsx';
import { PartyCountChart } from '../features/charts/party-count-chart.tsx';
import { MapFigure, type LegendEntry } from '../features/map/lazy-map.tsx';
import { LANGUAGE_NAMES, useI18n, type I18n } from '../i18n/i18n.tsx';
import { href, Link, useSearch } from '../router.tsx';
import { useApi } from '../use-api.ts';

type Row = InstrumentView['participants'][number];
const STATUSES: ParticipationStatus[] = ['party', 'signatory', 'withdrawn', 'none', 'unknown'];
const STATUS_FILLS: Record<ParticipationStatus, string> = {
  party: '#1f6aa8',
  signatory: '#8cc4e6',
  withdrawn: '#c4452f',
  none: '#f3dfb8',
  unknown: '#d6d6d6',
};

export function InstrumentPage({ id }: { id: string }) {
  const { t, localize } = useI18n();
  const asOf = useAsOf();
  const view = useApi(`instrument:${id}:${asOf}`, (signal) => api.instrument(id, asOf, signal));
  const v = view.data?.data;
  useDocumentTitle(v ? localize(v.instrument.shortNames, v.instrument.id).text : t('instrument.title'));
  if (view.error) {
    return (
      <>
        <h1 tabIndex={-1}>{t('instrument.title')}</h1>
        <ErrorMessage error={view.error} />
      </>
    );
  }
  if (!v) return <Loading />;
  return <Instrument view={v} />;
}

function eifRuleText(rule: unknown, i18n: I18n): string | null {
  if (!rule || typeof rule !== 'object') return null;
  const r = rule as { kind?: string; days?: number };
  if (r.kind === 'days_after_deposit' && typeof r.days === 'number')
    return i18n.t('instrument.eifRule.daysAfterDeposit', { days: r.days });
  if (r.kind === 'first_day_of_second_month') return i18n.t('instrument.eifRule.firstDayOfSecondMonth');
  if (r.kind === 'on_deposit') return i18n.t('instrument.eifRule.onDeposit');
  return null;
}

function Instrument({ view }: { view: InstrumentView }) {
  const i18n = useI18n();
  const { t, lang } = i18n;
  const asOf = useAsOf();
  const ids = useId();
  const [params, setSearch] = useSearch();
  const statusParam = params.get('status');
  const statusFilter = STATUSES.find((s) => s === statusParam) ?? null;
  const { instrument, counts } = view;
  const short = i18n.localize(instrument.shortNames, instrument.id);
  const title = i18n.localize(instrument.titles, short.text);
  const partyCounts = useApi(`party-counts:${instrument.id}`, (signal) => api.partyCounts(instrument.id, signal));
  const rows: Row[] = view.participants;

  const participants = [...rows]
    .filter((p) => !statusFilter || p.status === statusFilter)
    .sort((a, b) =>
      i18n.collator.compare(
        i18n.localize(a.participant.names, a.participant.code).text,
        i18n.localize(b.participant.names, b.participant.code).text,
      ),
    );
  const legend: LegendEntry[] = STATUSES.map((s) => ({ fill: STATUS_FILLS[s], label: t(`status.${s}`) }));
  const regions = rows
    .filter((p) => p.participant.m49)
    .map((p) => ({
      m49: p.participant.m49!,
      fill: STATUS_FILLS[p.status],
      href: href(lang, `/states/${encodeURIComponent(p.participant.code)}`, { asOf }),
      label: `${i18n.localize(p.participant.names, p.participant.code).text}: ${t(`status.${p.status}`)}`,
    }));
  const titleSources = Object.entries(instrument.titleSources ?? {}).filter(([, s]) => s);

  const fact = (label: string, value: ReactNode) => (
    <div>
      <dt>{label}</dt>
      <dd>
        <Unknown value={value} />
      </dd>
    </div>
  );

  return (
    <article className="instrument">
      <h1 tabIndex={-1}>
        <Text value={short} />
      </h1>
      <p className="lead">
        <Text value={title} />
      </p>

      <section aria-labelledby={`${ids}-facts`}>
        <h2 id={`${ids}-facts`}>{t('instrument.facts.heading')}</h2>
        <dl className="facts">
          {fact(t('instrument.facts.category'), t(`category.${instrument.category}`))}
          {fact(t('instrument.facts.adopted'), <DateText iso={instrument.adoptedDate} />)}
          {fact(
            t('instrument.facts.adoptedPlace'),
            instrument.adoptedPlace ? <span lang="en">{instrument.adoptedPlace}</span> : null,
          )}
          {fact(t('instrument.facts.openedForSignature'), <DateText iso={instrument.openedForSignature} />)}
          {fact(t('instrument.facts.entryIntoForce'), <DateText iso={instrument.entryIntoForce} />)}
          {fact(t('instrument.facts.eifRule'), eifRuleText(instrument.eifRule, i18n))}
          {fact(
            t('instrument.statusListAsOf'),
            instrument.statusListAsOf ? <DateText iso={instrument.statusListAsOf} /> : t('instrument.noStatusList'),
          )}
          {fact(
            t('instrument.facts.depositary'),
            instrument.depositary ? <span lang="en">{instrument.depositary}</span> : null,
          )}
          {fact(t('instrument.facts.untcRef'), instrument.untcRef ? <span dir="ltr">{instrument.untcRef}</span> : null)}
          {fact(
            t('instrument.facts.reportedParties'),
            instrument.reportedPartiesCount !== null
              ? t('instrument.facts.reportedPartiesValue', {
                  count: instrument.reportedPartiesCount,
                  date: instrument.reportedPartiesAsOf ? i18n.date(instrument.reportedPartiesAsOf) : t('common.unknown'),
                })
              : null,
          )}
          {fact(
            t('instrument.facts.source'),
            instrument.sourceUrl
              ? instrument.sourceUrl
                  .split(' | ')
                  .filter((u) => /^https?:\/\//.test(u))
                  .map((u, i) => (
                    <span key={u} className="source-url">
                      {i > 0 ? ' · ' : null}
                      <a href={u} rel="noopener noreferrer" dir="ltr">
                        {new URL(u).hostname}
                      </a>
                    </span>
                  ))
              : null,
          )}
          {instrument.notes ? fact(t('instrument.facts.notes'), <span lang="en">{instrument.notes}</span>) : null}
          {titleSources.length > 0
            ? fact(
                t('instrument.facts.titleSources'),
                <ul className="plain">
                  {titleSources
                    .filter(([l]) => (LANGUAGES as readonly string[]).includes(l))
                    .map(([l, s]) => (
                      <li key={l}>
                        <span lang={l}>{LANGUAGE_NAMES[l as keyof typeof LANGUAGE_NAMES]}</span>:{' '}
                        <span lang="en">{s}</span>
                      </li>
                    ))}
                </ul>,
              )
            : null}
        </dl>
      </section>

      <section aria-labelledby={`${ids}-counts`}>
        <h2 id={`${ids}-counts`}>{t('instrument.counts.heading')}</h2>
        <p className="as-of-note">{t('common.statusAsOf', { date: i18n.date(view.asOf, 'long') })}</p>
        <dl className="totals">
          <div>
            <dt>{t('status.party')}</dt>
            <dd>{i18n.number(counts.parties)}</dd>
          </div>
          <div>
            <dt>{t('status.signatory')}</dt>
            <dd>{i18n.number(counts.signatories)}</dd>
          </div>
          <div>
            <dt>{t('status.withdrawn')}</dt>
            <dd>{i18n.number(counts.withdrawn)}</dd>
          </div>
        </dl>
      </section>

      <section aria-labelledby={`${ids}-chart`}>
        <h2 id={`${ids}-chart`}>{t('instrument.chart.heading')}</h2>
        {partyCounts.error ? <ErrorMessage error={partyCounts.error} /> : null}
        {partyCounts.data ? (
          <PartyCountChart points={partyCounts.data.data} asOf={view.asOf} />
        ) : partyCounts.loading ? (
          <Loading />
        ) : null}
      </section>

      <section aria-labelledby={`${ids}-map`} className="no-print">
        <h2 id={`${ids}-map`}>{t('instrument.map.heading')}</h2>
        <MapFigure
          regions={regions}
          legend={legend}
          label={t('instrument.map.label', { name: short.text, date: i18n.date(view.asOf) })}
          caption={<p>{t('instrument.map.caption')}</p>}
        />
      </section>

      <section aria-labelledby={`${ids}-participants`}>
        <h2 id={`${ids}-participants`}>{t('instrument.participants.heading')}</h2>
        <div className="controls no-print">
          <FilterSelect
            id={`${ids}-status`}
            label={t('instrument.participants.filter')}
            allLabel={t('instrument.participants.all')}
            value={statusFilter}
            options={STATUSES.map((s) => ({ value: s, label: t(`status.${s}`) }))}
            onChange={(status) => setSearch({ status })}
          />
        </div>
        <p aria-live="polite">{t('instrument.participants.count', { count: participants.length })}</p>
        <DataTable
          caption={t('instrument.participants.caption', { name: short.text, date: i18n.date(view.asOf) })}
          hideCaption
          columns={[
            t('instrument.participants.columns.participant'),
            t('instrument.participants.columns.regionalGroup'),
            t('instrument.participants.columns.status'),
            t('instrument.participants.columns.signature'),
            t('instrument.participants.columns.consent'),
            t('instrument.participants.columns.inForce'),
            t('instrument.participants.columns.source'),
          ]}
        >
          {participants.map((p) => (
            <tr key={p.participant.code}>
              <th scope="row">
                <Link to={href(lang, `/states/${encodeURIComponent(p.participant.code)}`, { asOf })}>
                  <Text value={i18n.localize(p.participant.names, p.participant.code)} />
                </Link>
              </th>
              <td>
                <RegionalGroup name={p.participant.regionalGroup} />
              </td>
              <td>
                <StatusBadge status={p.status} />
                {p.disagreements.length > 0 ? (
                  <span className="disagree-note">
                    {' '}
                    <DisagreementLabel />
                  </span>
                ) : null}
              </td>
              <ParticipationCells row={p} />
            </tr>
          ))}
        </DataTable>
      </section>
    </article>
  );
}
