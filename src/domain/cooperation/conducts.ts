// The conduct a request is about, mapped to the instruments whose offence articles cover it. The finder asks about
// one conduct; the offence article to cite comes from each instrument's `offences` provision
// (data/reference/cooperation/provisions.csv). Pure.

export interface Conduct {
  id: string;
  /** Instruments whose offences cover the conduct, in the order the answer lists them. */
  instrumentIds: readonly string[];
}

/**
 * UNTOC (art. 3) reaches any serious crime that is transnational and involves an organized criminal group, so it is
 * a possible basis for every conduct here, with its caveat; "other serious crime" rests on it alone.
 */
export const UNTOC = 'untoc2000';

export const CONDUCTS = [
  { id: 'on-board-aircraft', instrumentIds: ['tokyo1963', 'montreal2014protocol'] },
  { id: 'aircraft-hijacking', instrumentIds: ['hague1970', 'beijing2010protocol'] },
  { id: 'civil-aviation-sabotage', instrumentIds: ['montreal1971', 'beijing2010convention'] },
  { id: 'airport-violence', instrumentIds: ['airports1988', 'beijing2010convention'] },
  { id: 'protected-persons', instrumentIds: ['ipp1973'] },
  { id: 'hostage-taking', instrumentIds: ['hostages1979'] },
  { id: 'nuclear-material', instrumentIds: ['cppnm1980', 'cppnm_amendment2005'] },
  { id: 'ships', instrumentIds: ['sua1988', 'sua2005'] },
  { id: 'fixed-platforms', instrumentIds: ['fixedplatforms1988', 'fixedplatforms2005'] },
  { id: 'plastic-explosives', instrumentIds: ['plastic1991'] },
  { id: 'terrorist-bombing', instrumentIds: ['bombings1997'] },
  { id: 'terrorist-financing', instrumentIds: ['financing1999'] },
  { id: 'nuclear-terrorism', instrumentIds: ['icsant2005'] },
  { id: 'corruption', instrumentIds: ['uncac2003'] },
  { id: 'other-serious-crime', instrumentIds: [] },
] as const satisfies readonly Conduct[];

export type ConductId = (typeof CONDUCTS)[number]['id'];
export const CONDUCT_IDS = CONDUCTS.map((c) => c.id) as [ConductId, ...ConductId[]];

/** The instruments a conduct may rest on, UNTOC last (corruption: UNCAC and UNTOC). */
export function instrumentsFor(conduct: ConductId): string[] {
  const c = CONDUCTS.find((x) => x.id === conduct)!;
  return [...c.instrumentIds, UNTOC];
}

/**
 * Regional conventions that may give a basis (category `regional` in the treaty register). Their articles are not
 * in cooperation/provisions.csv, so an answer resting on one says that its coverage of the conduct is not recorded.
 * `kinds`: what the convention provides for; `terrorism`: it covers terrorist offences only (not "other serious
 * crime" or corruption).
 */
export const REGIONAL_CONVENTIONS: readonly { id: string; kinds: readonly ('extradition' | 'mla')[]; terrorism: boolean }[] = [
  { id: 'coe_ets024_1957', kinds: ['extradition'], terrorism: false },
  { id: 'coe_ets086_1975', kinds: ['extradition'], terrorism: false },
  { id: 'coe_ets030_1959', kinds: ['mla'], terrorism: false },
  { id: 'coe_ets090_1977', kinds: ['extradition', 'mla'], terrorism: true },
  { id: 'coe_cets196_2005', kinds: ['extradition', 'mla'], terrorism: true },
  { id: 'oas_a66_2002', kinds: ['extradition', 'mla'], terrorism: true },
  { id: 'oau_1999', kinds: ['extradition', 'mla'], terrorism: true },
  { id: 'asean_acct_2007', kinds: ['extradition', 'mla'], terrorism: true },
  { id: 'arab_1998', kinds: ['extradition', 'mla'], terrorism: true },
  { id: 'oic_1999', kinds: ['extradition', 'mla'], terrorism: true },
  { id: 'saarc_1987', kinds: ['extradition', 'mla'], terrorism: true },
  { id: 'sco_2001', kinds: ['extradition', 'mla'], terrorism: true },
];
