// The legal-basis finder (issue 11 §2): which treaty lets State A ask State B for extradition or mutual legal
// assistance about a conduct on a date, the articles to cite, the evidence for both States, the caveats, the near
// misses and whom to ask. The question lives in the address bar, so an answer is a link; the answer is one small
// response, readable on a phone and printable on one page (cooperation.css).
import { useEffect, useId, useState, type FormEvent } from 'react';
import { CONDUCT_IDS } from '#domain/cooperation/conducts.ts';
import { COOPERATION_KINDS } from '#domain/cooperation/types.ts';
import {
  DataTable,
  Cell,
  DateText,
  DisagreementLabel,
  ErrorMessage,
  Loading,
  Name,
  SourceRef,
  StatusBadge,
  Text,
  useDocumentTitle,
} from '#web/components/common.tsx';
import { useStateChoices } from '#web/features/accounts/reference.tsx';
import {
  finderApi,
  type ApplicableTreaty,
  type AuthorityLink,
  type Caveat,
  type FinderInstrument,
  type LegalBasisAnswer,
  type ParticipationEvidence,
  type StateRef,
} from '#web/features/cooperation/finder-api.ts';
import {
  articleHref,
  asOfFromField,
  authoritiesHref,
  authorityHref,
  dateFieldValue,
  finderHref,
  finderQuery,
  localIsoDate,
  mainAct,
  pairsHref,
  parseFinderForm,
  type FinderForm,
  type FinderProblem,
} from '#web/features/cooperation/finder-view.ts';
import { newRequestHref } from '#web/features/cooperation/request-writer.ts';
import { useI18n, type Localized, type MessageKey } from '#web/i18n/i18n.tsx';
import { href, Link, navigate, useSearch } from '#web/router.tsx';
import { useSession } from '#web/session.tsx';
import { useApi } from '#web/use-api.ts';
import '#web/features/cooperation/cooperation.css';

export function LegalBasisPage() {
  const { t } = useI18n();
  const [params] = useSearch();
  const form = parseFinderForm(params);
  const { query } = finderQuery(form);
  const key = query ? `legal-basis:${query.from}:${query.to}:${query.kind}:${query.conduct}:${query.asOf ?? ''}` : null;
  const answer = useApi(key, (signal) => finderApi.legalBasis(query!, signal));
  useDocumentTitle(t('finder.title'));

  return (
    <div className="finder-page">
      <h1 tabIndex={-1}>{t('finder.title')}</h1>
      <p className="lead no-print">{t('finder.intro')}</p>
      <QuestionForm form={form} />
      {!query ? <p className="no-print">{t('finder.empty')}</p> : null}
      {query && answer.error ? <ErrorMessage error={answer.error} /> : null}
      {query && !answer.data && answer.loading ? <Loading /> : null}
      {query && answer.data ? <Answer answer={answer.data.data} busy={answer.loading} /> : null}
    </div>
  );
}

// ---------------------------------------------------------------------------------------------------------------
// The question

