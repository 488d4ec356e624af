export { NewPlanPage } from './NewPlanPage';
export { PlanSetupPage } from './PlanSetupPage';
export { NewInitiativePage } from './NewInitiativePage';
export { InitiativeSetupPage } from './InitiativeSetupPage';
export { TargetPage } from './TargetPage';
export { FundingPage } from './FundingPage';
