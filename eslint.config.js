// Lint: typescript-eslint's recommended rules plus the layer boundaries of STYLE.md (imports only go downward).
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const forbid = (...groups) => ({
  // Patterns are regular expressions: gitignore-style globs read a leading '#' as a comment.
  'no-restricted-imports': ['error', { patterns: groups.map(([regex, message]) => ({ regex, message })) }],
});
const DB = ['^#db/', 'db layer'];
const HTTP = ['^#http/', 'http layer'];
const APP = ['^#app/', 'app layer'];
const CLI = ['^#cli/', 'cli layer'];
const WEB = ['^#web/', 'web layer'];
const NODE = ['^node:', 'the domain is pure: no Node APIs'];
const RELATIVE_UP = ['^\\.\\./\\.\\./', 'cross layers through #aliases, not relative paths'];

// Every layer is grouped by the same modules (docs/ARCHITECTURE.md). A new module is added here, once, and then has a
// folder in each layer; `shared` holds what belongs to no module. The few files at a layer's root compose the
// modules (the one policy, the route index) and are listed by name.
const MODULES = ['treaties', 'accounts', 'assistance', 'library', 'cooperation', 'funding', 'reporting', 'shared'];
const MODULE_LAYERS = ['src/domain', 'src/app', 'src/db/repos', 'src/http/routes/v1', 'src/http/schemas', 'src/web/routes', 'src/web/features'];
const LAYER_ROOT_FILES = [
  'src/domain/actor.ts', 'src/domain/errors.ts', 'src/domain/policy.ts', 'src/domain/policy.test.ts',
  'src/db/repos/conditions.ts', 'src/http/schemas/common.ts',
  'src/http/routes/v1/index.ts', 'src/http/routes/v1/route-deps.ts', 'src/http/routes/v1/health.routes.ts',
  'src/web/routes/not-found.tsx',
];
const layout = {
  rules: {
    'grouped-by-module': {
      meta: { type: 'problem', schema: [] },
      create(context) {
        const file = context.filename.replaceAll('\\', '/');
        const at = file.lastIndexOf('/src/');
        if (at < 0) return {};
        const rel = file.slice(at + 1);
        const layer = MODULE_LAYERS.filter((l) => rel.startsWith(l + '/')).sort((a, b) => b.length - a.length)[0];
        if (!layer || LAYER_ROOT_FILES.includes(rel)) return {};
        const module = rel.slice(layer.length + 1).split('/')[0];
        if (!rel.slice(layer.length + 1).includes('/') || !MODULES.includes(module)) {
          return {
            Program(node) {
              context.report({ node, message: `${rel}: put it in ${layer}/<module>/, one of ${MODULES.join(', ')}` });
            },
          };
        }
        return {};
      },
    },
  },
};

export default tseslint.config(
  { ignores: ['node_modules/', 'dist/', 'data/', 'test-results/', 'playwright-report/', 'bin/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.mjs', '**/*.js'],
    languageOptions: { globals: { console: 'readonly', process: 'readonly' } },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    plugins: { layout },
    rules: { 'layout/grouped-by-module': 'error' },
  },
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
  {
    files: ['src/domain/**/*.ts'],
    rules: {
      ...forbid(
        [NODE[0], NODE[1]],
        [DB[0], `domain must not import the ${DB[1]}`],
        [APP[0], `domain must not import the ${APP[1]}`],
        [HTTP[0], `domain must not import the ${HTTP[1]}`],
        [CLI[0], `domain must not import the ${CLI[1]}`],
        [WEB[0], `domain must not import the ${WEB[1]}`],
        ['^fastify', 'no HTTP in the domain'],
        ['^react', 'no React in the domain'],
        ['^drizzle-orm', 'no database in the domain'],
      ),
      'no-restricted-globals': ['error', { name: 'process', message: 'the domain takes its inputs as arguments' }],
      'no-restricted-syntax': [
        'error',
        { selector: "CallExpression[callee.object.name='Date'][callee.property.name='now']", message: 'take `now` as an argument' },
        { selector: "NewExpression[callee.name='Date'][arguments.length=0]", message: 'take `now` as an argument' },
      ],
    },
  },
  {
    files: ['src/app/**/*.ts'],
    rules: forbid([HTTP[0], `app must not import the ${HTTP[1]}`], [CLI[0], 'app must not import the cli'], [WEB[0], 'app must not import the web'], ['^fastify', 'no Fastify types in use cases'], ['^react', 'no React in use cases']),
  },
  {
    files: ['src/db/**/*.ts'],
    rules: forbid([HTTP[0], `db must not import the ${HTTP[1]}`], [APP[0], 'db must not import use cases'], [CLI[0], 'db must not import the cli']),
  },
  {
    files: ['src/http/**/*.ts'],
    rules: forbid([DB[0], 'routes reach the database through use cases (#app), not directly'], [CLI[0], 'http must not import the cli'], [WEB[0], 'http must not import the web app']),
  },
  {
    files: ['src/cli/**/*.ts'],
    // Tests may set up a database directly; the command code may not.
    ignores: ['src/cli/commands/serve.ts', 'src/cli/**/*.test.ts'],
    rules: forbid([HTTP[0], 'the CLI never boots the server (only `serve`, the composition root, does)'], [DB[0], 'the CLI reaches the database through use cases (#app)']),
  },
  {
    files: ['src/web/**/*.{ts,tsx}'],
    rules: forbid([DB[0], 'the web app uses the API only'], [APP[0], 'the web app uses the API only'], [HTTP[0], 'the web app uses the API only'], [CLI[0], 'no CLI in the web app'], NODE, RELATIVE_UP),
  },
);
