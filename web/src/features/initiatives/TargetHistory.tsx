/**
 * The place for a target's value over time (a chart) and the initiative's history. Both need API endpoints that
 * do not exist yet (a target's series and the initiative's change log for every role); until they do, this renders
 * nothing rather than invent figures. When they land: a query hook in ./api.ts and a chart with a table equivalent.
 */
export function TargetHistory(_props: { targetId: number }) {
  return null;
}
