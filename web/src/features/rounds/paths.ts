/** Addresses of reporting rounds and of an initiative's status text in a round. */
import { planPath } from '../plans/paths';

export const roundsPath = (slug: string) => `${planPath(slug)}/statusrunder`;
export const newRoundPath = (slug: string) => `${roundsPath(slug)}/ny`;
export const roundPath = (id: number) => `/statusrunder/${id}`;
export const statusTextPath = (roundId: number, initiativeId: number) =>
  `${roundPath(roundId)}/indsatser/${initiativeId}`;
