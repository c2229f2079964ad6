// Words for the assistance vocabularies (the shared `assistance.*` keys, and delivery's and coordination's own), and
// small renderings of them: a list of themes, a State's name, a date range.
import { INSTITUTION_KINDS } from '#domain/assistance/activities.ts';
import { ACTIVITY_STATUSES, PROGRAMME_KINDS, STRATEGY_SCOPES } from '#domain/assistance/delivery.ts';
import { NEED_STATUSES } from '#domain/assistance/needs.ts';
import { OVERLAP_RESOLUTIONS } from '#domain/assistance/overlap-resolutions.ts';
import { RESULT_KINDS } from '#domain/assistance/results.ts';
import { ACTIVITY_KINDS, MANDATES, STRATEGY_STAGES, THEMES, UN_LANGUAGES } from '#domain/assistance/themes.ts';
import { DateText } from '#web/components/common.tsx';
import { useI18n, type I18n, type MessageKey } from '#web/i18n/i18n.tsx';

export { ACTIVITY_STATUSES, NEED_STATUSES, OVERLAP_RESOLUTIONS, PROGRAMME_KINDS, RESULT_KINDS, STRATEGY_SCOPES };
export const SUBSCRIPTION_KINDS = ['state', 'theme', 'entity'] as const;
/**
 * The requests for MLA and extradition a State authority sends (value: its organisation id) or a State receives
 * (value: its code), offered to practitioners: following them gives no access, each notification goes only to people
 * who are party to its request.
 */
export const COOPERATION_SUBSCRIPTION_KINDS = ['cooperation-requests-sent', 'cooperation-requests-received'] as const;

/** Short id of a mandate for its label key: '68/187/OP9' → 'OP9'. */
const mandateKey = (id: string) => id.split('/').at(-1) ?? id;

export interface Vocabulary {
  theme: (id: string) => string;
  activityKind: (id: string) => string;
  activityStatus: (id: string) => string;
  strategyStage: (id: string) => string;
  strategyScope: (id: string) => string;
  programmeKind: (id: string) => string;
  institutionKind: (id: string) => string;
  resultKind: (id: string) => string;
  mandate: (id: string) => string;
  mandateDescription: (id: string) => string;
  resolution: (id: string) => string;
  needStatus: (id: string) => string;
  requestStatus: (id: string) => string;
  language: (id: string) => string;
}

/** A label for an id, or the id itself (marked English) when the catalogue does not know it. */
function labeller(t: I18n['t'], prefix: string) {
  return (id: string) => {
    const key = `${prefix}.${id}` as MessageKey;
    const text = t(key);
    return text === key ? id : text;
  };
}

export function vocabulary(t: I18n['t']): Vocabulary {
  return {
    theme: labeller(t, 'assistance.theme'),
    activityKind: labeller(t, 'assistance.activityKind'),
    activityStatus: labeller(t, 'delivery.activityStatus'),
    strategyStage: labeller(t, 'assistance.strategyStage'),
    strategyScope: labeller(t, 'delivery.strategyScope'),
    programmeKind: labeller(t, 'delivery.programmeKind'),
    institutionKind: labeller(t, 'assistance.institutionKind'),
    resultKind: labeller(t, 'assistance.resultKind'),
    mandate: (id) => {
      const resolution = id.split('/').slice(0, -1).join('/');
      const label = labeller(t, 'assistance.mandate')(`${mandateKey(id)}.label`);
      return `${t('assistance.mandateResolution', { resolution })}${t('common.separator')}${label}`;
    },
    mandateDescription: (id) => labeller(t, 'assistance.mandate')(`${mandateKey(id)}.description`),
    resolution: labeller(t, 'coordination.resolution'),
    needStatus: labeller(t, 'coordination.needStatus'),
    requestStatus: labeller(t, 'assistance.requestStatus'),
    language: labeller(t, 'languageName'),
  };
}

export function useVocabulary(): Vocabulary {
  const { t } = useI18n();
  return vocabulary(t);
}

/** Choices for a select or checkboxes, in the vocabulary's order. */
export function choices(ids: readonly string[], label: (id: string) => string): { value: string; label: string }[] {
  return ids.map((value) => ({ value, label: label(value) }));
}

export const VOCAB = {
  themes: THEMES,
  activityKinds: ACTIVITY_KINDS,
  strategyStages: STRATEGY_STAGES,
  institutionKinds: INSTITUTION_KINDS,
  languages: UN_LANGUAGES,
  mandates: MANDATES.map((m) => m.id),
} as const;

/** "1–3 Sep 2014", or one date when it starts and ends the same day. */
export function DateRange({ from, to }: { from: string; to: string }) {
  const { t } = useI18n();
  if (from === to) return <DateText iso={from} />;
  return (
    <span className="date-range">
      <DateText iso={from} />
      {t('delivery.dateRangeSeparator')}
      <DateText iso={to} />
    </span>
  );
}

/** Words of a vocabulary as a comma-separated run (the separator of the reader's language). */
export function Words({ ids, label }: { ids: readonly string[]; label: (id: string) => string }) {
  const { t } = useI18n();
  if (ids.length === 0) return <span className="muted">{t('delivery.none')}</span>;
  return <>{ids.map(label).join(t('delivery.listSeparator'))}</>;
}
