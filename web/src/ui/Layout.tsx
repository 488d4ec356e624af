/** The page frame: skip link, header, main landmark, footer. */
import type { ReactNode } from 'react';
import { Link } from 'react-router';

export function SkipLink({ children }: { children: ReactNode }) {
  return (
    <a className="ids-skip" href="#indhold">
      {children}
    </a>
  );
}

export function Header(props: { product: ReactNode; home: string; children?: ReactNode }) {
  return (
    <header className="header ids-header">
      <div className="container ids-header-inner">
        <Link to={props.home} className="ids-product">
          {props.product}
        </Link>
        <div className="ids-header-tools">{props.children}</div>
      </div>
    </header>
  );
}

export function Main({ children }: { children: ReactNode }) {
  return (
    <main id="indhold" tabIndex={-1} className="container ids-main">
      {children}
    </main>
  );
}

export function Footer({ children }: { children: ReactNode }) {
  return (
    <footer className="footer ids-footer">
      <div className="container">{children}</div>
    </footer>
  );
}

/** A page's title block: the one h1 and an optional lead and actions. */
export function PageTitle(props: {
  title: ReactNode;
  lead?: ReactNode;
  back?: ReactNode;
  actions?: ReactNode;
}) {
  return (
    <div className="ids-page-title">
      {props.back}
      <h1>{props.title}</h1>
      {props.lead && <p className="font-lead">{props.lead}</p>}
      {props.actions && <div className="ids-button-row">{props.actions}</div>}
    </div>
  );
}

/** A link back up the hierarchy. */
export function BackLink(props: { to: string; children: ReactNode }) {
  return (
    <Link className="back-link" to={props.to}>
      {props.children}
    </Link>
  );
}
