/**
 * The header in which every API answer names the build of the web app the server serves (src/api/web-static.ts);
 * the app compares it with its own build before it reads an answer (web/src/api/client.ts).
 */
export const BUILD_HEADER = 'x-indsats-build';
