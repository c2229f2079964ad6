// `npm start` builds the web app once on a fresh clone; later starts reuse dist/web. A build from before
// precompression (no index.html.br beside index.html) is rebuilt, since the server sends the .br and .gz files.
// Plain JS so it runs before anything else is compiled.
import { existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';

if (!existsSync('dist/web/index.html') || !existsSync('dist/web/index.html.br')) {
  console.log('Building the web app (first start only)…');
  const r = spawnSync('npx', ['vite', 'build', '--logLevel', 'warn'], { stdio: 'inherit' });
  if (r.status !== 0) process.exit(r.status ?? 1);
}
