// The vocabulary of international cooperation in criminal matters (issue 11). Pure.
import type { RequestItem } from './request-completeness.ts';

/** Kinds of cooperation provision, as data/reference/cooperation-provisions.csv names them. */
export const PROVISION_KINDS = [
  'offences',
  'offences_conspiracy',
  'jurisdiction',
  'jurisdiction_mandatory',
  'jurisdiction_optional',
  'jurisdiction_other',
  'jurisdiction_aut_dedere',
  'aut_dedere',
  'extraditable_deemed_included',
  'extradition_treaties_modified',
  'legal_basis_no_treaty',
  'extradition_without_treaty',
  'extradition_clauses',
  'extradition_conditions',
  'extradition_without_dual_criminality',
  'conditional_surrender_nationals',
  'territoriality_fiction',
  'political_offence_exclusion',
  'fiscal_offence_exclusion',
  'non_discrimination',
  'asylum_saving',
  'no_justification',
  'no_obligation_to_extradite',
  'dual_criminality_conduct',
  'consultation_before_refusal',
  'conspiracy_equivalence',
  'mla_obligation',
  'mla_refusal_grounds',
  'mla_relation_other_treaties',
  'transfer_detained_persons',
  'legal_persons',
  'ship_boarding',
  'applies_sua',
  'entry_into_force_later_state',
  'dispute_settlement_icj',
  'dispute_reservation',
  'amends',
  'amendment_rule',
  'annex_declaration',
  'relation',
  'scope',
  'scope_exclusions',
  'superseded_between_parties',
] as const;
export type ProvisionKind = (typeof PROVISION_KINDS)[number];

export interface CooperationProvision {
  instrumentId: string;
  kind: ProvisionKind;
  /** As the treaty numbers it ("11(2)"); "none" when the treaty has no such provision. */
  article: string;
  paraphrase: string;
  source: string;
  verified: boolean;
}

/** What is asked of the requested State. */
export const COOPERATION_KINDS = ['extradition', 'mla'] as const;
export type CooperationKind = (typeof COOPERATION_KINDS)[number];

export const BILATERAL_TREATY_KINDS = ['extradition', 'mla', 'extradition-and-mla'] as const;
export type BilateralTreatyKind = (typeof BILATERAL_TREATY_KINDS)[number];

export interface BilateralTreaty {
  id: string;
  kind: BilateralTreatyKind;
  title: string;
  /** The two States, stateA < stateB. */
  stateA: string;
  stateB: string;
  signedOn: string | null;
  inForceFrom: string | null;
  terminatedOn: string | null;
  source: string;
  sourceUrl: string | null;
  notes: string;
}

/** What a State declared that changes a cooperation answer. */
export const DECLARATION_KINDS = [
  /** It does not take the convention as the legal basis for extradition (UNTOC 16(5)(a), UNCAC 44(6)(a)). */
  'no-convention-basis-for-extradition',
  /** It does take the convention as the legal basis for extradition. */
  'convention-basis-for-extradition',
  /** Languages acceptable for requests (UNTOC 18(14), UNCAC 46(14)). */
  'accepted-languages',
  /** It does not consider itself bound by the dispute-settlement clause. */
  'dispute-reservation',
  'other',
] as const;
export type DeclarationKind = (typeof DECLARATION_KINDS)[number];

export interface StateDeclaration {
  id: string;
  stateCode: string;
  instrumentId: string;
  kind: DeclarationKind;
  article: string;
  languages: string[];
  text: string;
  declaredOn: string | null;
  source: string;
  sourceUrl: string | null;
}

/** Competent national authorities. */
export const AUTHORITY_KINDS = ['mla', 'extradition', 'transfer-sentenced', 'central-authority'] as const;
export type AuthorityKind = (typeof AUTHORITY_KINDS)[number];

export const AUTHORITY_CHANNELS = ['direct', 'diplomatic', 'interpol'] as const;
export type AuthorityChannel = (typeof AUTHORITY_CHANNELS)[number];

/** What the authority requires of a request; each a free text in the State's words, '' when not recorded. */
export interface AuthorityRequirements {
  dualCriminality?: string;
  assurances?: string;
  formats?: string;
  certification?: string;
  other?: string;
}

export interface AuthorityLawLink {
  title: string;
  url: string;
}

export interface AuthorityContact {
  name: string;
  role: string;
  email: string;
  phone: string;
}

/** Always public: that the authority exists, its kind, State, treaty, channels and languages. */
export const AUTHORITY_PUBLIC_FIELDS = ['name', 'kind', 'stateCode', 'instrumentId', 'channels', 'languages'] as const;
/** What a State may choose to make public too. Contacts never count as "made public" unless named here. */
export const AUTHORITY_OPTIONAL_PUBLIC_FIELDS = ['address', 'urgentProcedure', 'requirements', 'lawLinks', 'contacts'] as const;
export type AuthorityOptionalPublicField = (typeof AUTHORITY_OPTIONAL_PUBLIC_FIELDS)[number];

/** An entry's content as people write it (in a form, a file or an import), without identity or bookkeeping. */
export interface AuthorityFields {
  stateCode: string;
  kind: AuthorityKind;
  instrumentId: string | null;
  name: string;
  address: string;
  channels: AuthorityChannel[];
  languages: string[];
  urgentProcedure: string;
  requirements: AuthorityRequirements;
  /**
   * The items of a request (issue 12) the authority requires, which the drafting wizard checks; null when the State
   * has not said, shown as unknown and never taken for "nothing required". Public with `requirements`.
   */
  requestItems: RequestItem[] | null;
  lawLinks: AuthorityLawLink[];
  contacts: AuthorityContact[];
  publicFields: AuthorityOptionalPublicField[];
}

export interface Authority extends AuthorityFields {
  id: string;
  confirmedAt: Date;
  version: number;
}

/** The written content of an entry, picked from anything that holds more (a row, a file entry). */
export function authorityFieldsOf(a: AuthorityFields): AuthorityFields {
  return {
    stateCode: a.stateCode,
    kind: a.kind,
    instrumentId: a.instrumentId,
    name: a.name,
    address: a.address,
    channels: a.channels,
    languages: a.languages,
    urgentProcedure: a.urgentProcedure,
    requirements: a.requirements,
    requestItems: a.requestItems,
    lawLinks: a.lawLinks,
    contacts: a.contacts,
    publicFields: a.publicFields,
  };
}

/** An entry not confirmed for this long is stale (issue 11 §3). */
export const AUTHORITY_STALE_AFTER_MONTHS = 12;
