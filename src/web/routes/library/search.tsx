// One search over the library, treaty articles, legal provisions and the assistance records the reader may see
// (issue 13 §3). The address is the query (?q=&state=&instrument=&kind=&language=&year=&theme=&mandate=&requirement=
// &page=, lists comma-separated), so a search is shared by its link. Facets are links that add or remove a value.
import { useState, type ReactNode } from 'react';
import { api, apiClient } from '#web/api.ts';
import type { components } from '#web/api/openapi.d.ts';
import { ErrorMessage, useDocumentTitle } from '#web/components/common.tsx';
import { StatusMessage } from '#web/components/forms.tsx';
import { legislationApi } from '#web/features/library/legislation-api.ts';
import { SearchForm } from '#web/features/library/search-form.tsx';
import { Pager, pageParam } from '#web/components/pager.tsx';
import { useStateName } from '#web/features/accounts/reference.tsx';
import { useVocabulary } from '#web/features/assistance/vocabulary.tsx';
import { useI18n, type MessageKey } from '#web/i18n/i18n.tsx';
import { href, Link, useLocation, useSearch } from '#web/router.tsx';
import { useSession } from '#web/session.tsx';
import { useApi } from '#web/use-api.ts';

type SearchAnswer = components['schemas']['SearchAnswer'];
type SearchHit = components['schemas']['SearchHit'];
type Range = { start: number; end: number };

const PAGE_SIZE = 20;
const FACETS = ['state', 'instrument', 'kind', 'language', 'year', 'theme', 'mandate', 'requirement'] as const;
type Facet = (typeof FACETS)[number];

/** The values of a comma-separated parameter. */
const valuesOf = (params: URLSearchParams, name: string): string[] => (params.get(name) ?? '').split(',').filter(Boolean);

/** `text` with its matched ranges in <mark>. */
export function Marked({ text, ranges }: { text: string; ranges: readonly Range[] }) {
  const parts: ReactNode[] = [];
  let at = 0;
  for (const r of [...ranges].sort((a, b) => a.start - b.start)) {
    if (r.start < at) continue;
    if (r.start > at) parts.push(text.slice(at, r.start));
    parts.push(<mark key={r.start}>{text.slice(r.start, r.end)}</mark>);
    at = r.end;
  }
  if (at < text.length) parts.push(text.slice(at));
  return <>{parts}</>;
}

export function SearchPage() {
  const { t, lang, localize } = useI18n();
  const session = useSession();
  const [params] = useSearch();
  const q = (params.get('q') ?? '').trim();
  const page = pageParam(params);
  const selected = Object.fromEntries(FACETS.map((f) => [f, valuesOf(params, f)])) as Record<Facet, string[]>;
  useDocumentTitle(q ? t('search.titleFor', { q }) : t('search.title'));
  const who = session.user?.id ?? 'anonymous';
  const query = { q, page, pageSize: PAGE_SIZE, lang, ...Object.fromEntries(FACETS.map((f) => [f, selected[f].join(',') || undefined])) };
  const answer = useApi(q ? `search:${who}:${JSON.stringify(query)}` : null, async (signal) =>
    ((await apiClient.getJson('/search', query, signal)) as SearchAnswer),
  );
  const instruments = useApi('instruments', (signal) => api.instruments(signal));
  const instrumentName = (id: string) => {
    const i = instruments.data?.data.find((x) => x.id === id);
    return i ? localize(i.shortNames, id).text : id;
  };
  // A requirement facet is named by its instrument and its category (the checklists, read once when one is shown).
  const requirementIds = answer.data?.facets.requirement ?? [];
  const checklists = useApi(requirementIds.length > 0 ? 'legislation-checklists' : null, (signal) => legislationApi.checklists(signal));
  const requirementName = (id: string) => {
    const item = checklists.data?.flatMap((c) => c.items).find((i) => i.requirementId === id);
    return item ? `${instrumentName(item.instrumentId)} — ${t(`legislation.category.${item.category}` as MessageKey)}` : id;
  };
  const stateName = useStateName();
  const vocabulary = useVocabulary();
  const languageName = (code: string) => {
    try {
      return new Intl.DisplayNames([lang], { type: 'language' }).of(code) ?? code;
    } catch {
      return code;
    }
  };
  const label: Record<Facet, (value: string) => string> = {
    state: stateName,
    instrument: instrumentName,
    kind: (k) => {
      const key = `search.kind.${k}` as MessageKey;
      const text = t(key);
      return text === key ? k : text;
    },
    language: languageName,
    year: (y) => y,
    theme: vocabulary.theme,
    mandate: vocabulary.mandate,
    requirement: requirementName,
  };
  const data = answer.data;

  return (
    <>
      <h1 tabIndex={-1}>{t('search.title')}</h1>
      <p className="lead">{session.user ? t('search.introSignedIn') : t('search.introPublic')}</p>
      <SearchForm id="search-page-q" initial={q} key={q} />
      {q ? (
        <div className="search-layout">
          <aside className="search-facets" aria-labelledby="search-facets-heading">
            <h2 id="search-facets-heading">{t('search.facets.label')}</h2>
            {FACETS.some((f) => selected[f].length > 0) ? (
              <p>
                <Link to={href(lang, '/search', { q })}>{t('search.facets.clear')}</Link>
              </p>
            ) : null}
            {data
              ? FACETS.map((f) => (
                  <FacetList key={f} facet={f} counts={data.facets[f]} selected={selected[f]} label={label[f]} />
                ))
              : null}
          </aside>
          <section className="search-results" aria-labelledby="search-results-heading">
            <h2 id="search-results-heading" className="visually-hidden">
              {t('search.results.heading')}
            </h2>
            <p role="status" aria-live="polite" className="search-count">
              {data
                ? t(data.more ? 'search.results.more' : 'search.results.count', { count: data.total })
                : answer.loading
                  ? t('common.loading')
                  : ''}
            </p>
            {answer.error ? <ErrorMessage error={answer.error} /> : null}
            {data && data.instrumentsNamed.length > 0 ? (
              <p className="muted">
                {t('search.results.instrumentsNamed', { instruments: data.instrumentsNamed.map(instrumentName).join(t('common.separator')) })}
              </p>
            ) : null}
            {data ? <CopyLink /> : null}
            {data && data.total === 0 ? <p>{t('search.results.none')}</p> : null}
            {data && data.data.length > 0 ? (
              <ol className="search-hits" start={(data.page - 1) * data.pageSize + 1}>
                {data.data.map((hit) => (
                  <Hit key={`${hit.sourceKind}:${hit.sourceId}`} hit={hit} kindLabel={label.kind} languageName={languageName} stateName={stateName} />
                ))}
              </ol>
            ) : null}
            {data && data.total > data.pageSize ? <Pager page={data.page} pageSize={data.pageSize} total={data.total} /> : null}
          </section>
        </div>
      ) : (
        <p>{t('search.prompt')}</p>
      )}
    </>
  );
}

