/** POST /api/v1/{venues,partners,target-groups}/:id/merge: merge a near-duplicate into another entry. */
import { z } from 'zod';
import type { App } from '../../api/app-types';
import { idParam } from '../../schemas/common';
import { MergeBody, MergeResult } from '../../schemas/reference';
import { mergeReference, type MergeableList } from './merge';

const LISTS: { path: string; list: MergeableList; operationId: string; what: string }[] = [
  { path: 'venues', list: 'venues', operationId: 'mergeVenue', what: 'venue' },
  { path: 'partners', list: 'partners', operationId: 'mergePartner', what: 'partner' },
  { path: 'target-groups', list: 'targetGroups', operationId: 'mergeTargetGroup', what: 'target group' },
];

/** Register the merge route of each list. */
export function registerMergeRoutes(app: App): void {
  for (const { path, list, operationId, what } of LISTS) {
    app.post(
      `/api/v1/${path}/:id/merge`,
      {
        config: { permission: 'reference:write' },
        schema: {
          tags: [path],
          operationId,
          summary: `Merge a near-duplicate ${what} into another: what names it moves over, then it is deleted`,
          params: z.object({ id: idParam }),
          body: MergeBody,
          response: { 200: MergeResult },
        },
      },
      (req) => mergeReference(app.db, req.ctx, list, req.params.id, req.body),
    );
  }
}
