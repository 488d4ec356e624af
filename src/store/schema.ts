/**
 * The typed database schema (Kysely). Column names are camelCase here and snake_case in SQL (CamelCasePlugin).
 * Dates are ISO strings, timestamps ISO-8601 strings, money integer kroner, lists of kinds JSON text.
 */
import type { ColumnType, Generated } from 'kysely';

interface Versioned {
  id: Generated<number>;
  version: Generated<number>;
  createdAt: string;
  updatedAt: string;
}

export interface UnitTable extends Versioned {
  code: string;
  name: string;
}

export interface PartnerTable extends Versioned {
  name: string;
  description: string | null;
}

export interface TargetGroupTable extends Versioned {
  name: string;
}

export interface VenueTable extends Versioned {
  name: string;
  kind: string;
  unitId: number | null;
}

export interface PlanTable extends Versioned {
  slug: string;
  title: string;
  theme: string;
  periodFrom: string;
  periodTo: string;
  unitId: number | null;
  organisation: string | null;
  /** The field of the memo's "øvrige indsatser" ("social kontrol og æresrelaterede konflikter"); migration 0016. */
  area: string | null;
}

export interface InitiativeTable extends Versioned {
  planId: number | null;
  number: number | null;
  kind: string;
  title: string;
  purpose: string | null;
  description: string | null;
  unitId: number | null;
  assessmentStatus: string | null;
  assessmentReason: string | null;
  assessmentBy: string | null;
  assessmentAt: string | null;
}

export interface InitiativePartnerTable {
  initiativeId: number;
  partnerId: number;
}

export interface TargetTable extends Versioned {
  initiativeId: number;
  position: number;
  metricKind: string;
  comparator: string;
  value: number;
  unitLabel: string;
  dueDate: string;
  baseline: number | null;
  /** When the baseline was measured, `YYYY-MM-DD`. */
  baselineDate: ColumnType<string | null, string | null | undefined, string | null>;
  sentence: string;
  /** JSON arrays. */
  targetGroupIds: string;
  activityKinds: string;
  venueKinds: string;
  population: number | null;
}

export interface FundingTable extends Versioned {
  initiativeId: number;
  position: number;
  kind: string;
  amount: number | null;
  amountBasis: string;
  staffYears: number | null;
  yearFrom: number | null;
  yearTo: number | null;
  source: string | null;
  fundedUntil: number | null;
}

export interface ExpenditureTable extends Versioned {
  initiativeId: number;
  year: number;
  amount: number;
  note: string | null;
}

export interface ActivityTable extends Versioned {
  initiativeId: number;
  state: string;
  kind: string;
  title: string;
  description: string | null;
  dateFrom: string;
  dateTo: string;
  occurrences: number;
  partnerId: number | null;
  /** The principal that registered it ("user:5", "token:2"); contributors may edit only their own. */
  createdBy: string | null;
  /** 1 for an opening balance imported from a status memo. */
  imported: Generated<number>;
  /** Venues reached that the memo counts but does not name (opening balances). */
  unnamedVenues: Generated<number>;
}

export interface ActivityVenueTable {
  activityId: number;
  venueId: number;
}

export interface ActivityReachTable {
  activityId: number;
  targetGroupId: number;
  count: number;
}

export interface MeasurementTable extends Versioned {
  targetId: number;
  value: number;
  asOf: string;
  note: string | null;
}

export interface AuditTable {
  id: Generated<number>;
  at: string;
  actor: string;
  action: string;
  entityType: string;
  entityId: number | null;
  before: string | null;
  after: string | null;
  requestId: string | null;
  /** The workbook import that made the change, if one did. */
  importId: Generated<string | null>;
}

/** One row; its value grows with every committed change, so caches can tell when data changed. */
export interface RevisionTable {
  id: number;
  value: number;
}

/** What a revision changed: an initiative whose progress it touched, or null for anything. */
export interface RevisionChangeTable {
  revision: number;
  initiativeId: number | null;
}

export interface ReportingRoundTable extends Versioned {
  planId: number;
  title: string;
  asOf: string;
  deadline: string | null;
  /** Defaults to 'open' in the database. */
  state: Generated<string>;
  organisation: string | null;
  unitName: string | null;
  recipient: string | null;
  appendixNumber: number | null;
  memoDate: string | null;
  caseNumber: string | null;
  closedAt: string | null;
  closedBy: string | null;
}

