/**
 * The design system's fonts are found only when the first page is laid out, and arrive after it has been drawn: the
 * browser then lays out and draws the whole page again (a 100-initiative dashboard is thousands of elements). This
 * asks for the upright faces of the given weights in index.html itself, so they are there by the first layout: for each @font-face of
 * the built CSS with font-style normal, the file the browser would pick (the first WOFF2 or WOFF in its src list).
 */
import type { Plugin } from 'vite';

const FACE = /@font-face\s*{([^}]*)}/g;

/** The preloaded file of each upright face in a stylesheet, as a path below the site's root. */
export function uprightFontFiles(css: string, family: string, weights: number[]): string[] {
  const files: string[] = [];
  for (const [, body] of css.matchAll(FACE)) {
    const name = /font-family:\s*["']?([^;"']+)["']?/.exec(body)?.[1]?.trim();
    const style = /font-style:\s*(\w+)/.exec(body)?.[1] ?? 'normal';
    const weight = Number(/font-weight:\s*(\d+)/.exec(body)?.[1] ?? 400);
    if (name !== family || style !== 'normal' || !weights.includes(weight)) continue;
    const url = [...body.matchAll(/url\(\s*["']?([^)"']+)["']?\s*\)/g)]
      .map((m) => m[1])
      .find((u) => /\.woff2?$/.test(u));
    if (url && !files.includes(url)) files.push(url);
  }
  return files;
}

/** `weights`: those the first pages' text is set in (a face preloaded but not used is a wasted download). */
export function preloadFonts(family: string, weights: number[]): Plugin {
  return {
    name: 'preload-fonts',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(_html, ctx) {
        const css = Object.values(ctx.bundle ?? {})
          .filter((f) => f.type === 'asset' && f.fileName.endsWith('.css'))
          .map((f) => (f.type === 'asset' ? String(f.source) : ''))
          .join('\n');
        return uprightFontFiles(css, family, weights).map((href) => ({
          tag: 'link',
          attrs: {
            rel: 'preload',
            as: 'font',
            type: href.endsWith('.woff2') ? 'font/woff2' : 'font/woff',
            href,
            crossorigin: '',
          },
          injectTo: 'head' as const,
        }));
      },
    },
  };
}
