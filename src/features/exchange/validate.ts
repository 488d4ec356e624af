/**
 * The API's own rules applied to a workbook row: the row is turned into the input the API takes (names and keys
 * stand in as placeholder ids; they were resolved before), checked with the same zod schema and the same domain
 * rules (src/domain/rules/), and each issue is named by the sheet's column instead of the API's field.
 */
import type { z } from 'zod';
import { activityRules } from '../../domain/rules/activity';
import { fundingRules } from '../../domain/rules/funding';
import type { RuleIssue } from '../../domain/rules/issue';
import { initiativeTextRules } from '../../domain/rules/text';
import { targetRules } from '../../domain/rules/target';
import { ActivityInput } from '../../schemas/activities';
import { ExpenditureInput, FundingInput } from '../../schemas/funding';
import { InitiativeInput } from '../../schemas/initiatives';
import { MeasurementInput } from '../../schemas/measurements';
import { issueMessage } from '../../schemas/messages';
import { PartnerInput, TargetGroupInput, VenueInput } from '../../schemas/reference';
import { TargetInput } from '../../schemas/targets';
import { sheetOf, type SheetKey, type Value } from './sheets';

/** A problem with one field of a row, named by the sheet's column header. */
export interface RowIssue {
  column: string;
  message: string;
}

const PLACEHOLDER = 1;
const ids = (v: Value): number[] => (Array.isArray(v) ? v.map(() => PLACEHOLDER) : []);
const idOrNull = (v: Value): number | null => (v === null || v === undefined ? null : PLACEHOLDER);

const ACTIVITY_FIELDS = { initiativeId: 'initiative', partnerId: 'partner', venueIds: 'venues' };

/** The API input of a row (names as placeholder ids) and the API field → sheet field renames. */
function inputOf(
  sheet: SheetKey,
  v: Record<string, Value>,
): { input: object; fields: Record<string, string> } {
  switch (sheet) {
    case 'initiatives':
      return {
        input: { ...v, planId: PLACEHOLDER, unitId: idOrNull(v.unit), partnerIds: ids(v.partners) },
        fields: { unitId: 'unit', partnerIds: 'partners' },
      };
    case 'targets':
      return {
        input: {
          ...v,
          initiativeId: PLACEHOLDER,
          unitLabel: v.unitLabel ?? '',
          sentence: v.sentence ?? '',
          targetGroupIds: ids(v.targetGroups),
        },
        fields: { initiativeId: 'initiative', targetGroupIds: 'targetGroups' },
      };
    case 'funding':
    case 'expenditures':
      return { input: { ...v, initiativeId: PLACEHOLDER }, fields: { initiativeId: 'initiative' } };
    case 'activities': {
      // One pass over the row: its reach columns become the reach rows, the rest is the input (a workbook of 12
      // target groups has as many reach columns as other fields, and 10,000 rows).
      const input: Record<string, unknown> = {};
      const reach: { targetGroupId: number; count: Value }[] = [];
      for (const k in v) {
        if (!k.startsWith('reach:')) input[k] = v[k];
        else if (v[k] !== null) reach.push({ targetGroupId: PLACEHOLDER, count: v[k] });
      }
      input.initiativeId = PLACEHOLDER;
      input.partnerId = idOrNull(v.partner);
      input.venueIds = ids(v.venues);
      input.imported = v.imported === 'yes';
      input.unnamedVenues = v.unnamedVenues ?? 0;
      input.reach = reach;
      return { input, fields: ACTIVITY_FIELDS };
    }
    case 'measurements':
      return { input: { ...v, targetId: PLACEHOLDER }, fields: { targetId: 'target' } };
    case 'venues':
      return { input: { ...v, unitId: idOrNull(v.unit) }, fields: { unitId: 'unit' } };
    case 'partners':
    case 'targetGroups':
      return { input: v, fields: {} };
  }
}

const SCHEMAS: Record<SheetKey, z.ZodType> = {
  initiatives: InitiativeInput,
  targets: TargetInput,
  funding: FundingInput,
  expenditures: ExpenditureInput,
  activities: ActivityInput,
  measurements: MeasurementInput,
  venues: VenueInput,
  partners: PartnerInput,
  targetGroups: TargetGroupInput,
};

function rulesOf(sheet: SheetKey, input: Record<string, unknown>): RuleIssue[] {
  switch (sheet) {
    case 'targets':
      return targetRules(input as unknown as Parameters<typeof targetRules>[0]);
    case 'funding':
      return fundingRules(input as unknown as Parameters<typeof fundingRules>[0]);
    case 'activities':
      return activityRules({
        dateFrom: String(input.dateFrom),
        dateTo: String(input.dateTo),
        reachGroups: [],
      });
    case 'initiatives':
      // A row does not see its initiative's targets (they are on another sheet): the names are checked here.
      return initiativeTextRules(input, null);
    case 'expenditures':
    case 'measurements':
    case 'venues':
    case 'partners':
    case 'targetGroups':
      return [];
  }
}

/** A zod issue in Danish, as the API words it. */
function danish(i: z.core.$ZodIssue): string {
  return issueMessage(i)?.da ?? i.message;
}

/** Every issue of a row, by column header; `reachHeader` names a reach column by its field. */
export function validateRow(sheet: SheetKey, values: Record<string, Value>): RowIssue[] {
  const { input, fields } = inputOf(sheet, values);
  const header = (apiField: string): string => {
    const field = fields[apiField] ?? apiField;
    if (field === 'reach') return 'Målgruppe';
    return sheetOf(sheet).columns.find((c) => c.field === field)?.header ?? field;
  };
  const parsed = SCHEMAS[sheet].safeParse(input);
  if (!parsed.success) {
    return parsed.error.issues.map((i) => {
      const top = String(i.path[0] ?? '');
      if (top === 'reach') {
        const n = Number(i.path[1]);
        const groups = Object.keys(values).filter((k) => k.startsWith('reach:') && values[k] !== null);
        const group = groups[n]?.slice('reach:'.length);
        return { column: group ? `Målgruppe: ${group}` : 'Målgruppe', message: danish(i) };
      }
      return { column: header(top), message: danish(i) };
    });
  }
  return rulesOf(sheet, parsed.data as Record<string, unknown>).map((r) => ({
    column: header(r.field.split('.')[0]),
    message: r.da,
  }));
}