function FacetList({
  facet,
  counts,
  selected,
  label,
}: {
  facet: Facet;
  counts: { value: string; count: number }[];
  selected: string[];
  label: (value: string) => string;
}) {
  const { t, number } = useI18n();
  const location = useLocation();
  if (counts.length === 0 && selected.length === 0) return null;
  const toggled = (value: string) => {
    const next = new URLSearchParams(location.search);
    const values = selected.includes(value) ? selected.filter((v) => v !== value) : [...selected, value];
    if (values.length > 0) next.set(facet, values.join(','));
    else next.delete(facet);
    next.delete('page');
    return `${location.pathname}?${next.toString()}`;
  };
  const shown = [...counts];
  for (const v of selected) if (!shown.some((c) => c.value === v)) shown.push({ value: v, count: 0 });
  const headingId = `search-facet-${facet}`;
  return (
    <div className="search-facet">
      <h3 id={headingId}>{t(`search.facets.${facet}` as MessageKey)}</h3>
      <ul aria-labelledby={headingId}>
        {shown.slice(0, 30).map((c) => {
          const on = selected.includes(c.value);
          return (
            <li key={c.value}>
              <Link to={toggled(c.value)} aria-current={on ? true : undefined} className={on ? 'facet-on' : undefined}>
                <span dir="auto">{label(c.value)}</span> <span className="muted">({number(c.count)})</span>
              </Link>
            </li>
          );
        })}
      </ul>
    </div>
  );
}

function Hit({
  hit,
  kindLabel,
  languageName,
  stateName,
}: {
  hit: SearchHit;
  kindLabel: (kind: string) => string;
  languageName: (code: string) => string;
  stateName: (code: string) => string;
}) {
  const { t, lang } = useI18n();
  const meta = [
    kindLabel(hit.kind),
    hit.language ? languageName(hit.language) : null,
    hit.year !== null ? String(hit.year) : null,
    ...hit.stateCodes.map(stateName),
  ].filter((x): x is string => !!x);
  return (
    <li className="search-hit">
      <h3>
        <Link to={href(lang, hit.href)}>
          <span dir="auto">
            <Marked text={hit.title} ranges={hit.titleMatches} />
          </span>
        </Link>
      </h3>
      <p className="muted">{meta.join(t('common.separator'))}</p>
      {hit.score < 1 ? <p className="muted">{t('search.results.viaInstrument')}</p> : null}
      {hit.snippets.map((s, i) => (
        <p key={i} className="search-snippet" dir="auto">
          {s.leading ? '… ' : ''}
          <Marked text={s.text} ranges={s.matches} />
          {s.trailing ? ' …' : ''}
        </p>
      ))}
    </li>
  );
}

/** Copies the address of these results (the shareable link). */
function CopyLink() {
  const { t } = useI18n();
  const [status, setStatus] = useState<string | null>(null);
  return (
    <p className="search-share">
      <button
        type="button"
        onClick={() => {
          navigator.clipboard
            .writeText(window.location.href)
            .then(() => setStatus(t('search.copied')))
            .catch(() => setStatus(t('search.copyFailed')));
        }}
      >
        {t('search.copyLink')}
      </button>{' '}
      <StatusMessage>{status}</StatusMessage>
    </p>
  );
}
