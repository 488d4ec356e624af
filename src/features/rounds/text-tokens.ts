/** GET …/tokens: the tokens an initiative's status text may carry, their values as of the round's date. */
import type { Kysely } from 'kysely';
import type { RequestContext } from '../../auth/context';
import {
  TOKEN_DEFINITIONS,
  targetKey,
  tokenText,
  tokenValues,
  type TokenTarget,
  type TokenValues,
} from '../../domain/text-tokens';
import { snapshotTokenValues } from '../../reports/snapshot-tokens';
import type { TextTokens } from '../../schemas/rounds';
import type { DB } from '../../store/schema';
import { fundingFromRow } from '../../store/rows';
import { evaluatePlan } from '../progress/evaluate';
import { storedSnapshot } from './close';
import { loadRound, recommendation } from './updates';

/** The figures of an initiative: frozen in a closed round's snapshot, else computed as of the round's date. */
async function figures(
  db: Kysely<DB>,
  round: { id: number; planId: number; asOf: string; state: string },
  initiativeId: number,
): Promise<{ targets: TokenTarget[]; values: TokenValues }> {
  if (round.state === 'closed') {
    const snap = await storedSnapshot(db, round.id);
    const i = snap?.initiatives.find((x) => x.id === initiativeId);
    if (i) return { targets: i.targets, values: snapshotTokenValues(i) };
  }
  const { initiatives } = await evaluatePlan(db, round.planId, round.asOf);
  const e = initiatives.find((x) => x.initiative.id === initiativeId);
  const rows = await db
    .selectFrom('fundings')
    .selectAll()
    .where('initiativeId', '=', initiativeId)
    .orderBy('position')
    .orderBy('id')
    .execute();
  const targets: TokenTarget[] = (e?.targets ?? []).map(({ target: t, result }) => ({
    metricKind: t.metric.kind,
    value: t.value,
    unitLabel: t.unitLabel,
    result,
  }));
  return { targets, values: tokenValues({ targets, fundings: rows.map(fundingFromRow) }) };
}

/** Every token of the initiative (each target's, then the funding) with its value, for the editor. */
export async function textTokens(
  db: Kysely<DB>,
  ctx: RequestContext,
  roundId: number,
  initiativeId: number,
): Promise<TextTokens> {
  const round = await loadRound(db, roundId);
  ctx.authorize('plan:read', { planId: round.planId, initiativeId });
  await recommendation(db, round, initiativeId);
  const { targets, values } = await figures(db, { ...round, id: roundId }, initiativeId);
  const perTarget = TOKEN_DEFINITIONS.filter((d) => d.perTarget);
  const tokens: TextTokens['tokens'] = targets.flatMap((_, n) =>
    perTarget.map((d) => ({
      token: tokenText(d.name, n + 1),
      target: n + 1,
      da: d.da,
      en: d.en,
      value: values[targetKey(n + 1, d.name)] ?? null,
    })),
  );
  for (const d of TOKEN_DEFINITIONS.filter((x) => !x.perTarget)) {
    tokens.push({
      token: tokenText(d.name),
      target: null,
      da: d.da,
      en: d.en,
      value: values[d.name] ?? null,
    });
  }
  return {
    asOf: round.asOf,
    frozen: round.state === 'closed',
    tokens,
    targets: targets.map((t, n) => ({
      number: n + 1,
      metricKind: t.metricKind,
      value: t.value,
      unitLabel: t.unitLabel,
      result: {
        actual: t.result.actual,
        expected: t.result.expected,
        forecast: t.result.forecast,
        ...(t.result.share ? { share: t.result.share } : {}),
      },
    })),
  };
}
