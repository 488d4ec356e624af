/**
 * Every permission a route can require. Routes declare one each; roles (admin, coordinator, owner, contributor,
 * reader) grant them within their scope (see ./roles.ts).
 */
export const PERMISSIONS = [
  'public',
  'self',
  'user:admin',
  'reference:read',
  'reference:write',
  /**
   * Adding a new venue, as part of registering an activity: everyone who registers activities (coordinators, owners,
   * contributors), wherever they hold their role. Changing, deleting and merging venues stay with `reference:write`.
   */
  'venue:create',
  'plan:read',
  'plan:write',
  /**
   * Creating a new plan: administrators and anyone coordinating some plan (not scoped to a plan, which does not exist
   * yet); a creator who is not an administrator becomes the new plan's coordinator.
   */
  'plan:create',
  'initiative:write',
  'target:write',
  'funding:write',
  'activity:write',
  'measurement:write',
  'assessment:write',
  'round:write',
  'status:write',
  'status:approve',
  'memo:read',
  'audit:read',
  /** Reading a status memo into a proposed plan and saving it as a new plan (administrators). */
  'memo:import',
  /** An initiative's history from the audit log: its coordinators and owners (administrators read the whole log). */
  'history:read',
  /** Changing the settings, such as which customary days off working days leave out (administrators). */
  'settings:write',
] as const;
export type Permission = (typeof PERMISSIONS)[number];
