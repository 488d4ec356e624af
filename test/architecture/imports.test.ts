/** The import-direction rule holds for the whole of src/, and fires on a deliberately wrong-way fixture. */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkSource, importsOf } from './import-rules';

const root = join(import.meta.dirname, '../..');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = join(dir, e.name);
    if (e.isDirectory()) return sourceFiles(p);
    return /\.tsx?$/.test(e.name) ? [p] : [];
  });
}

describe('import direction', () => {
  it('holds for every file under src/', () => {
    const files = sourceFiles(join(root, 'src'));
    expect(files.length).toBeGreaterThan(100);
    const violations = files.flatMap((f) =>
      checkSource(relative(root, f).split('\\').join('/'), readFileSync(f, 'utf8')),
    );
    expect(violations).toEqual([]);
  });

  it('reads type-only imports, re-exports and dynamic imports', () => {
    const found = importsOf(
      "import type { Kysely } from 'kysely';\nexport { x } from './y';\nconst m = await import('node:fs');\n",
    );
    expect(found).toEqual(['kysely', './y', 'node:fs']);
  });
});

describe('a deliberately wrong-way fixture', () => {
  const badSchema = [
    "import { z } from 'zod';",
    "import type { Kysely } from 'kysely';",
    "import type { FastifyInstance } from 'fastify';",
    "import { readFileSync } from 'node:fs';",
    "import { createHash } from 'crypto';",
    "import type { DB } from '../store/schema';",
    "import { buildApp } from '../api/app';",
    "import { formatNumber } from '../domain/format';",
    "import { id } from './common';",
  ].join('\n');

  it('fires on every forbidden import of a schema module, type-only ones included', () => {
    const v = checkSource('src/schemas/bad.ts', badSchema);
    expect(v.map((x) => x.specifier)).toEqual([
      'kysely',
      'fastify',
      'node:fs',
      'crypto',
      '../store/schema',
      '../api/app',
      '../api/app',
    ]);
  });

  it('fires when the domain imports the store, kysely or a Node built-in', () => {
    const v = checkSource(
      'src/domain/bad.ts',
      "import type { Transaction } from 'kysely';\nimport { join } from 'node:path';\nimport { audit } from '../store/audit';\nimport { fmt } from './format';",
    );
    expect(v.map((x) => x.specifier)).toEqual(['kysely', 'node:path', '../store/audit']);
  });

  it('fires when a service imports the HTTP edge, but not when a route file does', () => {
    const src = "import type { App } from '../../api/app-types';";
    expect(checkSource('src/features/rounds/close.ts', src)).toHaveLength(1);
    expect(checkSource('src/features/rounds/routes.ts', src)).toEqual([]);
    expect(
      checkSource('src/store/audit.ts', "import type { RequestContext } from '../auth/context';"),
    ).toHaveLength(1);
  });
});
