/**
 * The direction of imports, as a checkable rule: the pure domain imports nothing of ours, schema modules import only
 * zod and the domain (so the browser can bundle them), the store only the domain, and nothing below the HTTP edge
 * imports `src/api/`. Type-only imports count too: a type import still ties a module to what it names.
 */
import { builtinModules } from 'node:module';
import path from 'node:path';
import ts from 'typescript';

/** One import that breaks a rule. */
export interface Violation {
  file: string;
  specifier: string;
  rule: string;
}

const BUILTINS = new Set(builtinModules.flatMap((m) => [m, `node:${m}`]));
/** Packages that tie a module to the server: databases, the HTTP framework, Node itself. */
const SERVER_PACKAGES =
  /^(kysely|fastify|fastify-.*|@fastify\/.*|pg|better-sqlite3|openid-client|@myriaddreamin\/.*|docx)(\/|$)/;

/** Files at the HTTP edge (and the app's wiring), which may import `src/api/`. */
const isEdge = (file: string): boolean =>
  /(^|\/)(routes|[\w-]+-routes|register)\.ts$/.test(file) || file.startsWith('src/api/');

interface Rule {
  name: string;
  /** Does the rule govern this file (path relative to the project root)? */
  applies(file: string): boolean;
  /** Is this import allowed? `target` is the project-relative path of a relative import, else null. */
  allows(specifier: string, target: string | null): boolean;
}

const ownAllowed =
  (...dirs: string[]) =>
  (target: string | null): boolean =>
    target === null || dirs.some((d) => target.startsWith(d));

const RULES: Rule[] = [
  {
    name: 'src/domain importerer kun src/domain og ingen serverpakker eller Node-moduler',
    applies: (f) => f.startsWith('src/domain/'),
    allows: (s, t) =>
      ownAllowed('src/domain/')(t) && !(t === null && (BUILTINS.has(s) || SERVER_PACKAGES.test(s))),
  },
  {
    name: 'src/schemas importerer kun zod, src/schemas og src/domain',
    applies: (f) => f.startsWith('src/schemas/'),
    allows: (s, t) => (t === null ? s === 'zod' : ownAllowed('src/schemas/', 'src/domain/')(t)),
  },
  {
    name: 'src/store importerer kun src/store og src/domain',
    applies: (f) => f.startsWith('src/store/'),
    allows: (_s, t) => ownAllowed('src/store/', 'src/domain/')(t),
  },
  {
    name: 'src/reports importerer kun src/reports og src/domain',
    applies: (f) => f.startsWith('src/reports/'),
    allows: (_s, t) => ownAllowed('src/reports/', 'src/domain/')(t),
  },
  {
    name: 'src/auth importerer kun src/auth, src/domain, src/schemas og src/store',
    applies: (f) => f.startsWith('src/auth/'),
    allows: (_s, t) => ownAllowed('src/auth/', 'src/domain/', 'src/schemas/', 'src/store/')(t),
  },
  {
    name: 'kun HTTP-kanten (routes, app) importerer src/api',
    applies: (f) => /^src\/(auth|reports|features|store|schemas|domain)\//.test(f) && !isEdge(f),
    allows: (_s, t) => t === null || !t.startsWith('src/api/'),
  },
];

/** The imports of a source text, including `import type`, `export … from` and `import()`. */
export function importsOf(source: string): string[] {
  return ts.preProcessFile(source, true, true).importedFiles.map((f) => f.fileName);
}

/** Check one file's text; `file` is its path relative to the project root. Test files are exempt. */
export function checkSource(file: string, source: string): Violation[] {
  if (/\.test\.tsx?$/.test(file)) return [];
  const rules = RULES.filter((r) => r.applies(file));
  if (rules.length === 0) return [];
  const out: Violation[] = [];
  for (const specifier of importsOf(source)) {
    const target = specifier.startsWith('.')
      ? path.posix.normalize(path.posix.join(path.posix.dirname(file), specifier))
      : null;
    for (const rule of rules)
      if (!rule.allows(specifier, target)) out.push({ file, specifier, rule: rule.name });
  }
  return out;
}
