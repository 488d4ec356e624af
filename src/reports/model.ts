/**
 * The memo model: everything a renderer (DOCX, PDF, HTML) needs, as ready-to-print Danish text.
 * Built purely from a round's snapshot; renderers only lay it out and never format figures themselves.
 */

import type { MemoVariant } from '../domain/memo-variants';

/**
 * The memo's version (see ../domain/memo-variants.ts) is chosen once, in the model builder: renderers print the
 * `working` notes wherever the model has them and never decide by the variant themselves.
 */
export { MEMO_VARIANTS, type MemoVariant } from '../domain/memo-variants';

/** A block of running text: a paragraph or a bullet list. */
export type TextBlock = { type: 'paragraph'; text: string } | { type: 'bullets'; items: string[] };

/** One labelled line of the "NOTAT" header block, e.g. { label: 'Dato', value: '25. november 2026' }. */
export interface MemoHeaderLine {
  label: string;
  value: string;
}

/** A left-cell section of an initiative table: "Formål", "Samlet mål", "Midler afsat". */
export interface MemoField {
  label: string;
  text: string;
}

/** One initiative's table. */
export interface MemoInitiative {
  /** Header row across both columns, e.g. "1. Anbefaling: Styrket indsats målrettet unge". */
  heading: string;
  /** Left cell, in order. */
  fields: MemoField[];
  /** Right cell: the label "Status" followed by the approved text as blocks. */
  statusLabel: string;
  status: TextBlock[];
  /** "Samlet mål forventes opfyldt gennem følgende aktiviteter i efteråret 2018:" or "Samlet mål er opfyldt:". */
  activitiesLead: string | null;
  /** The author's free bullets, then the planned activities between the as-of date and the last due date. */
  activities: string[];
  /**
   * Working version only (empty in the committee version): the marked notes beneath the table — computed figures,
   * the assessment with author and reason, a missing text, overdue planned activities, changes since last round.
   */
  working: string[];
}

/** One of "Øvrige indsatser i kommunen". */
export interface MemoOtherInitiative {
  /** "Etnisk Konsulentteam" */
  title: string;
  /** "Socialforvaltningen"; rendered in brackets after the title. */
  unit: string | null;
  /** The text as written; it carries its own funding sentence, as the real memo's do. */
  text: TextBlock[];
  /** Working version only (empty in the committee version): the registered funding, to check the text against. */
  working: string[];
}

/** The whole memo. */
export interface MemoModel {
  variant: MemoVariant;
  /**
   * Working version only (null in the committee version): the label of its marked notes and the line saying what the
   * version is, printed at the top and in every page header.
   */
  working: { label: string; banner: string; header: string } | null;
  /** BCP 47 language of the document. */
  language: string;
  /** True for an open round's live preview; renderers print "UDKAST" prominently. */
  draft: boolean;
  draftLabel: string;
  /** Document properties; `date` (the memo's date, else its as-of date) stamps the files, so renders repeat. */
  properties: { title: string; author: string; subject: string; date: string };
  /** "NOTAT" */
  kicker: string;
  /**
   * Organisation, unit, recipient, date, case number — only those the round sets; the working version adds the
   * round and the previous round it is compared with.
   */
  headerLines: MemoHeaderLine[];
  /** "Bilag 1: Status på implementering af indsatser til forebyggelse af social kontrol" */
  title: string;
  intro: string;
  initiatives: MemoInitiative[];
  others: { heading: string; intro: string; items: MemoOtherInitiative[] } | null;
  /** Footer page label; renderers substitute {page} and {pages}: "Side {page} af {pages}". */
  pageLabel: string;
}
