/**
 * The API's shapes: the shared zod schemas of src/schemas (the server validates with the same ones), and their
 * types inferred with z.infer. The client parses every answer with them.
 */
import type { z } from 'zod';
export { pageOf } from '../../../src/schemas/common';
import * as activitiesSchemas from '../../../src/schemas/activities';
import * as initiativesSchemas from '../../../src/schemas/initiatives';
import * as plansSchemas from '../../../src/schemas/plans';
import * as fundingSchemas from '../../../src/schemas/funding';
import * as targetsSchemas from '../../../src/schemas/targets';
import * as referenceSchemas from '../../../src/schemas/reference';
import * as progressSchemas from '../../../src/schemas/progress';
import * as authSchemas from '../../../src/schemas/auth';
import * as seriesSchemas from '../../../src/schemas/series';
import * as roundsSchemas from '../../../src/schemas/rounds';

export const Activity = activitiesSchemas.Activity;
export type Activity = z.infer<typeof Activity>;
export const ActivityInput = activitiesSchemas.ActivityInput;
export type ActivityInput = z.infer<typeof ActivityInput>;
export const Initiative = initiativesSchemas.Initiative;
export type Initiative = z.infer<typeof Initiative>;
export const Plan = plansSchemas.Plan;
export type Plan = z.infer<typeof Plan>;
export const Expenditure = fundingSchemas.Expenditure;
export type Expenditure = z.infer<typeof Expenditure>;
export const Funding = fundingSchemas.Funding;
export type Funding = z.infer<typeof Funding>;
export const Target = targetsSchemas.Target;
export type Target = z.infer<typeof Target>;
export const Partner = referenceSchemas.Partner;
export type Partner = z.infer<typeof Partner>;
export const TargetGroup = referenceSchemas.TargetGroup;
export type TargetGroup = z.infer<typeof TargetGroup>;
export const Unit = referenceSchemas.Unit;
export type Unit = z.infer<typeof Unit>;
export const Venue = referenceSchemas.Venue;
export type Venue = z.infer<typeof Venue>;
export const InitiativeProgress = progressSchemas.InitiativeProgress;
export type InitiativeProgress = z.infer<typeof InitiativeProgress>;
export const Progress = progressSchemas.Progress;
export type Progress = z.infer<typeof Progress>;
export const LoginResult = authSchemas.LoginResult;
export type LoginResult = z.infer<typeof LoginResult>;
export const Me = authSchemas.Me;
export type Me = z.infer<typeof Me>;
export const InitiativeSeries = seriesSchemas.InitiativeSeries;
export type InitiativeSeries = z.infer<typeof InitiativeSeries>;
export const SingleSignOnStatus = authSchemas.SingleSignOnStatus;
export const Round = roundsSchemas.Round;
export type Round = z.infer<typeof Round>;
export const RoundInput = roundsSchemas.RoundInput;
export type RoundInput = z.infer<typeof RoundInput>;
export const StatusUpdate = roundsSchemas.StatusUpdate;
export type StatusUpdate = z.infer<typeof StatusUpdate>;
export const StatusUpdateVersion = roundsSchemas.StatusUpdateVersion;
export type StatusUpdateVersion = z.infer<typeof StatusUpdateVersion>;
export const DraftText = roundsSchemas.DraftText;
