/** The administration's addresses. */
import { LISTS, type ListName } from './lists';

export const ADMIN = '/administration';
export const peoplePath = () => `${ADMIN}/personer`;
export const newPersonPath = () => `${ADMIN}/personer/ny`;
export const personPath = (id: number) => `${ADMIN}/personer/${id}`;
export const listPath = (list: ListName) => `${ADMIN}/lister/${LISTS[list].slug}`;
export const tokensPath = () => `${ADMIN}/api-noegler`;
export const auditPath = () => `${ADMIN}/revisionslog`;
export const daysOffPath = () => `${ADMIN}/fridage`;

/** The parts of the administration in the order the navigation shows them; `base` is what their pages begin with. */
export const ADMIN_PARTS = [
  { part: 'people', to: peoplePath(), base: peoplePath() },
  { part: 'lists', to: listPath('venues'), base: `${ADMIN}/lister` },
  { part: 'tokens', to: tokensPath(), base: tokensPath() },
  { part: 'audit', to: auditPath(), base: auditPath() },
  { part: 'daysOff', to: daysOffPath(), base: daysOffPath() },
] as const;
