/**
 * A memo's structure from its classified lines: the header block, the title, one section per numbered initiative
 * (left-cell fields, status paragraphs and bullets, the lead-ins and the bullets after them) and the other
 * initiatives. Tolerates a two-column extraction: a left-cell field ends at a blank line, so its lines may sit in
 * the middle of the status, and a bullet continues over a blank line when the next line starts in lower case.
 */
import { classifyLines, joinLines, type FieldLabel, type Line } from './lines';

/** A block of an initiative's right cell, in the memo's order. */
export type StatusBlock =
  { type: 'paragraph'; text: string } | { type: 'bullet'; text: string } | { type: 'lead'; text: string };

export interface RawInitiative {
  number: number;
  title: string;
  fields: Partial<Record<Exclude<FieldLabel, 'Status'>, string>>;
  /** Whether a "Status:" label was found. */
  hasStatus: boolean;
  blocks: StatusBlock[];
}

export interface RawOther {
  title: string;
  unit: string | null;
  description: string;
  funding: string | null;
}

export interface MemoStructure {
  /** "Organisation", "Dato", "Statusrunde", … as the memo's header block gives them. */
  headerFields: Record<string, string>;
  /** "Bilag 1: Status på implementering af indsatser til forebyggelse af social kontrol". */
  title: string | null;
  initiatives: RawInitiative[];
  othersIntro: string | null;
  others: RawOther[];
}

type Receiver =
  | { to: 'none' }
  | { to: 'field'; label: Exclude<FieldLabel, 'Status'>; parts: string[] }
  | { to: 'paragraph'; parts: string[] }
  | { to: 'bullet'; parts: string[]; gap: boolean }
  | { to: 'lead'; parts: string[] }
  | { to: 'system' };

/** Abbreviations that end a line without ending the sentence. */
const ABBREVIATION = /(?:\b(?:bl\.a|mm|fx|ca|mhp|vedr|jf|ift|inkl|pct|kr|mio|nr|evt|dvs|f\.eks)\.|[,;–-])$/i;
/** Words a sentence does not end on. */
const OPEN_WORD = /\b(?:i|og|af|til|på|ved|om|med|for|samt|de|den|det|en|et|at|som|der|fra|hos|mellem)$/i;

