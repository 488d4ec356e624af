/**
 * An `Idempotency-Key` for a create: the same key when the same request is sent again (a retry after the answer was
 * lost, also after a reload), a new one as soon as the request differs. The server then answers a repeat with the
 * first answer instead of making a second record. Kept in sessionStorage per form (`scope`).
 */
const PREFIX = 'indsats.idempotency.';

/** 128 random bits as hex (crypto.getRandomValues works on plain http too, unlike randomUUID). */
function newKey(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

export function idempotencyKey(scope: string, body: unknown): string {
  const json = JSON.stringify(body);
  try {
    const stored = JSON.parse(sessionStorage.getItem(PREFIX + scope) ?? 'null') as {
      body?: string;
      key?: string;
    };
    if (stored?.body === json && typeof stored.key === 'string') return stored.key;
  } catch {
    // Unreadable or no storage: a new key.
  }
  const key = newKey();
  try {
    sessionStorage.setItem(PREFIX + scope, JSON.stringify({ body: json, key }));
  } catch {
    // Storage full or disabled: the key holds for this page only.
  }
  return key;
}

/** After the create succeeded: the next request from this form is a new one. */
export function forgetIdempotencyKey(scope: string): void {
  try {
    sessionStorage.removeItem(PREFIX + scope);
  } catch {
    // Nothing stored.
  }
}
