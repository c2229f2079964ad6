#!/usr/bin/env node
// Runs the TypeScript CLI through tsx, so `npm link` / `npx accord` work without a build step (ADR 002).
import { register } from 'tsx/esm/api';
register();
await import('../src/cli/index.ts');
