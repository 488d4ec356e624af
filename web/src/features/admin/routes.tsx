/** The administration's routes, inside the signed-in part of the router (app/router.tsx). */
import type { RouteObject } from 'react-router';
import * as admin from './pages';

export const adminRoutes: RouteObject[] = [
  { path: 'administration', element: <admin.AdminHomePage /> },
  { path: 'administration/personer', element: <admin.PeoplePage /> },
  { path: 'administration/personer/ny', element: <admin.NewPersonPage /> },
  { path: 'administration/personer/:id', element: <admin.PersonPage /> },
  { path: 'administration/lister/:list', element: <admin.ReferencePage /> },
  { path: 'administration/api-noegler', element: <admin.TokensPage /> },
  { path: 'administration/revisionslog', element: <admin.AuditPage /> },
  { path: 'administration/fridage', element: <admin.DaysOffPage /> },
];
