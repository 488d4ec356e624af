/**
 * Validation messages that people can act on: one whole Danish sentence per zod issue that says what to write
 * ("Skriv et helt tal.", "Tallet skal være mindst 1.", "Vælg en af: planned, done, cancelled."), with its English
 * twin. zod's own Danish locale reads "forventede int, fik tal"; the API and the forms use these instead.
 */
import { formatNumber } from '../domain/format';
import { formatNumberEn } from '../domain/format-en';

/** A message in both languages. */
export interface Twin {
  da: string;
  en: string;
}

/** The parts of a zod issue the messages read (an issue, or fastify-type-provider-zod's `params` of one). */
export interface IssueFacts {
  code: string;
  /** What the caller sent at the issue's path (undefined when the field was left out). */
  input?: unknown;
  expected?: unknown;
  origin?: unknown;
  minimum?: unknown;
  maximum?: unknown;
  inclusive?: unknown;
  values?: unknown;
  format?: unknown;
  divisor?: unknown;
  keys?: unknown;
}

const twin = (da: string, en: string): Twin => ({ da, en });
const REQUIRED = twin('Feltet skal udfyldes.', 'This field is required.');

function num(v: unknown): Twin {
  const n = typeof v === 'bigint' ? Number(v) : typeof v === 'number' ? v : NaN;
  return Number.isFinite(n) ? twin(formatNumber(n, 6), formatNumberEn(n, 6)) : twin(String(v), String(v));
}

function typeMessage(expected: unknown, input: unknown): Twin {
  if (input === undefined || input === null) return REQUIRED;
  switch (expected) {
    case 'int':
      return twin('Skriv et helt tal.', 'Enter a whole number.');
    case 'number':
    case 'bigint':
      return twin('Skriv et tal.', 'Enter a number.');
    case 'string':
      return twin('Skriv en tekst.', 'Enter a text.');
    case 'boolean':
      return twin('Angiv true eller false.', 'Give true or false.');
    case 'array':
      return twin('Angiv en liste.', 'Give a list.');
    case 'object':
    case 'record':
      return twin('Angiv et objekt med felter.', 'Give an object with fields.');
    case 'date':
      return twin('Skriv en dato som ÅÅÅÅ-MM-DD.', 'Enter a date as YYYY-MM-DD.');
    default:
      return twin('Værdien har en forkert type.', 'The value has the wrong type.');
  }
}

function sizeMessage(big: boolean, origin: unknown, limit: unknown, inclusive: unknown): Twin {
  const n = num(limit);
  const strict = inclusive === false;
  switch (origin) {
    case 'string':
      if (!big && Number(limit) <= 1) return REQUIRED;
      return big
        ? twin(`Skriv en tekst på højst ${n.da} tegn.`, `Enter a text of at most ${n.en} characters.`)
        : twin(`Skriv mindst ${n.da} tegn.`, `Enter at least ${n.en} characters.`);
    case 'array':
    case 'set':
      return big
        ? twin(`Angiv højst ${n.da} elementer.`, `Give at most ${n.en} items.`)
        : twin(
            `Angiv mindst ${n.da} ${n.da === '1' ? 'element' : 'elementer'}.`,
            `Give at least ${n.en} item(s).`,
          );
    default:
      if (big) {
        return strict
          ? twin(`Tallet skal være mindre end ${n.da}.`, `The number must be less than ${n.en}.`)
          : twin(`Tallet må højst være ${n.da}.`, `The number must be at most ${n.en}.`);
      }
      return strict
        ? twin(`Tallet skal være større end ${n.da}.`, `The number must be greater than ${n.en}.`)
        : twin(`Tallet skal være mindst ${n.da}.`, `The number must be at least ${n.en}.`);
  }
}

function formatMessage(format: unknown): Twin {
  switch (format) {
    case 'email':
      return twin('Skriv en gyldig e-mailadresse.', 'Enter a valid e-mail address.');
    case 'date':
      return twin('Skriv en dato som ÅÅÅÅ-MM-DD.', 'Enter a date as YYYY-MM-DD.');
    case 'datetime':
      return twin('Skriv et tidspunkt som ÅÅÅÅ-MM-DDTtt:mm:ssZ.', 'Enter a time as YYYY-MM-DDThh:mm:ssZ.');
    case 'url':
      return twin('Skriv en gyldig webadresse.', 'Enter a valid URL.');
    default:
      return twin('Værdien har ikke det rigtige format.', 'The value does not have the right format.');
  }
}

const list = (v: unknown): string => (Array.isArray(v) ? v.map(String).join(', ') : String(v));

/** The message of a zod issue, or null for an issue these rules do not know (the caller keeps zod's). */
export function issueMessage(i: IssueFacts): Twin | null {
  switch (i.code) {
    case 'invalid_type':
      return typeMessage(i.expected, i.input);
    case 'too_small':
      return sizeMessage(false, i.origin, i.minimum, i.inclusive);
    case 'too_big':
      return sizeMessage(true, i.origin, i.maximum, i.inclusive);
    case 'invalid_value': {
      const values = list(i.values);
      return Array.isArray(i.values) && i.values.length === 1
        ? twin(`Skriv ${values}.`, `Enter ${values}.`)
        : twin(`Vælg en af: ${values}.`, `Choose one of: ${values}.`);
    }
    case 'invalid_format':
      return formatMessage(i.format);
    case 'not_multiple_of': {
      const n = num(i.divisor);
      return twin(`Tallet skal gå op i ${n.da}.`, `The number must be a multiple of ${n.en}.`);
    }
    case 'unrecognized_keys':
      return twin(`Fjern de ukendte felter: ${list(i.keys)}.`, `Remove the unknown fields: ${list(i.keys)}.`);
    case 'invalid_union':
      return twin(
        'Værdien passer ikke til nogen af de tilladte former.',
        'The value matches none of the allowed forms.',
      );
    default:
      return null;
  }
}
