/**
 * A memo's text as classified lines. Text extracted from a PDF (two columns, page footers, bullets as private-use
 * glyphs), from a Word file or typed by hand all come out the same: one `Line` per visible line, with what it is.
 */

/** The labels of an initiative's left cell and of its status. */
export const FIELD_LABELS = ['Formål', 'Samlet mål', 'Midler afsat', 'Status'] as const;
export type FieldLabel = (typeof FIELD_LABELS)[number];

/** What a line is. */
export type Line =
  | { kind: 'blank' }
  | { kind: 'header'; number: number; title: string }
  | { kind: 'others' }
  | { kind: 'label'; label: FieldLabel; text: string }
  /** "Samlet mål er opfyldt:", "Samlet mål forventes opfyldt gennem …", "Følgende aktiviteter er planlagt …". */
  | { kind: 'lead'; text: string }
  /** Lines the product adds to its working version ("Beregnet pr. …"): not part of the plan. */
  | { kind: 'system'; text: string }
  | { kind: 'bullet'; text: string }
  | { kind: 'text'; text: string };

const BULLET = /^(?:[\uf0b7\uf0a7\u2022\u25aa\u25cf\u25e6\u00b7\u2023\u2043]|[-*–](?=\s))\s*/;
const FOOTER =
  /^(?:side\s+\d+\s+(?:af|\/)\s+\d+|\d+\s*\/\s*\d+|udkast|arbejdsversion – ikke til udvalget(?:\s+udkast)?)$/i;
const LEAD = /^(?:Samlet mål (?:er|forventes|vil)\b|Følgende aktiviteter\b|Målet (?:er|forventes)\b)/;
const SYSTEM = /^(?:Beregnet pr\.|Status er en vurdering\b)/;
const LABEL = new RegExp(`^(${FIELD_LABELS.join('|')})\\s*:\\s*(.*)$`);
const HEADER = /^(\d{1,2})\.\s+(?:Anbefaling\s*:\s*)?(\S.*)$/;

/** Phrases that start a new line wherever a two-column extraction ran them into the line before. */
const SPLIT_BEFORE =
  /\s+(?=(?:Formål|Samlet mål|Midler afsat|Status)\s*:|Samlet mål (?:er|forventes) opfyldt|Følgende aktiviteter er planlagt)/g;

/** Normalise raw text: line breaks, spaces, bullets, page footers, and phrases run together by column merges. */
export function normaliseText(raw: string): string[] {
  const out: string[] = [];
  const text = raw
    .replace(/\r\n?|\f|\u2028|\u2029/g, '\n')
    .replace(/[\u00a0\u202f\u2007\t]/g, ' ')
    .replace(/\u00ad/g, '');
  for (const rawLine of text.split('\n')) {
    const line = rawLine.replace(/\s+/g, ' ').trim();
    if (FOOTER.test(line)) continue;
    const bullet = BULLET.exec(line);
    const body = bullet ? line.slice(bullet[0].length) : line;
    const parts = body.split(SPLIT_BEFORE).filter((p) => p.trim() !== '');
    parts.forEach((p, n) => out.push(n === 0 && bullet && !LABEL.test(p) ? `• ${p.trim()}` : p.trim()));
    if (parts.length === 0) out.push('');
  }
  return out;
}

function classifyOne(line: string, lookahead: readonly string[]): Line {
  if (line === '') return { kind: 'blank' };
  if (line.startsWith('• ')) return { kind: 'bullet', text: line.slice(2).trim() };
  if (/^Øvrige indsatser\b/i.test(line)) return { kind: 'others' };
  const label = LABEL.exec(line);
  if (label) return { kind: 'label', label: label[1] as FieldLabel, text: label[2].trim() };
  if (SYSTEM.test(line)) return { kind: 'system', text: line };
  if (LEAD.test(line)) return { kind: 'lead', text: line };
  const header = HEADER.exec(line);
  // A numbered line is an initiative's heading when it says "Anbefaling" or a "Formål" follows shortly.
  if (
    header &&
    /^[A-ZÆØÅ]/.test(header[2]) &&
    (/Anbefaling\s*:/.test(line) || lookahead.some((l) => /^Formål\s*:/.test(l)))
  ) {
    return { kind: 'header', number: Number(header[1]), title: header[2].trim() };
  }
  return { kind: 'text', text: line };
}

/** The product's working version: its banner, and the notes under "Arbejdsnote:" (bullets with these openings). */
const WORKING_BANNER = /^ARBEJDSVERSION – ikke til udvalget\b/;
const WORKING_NOTE =
  /^(?:Beregnet pr\.|Status i notatet:|Vurdering af\b|Overskredet:|Siden sidste status\b|Registreret finansiering:|Ingen finansiering registreret|Statustekst mangler:)/;

/**
 * Classify every line of a memo's text. The working version's banner (up to "NOTAT") and each "Arbejdsnote:" block
 * (its note bullets and their wrapped lines) are system lines: not part of the plan.
 */
export function classifyLines(raw: string): Line[] {
  const lines = normaliseText(raw);
  let banner = false;
  let note = false;
  return lines.map((line, n) => {
    const c = classifyOne(
      line,
      lines.slice(n + 1, n + 8).filter((l) => l !== ''),
    );
    if (WORKING_BANNER.test(line)) banner = true;
    if (banner && /^NOTAT$/.test(line)) banner = false;
    if (line === 'Arbejdsnote:') note = true;
    else if (note && (c.kind === 'header' || c.kind === 'others' || c.kind === 'label' || c.kind === 'lead'))
      note = false;
    else if (note && c.kind === 'bullet' && !WORKING_NOTE.test(c.text)) note = false;
    return (banner || note) && c.kind !== 'blank' ? { kind: 'system', text: line } : c;
  });
}

/** Join wrapped lines: a word broken after a hyphen joins without a space ("SSP-" + "konsulent"). */
export function joinLines(parts: readonly string[]): string {
  return parts.reduce((acc, part) => {
    if (acc === '') return part;
    if (/\p{L}-$/u.test(acc) && !/^(?:og|eller|samt|til)\b/.test(part)) return acc + part;
    return `${acc} ${part}`;
  }, '');
}
