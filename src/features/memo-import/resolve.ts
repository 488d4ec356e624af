/**
 * A person's correction of a proposal: set one field by its path (the path a review mark names) and clear the
 * marks on it. Used by `indsats import-memo --set initiatives.4.targets.0.population=36`.
 */
import { ruleViolation } from '../../domain/problem';
import { MemoProposal } from '../../schemas/memo-import';

/** "a.b.0.c=36" → path and value; the value is read as JSON when it is JSON (36, true, null, "x"), else as text. */
export function parseAssignment(s: string): { path: string; value: unknown } {
  const at = s.indexOf('=');
  if (at <= 0) throw ruleViolation('set', `"${s}" skal have formen sti=værdi.`, `"${s}" must be path=value.`);
  const raw = s.slice(at + 1);
  let value: unknown = raw;
  try {
    value = JSON.parse(raw);
  } catch {
    // Plain text.
  }
  return { path: s.slice(0, at).trim(), value };
}

/** The proposal with `path` (in its document) set to `value` and the review marks on that field removed. */
export function resolveField(p: MemoProposal, path: string, value: unknown): MemoProposal {
  const doc: unknown = structuredClone(p.document);
  const keys = path.split('.');
  let node: unknown = doc;
  for (const key of keys.slice(0, -1)) {
    node = node !== null && typeof node === 'object' ? (node as Record<string, unknown>)[key] : undefined;
  }
  const last = keys.at(-1)!;
  if (node === null || typeof node !== 'object' || !(last in node))
    throw ruleViolation(
      'set',
      `Feltet ${path} findes ikke i forslaget.`,
      `No field ${path} in the proposal.`,
    );
  (node as Record<string, unknown>)[last] = value;
  const review = p.review.filter((m) => m.path !== path);
  const parsed = MemoProposal.safeParse({ document: doc, review });
  if (!parsed.success)
    throw ruleViolation('set', `Værdien passer ikke til feltet ${path}.`, `The value does not fit ${path}.`);
  return parsed.data;
}
