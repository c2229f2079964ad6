// Which coordination views a reader may open, from the session's abilities (the server's policy): the header's menu
// and the views' own links show only these, so no link leads to "You may not see this".
import type { SessionAbilities } from '#web/api-types.ts';

export const COORDINATION_VIEWS = [
  { name: 'coordination', path: '', title: 'coordination.whoWhatWhere.title', ability: 'coordinate' },
  { name: 'overlaps', path: '/overlaps', title: 'coordination.overlaps.title', ability: 'coordinate' },
  { name: 'needs', path: '/needs', title: 'coordination.needs.title', ability: 'readNeeds' },
  { name: 'gaps', path: '/gaps', title: 'coordination.gaps.title', ability: 'coordinate' },
] as const satisfies readonly { name: string; path: string; title: string; ability: keyof SessionAbilities }[];

export type CoordinationView = (typeof COORDINATION_VIEWS)[number];

export function coordinationViews(abilities: SessionAbilities): CoordinationView[] {
  return COORDINATION_VIEWS.filter((v) => abilities[v.ability]);
}

/** Where the menu's "Coordination" leads (without the language prefix): the first view the reader may open, or null. */
export function coordinationLanding(abilities: SessionAbilities): string | null {
  const first = coordinationViews(abilities)[0];
  return first ? `/coordination${first.path}` : null;
}
