// A small ICU MessageFormat subset: {name}, {n, plural, =0 {…} one {…} other {…}} with #, and {x, select, …}.
// Enough for Accord's catalogues; a full library (intl-messageformat, ~15 kB gzipped) would be most of the budget
// spent on features we do not use. Apostrophes are literal (no ICU quoting): write ’ in prose.

type Node =
  | string
  | { kind: 'arg'; name: string }
  | { kind: 'pound' }
  | { kind: 'plural' | 'select'; name: string; options: Record<string, Node[]> };

export type MessageValues = Record<string, string | number>;

export function parseMessage(src: string): Node[] {
  let i = 0;

  function nodes(inPlural: boolean, nested: boolean): Node[] {
    const out: Node[] = [];
    let text = '';
    const flush = () => {
      if (text) out.push(text);
      text = '';
    };
    while (i < src.length) {
      const c = src[i]!;
      if (c === '{') {
        flush();
        i++;
        out.push(argument());
      } else if (c === '}' && nested) {
        break;
      } else if (c === '#' && inPlural) {
        flush();
        out.push({ kind: 'pound' });
        i++;
      } else {
        text += c;
        i++;
      }
    }
    flush();
    return out;
  }

  function readUntil(stops: string): string {
    const start = i;
    while (i < src.length && !stops.includes(src[i]!)) i++;
    return src.slice(start, i).trim();
  }

  function argument(): Node {
    const name = readUntil(',}');
    if (src[i] === '}') {
      i++;
      return { kind: 'arg', name };
    }
    i++; // ','
    const type = readUntil(',}');
    if (type !== 'plural' && type !== 'select') {
      // Unsupported formats ({n, number}) degrade to the plain argument.
      readUntil('}');
      i++;
      return { kind: 'arg', name };
    }
    i++; // ','
    const options: Record<string, Node[]> = {};
    for (;;) {
      while (i < src.length && /\s/.test(src[i]!)) i++;
      if (i >= src.length) break;
      if (src[i] === '}') {
        i++;
        break;
      }
      const selector = readUntil('{');
      i++; // '{'
      options[selector] = nodes(type === 'plural', true);
      i++; // '}'
    }
    return { kind: type, name, options };
  }

  return nodes(false, false);
}

export interface Formatters {
  plural: Intl.PluralRules;
  number: Intl.NumberFormat;
}

function render(parsed: Node[], values: MessageValues, f: Formatters, count: number | null): string {
  let out = '';
  for (const node of parsed) {
    if (typeof node === 'string') out += node;
    else if (node.kind === 'pound') out += count === null ? '#' : f.number.format(count);
    else if (node.kind === 'arg') {
      const v = values[node.name];
      out += v === undefined ? `{${node.name}}` : typeof v === 'number' ? f.number.format(v) : v;
    } else if (node.kind === 'plural') {
      const n = Number(values[node.name] ?? 0);
      const branch = node.options[`=${n}`] ?? node.options[f.plural.select(n)] ?? node.options.other ?? [];
      out += render(branch, values, f, n);
    } else {
      const v = String(values[node.name] ?? 'other');
      out += render(node.options[v] ?? node.options.other ?? [], values, f, count);
    }
  }
  return out;
}

const cache = new Map<string, Node[]>();

export function formatMessage(message: string, values: MessageValues | undefined, f: Formatters): string {
  if (!values && !message.includes('{')) return message;
  let parsed = cache.get(message);
  if (!parsed) {
    parsed = parseMessage(message);
    cache.set(message, parsed);
  }
  return render(parsed, values ?? {}, f, null);
}
