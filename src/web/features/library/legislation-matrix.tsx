// The matrix's legislation view (issue 13 §1): States × instruments, each cell how many of the instrument's
// requirements the State's law covers, whether it is incorporated, and the flags. Only States someone has assessed:
// every other cell is "not known".
import type { LegislationMatrixView } from '#web/api-types.ts';
import { DataTable, ErrorMessage, Loading, Name, Text } from '#web/components/common.tsx';
import { useI18n } from '#web/i18n/i18n.tsx';
import { href, Link } from '#web/router.tsx';
import { useApi } from '#web/use-api.ts';
import { legislationApi } from './legislation-api.ts';

export function LegislationMatrix({ group }: { group: string | null }) {
  const i18n = useI18n();
  const { t, lang } = i18n;
  const matrix = useApi('legislation-matrix', (signal) => legislationApi.matrix(signal));
  const m = matrix.data;
  if (matrix.error) return <ErrorMessage error={matrix.error} />;
  if (!m) return <Loading />;
  const rows = m.participants.filter((p) => !group || p.regionalGroup === group);
  return (
    <>
      <p className="lead">{t('legislation.matrix.intro')}</p>
      <p className="hint">{t('legislation.definition')}</p>
      <p>{t('legislation.assisted', { count: m.assistedRequirements })}</p>
      {rows.length === 0 ? (
        <p>{t('legislation.matrix.none')}</p>
      ) : (
        <DataTable caption={t('legislation.matrix.legislation')} hideCaption columns={[t('legislation.matrix.state'), ...m.instruments.map((i) => i18n.localize(i.shortNames, i.id).text)]}>
          {rows.map((p) => (
            <tr key={p.code}>
              <th scope="row">
                <Link to={href(lang, `/states/${encodeURIComponent(p.code)}/legislation`)}>
                  <Text value={i18n.localize(p.names, p.code)} />
                </Link>
              </th>
              {m.instruments.map((i) => (
                <Cell key={i.id} cell={p.cells[i.id]} total={i.requirements} />
              ))}
            </tr>
          ))}
        </DataTable>
      )}
      <section className="instrument-key">
        <ol>
          {m.instruments.map((inst) => (
            <li key={inst.id}>
              <Name text={inst.titles} fallback={inst.id} />
            </li>
          ))}
        </ol>
      </section>
    </>
  );
}

function Cell({ cell, total }: { cell: LegislationMatrixView['participants'][number]['cells'][string] | undefined; total: number }) {
  const { t } = useI18n();
  if (!cell || cell.notKnown === total) return <td className="muted">{t('legislation.status.not-known')}</td>;
  return (
    <td className={`legislation-${cell.incorporation}`}>
      {t(`legislation.incorporation.${cell.incorporation}`)}
      <br />
      <span className="muted">{t('legislation.matrix.cell', { covered: cell.covered, total })}</span>
      {cell.ratifiedNotIncorporated ? <span className="tag">{t('legislation.flags.ratifiedNotIncorporated')}</span> : null}
      {cell.incorporatedNotRatified ? <span className="tag">{t('legislation.flags.incorporatedNotRatified')}</span> : null}
      {cell.disagreements > 0 ? <span className="tag">{t('legislation.disagreement')}</span> : null}
    </td>
  );
}
