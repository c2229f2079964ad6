// Access control at the edge. Every route declares `config.access`; a route without one stops the server at
// start-up (fastify/demo only checks routes that opt in, so a forgotten declaration silently made a route public).
// Routes whose access is an action are checked against the one policy before their handler runs.
import type { FastifyInstance } from 'fastify';
import { authorize, isAction } from '#domain/policy.ts';
import type { RouteAccess } from '../types.ts';

export class MissingRouteAccessError extends Error {
  constructor(method: string, url: string) {
    super(`Route ${method} ${url} declares no config.access ('public' or a policy action).`);
  }
}

function isRouteAccess(value: unknown): value is RouteAccess {
  return value === 'public' || isAction(value);
}

/** Installs on the root instance (not as an encapsulated plugin: the hook must see every route). */
export function installAccessControl(app: FastifyInstance): void {
  app.decorate('defaultRouteAccess', null);
  app.decorate('registeredRoutes', []);
  // Set for every request by the authentication plugin (anonymous unless a session or token says otherwise).
  app.decorateRequest('actor', null as never);

  app.addHook('onRoute', function (route) {
    const methods = Array.isArray(route.method) ? route.method : [route.method];
    let access = route.config?.access;
    if (access === undefined && this.defaultRouteAccess) {
      access = this.defaultRouteAccess;
      route.config = { ...route.config, access };
    }
    for (const method of methods) app.registeredRoutes.push({ method, url: route.url, access });
    if (!isRouteAccess(access)) throw new MissingRouteAccessError(methods.join(','), route.url);
  });

  // Before validation: an anonymous caller learns "sign in" (401), not what is wrong with a body they may not send;
  // and the policy answers before caches or handlers see the request.
  app.addHook('preValidation', async (request) => {
    const access = request.routeOptions.config.access;
    if (access && access !== 'public') authorize(request.actor, access);
  });
}

/**
 * Registers third-party plugins (docs UI, static files) whose routes cannot carry our config: everything they
 * register in this scope is explicitly `access`.
 */
export function withRouteAccess<O>(access: RouteAccess, plugin: (app: FastifyInstance, opts: O) => Promise<void>) {
  return async (app: FastifyInstance, opts: O) => {
    app.defaultRouteAccess = access;
    await plugin(app, opts);
  };
}
