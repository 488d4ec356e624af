/** Status updates ("statusopdateringer"): one per initiative per round, draft → submitted → approved/returned. */
import type { Kysely, Selectable } from 'kysely';
import { z } from 'zod';
import type { RequestContext } from '../../auth/context';
import { conflict, notFound, ruleViolation, staleVersion } from '../../domain/problem';
import { DEFAULT_LEAD_IN, LEAD_IN_KINDS, type LeadInChoice } from '../../domain/lead-in';
import { assertNoTokenIssues, textTokenIssues } from '../../domain/rules/text';
import { TARGET_STATUSES } from '../../domain/types';
import { audit } from '../../store/audit';
import type { DB, StatusUpdateTable } from '../../store/schema';
import { versionedUpdate } from '../../store/versioned';
import { writeTx } from '../../store/write';
import { roundClosed } from './resource';
import { recordVersion } from './versions-repo';
import { type UpdateState, StatusUpdateInput, type StatusUpdate } from '../../schemas/rounds';

type Row = Selectable<StatusUpdateTable>;
type InitiativeRef = { id: number; number: number | null; title: string };

/** The lead-in choice stored with a status text. */
export function leadInFromRow(
  row: Pick<Row, 'leadInKind' | 'leadInWithPeriod' | 'leadInBullets'>,
): LeadInChoice {
  const kind = LEAD_IN_KINDS.find((k) => k === row.leadInKind) ?? null;
  return {
    kind,
    withPeriod: row.leadInWithPeriod !== 0,
    bullets: JSON.parse(row.leadInBullets) as string[],
  };
}

/** What a lead-in's bullets must be beyond their lengths: one line each, none twice. */
function checkLeadIn(choice: LeadInChoice): void {
  const index = choice.bullets.findIndex((b) => /[\r\n]/.test(b));
  if (index >= 0) {
    throw ruleViolation(
      `leadIn.bullets.${index}`,
      'Et punkt skal stå på én linje; skriv flere punkter som hver sin linje i listen.',
      'A bullet is one line; write several bullets as separate items.',
    );
  }
  const seen = new Set<string>();
  choice.bullets.forEach((b, i) => {
    const key = b.trim().toLowerCase();
    if (seen.has(key)) {
      throw ruleViolation(
        `leadIn.bullets.${i}`,
        'Det samme punkt står der allerede; fjern det ene.',
        'The same bullet is already listed; remove one of them.',
      );
    }
    seen.add(key);
  });
}

function present(roundId: number, ini: InitiativeRef, row: Row | undefined): StatusUpdate {
  return {
    id: row?.id ?? null,
    roundId,
    initiativeId: ini.id,
    initiativeNumber: ini.number,
    initiativeTitle: ini.title,
    text: row?.text ?? '',
    assessment:
      row?.assessmentStatus != null
        ? {
            status: row.assessmentStatus as (typeof TARGET_STATUSES)[number],
            reason: row.assessmentReason ?? '',
          }
        : null,
    leadIn: row ? leadInFromRow(row) : DEFAULT_LEAD_IN,
    state: (row?.state as UpdateState | undefined) ?? 'missing',
    comment: row?.comment ?? null,
    author: row?.author ?? null,
    submittedBy: row?.submittedBy ?? null,
    submittedAt: row?.submittedAt ?? null,
    decidedBy: row?.decidedBy ?? null,
    decidedAt: row?.decidedAt ?? null,
    version: row?.version ?? 0,
  };
}

/** Load a round or 404. */
export async function loadRound(db: Kysely<DB>, id: number): Promise<Selectable<DB['reportingRounds']>> {
  const round = await db.selectFrom('reportingRounds').selectAll().where('id', '=', id).executeTakeFirst();
  if (!round) throw notFound('Statusrunde', 'Reporting round', id);
  return round;
}

/** The recommendation of the round's plan, or 404. */
export async function recommendation(
  db: Kysely<DB>,
  round: { planId: number },
  initiativeId: number,
): Promise<InitiativeRef> {
  const ini = await db
    .selectFrom('initiatives')
    .select(['id', 'number', 'title', 'planId', 'kind'])
    .where('id', '=', initiativeId)
    .executeTakeFirst();
  if (!ini || ini.planId !== round.planId || ini.kind !== 'recommendation') {
    throw notFound('Anbefaling i rundens handleplan', 'Recommendation of the round’s plan', initiativeId);
  }
  return ini;
}

/** Every recommendation of the round's plan with its status update (or `missing`). */
export async function listUpdates(
  db: Kysely<DB>,
  ctx: RequestContext,
  roundId: number,
): Promise<StatusUpdate[]> {
  ctx.authorize('plan:read');
  const round = await loadRound(db, roundId);
  const [inis, rows] = await Promise.all([
    db
      .selectFrom('initiatives')
      .select(['id', 'number', 'title'])
      .where('planId', '=', round.planId)
      .where('kind', '=', 'recommendation')
      .orderBy('number')
      .orderBy('id')
      .execute(),
    db.selectFrom('statusUpdates').selectAll().where('roundId', '=', roundId).execute(),
  ]);
  return inis.map((i) =>
    present(
      roundId,
      i,
      rows.find((r) => r.initiativeId === i.id),
    ),
  );
}

async function current(db: Kysely<DB>, roundId: number, initiativeId: number): Promise<Row | undefined> {
  return db
    .selectFrom('statusUpdates')
    .selectAll()
    .where('roundId', '=', roundId)
    .where('initiativeId', '=', initiativeId)
    .executeTakeFirst();
}

