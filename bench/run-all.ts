// `npm run bench`: every benchmark in turn, each printing its own figures.
import { spawnSync } from 'node:child_process';

for (const file of [
  'bench/import-all.ts',
  'bench/startup.ts',
  'bench/http-load.ts',
  'bench/scale-out.ts',
  'bench/auth.ts',
  'bench/assistance.ts',
  'bench/audit.ts',
  'bench/legal-basis.ts',
  'bench/cooperation-requests.ts',
  'bench/report.ts',
  'bench/search-quality.ts',
  'bench/search.ts',
  'bench/lighthouse.ts',
]) {
  const r = spawnSync('npx', ['tsx', file], { stdio: 'inherit' });
  if (r.status !== 0) process.exit(r.status ?? 1);
}
