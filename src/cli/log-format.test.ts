import { describe, expect, it } from 'vitest';
import { chooseLogFormat, formatLogLine, prettyStream } from './log-format.ts';

describe('log format', () => {
  it('is readable at a terminal and JSON otherwise, unless LOG_FORMAT says', () => {
    expect(chooseLogFormat(undefined, true)).toBe('pretty');
    expect(chooseLogFormat(undefined, false)).toBe('json');
    expect(chooseLogFormat(undefined, undefined)).toBe('json');
    expect(chooseLogFormat('json', true)).toBe('json');
    expect(chooseLogFormat('pretty', false)).toBe('pretty');
  });

  it('prints a completed request as one line: time, level, method, path, status, duration, request id', () => {
    const line = JSON.stringify({
      level: 30,
      time: Date.UTC(2026, 0, 2, 12, 4, 5),
      pid: 1,
      hostname: 'h',
      reqId: 'req-1',
      req: { method: 'GET', url: '/api/v1/states' },
      res: { statusCode: 200 },
      responseTime: 3.2,
      msg: 'request completed',
    });
    expect(formatLogLine(line)).toBe('12:04:05 INFO  GET /api/v1/states 200 3 ms (req-1)\n');
  });

  it('keeps other fields and the stack of an error', () => {
    const out = formatLogLine(JSON.stringify({ level: 50, time: 0, msg: 'mail failed', attempt: 2, err: { message: 'x', stack: 'Error: x\n    at y' } }));
    expect(out).toBe('00:00:00 ERROR mail failed attempt=2\nError: x\n    at y\n');
  });

  it('drops "incoming request" lines and passes non-JSON through', () => {
    const written: string[] = [];
    const stream = prettyStream({ write: (s) => written.push(s) });
    stream.write('{"level":30,"time":0,"msg":"incoming request","req":{"method":"GET","url":"/"}}\n');
    stream.write('plain text');
    expect(written).toEqual(['plain text\n']);
  });
});
