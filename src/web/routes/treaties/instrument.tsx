import { useId, type ReactNode } from 'react';
import { LANGUAGES, type ParticipationStatus } from '#domain/treaties/types.ts';
import type { InstrumentView } from '#domain/treaties/views.ts';
import { api } from '#web/api.ts';
import { useAsOf } from '#web/components/as-of-control.tsx';
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
} from '#web/components/common.tsx';
import { ParticipationCells } from '#web/components/participation.tsx';
import { PartyCountChart } from '#web/features/treaties/charts/party-count-chart.tsx';
import { CooperationProvisions } from '#web/features/treaties/cooperation-provisions.tsx';
import { MapFigure } from '#web/features/treaties/map/lazy-map.tsx';
import { MapInstrumentSelect, statusLegend, statusRegions } from '#web/features/treaties/map/status-map.tsx';
import { LANGUAGE_NAMES, useI18n, type I18n } from '#web/i18n/i18n.tsx';
import { href, Link, useSearch } from '#web/router.tsx';
import { useApi } from '#web/use-api.ts';

type Row = InstrumentView['participants'][number];
const STATUSES: ParticipationStatus[] = ['party', 'signatory', 'withdrawn', 'none', 'unknown'];

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

  // The map shows this instrument, or another one chosen with ?map=<id> (its statuses then come from the matrix).
  const allInstruments = useApi('instruments', (signal) => api.instruments(signal));
  const mapChoices = allInstruments.data?.data ?? [instrument];
  const mapParam = params.get('map');
  const mapInstrument =
    (mapParam !== instrument.id && mapChoices.find((i) => i.id === mapParam)) || instrument;
  const otherMap = useApi(mapInstrument.id !== instrument.id ? `matrix:${asOf}` : null, (signal) =>
    api.matrix({ asOf }, signal),
  );
  const mapName = i18n.localize(mapInstrument.shortNames, mapInstrument.id).text;
  const mapData =
    mapInstrument.id === instrument.id
      ? { asOf: view.asOf, rows: rows.map((p) => ({ participant: p.participant, status: p.status })) }
      : otherMap.data && {
          asOf: otherMap.data.data.asOf,
          rows: otherMap.data.data.participants.map((p) => ({
            participant: p,
            status: p.cells[mapInstrument.id]?.s ?? ('unknown' as const),
          })),
        };
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
      {title.text !== short.text ? (
        <p className="lead">
          <Text value={title} />
        </p>
      ) : null}

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
        <p className="as-of-note">{i18n.tx('common.statusAsOf', { date: <DateText iso={view.asOf} style="long" /> })}</p>
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
          <PartyCountChart points={partyCounts.data.data} asOf={view.asOf} knownUntil={view.instrument.statusListAsOf} />
        ) : partyCounts.loading ? (
          <Loading />
        ) : null}
      </section>

      <section aria-labelledby={`${ids}-map`} className="no-print">
        <h2 id={`${ids}-map`}>{t('instrument.map.heading')}</h2>
        <div className="controls">
          <MapInstrumentSelect
            id={`${ids}-map-instrument`}
            instruments={mapChoices}
            value={mapInstrument.id}
            onChange={(id) => setSearch({ map: id === instrument.id ? null : id })}
            i18n={i18n}
          />
        </div>
        {otherMap.error ? <ErrorMessage error={otherMap.error} /> : null}
        {mapData ? (
          <MapFigure
            regions={statusRegions(mapData.rows, i18n, asOf)}
            legend={statusLegend(t, mapData.rows.map((r) => r.status))}
            label={t('instrument.map.label', { name: mapName, date: i18n.date(mapData.asOf) })}
            caption={
              <p>
                {t('map.caption', { name: mapName })}{' '}
                {mapInstrument.statusListAsOf ? null : <>{t('map.incomplete')} </>}
                {mapInstrument.id !== instrument.id ? (
                  <Link to={href(lang, `/instruments/${encodeURIComponent(mapInstrument.id)}`, { asOf })}>
                    {t('map.moreAbout', { name: mapName })}
                  </Link>
                ) : null}
              </p>
            }
          />
        ) : otherMap.loading ? (
          <Loading />
        ) : null}
      </section>

      <CooperationProvisions instrumentId={instrument.id} />

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
        <p>
          {instrument.statusListAsOf
            ? i18n.tx('instrument.participants.whyNone', { date: <DateText iso={instrument.statusListAsOf} /> })
            : t('instrument.noStatusList')}
        </p>
        {view.otherListed.length ? (
          <p>
            {i18n.tx('instrument.participants.otherListed', {
              publisher: [...new Set(view.otherListed.map((o) => o.publisher))].join(', '),
              names: (
                <>
                  {view.otherListed.map((o, i) => (
                    <span key={o.nameAsWritten}>
                      {i > 0 ? t('common.separator') : null}
                      <bdi lang="fr">{o.nameAsWritten}</bdi> (<DateText iso={o.date} />)
                    </span>
                  ))}
                </>
              ),
            })}
          </p>
        ) : null}
        <p aria-live="polite">{t('instrument.participants.count', { count: participants.length })}</p>
        <DataTable
          caption={i18n.tx('instrument.participants.caption', { name: short.text, date: <DateText iso={view.asOf} /> })}
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
              <ParticipationCells row={p} listAsOf={instrument.statusListAsOf} />
            </tr>
          ))}
        </DataTable>
      </section>
    </article>
  );
}
