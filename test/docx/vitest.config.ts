import { defineConfig } from 'vitest/config';

/**
 * The DOCX as LibreOffice lays it out (npm run test:docx): needs `libreoffice` (Debian: libreoffice-writer-nogui)
 * and Arial-metric fonts (fonts-liberation2); `.ci/run` installs both. `npm test` itself needs nothing but Node.
 */
export default defineConfig({
  test: {
    include: ['test/docx/**/*.test.ts'],
    pool: 'forks',
    fileParallelism: false,
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});
