/**
 * `import 'virtual:dkfds-icons.css'`: a CSS class `ids-icon-<name>` for each named icon of Det Fælles Designsystem's
 * sprite, holding the icon as a mask image (`--ids-icon`), read at build time. An icon is then one empty element
 * painted in the text colour — a dashboard draws hundreds, and an inline `<svg>` or a `<use>` of the external sprite
 * costs the browser far more — and only the icons the app names are shipped.
 */
import { readFileSync } from 'node:fs';
import type { Plugin } from 'vite';

const ID = 'virtual:dkfds-icons.css';

export function dkfdsIcons(spritePath: string, names: readonly string[]): Plugin {
  return {
    name: 'dkfds-icons',
    resolveId: (id) => (id === ID ? `\0${ID}` : null),
    load(id) {
      if (id !== `\0${ID}`) return null;
      const sprite = readFileSync(spritePath, 'utf8');
      return names
        .map((name) => {
          const m = new RegExp(`<symbol id="${name}" viewBox="([^"]+)">(.*?)</symbol>`, 's').exec(sprite);
          if (!m) this.error(`The icon "${name}" is not in Det Fælles Designsystem's sprite`);
          const svg = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="${m[1]}">${m[2]}</svg>`;
          return `.ids-icon-${name}{--ids-icon:url("data:image/svg+xml,${encodeURIComponent(svg)}")}`;
        })
        .join('\n');
    },
  };
}
