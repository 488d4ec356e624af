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
