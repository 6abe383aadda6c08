// `npm run lint`: Next.js' rules (React, React Hooks, the Next plugin, TypeScript), the full
// jsx-a11y recommended set, and the layering of STYLE.md as import boundaries:
//   - pure domain folders of lib/ import neither Prisma, the database, Next.js nor React;
//   - lib/export does not import lib/data (an export format is a function of DTOs);
//   - the data layer, the operations gate, the database, the runtime and the bench import neither
//     Next.js nor React (but for the custom server, lib/runtime/app-server.ts, which serves Next.js);
//   - the bench's modules that need no database (figures, tables, verdicts, flags, timing, HTTP)
//     import none: only its context, operation lists and runs read the synthetic database;
//   - only *-client.tsx files are client components ('use client'), and they import nothing that
//     carries OpenCC's dictionaries (deciding a text's script is the server's: the data layer
//     sends each text's tag).
import nextCoreWebVitals from 'eslint-config-next/core-web-vitals';
import nextTypescript from 'eslint-config-next/typescript';
import jsxA11y from 'eslint-plugin-jsx-a11y';

const framework = [
  { group: ['next', 'next/*'], message: 'This layer is framework-free: no Next.js here (STYLE.md, Layers).' },
  { group: ['react', 'react/*', 'react-dom', 'react-dom/*'], message: 'This layer is framework-free: no React here (STYLE.md, Layers).' },
];
const database = [
  {
    group: ['@prisma/*', '**/generated/prisma', '**/generated/prisma/*', 'pg', '**/db/*', '@/lib/db/*', '**/data/*', '**/data/**', '@/lib/data/*', '@/lib/data/**'],
    message: 'Pure domain code: no Prisma, database or data layer here; a data function stores what this returns (STYLE.md).',
  },
];

/** Imports of other rooms of lib/data, by relative path or alias. */
const rooms = (names) =>
  names.map((room) => ({
    group: [`../${room}/*`, `../../data/${room}/*`, `@/lib/data/${room}/*`],
    message: `lib/data rooms: this room does not import lib/data/${room} (README, Architecture).`,
  }));

const PURE_DOMAIN = ['anchoring', 'claims', 'export', 'finder', 'importer', 'outlets', 'seed', 'text'].map((d) => `lib/${d}/**/*.{ts,tsx}`);
const BENCH_WITHOUT_DATABASE = [
  'stats', 'report', 'memory-trend', 'search-queries', 'lighthouse-figures', 'options', 'operation', 'run-operations', 'soak', 'http-operations', 'machine',
].map((f) => `lib/bench/${f}.ts`);

/** 'use client' belongs in *-client.tsx leaves only. */
const clientLeaves = {
  meta: { type: 'problem', messages: { leaf: "Only *-client.tsx files are client components; move this 'use client' code into one." } },
  create(context) {
    return {
      Program(node) {
        const first = node.body[0];
        const isClient = first?.type === 'ExpressionStatement' && first.directive === 'use client';
        if (isClient && !/-client\.tsx$/.test(context.filename)) context.report({ node: first, messageId: 'leaf' });
      },
    };
  },
};

/** Links go through components/link.tsx: one place decides how the app prefetches. */
const NEXT_LINK = { group: ['next/link'], message: "Use '@/components/link' (no prefetching of per-request pages)." };

const config = [
  ...nextCoreWebVitals,
  ...nextTypescript,
  {
    ignores: ['lib/generated/**', '.next/**', '.data/**', 'node_modules/**', 'test-results/**', 'playwright-report/**', 'next-env.d.ts'],
  },
  {
    files: ['**/*.{ts,tsx,mjs,js}'],
    plugins: { claimgrid: { rules: { 'client-leaves': clientLeaves } } },
    rules: {
      ...jsxA11y.flatConfigs.recommended.rules,
      'claimgrid/client-leaves': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
    },
  },
  {
    // CommonJS files (a Node preload for the offline OpenAPI lint) load modules with require().
    files: ['**/*.cjs'],
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    files: PURE_DOMAIN,
    ignores: ['**/*.test.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [...framework, ...database] }] },
  },
  {
    files: ['lib/data/**/*.ts', 'lib/operations/**/*.ts', 'lib/db/**/*.ts', 'lib/runtime/**/*.ts', 'lib/bench/**/*.ts'],
    // the one place that hands requests to Next.js (the custom server `npm start` runs)
    ignores: ['lib/runtime/app-server.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: framework }] },
  },
  {
    // after the block above: a later block's options for a rule replace an earlier one's
    files: BENCH_WITHOUT_DATABASE,
    ignores: ['**/*.test.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [...framework, ...database] }] },
  },
  {
    files: ['app/**/*.tsx', 'components/**/*.tsx'],
    ignores: ['components/link.tsx'],
    rules: { 'no-restricted-imports': ['error', { patterns: [NEXT_LINK] }] },
  },
  {
    files: ['components/**/*-client.tsx'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            NEXT_LINK,
            {
              group: ['opencc-js', 'opencc-js/*', '**/text/detect-script', '**/text/detect-language', '**/text/fold-for-search'],
              message: "Server only: OpenCC's dictionaries stay off the phone. Take the text's tag (TextLang) from the data the server sends.",
            },
          ],
        },
      ],
    },
  },
  // The data layer's rooms: reads read; writes may read (a write checks what is there) but run
  // no workflow; workflows (import, seed, dump/restore, export, indexing) use both.
  {
    files: ['lib/data/reads/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [...framework, ...rooms(['writes', 'workflows'])] }] },
  },
  {
    files: ['lib/data/writes/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [...framework, ...rooms(['workflows'])] }] },
  },
];

export default config;
