/**
 * The two versions of a memo, built from the same snapshot: `committee` (udvalgsversion) has exactly the real memo's
 * structure and nothing else; `working` (arbejdsversion) adds, clearly marked, what the coordinator checks before
 * sending: computed figures and statuses, assessments with author and reason, missing texts, overdue planned
 * activities and what changed since the previous round.
 */
export const MEMO_VARIANTS = ['committee', 'working'] as const;
export type MemoVariant = (typeof MEMO_VARIANTS)[number];
