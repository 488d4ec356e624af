/**
 * The API's shapes: the types of the shared zod schemas of src/schemas (z.infer), which the server validates every
 * request and every answer with. Types only: the browser does not load zod for the pages that only read (the
 * server has checked each answer against the schema before sending it; see api/client.ts for a stale app).
 */
import type { z } from 'zod';
import type * as activitiesSchemas from '../../../src/schemas/activities';
import type * as auditSchemas from '../../../src/schemas/audit';
import type * as authSchemas from '../../../src/schemas/auth';
import type * as fundingSchemas from '../../../src/schemas/funding';
import type * as initiativesSchemas from '../../../src/schemas/initiatives';
import type * as measurementsSchemas from '../../../src/schemas/measurements';
import type * as memoImportSchemas from '../../../src/schemas/memo-import';
import type * as plansSchemas from '../../../src/schemas/plans';
import type * as progressSchemas from '../../../src/schemas/progress';
import type * as referenceSchemas from '../../../src/schemas/reference';
import type * as roundsSchemas from '../../../src/schemas/rounds';
import type * as seriesSchemas from '../../../src/schemas/series';
import type * as settingsSchemas from '../../../src/schemas/settings';
import type * as targetsSchemas from '../../../src/schemas/targets';
import type * as tokensSchemas from '../../../src/schemas/tokens';
import type * as usersSchemas from '../../../src/schemas/users';

/** A page of a list endpoint's results (pageOf in src/schemas/common.ts). */
export interface Page<T> {
  items: T[];
  page: number;
  pageSize: number;
  total: number;
}

export type Activity = z.infer<typeof activitiesSchemas.Activity>;
export type ActivityInput = z.infer<typeof activitiesSchemas.ActivityInput>;
export type AuditEntry = z.infer<typeof auditSchemas.AuditEntry>;
export type Initiative = z.infer<typeof initiativesSchemas.Initiative>;
export type Plan = z.infer<typeof plansSchemas.Plan>;
export type Expenditure = z.infer<typeof fundingSchemas.Expenditure>;
export type Funding = z.infer<typeof fundingSchemas.Funding>;
export type Target = z.infer<typeof targetsSchemas.Target>;
export type Measurement = z.infer<typeof measurementsSchemas.Measurement>;
export type Partner = z.infer<typeof referenceSchemas.Partner>;
export type TargetGroup = z.infer<typeof referenceSchemas.TargetGroup>;
export type Unit = z.infer<typeof referenceSchemas.Unit>;
export type Venue = z.infer<typeof referenceSchemas.Venue>;
export type VenueInput = z.input<typeof referenceSchemas.VenueInput>;
export type MergeResult = z.infer<typeof referenceSchemas.MergeResult>;
export type InitiativeProgress = z.infer<typeof progressSchemas.InitiativeProgress>;
export type TargetProgress = z.infer<typeof progressSchemas.TargetProgress>;
export type Progress = z.infer<typeof progressSchemas.Progress>;
export type LoginResult = z.infer<typeof authSchemas.LoginResult>;
export type Me = z.infer<typeof authSchemas.Me>;
export type SingleSignOnStatus = z.infer<typeof authSchemas.SingleSignOnStatus>;
export type InitiativeSeries = z.infer<typeof seriesSchemas.InitiativeSeries>;
export type Round = z.infer<typeof roundsSchemas.Round>;
export type RoundInput = z.infer<typeof roundsSchemas.RoundInput>;
export type StatusUpdate = z.infer<typeof roundsSchemas.StatusUpdate>;
export type StatusUpdateVersion = z.infer<typeof roundsSchemas.StatusUpdateVersion>;
export type DraftText = z.infer<typeof roundsSchemas.DraftText>;
export type TextTokens = z.infer<typeof roundsSchemas.TextTokens>;
export type DaysOff = z.infer<typeof settingsSchemas.DaysOff>;
export type Token = z.infer<typeof tokensSchemas.Token>;
export type CreatedToken = z.infer<typeof tokensSchemas.CreatedToken>;
export type User = z.infer<typeof usersSchemas.User>;
export type MemoApplyResult = z.infer<typeof memoImportSchemas.MemoApplyResult>;
