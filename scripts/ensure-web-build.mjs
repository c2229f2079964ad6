// `npm start` builds the web app once on a fresh clone; later starts reuse dist/web.
// Plain JS so it runs before anything else is compiled.
import { existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';

if (!existsSync('dist/web/index.html')) {
  console.log('Building the web app (first start only)…');
  const r = spawnSync('npx', ['vite', 'build', '--logLevel', 'warn'], { stdio: 'inherit' });
  if (r.status !== 0) process.exit(r.status ?? 1);
}
