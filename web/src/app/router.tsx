/** The routes: the URL is the state (plan, initiative, as-of date, filters) so every view can be linked. */
import { createBrowserRouter } from 'react-router';
import { Shell } from './Shell';
import { RequireAuth } from './RequireAuth';
import { NotFoundPage } from './NotFoundPage';
import { LoginPage } from '../features/auth/LoginPage';
import { AccessibilityPage } from '../features/accessibility/AccessibilityPage';
import { PortfolioPage } from '../features/plans/PortfolioPage';
import { DashboardPage } from '../features/plans/DashboardPage';
import { InitiativePage } from '../features/initiatives/InitiativePage';
import { NewActivityPage, EditActivityPage, CompleteActivityPage } from '../features/activities/pages';
import { NewRoundPage, RoundPage, RoundsPage, StatusTextPage } from '../features/rounds/pages';
import {
  FundingPage,
  InitiativeSetupPage,
  NewInitiativePage,
  NewPlanPage,
  PlanSetupPage,
  TargetPage,
} from '../features/setup/pages';
import { MemoImportPage } from '../features/memo-import/MemoImportPage';
import { dashboardLoader, roundLoader, signedInLoader } from './prefetch';
import { adminRoutes } from '../features/admin/routes';

const initiative = 'planer/:slug/indsatser/:number';

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
        { path: 'tilgaengelighed', element: <AccessibilityPage /> },
        {
          element: <RequireAuth />,
          loader: signedInLoader,
          children: [
            { index: true, element: <PortfolioPage /> },
            ...adminRoutes,
            { path: 'planer/:slug', element: <DashboardPage />, loader: dashboardLoader },
            { path: 'importer-notat', element: <MemoImportPage /> },
            { path: initiative, element: <InitiativePage /> },
            { path: `${initiative}/aktiviteter/ny`, element: <NewActivityPage /> },
            { path: `${initiative}/aktiviteter/:activityId/rediger`, element: <EditActivityPage /> },
            { path: `${initiative}/aktiviteter/:activityId/gennemfoer`, element: <CompleteActivityPage /> },
            { path: 'planer/:slug/statusrunder', element: <RoundsPage /> },
            { path: 'planer/:slug/statusrunder/ny', element: <NewRoundPage /> },
            { path: 'statusrunder/:id', element: <RoundPage />, loader: roundLoader },
            {
              path: 'statusrunder/:id/indsatser/:initiativeId',
              element: <StatusTextPage />,
              loader: roundLoader,
            },
            { path: 'ny-handleplan', element: <NewPlanPage /> },
            { path: 'planer/:slug/opsaetning', element: <PlanSetupPage /> },
            { path: 'planer/:slug/opsaetning/ny-indsats', element: <NewInitiativePage /> },
            { path: `${initiative}/opsaetning`, element: <InitiativeSetupPage /> },
            { path: `${initiative}/opsaetning/maal/:targetId`, element: <TargetPage /> },
            { path: `${initiative}/opsaetning/midler/:fundingId`, element: <FundingPage /> },
          ],
        },
        { path: '*', element: <NotFoundPage /> },
      ],
    },
  ]);
