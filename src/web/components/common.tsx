// Small presentational pieces used across screens.
import { useEffect, type ReactNode } from 'react';
import { ERROR_CODES } from '#domain/errors.ts';
import type { LocalizedText, ParticipationStatus } from '#domain/treaties/types.ts';
import type { SourceView } from '#domain/treaties/views.ts';
import { ApiError } from '../api.ts';
import { StaleWrite } from './stale-write.tsx';
import type { DateStyle } from '../i18n/dates.ts';
import { useI18n, type Localized, type MessageKey } from '../i18n/i18n.tsx';

/** Renders a localized value; a fallback to another language carries `lang` so screen readers pronounce it. */
export function Text({ value, className }: { value: Localized; className?: string }) {
  if (!value.lang && !className) return <>{value.text}</>;
  return (
    <span lang={value.lang} className={className}>
      {value.text}
    </span>
  );
}

export function Name({ text, fallback }: { text: LocalizedText | null | undefined; fallback?: string }) {
  const { localize } = useI18n();
  return <Text value={localize(text, fallback)} />;
}

export function RegionalGroup({ name }: { name: string | null }) {
  const { regionalGroup } = useI18n();
  return <Text value={regionalGroup(name)} />;
}

/**
 * A date as the UN writes it ("18 December 2013" in sentences, "18 Dec 2013" in tables), or "unknown" — never blank.
 * The one element every screen shows dates with: `.date` keeps it on one line (a Chinese date does not break after
 * 年) and isolates it from the text around it (a date stays whole inside an Arabic sentence).
 */
export function DateText({ iso, style }: { iso: string | null | undefined; style?: DateStyle }) {
  const { date } = useI18n();
  if (!iso) return <span className="unknown">{date(null)}</span>;
  return (
    <time className="date" dateTime={iso}>
      {date(iso, style)}
    </time>
  );
}

export function Unknown({ value }: { value: ReactNode | null | undefined }) {
  const { t } = useI18n();
  if (value === null || value === undefined || value === '') return <span className="unknown">{t('common.unknown')}</span>;
  return <>{value}</>;
}

export const STATUS_SYMBOL: Record<ParticipationStatus, string> = {
  party: '●',
  signatory: '◐',
  withdrawn: '✕',
  none: '–',
  unknown: '?',
  not_adopted: '·',
  not_a_state: '·',
};

/** Status as a symbol and a word, never by colour alone. */
export function StatusBadge({ status }: { status: ParticipationStatus }) {
  const { t } = useI18n();
  return (
    <span className={`status status-${status}`}>
      <span className="status-symbol" aria-hidden="true">
        {STATUS_SYMBOL[status]}
      </span>{' '}
      {t(`status.${status}`)}
    </span>
  );
}

export function StatusLegend() {
  const { t } = useI18n();
  const statuses: ParticipationStatus[] = ['party', 'signatory', 'withdrawn', 'none', 'unknown'];
  return (
    <ul className="legend" aria-label={t('status.legend')}>
      {statuses.map((s) => (
        <li key={s}>
          <StatusBadge status={s} />
        </li>
      ))}
      <li>
        <span className="status">
          <DisagreementLabel />
        </span>
      </li>
    </ul>
  );
}

/** The mark and word flagging a status the sources disagree about; the legend explains the mark in the tables. */
export function DisagreementLabel() {
  const { t } = useI18n();
  return (
    <>
      <span className="disagree-mark" aria-hidden="true">
        !
      </span>{' '}
      {t('status.disagreement')}
    </>
  );
}

/** Publisher, as-of date and link of a source. */
export function SourceRef({ source }: { source: SourceView | null }) {
  const { t, tx } = useI18n();
  if (!source) return <span className="unknown">{t('common.unknown')}</span>;
  return (
    <span className="source">
      {source.url ? (
        <a href={source.url} rel="noopener noreferrer" title={source.title} lang="en">
          {source.publisher}
        </a>
      ) : (
        <span title={source.title} lang="en">
          {source.publisher}
        </span>
      )}
      {t('common.separator')}
      {source.asOf ? (
        <span>{tx('source.asOf', { date: <DateText iso={source.asOf} /> })}</span>
      ) : (
        <span className="unknown">{t('source.undated')}</span>
      )}
    </span>
  );
}

