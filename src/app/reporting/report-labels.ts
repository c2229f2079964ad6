// The words of the report files in one language, from the catalogues the web app uses (i18n/<lang>.json):
// `reports.export.*` for the files' own words, `reports.section.*`, `reports.sex.*` and the vocabularies' keys for
// figure labels; English words stand in for a key a catalogue does not have yet.
import type { Figure, FigureGroup } from '#domain/reporting/report.ts';
import type { Language } from '#domain/treaties/types.ts';
import { catalogueOf } from '../shared/catalogue.ts';

const EXPORT_DEFAULTS = {
  period: 'Period: {from} – {to}',
  mandateSet: 'Mandate set: {set}',
  group: 'Group of figures',
  figure: 'Figure',
  value: 'Value',
  unit: 'Unit',
  figureId: 'Figure reference',
  suppressed: 'suppressed',
  suppressedNote: 'Suppressed: it rests on fewer than {count} confidential records.',
  footnote: '{group}, {from} – {to}, {label}: {count} records (figure {id})',
  footnoteSum: '{group}, {from} – {to}, {label}: figure {id}',
  narrative: 'Narrative',
  paragraph: 'Operative paragraph {number}',
  other: 'Other figures',
  computedAt: 'Figures computed at {time}',
} as const;
export type ExportWord = keyof typeof EXPORT_DEFAULTS;

function dig(obj: unknown, path: string[]): unknown {
  return path.reduce<unknown>((o, k) => (o && typeof o === 'object' ? (o as Record<string, unknown>)[k] : undefined), obj);
}

export interface ReportWords {
  word(key: ExportWord, params?: Record<string, string | number>): string;
  section(section: string): string;
  groupLabel(group: FigureGroup): string;
  figureLabel(figure: Figure): string;
}

const LABEL_PATHS: Record<string, string[]> = {
  theme: ['assistance', 'theme'],
  'activity-kind': ['assistance', 'activityKind'],
  sex: ['reports', 'sex'],
  institution: ['assistance', 'institutionKind'],
  'document-kind': ['library', 'kind'],
};

/** Ids hold dots (`funding.received.by-donor`); the catalogues' keys are flat, as the web view reads them. */
const flat = (id: string) => id.replace(/[./\s]+/g, '-');

const fill = (text: string, params: Record<string, string | number> = {}) => text.replace(/\{(\w+)\}/g, (_, k: string) => String(params[k] ?? `{${k}}`));

export function reportWords(lang: Language): ReportWords {
  const catalogue = catalogueOf(lang);
  const english = catalogueOf('en');
  const text = (path: string[]): string | undefined => {
    const found = dig(catalogue, path) ?? dig(english, path);
    return typeof found === 'string' ? found : undefined;
  };
  return {
    word: (key, params) => fill(text(['reports', 'export', key]) ?? EXPORT_DEFAULTS[key], params),
    section: (section) => text(['reports', 'section', section]) ?? section,
    groupLabel: (group) => {
      // The web view's heading for the group (reports.group.<id, dots as hyphens>), else its section's.
      const own = text(['reports', 'group', flat(group.id)]);
      if (own) return own;
      const section = text(['reports', 'section', group.section]) ?? group.section;
      const dimension = group.id.slice(group.section.length + 1);
      return dimension ? `${section} (${dimension.replace(/[.-]/g, ' ')})` : section;
    },
    figureLabel: (figure) => {
      const path = LABEL_PATHS[figure.label.kind];
      const found = path
        ? text([...path, figure.label.key])
        : text(['reports', 'label', flat(figure.label.kind === 'figure' ? figure.label.key : `${figure.label.kind}.${figure.label.key}`)]);
      return found ?? figure.label.text ?? figure.label.key;
    },
  };
}
