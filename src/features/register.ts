/** Every feature's routes, registered in one place. */
import type { App } from '../api/app-types';
import { registerResource } from '../api/resource-routes';
import { activities } from './activities/resource';
import { registerAuditRoutes } from './audit/routes';
import { registerExchangeRoutes } from './exchange/routes';
import { registerOidcRoutes } from './auth/oidc-routes';
import { registerAuthRoutes } from './auth/routes';
import { registerTokenRoutes } from './tokens/routes';
import { registerUserRoutes } from './users/routes';
import { expenditures, fundings } from './funding/resources';
import { registerAssessmentRoutes } from './initiatives/routes';
import { initiatives } from './initiatives/resource';
import { measurements } from './measurements/resource';
import { plans } from './plans/resource';
import { registerMemoRoutes } from './memo/routes';
import { registerMemoImportRoutes } from './memo-import/routes';
import { registerProgressRoutes } from './progress/routes';
import { registerRoundRoutes } from './rounds/routes';
import { registerSettingsRoutes } from './settings/routes';
import { partners, targetGroups, units, venues } from './reference/resources';
import { registerMergeRoutes } from './reference/routes';
import { targets } from './targets/resource';
import { registerTargetRoutes } from './targets/routes';

/** Register all API routes. */
export function registerFeatures(app: App): void {
  registerAuthRoutes(app);
  registerOidcRoutes(app);
  registerUserRoutes(app);
  registerTokenRoutes(app);
  registerResource(app, units);
  registerResource(app, partners);
  registerResource(app, targetGroups);
  registerResource(app, venues);
  registerMergeRoutes(app);
  registerResource(app, plans);
  registerResource(app, initiatives);
  registerResource(app, targets);
  registerTargetRoutes(app);
  registerResource(app, fundings);
  registerResource(app, expenditures);
  registerResource(app, activities);
  registerResource(app, measurements);
  registerAssessmentRoutes(app);
  registerProgressRoutes(app);
  registerRoundRoutes(app);
  registerMemoRoutes(app);
  registerMemoImportRoutes(app);
  registerAuditRoutes(app);
  registerExchangeRoutes(app);
  registerSettingsRoutes(app);
}
