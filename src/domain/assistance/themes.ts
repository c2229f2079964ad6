// The vocabulary of technical assistance: themes, modalities, urgency, activity kinds, strategy stages and the
// mandates an activity serves. Ids are stable kebab-case keys: the database stores them, i18n translates them
// (`assistance.theme.<id>`), so never rename one; retire it instead. Pure.

function guard<T extends string>(values: readonly T[]) {
  return (value: unknown): value is T => typeof value === 'string' && (values as readonly string[]).includes(value);
}

/** The managed taxonomy of themes of a request, an activity or a programme (issue 4, §1). */
export const THEMES = [
  /** Ratification of, and legislative incorporation of, the universal instruments. */
  'ratification-legislation',
  /** International cooperation in criminal matters: extradition, mutual legal assistance. */
  'international-cooperation',
  /** Capacity of criminal-justice systems: investigators, prosecutors, judges, prisons. */
  'criminal-justice-capacity',
  /** National and regional counter-terrorism strategies. */
  'strategies',
  /** Assistance to and support of victims of terrorism. */
  'victims',
  /** Use of the Internet for terrorist purposes. */
  'internet-use',
  /** Financing of terrorism. */
  'terrorist-financing',
  /** Nuclear, chemical, biological and radiological terrorism. */
  'cbrn',
  /** Aviation and maritime security. */
  'aviation-maritime-security',
  /** Links between terrorism and organized crime. */
  'organized-crime-links',
  /** Human rights and the rule of law in countering terrorism. */
  'human-rights-rule-of-law',
] as const;
export type Theme = (typeof THEMES)[number];
export const isTheme = guard(THEMES);

/** How a State prefers assistance to be delivered (a request's preferred modality). */
export const MODALITIES = ['in-person', 'online', 'hybrid', 'no-preference'] as const;
export type Modality = (typeof MODALITIES)[number];
export const isModality = guard(MODALITIES);

export const URGENCY_LEVELS = ['low', 'normal', 'high', 'urgent'] as const;
export type Urgency = (typeof URGENCY_LEVELS)[number];
export const isUrgency = guard(URGENCY_LEVELS);

export const ACTIVITY_KINDS = [
  'legislative-drafting-support',
  'national-workshop',
  'regional-workshop',
  'training-course',
  'mentoring',
  'study-visit',
  'technical-tool-or-publication',
  'online-course',
] as const;
export type ActivityKind = (typeof ACTIVITY_KINDS)[number];
export const isActivityKind = guard(ACTIVITY_KINDS);

/** The stage of a national or regional counter-terrorism strategy. */
export const STRATEGY_STAGES = ['drafting', 'adopted', 'under-review'] as const;
export type StrategyStage = (typeof STRATEGY_STAGES)[number];
export const isStrategyStage = guard(STRATEGY_STAGES);

/** The six official languages of the United Nations: the languages of the interface and of activities. */
export const UN_LANGUAGES = ['ar', 'zh', 'en', 'fr', 'ru', 'es'] as const;
export type UnLanguage = (typeof UN_LANGUAGES)[number];
export const isUnLanguage = guard(UN_LANGUAGES);

/**
 * Mandates as data, so "what was done under OP9 in 2014?" is a query. Other resolutions are added later as more
 * rows with their own `resolution`; an id is `<resolution>/<paragraph>` so ids never clash across resolutions.
 *
 * The descriptions are short working summaries for tagging, not the resolution's text: they follow the project's
 * developers' guide's summary of A/RES/68/187 (18 December 2013) (OP1 ratification and incorporation; OP2 cooperation;
 * OP3, 5 criminal justice; OP4 strategies; OP6, 7 assistance on request; OP8 victims; OP9 Internet; OP10–12
 * coordination; OP13–14 contributions; OP15 reporting). Check each against the resolution before publishing.
 */
export const MANDATES = [
  { id: '68/187/OP1', resolution: '68/187', paragraph: 1, description: 'Ratification of the universal conventions and protocols against terrorism and their incorporation into national law.' },
  { id: '68/187/OP2', resolution: '68/187', paragraph: 2, description: 'International cooperation in criminal matters (extradition, mutual legal assistance) under bilateral, regional and multilateral treaties, with training for the officials concerned.' },
  { id: '68/187/OP3', resolution: '68/187', paragraph: 3, description: 'Fair and effective criminal-justice systems.' },
  { id: '68/187/OP4', resolution: '68/187', paragraph: 4, description: 'National and regional counter-terrorism strategies, through regional and thematic programmes.' },
  { id: '68/187/OP5', resolution: '68/187', paragraph: 5, description: 'Fair and effective criminal-justice systems (capacity of national criminal-justice institutions).' },
  { id: '68/187/OP6', resolution: '68/187', paragraph: 6, description: 'Assistance delivered upon request: programmes, training, technical tools and publications.' },
  { id: '68/187/OP7', resolution: '68/187', paragraph: 7, description: 'Assistance delivered upon request: programmes, training, technical tools and publications.' },
  { id: '68/187/OP8', resolution: '68/187', paragraph: 8, description: 'Support for victims of terrorism.' },
  { id: '68/187/OP9', resolution: '68/187', paragraph: 9, description: 'Countering the use of the Internet for terrorist purposes, respecting human rights and due process.' },
  { id: '68/187/OP10', resolution: '68/187', paragraph: 10, description: 'Coordination with UN entities and regional organisations: coherence, no duplication.' },
  { id: '68/187/OP11', resolution: '68/187', paragraph: 11, description: 'Coordination with UN entities and regional organisations: coherence, no duplication.' },
  { id: '68/187/OP12', resolution: '68/187', paragraph: 12, description: 'Coordination with UN entities and regional organisations: coherence, no duplication.' },
  { id: '68/187/OP13', resolution: '68/187', paragraph: 13, description: "Donors' voluntary and in-kind contributions." },
  { id: '68/187/OP14', resolution: '68/187', paragraph: 14, description: "Donors' voluntary and in-kind contributions." },
  { id: '68/187/OP15', resolution: '68/187', paragraph: 15, description: 'Reporting to the General Assembly on implementation.' },
] as const;
export type Mandate = (typeof MANDATES)[number];
export type MandateId = Mandate['id'];
export const MANDATE_IDS: readonly MandateId[] = MANDATES.map((m) => m.id);
export const isMandateId = guard(MANDATE_IDS);
