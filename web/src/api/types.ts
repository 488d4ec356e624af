/**
 * The API's shapes, taken from the server's zod schemas (type-only imports: nothing of the server reaches the
 * browser bundle). When the schemas move to src/schemas/, these re-exports follow them.
 */
export type { Activity, ActivityInput } from '../../../src/features/activities/resource';
export type { Initiative } from '../../../src/features/initiatives/resource';
export type { Plan } from '../../../src/features/plans/resource';
export type { Funding, Expenditure } from '../../../src/features/funding/resources';
export type { Target } from '../../../src/features/targets/resource';
export type { Unit, Venue } from '../../../src/features/reference/resources';
export type { Progress, InitiativeProgress } from '../../../src/features/progress/schema';
import type { Assignment } from '../../../src/auth/roles';

/** A partner ("samarbejdspartner"). */
export interface Partner {
  id: number;
  version: number;
  name: string;
  description: string | null;
}

/** A target group ("målgruppe"). */
export interface TargetGroup {
  id: number;
  version: number;
  name: string;
}

/** One page of a list endpoint. */
export interface Page<T> {
  items: T[];
  page: number;
  pageSize: number;
  total: number;
}

/** GET /api/v1/auth/me. */
export interface Me {
  kind: 'user' | 'token' | 'system';
  id: number;
  name: string;
  label: string;
  roles: Assignment[];
  csrfToken: string | null;
}

/** POST /api/v1/auth/login. */
export interface LoginResult {
  user: { id: number; email: string; name: string };
  csrfToken: string;
}
