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

export default tseslint.config(
  { ignores: ['node_modules/', 'dist/', 'data/', 'test-results/', 'playwright-report/', 'bin/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.mjs', '**/*.js'],
    languageOptions: { globals: { console: 'readonly', process: 'readonly' } },
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