export interface StatusUpdateTable extends Versioned {
  roundId: number;
  initiativeId: number;
  text: string;
  assessmentStatus: string | null;
  assessmentReason: string | null;
  /** The author's lead-in (`LeadInKind`), or null to follow the rule. */
  leadInKind: ColumnType<string | null, string | null | undefined, string | null>;
  /** 1 to print the period after the lead-in, 0 to leave it out. */
  leadInWithPeriod: ColumnType<number, number | undefined, number>;
  /** JSON array of free-text bullets. */
  leadInBullets: ColumnType<string, string | undefined, string>;
  state: string;
  comment: string | null;
  author: string;
  submittedBy: string | null;
  submittedAt: string | null;
  decidedBy: string | null;
  decidedAt: string | null;
}

/** One version of a status text: a write or a workflow step, as it stood after it (append-only). */
export interface StatusUpdateVersionTable {
  id: Generated<number>;
  statusUpdateId: number;
  roundId: number;
  initiativeId: number;
  version: number;
  /** `create`, `update`, `submit`, `approve` or `return`. */
  action: string;
  state: string;
  text: string;
  assessmentStatus: string | null;
  assessmentReason: string | null;
  comment: string | null;
  actor: string;
  at: string;
}

/** A memo document of a closed round, as rendered when it closed (body in base64). */
export interface RoundDocumentTable {
  roundId: number;
  format: string;
  contentType: string;
  body: string;
  sha256: string;
  productVersion: string;
  renderedAt: string;
}

export interface RoundSnapshotTable {
  roundId: number;
  takenAt: string;
  takenBy: string;
  formatVersion: number;
  /** The snapshot as JSON. */
  data: string;
}

export interface UserTable extends Versioned {
  email: string;
  name: string;
  unitId: number | null;
  passwordHash: string | null;
  oidcSubject: string | null;
  /** 1 active, 0 deactivated (no sign-in). */
  active: Generated<number>;
}

export interface ApiTokenTable {
  id: Generated<number>;
  name: string;
  /** SHA-256 of the token; the token itself is shown once and never stored. */
  tokenHash: string;
  /** The first characters, to recognise a token in lists. */
  prefix: string;
  createdBy: string;
  createdAt: string;
  lastUsedAt: string | null;
  revokedAt: string | null;
}

export interface RoleAssignmentTable {
  id: Generated<number>;
  userId: number | null;
  tokenId: number | null;
  role: string;
  planId: number | null;
  initiativeId: number | null;
  createdAt: string;
}

export interface SessionTable {
  /** SHA-256 of the session id in the cookie. */
  idHash: string;
  userId: number;
  csrfToken: string;
  createdAt: string;
  lastSeenAt: string;
  expiresAt: string;
  revokedAt: string | null;
}

export interface LoginAttemptTable {
  key: string;
  failures: number;
  windowStart: string;
}

/** A single sign-on login between the redirect to the identity provider and its callback. */
export interface OidcLoginTable {
  /** SHA-256 of the `state` parameter (the state itself travels in the browser's short-lived cookie). */
  stateHash: string;
  codeVerifier: string;
  nonce: string;
  /** A same-origin path to return to after sign-in. */
  returnTo: string | null;
  createdAt: string;
}

/** A stored first answer to a request sent with an Idempotency-Key (status null while it runs). */
export interface IdempotencyKeyTable {
  principal: string;
  key: string;
  requestHash: string;
  status: number | null;
  contentType: string | null;
  body: string | null;
  createdAt: string;
}

/** A setting an administrator changes: its value as JSON, versioned. */
export interface SettingTable {
  key: string;
  value: string;
  version: number;
  updatedAt: string;
  updatedBy: string;
}

export interface DB {
  units: UnitTable;
  partners: PartnerTable;
  targetGroups: TargetGroupTable;
  venues: VenueTable;
  plans: PlanTable;
  initiatives: InitiativeTable;
  initiativePartners: InitiativePartnerTable;
  targets: TargetTable;
  fundings: FundingTable;
  expenditures: ExpenditureTable;
  activities: ActivityTable;
  activityVenues: ActivityVenueTable;
  activityReach: ActivityReachTable;
  measurements: MeasurementTable;
  auditLog: AuditTable;
  revision: RevisionTable;
  revisionChanges: RevisionChangeTable;
  reportingRounds: ReportingRoundTable;
  statusUpdates: StatusUpdateTable;
  statusUpdateVersions: StatusUpdateVersionTable;
  roundSnapshots: RoundSnapshotTable;
  roundDocuments: RoundDocumentTable;
  users: UserTable;
  apiTokens: ApiTokenTable;
  roleAssignments: RoleAssignmentTable;
  sessions: SessionTable;
  loginAttempts: LoginAttemptTable;
  oidcLogins: OidcLoginTable;
  idempotencyKeys: IdempotencyKeyTable;
  settings: SettingTable;
}
