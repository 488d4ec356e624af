/** Buttons and links styled as buttons, in Det Fælles Designsystem's variants. */
import type { ButtonHTMLAttributes, ReactNode } from 'react';
import { Link } from 'react-router';
import { Icon, type IconName } from './Icon';

type Variant = 'primary' | 'secondary' | 'tertiary' | 'warning';

// Spelled out: the build keeps only the design system's rules whose class names appear in the source.
const CLASSES: Record<Variant, string> = {
  primary: 'button button-primary',
  secondary: 'button button-secondary',
  tertiary: 'button button-tertiary',
  warning: 'button button-warning',
};
const cls = (v: Variant) => CLASSES[v];

interface ButtonProps extends ButtonHTMLAttributes<HTMLButtonElement> {
  variant?: Variant;
  icon?: IconName;
  children: ReactNode;
}

export function Button({ variant = 'primary', icon, children, type = 'button', ...rest }: ButtonProps) {
  return (
    <button type={type} className={cls(variant)} {...rest}>
      {icon && <Icon name={icon} />}
      <span>{children}</span>
    </button>
  );
}

/** `context` is read after the label by screen readers only ("Redigér" … "Teaterforestilling"), so a list of
 * identical buttons can be told apart. */
export function ButtonLink(props: {
  to: string;
  variant?: Variant;
  icon?: IconName;
  children: ReactNode;
  context?: string;
}) {
  return (
    <Link to={props.to} className={cls(props.variant ?? 'secondary')}>
      {props.icon && <Icon name={props.icon} />}
      <span>{props.children}</span>
      {props.context && <span className="sr-only">: {props.context}</span>}
    </Link>
  );
}

/** A row of buttons that wraps on a narrow screen. */
export function ButtonRow({ children }: { children: ReactNode }) {
  return <div className="ids-button-row">{children}</div>;
}

/** A plain link to a server route (e.g. single sign-on), styled as a button. */
export function ButtonAnchor(props: { href: string; variant?: Variant; children: ReactNode }) {
  return (
    <a href={props.href} className={cls(props.variant ?? 'secondary')}>
      <span>{props.children}</span>
    </a>
  );
}
