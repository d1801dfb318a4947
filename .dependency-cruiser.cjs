// Boundaries (STYLE.md): domain code imports nothing outside itself and the shared kernel;
// contexts meet only through each other's index.ts; libs never import apps.
const CONTEXTS = 'territory|organizations|twinning|households|identity|reporting|audit|dashboard|demo';
module.exports = {
  forbidden: [
    {
      name: 'domain-is-pure',
      comment: 'libs/<ctx>/domain may import only itself, libs/shared and node built-ins that are pure',
      severity: 'error',
      from: { path: '^libs/[^/]+/domain/' },
      to: {
        pathNot: ['^libs/[^/]+/domain/', '^libs/shared/', '^test/support/'],
        dependencyTypesNot: ['type-only'],
      },
    },
    {
      name: 'domain-no-frameworks',
      severity: 'error',
      from: { path: '^libs/[^/]+/domain/' },
      to: { path: 'node_modules/(@nestjs|typeorm|pg|@eventstore)/' },
    },
    {
      name: 'contexts-meet-through-index',
      comment: 'another context is reached only through its index.ts',
      severity: 'error',
      from: { path: `^libs/(${CONTEXTS})/` },
      to: { path: `^libs/(${CONTEXTS})/(?!index\\.ts$)`, pathNot: ['^libs/$1/'] },
    },
    {
      name: 'libs-do-not-import-apps',
      severity: 'error',
      from: { path: '^libs/' },
      to: { path: '^apps/' },
    },
    {
      name: 'no-circular',
      severity: 'error',
      from: { path: '^libs/' },
      to: { circular: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '(\\.spec|\\.int-spec|\\.e2e-spec)\\.ts$|^dist/' },
    tsConfig: { fileName: 'tsconfig.json' },
    tsPreCompilationDeps: true,
    enhancedResolveOptions: { extensions: ['.ts', '.js'] },
  },
};
