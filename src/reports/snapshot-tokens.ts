/**
 * Figures as references in the memo: a snapshot's texts with their tokens ({{faktisk}} …) filled in from the values
 * frozen with the round, and what the working version warns about: tokens without a value and typed figures that
 * contradict the data. The one place the memo model gets plain text from; renderers never see a token.
 */
import { formatDate } from '../domain/format';
import { findContradictions, renderTokens, tokenValues, type TokenValues } from '../domain/text-tokens';
import type { RoundSnapshot, SnapshotInitiative, SnapshotOther } from './snapshot';

/** An initiative's token values: frozen in the snapshot (format 3), else from its frozen targets and funding. */
export function snapshotTokenValues(i: SnapshotInitiative): TokenValues {
  return i.tokenValues ?? tokenValues({ targets: i.targets, fundings: i.fundings });
}

function otherTokenValues(o: SnapshotOther): TokenValues {
  return o.tokenValues ?? tokenValues({ targets: [], fundings: o.fundings });
}

/** Fills texts and collects the tokens that had no value. */
class Filler {
  readonly missing = new Set<string>();
  constructor(private readonly values: TokenValues) {}
  fill(text: string): string;
  fill(text: string | null): string | null;
  fill(text: string | null): string | null {
    if (text === null) return null;
    const r = renderTokens(text, this.values);
    r.missing.forEach((m) => this.missing.add(m));
    return r.text;
  }
  warnings(asOf: string): string[] {
    return [...this.missing].map(
      (m) => `Henvisningen ${m} kan ikke udfyldes: der er ingen værdi pr. ${formatDate(asOf)}.`,
    );
  }
}

/** The snapshot with every text filled in, and per initiative (recommendations and others by id) its warnings. */
export function fillSnapshotTokens(s: RoundSnapshot): {
  snapshot: RoundSnapshot;
  warnings: Map<number, string[]>;
} {
  const warnings = new Map<number, string[]>();
  const initiatives = s.initiatives.map((i) => {
    const f = new Filler(snapshotTokenValues(i));
    const typed = [i.statusText ?? '', ...(i.leadIn?.bullets ?? [])].join('\n');
    const filled: SnapshotInitiative = {
      ...i,
      purpose: f.fill(i.purpose),
      statusText: f.fill(i.statusText),
      ...(i.leadIn ? { leadIn: { ...i.leadIn, bullets: i.leadIn.bullets.map((b) => f.fill(b)) } } : {}),
    };
    warnings.set(i.id, [
      ...f.warnings(s.round.asOf),
      ...findContradictions(typed, i.targets).map((c) => c.da),
    ]);
    return filled;
  });
  const others = s.others.map((o) => {
    const f = new Filler(otherTokenValues(o));
    const filled: SnapshotOther = { ...o, description: f.fill(o.description) };
    warnings.set(o.id, f.warnings(s.round.asOf));
    return filled;
  });
  return { snapshot: { ...s, initiatives, others }, warnings };
}
