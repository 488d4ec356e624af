/**
 * `import icons from 'virtual:dkfds-icons?ids=check,warning'`: the named symbols of Det Fælles Designsystem's icon
 * sprite as `{ id: { viewBox, paths } }` (each path's `d`), read at build time. An icon drawn inline costs the
 * browser far less than a `<use>` of the external sprite (a dashboard draws hundreds), and only the icons the app
 * names are shipped.
 */
import { readFileSync } from 'node:fs';
import type { Plugin } from 'vite';

const PREFIX = 'virtual:dkfds-icons';

export function dkfdsIcons(spritePath: string): Plugin {
  return {
    name: 'dkfds-icons',
    resolveId: (id) => (id.startsWith(PREFIX) ? `\0${id}` : null),
    load(id) {
      if (!id.startsWith(`\0${PREFIX}`)) return null;
      const ids = (new URLSearchParams(id.split('?')[1] ?? '').get('ids') ?? '').split(',').filter(Boolean);
      const sprite = readFileSync(spritePath, 'utf8');
      const icons: Record<string, { viewBox: string; paths: string[] }> = {};
      for (const name of ids) {
        const m = new RegExp(`<symbol id="${name}" viewBox="([^"]+)">(.*?)</symbol>`, 's').exec(sprite);
        if (!m) this.error(`The icon "${name}" is not in Det Fælles Designsystem's sprite`);
        const paths = [...m[2].matchAll(/<path d="([^"]+)"\s*\/>/g)].map((p) => p[1]);
        // Only plain paths are drawn (every icon the app uses is one); anything else must not vanish silently.
        if (m[2].replace(/<path d="[^"]+"\s*\/>/g, '').trim() !== '')
          this.error(`The icon "${name}" holds more than plain paths`);
        icons[name] = { viewBox: m[1], paths };
      }
      return `export default ${JSON.stringify(icons)};`;
    },
  };
}
