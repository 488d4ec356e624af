import { TARGET_STATUSES, type TargetStatus } from './types';

/** Danish labels for target statuses, as shown in the UI and the memo. */
export const STATUS_LABELS_DA: Record<TargetStatus, string> = {
  met: 'Opfyldt',
  on_track: 'Forventes opfyldt',
  at_risk: 'Risiko for manglende opfyldelse',
  not_met: 'Ikke opfyldt',
  no_data: 'Ikke vurderet',
};

/** English labels for target statuses, for a caller that asks for English. */
export const STATUS_LABELS_EN: Record<TargetStatus, string> = {
  met: 'Met',
  on_track: 'On track',
  at_risk: 'At risk of not being met',
  not_met: 'Not met',
  no_data: 'Not assessed',
};

/** The worse of the given statuses, in the order not_met < at_risk < no_data < on_track < met. */
export function worstStatus(statuses: readonly TargetStatus[]): TargetStatus {
  if (statuses.length === 0) return 'no_data';
  return statuses.reduce((worst, s) =>
    TARGET_STATUSES.indexOf(s) < TARGET_STATUSES.indexOf(worst) ? s : worst,
  );
}
