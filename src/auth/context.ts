import type { Permission } from '../domain/permissions';
import { authorize, systemPrincipal, type Principal } from './principal';
import type { Scope } from '../domain/roles';

/** Who is asking, and how to answer: passed from the edge into every service call. */
export interface RequestContext {
  /** Null for an anonymous request. */
  principal: Principal | null;
  /** The acting person or integration, as recorded in the audit log. */
  actor: string;
  requestId: string | null;
  /** Language for messages. */
  lang: 'da' | 'en';
  /** Throws 401/403 (as a Problem) unless the principal may do this on this object. */
  authorize(permission: Permission, scope?: Scope): void;
}

/** The context of a request made by `principal`. */
export function contextFor(
  principal: Principal | null,
  requestId: string | null,
  lang: 'da' | 'en',
): RequestContext {
  return {
    principal,
    actor: principal?.label ?? 'anonym',
    requestId,
    lang,
    authorize: (permission, scope) => authorize(principal, permission, scope),
  };
}

/** A context for the CLI and loaders: a named local operator who holds every permission. */
export function systemContext(actor = 'system'): RequestContext {
  return contextFor(systemPrincipal(actor), null, 'da');
}
