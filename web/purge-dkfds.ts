/**
 * Det Fælles Designsystem's stylesheet holds every component of the design system (300 KB); the app uses a few.
 * At build time this keeps only the rules whose selectors can match the app's markup (class names and elements
 * found in web/src and index.html), so the browser parses and matches a fraction of it on every page.
 */
import { PurgeCSS } from 'purgecss';
import type { Plugin } from 'vite';

export function purgeDkfds(webRoot: string): Plugin {
  return {
    name: 'purge-dkfds',
    enforce: 'pre',
    async transform(code, id) {
      if (!id.split('?')[0].endsWith('/dkfds.min.css')) return null;
      const [result] = await new PurgeCSS().purge({
        content: [`${webRoot}/index.html`, `${webRoot}/src/**/*.{ts,tsx}`],
        css: [{ raw: code }],
        // Components spell out the design system's class names (ui/Button.tsx, ui/Alert.tsx, ui/Field.tsx); these
        // families are kept whole all the same, as a component may build one from parts one day.
        safelist: { standard: [/^button-/, /^alert-/, /^input-width-/] },
        // Fonts load only when used, and animations are cheap to keep.
        fontFace: false,
        keyframes: false,
      });
      return { code: result.css, map: null };
    },
  };
}
