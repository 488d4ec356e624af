/** The little of oidc-provider's API the test identity provider uses (the package ships no type declarations). */
declare module 'oidc-provider' {
  import type { IncomingMessage, ServerResponse } from 'node:http';

  /** An account as oidc-provider asks for it. */
  export interface Account {
    accountId: string;
    claims(use: string, scope: string): Record<string, unknown> | Promise<Record<string, unknown>>;
  }

  /** The configuration keys the tests set; see the oidc-provider documentation for the rest. */
  export interface Configuration {
    clients?: Record<string, unknown>[];
    claims?: Record<string, string[]>;
    scopes?: string[];
    cookies?: { keys?: string[] };
    features?: Record<string, { enabled: boolean }>;
    pkce?: { required?: () => boolean };
    findAccount?: (ctx: unknown, sub: string) => Account | undefined | Promise<Account | undefined>;
  }

  /** An OpenID Provider. */
  export default class Provider {
    constructor(issuer: string, configuration?: Configuration);
    /** A Node.js request listener serving every endpoint. */
    callback(): (req: IncomingMessage, res: ServerResponse) => void;
    /** Events such as "server_error" (error details the provider otherwise keeps to itself). */
    on(event: string, listener: (...args: unknown[]) => void): this;
  }
}
