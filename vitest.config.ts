import { defineConfig } from 'vitest/config';

/**
 * Test files that replace modules with `vi.mock`: each runs in a process of its own, so its stand-ins never reach
 * another file. Every other file shares its worker's loaded modules with the files before it (`isolate: false`),
 * which saves loading the server's modules again for each of them; each file still has its own database, and
 * test/architecture checks that a file using `vi.mock` is listed here.
 */
export const ISOLATED_TEST_FILES = [
  'test/authz/matrix.test.ts',
  'test/reliability/login-limits.test.ts',
  'test/api/permissions.test.ts',
];

const shared = {
  pool: 'forks' as const,
  testTimeout: 20_000,
  hookTimeout: 30_000,
};

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          ...shared,
          name: 'shared',
          include: ['src/**/*.test.ts', 'test/**/*.test.ts', 'web/*.test.ts', 'web/src/**/*.test.ts'],
          exclude: ['test/browser/**', 'test/docx/**', 'node_modules/**', ...ISOLATED_TEST_FILES],
          isolate: false,
        },
      },
      {
        test: {
          ...shared,
          name: 'isolated',
          include: ISOLATED_TEST_FILES,
        },
      },
    ],
  },
});
