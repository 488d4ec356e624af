/** Addresses of the set-up pages: a plan's, a new initiative's, an initiative's and its targets' and funding's. */
import { initiativePath, planPath } from '../plans/paths';

type Keyed = { id: number; number: number | null };

export const newPlanPath = () => '/ny-handleplan';
export const planSetupPath = (slug: string) => `${planPath(slug)}/opsaetning`;
export const newInitiativePath = (slug: string) => `${planSetupPath(slug)}/ny-indsats`;
export const initiativeSetupPath = (slug: string, i: Keyed) => `${initiativePath(slug, i)}/opsaetning`;
export const targetPath = (slug: string, i: Keyed, targetId: number | 'ny') =>
  `${initiativeSetupPath(slug, i)}/maal/${targetId}`;
export const fundingPath = (slug: string, i: Keyed, fundingId: number | 'ny') =>
  `${initiativeSetupPath(slug, i)}/midler/${fundingId}`;