function QuestionForm({ form }: { form: FinderForm }) {
  const { t, lang } = useI18n();
  const ids = useId();
  const states = useStateChoices();
  const today = localIsoDate(new Date());
  const [draft, setDraft] = useState({ ...form, date: dateFieldValue(form.asOf, today) });
  const [problems, setProblems] = useState<FinderProblem[]>([]);
  // A new address (back, a link, a cell of the pair view) resets the form to it.
  const address = `${form.from}|${form.to}|${form.kind}|${form.conduct}|${form.asOf}`;
  useEffect(() => {
    setDraft({ ...form, date: dateFieldValue(form.asOf, today) });
    setProblems([]);
    // `form` is identified by `address`.
  }, [address, today]);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const asked = { ...draft, asOf: asOfFromField(draft.date, today) };
    const check = finderQuery(asked);
    setProblems(check.problems);
    if (check.query) navigate(finderHref(lang, asked), { keepScroll: true });
    else window.requestAnimationFrame(() => document.getElementById(`${ids}-problems`)?.focus());
  };
  const set = (patch: Partial<typeof draft>) => setDraft((d) => ({ ...d, ...patch }));
  // Until the list of States arrives, the States of the address are choices of their own (named by code).
  const choices = [...states];
  for (const code of [draft.from, draft.to]) if (code && !choices.some((c) => c.value === code)) choices.unshift({ value: code, label: code });
  const invalid = (field: 'from' | 'to' | 'kind' | 'conduct') =>
    problems.includes(field) || (field !== 'kind' && field !== 'conduct' && problems.includes('same')) ? true : undefined;
  const stateSelect = (field: 'from' | 'to') => (
    <div className="field">
      <label htmlFor={`${ids}-${field}`}>{t(`finder.form.${field}`)}</label>
      <select
        id={`${ids}-${field}`}
        name={field}
        value={draft[field] ?? ''}
        aria-invalid={invalid(field)}
        onChange={(e) => set({ [field]: e.target.value || null })}
      >
        <option value="">{t('common.choose')}</option>
        {choices.map((c) => (
          <option key={c.value} value={c.value}>
            {c.label}
          </option>
        ))}
      </select>
    </div>
  );

  return (
    <form className="finder-form no-print" aria-labelledby={`${ids}-heading`} onSubmit={submit} noValidate>
      <h2 id={`${ids}-heading`}>{t('finder.form.heading')}</h2>
      {problems.length > 0 ? (
        <ul className="error" id={`${ids}-problems`} tabIndex={-1} role="alert">
          {problems.map((p) => (
            <li key={p}>{t(`finder.form.problem.${p}`)}</li>
          ))}
        </ul>
      ) : null}
      <div className="finder-states">
        {stateSelect('from')}
        <button type="button" className="finder-swap" onClick={() => set({ from: draft.to, to: draft.from })}>
          <span aria-hidden="true">⇄</span> {t('finder.form.swap')}
        </button>
        {stateSelect('to')}
      </div>
      <fieldset className={invalid('kind') ? 'finder-kind invalid' : 'finder-kind'}>
        <legend>{t('finder.form.kind')}</legend>
        {COOPERATION_KINDS.map((k) => (
          <label key={k}>
            <input type="radio" name="kind" value={k} checked={draft.kind === k} onChange={() => set({ kind: k })} /> {t(`finder.kind.${k}`)}
          </label>
        ))}
      </fieldset>
      <div className="field">
        <label htmlFor={`${ids}-conduct`}>{t('finder.form.conduct')}</label>
        <select
          id={`${ids}-conduct`}
          name="conduct"
          value={draft.conduct ?? ''}
          aria-invalid={invalid('conduct')}
          onChange={(e) => set({ conduct: CONDUCT_IDS.find((c) => c === e.target.value) ?? null })}
        >
          <option value="">{t('common.choose')}</option>
          {CONDUCT_IDS.map((c) => (
            <option key={c} value={c}>
              {t(`finder.conduct.${c}`)}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${ids}-date`}>{t('finder.form.date')}</label>
        <input
          id={`${ids}-date`}
          type="date"
          name="asOf"
          min="1963-01-01"
          max={today}
          value={draft.date}
          aria-describedby={`${ids}-date-hint`}
          onChange={(e) => set({ date: e.target.value })}
        />
        <span id={`${ids}-date-hint`} className="hint">
          {t('finder.form.dateHint')}
        </span>
      </div>
      <p>
        <button type="submit" className="button primary">
          {t('finder.form.submit')}
        </button>
      </p>
    </form>
  );
}

// ---------------------------------------------------------------------------------------------------------------
// The answer

/** A State of the answer by its code: the requesting or requested State's names. */
function useAnswerStateName(answer: LegalBasisAnswer) {
  const { localize } = useI18n();
  return (code: string) => {
    const ref: StateRef | undefined = [answer.requesting, answer.requested].find((s) => s.code === code);
    return localize(ref?.names, code);
  };
}

function Answer({ answer, busy }: { answer: LegalBasisAnswer; busy: boolean }) {
  const i18n = useI18n();
  const { t, tx, lang } = i18n;
  const stateName = useAnswerStateName(answer);
  const from = stateName(answer.requesting.code);
  const to = stateName(answer.requested.code);
  const pinned = finderHref(lang, { from: answer.requesting.code, to: answer.requested.code, kind: answer.kind, conduct: answer.conduct, asOf: answer.asOf });
  const instruments = new Map<string, FinderInstrument>(
    [...answer.applicable, ...answer.nearMisses].map((x) => [x.instrument.id, x.instrument]),
  );

  return (
    <section className="finder-answer" aria-labelledby="answer-heading" aria-busy={busy}>
      <h2 id="answer-heading" tabIndex={-1}>
        {t('finder.answer.heading')}
      </h2>
      <p className="answer-question">
        {tx('finder.answer.question', {
          kind: t(`finder.kind.${answer.kind}`),
          from: <Text value={from} className="state-name" />,
          to: <Text value={to} className="state-name" />,
          conduct: t(`finder.conduct.${answer.conduct}`),
          date: <DateText iso={answer.asOf} style="long" />,
        })}
      </p>
      <p className="answer-count">
        <strong>{t('finder.answer.count', { count: answer.applicable.length })}</strong>
      </p>
      <p className="answer-tools no-print">
        <Link to={pinned}>{t('finder.answer.link')}</Link>
        <button type="button" onClick={() => window.print()}>
          {t('finder.answer.print')}
        </button>
      </p>

      {answer.noTreatyBasis ? (
        <div className="notice no-basis">
          <h3>{t('finder.noBasis.heading')}</h3>
          <p>{tx('finder.noBasis.text', { from: <Text value={from} />, to: <Text value={to} /> })}</p>
        </div>
      ) : null}

      {(answer.undetermined ?? []).length > 0 ? (
        <div className="notice undetermined">
          <p>{t('finder.undetermined', { count: answer.undetermined.length })}</p>
          <ul>
            {answer.undetermined.map((id) => {
              const instrument = instruments.get(id);
              return <li key={id}>{instrument ? <InstrumentLink instrument={instrument} asOf={answer.asOf} /> : id}</li>;
            })}
          </ul>
        </div>
      ) : null}

      {answer.applicable.length > 0 ? <p className="hint">{t('finder.treaty.paraphraseNote')}</p> : null}
      {answer.applicable.map((a) => (
        <TreatyAnswer key={a.instrument.id} treaty={a} answer={answer} />
      ))}

      {answer.caveats.length > 0 ? (
        <section aria-labelledby="answer-caveats" className="answer-part">
          <h3 id="answer-caveats">{t('finder.answer.wholeAnswer')}</h3>
          <CaveatList caveats={answer.caveats} />
        </section>
      ) : null}

      <section aria-labelledby="answer-bilateral" className="answer-part">
        <h3 id="answer-bilateral">{t('finder.bilateral.heading')}</h3>
        {answer.bilateral.length === 0 ? (
          <p>{t('finder.bilateral.none')}</p>
        ) : (
          <ul className="answer-list">
            {answer.bilateral.map((b) => (
              <li key={b.id}>
                <strong>{b.title}</strong>
                {t('common.separator')}
                {t(`finder.bilateral.kind.${b.kind}`)}
                {t('common.separator')}
                {tx('finder.bilateral.signed', { date: <DateText iso={b.signedOn} /> })}
                {t('common.separator')}
                {tx('finder.bilateral.inForce', { date: <DateText iso={b.inForceFrom} /> })}
                {t('common.separator')}
                <PlainSource name={b.source} url={b.sourceUrl} />
              </li>
            ))}
          </ul>
        )}
      </section>

      {answer.nearMisses.length > 0 ? (
        <section aria-labelledby="answer-near-misses" className="answer-part">
          <h3 id="answer-near-misses">{t('finder.nearMiss.heading')}</h3>
          <p>{t('finder.nearMiss.intro')}</p>
          <ul className="answer-list near-misses">
            {answer.nearMisses.map((m, i) => (
              <li key={`${m.instrument.id}:${m.state}:${i}`} data-reason={m.reason}>
                <InstrumentLink instrument={m.instrument} asOf={answer.asOf} />
                {t('common.separator')}
                {tx(`finder.nearMiss.${m.reason}` as MessageKey, {
                  state: <Text value={stateName(m.state)} />,
                  date: <DateText iso={m.date} />,
                })}
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      <section aria-labelledby="answer-declarations" className="answer-part">
        <h3 id="answer-declarations">{t('finder.declarations.heading')}</h3>
        {answer.declarations.length === 0 ? (
          <p>{t('finder.declarations.none')}</p>
        ) : (
          <ul className="answer-list">
            {answer.declarations.map((d) => {
              const kindKey = `finder.declarations.kind.${d.kind}` as MessageKey;
              const kind = t(kindKey);
              const instrument = instruments.get(d.instrumentId);
              return (
                <li key={d.id}>
                  <strong>
                    <Text value={stateName(d.state)} />
                  </strong>
                  {t('common.separator')}
                  {instrument ? <Name text={instrument.shortNames} fallback={d.instrumentId} /> : d.instrumentId}{' '}
                  {d.article ? <ArticleNumber article={d.article} /> : null}
                  {t('common.separator')}
                  {kind === kindKey ? d.kind : kind}
                  {d.languages.length > 0 ? (
                    <>
                      {t('common.separator')}
                      {t('finder.declarations.languages', { languages: languageList(d.languages, t) })}
                    </>
                  ) : null}
                  {t('common.separator')}
                  {tx('finder.declarations.declared', { date: <DateText iso={d.declaredOn} /> })}
                  {d.text ? <q className="declaration-text">{d.text}</q> : null}
                  <span className="declaration-source">
                    <PlainSource name={d.source} url={d.sourceUrl} />
                  </span>
                </li>
              );
            })}
          </ul>
        )}
      </section>

      <Authorities answer={answer} to={to} />

      <StartRequest answer={answer} />
      <p className="no-print">
        <Link to={pairsHref(lang, { conduct: answer.conduct, kind: answer.kind, asOf: answer.asOf, state: answer.requesting.code })}>
          {t('finder.pairsLink')}
        </Link>
      </p>
    </section>
  );
}

/**
 * A request drafted from this answer: one link per treaty the answer found in force for both States, and one for no treaty basis, each
 * carrying the question so the draft starts with its legal basis and the requested State. For the practitioners who
 * draft requests only (the session's ability).
 */
function StartRequest({ answer }: { answer: LegalBasisAnswer }) {
  const { t, tx, lang } = useI18n();
  const session = useSession();
  if (!session.user || !session.abilities.draftCooperationRequests) return null;
  const base = { from: answer.requesting.code, to: answer.requested.code, kind: answer.kind, conduct: answer.conduct, asOf: answer.asOf };
  return (
    <section className="start-request no-print" aria-labelledby="start-request-heading">
      <h3 id="start-request-heading">{t('requestWriter.finder.heading')}</h3>
      <ul className="plain">
        {answer.applicable.map((a) => (
          <li key={a.instrument.id}>
            <Link to={newRequestHref(lang, { ...base, instrumentId: a.instrument.id })} data-instrument={a.instrument.id}>
              {tx('requestWriter.finder.startUnder', { instrument: <Name text={a.instrument.shortNames} fallback={a.instrument.id} /> })}
            </Link>
          </li>
        ))}
        <li>
          <Link to={newRequestHref(lang, { ...base, instrumentId: null })} data-instrument="none">
            {t('requestWriter.finder.startWithout')}
          </Link>
        </li>
      </ul>
    </section>
  );
}

function InstrumentLink({ instrument, asOf }: { instrument: FinderInstrument; asOf: string }) {
  const { lang } = useI18n();
  return (
    <Link to={href(lang, `/instruments/${encodeURIComponent(instrument.id)}`, { asOf })}>
      <Name text={instrument.shortNames} fallback={instrument.id} />
    </Link>
  );
}

/** "Art. 11(2)": the number kept left to right inside any sentence (a right-to-left one mirrors its brackets). */
function ArticleNumber({ article }: { article: string }) {
  const { tx } = useI18n();
  return <span className="article-number">{tx('finder.treaty.article', { article: <bdi dir="ltr">{article}</bdi> })}</span>;
}

function TreatyAnswer({ treaty, answer }: { treaty: ApplicableTreaty; answer: LegalBasisAnswer }) {
  const i18n = useI18n();
  const { t, tx, lang } = i18n;
  const id = `treaty-${treaty.instrument.id}`;
  return (
    <article className="treaty-answer" aria-labelledby={id} data-instrument={treaty.instrument.id}>
      <h3 id={id}>
        <Link to={href(lang, `/instruments/${encodeURIComponent(treaty.instrument.id)}`, { asOf: answer.asOf })}>
          <Name text={treaty.instrument.titles} fallback={treaty.instrument.id} />
        </Link>
      </h3>
      <p>
        {treaty.inForceForBothFrom
          ? tx('finder.treaty.inForceForBoth', { date: <DateText iso={treaty.inForceForBothFrom} style="long" /> })
          : t('finder.treaty.inForceForBothUnknown')}
      </p>
      <h4>{t('finder.treaty.articles')}</h4>
      <ul className="provisions">
        {treaty.provisions.map((p, i) => {
          const to = articleHref(lang, p.articlePath);
          // The provision kinds are named by the treaty register's catalogue (article.provisionKind.*).
          const kindKey = `article.provisionKind.${p.kind}` as MessageKey;
          const kind = t(kindKey);
          return (
            <li key={`${p.kind}:${p.article}:${i}`} data-article={p.article}>
              <span className="provision-head">
                {to ? (
                  <Link to={to}>
                    <ArticleNumber article={p.article} />
                  </Link>
                ) : (
                  <ArticleNumber article={p.article} />
                )}
                {kind !== kindKey ? <span className="provision-kind">{kind}</span> : null}
                {!p.verified ? (
                  <span className="badge badge-unverified" title={t('finder.treaty.unverifiedHint')}>
                    {t('finder.treaty.unverified')}
                  </span>
                ) : null}
              </span>
              <span className="paraphrase" lang="en">
                {p.paraphrase}
              </span>
            </li>
          );
        })}
      </ul>
      <h4>{t('finder.treaty.evidence')}</h4>
      <EvidenceTable treaty={treaty} answer={answer} />
      {treaty.caveats.length > 0 ? (
        <>
          <h4>{t('finder.treaty.caveats')}</h4>
          <CaveatList caveats={treaty.caveats} />
        </>
      ) : null}
    </article>
  );
}

function EvidenceTable({ treaty, answer }: { treaty: ApplicableTreaty; answer: LegalBasisAnswer }) {
  const { t, tx } = useI18n();
  const stateName = useAnswerStateName(answer);
  const columns: [string, string, string, string, string] = [
    t('finder.evidence.columns.state'),
    t('finder.evidence.columns.status'),
    t('finder.evidence.columns.act'),
    t('finder.evidence.columns.inForce'),
    t('finder.evidence.columns.source'),
  ];
  const rows: [ParticipationEvidence, 'requesting' | 'requested'][] = [
    [treaty.evidence.requesting, 'requesting'],
    [treaty.evidence.requested, 'requested'],
  ];
  return (
    <DataTable caption={t('finder.evidence.caption')} hideCaption columns={columns} stacked>
      {rows.map(([e, role]) => {
        const act = mainAct(e);
        return (
          <tr key={role} role="row" data-role={role}>
            <th scope="row" role="rowheader">
              <Text value={stateName(e.state)} /> <span className="muted">({t(`finder.evidence.${role}`)})</span>
            </th>
            <Cell label={columns[1]}>
              <StatusBadge status={e.status} />
              {e.sourcesDisagree ? (
                <>
                  {' '}
                  <DisagreementLabel />
                </>
              ) : null}
            </Cell>
            <Cell label={columns[2]}>
              {act ? (
                <>
                  {t(`eventKind.${act.kind}`)}
                  {t('common.separator')}
                  <DateText iso={act.date} />
                </>
              ) : (
                <span className="unknown">{t('finder.evidence.noAct')}</span>
              )}
              {e.withdrawal ? (
                <>
                  {t('common.separator')}
                  {tx('finder.evidence.withdrawal', { date: <DateText iso={e.withdrawal.date} /> })}
                </>
              ) : null}
            </Cell>
            <Cell label={columns[3]}>
              <DateText iso={e.inForceFrom} />
            </Cell>
            <Cell label={columns[4]}>
              {act ? (
                <>
                  <SourceRef source={act.source} />
                  <span className="source-title" lang="en">
                    {act.source.title}
                  </span>
                </>
              ) : (
                <SourceRef source={null} />
              )}
            </Cell>
          </tr>
        );
      })}
    </DataTable>
  );
}

/** Caveats in the reader's language from their code; a code this screen does not know yet shows the English text. */
function CaveatList({ caveats }: { caveats: Caveat[] }) {
  const { t } = useI18n();
  return (
    <ul className="caveats">
      {caveats.map((c, i) => {
        const key = `finder.caveat.${c.code}` as MessageKey;
        const text = t(key);
        return (
          <li key={`${c.code}:${c.instrumentId}:${c.article}:${i}`} data-code={c.code}>
            {c.article ? (
              <>
                <ArticleNumber article={c.article} />
                {t('common.separator')}
              </>
            ) : null}
            {text === key ? <span lang="en">{c.text}</span> : text}
          </li>
        );
      })}
    </ul>
  );
}

function Authorities({ answer, to }: { answer: LegalBasisAnswer; to: Localized }) {
  const { tx, lang } = useI18n();
  const state = <Text value={to} />;
  return (
    <section aria-labelledby="answer-authorities" className="answer-part">
      <h3 id="answer-authorities">{tx('finder.authorities.heading', { state })}</h3>
      {answer.authorities.length === 0 ? (
        <p>{tx('finder.authorities.none', { state })}</p>
      ) : (
        <ul className="answer-list authorities">
          {answer.authorities.map((a) => (
            <AuthorityItem key={a.id} authority={a} />
          ))}
        </ul>
      )}
      <p>
        <Link to={authoritiesHref(lang, answer.requested.code)}>{tx('finder.authorities.all', { state })}</Link>
      </p>
    </section>
  );
}

function AuthorityItem({ authority: a }: { authority: AuthorityLink }) {
  const { t, lang } = useI18n();
  const channels = a.channels.map((c) => {
    const key = `finder.authorities.channel.${c}` as MessageKey;
    const label = t(key);
    return label === key ? c : label;
  });
  return (
    <li>
      <Link to={authorityHref(lang, a.id)}>{a.name}</Link>
      {a.stale ? <span className="badge badge-stale">{t('finder.authorities.stale')}</span> : null}
      {channels.length > 0 ? (
        <>
          {t('common.separator')}
          {t('finder.authorities.channels', { list: channels.join(t('common.separator')) })}
        </>
      ) : null}
      {a.languages.length > 0 ? (
        <>
          {t('common.separator')}
          {t('finder.authorities.languages', { list: languageList(a.languages, t) })}
        </>
      ) : null}
    </li>
  );
}

/** Language codes named in the reader's language where the catalogue knows them (the six), else the code. */
function languageList(codes: string[], t: (key: MessageKey) => string): string {
  return codes
    .map((c) => {
      const key = `languageName.${c.toLowerCase()}` as MessageKey;
      const name = t(key);
      return name === key ? c : name;
    })
    .join(t('common.separator'));
}

/** A user-recorded source: its name, linked when it has an http(s) address. */
function PlainSource({ name, url }: { name: string; url: string | null }) {
  if (url && /^https?:\/\//i.test(url)) {
    return (
      <a className="source" href={url} rel="noopener noreferrer">
        {name}
      </a>
    );
  }
  return <span className="source">{name}</span>;
}
