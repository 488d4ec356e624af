/**
 * The memo model: everything a renderer (DOCX, PDF, HTML) needs, as ready-to-print Danish text.
 * Built purely from a round's snapshot; renderers only lay it out and never format figures themselves.
 */

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
  /** Short lines beneath the status: the computed figure, and a note when the status is an assessment. */
  notes: string[];
  /** "Samlet mål forventes opfyldt gennem følgende aktiviteter i efteråret 2018:" or "Samlet mål er opfyldt:". */
  activitiesLead: string | null;
  /** The author's free bullets, then the planned activities between the as-of date and the last due date. */
  activities: string[];
  /**
   * Planned activities that should have ended before the as-of date, "title (period)": never listed as planned; the
   * working version shows them as overdue, the committee version leaves them out.
   */
  overdue: string[];
  /**
   * For the working version: tokens ({{faktisk}} …) without a value, and typed figures that contradict the data
   * they describe ("975 børn og unge" where the target's figures are 980 …). The committee version leaves them out.
   */
  warnings: string[];
}

/** One of "Øvrige indsatser i kommunen". */
export interface MemoOtherInitiative {
  /** "Etnisk Konsulentteam" */
  title: string;
  /** "Socialforvaltningen"; rendered in brackets after the title. */
  unit: string | null;
  text: TextBlock[];
  /** The funding sentence, or null when none is registered. */
  funding: string | null;
  /** For the working version: tokens in the text without a value. */
  warnings: string[];
}

/** The whole memo. */
export interface MemoModel {
  /** BCP 47 language of the document. */
  language: string;
  /** True for an open round's live preview; renderers print "UDKAST" prominently. */
  draft: boolean;
  draftLabel: string;
  /** Document properties; `date` (the memo's date, else its as-of date) stamps the files, so renders repeat. */
  properties: { title: string; author: string; subject: string; date: string };
  /** "NOTAT" */
  kicker: string;
  /** Organisation, unit, recipient, date, case number — only those that are set. */
  headerLines: MemoHeaderLine[];
  /** "Bilag 1: Status på implementering af indsatser til forebyggelse af social kontrol" */
  title: string;
  intro: string;
  initiatives: MemoInitiative[];
  others: { heading: string; intro: string; items: MemoOtherInitiative[] } | null;
  /** Footer page label; renderers substitute {page} and {pages}: "Side {page} af {pages}". */
  pageLabel: string;
}