export function Loading() {
  const { t } = useI18n();
  return (
    <p className="loading" role="status">
      {t('common.loading')}
    </p>
  );
}

// The server's codes come from the one list it raises them from, so a new code cannot be missed here; NETWORK is the
// client's own (the request never got an answer).
const KNOWN_CODES = new Set<string>([...ERROR_CODES, 'NETWORK']);

/** Translates `errors.<code>`; the server's English message and issues are shown as detail, marked English. */
export function ErrorMessage({ error }: { error: unknown }) {
  const { t } = useI18n();
  const code = error instanceof ApiError && KNOWN_CODES.has(error.code) ? error.code : 'UNKNOWN';
  const issues = error instanceof ApiError ? error.issues : [];
  return (
    <div className="error" role="alert">
      <p>{t(`errors.${code}` as MessageKey)}</p>
      <StaleWrite error={error} />
      {/* The issue details come from the API in English; the one a reader can fix here is said in their language. */}
      {issues.some((issue) => [issue.path].flat().includes('asOf')) && (
        <p>{t('errors.asOfHint', { latest: t('asOf.latest') })}</p>
      )}
      {issues.length > 0 && (
        <ul lang="en">
          {issues.map((issue, i) => (
            <li key={i}>
              {Array.isArray(issue.path) ? issue.path.join('.') : issue.path}: {issue.message}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

export function useDocumentTitle(title: string | null) {
  const { t } = useI18n();
  useEffect(() => {
    document.title = title ? `${title} — ${t('app.name')}` : t('app.name');
  }, [title, t]);
}

/** A value that does not apply (no signature for a State that acceded): a dash, read out as "not applicable". */
export function NotApplicable() {
  const { t } = useI18n();
  return (
    <>
      <span className="muted" aria-hidden="true">
        —
      </span>
      <span className="visually-hidden">{t('common.notApplicable')}</span>
    </>
  );
}

/**
 * A table of figures in its horizontal scroller. The caption is hidden where the heading above already says what the
 * table holds; screen readers still announce it.
 *
 * `stacked`: on a narrow screen each row becomes a block, one line per cell labelled with its column (cells made with
 * `stackedCell`), so a phone scrolls down, never sideways. Changing a table's CSS display drops its table semantics in
 * some browsers (Safari), so a stacked table states its roles explicitly.
 */
export function DataTable({
  caption,
  hideCaption = false,
  columns,
  children,
  stacked = false,
}: {
  caption: ReactNode;
  hideCaption?: boolean;
  columns: string[];
  children: ReactNode;
  stacked?: boolean;
}) {
  const role = (r: string) => (stacked ? r : undefined);
  return (
    <div className={stacked ? 'table-scroll stacked' : 'table-scroll'}>
      <table className="data-table" role={role('table')}>
        <caption className={hideCaption ? 'visually-hidden' : undefined}>{caption}</caption>
        <thead role={role('rowgroup')}>
          <tr role={role('row')}>
            {columns.map((label, i) => (
              <th key={i} scope="col" role={role('columnheader')}>
                {label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody role={role('rowgroup')}>{children}</tbody>
      </table>
    </div>
  );
}

/**
 * A cell of a stacked DataTable: its role, its column's name (shown before the value on a narrow screen, hidden from
 * screen readers, which announce the column header), and the value in one box. Without `label`, a plain cell.
 */
export function Cell({ label, children }: { label?: string; children: ReactNode }) {
  if (label === undefined) return <td>{children}</td>;
  return (
    <td role="cell" data-label={label}>
      <span className="cell-value">{children}</span>
    </td>
  );
}

/** A filter as a labelled select; its first option, "all" by default, is no filter and is passed on as null. */
export function FilterSelect({
  id,
  label,
  allLabel,
  value,
  options,
  onChange,
}: {
  id: string;
  label: string;
  allLabel?: string;
  value: string | null;
  options: { value: string; label: string }[];
  onChange: (value: string | null) => void;
}) {
  const { t } = useI18n();
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value ?? ''} onChange={(e) => onChange(e.target.value || null)}>
        <option value="">{allLabel ?? t('common.all')}</option>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}
