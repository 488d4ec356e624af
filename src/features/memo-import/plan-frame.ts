/**
 * The plan around a memo's initiatives: its title (the plan the initiatives are funded by, "finansieret via
 * Integrationshandleplan 2017-18"), theme (from "Status på implementering af indsatser til <tema>"), period and
 * slug, and short codes for the units the memo names.
 */
import { countWord } from '../../reports/build-model';
import { expandYear } from '../../domain/parse-prose';
import type { Mark } from './marks';
import type { MemoStructure } from './structure';

/** The plan's fields as read (or, with a review mark, assumed). */
export interface PlanFrame {
  slug: string;
  title: string;
  theme: string;
  periodFrom: string;
  periodTo: string;
  unitName: string | null;
}

/** "Integrationshandleplan 2017-18" → "integrationshandleplan-2017-18". */
export function slugify(title: string): string {
  return (
    title
      .toLowerCase()
      .replace(/æ/g, 'ae')
      .replace(/ø/g, 'oe')
      .replace(/å/g, 'aa')
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 80) || 'handleplan'
  );
}

/**
 * A short code for a unit name, as municipalities abbreviate them: "Beskæftigelses- og Integrationsforvaltningen"
 * → "BIF", "Børne- og Ungdomsforvaltningen" → "BUF", "Socialforvaltningen" → "SOF". A code already taken gets a
 * number; the loader matches units by code, and applying a proposal prefers an existing unit with the same name.
 */
export function unitCode(name: string, taken: ReadonlyMap<string, string>): string {
  const words = name.split(/[\s-]+/).filter((w) => w !== '' && !/^(?:og|for|i|af)$/i.test(w));
  const letters = words.map((w) => w.replace(/forvaltning(?:en)?$/i, '')).filter((w) => w !== '');
  const ends = /forvaltning(?:en)?$/i.test(name) ? 'F' : '';
  let code =
    letters.length === 1
      ? letters[0].slice(0, 2).toUpperCase() + ends
      : letters.map((w) => w[0].toUpperCase()).join('') + ends;
  code = code.slice(0, 16) || 'ENHED';
  const used = new Set(taken.values());
  let candidate = code;
  for (let n = 2; used.has(candidate); n++) candidate = `${code}${n}`;
  return candidate;
}

function yearsOf(title: string): { from: number; to: number } | null {
  const span = /\b(\d{4})\s*[-–]\s*(\d{2}|\d{4})\b/.exec(title);
  if (span) return { from: Number(span[1]), to: expandYear(Number(span[1]), span[2]) };
  const one = /\b(\d{4})\b/.exec(title);
  return one ? { from: Number(one[1]), to: Number(one[1]) } : null;
}

/** The plan's frame from the memo's title and the introduction of its other initiatives. */
export function planFrame(s: MemoStructure, asOf: string, slug: string | null, marks: Mark[]): PlanFrame {
  const themeMatch = /indsatser\s+(?:til|mod|for|inden\s+for)\s+(.+?)\.?$/i.exec(s.title ?? '');
  const theme = themeMatch?.[1].trim() ?? '';
  if (!theme) marks.push({ path: 'plan.theme', message: 'Planens tema kunne ikke læses af notatets titel.' });
  const fundedBy = /finansieret\s+(?:via|af|gennem|over)\s+(.+?)(?:,|\s+har\s|\.|$)/i.exec(
    s.othersIntro ?? '',
  );
  let title = fundedBy?.[1].trim() ?? '';
  if (!title) {
    title = theme ? `Handleplan for ${theme}` : 'Importeret handleplan';
    marks.push({ path: 'plan.title', message: `Planens navn står ikke i notatet; sat til "${title}".` });
  }
  const stated = /\bde\s+(\S+)\s+indsatser\b/i.exec(s.othersIntro ?? '')?.[1];
  const count = s.initiatives.length;
  if (stated && stated !== String(count) && stated.toLowerCase() !== countWord(count))
    marks.push({
      path: 'initiatives',
      message: `Notatet nævner ${stated} indsatser i planen, men ${count} anbefalinger blev fundet.`,
    });
  let years = yearsOf(title);
  if (years === null) {
    const y = Number(asOf.slice(0, 4));
    years = { from: y, to: y };
    marks.push({ path: 'plan.periodFrom', message: `Planperioden står ikke i notatet; sat til ${y}.` });
  }
  marks.push({
    path: 'plan.periodTo',
    message: `Målenes frist står ikke i notatet; alle mål har fået planperiodens slutdato (31. december ${years.to}).`,
  });
  return {
    slug: slug ?? slugify(title),
    title,
    theme: theme || title,
    periodFrom: `${years.from}-01-01`,
    periodTo: `${years.to}-12-31`,
    unitName: s.headerFields.Forvaltning ?? null,
  };
}
