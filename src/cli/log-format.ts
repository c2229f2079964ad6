// How `accord serve` writes its logs: JSON lines for deployments (collectors parse them), readable lines for a person
// at a terminal. pino-pretty is used when it is installed; otherwise a small formatter of our own.
import { createRequire } from 'node:module';

export type LogFormat = 'json' | 'pretty';

/** LOG_FORMAT wins; otherwise readable at a terminal, JSON when the output goes to a file or a collector. */
export function chooseLogFormat(configured: LogFormat | undefined, isTTY: boolean | undefined): LogFormat {
  return configured ?? (isTTY ? 'pretty' : 'json');
}

const LEVELS: Record<number, string> = { 10: 'TRACE', 20: 'DEBUG', 30: 'INFO', 40: 'WARN', 50: 'ERROR', 60: 'FATAL' };
/** Fields shown in the line itself, or that say nothing to a person reading it. */
const SHOWN = new Set(['level', 'time', 'msg', 'pid', 'hostname', 'reqId', 'req', 'res', 'responseTime', 'err']);

/** One pino JSON line as one readable line: `12:04:05 INFO  GET /api/v1/states 200 3 ms (req-1)`. */
export function formatLogLine(line: string): string {
  let entry: Record<string, unknown>;
  try {
    entry = JSON.parse(line) as Record<string, unknown>;
  } catch {
    return line.endsWith('\n') ? line : `${line}\n`;
  }
  const time = typeof entry.time === 'number' ? new Date(entry.time).toISOString().slice(11, 19) : '';
  const level = (LEVELS[Number(entry.level)] ?? String(entry.level)).padEnd(5);
  const parts: string[] = [];
  const req = entry.req as { method?: string; url?: string } | undefined;
  const res = entry.res as { statusCode?: number } | undefined;
  // Fastify logs "incoming request" and "request completed": one line per request is enough for a person.
  if (req?.method) parts.push(`${req.method} ${req.url ?? ''}`);
  else if (typeof entry.msg === 'string') parts.push(entry.msg);
  if (res?.statusCode !== undefined) parts.push(String(res.statusCode));
  if (typeof entry.responseTime === 'number') parts.push(`${Math.round(entry.responseTime)} ms`);
  const extra = Object.entries(entry).filter(([k]) => !SHOWN.has(k));
  if (extra.length) parts.push(extra.map(([k, v]) => `${k}=${typeof v === 'string' ? v : JSON.stringify(v)}`).join(' '));
  if (typeof entry.reqId === 'string') parts.push(`(${entry.reqId})`);
  let out = `${time} ${level} ${parts.join(' ')}\n`;
  const err = entry.err as { stack?: string; message?: string } | undefined;
  if (err) out += `${err.stack ?? err.message ?? JSON.stringify(err)}\n`;
  return out;
}

/** A writable for pino that prints readable lines; drops "incoming request" (its "request completed" follows). */
export function prettyStream(out: { write: (s: string) => unknown } = process.stdout): { write: (line: string) => void } {
  return {
    write(line) {
      if (line.includes('"msg":"incoming request"')) return;
      out.write(formatLogLine(line));
    },
  };
}

/** pino-pretty's stream when that package is installed (a development convenience), else ours. */
export function readableLogStream(): { write: (line: string) => void } {
  try {
    const require = createRequire(import.meta.url);
    const pretty = require('pino-pretty') as (options: object) => { write: (line: string) => void };
    return pretty({ colorize: true, translateTime: 'HH:MM:ss', ignore: 'pid,hostname' });
  } catch {
    return prettyStream();
  }
}
