/**
 * The inline stylesheet of the HTML memo: screen and print, A4 pages with a "Side X af Y" footer.
 */
import { parsePageLabel } from './common';

/** Quotes a string for a CSS `content` value. */
function cssString(text: string): string {
  return `"${text.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\A ')}"`;
}

/** "Side {page} af {pages}" → `"Side " counter(page) " af " counter(pages)`. */
export function cssPageCounter(label: string): string {
  return parsePageLabel(label)
    .map((part) => {
      switch (part.kind) {
        case 'page':
          return 'counter(page)';
        case 'pages':
          return 'counter(pages)';
        case 'text':
          return cssString(part.text);
      }
    })
    .join(' ');
}

/** Arial as the DOCX names it, and its metric-compatible stand-ins (the PDF embeds Arimo). */
const FONTS = 'Arial, Arimo, "Liberation Sans", Helvetica, sans-serif';

/** The complete stylesheet; `pageLabel` feeds the printed page footer. */
export function memoCss(pageLabel: string): string {
  return `
:root { color: #111; background: #fff; }
body { font-family: ${FONTS}; font-size: 11pt;
  line-height: 1.35; margin: 0; }
main { max-width: 48rem; margin: 2rem auto; padding: 0 1rem; }
.draft { border: 3px solid #b00020; color: #b00020; font-weight: 700; font-size: 1.6rem; letter-spacing: .2em;
  text-align: center; padding: .3rem; margin: 0 0 1rem; }
.kicker { font-size: 1.5rem; font-weight: 700; letter-spacing: .08em; margin: 0 0 .4rem; }
.header-lines { display: grid; grid-template-columns: max-content 1fr; gap: .1rem 1rem; margin: 0 0 1.2rem; }
.header-lines dt { font-weight: 700; }
.header-lines dd { margin: 0; }
h1 { font-size: 1.35rem; margin: 1rem 0 .6rem; }
h2 { font-size: 1.05rem; margin: 0; }
p { margin: 0 0 .5rem; }
ul { margin: 0 0 .5rem; padding-left: 1.3rem; }
li { margin: 0 0 .15rem; }
table.initiative { width: 100%; border-collapse: collapse; table-layout: fixed; margin: 0 0 1rem; }
table.initiative td { border: 1px solid #000; padding: .35rem .5rem; vertical-align: top;
  text-align: left; }
table.initiative col.half { width: 50%; }
table.initiative caption { caption-side: top; text-align: left; border: 1px solid #000; border-bottom: 0;
  background: #e7e6e6; padding: .35rem .5rem; }
table.initiative td > :last-child { margin-bottom: 0; }
.working-banner { border: 2px solid #8a6100; background: #fff4ce; color: #5c4100; font-weight: 700;
  padding: .35rem .5rem; margin: 0 0 1rem; }
.working { background: #fff4ce; border-left: 4px solid #8a6100; font-size: .9em; padding: .35rem .5rem;
  margin: -.6rem 0 1rem; }
.others .working { margin: .3rem 0 0; }
.working-label { font-weight: 700; color: #5c4100; margin: 0 0 .2rem; }
.lead { margin-top: .6rem; }
.others h2 { margin: 1.4rem 0 .5rem; }
.others li { margin-bottom: .7rem; }
.others li p { margin-bottom: .25rem; }
.unit { font-weight: 400; }
@page { size: A4; margin: 2cm 2cm 2.2cm;
  @bottom-right { content: ${cssPageCounter(pageLabel)}; font-family: ${FONTS}; font-size: 9pt; } }
@media print {
  body { font-size: 10pt; }
  main { max-width: none; margin: 0; padding: 0; }
  /* A table may continue on the next page, as the real memo's do; an other initiative stays together. */
  .others li, .working { break-inside: avoid; page-break-inside: avoid; }
  h1, h2, caption { break-after: avoid; page-break-after: avoid; }
  p, li { orphans: 2; widows: 2; }
}
`;
}
