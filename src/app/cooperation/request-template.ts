// The request templates and the treaties' requirements, read once from data/templates/cooperation/ (reviewed like
// code). SKELETON: issue 12's template work replaces the hard-coded essentials below with the data files.
import type { CooperationKind } from '#domain/cooperation/types.ts';
import type { TemplateEssential, TreatyRequirement } from '#domain/cooperation/request-completeness.ts';

export function templateEssentials(kind: CooperationKind): TemplateEssential[] {
  const both: TemplateEssential[] = [
    { item: 'requesting-authority', level: 'required' },
    { item: 'requested-authority', level: 'required' },
    { item: 'legal-basis', level: 'required' },
    { item: 'offences', level: 'required' },
  ];
  return kind === 'mla' ? [...both, { item: 'assistance-sought', level: 'required' }] : [...both, { item: 'person-identity', level: 'required' }];
}

export function treatyRequirements(): TreatyRequirement[] {
  return [];
}
