/**
 * An icon from Det Fælles Designsystem, painted in the text colour; decorative (the text beside it carries the
 * meaning). The shapes come as CSS masks from the design system's sprite (see web/dkfds-icons.ts).
 */
import 'virtual:dkfds-icons.css';
import type { ICON_NAMES } from './icon-names';

export type IconName = (typeof ICON_NAMES)[number] | 'done';

export function Icon({ name }: { name: IconName }) {
  return (
    <span className={`icon-svg ids-icon ids-icon-${name === 'done' ? 'check' : name}`} aria-hidden="true" />
  );
}
