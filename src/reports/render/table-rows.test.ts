/** The rows an initiative table is laid out in, by the DOCX and the PDF alike. */
import { describe, expect, it } from 'vitest';
import type { MemoInitiative } from '../model';
import { initiativeRows } from './table-rows';

/** Text of about `lines` lines of a half-width cell. */
const text = (lines: number) => 'ord '.repeat(lines * 9).trim();

function initiative(overrides: Partial<MemoInitiative>): MemoInitiative {
  return {
    heading: '1. Anbefaling: Prøve',
    fields: [{ label: 'Formål', text: text(6) }],
    statusLabel: 'Status',
    status: [{ type: 'paragraph', text: text(3) }],
    activitiesLead: null,
    activities: [],
    working: [],
    ...overrides,
  };
}

const kinds = (parts: { kind: string }[]) => parts.map((p) => p.kind);

describe('initiative table rows', () => {
  it('puts the left column beside the right column as far as it reaches, then a row per group', () => {
    const rows = initiativeRows(
      initiative({
        activitiesLead: 'Samlet mål forventes opfyldt:',
        activities: [text(2), text(2), text(2)],
      }),
    );
    expect(rows.map((r) => [kinds(r.left), kinds(r.right)])).toEqual([
      [['field'], ['status', 'lead', 'bullet']],
      [[], ['bullet']],
      [[], ['bullet']],
    ]);
    expect(rows.map((r) => [r.first, r.last, r.whole])).toEqual([
      [true, false, true],
      [false, false, true],
      [false, true, true],
    ]);
  });

  it('takes a group that runs a little below the left column rather than leave a gap above it', () => {
    const rows = initiativeRows(initiative({ activities: [text(7)] }));
    expect(rows).toHaveLength(1);
    expect(kinds(rows[0].right)).toEqual(['status', 'bullet']);
  });

  it('leaves a group that would run far below the left column to a row of its own', () => {
    const rows = initiativeRows(initiative({ activities: [text(12)] }));
    expect(rows.map((r) => kinds(r.right))).toEqual([['status'], ['bullet']]);
  });

  it('keeps a lead-in with the activity after it', () => {
    const rows = initiativeRows(
      initiative({
        fields: [{ label: 'Formål', text: text(1) }],
        activitiesLead: 'Følgende:',
        activities: [text(1)],
      }),
    );
    expect(rows.map((r) => kinds(r.right))).toEqual([['status'], ['lead', 'bullet']]);
  });

  it('lets a row taller than most of a page break', () => {
    const rows = initiativeRows(initiative({ fields: [{ label: 'Formål', text: text(45) }] }));
    expect(rows[0].whole).toBe(false);
  });
});
