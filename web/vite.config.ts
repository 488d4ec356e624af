/** Vite for the web app: root web/, output web/dist; in development /api goes to the API server. */
import { randomUUID } from 'node:crypto';
import { realpathSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { dkfdsIcons } from './dkfds-icons.ts';
import { ICON_NAMES } from './src/ui/icon-names.ts';
import { BUILD_ID_FILE } from '../src/api/build-header.ts';
import { purgeDkfds } from './purge-dkfds.ts';
import { preloadFonts } from './preload-fonts.ts';

const webRoot = fileURLToPath(new URL('.', import.meta.url));
const repoRoot = fileURLToPath(new URL('..', import.meta.url));
// Det Fælles Designsystem exports only its script; its CSS, fonts and icons are reached through this alias.
const dkfds = realpathSync(fileURLToPath(new URL('../node_modules/dkfds/dist', import.meta.url)));
const api = process.env.INDSATS_API_URL ?? 'http://127.0.0.1:3000';

// React Router's package exports name its development build for every condition (remix-run/react-router#12532,
// "intended to be temporary"): the app's build takes the production build beside it, without the dev-only checks.
const reactRouterProduction = realpathSync(
  fileURLToPath(new URL('../node_modules/react-router/dist/production/index.mjs', import.meta.url)),
);

// Each build of the app has an id of its own: written to dist/build-id.txt, which the server names in every API
// answer (X-Indsats-Build), and compiled into the app, which so notices a server updated under an open tab.
const BUILD_ID = randomUUID();

export default defineConfig(({ command }) => ({
  root: webRoot,
  define: command === 'build' ? { 'import.meta.env.VITE_INDSATS_BUILD': JSON.stringify(BUILD_ID) } : {},
  plugins: [
    {
      name: 'indsats-build-id',
      apply: 'build',
      generateBundle() {
        this.emitFile({ type: 'asset', fileName: BUILD_ID_FILE, source: BUILD_ID });
      },
    },
    react(),
    dkfdsIcons(`${dkfds}/img/all-svg-icons.svg`, ICON_NAMES),
    purgeDkfds(webRoot),
    preloadFonts('IBM Plex Sans', [400, 600, 700]),
  ],
  resolve: {
    alias: [
      { find: '@dkfds', replacement: dkfds },
      ...(command === 'build' ? [{ find: /^react-router$/, replacement: reactRouterProduction }] : []),
    ],
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    sourcemap: true,
    chunkSizeWarningLimit: 1000,
    // The timing report is noise in every build (the CSS of the design system is simply large).
    rolldownOptions: {
      checks: { bundlerTimings: false },
      // The first page's early requests (src/api/early.ts) are their own chunk, which every other chunk that uses
      // them imports: it is therefore evaluated first, before the libraries take their time.
      output: {
        codeSplitting: {
          groups: [
            { name: 'early', test: /web[\\/]src[\\/](api[\\/](early|start-early|url)|lib[\\/]dates)\.ts$/ },
          ],
        },
      },
    },
  },
  server: {
    port: 5173,
    // The web app imports the shared domain and schemas from ../src.
    fs: { allow: [repoRoot, dkfds] },
    proxy: { '/api': { target: api, changeOrigin: false }, '/healthz': api },
  },
}));
