/**
 * An action that asks first (delete, close, merge, deactivate, revoke): the button opens a warning in the page with
 * a yes and a no button — no browser dialog. Focus moves to "no" when it opens and back to the button on "no".
 */
import { useEffect, useRef, useState, type ComponentProps, type ReactNode } from 'react';
import { Alert } from './Alert';
import { Button, ButtonRow } from './Button';
import type { IconName } from './Icon';

type Variant = ComponentProps<typeof Button>['variant'];

export function ConfirmAction(props: {
  /** The button that starts it. */
  label: ReactNode;
  icon?: IconName;
  variant?: Variant;
  /** The question, e.g. "Slet »Workshop«?". */
  heading: ReactNode;
  /** What happens, if it needs saying. */
  children?: ReactNode;
  yes: ReactNode;
  yesIcon?: IconName;
  yesVariant?: Variant;
  no: ReactNode;
  busy?: boolean;
  /** Whether to ask at all (true unless told): a close with nothing missing needs no question. */
  ask?: boolean;
  /** Run the action; call `done` when it succeeded, to close the question. */
  onConfirm: (done: () => void) => void;
}) {
  const [asking, setAsking] = useState(false);
  const frame = useRef<HTMLDivElement>(null);
  const wasAsking = useRef(false);
  useEffect(() => {
    const button = asking ? '[data-confirm-no]' : '[data-confirm-start]';
    if (asking || wasAsking.current) frame.current?.querySelector<HTMLButtonElement>(button)?.focus();
    wasAsking.current = asking;
  }, [asking]);
  return (
    <div ref={frame} className="ids-confirm">
      {asking ? (
        <Alert kind="warning" heading={props.heading} live>
          {props.children}
          <ButtonRow>
            <Button
              variant={props.yesVariant ?? 'warning'}
              icon={props.yesIcon ?? props.icon}
              disabled={props.busy}
              onClick={() => props.onConfirm(() => setAsking(false))}
            >
              {props.yes}
            </Button>
            <Button variant="secondary" data-confirm-no onClick={() => setAsking(false)}>
              {props.no}
            </Button>
          </ButtonRow>
        </Alert>
      ) : (
        <Button
          data-confirm-start
          variant={props.variant ?? 'secondary'}
          icon={props.icon}
          disabled={props.busy}
          onClick={() => (props.ask === false ? props.onConfirm(() => undefined) : setAsking(true))}
        >
          {props.label}
        </Button>
      )}
    </div>
  );
}
