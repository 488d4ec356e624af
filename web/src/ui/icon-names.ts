/**
 * The icons of Det Fælles Designsystem that the app draws. The build (web/dkfds-icons.ts) turns each into a CSS
 * class `ids-icon-<name>`; a name that is not in the design system's sprite stops the build.
 */
export const ICON_NAMES = [
  'check',
  'success',
  'error',
  'warning',
  'info',
  'help',
  'hourglass',
  'edit',
  'delete',
  'plus',
  'close',
  'arrow-back',
  'refresh',
  'person',
  'language',
  'calendar-month',
  'flag',
] as const;
