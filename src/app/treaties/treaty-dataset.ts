// Everything the treaty-status views derive from, loaded once per data version and kept in process.
//
// Why: the matrix is ~200 participants × 21 instruments over a few thousand events; deriving it per request would
// cost milliseconds of CPU each, and under 50 concurrent requests those add up to queueing. Every request instead
// asks the database one tiny question (the data_version row), and reuses the dataset and the views derived from it
// while the version is unchanged. Because the version lives in the database, several app servers on one
// PostgreSQL stay correct without talking to each other.
//
// The version is read *before* the data: what is cached under version v is then at least as new as v. (An import
// must bump the version in the same transaction as its events, or a reader could cache old data under a new
// version.)
import type { Db } from '#db/client.ts';
import { createDataVersionRepo } from '#db/repos/treaties/data-version.repo.ts';
import { loadCompleteListDates, loadEffectiveEvents, loadListedNonStates, type ListedNonState } from '#db/repos/treaties/events.repo.ts';
import {
  createReferenceRepo,
  type InstrumentRecord,
  type ParticipantRecord,
} from '#db/repos/treaties/reference.repo.ts';
import { deriveParticipation } from '#domain/treaties/status.ts';
import type { DerivedParticipation, ParticipationEvent } from '#domain/treaties/types.ts';

/** An instrument with the as-of date of its newest complete status list (null: only excerpts held). */
export type DatasetInstrument = InstrumentRecord & { statusListAsOf: string | null };

export interface TreatyDataset {
  version: number;
  participants: ParticipantRecord[];
  participantsByCode: Map<string, ParticipantRecord>;
  instruments: DatasetInstrument[];
  instrumentsById: Map<string, DatasetInstrument>;
  eventsByPair: Map<string, ParticipationEvent[]>;
  eventsByParticipant: Map<string, ParticipationEvent[]>;
  eventsByInstrument: Map<string, ParticipationEvent[]>;
  /** Per instrument, entities its complete lists name that are not States in Accord's list. */
  listedNonStates: Map<string, ListedNonState[]>;
  /** Views derived from this dataset (see memo). */
  views: Map<string, unknown>;
}

export const pairKey = (instrumentId: string, participantCode: string) => `${instrumentId}\u0000${participantCode}`;

/** Derived views kept per dataset; bounded so that arbitrary `asOf` values cannot grow memory without limit. */
const MAX_VIEWS = 128;

interface DbCache {
  version: number;
  dataset: Promise<TreatyDataset> | null;
}

// Keyed by the Db object: tests (and the CLI) may hold several databases in one process, each with its own versions.
const caches = new WeakMap<Db, DbCache>();

function push<K>(map: Map<K, ParticipationEvent[]>, key: K, e: ParticipationEvent): void {
  const list = map.get(key);
  if (list) list.push(e);
  else map.set(key, [e]);
}

async function loadDataset(db: Db, version: number): Promise<TreatyDataset> {
  const reference = createReferenceRepo(db);
  const [participants, listed, events, completeLists, listedNonStates] = await Promise.all([
    reference.listParticipants(),
    reference.listInstruments(),
    loadEffectiveEvents(db, {}),
    loadCompleteListDates(db),
    loadListedNonStates(db),
  ]);
  const instruments = listed.map((i) => ({ ...i, statusListAsOf: completeLists.get(i.id) ?? null }));
  const ds: TreatyDataset = {
    version,
    participants,
    participantsByCode: new Map(participants.map((p) => [p.code, p])),
    instruments,
    instrumentsById: new Map(instruments.map((i) => [i.id, i])),
    eventsByPair: new Map(),
    eventsByParticipant: new Map(),
    eventsByInstrument: new Map(),
    listedNonStates,
    views: new Map(),
  };
  for (const e of events) {
    push(ds.eventsByPair, pairKey(e.instrumentId, e.participantCode), e);
    push(ds.eventsByParticipant, e.participantCode, e);
    push(ds.eventsByInstrument, e.instrumentId, e);
  }
  return ds;
}

interface VersionReads {
  inFlight: Promise<number> | null;
  queued: Promise<number> | null;
}
const versionReads = new WeakMap<Db, VersionReads>();

/**
 * The current data version, with concurrent callers sharing reads. Under load every request asks this question,
 * and on embedded PGlite each query costs about a millisecond of the one thread: 50 concurrent requests would
 * queue 50 identical queries. Sharing stays exact: a caller never takes the answer of a read that started before
 * it called (it might predate an import that the caller already saw committed); it waits for the next read,
 * which all callers arriving meanwhile share. So at most one read runs and one waits, whatever the load.
 */
export function readDataVersion(db: Db): Promise<number> {
  let s = versionReads.get(db);
  if (!s) {
    s = { inFlight: null, queued: null };
    versionReads.set(db, s);
  }
  const state = s;
  const start = (): Promise<number> => {
    const read = createDataVersionRepo(db).read();
    state.inFlight = read;
    const clear = () => {
      if (state.inFlight === read) state.inFlight = null;
    };
    read.then(clear, clear);
    return read;
  };
  if (!state.inFlight) return start();
  if (!state.queued) {
    const settled = state.inFlight.then(
      () => undefined,
      () => undefined,
    );
    state.queued = settled.then(() => {
      state.queued = null;
      return start();
    });
  }
  return state.queued;
}

/** The dataset of the current data version (loaded at most once per version, even under concurrent requests). */
export async function currentDataset(db: Db): Promise<TreatyDataset> {
  const version = await readDataVersion(db);
  let c = caches.get(db);
  if (!c) {
    c = { version: -1, dataset: null };
    caches.set(db, c);
  }
  if (c.version === version && c.dataset) return c.dataset;
  const cache = c;
  const pending = loadDataset(db, version);
  cache.version = version;
  cache.dataset = pending;
  // A failed load must not stick: the next request retries.
  pending.catch(() => {
    if (cache.dataset === pending) cache.dataset = null;
  });
  return pending;
}

/**
 * Memoises a view derived from one dataset. Views live on the dataset, so a view can never be paired with data
 * of another version, and they go when the dataset is replaced.
 */
export function memo<T>(ds: TreatyDataset, key: string, build: () => T): T {
  if (ds.views.has(key)) {
    const hit = ds.views.get(key) as T;
    // Refresh recency (a Map keeps insertion order: the first key is the least recently used).
    ds.views.delete(key);
    ds.views.set(key, hit);
    return hit;
  }
  const value = build();
  ds.views.set(key, value);
  if (ds.views.size > MAX_VIEWS) ds.views.delete(ds.views.keys().next().value!);
  return value;
}

/** Status of every (instrument, participant) pair that has events, as of a date (pairs without: see noParticipation). */
export type Derivation = Map<string, DerivedParticipation>;

export function derivationOf(ds: TreatyDataset, asOf: string): Derivation {
  return memo(ds, `derive|${asOf}`, () => {
    const out: Derivation = new Map();
    for (const [key, events] of ds.eventsByPair) {
      const first = events[0]!;
      const instrument = ds.instrumentsById.get(first.instrumentId);
      if (!instrument) continue;
      const stateSince = ds.participantsByCode.get(first.participantCode)?.stateSince;
      out.set(key, deriveParticipation(instrument, first.participantCode, events, asOf, stateSince));
    }
    return out;
  });
}
