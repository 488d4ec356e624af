/**
 * A proposal from a status memo as a workbook in the exchange format (`indsats import-memo -o plan.xlsx`): the plan
 * does not exist yet, so its "Om" sheet describes it (title, theme, period, units) and every row is new. Initiatives
 * and targets get keys of their own ("ny-1", "ny-1-M1") that the rows under them refer to. The person edits the
 * workbook and brings it in with `indsats import plan.xlsx`, which creates the plan. The historical round (the
 * memo's status texts) is not part of the workbook; `import-memo --apply` saves it.
 */
import type { StoredBook, StoredRow } from '../exchange/repository';
import { writeWorkbook, type OnProgress } from '../exchange/write';
import { sortedNames } from '../exchange/cells';
import type { SheetKey, Value } from '../exchange/sheets';
import type { MemoProposal } from '../../schemas/memo-import';

/** The workbook of a proposal. */
export function proposalBook(proposal: MemoProposal): StoredBook {
  const doc = proposal.document;
  const sheets: Record<SheetKey, StoredRow[]> = {
    initiatives: [],
    targets: [],
    funding: [],
    expenditures: [],
    activities: [],
    measurements: [],
    venues: [],
    partners: [],
    targetGroups: [],
  };
  const row = (sheet: SheetKey, values: Record<string, Value>, key = ''): void => {
    sheets[sheet].push({ key, id: 0, version: 0, values });
  };
  doc.initiatives.forEach((init, n) => {
    const ik = `ny-${n + 1}`;
    row(
      'initiatives',
      {
        number: init.number,
        kind: init.kind,
        title: init.title,
        purpose: init.purpose,
        description: init.description,
        unit: init.unit,
        partners: sortedNames(init.partners),
      },
      ik,
    );
    init.targets.forEach((t, p) => {
      const tk = `${ik}-M${p + 1}`;
      row(
        'targets',
        {
          initiative: ik,
          position: p,
          metricKind: t.metricKind,
          comparator: t.comparator,
          value: t.value,
          unitLabel: t.unitLabel || null,
          dueDate: t.dueDate,
          baseline: t.baseline,
          sentence: t.sentence || null,
          targetGroups: sortedNames(t.targetGroups),
          activityKinds: sortedNames(t.activityKinds),
          venueKinds: sortedNames(t.venueKinds),
          population: t.population,
        },
        tk,
      );
      for (const m of t.measurements)
        row('measurements', { target: tk, value: m.value, asOf: m.asOf, note: m.note });
    });
    init.funding.forEach((f, p) =>
      row('funding', {
        initiative: ik,
        position: p,
        kind: f.kind,
        amount: f.amount,
        amountBasis: f.amountBasis,
        staffYears: f.staffYears,
        yearFrom: f.yearFrom,
        yearTo: f.yearTo,
        source: f.source,
        fundedUntil: f.fundedUntil,
      }),
    );
    for (const e of init.expenditures)
      row('expenditures', { initiative: ik, year: e.year, amount: e.amount, note: e.note });
    for (const a of init.activities) {
      const values: Record<string, Value> = {
        initiative: ik,
        state: a.state,
        kind: a.kind,
        title: a.title,
        description: a.description,
        dateFrom: a.dateFrom,
        dateTo: a.dateTo ?? a.dateFrom,
        occurrences: a.occurrences,
        partner: a.partner,
        venues: sortedNames(a.venues),
        imported: a.imported ? 'yes' : null,
        unnamedVenues: a.unnamedVenues === 0 ? null : a.unnamedVenues,
      };
      for (const [group, count] of Object.entries(a.reach)) values[`reach:${group}`] = count;
      row('activities', values);
    }
  });
  for (const v of doc.venues) row('venues', { name: v.name, kind: v.kind, unit: v.unit });
  for (const p of doc.partners) row('partners', { name: p.name, description: p.description });
  const groups = sortedNames([
    ...doc.targetGroups,
    ...doc.initiatives.flatMap((i) => i.activities.flatMap((a) => Object.keys(a.reach))),
  ]);
  for (const g of groups) row('targetGroups', { name: g });
  return {
    plan: { id: 0, slug: doc.plan.slug, title: doc.plan.title },
    groups,
    unitCodes: doc.units.map((u) => u.code),
    sheets,
    newPlan: {
      theme: doc.plan.theme,
      periodFrom: doc.plan.periodFrom,
      periodTo: doc.plan.periodTo,
      unit: doc.plan.unit,
      organisation: doc.plan.organisation,
      units: doc.units,
      review: proposal.review.map((r) => ({ message: r.message, blocking: r.blocking })),
    },
  };
}

/** The proposal's workbook as bytes. */
export function proposalWorkbook(proposal: MemoProposal, onProgress?: OnProgress): Promise<Buffer> {
  return writeWorkbook(proposalBook(proposal), onProgress);
}
