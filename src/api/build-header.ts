/**
 * The build of the web app: the file in web/dist that holds its id (written by the build, web/vite.config.ts), and
 * the header in which every API answer names it (src/api/web-static.ts), which the app compares with its own before
 * it reads an answer (web/src/api/client.ts).
 */
export const BUILD_ID_FILE = 'build-id.txt';
export const BUILD_HEADER = 'x-indsats-build';
