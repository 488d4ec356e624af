import { describe, expect, it } from 'vitest';
import { uprightFontFiles } from './preload-fonts';

const css = [
  '@font-face{font-family:IBM Plex Sans;font-style:normal;font-weight:400;src:url(/a/R.eot),url(/a/R.woff)format("woff"),url(/a/R.woff2)format("woff2")}',
  '@font-face{font-family:IBM Plex Sans;font-style:italic;font-weight:400;src:url(/a/I.woff2)format("woff2")}',
  '@font-face{font-family:"IBM Plex Sans";font-style:normal;font-weight:500;src:url(/a/M.woff2)format("woff2")}',
  '@font-face{font-family:IBM Plex Sans;font-style:normal;font-weight:700;src:url("/a/B.woff2")format("woff2"),url(/a/B.woff)format("woff")}',
  '@font-face{font-family:system;font-style:normal;font-weight:400;src:local(Roboto)}',
  '.x{font-weight:700}',
].join('\n');

describe('the fonts index.html asks for at once', () => {
  it('are the upright faces of the given weights, each the file a browser picks (the first WOFF or WOFF2)', () => {
    expect(uprightFontFiles(css, 'IBM Plex Sans', [400, 700])).toEqual(['/a/R.woff', '/a/B.woff2']);
  });
  it('leave out other families, italics and weights not asked for', () => {
    expect(uprightFontFiles(css, 'IBM Plex Sans', [500])).toEqual(['/a/M.woff2']);
    expect(uprightFontFiles(css, 'system', [400])).toEqual([]);
    expect(uprightFontFiles(css, 'Arial', [400])).toEqual([]);
  });
});
