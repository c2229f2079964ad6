// What a reader sees when their save came after someone else's (412, ADR 19): the fields they sent that differ from
// the record as it is now, theirs beside the other, and the two ways on: reload the record, or apply their changes
// again over the current version (the next save then names it).
import { acceptCurrentVersion, ApiError } from '../api.ts';
import { useI18n } from '../i18n/i18n.tsx';

const shown = (v: unknown) => (v === null || v === undefined || v === '' ? '—' : Array.isArray(v) ? v.join(', ') : typeof v === 'object' ? JSON.stringify(v) : String(v));

/** The fields sent whose value differs from the current record's: [field, yours, theirs]. */
export function differingFields(sent: unknown, current: unknown): [string, unknown, unknown][] {
  if (typeof sent !== 'object' || sent === null || typeof current !== 'object' || current === null) return [];
  const now = current as Record<string, unknown>;
  return Object.entries(sent as Record<string, unknown>)
    .filter(([k]) => k !== 'version' && k in now)
    .filter(([k, v]) => JSON.stringify(v) !== JSON.stringify(now[k]))
    .map(([k, v]) => [k, v, now[k]]);
}

export function StaleWrite({ error }: { error: unknown }) {
  const { t } = useI18n();
  if (!(error instanceof ApiError) || error.code !== 'PRECONDITION_FAILED') return null;
  const { record, current, sent } = error.params as { record?: string; current?: { version?: number }; sent?: unknown };
  const rows = differingFields(sent, current);
  return (
    <div className="stale-write" data-testid="stale-write">
      {rows.length > 0 && (
        <table>
          <thead>
            <tr>
              <th scope="col">{t('concurrency.field')}</th>
              <th scope="col">{t('concurrency.yours')}</th>
              <th scope="col">{t('concurrency.theirs')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map(([k, mine, theirs]) => (
              <tr key={k}>
                <th scope="row">
                  <code>{k}</code>
                </th>
                <td>{shown(mine)}</td>
                <td>{shown(theirs)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <p>
        <button type="button" onClick={() => window.location.reload()}>
          {t('concurrency.reload')}
        </button>{' '}
        {record && typeof current?.version === 'number' && (
          <button type="button" onClick={() => acceptCurrentVersion(record, current.version!)}>
            {t('concurrency.reapply')}
          </button>
        )}
      </p>
    </div>
  );
}
