/** The product's version, from package.json: stamped on what the product stores as rendered (memo documents). */
import { readFileSync } from 'node:fs';

export const PRODUCT_VERSION: string = (
  JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string }
).version;
