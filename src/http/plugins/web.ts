// Serves the built web app (Vite output in WEB_DIST) with a single-page-app fallback: any GET outside /api that is
// not a file gets index.html, so deep links (/participants/AFG) work on reload.
import fs from 'node:fs';
import path from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';
import { withRouteAccess } from './access.ts';

export interface WebApp {
  root: string;
  indexHtml: string;
}

/** The built app, or null when WEB_DIST has not been built (API-only server, tests). */
export function findWebApp(dir: string): WebApp | null {
  const root = path.resolve(dir);
  const index = path.join(root, 'index.html');
  if (!fs.existsSync(index)) return null;
  return { root, indexHtml: fs.readFileSync(index, 'utf8') };
}

/**
 * A page of the app (a deep link) rather than the API or a missing file: a request for /assets/x.js or favicon.png
 * that does not exist answers 404, not index.html (which a browser would then run as a script).
 */
export function isSpaPath(method: string, url: string): boolean {
  const pathname = url.split('?')[0]!;
  return (
    (method === 'GET' || method === 'HEAD') &&
    !/^\/api(\/|$)/.test(pathname) &&
    !pathname.startsWith('/assets/') &&
    !/\.[a-z0-9]+$/i.test(pathname)
  );
}

export async function installWebApp(app: FastifyInstance, web: WebApp): Promise<void> {
  await app.register(
    withRouteAccess('public', async (scope) => {
      await scope.register(fastifyStatic, {
        root: web.root,
        wildcard: true,
        index: 'index.html',
        setHeaders(reply, filePath) {
          // Vite puts content-hashed files under assets/: they never change, so browsers may keep them for good.
          const immutable = filePath.includes(`${path.sep}assets${path.sep}`);
          reply.header('cache-control', immutable ? 'public, max-age=31536000, immutable' : 'no-cache');
        },
      });
    }),
  );
}
