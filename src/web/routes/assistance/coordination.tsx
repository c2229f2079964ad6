// Who does what, where: a table of States (rows) by themes (columns), each cell naming the entities active there
// with their number of activities over the period (?from=&to=&theme=&regionalGroup=). Names, counts and dates only.
import { useMemo } from 'react';
import type { WhoDoesWhatCell } from '#web/api-types.ts';
import { DateText, FilterSelect, Loading, useDocumentTitle } from '#web/components/common.tsx';
import { ExportLinks, FilterForm, useFilterDraft } from '#web/components/filtered-list.tsx';
import { FormAlert } from '#web/components/forms.tsx';
import { useStateName } from '#web/features/accounts/reference.tsx';
import { SignedIn } from '#web/features/accounts/sign-in-flow.tsx';
import { CoordinationLinks } from '#web/features/assistance/coordination-links.tsx';
import { coordinationApi } from '#web/features/assistance/delivery-api.ts';
import { choices, useVocabulary, VOCAB } from '#web/features/assistance/vocabulary.tsx';
import { REGIONAL_GROUPS, useI18n } from '#web/i18n/i18n.tsx';
import { href, Link, useSearch } from '#web/router.tsx';
import { useSession } from '#web/session.tsx';
import { useApi } from '#web/use-api.ts';

export function CoordinationPage() {
  // For signed-in people only (the API answers 401 otherwise): an anonymous reader is sent to sign in, and back.
  return (
    <SignedIn>
      <WhoDoesWhatWhere />
    </SignedIn>
  );
}

function WhoDoesWhatWhere() {
  const i18n = useI18n();
  const { t, lang } = i18n;
  const v = useVocabulary();
  const session = useSession();
  const stateName = useStateName();
  useDocumentTitle(t('coordination.whoWhatWhere.title'));
  const [params] = useSearch();
  const filters = { from: params.get('from'), to: params.get('to'), theme: params.get('theme'), regionalGroup: params.get('regionalGroup') };
  const view = useApi(`who-does-what:${session.user?.id ?? 'anonymous'}:${JSON.stringify(filters)}`, (signal) =>
    coordinationApi.whoDoesWhatWhere({ ...filters, pageSize: 5000 }, signal),
  );
  const { draft, set, apply } = useFilterDraft(filters);
  const cells = useMemo(() => view.data?.data ?? [], [view.data]);
  const themes = filters.theme ? [filters.theme] : VOCAB.themes.filter((th) => cells.some((c) => c.theme === th));
  const rows = useMemo(() => {
    const byState = new Map<string, Map<string, WhoDoesWhatCell[]>>();
    for (const c of cells) {
      const row = byState.get(c.stateCode) ?? new Map<string, WhoDoesWhatCell[]>();
      row.set(c.theme, [...(row.get(c.theme) ?? []), c]);
      byState.set(c.stateCode, row);
    }
    return [...byState.entries()].sort((a, b) => i18n.collator.compare(stateName(a[0]), stateName(b[0])));
  }, [cells, i18n.collator, stateName]);

  return (
    <>
      <h1 tabIndex={-1} id="wdww-title">
        {t('coordination.whoWhatWhere.title')}
      </h1>
      <CoordinationLinks current="coordination" />
      <p className="lead">{t('coordination.whoWhatWhere.intro')}</p>
      <FilterForm label={t('coordination.filters')} onSubmit={apply} clearTo={href(lang, '/coordination')}>
        <div className="field">
          <label htmlFor="wdww-from">{t('coordination.from')}</label>
          <input id="wdww-from" type="date" value={draft.from ?? ''} onChange={(e) => set('from')(e.target.value)} />
        </div>
        <div className="field">
          <label htmlFor="wdww-to">{t('coordination.to')}</label>
          <input id="wdww-to" type="date" value={draft.to ?? ''} onChange={(e) => set('to')(e.target.value)} />
        </div>
        <FilterSelect id="wdww-theme" label={t('assistance.field.theme')} value={draft.theme} options={choices(VOCAB.themes, v.theme)} onChange={set('theme')} />
        <FilterSelect
          id="wdww-group"
          label={t('coordination.regionalGroup')}
          allLabel={t('regionalGroup.all')}
          value={draft.regionalGroup}
          options={REGIONAL_GROUPS.map((g) => ({ value: g, label: i18n.regionalGroup(g).text }))}
          onChange={set('regionalGroup')}
        />
      </FilterForm>
      <FormAlert error={view.error} focus={false} />
      {view.data?.period ? (
        <p>{i18n.tx('coordination.whoWhatWhere.period', { from: <DateText iso={view.data.period.from} />, to: <DateText iso={view.data.period.to} /> })}</p>
      ) : null}
      {view.data?.abilities.export ? (
        <ExportLinks id="wdww-export" formats={['csv', 'xlsx'] as const} url={(format) => coordinationApi.whoDoesWhatWhereExportUrl(format, filters)} />
      ) : null}
      {!view.data && view.loading ? <Loading /> : null}
      {view.data ? (
        rows.length === 0 ? (
          <p>{t('coordination.whoWhatWhere.empty')}</p>
        ) : (
          <div className="table-scroll">
            <table className="data-table who-what-where" aria-labelledby="wdww-title" aria-describedby="wdww-summary">
              <caption id="wdww-summary">{t('coordination.whoWhatWhere.summary', { states: rows.length, count: cells.length })}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('assistance.field.state')}</th>
                  {themes.map((th) => (
                    <th key={th} scope="col">
                      {v.theme(th)}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {rows.map(([code, byTheme]) => (
                  <tr key={code}>
                    <th scope="row">
                      <Link to={href(lang, `/states/${encodeURIComponent(code)}`)}>{stateName(code)}</Link>
                    </th>
                    {themes.map((th) => {
                      const list = byTheme.get(th) ?? [];
                      return (
                        <td key={th} className={list.length > 1 ? 'several' : undefined}>
                          {list.length === 0 ? (
                            <span className="muted" aria-label={t('coordination.whoWhatWhere.nobody')}>
                              –
                            </span>
                          ) : (
                            <ul className="plain">
                              {list.map((c) => (
                                <li key={c.organisationId}>
                                  <Link
                                    to={href(lang, '/activities', { stateCode: code, theme: th, organisationId: c.organisationId })}
                                    title={`${i18n.date(c.firstDate)} – ${i18n.date(c.lastDate)}`}
                                  >
                                    <span dir="auto">{c.organisationName}</span>
                                  </Link>{' '}
                                  <span className="count">{t('coordination.whoWhatWhere.activities', { count: c.activities })}</span>
                                </li>
                              ))}
                            </ul>
                          )}
                        </td>
                      );
                    })}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )
      ) : null}
    </>
  );
}
