/** Every error leaves as application/problem+json with a Danish (or English) message and the failing field. */
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { App } from './app-types';
import { Problem, type FieldError } from '../domain/problem';
import type { ProblemBody } from '../schemas/problem';
import { englishTwin } from '../schemas/common';
import { issueMessage } from '../schemas/messages';

const da = z.locales.da().localeError;
const en = z.locales.en().localeError;

type ZodIssueLike = {
  keyword: string;
  instancePath: string;
  message: string;
  params: Record<string, unknown>;
};

/** The value the caller sent at a validation path; zod leaves it out of the issue, the messages need its type. */
function sentValue(data: unknown, segments: string[]): unknown {
  let v = data;
  for (const s of segments) {
    if (v === null || typeof v !== 'object') return undefined;
    v = (v as Record<string, unknown>)[s];
  }
  return v;
}

function fieldErrors(issues: ZodIssueLike[], data: unknown): FieldError[] {
  return issues.map((i) => {
    const segments = i.instancePath.split('/').filter((s) => s !== '');
    const field = segments.join('.');
    const custom = i.params.params as { en?: string } | undefined;
    const twin = englishTwin(i.message);
    if (i.keyword === 'custom' || custom?.en || twin) {
      return { field, da: i.message, en: custom?.en ?? twin ?? i.message };
    }
    const input = sentValue(data, segments);
    const own = issueMessage({ ...i.params, code: i.keyword, input });
    if (own) return { field, ...own };
    const raw = { code: i.keyword, input, ...i.params, path: [] } as never;
    const localise = (map: typeof da): string => {
      const r = map(raw);
      return typeof r === 'string' ? r : (r?.message ?? i.message);
    };
    return { field, da: localise(da), en: localise(en) };
  });
}

function send(
  reply: { code(n: number): { type(t: string): { send(b: unknown): unknown } } },
  p: Problem,
  lang: 'da' | 'en',
) {
  // The shape the OpenAPI document gives every refusal.
  const body: ProblemBody = {
    type: `about:blank`,
    title: lang === 'en' ? p.en : p.da,
    status: p.status,
    code: p.code,
    detail: lang === 'en' ? p.en : p.da,
    field: p.field,
    errors: p.errors?.map((e) => ({ field: e.field, message: lang === 'en' ? e.en : e.da })),
    ...p.extra,
  };
  return reply.code(p.status).type('application/problem+json').send(body);
}

/** The interface language a request asks for (Danish unless English comes first). */
export const languageOf = (headers: { 'accept-language'?: string }): 'da' | 'en' =>
  /^en\b/i.test(headers['accept-language'] ?? '') ? 'en' : 'da';

/**
 * Fastify's own refusals before any route or hook runs (an address with a malformed %-escape, a failed route
 * constraint): problem+json like every other refusal, not Fastify's JSON.
 */
export function frameworkErrors(err: FastifyError, req: FastifyRequest, reply: FastifyReply): void {
  const p =
    err.code === 'FST_ERR_BAD_URL'
      ? new Problem(
          400,
          'bad_url',
          'Adressen kan ikke læses: den indeholder en ugyldig %-kode. Ret adressen, og prøv igen.',
          'The address cannot be read: it holds an invalid %-escape. Correct the address and try again.',
        )
      : new Problem(400, 'bad_request', 'Forespørgslen kan ikke læses.', 'The request cannot be read.');
  send(reply, p, languageOf(req.headers));
}

/** Install the error and not-found handlers. */
export function installErrorHandler(app: App): void {
  app.setErrorHandler((err: FastifyError, req, reply) => {
    const lang = req.ctx?.lang ?? 'da';
    if (err instanceof Problem) return send(reply, err, lang);
    if (hasZodFastifySchemaValidationErrors(err)) {
      const inBody = err.validationContext === 'body';
      if (inBody && req.body === undefined) {
        return send(
          reply,
          new Problem(
            400,
            'malformed',
            'Forespørgslen mangler data i JSON-format.',
            'The request has no JSON body.',
          ),
          lang,
        );
      }
      const context = err.validationContext;
      const sent = inBody
        ? req.body
        : context === 'querystring'
          ? req.query
          : context === 'params'
            ? req.params
            : req.headers;
      const errors = fieldErrors(err.validation as unknown as ZodIssueLike[], sent);
      const first = errors[0];
      // An issue at the root (an array or a string instead of an object) has no field to name.
      const p =
        first.field === ''
          ? new Problem(
              422,
              'validation',
              `Forespørgslens data er ugyldige: ${first.da}`,
              `The request body is invalid: ${first.en}`,
              undefined,
              errors,
            )
          : new Problem(
              inBody ? 422 : 400,
              'validation',
              `Ugyldig værdi i feltet "${first.field}": ${first.da}`,
              `Invalid value in "${first.field}": ${first.en}`,
              first.field,
              errors,
            );
      return send(reply, p, lang);
    }
    if (
      err.code === 'FST_ERR_CTP_INVALID_JSON_BODY' ||
      (err.statusCode === 400 && err instanceof SyntaxError)
    ) {
      return send(
        reply,
        new Problem(
          400,
          'malformed',
          'Forespørgslen indeholder ikke gyldig JSON.',
          'The request body is not valid JSON.',
        ),
        lang,
      );
    }
    if (err.code === 'FST_ERR_CTP_BODY_TOO_LARGE') {
      return send(
        reply,
        new Problem(413, 'too_large', 'Forespørgslen er for stor.', 'The request body is too large.'),
        lang,
      );
    }
    if (err.code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE' || err.code === 'FST_ERR_CTP_EMPTY_JSON_BODY') {
      return send(
        reply,
        new Problem(415, 'media_type', 'Send data som application/json.', 'Send data as application/json.'),
        lang,
      );
    }
    if (err.statusCode && err.statusCode < 500) {
      return send(
        reply,
        new Problem(err.statusCode, 'bad_request', 'Forespørgslen er ugyldig.', err.message),
        lang,
      );
    }
    req.log.error({ err }, 'unhandled error');
    return send(
      reply,
      new Problem(
        500,
        'internal',
        'Der opstod en uventet fejl. Prøv igen senere.',
        'An unexpected error occurred.',
      ),
      lang,
    );
  });
  app.setNotFoundHandler((req, reply) =>
    send(
      reply,
      new Problem(404, 'not_found', 'Adressen findes ikke.', 'No such address.'),
      req.ctx?.lang ?? 'da',
    ),
  );
}
