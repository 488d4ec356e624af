/** A table of small records (expenditure per year, measurements) with a button on each row to delete it. */
import type { ReactNode } from 'react';
import { useT } from '../../i18n/useT';
import { Button } from '../../ui/Button';
import { Table } from '../../ui/Table';
import { SaveProblem } from '../activities/SaveProblem';
import { useRemove } from './api';
import { useSetupTexts } from './SetupForm';

export function RemovableRows<R extends { id: number; version: number }>(props: {
  /** The API's resource path the rows are deleted at. */
  path: string;
  items: R[];
  empty: string;
  caption: string;
  head: string[];
  cells: (r: R) => ReactNode[];
  /** The delete button's text, naming the row ("Slet forbruget for 2018"). */
  removeLabel: (r: R) => string;
}) {
  const t = useT();
  const texts = useSetupTexts();
  const remove = useRemove(props.path);
  return (
    <>
      <SaveProblem error={remove.error} fieldErrors={{}} texts={texts} />
      {props.items.length === 0 ? (
        <p>{props.empty}</p>
      ) : (
        <Table
          caption={props.caption}
          head={[...props.head, t('setup.actions')]}
          numeric={[1]}
          wide
          rows={props.items.map((r) => [
            ...props.cells(r),
            <Button
              key="del"
              variant="tertiary"
              icon="delete"
              disabled={remove.isPending}
              onClick={() => remove.mutate({ id: r.id, version: r.version })}
            >
              {props.removeLabel(r)}
            </Button>,
          ])}
        />
      )}
    </>
  );
}