/** Every token of the text and the author's bullets must be known and refer to a target the initiative has. */
async function checkTokens(
  db: Kysely<DB>,
  initiativeId: number,
  input: { text: string; leadIn: LeadInChoice },
) {
  const { n } = await db
    .selectFrom('targets')
    .select((eb) => eb.fn.countAll().as('n'))
    .where('initiativeId', '=', initiativeId)
    .executeTakeFirstOrThrow();
  const count = Number(n);
  assertNoTokenIssues([
    ...textTokenIssues('text', input.text, count),
    ...input.leadIn.bullets.flatMap((b, i) => textTokenIssues(`leadIn.bullets.${i}`, b, count)),
  ]);
}

/** The states in which the text may be (re)written. */
const EDITABLE: UpdateState[] = ['draft', 'returned'];

/** Write or rewrite the draft of an initiative's status (allowed while draft or returned). */
export async function saveDraft(
  db: Kysely<DB>,
  ctx: RequestContext,
  roundId: number,
  initiativeId: number,
  input: z.infer<typeof StatusUpdateInput>,
): Promise<StatusUpdate> {
  const round = await loadRound(db, roundId);
  ctx.authorize('status:write', { planId: round.planId, initiativeId });
  if (round.state === 'closed') throw roundClosed();
  const ini = await recommendation(db, round, initiativeId);
  checkLeadIn(input.leadIn);
  await checkTokens(db, initiativeId, input);
  const existing = await current(db, roundId, initiativeId);
  if (existing) {
    if (input.version !== existing.version) throw staleVersion(existing.version, input.version ?? 0);
    if (existing.state === 'submitted' || existing.state === 'approved') {
      throw conflict(
        'Statusteksten er indsendt og kan ikke redigeres, før koordinatoren sender den retur.',
        'The status has been submitted; it can be edited once it is returned.',
        'state',
      );
    }
  }
  return writeTx(db, async (trx) => {
    const now = new Date().toISOString();
    const values = {
      text: input.text,
      assessmentStatus: input.assessment?.status ?? null,
      assessmentReason: input.assessment?.reason ?? null,
      leadInKind: input.leadIn.kind,
      leadInWithPeriod: input.leadIn.withPeriod ? 1 : 0,
      leadInBullets: JSON.stringify(input.leadIn.bullets.map((b) => b.trim())),
      state: 'draft',
      author: ctx.actor,
      updatedAt: now,
    };
    if (existing) {
      const guard = { id: existing.id, version: existing.version, state: EDITABLE };
      await versionedUpdate(trx, 'statusUpdates', guard, values);
    } else {
      await trx
        .insertInto('statusUpdates')
        .values({ ...values, roundId, initiativeId, createdAt: now })
        .execute();
    }
    const saved = (await current(trx, roundId, initiativeId))!;
    await recordVersion(trx, saved, existing ? 'update' : 'create', ctx.actor);
    await audit(trx, ctx, existing ? 'update' : 'create', 'statusUpdate', saved.id, existing ?? null, saved);
    return present(roundId, ini, saved);
  });
}

type Transition = 'submit' | 'approve' | 'return';

const ALLOWED: Record<Transition, UpdateState[]> = {
  submit: ['draft', 'returned'],
  approve: ['submitted'],
  return: ['submitted', 'approved'],
};

const TARGET_STATE: Record<Transition, UpdateState> = {
  submit: 'submitted',
  approve: 'approved',
  return: 'returned',
};

const STATE_DA: Record<UpdateState | 'missing', string> = {
  draft: 'kladde',
  submitted: 'indsendt',
  approved: 'godkendt',
  returned: 'sendt retur',
  missing: 'ikke skrevet',
};

/** Move a status update along the workflow; each transition records who and when. */
export async function transition(
  db: Kysely<DB>,
  ctx: RequestContext,
  roundId: number,
  initiativeId: number,
  action: Transition,
  body: { version: number; comment?: string },
): Promise<StatusUpdate> {
  const round = await loadRound(db, roundId);
  ctx.authorize(action === 'submit' ? 'status:write' : 'status:approve', {
    planId: round.planId,
    initiativeId,
  });
  if (round.state === 'closed') throw roundClosed();
  const ini = await recommendation(db, round, initiativeId);
  const existing = await current(db, roundId, initiativeId);
  const state = (existing?.state ?? 'missing') as UpdateState | 'missing';
  if (!existing || !ALLOWED[action].includes(state as UpdateState)) {
    throw conflict(
      `Handlingen er ikke mulig, når statusteksten er ${STATE_DA[state]}.`,
      `Not possible while the status update is ${state}.`,
      'state',
    );
  }
  if (existing.version !== body.version) throw staleVersion(existing.version, body.version);
  if (action === 'submit' && existing.text.trim() === '') {
    throw ruleViolation(
      'text',
      'Skriv en statustekst, før den indsendes.',
      'Write a status text before submitting.',
    );
  }
  const comment = body.comment?.trim() ?? '';
  if (action === 'return' && comment === '') {
    throw ruleViolation(
      'comment',
      'Skriv en kommentar, når statusteksten sendes retur.',
      'A comment is required when returning.',
    );
  }
  return writeTx(db, async (trx) => {
    const now = new Date().toISOString();
    const decision =
      action === 'submit'
        ? { submittedBy: ctx.actor, submittedAt: now }
        : { decidedBy: ctx.actor, decidedAt: now };
    await versionedUpdate(
      trx,
      'statusUpdates',
      { id: existing.id, version: body.version, state: ALLOWED[action] },
      {
        state: TARGET_STATE[action],
        comment: action === 'return' ? comment : action === 'submit' ? existing.comment : null,
        ...decision,
        updatedAt: now,
      },
    );
    const saved = (await current(trx, roundId, initiativeId))!;
    await recordVersion(trx, saved, action, ctx.actor);
    await audit(trx, ctx, action, 'statusUpdate', saved.id, existing, saved);
    return present(roundId, ini, saved);
  });
}
