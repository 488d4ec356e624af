/**
 * Links in long lists as plain anchors: a router `<Link>` per item costs a handful of hooks each, so a list of a
 * hundred cards takes one click handler on the list instead, which follows an anchor marked `data-route` inside
 * the app (as `<Link>` would: no reload). Clicks with a modifier key, other buttons and anchors with a target are
 * left to the browser (a new tab, a download).
 */
import { useCallback, type MouseEvent } from 'react';
import { useNavigate } from 'react-router';

export function useRouteClicks(): (e: MouseEvent<HTMLElement>) => void {
  const navigate = useNavigate();
  return useCallback(
    (e: MouseEvent<HTMLElement>) => {
      if (e.defaultPrevented || e.button !== 0 || e.metaKey || e.altKey || e.ctrlKey || e.shiftKey) return;
      const anchor = (e.target as Element).closest?.('a[data-route]');
      if (!(anchor instanceof HTMLAnchorElement) || anchor.target) return;
      e.preventDefault();
      void navigate(anchor.getAttribute('href')!);
    },
    [navigate],
  );
}

/** An anchor that `useRouteClicks` on an enclosing element follows inside the app. */
export function RouteAnchor(props: { to: string; children: React.ReactNode }) {
  return (
    <a href={props.to} data-route="">
      {props.children}
    </a>
  );
}
