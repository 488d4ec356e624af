/**
 * A reporting round's snapshot: everything the memo needs, frozen when the round closes, so the memo can be
 * produced again years later with the same content whatever changed since. Stored as JSON; plain data only.
 */
import type { LeadInChoice } from '../domain/lead-in';
import type { TokenValues } from '../domain/text-tokens';
import type {
  Assessment,
  Funding,
  IsoDate,
  MetricKind,
  Comparator,
  TargetResult,
  TargetStatus,
} from '../domain/types';

/**
 * Bump when the shape changes; old snapshots keep their version and the builder reads both. 2: targets carry the
 * share's count and population, the baseline and its date; initiatives the author's lead-in choice and the overdue
 * planned activities, and `planned` holds only those between the as-of date and the last due date. 3: initiatives
 * and other initiatives carry their frozen token values (`tokenValues`); older snapshots compute them from their
 * own frozen targets and funding.
 */
export const SNAPSHOT_FORMAT_VERSION = 3;

export interface SnapshotTarget {
  id: number;
  /** The sentence template ("{value}" filled in when rendered). */
  sentence: string;
  metricKind: MetricKind;
  comparator: Comparator;
  value: number;
  unitLabel: string;
  dueDate: IsoDate;
  /** Who a share's population is ("støttekontaktpersoner"); absent before format 2. */
  populationLabel?: string;
  baseline?: number | null;
  baselineDate?: IsoDate | null;
  result: TargetResult;
}

export interface SnapshotActivity {
  title: string;
  kind: string;
  from: IsoDate;
  to: IsoDate;
}

export interface SnapshotInitiative {
  id: number;
  number: number | null;
  title: string;
  purpose: string | null;
  unitName: string | null;
  fundings: Funding[];
  targets: SnapshotTarget[];
  computedStatus: TargetStatus;
  /** The status shown: the assessment's when present. */
  status: TargetStatus;
  assessment: Assessment | null;
  /** The approved (or, in a draft, latest) status text; null when none was written. */
  statusText: string | null;
  updateState: string | null;
  /** Closed without an approved status update. */
  missing: boolean;
  /** Planned activities ending between the as-of date and the last due date: the memo's default bullets. */
  planned: SnapshotActivity[];
  /** Planned activities that should have ended before the as-of date (format 2). */
  overdue?: SnapshotActivity[];
  /** The status text author's lead-in choice, frozen with the text (format 2; absent: the rule decides). */
  leadIn?: LeadInChoice;
  /** The values of the texts' tokens ({{faktisk}} …) as of the round's date, frozen with the round (format 3). */
  tokenValues?: TokenValues;
}

export interface SnapshotOther {
  id: number;
  title: string;
  unitName: string | null;
  description: string | null;
  fundings: Funding[];
  /** The values of its text's tokens ({{midler}}), frozen with the round (format 3). */
  tokenValues?: TokenValues;
}

export interface RoundSnapshot {
  formatVersion: number;
  round: {
    id: number | null;
    title: string;
    asOf: IsoDate;
    /** The round's own organisation (before the plan's was filled in here: older snapshots may carry it). */
    organisation: string | null;
    unitName: string | null;
    recipient: string | null;
    appendixNumber: number | null;
    memoDate: IsoDate | null;
    caseNumber: string | null;
  };
  plan: {
    id: number;
    slug: string;
    title: string;
    theme: string;
    periodFrom: IsoDate;
    periodTo: IsoDate;
    /** The plan's organisation, for the documents' author (absent in older snapshots). */
    organisation?: string | null;
    /** The field of the "øvrige indsatser" (absent in older snapshots: the intro ends "på området:"). */
    area?: string | null;
  };
  initiatives: SnapshotInitiative[];
  others: SnapshotOther[];
}
