import { defineConfig } from 'vite';
import { fileURLToPath } from 'node:url';

// The admin UI builds into dist/web, which the API serves at `/`. JSX is compiled by Vite's own
// transformer (automatic runtime); no React plugin is needed for production builds. The dev
// server (npm run dev) proxies the API on the same PORT the API listens on.
const api = `http://127.0.0.1:${process.env.PORT ?? 3000}`;

export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: '/',
  build: {
    outDir: fileURLToPath(new URL('../../dist/web', import.meta.url)),
    emptyOutDir: true,
    chunkSizeWarningLimit: 2500,
  },
  server: { proxy: { '/api': api, '/health': api } },
  oxc: { jsx: { runtime: 'automatic' } },
  // The domain's vocabularies are the labels' one source (ADR 0016): pure TypeScript, no framework.
  resolve: {
    alias: {
      '@kn/shared': fileURLToPath(new URL('../../libs/shared/index.ts', import.meta.url)),
      '@libs': fileURLToPath(new URL('../../libs', import.meta.url)),
    },
  },
});
