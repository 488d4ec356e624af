/** The routes: the URL is the state (plan, initiative, as-of date, filters) so every view can be linked. */
import type { ComponentType } from 'react';
import { createBrowserRouter, type RouteObject, type ShouldRevalidateFunction } from 'react-router';
import { Shell } from './Shell';
import { RequireAuth } from './RequireAuth';
import { NotFoundPage } from './NotFoundPage';
import { LoginPage } from '../features/auth/LoginPage';
import { PortfolioPage } from '../features/plans/PortfolioPage';
import { DashboardPage } from '../features/plans/DashboardPage';
import { dashboardLoader, onlyFiltersChanged, roundLoader, signedInLoader } from './prefetch';

/**
 * The pages a person starts on (sign-in, the portfolio and a plan's dashboard) come with the first script; every
 * other page is its own chunk, fetched when it is first needed — and, once the first page has been shown, while the
 * browser is idle, so that moving on does not wait for the network.
 */
const chunks = {
  accessibility: () => import('../features/accessibility/AccessibilityPage'),
  admin: () => import('../features/admin/pages'),
  initiative: () => import('../features/initiatives/InitiativePage'),
  activities: () => import('../features/activities/pages'),
  rounds: () => import('../features/rounds/pages'),
  setup: () => import('../features/setup/pages'),
  memoImport: () => import('../features/memo-import/MemoImportPage'),
};

/** A route property that loads a page's chunk and names its component. */
function page<M>(load: () => Promise<M>, pick: (m: M) => ComponentType): Pick<RouteObject, 'lazy'> {
  return { lazy: async () => ({ Component: pick(await load()) }) };
}

/**
 * Once the first page has shown its data and the browser has had nothing to do for a moment, fetch every other
 * page's chunk, so that moving on does not wait for the network (a failure waits for the page to ask again).
 */
export function preloadPagesWhenIdle(busy: () => boolean): void {
  const idle = (f: () => void) =>
    'requestIdleCallback' in window ? window.requestIdleCallback(f, { timeout: 5000 }) : setTimeout(f, 200);
  const attempt = () => {
    if (busy()) {
      setTimeout(() => idle(attempt), QUIET_MS);
      return;
    }
    for (const load of Object.values(chunks)) load().catch(() => undefined);
  };
  setTimeout(() => idle(attempt), QUIET_MS);
}
// How long the app waits, after starting or while requests are under way, before it looks for an idle moment.
const QUIET_MS = 1500;

const initiative = 'planer/:slug/indsatser/:number';

/**
 * A filter on the dashboard runs no loader: with nothing to load, the router completes the navigation at once and
 * the list is drawn in the same task as the click (the filters ask for flushSync).
 */
const keepOnFilterChange: ShouldRevalidateFunction = ({ currentUrl, nextUrl, defaultShouldRevalidate }) =>
  !onlyFiltersChanged(currentUrl, nextUrl) && defaultShouldRevalidate;

/**
 * The router. Made by a call, not on import: creating it runs the first page's loaders (their requests), which must
 * wait until the interface language and the session handling are set up (main.tsx).
 */
export const createRouter = () =>
  createBrowserRouter([
    {
      element: <Shell />,
      children: [
        { path: 'log-ind', element: <LoginPage /> },
        { path: 'tilgaengelighed', ...page(chunks.accessibility, (m) => m.AccessibilityPage) },
        {
          element: <RequireAuth />,
          loader: signedInLoader,
          shouldRevalidate: keepOnFilterChange,
          children: [
            { index: true, element: <PortfolioPage /> },
            ...(
              [
                ['administration', 'AdminHomePage'],
                ['administration/personer', 'PeoplePage'],
                ['administration/personer/ny', 'NewPersonPage'],
                ['administration/personer/:id', 'PersonPage'],
                ['administration/lister/:list', 'ReferencePage'],
                ['administration/api-noegler', 'TokensPage'],
                ['administration/revisionslog', 'AuditPage'],
                ['administration/fridage', 'DaysOffPage'],
              ] as const
            ).map(([path, name]) => ({ path, ...page(chunks.admin, (m) => m[name]) })),
            {
              path: 'planer/:slug',
              element: <DashboardPage />,
              loader: dashboardLoader,
              shouldRevalidate: keepOnFilterChange,
            },
            { path: 'importer-notat', ...page(chunks.memoImport, (m) => m.MemoImportPage) },
            { path: initiative, ...page(chunks.initiative, (m) => m.InitiativePage) },
            { path: `${initiative}/aktiviteter/ny`, ...page(chunks.activities, (m) => m.NewActivityPage) },
            {
              path: `${initiative}/aktiviteter/:activityId/rediger`,
              ...page(chunks.activities, (m) => m.EditActivityPage),
            },
            {
              path: `${initiative}/aktiviteter/:activityId/gennemfoer`,
              ...page(chunks.activities, (m) => m.CompleteActivityPage),
            },
            { path: 'planer/:slug/statusrunder', ...page(chunks.rounds, (m) => m.RoundsPage) },
            { path: 'planer/:slug/statusrunder/ny', ...page(chunks.rounds, (m) => m.NewRoundPage) },
            { path: 'statusrunder/:id', ...page(chunks.rounds, (m) => m.RoundPage), loader: roundLoader },
            {
              path: 'statusrunder/:id/indsatser/:initiativeId',
              ...page(chunks.rounds, (m) => m.StatusTextPage),
              loader: roundLoader,
            },
            { path: 'ny-handleplan', ...page(chunks.setup, (m) => m.NewPlanPage) },
            { path: 'planer/:slug/opsaetning', ...page(chunks.setup, (m) => m.PlanSetupPage) },
            { path: 'planer/:slug/opsaetning/ny-indsats', ...page(chunks.setup, (m) => m.NewInitiativePage) },
            { path: `${initiative}/opsaetning`, ...page(chunks.setup, (m) => m.InitiativeSetupPage) },
            { path: `${initiative}/opsaetning/maal/:targetId`, ...page(chunks.setup, (m) => m.TargetPage) },
            {
              path: `${initiative}/opsaetning/midler/:fundingId`,
              ...page(chunks.setup, (m) => m.FundingPage),
            },
          ],
        },
        { path: '*', element: <NotFoundPage /> },
      ],
    },
  ]);
