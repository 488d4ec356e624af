export { AdminHomePage } from './AdminHomePage';
export { PeoplePage } from './PeoplePage';
export { NewPersonPage } from './NewPersonPage';
export { PersonPage } from './PersonPage';
export { ReferencePage } from './ReferencePage';
export { TokensPage } from './TokensPage';
export { AuditPage } from './AuditPage';
export { DaysOffPage } from './DaysOffPage';