/** Whether a line after a blank line still belongs to the bullet before it (a page or column break). */
function continuesAfterGap(bullet: string, next: string): boolean {
  return /^[a-zæøå0-9(]/.test(next) || ABBREVIATION.test(bullet) || OPEN_WORD.test(bullet);
}

/** Reads one initiative's lines. */
class SectionReader {
  private receiver: Receiver = { to: 'none' };
  private statusStarted = false;
  readonly init: RawInitiative;

  /** `blockPerLine`: every line is a whole paragraph (text read from a Word file), so nothing continues. */
  constructor(
    number: number,
    title: string,
    private readonly blockPerLine: boolean,
  ) {
    this.init = { number, title, fields: {}, hasStatus: false, blocks: [] };
  }

  private flush(): void {
    const r = this.receiver;
    if (r.to === 'field') {
      const prev = this.init.fields[r.label];
      const text = joinLines(r.parts);
      this.init.fields[r.label] = prev ? `${prev} ${text}` : text;
    } else if (r.to === 'paragraph' || r.to === 'bullet' || r.to === 'lead') {
      const text = joinLines(r.parts);
      if (text !== '') this.init.blocks.push({ type: r.to, text });
    }
    this.receiver = { to: 'none' };
  }

  add(line: Line): void {
    this.addLine(line);
    if (this.blockPerLine && line.kind !== 'blank') this.flush();
  }

  private addLine(line: Line): void {
    const r = this.receiver;
    switch (line.kind) {
      case 'blank':
        if (r.to === 'bullet') r.gap = true;
        else if (r.to !== 'lead') this.flush();
        return;
      case 'label':
        this.flush();
        if (line.label === 'Status') {
          this.statusStarted = true;
          this.init.hasStatus = true;
          this.receiver = { to: 'paragraph', parts: line.text ? [line.text] : [] };
        } else {
          this.receiver = { to: 'field', label: line.label, parts: line.text ? [line.text] : [] };
        }
        return;
      case 'lead':
        this.flush();
        this.statusStarted = true;
        this.receiver = { to: 'lead', parts: [line.text] };
        if (line.text.endsWith(':')) this.flush();
        return;
      case 'system':
        this.flush();
        this.receiver = { to: 'system' };
        return;
      case 'bullet':
        this.flush();
        this.receiver = { to: 'bullet', parts: [line.text], gap: false };
        return;
      case 'text':
        this.addText(line.text);
        return;
      case 'header':
      case 'others':
        this.flush();
        return;
    }
  }

  private addText(text: string): void {
    const r = this.receiver;
    if (r.to === 'system') return;
    if (r.to === 'lead') {
      r.parts.push(text);
      if (text.endsWith(':') || r.parts.length > 3) this.flush();
      return;
    }
    if (r.to === 'bullet' && r.gap && !continuesAfterGap(joinLines(r.parts), text)) {
      this.flush();
      this.receiver = { to: 'paragraph', parts: [text] };
      return;
    }
    if (r.to === 'field' && this.resumesStatus(joinLines(r.parts), text)) return;
    if (r.to === 'field' || r.to === 'paragraph' || r.to === 'bullet') {
      r.parts.push(text);
      if (r.to === 'bullet') r.gap = false;
      return;
    }
    if (!this.statusStarted && Object.keys(this.init.fields).length === 0) {
      // A heading wrapped onto the next line.
      this.init.title = joinLines([this.init.title, text]);
      return;
    }
    this.receiver = { to: 'paragraph', parts: [text] };
  }

  /**
   * A table row that continues on the next page brings its left cell's rest (the fields) before its right cell's
   * (the status): a line in lower case after a finished field sentence, while the last status block stopped
   * mid-sentence, continues that block.
   */
  private resumesStatus(field: string, text: string): boolean {
    const last = this.init.blocks.at(-1);
    if (!last || !/^\p{Ll}/u.test(text) || !/[.!?:]$/.test(field) || /[.!?:]$/.test(last.text)) return false;
    last.text = joinLines([last.text, text]);
    return true;
  }

  finish(): RawInitiative {
    this.flush();
    return this.init;
  }
}

const HEADER_FIELD = /^([A-ZÆØÅ][\p{L}.]{1,20}):\s+(.+)$/u;

function readPreamble(lines: Line[]): { headerFields: Record<string, string>; title: string | null } {
  const headerFields: Record<string, string> = {};
  let title: string | null = null;
  let inTitle = false;
  for (const line of lines) {
    const text =
      line.kind === 'text' ? line.text : line.kind === 'label' ? `${line.label}: ${line.text}` : null;
    if (text === null) {
      inTitle = false;
      continue;
    }
    if (
      /^Bilag\b/i.test(text) ||
      (title === null && /^Status på implementering af indsatser\b/i.test(text))
    ) {
      title = text;
      inTitle = true;
      continue;
    }
    if (inTitle && /^[a-zæøå]/.test(text)) {
      title = joinLines([title ?? '', text]);
      continue;
    }
    inTitle = false;
    const field = HEADER_FIELD.exec(text);
    if (field) headerFields[field[1]] = field[2].trim();
  }
  return { headerFields, title };
}

/** "Titel (Forvaltning)" over up to three lines; the unit is the bracket that ends the title. */
function splitTitleUnit(lines: string[]): { title: string; unit: string | null; used: number } {
  for (let n = 1; n <= Math.min(3, lines.length); n++) {
    const joined = joinLines(lines.slice(0, n));
    const m = /^(.*\S)\s*\(([^()]+)\)$/.exec(joined);
    if (m) return { title: m[1].trim(), unit: m[2].trim(), used: n };
  }
  return { title: lines[0] ?? '', unit: null, used: 1 };
}

function readOthers(lines: Line[]): { intro: string | null; items: RawOther[] } {
  const intro: string[] = [];
  const groups: string[][][] = [];
  for (const line of lines) {
    // The working version's notes ("Registreret finansiering: …") are the product's, not the memo's.
    if (line.kind === 'system') continue;
    if (line.kind === 'bullet') {
      groups.push([[line.text]]);
      continue;
    }
    const current = groups.at(-1);
    const text =
      line.kind === 'text' || line.kind === 'lead'
        ? line.text
        : line.kind === 'label'
          ? `${line.label}: ${line.text}`
          : null;
    if (current === undefined) {
      if (text !== null) intro.push(text);
    } else if (text === null) current.push([]);
    else current.at(-1)!.push(text);
  }
  const items = groups.map((paragraphs) => {
    const flat = paragraphs.flat();
    const { title, unit, used } = splitTitleUnit(flat);
    const rest = flat.slice(used);
    const fundingAt = rest.findIndex((l) => /^Midler afsat\s*:/.test(l));
    const description = joinLines(fundingAt === -1 ? rest : rest.slice(0, fundingAt));
    const funding =
      fundingAt === -1 ? null : joinLines(rest.slice(fundingAt)).replace(/^Midler afsat\s*:\s*/, '');
    return { title, unit, description, funding };
  });
  return { intro: intro.length ? joinLines(intro) : null, items };
}

/** The structure of a memo's text. */
export function readStructure(raw: string, opts: { blockPerLine?: boolean } = {}): MemoStructure {
  const lines = classifyLines(raw);
  const firstHeader = lines.findIndex((l) => l.kind === 'header');
  const othersAt = lines.findIndex((l) => l.kind === 'others');
  const end = othersAt === -1 ? lines.length : othersAt;
  const { headerFields, title } = readPreamble(lines.slice(0, firstHeader === -1 ? end : firstHeader));
  const initiatives: RawInitiative[] = [];
  let reader: SectionReader | null = null;
  for (const line of lines.slice(firstHeader === -1 ? end : firstHeader, end)) {
    if (line.kind === 'header') {
      // A table that continues on the next page repeats its header row: the same initiative goes on.
      if (reader && reader.init.number === line.number && reader.init.title === line.title) continue;
      if (reader) initiatives.push(reader.finish());
      reader = new SectionReader(line.number, line.title, opts.blockPerLine ?? false);
    } else reader?.add(line);
  }
  if (reader) initiatives.push(reader.finish());
  const others = othersAt === -1 ? { intro: null, items: [] } : readOthers(lines.slice(othersAt + 1));
  return { headerFields, title, initiatives, othersIntro: others.intro, others: others.items };
}
