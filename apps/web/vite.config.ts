import { defineConfig } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
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
  // Offline capture (ADR 0017): the app shell is precached, navigations fall back to
  // index.html, API GETs go to the network first and fall back to what this session has seen.
  // Commands are never cached here: the app's outbox (src/lib/outbox.ts) queues them.
  plugins: [
    VitePWA({
      registerType: 'autoUpdate',
      injectRegister: null,
      includeAssets: ['icon.svg', 'apple-touch-icon.png'],
      manifest: {
        name: 'Kết Nghĩa',
        short_name: 'Kết Nghĩa',
        description: 'Theo dõi công tác kết nghĩa, hộ nghèo và hỗ trợ của tỉnh',
        lang: 'vi',
        start_url: '/',
        scope: '/',
        display: 'standalone',
        theme_color: '#b71c1c',
        background_color: '#ffffff',
        icons: [
          { src: '/icon-192.png', sizes: '192x192', type: 'image/png' },
          { src: '/icon-512.png', sizes: '512x512', type: 'image/png' },
          { src: '/icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
        ],
      },
      workbox: {
        globPatterns: ['**/*.{js,css,html,svg,png,woff2}'],
        maximumFileSizeToCacheInBytes: 6 * 1024 * 1024,
        navigateFallback: '/index.html',
        navigateFallbackDenylist: [/^\/api(\/|$)/, /^\/health$/, /^\/metrics$/],
        cleanupOutdatedCaches: true,
        clientsClaim: true,
        skipWaiting: true,
        runtimeCaching: [
          {
            // Reads an officer needs in the field; sign-in, exports and downloads are not kept.
            urlPattern: ({ url, request, sameOrigin }) =>
              sameOrigin &&
              request.method === 'GET' &&
              url.pathname.startsWith('/api/') &&
              !/^\/api\/(auth|docs)\//.test(url.pathname) &&
              !url.searchParams.has('format') &&
              !/\/(export|exports|download)(\/|$)|\.(csv|xlsx|pdf)$/.test(url.pathname),
            handler: 'NetworkFirst',
            options: {
              cacheName: 'kn-api',
              networkTimeoutSeconds: 8,
              matchOptions: { ignoreVary: true },
              expiration: { maxEntries: 300, maxAgeSeconds: 12 * 60 * 60 },
            },
          },
        ],
      },
    }),
  ],
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
