/**
 * Calls the generated types must refuse. Never run, only type-checked: tsc fails on an `@ts-expect-error` that has
 * no error to expect, so each line proves the document says enough for a client to be checked against it.
 */
import type { IndsatsClient } from './plan-progress';

export async function refusedByTheTypes(client: IndsatsClient): Promise<void> {
  // @ts-expect-error: no such path.
  await client.GET('/api/v1/plans/{plan}/progres', { params: { path: { plan: 'x' } } });
  // @ts-expect-error: the plan is a path parameter and cannot be left out.
  await client.GET('/api/v1/plans/{plan}/progress', { params: { query: { asOf: '2018-09-01' } } });
  // @ts-expect-error: a plan cannot be created without its title, slug and period.
  await client.POST('/api/v1/plans', { body: { theme: 'tryghed' } });

  const { data, error } = await client.GET('/api/v1/plans/{plan}/progress', {
    params: { path: { plan: 'x' } },
  });
  if (error) {
    // @ts-expect-error: a problem's status is a number.
    const status: string = error.status;
    // @ts-expect-error: only a duplicate names the record it collides with.
    const existing: number = error.existingId;
    void [status, existing];
    return;
  }
  // @ts-expect-error: "done" is not one of the five statuses.
  const status: (typeof data.initiatives)[number]['status'] = 'done';
  const deleted = await client.DELETE('/api/v1/plans/{id}', {
    params: { path: { id: 1 }, query: { version: 1 } },
  });
  // @ts-expect-error: a delete answers 204 without a body.
  void [status, deleted.data.id];
}
