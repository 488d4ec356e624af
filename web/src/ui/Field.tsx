/** Form fields with label, hint and the error beside the field, in Det Fælles Designsystem's markup. */
import {
  useId,
  type InputHTMLAttributes,
  type ReactNode,
  type Ref,
  type SelectHTMLAttributes,
  type TextareaHTMLAttributes,
} from 'react';

interface FrameProps {
  id: string;
  label: ReactNode;
  hint?: ReactNode;
  error?: string;
  children: ReactNode;
}

function Frame({ id, label, hint, error, children }: FrameProps) {
  return (
    <div className={`form-group${error ? ' form-error' : ''}`}>
      <label className="form-label" htmlFor={id}>
        {label}
      </label>
      {hint && (
        <span className="form-hint" id={`${id}-hint`}>
          {hint}
        </span>
      )}
      {error && (
        <span className="form-error-message" id={`${id}-error`}>
          {error}
        </span>
      )}
      {children}
    </div>
  );
}

function describedBy(id: string, hint: unknown, error: unknown): string | undefined {
  const ids = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ');
  return ids || undefined;
}

type InputProps = Omit<InputHTMLAttributes<HTMLInputElement>, 'id'> & {
  /** The input itself, e.g. to give it focus. */
  ref?: Ref<HTMLInputElement>;
  label: ReactNode;
  hint?: ReactNode;
  error?: string;
  width?: 'xs' | 's' | 'm' | 'l' | 'xl';
};

// Spelled out: the build keeps only the design system's rules whose class names appear in the source.
const WIDTHS = {
  xs: 'input-width-xs',
  s: 'input-width-s',
  m: 'input-width-m',
  l: 'input-width-l',
  xl: 'input-width-xl',
} as const;

export function TextField({ label, hint, error, width, className, ...rest }: InputProps) {
  const id = useId();
  return (
    <Frame id={id} label={label} hint={hint} error={error}>
      <input
        id={id}
        className={`form-input${width ? ` ${WIDTHS[width]}` : ''}${className ? ` ${className}` : ''}`}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, hint, error)}
        {...rest}
      />
    </Frame>
  );
}

type TextAreaProps = Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'id'> & {
  /** The textarea itself, e.g. to insert text at the cursor. */
  ref?: Ref<HTMLTextAreaElement>;
  label: ReactNode;
  hint?: ReactNode;
  error?: string;
};

/** A multi-line text field (the design system's textarea), full width. */
export function TextArea({ label, hint, error, ...rest }: TextAreaProps) {
  const id = useId();
  return (
    <Frame id={id} label={label} hint={hint} error={error}>
      <textarea
        id={id}
        className="form-input ids-textarea"
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, hint, error)}
        {...rest}
      />
    </Frame>
  );
}

type SelectProps = Omit<SelectHTMLAttributes<HTMLSelectElement>, 'id'> & {
  label: ReactNode;
  hint?: ReactNode;
  error?: string;
  options: { value: string; label: string }[];
};

export function SelectField({ label, hint, error, options, ...rest }: SelectProps) {
  const id = useId();
  return (
    <Frame id={id} label={label} hint={hint} error={error}>
      <select
        id={id}
        className="form-select"
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, hint, error)}
        {...rest}
      >
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </Frame>
  );
}

/** Radio buttons in a fieldset with a legend. */
export function RadioGroup(props: {
  legend: ReactNode;
  name: string;
  value: string;
  options: { value: string; label: string }[];
  onChange: (value: string) => void;
  error?: string;
}) {
  return (
    <fieldset className={`form-group${props.error ? ' form-error' : ''}`}>
      <legend className="form-label">{props.legend}</legend>
      {props.error && <span className="form-error-message">{props.error}</span>}
      <div className="ids-radios">
        {props.options.map((o) => (
          <div className="form-group-radio" key={o.value}>
            <input
              type="radio"
              className="form-radio"
              id={`${props.name}-${o.value}`}
              name={props.name}
              value={o.value}
              checked={props.value === o.value}
              onChange={() => props.onChange(o.value)}
            />
            <label htmlFor={`${props.name}-${o.value}`}>{o.label}</label>
          </div>
        ))}
      </div>
    </fieldset>
  );
}

/** A group of related fields under a legend. */
export function FieldGroup(props: { legend: ReactNode; hint?: ReactNode; children: ReactNode }) {
  return (
    <fieldset className="ids-fieldset">
      <legend className="h4">{props.legend}</legend>
      {props.hint && <p className="form-hint">{props.hint}</p>}
      {props.children}
    </fieldset>
  );
}

/** A checkbox with its label (and an optional hint) beside it. */
export function Checkbox({
  label,
  hint,
  ...rest
}: Omit<InputHTMLAttributes<HTMLInputElement>, 'id' | 'type'> & { label: ReactNode; hint?: ReactNode }) {
  const id = useId();
  return (
    <div className="form-group-checkbox">
      <input
        id={id}
        type="checkbox"
        className="form-checkbox"
        aria-describedby={hint ? `${id}-hint` : undefined}
        {...rest}
      />
      <label htmlFor={id} className="form-label">
        {label}
      </label>
      {hint && (
        <span className="form-hint" id={`${id}-hint`}>
          {hint}
        </span>
      )}
    </div>
  );
}
