/**
 * Round trip through the memo: the demo round's memo, rendered by the product's own DOCX and PDF renderers, reads
 * back to the same initiatives, targets, funding rows, planned activities, opening balances and status texts as
 * the seed memo's text: the committee version, which has no header block and no working notes, given the as-of date.
 */
import { describe, expect, it } from 'vitest';
import { demoRoundSnapshot } from '../../../test/demo-round';
import { seedMemoText } from '../../../test/seed-memo';
import { buildMemoModel } from '../../reports/build-model';
import type { MemoModel } from '../../reports/model';
import { renderDocx } from '../../reports/render/docx';
import { renderPdf } from '../../reports/render/pdf';
import type { MemoProposal } from '../../schemas/memo-import';
import { memoText } from './extract';
import { proposeFromText } from './propose';

/** What must survive the round trip, per initiative. */
function essentials(p: MemoProposal) {
  return p.document.initiatives.map((i) => ({
    number: i.number,
    kind: i.kind,
    title: i.title,
    purpose: i.purpose,
    unit: p.document.units.find((u) => u.code === i.unit)?.name ?? null,
    targets: i.targets.map((t) => [
      t.metricKind,
      t.comparator,
      t.value,
      t.unitLabel,
      t.targetGroups,
      t.venueKinds,
      t.activityKinds,
    ]),
    funding: i.funding,
    activities: i.activities.map((a) => [
      a.state,
      a.imported,
      a.kind,
      a.title,
      a.dateFrom,
      a.dateTo,
      a.occurrences,
      a.reach,
      a.unnamedVenues,
    ]),
    status: p.document.rounds[0].updates.find((u) => u.initiative === i.number)?.text ?? null,
  }));
}

const seed = proposeFromText(seedMemoText(), { asOf: '2018-09-01' });
/** The memo without the product's own lines: no header block, no computed figures or assessment notes. */
const committee: MemoModel = buildMemoModel(await demoRoundSnapshot(), { draft: false });
/** The working version: its header block states the round, and its marked notes are not part of the plan. */
const working: MemoModel = buildMemoModel(await demoRoundSnapshot(), { draft: false, variant: 'working' });

async function imported(bytes: Buffer, asOf?: string): Promise<MemoProposal> {
  const { text, blockPerLine } = await memoText(bytes);
  return proposeFromText(text, { asOf, blockPerLine });
}

describe('a rendered memo reads back to the seed memo', () => {
  it('has the seed text six recommendations and five other initiatives to compare with', () => {
    expect(essentials(seed).map((i) => i.kind)).toEqual([
      ...Array<string>(6).fill('recommendation'),
      ...Array<string>(5).fill('other'),
    ]);
  });

  it('DOCX of the working version, notes and all, with the as-of date from its header block', async () => {
    const p = await imported(await renderDocx(working));
    expect(essentials(p)).toEqual(essentials(seed));
    expect(p.document.rounds[0]).toMatchObject({ title: 'Status efterår 2018', asOf: '2018-09-01' });
    expect(p.review.some((m) => m.path === 'rounds.0.asOf')).toBe(false);
  });

  it('PDF of the working version, notes and all', async () => {
    const p = await imported(await renderPdf(working));
    expect(essentials(p)).toEqual(essentials(seed));
    expect(p.document.rounds[0].asOf).toBe('2018-09-01');
  });

  it('DOCX and PDF of the committee version, given the as-of date', async () => {
    expect(essentials(await imported(await renderDocx(committee), '2018-09-01'))).toEqual(essentials(seed));
    expect(essentials(await imported(await renderPdf(committee), '2018-09-01'))).toEqual(essentials(seed));
  });
});
