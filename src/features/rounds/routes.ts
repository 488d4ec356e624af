/** Routes of reporting rounds: CRUD, status updates and their workflow, close/reopen, draft text. */
import { z } from 'zod';
import type { App } from '../../api/app-types';
import { registerResource } from '../../api/resource-routes';
import { idParam } from '../../schemas/common';
import { closeRound, reopenRound } from './close';
import { draftText } from './draft-text';
import { rounds } from './resource';
import { CloseRoundBody, DraftText, ReopenRoundBody, Round, TransitionBody } from '../../schemas/rounds';
import { listUpdates, saveDraft, transition } from './updates';
import { StatusUpdate, StatusUpdateInput, StatusUpdateVersion } from '../../schemas/rounds';
import { statusHistory } from './history';
import { textTokens } from './text-tokens';
import { TextTokens } from '../../schemas/rounds';

const roundParams = z.object({ id: idParam });
const updateParams = z.object({ id: idParam, initiativeId: idParam });
const tags = ['rounds'];

/** The workflow steps of a status text: its operationId and summary. */
const STEPS = {
  submit: { operationId: 'submitStatusUpdate', summary: 'Submit the status text for approval' },
  approve: { operationId: 'approveStatusUpdate', summary: 'Approve the submitted status text' },
  return: {
    operationId: 'returnStatusUpdate',
    summary: 'Return the submitted status text to its author, with a comment',
  },
} as const;

/** Register every round route. */
export function registerRoundRoutes(app: App): void {
  registerResource(app, rounds);
  const base = '/api/v1/rounds/:id';

  app.get(
    `${base}/updates`,
    {
      config: { permission: 'plan:read' },
      schema: {
        tags,
        operationId: 'listStatusUpdates',
        summary: "The round's status texts, one per initiative: who has written, submitted, been approved",
        params: roundParams,
        response: { 200: z.array(StatusUpdate) },
      },
    },
    (req) => listUpdates(app.db, req.ctx, req.params.id),
  );
  app.put(
    `${base}/updates/:initiativeId`,
    {
      config: { permission: 'status:write' },
      schema: {
        tags,
        operationId: 'saveStatusUpdate',
        summary: 'Write the draft status text',
        params: updateParams,
        body: StatusUpdateInput,
        response: { 200: StatusUpdate },
      },
    },
    (req) => saveDraft(app.db, req.ctx, req.params.id, req.params.initiativeId, req.body),
  );
  for (const action of ['submit', 'approve', 'return'] as const) {
    app.post(
      `${base}/updates/:initiativeId/${action}`,
      {
        config: { permission: action === 'submit' ? 'status:write' : 'status:approve' },
        schema: {
          tags,
          ...STEPS[action],
          params: updateParams,
          body: TransitionBody,
          response: { 200: StatusUpdate },
        },
      },
      (req) => transition(app.db, req.ctx, req.params.id, req.params.initiativeId, action, req.body),
    );
  }
  app.post(
    `${base}/updates/:initiativeId/draft-text`,
    {
      config: { permission: 'status:write' },
      schema: {
        tags,
        operationId: 'draftStatusText',
        summary: 'Propose a status paragraph composed from the data (not stored)',
        params: updateParams,
        response: { 200: DraftText },
      },
    },
    (req) => draftText(app.db, req.ctx, req.params.id, req.params.initiativeId),
  );
  app.get(
    `${base}/updates/:initiativeId/tokens`,
    {
      config: { permission: 'plan:read' },
      schema: {
        tags,
        operationId: 'statusTextTokens',
        summary:
          "The references a status text may carry ({{faktisk}}, {{mål2.prognose}} …) with their values at the round's date",
        params: updateParams,
        response: { 200: TextTokens },
      },
    },
    (req) => textTokens(app.db, req.ctx, req.params.id, req.params.initiativeId),
  );
  app.get(
    `${base}/updates/:initiativeId/history`,
    {
      config: { permission: 'plan:read' },
      schema: {
        tags,
        operationId: 'statusUpdateHistory',
        summary: 'Every version of the status text: who, when, the comments and what changed',
        params: updateParams,
        response: { 200: z.array(StatusUpdateVersion) },
      },
    },
    (req) => statusHistory(app.db, req.ctx, req.params.id, req.params.initiativeId),
  );
  app.post(
    `${base}/close`,
    {
      config: { permission: 'round:write' },
      schema: {
        tags,
        operationId: 'closeRound',
        summary: 'Close the round and freeze its snapshot',
        params: roundParams,
        body: CloseRoundBody,
        response: { 200: Round },
      },
    },
    (req) => closeRound(app.db, req.ctx, req.params.id, req.body),
  );
  app.post(
    `${base}/reopen`,
    {
      config: { permission: 'round:write' },
      schema: {
        tags,
        operationId: 'reopenRound',
        summary: 'Reopen a closed round (a reason is required and audited)',
        params: roundParams,
        body: ReopenRoundBody,
        response: { 200: Round },
      },
    },
    (req) => reopenRound(app.db, req.ctx, req.params.id, req.body),
  );
}
