/**
 * HTML renderer: a complete, print-friendly and accessible HTML5 page for the memo.
 * Every text from the model is escaped; the layout mirrors the DOCX/PDF memo.
 */
import type { MemoInitiative, MemoModel, MemoOtherInitiative, TextBlock } from '../model';
import { languageTag, statusLayout, withColon } from './common';
import { memoCss } from './html-style';

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Escapes text for HTML element content and quoted attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => ESCAPES[ch] ?? ch);
}

function labelled(label: string, text: string): string {
  return `<p><strong>${escapeHtml(withColon(label))}</strong> ${escapeHtml(text)}</p>`;
}

function bulletList(items: string[]): string {
  return `<ul>${items.map((item) => `<li>${escapeHtml(item)}</li>`).join('')}</ul>`;
}

function blocks(list: TextBlock[]): string {
  return list
    .map((block) =>
      block.type === 'paragraph' ? `<p>${escapeHtml(block.text)}</p>` : bulletList(block.items),
    )
    .join('\n');
}

function statusCell(item: MemoInitiative): string {
  const layout = statusLayout(item.status);
  const label = `<strong>${escapeHtml(withColon(item.statusLabel))}</strong>`;
  const head =
    layout.inlineText === null ? `<p>${label}</p>` : `<p>${label} ${escapeHtml(layout.inlineText)}</p>`;
  const lead = item.activitiesLead === null ? '' : `<p class="lead">${escapeHtml(item.activitiesLead)}</p>`;
  const activities = item.activities.length === 0 ? '' : bulletList(item.activities);
  return [head, blocks(layout.rest), lead, activities].filter((part) => part !== '').join('\n');
}

/** The working version's notes, marked off from the memo's own text (none in the committee version). */
function working(model: MemoModel, lines: string[]): string {
  if (model.working === null || lines.length === 0) return '';
  return `<aside class="working" aria-label="${escapeHtml(model.working.label)}"><p class="working-label">${escapeHtml(withColon(model.working.label))}</p>${bulletList(lines)}</aside>`;
}

function initiativeTable(model: MemoModel, item: MemoInitiative, index: number): string {
  const id = `indsats-${index + 1}`;
  const left = item.fields.map((field) => labelled(field.label, field.text)).join('\n');
  // The header row is the table's caption: a <th> may not contain an <h2>, a caption may.
  return `<table class="initiative">
<caption><h2 id="${id}">${escapeHtml(item.heading)}</h2></caption>
<colgroup><col class="half"><col class="half"></colgroup>
<tbody><tr>
<td>${left}</td>
<td>${statusCell(item)}</td>
</tr></tbody>
</table>${working(model, item.working)}`;
}

function otherItem(model: MemoModel, item: MemoOtherInitiative): string {
  const unit = item.unit === null ? '' : ` <span class="unit">(${escapeHtml(item.unit)})</span>`;
  return `<li><p><strong>${escapeHtml(item.title)}</strong>${unit}</p>${blocks(item.text)}${working(model, item.working)}</li>`;
}

function othersSection(model: MemoModel, others: NonNullable<MemoModel['others']>): string {
  return `<section class="others" aria-labelledby="oevrige">
<h2 id="oevrige">${escapeHtml(others.heading)}</h2>
<p>${escapeHtml(others.intro)}</p>
<ul>
${others.items.map((item) => otherItem(model, item)).join('\n')}
</ul>
</section>`;
}

function headerBlock(model: MemoModel): string {
  const lines = model.headerLines
    .map((line) => `<dt>${escapeHtml(line.label)}</dt><dd>${escapeHtml(line.value)}</dd>`)
    .join('');
  const list = lines === '' ? '' : `<dl class="header-lines">${lines}</dl>`;
  return `<header><p class="kicker">${escapeHtml(model.kicker)}</p>${list}</header>`;
}

function head(model: MemoModel): string {
  const { title, author, subject } = model.properties;
  return `<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<meta name="author" content="${escapeHtml(author)}">
<meta name="description" content="${escapeHtml(subject)}">
<style>${memoCss(model.pageLabel)}</style>
</head>`;
}

/** Renders the memo as a standalone HTML5 document (inline CSS, no scripts, no external resources). */
export function renderHtml(model: MemoModel): string {
  const draft = model.draft ? `<p class="draft" role="note">${escapeHtml(model.draftLabel)}</p>\n` : '';
  const banner =
    model.working === null
      ? ''
      : `<p class="working-banner" role="note">${escapeHtml(model.working.banner)}</p>\n`;
  const others = model.others === null ? '' : othersSection(model, model.others);
  return `<!DOCTYPE html>
<html lang="${escapeHtml(languageTag(model))}">
${head(model)}
<body>
<main>
${draft}${banner}${headerBlock(model)}
<h1>${escapeHtml(model.title)}</h1>
<p>${escapeHtml(model.intro)}</p>
${model.initiatives.map((item, index) => initiativeTable(model, item, index)).join('\n')}
${others}
</main>
</body>
</html>
`;
}
