// Ten years of plausible assistance for the benchmarks: 14 assisting entities with an officer each, and 50,000
// activities from 2016 to 2025 over the real participants, most for one State and some regional (3–8 States of one
// regional group), one to three themes and mandates, one to five days long, about 400,000 participants counted by
// sex and institution kind (counts that add up, as the domain requires). Deterministic (seeded), so runs compare.
import { sql } from 'drizzle-orm';
import { INSTITUTION_KINDS } from '#domain/assistance/activities.ts';
import { ACTIVITY_KINDS, MANDATE_IDS, THEMES, UN_LANGUAGES } from '#domain/assistance/themes.ts';
import type { Db } from '#db/client.ts';
import { activities, memberships, organisations, participants, users } from '#db/schema/index.ts';

/** mulberry32: small, fast, good enough to spread test data. */
export function seeded(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (lo: number, hi: number) => lo + Math.floor(next() * (hi - lo + 1));
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(next() * xs.length)]!;
  const some = <T>(xs: readonly T[], n: number): T[] => {
    const out = new Set<T>();
    while (out.size < Math.min(n, xs.length)) out.add(pick(xs));
    return [...out];
  };
  return { next, int, pick, some };
}

const ENTITIES = ['UNODC', 'CTED', 'UNOCT', 'OHCHR', 'UNICRI', 'IAEA', 'ICAO', 'IMO', 'INTERPOL', 'OSCE', 'AU', 'EU', 'OAS', 'CoE'];

export interface AssistanceData {
  organisationIds: string[];
  officerIds: string[];
  stateCodes: string[];
  activityCount: number;
  participantsCounted: number;
}

const day = (ms: number) => new Date(ms).toISOString().slice(0, 10);

export async function loadAssistanceData(
  db: Db,
  options: { activities: number; seed?: number; onProgress?: (done: number) => void },
): Promise<AssistanceData> {
  const r = seeded(options.seed ?? 68187);
  const now = new Date('2026-01-01T00:00:00Z');
  const states = await db
    .select({ code: participants.code, region: participants.regionalGroup })
    .from(participants)
    .where(sql`${participants.kind} = 'member'`);
  const byRegion = new Map<string, string[]>();
  for (const s of states) if (s.region) byRegion.set(s.region, [...(byRegion.get(s.region) ?? []), s.code]);
  const regions = [...byRegion.keys()];

  const organisationIds: string[] = [];
  const officerIds: string[] = [];
  for (const acronym of ENTITIES) {
    const kind = ['OSCE', 'AU', 'EU', 'OAS', 'CoE', 'INTERPOL'].includes(acronym) ? 'regional-organisation' : 'un-entity';
    const [org] = await db
      .insert(organisations)
      .values({ kind, names: { en: acronym }, acronym, createdAt: now, updatedAt: now })
      .returning({ id: organisations.id });
    const [user] = await db
      .insert(users)
      .values({ email: `officer.${acronym.toLowerCase()}@bench.example`, displayName: `${acronym} officer`, createdAt: now, updatedAt: now })
      .returning({ id: users.id });
    await db.insert(memberships).values({ userId: user!.id, organisationId: org!.id, role: 'entity-officer', createdAt: now, createdBy: 'bench' });
    organisationIds.push(org!.id);
    officerIds.push(user!.id);
  }

  const start = Date.parse('2016-01-01T00:00:00Z');
  const span = Date.parse('2025-12-31T00:00:00Z') - start;
  const DAY = 86_400_000;
  let participantsCounted = 0;
  const BATCH = 1000;
  for (let done = 0; done < options.activities; done += BATCH) {
    const rows = [];
    for (let i = done; i < Math.min(options.activities, done + BATCH); i++) {
      const regional = r.next() < 0.15;
      const region = r.pick(regions);
      const stateCodes = regional ? r.some(byRegion.get(region)!, r.int(3, 8)) : [r.pick(states).code];
      const startMs = start + Math.floor(r.next() * span);
      const online = r.next() < 0.2;
      // 8 on average: 400,000 participants over 50,000 activities.
      const total = r.int(0, 16);
      const female = r.int(0, total);
      const other = total - female > 0 && r.next() < 0.05 ? 1 : 0;
      const male = total - female - other;
      const kinds = r.some(INSTITUTION_KINDS, r.int(1, 3));
      const byInstitution: Record<string, number> = {};
      let left = total;
      kinds.forEach((k, j) => {
        const n = j === kinds.length - 1 ? left : r.int(0, left);
        byInstitution[k] = n;
        left -= n;
      });
      participantsCounted += total;
      const themes = r.some(THEMES, r.int(1, 3));
      rows.push({
        title: `${r.pick(['National workshop', 'Training course', 'Legislative drafting mission', 'Study visit', 'Mentoring'])} ${i + 1}`,
        kind: r.pick(ACTIVITY_KINDS),
        status: startMs < Date.parse('2025-06-01') ? 'completed' : 'planned',
        organisationId: r.pick(organisationIds),
        stateCodes,
        themes,
        mandates: r.some(MANDATE_IDS, r.int(1, 3)),
        startDate: day(startMs),
        endDate: day(startMs + r.int(0, 4) * DAY),
        online,
        placeCity: online ? null : 'Capital',
        placeCountryCode: online ? null : stateCodes[0]!,
        languages: r.some(UN_LANGUAGES, r.int(1, 2)),
        participantsTotal: total,
        participantsFemale: female,
        participantsMale: male,
        participantsOther: other,
        participantsByInstitution: byInstitution,
        confidentiality: r.next() < 0.3 ? 'public' : 'state-restricted',
        createdAt: now,
        updatedAt: now,
      });
    }
    await db.insert(activities).values(rows);
    options.onProgress?.(Math.min(options.activities, done + BATCH));
  }
  await db.execute(sql`analyze`);
  return {
    organisationIds,
    officerIds,
    stateCodes: states.map((s) => s.code),
    activityCount: options.activities,
    participantsCounted,
  };
}
