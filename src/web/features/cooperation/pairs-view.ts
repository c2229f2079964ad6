// Pure view logic of the pair view: reading the `cells` string (row = requesting State, column = requested), the
// colour of a cell, the cell under a point of the canvas, one State's row and the blind spots by requesting State.
// No React, no canvas: unit-tested.
import { CONDUCT_IDS, type ConductId } from '#domain/cooperation/conducts.ts';
import { COOPERATION_KINDS } from '#domain/cooperation/types.ts';
import type { PairView, PairViewQuery, PairViewState } from './finder-api.ts';

/** What one ordered pair holds: a count of applicable treaties (9 = nine or more), unknown, or the same State. */
export type PairCell = { kind: 'count'; count: number } | { kind: 'unknown' } | { kind: 'self' };

export function decodeCell(ch: string | undefined): PairCell {
  if (ch === '-') return { kind: 'self' };
  if (ch !== undefined && ch >= '0' && ch <= '9') return { kind: 'count', count: ch.charCodeAt(0) - 48 };
  return { kind: 'unknown' };
}

/** The cells as a grid of n × n, checked against the States: a wrong length is refused rather than misread. */
export interface PairGrid {
  size: number;
  at(row: number, col: number): PairCell;
  char(row: number, col: number): string;
}

export function pairGrid(view: Pick<PairView, 'states' | 'cells'>): PairGrid {
  const n = view.states.length;
  if (view.cells.length !== n * n) throw new Error(`pair view: ${view.cells.length} cells for ${n} States`);
  const char = (row: number, col: number) => view.cells[row * n + col]!;
  return { size: n, char, at: (row, col) => decodeCell(char(row, col)) };
}

/** The legend's classes, in order: none known, 1, 2, 3, 4+, unknown, the same State. */
export const CELL_CLASSES = ['zero', 'one', 'two', 'three', 'many', 'unknown', 'self'] as const;
export type CellClass = (typeof CELL_CLASSES)[number];

export function cellClass(cell: PairCell): CellClass {
  if (cell.kind === 'self') return 'self';
  if (cell.kind === 'unknown') return 'unknown';
  return (['zero', 'one', 'two', 'three'] as const)[cell.count] ?? 'many';
}

/**
 * Colours of the classes: a blind spot stands out (vermilion), counts go from light to dark blue, unknown is a
 * neutral grey, the diagonal white. Blue and vermilion stay apart for the common colour-vision deficiencies, and the
 * legend and the text alternative never rest on colour alone.
 */
export const CELL_COLOURS: Record<CellClass, string> = {
  zero: '#d55e00',
  one: '#c6dbef',
  two: '#6baed6',
  three: '#2171b5',
  many: '#08306b',
  unknown: '#bdbdbd',
  self: '#ffffff',
};

/** The cell under a point given in CSS pixels from the canvas' top-left corner, drawn `drawn` pixels wide. */
export function cellAtPoint(x: number, y: number, drawn: number, size: number): { row: number; col: number } | null {
  if (size === 0 || drawn <= 0) return null;
  const col = Math.floor((x / drawn) * size);
  const row = Math.floor((y / drawn) * size);
  if (row < 0 || col < 0 || row >= size || col >= size) return null;
  return { row, col };
}

/** Moves a focused cell by a key; null for other keys. */
export function moveCell(
  at: { row: number; col: number },
  key: string,
  size: number,
  rtl: boolean,
): { row: number; col: number } | null {
  const clamp = (v: number) => Math.max(0, Math.min(size - 1, v));
  const h = rtl ? -1 : 1;
  switch (key) {
    case 'ArrowRight':
      return { row: at.row, col: clamp(at.col + h) };
    case 'ArrowLeft':
      return { row: at.row, col: clamp(at.col - h) };
    case 'ArrowDown':
      return { row: clamp(at.row + 1), col: at.col };
    case 'ArrowUp':
      return { row: clamp(at.row - 1), col: at.col };
    case 'PageDown':
      return { row: clamp(at.row + 10), col: at.col };
    case 'PageUp':
      return { row: clamp(at.row - 10), col: at.col };
    case 'Home':
      return { row: at.row, col: 0 };
    case 'End':
      return { row: at.row, col: size - 1 };
    default:
      return null;
  }
}

export interface PairRowEntry {
  state: PairViewState;
  /** As requesting State (its row) and as requested State (its column). */
  asRequesting: PairCell;
  asRequested: PairCell;
}

/** One State's pairs with every other State, both ways; the States in the view's order. */
export function stateRow(view: Pick<PairView, 'states' | 'cells'>, code: string): PairRowEntry[] {
  const grid = pairGrid(view);
  const i = view.states.findIndex((s) => s.code === code);
  if (i < 0) return [];
  return view.states.flatMap((state, j) => (j === i ? [] : [{ state, asRequesting: grid.at(i, j), asRequested: grid.at(j, i) }]));
}

export interface BlindSpotGroup {
  requesting: PairViewState;
  /** Requested States with no treaty basis known. */
  requested: PairViewState[];
}

/** Pairs with no treaty basis known ("0"), grouped by requesting State; States without any are left out. */
export function blindSpotGroups(view: Pick<PairView, 'states' | 'cells'>): BlindSpotGroup[] {
  const grid = pairGrid(view);
  const groups: BlindSpotGroup[] = [];
  for (let i = 0; i < grid.size; i++) {
    const requested: PairViewState[] = [];
    for (let j = 0; j < grid.size; j++) if (i !== j && grid.char(i, j) === '0') requested.push(view.states[j]!);
    if (requested.length > 0) groups.push({ requesting: view.states[i]!, requested });
  }
  return groups;
}

/** How many ordered pairs of different States fall in each class. */
export function classCounts(view: Pick<PairView, 'states' | 'cells'>): Record<CellClass, number> {
  const counts = Object.fromEntries(CELL_CLASSES.map((c) => [c, 0])) as Record<CellClass, number>;
  for (const ch of view.cells) counts[cellClass(decodeCell(ch))]++;
  return counts;
}

/** The pair view's question from the address bar; a missing or wrong value takes the default. */
export function parsePairsForm(params: URLSearchParams): PairViewQuery & { state: string | null } {
  const pick = <T extends string>(values: readonly T[], v: string | null, fallback: T): T =>
    v !== null && (values as readonly string[]).includes(v) ? (v as T) : fallback;
  const date = params.get('asOf');
  const state = params.get('state')?.toUpperCase() ?? null;
  return {
    conduct: pick(CONDUCT_IDS, params.get('conduct'), DEFAULT_CONDUCT),
    kind: pick(COOPERATION_KINDS, params.get('kind'), 'extradition'),
    asOf: date && /^\d{4}-\d{2}-\d{2}$/.test(date) ? date : null,
    state: state && /^[A-Z]{3}$/.test(state) ? state : null,
  };
}

/** The conduct shown first: the Financing Convention has the most parties of the 19. */
export const DEFAULT_CONDUCT: ConductId = 'terrorist-financing';
