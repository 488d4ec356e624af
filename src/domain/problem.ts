/**
 * Errors that speak to people: each carries an HTTP status, a Danish and an English message and, where one input
 * field is at fault, its path. Rendered as application/problem+json (RFC 9457).
 */

/** A problem the API reports to the caller. */
export class Problem extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    readonly da: string,
    readonly en: string,
    readonly field?: string,
    readonly errors?: FieldError[],
    /** Further members of the problem body, e.g. the id of the existing record a duplicate collides with. */
    readonly extra?: Record<string, number | string>,
  ) {
    super(en);
    this.name = 'Problem';
  }
}

/** One invalid field: its path ("reach.0.count") and messages. */
export interface FieldError {
  field: string;
  da: string;
  en: string;
}

/** 404 for an id that does not exist. */
export function notFound(labelDa: string, labelEn: string, id: number | string): Problem {
  return new Problem(
    404,
    'not_found',
    `${labelDa} med id ${id} findes ikke.`,
    `${labelEn} ${id} does not exist.`,
  );
}

/** 409 for an update or delete based on a stale version. */
export function staleVersion(current: number, given: number): Problem {
  return new Problem(
    409,
    'stale_version',
    `Data er ændret af en anden siden du hentede dem (version ${given}, nu ${current}). Hent dem igen og prøv igen.`,
    `The record was changed by someone else (version ${given}, now ${current}). Reload and try again.`,
    'version',
  );
}

/** 422 for valid JSON that breaks a rule of the model. */
export function ruleViolation(field: string, da: string, en: string): Problem {
  return new Problem(422, 'rule_violation', da, en, field, [{ field, da, en }]);
}

/** 409 for a write that conflicts with existing data (duplicate, still referenced). */
export function conflict(da: string, en: string, field?: string): Problem {
  return new Problem(409, 'conflict', da, en, field);
}

/** A label with its indefinite article, for messages: "en samarbejdspartner" / "a partner". */
export interface ArticledLabel {
  da: string;
  en: string;
  /** The Danish pronoun that refers back to it: "den" (en samarbejdspartner) or "det" (et sted). */
  itDa: 'den' | 'det';
}

/** 409 for a name that an existing record already has (ignoring case and surrounding spaces); points to it. */
export function duplicateName(label: ArticledLabel, name: string, existingId: number): Problem {
  return new Problem(
    409,
    'duplicate',
    `Der findes allerede ${label.da} med navnet "${name}" (id ${existingId}). Vælg ${label.itDa}, der findes, eller giv ${label.itDa} nye et andet navn.`,
    `There is already ${label.en} named "${name}" (id ${existingId}). Use the existing one or choose another name.`,
    'name',
    undefined,
    { existingId },
  );
}
