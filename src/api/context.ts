import type { Permission } from '../auth/permissions';

/** Who is asking, and how to answer: passed from the edge into every service call. */
export interface RequestContext {
  /** The acting person or integration, as recorded in the audit log. */
  actor: string;
  requestId: string | null;
  /** Language for messages. */
  lang: 'da' | 'en';
  /** Throws a 403 Problem when the actor may not do this. */
  authorize(permission: Permission): void;
}

/** A context for the CLI and tests: a named local actor who holds every permission. */
export function systemContext(actor = 'system'): RequestContext {
  return { actor, requestId: null, lang: 'da', authorize: () => undefined };
}
