/** Shared zod building blocks: ids, ISO dates, texts with limits, pagination. Limits are defined once, here. */
import { z } from 'zod';
import { parseIsoDate } from '../domain/format';

/** Longest single-line text (titles, names). */
export const MAX_TITLE = 300;
/** Longest free text (purpose, status texts). */
export const MAX_TEXT = 20_000;
/** Largest page a list endpoint returns. */
export const MAX_PAGE_SIZE = 500;

/** English twins of the Danish messages given with `msg`, for checks (int, min) whose issues drop `params`. */
const englishTwins = new Map<string, string>();

/** A custom issue with a Danish message and its English twin in params.en. */
export function msg(da: string, en: string): { message: string; params: { en: string } } {
  englishTwins.set(da, en);
  return { message: da, params: { en } };
}

/** The English twin of a Danish message declared with `msg`, if any. */
export function englishTwin(da: string): string | undefined {
  return englishTwins.get(da);
}

/** The largest id: ids are PostgreSQL `integer`s, so a larger one cannot exist (and must not reach the query). */
export const MAX_ID = 2_147_483_647;
/** A positive integer id. */
export const id = z.number().int().positive().max(MAX_ID);
/** An id in a path or query string. */
export const idParam = z.coerce.number().int().positive().max(MAX_ID);
/** An optional id filter of a list endpoint. */
export const idFilter = idParam.optional();
/** Earliest and latest accepted date. */
export const MIN_DATE = '1900-01-01';
export const MAX_DATE = '2199-12-31';
/** `YYYY-MM-DD`, a real calendar date from 1900-01-01 to 2199-12-31. */
export const isoDate = z
  .string()
  .refine(
    (s) => parseIsoDate(s) !== null,
    msg('Ugyldig dato: brug formatet ÅÅÅÅ-MM-DD.', 'Invalid date: use YYYY-MM-DD.'),
  )
  // A plan's dates lie within these; 0000-01-01 is a typing error, and year 10000 would break the format.
  .refine(
    (s) => parseIsoDate(s) === null || (s >= MIN_DATE && s <= MAX_DATE),
    msg(
      `Datoen skal ligge mellem ${MIN_DATE} og ${MAX_DATE}.`,
      `The date must lie between ${MIN_DATE} and ${MAX_DATE}.`,
    ),
  );
/** A one-line text. */
export const title = z.string().trim().min(1).max(MAX_TITLE);
/** A free text that may be empty. */
export const text = z.string().max(MAX_TEXT);
const MIN_YEAR = 1900;
const MAX_YEAR = 2200;
/** A calendar year. */
export const year = z.number().int().min(MIN_YEAR).max(MAX_YEAR);
/** An optional year filter of a list endpoint. */
export const yearFilter = z.coerce.number().int().min(MIN_YEAR).max(MAX_YEAR).optional();
/** Row version for optimistic concurrency. */
export const version = z.number().int().positive();

/** Query parameters every list endpoint accepts. */
export const pageQuery = z.object({
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(MAX_PAGE_SIZE).default(50),
});

/** A page of results. */
export function pageOf<T extends z.ZodType>(item: T) {
  return z.object({
    items: z.array(item),
    page: z.number().int(),
    pageSize: z.number().int(),
    total: z.number().int(),
  });
}

/** Fields every stored record returns. */
export const recordMeta = {
  id,
  version: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
};

/**
 * The PATCH schema of an input schema: every field optional, defaults removed (so an absent field stays absent
 * and never overwrites stored data with a default), plus the required row version.
 */
export function patchOf<S extends z.ZodObject>(
  schema: S,
): z.ZodType<Partial<z.infer<S>> & { version: number }> {
  const shape: Record<string, z.ZodType> = {};
  const fields: Record<string, z.ZodType> = schema.shape;
  for (const [key, field] of Object.entries(fields)) {
    const inner: z.ZodType = field instanceof z.ZodDefault ? (field.unwrap() as z.ZodType) : field;
    shape[key] = inner.optional();
  }
  return z.object(shape).extend({ version }) as unknown as z.ZodType<
    Partial<z.infer<S>> & { version: number }
  >;
}

/** `?version=N` of a delete: the row version read. */
export const VersionQuery = z.object({ version: z.coerce.number().int().positive() });
