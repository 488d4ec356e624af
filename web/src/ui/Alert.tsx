/** A message box: information, success, warning or error, with an optional heading and actions. */
import type { ReactNode } from 'react';
import { Icon, type IconName } from './Icon';

type Kind = 'info' | 'success' | 'warning' | 'error';
const ICONS: Record<Kind, IconName> = {
  info: 'info',
  success: 'success',
  warning: 'warning',
  error: 'error',
};

// Spelled out: the build keeps only the design system's rules whose class names appear in the source.
const CLASSES: Record<Kind, string> = {
  info: 'alert-info',
  success: 'alert-success',
  warning: 'alert-warning',
  error: 'alert-error',
};

export function Alert(props: { kind: Kind; heading?: ReactNode; children?: ReactNode; live?: boolean }) {
  // Errors and warnings interrupt (they need action); information and success are announced politely.
  const role = props.live
    ? props.kind === 'error' || props.kind === 'warning'
      ? 'alert'
      : 'status'
    : undefined;
  return (
    <div className={`alert ${CLASSES[props.kind]} ids-alert`} role={role}>
      <Icon name={ICONS[props.kind]} />
      <div className="alert-body">
        {props.heading && <p className="alert-heading">{props.heading}</p>}
        {props.children && <div className="alert-text">{props.children}</div>}
      </div>
    </div>
  );
}
