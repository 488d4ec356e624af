/**
 * Importing a status memo: read a file into a proposal (nothing stored), and apply a confirmed proposal — the
 * plan, its initiatives, opening balances and the closed historical round — through the plan document loader, in
 * one audited transaction.
 */
import type { Kysely } from 'kysely';
import type { RequestContext } from '../../auth/context';
import { conflict, ruleViolation } from '../../domain/problem';
import { MemoProposal, type MemoProposalInput } from '../../schemas/memo-import';
import type { PlanDocument } from '../../schemas/plan-document';
import type { DB } from '../../store/schema';
import { loadPlanDocument, type LoadResult } from '../import/loader';
import { memoText } from './extract';
import { proposeFromText, type ProposeOptions } from './propose';
import { unitCode } from './plan-frame';

/** Read a memo file (DOCX, PDF or text) into a proposed plan with review marks. Nothing is stored. */
export async function readMemoFile(
  ctx: RequestContext,
  bytes: Uint8Array,
  opts: Omit<ProposeOptions, 'blockPerLine'> = {},
): Promise<MemoProposal> {
  ctx.authorize('memo:import');
  const { text, blockPerLine } = await memoText(bytes);
  return proposeFromText(text, { ...opts, blockPerLine });
}

/** Read a memo's text into a proposed plan with review marks. Nothing is stored. */
export function readMemoText(
  ctx: RequestContext,
  text: string,
  opts: Omit<ProposeOptions, 'blockPerLine'> = {},
): MemoProposal {
  ctx.authorize('memo:import');
  return proposeFromText(text, opts);
}

/**
 * Units are matched by name first: a unit the database already has keeps its code, and a proposed code that is
 * taken by a differently named unit gets a free one, so an import never attaches an initiative to the wrong unit.
 */
async function resolveUnits(db: Kysely<DB>, doc: PlanDocument): Promise<PlanDocument> {
  const existing = await db.selectFrom('units').select(['code', 'name']).execute();
  const byName = new Map(existing.map((u) => [u.name.trim().toLowerCase(), u.code]));
  const taken = new Map(existing.map((u) => [u.name, u.code]));
  const rename = new Map<string, string>();
  for (const u of doc.units) {
    const known = byName.get(u.name.trim().toLowerCase());
    const clash = existing.some(
      (e) => e.code === u.code && e.name.trim().toLowerCase() !== u.name.trim().toLowerCase(),
    );
    const code = known ?? (clash ? unitCode(u.name, taken) : u.code);
    taken.set(u.name, code);
    if (code !== u.code) rename.set(u.code, code);
  }
  const map = (code: string | null): string | null => (code === null ? null : (rename.get(code) ?? code));
  return {
    ...doc,
    units: doc.units.map((u) => ({ ...u, code: map(u.code)! })),
    venues: doc.venues.map((v) => ({ ...v, unit: map(v.unit) })),
    plan: { ...doc.plan, unit: map(doc.plan.unit) },
    initiatives: doc.initiatives.map((i) => ({ ...i, unit: map(i.unit) })),
  };
}

/**
 * Save a confirmed proposal as a new plan. Refused (422) while a blocking review mark remains, and (409) when a
 * plan with the same slug exists; everything else is the loader's: one transaction, audited, all or nothing.
 */
export async function applyProposal(
  db: Kysely<DB>,
  ctx: RequestContext,
  input: MemoProposalInput,
): Promise<LoadResult> {
  ctx.authorize('memo:import');
  const proposal = MemoProposal.parse(input);
  const blocking = proposal.review.findIndex((m) => m.blocking);
  if (blocking !== -1) {
    const mark = proposal.review[blocking];
    throw ruleViolation(
      `document.${mark.path}`,
      `Forslaget kan ikke gemmes endnu: ${mark.message}`,
      `The proposal cannot be saved yet: resolve the blocking review mark at ${mark.path}.`,
    );
  }
  const slug = proposal.document.plan.slug;
  const clash = await db.selectFrom('plans').select('id').where('slug', '=', slug).executeTakeFirst();
  if (clash)
    throw conflict(
      `Der findes allerede en handleplan med adressen "${slug}". Vælg en anden (--slug).`,
      `A plan with the slug "${slug}" already exists.`,
      'document.plan.slug',
    );
  const doc = await resolveUnits(db, proposal.document);
  const closedBy = ctx.actor;
  return loadPlanDocument(db, ctx, { ...doc, rounds: doc.rounds.map((r) => ({ ...r, closedBy })) });
}
