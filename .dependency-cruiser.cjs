/** Module boundaries (DESIGN.md "Shape") of src/ and of the web app (web/src), checked by `npm run check`. */
const NO_IO =
  '^(node:)?(fs|net|http|https|child_process|dgram|dns|tls|worker_threads)$|^(pg|better-sqlite3|kysely|fastify|@fastify/.*|nodemailer|pino)$';
module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      severity: 'error',
      from: {},
      to: { circular: true, viaOnly: { dependencyTypesNot: ['type-only'] } },
    },
    {
      name: 'pure-core-no-io',
      comment: 'kernel, terms and rules are pure: no I/O, no database, no HTTP (the web app imports them too)',
      severity: 'error',
      from: { path: '^src/(kernel|terms|rules)/' },
      to: { path: NO_IO },
    },
    {
      name: 'pure-core-stays-inward',
      comment: 'kernel ← terms ← rules ← modules ← http/cli/sweep',
      severity: 'error',
      from: { path: '^src/(kernel|terms|rules)/' },
      to: { path: '^src/(db|modules|http|cli|sweep|evidence|documents|seed)/|^src/(app|config|context)\\.ts$' },
    },
    {
      name: 'kernel-is-the-bottom',
      severity: 'error',
      from: { path: '^src/kernel/' },
      to: { path: '^src/(terms|rules)/' },
    },
    { name: 'terms-below-rules', severity: 'error', from: { path: '^src/terms/' }, to: { path: '^src/rules/' } },
    {
      name: 'modules-through-index',
      comment: 'a module reaches another module only through its index.ts',
      severity: 'error',
      from: { path: '^src/modules/([^/]+)/' },
      to: { path: '^src/modules/([^/]+)/', pathNot: ['^src/modules/$1/', '^src/modules/[^/]+/index\\.ts$'] },
    },
    {
      name: 'only-db-and-repos-import-kysely',
      severity: 'error',
      from: { path: '^src/', pathNot: ['^src/db/', '\\.repo\\.ts$'] },
      // Type-only imports are harmless (e.g. the `Transaction` type of a use case).
      to: { path: '^kysely$|node_modules/kysely/', dependencyTypesNot: ['type-only'] },
    },
    {
      name: 'web-imports-only-the-pure-core',
      comment:
        'the web app may import from src/ only the pure core (kernel, terms, rules), never a module, the database or the server',
      severity: 'error',
      from: { path: '^web/src/' },
      to: { path: '^src/', pathNot: '^src/(kernel|terms|rules)/' },
    },
    {
      name: 'web-no-server-packages',
      comment: 'the web app runs in the browser: no Node I/O, database or server package',
      severity: 'error',
      from: { path: '^web/src/' },
      to: { path: NO_IO },
    },
    {
      name: 'outer-layers-not-imported-by-modules',
      severity: 'error',
      from: { path: '^src/modules/' },
      to: { path: '^src/(cli|sweep)/' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsConfig: { fileName: 'tsconfig.json' },
    tsPreCompilationDeps: true,
    exclude: { path: '\\.test\\.ts$' },
  },
};
