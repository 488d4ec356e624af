/** The DOCX asks the word processor to hyphenate long Danish words in the body, never in headings. */
import { strFromU8, unzipSync } from 'fflate';
import { expect, it } from 'vitest';
import { buildMemoModel } from '../build-model';
import { renderDocx } from './docx';
import { syntheticSnapshot } from './fixture';

it('turns on automatic hyphenation and exempts the heading styles', async () => {
  const files = unzipSync(await renderDocx(buildMemoModel(syntheticSnapshot(3), { draft: false })));
  const settings = strFromU8(files['word/settings.xml']);
  expect(settings).toContain('<w:autoHyphenation/>');
  expect(settings).toContain('<w:doNotHyphenateCaps/>');
  const styles = strFromU8(files['word/styles.xml']);
  for (const id of ['Heading1', 'Heading2']) {
    const style = new RegExp(`<w:style[^>]*w:styleId="${id}"[\\s\\S]*?</w:style>`).exec(styles)?.[0] ?? '';
    // In the schema's order: after keepLines, before spacing.
    expect(style).toMatch(/<w:keepLines\/><w:suppressAutoHyphens\/><w:spacing /);
  }
  const normal = /<w:style[^>]*w:styleId="Normal"[\s\S]*?<\/w:style>/.exec(styles)?.[0] ?? '';
  expect(normal).not.toContain('suppressAutoHyphens');
});
