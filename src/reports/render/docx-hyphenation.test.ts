/**
 * The DOCX breaks words where the PDF does: soft hyphens at the Danish break points of the PDF's patterns in the
 * body text, none in headings, and no hyphenation of the word processor's own.
 */
import { strFromU8, unzipSync } from 'fflate';
import { expect, it } from 'vitest';
import { buildMemoModel } from '../build-model';
import { renderDocx } from './docx';
import { syntheticSnapshot } from './fixture';
import { guardHyphenation, hyphenate, NO_HYPHENATION } from './hyphenate';

it('puts soft hyphens at Danish break points, in words of four letters or more', () => {
  expect(hyphenate('forebyggelsesindsatser').split('\u00ad')).toEqual([
    'fore',
    'byg',
    'gel',
    'ses',
    'ind',
    'sat',
    'ser',
  ]);
  expect(hyphenate('og i en by')).toBe('og i en by');
  expect(hyphenate('undervisning').replace(/\u00ad/g, '')).toBe('undervisning');
});

it('leaves whole a word with a break point a typesetter would not use, in the DOCX and the PDF', () => {
  // TeX's patterns give "må-lgruppens", "work-shops" and "C:NTA-CT".
  for (const word of ['målgruppens', 'workshops', 'NTACT']) {
    expect(hyphenate(word)).toBe(word);
    expect(guardHyphenation(word)).toBe(`${NO_HYPHENATION.open}${word}${NO_HYPHENATION.close}`);
  }
  expect(guardHyphenation('forebyggelsesindsatser')).toBe('forebyggelsesindsatser');
  expect(hyphenate('fri- og privatskoler')).toContain('-\u00a0og');
});

it('hyphenates the body text only, and turns the word processor’s own hyphenation off', async () => {
  const model = buildMemoModel(syntheticSnapshot(3), { draft: false });
  const files = unzipSync(await renderDocx(model));
  expect(strFromU8(files['word/settings.xml'])).not.toContain('autoHyphenation');
  const xml = strFromU8(files['word/document.xml']);
  const texts = [...xml.matchAll(/<w:p>[\s\S]*?<\/w:p>/g)].map((m) => m[0]);
  const headings = texts.filter((p) => p.includes('w:val="Heading'));
  expect(headings.length).toBeGreaterThan(0);
  headings.forEach((p) => expect(p).not.toContain('\u00ad'));
  expect(texts.filter((p) => !p.includes('w:val="Heading')).some((p) => p.includes('\u00ad'))).toBe(true);
});
