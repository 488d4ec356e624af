/**
 * A real OpenID Provider for the single sign-on tests (oidc-provider on 127.0.0.1, random port) and a "browser"
 * that completes a login at it: fetch with a cookie jar, redirects followed by hand, and the provider's
 * development login and consent forms posted as a person would.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import Provider from 'oidc-provider';

/** A person known to the test provider; change `groups` between logins to test role replacement. */
export interface IdpPerson {
  email?: string;
  name: string;
  groups: string[];
  email_verified?: boolean;
}

/** The running provider. */
export interface TestIdp {
  issuer: string;
  people: Map<string, IdpPerson>;
  close(): Promise<void>;
}

/** Start the provider with one confidential client whose redirect URI is the app's callback URL. */
export async function startIdp(client: {
  id: string;
  secret: string;
  redirectUri: string;
}): Promise<TestIdp> {
  let handler: ((req: IncomingMessage, res: ServerResponse) => void) | null = null;
  const server = createServer((req, res) => handler?.(req, res));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const people = new Map<string, IdpPerson>();
  const provider = new Provider(issuer, {
    clients: [
      {
        client_id: client.id,
        client_secret: client.secret,
        redirect_uris: [client.redirectUri],
        grant_types: ['authorization_code'],
        response_types: ['code'],
        token_endpoint_auth_method: 'client_secret_post',
      },
    ],
    // The "groups" scope releases the "groups" claim, as an Entra ID or OS2faktor tenant is set up to do.
    claims: { openid: ['sub'], email: ['email', 'email_verified'], profile: ['name'], groups: ['groups'] },
    cookies: { keys: ['indsats-test-idp-cookie-key'] },
    features: { devInteractions: { enabled: true } },
    pkce: { required: () => true },
    findAccount: (_ctx, sub) => {
      const person = people.get(sub);
      return person && { accountId: sub, claims: () => ({ sub, email_verified: true, ...person }) };
    },
  });
  handler = provider.callback();
  return {
    issuer,
    people,
    close: () =>
      new Promise<void>((resolve, reject) => server.close((err) => (err ? reject(err) : resolve()))),
  };
}

/** A browser's cookies for one host, enough for the provider's session and interaction cookies. */
export class CookieJar {
  private readonly cookies = new Map<string, string>();

  header(): string {
    return [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
  }

  store(res: Response): void {
    for (const line of res.headers.getSetCookie()) {
      const [pair, ...attrs] = line.split(';');
      const eq = pair.indexOf('=');
      const name = pair.slice(0, eq).trim();
      const expired = attrs.some(
        (a) => /^\s*expires=Thu, 01 Jan 1970/i.test(a) || /^\s*max-age=0\b/i.test(a),
      );
      if (expired) this.cookies.delete(name);
      else this.cookies.set(name, pair.slice(eq + 1).trim());
    }
  }
}

/** Fill in the provider's development form: the login form gets the account id, the consent form is accepted. */
function formOf(html: string, accountId: string): { action: string; body: URLSearchParams } {
  const action = /<form[^>]*action="([^"]+)"/.exec(html)?.[1];
  const prompt = /name="prompt" value="([^"]+)"/.exec(html)?.[1];
  if (!action || !prompt) throw new Error(`no login or consent form in the provider's page:\n${html}`);
  const body = new URLSearchParams({ prompt });
  if (prompt === 'login') {
    body.set('login', accountId);
    body.set('password', 'any password: the development login does not check it');
  }
  return { action: action.replaceAll('&amp;', '&'), body };
}

/**
 * Follow the app's redirect to the provider, sign in as `accountId`, consent, and return the URL the provider
 * sends the browser back to (the app's callback with code and state). A fresh jar is a fresh browser.
 */
export async function loginAtIdp(
  authorizationUrl: string,
  accountId: string,
  redirectUri: string,
  jar = new CookieJar(),
): Promise<string> {
  let url = authorizationUrl;
  let post: URLSearchParams | null = null;
  for (let step = 0; step < 12; step++) {
    if (url.startsWith(redirectUri)) return url;
    const res = await fetch(url, {
      method: post ? 'POST' : 'GET',
      redirect: 'manual',
      headers: {
        cookie: jar.header(),
        ...(post ? { 'content-type': 'application/x-www-form-urlencoded' } : {}),
      },
      ...(post ? { body: post } : {}),
    });
    jar.store(res);
    post = null;
    const location = res.headers.get('location');
    if (res.status >= 300 && res.status < 400 && location) {
      url = new URL(location, url).href;
    } else if (res.status === 200) {
      const form = formOf(await res.text(), accountId);
      url = new URL(form.action, url).href;
      post = form.body;
    } else {
      throw new Error(`the provider answered ${res.status} at ${url}: ${await res.text()}`);
    }
  }
  throw new Error('the login did not come back to the app');
}
