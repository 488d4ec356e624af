/**
 * A multi-select with type-ahead (WAI-ARIA combobox pattern): type to filter, arrow keys to move, Enter to add;
 * the chosen items are listed below with a button each to remove them. With `create`, a typed name that matches no
 * option is offered to be created instead, which hands the name on (to a form that creates the item).
 */
import { useId, useMemo, useState, type KeyboardEvent, type ReactNode, type Ref } from 'react';
import { Icon } from './Icon';

export interface ComboOption {
  id: number;
  label: string;
  detail?: string;
}

interface Props {
  label: ReactNode;
  hint?: ReactNode;
  error?: string;
  options: ComboOption[];
  selected: number[];
  onChange: (ids: number[]) => void;
  /** "Fjern Husum Skole": the remove button's accessible name. */
  removeLabel: (label: string) => string;
  noMatches: string;
  selectedLabel: ReactNode;
  /** Offer to create an item of the typed name: the option's text, and what choosing it does. */
  create?: { label: (name: string) => string; onCreate: (name: string) => void };
  /** The text field itself, e.g. to give it focus again. */
  inputRef?: Ref<HTMLInputElement>;
}

/** A name as names are compared: case and surrounding spaces do not count (as the API compares them). */
const folded = (s: string) => s.trim().toLocaleLowerCase('da');

export function MultiCombobox(p: Props) {
  const id = useId();
  const [text, setText] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const matches = useMemo(() => {
    const q = text.trim().toLowerCase();
    return p.options
      .filter((o) => !p.selected.includes(o.id))
      .filter((o) => q === '' || o.label.toLowerCase().includes(q))
      .slice(0, 8);
  }, [text, p.options, p.selected]);
  const chosen = p.selected.map((s) => p.options.find((o) => o.id === s)).filter((o) => o !== undefined);
  const name = text.trim();
  // Offered only where nothing matches (a person who sees matches most likely means one of them), for a name no
  // option has (a chosen one included).
  const offerCreate =
    !!p.create &&
    name !== '' &&
    matches.length === 0 &&
    !p.options.some((o) => folded(o.label) === folded(name));
  const count = matches.length + (offerCreate ? 1 : 0);
  const creating = offerCreate && active === matches.length;

  const add = (o: ComboOption) => {
    p.onChange([...p.selected, o.id]);
    setText('');
    setActive(0);
  };
  const create = () => {
    p.create?.onCreate(name);
    setText('');
    setActive(0);
    setOpen(false);
  };
  const onKey = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'ArrowDown') {
      e.preventDefault();
      setOpen(true);
      setActive((a) => Math.min(a + 1, count - 1));
    } else if (e.key === 'ArrowUp') {
      e.preventDefault();
      setActive((a) => Math.max(a - 1, 0));
    } else if (e.key === 'Enter' && open && creating) {
      e.preventDefault();
      create();
    } else if (e.key === 'Enter' && open && matches[active]) {
      e.preventDefault();
      add(matches[active]);
    } else if (e.key === 'Escape') {
      setOpen(false);
    }
  };
  const listId = `${id}-list`;
  const showList = open && text.trim() !== '';
  return (
    <div className={`form-group ids-combo${p.error ? ' form-error' : ''}`}>
      <label className="form-label" htmlFor={id}>
        {p.label}
      </label>
      {p.hint && (
        <span className="form-hint" id={`${id}-hint`}>
          {p.hint}
        </span>
      )}
      {p.error && <span className="form-error-message">{p.error}</span>}
      <input
        ref={p.inputRef}
        id={id}
        className="form-input"
        role="combobox"
        aria-autocomplete="list"
        aria-expanded={showList}
        aria-controls={listId}
        aria-describedby={p.hint ? `${id}-hint` : undefined}
        aria-activedescendant={
          !showList
            ? undefined
            : creating
              ? `${id}-create`
              : matches[active]
                ? `${id}-opt-${matches[active].id}`
                : undefined
        }
        autoComplete="off"
        value={text}
        onChange={(e) => {
          setText(e.target.value);
          setOpen(true);
          setActive(0);
        }}
        onKeyDown={onKey}
        onBlur={() => setOpen(false)}
      />
      <ul id={listId} role="listbox" className="ids-combo-list" hidden={!showList}>
        {matches.length === 0 && !offerCreate && <li className="ids-combo-empty">{p.noMatches}</li>}
        {matches.map((o, n) => (
          <li
            key={o.id}
            id={`${id}-opt-${o.id}`}
            role="option"
            aria-selected={n === active}
            className={n === active ? 'ids-combo-active' : undefined}
            onMouseDown={(e) => {
              e.preventDefault();
              add(o);
            }}
          >
            {o.label}
            {o.detail && <span className="ids-muted"> · {o.detail}</span>}
          </li>
        ))}
        {offerCreate && p.create && (
          <li
            id={`${id}-create`}
            role="option"
            aria-selected={creating}
            className={`ids-combo-create${creating ? ' ids-combo-active' : ''}`}
            onMouseDown={(e) => {
              e.preventDefault();
              create();
            }}
          >
            <Icon name="plus" />
            {p.create.label(name)}
          </li>
        )}
      </ul>
      {chosen.length > 0 && (
        <div className="ids-chosen">
          <p className="ids-chosen-label">{p.selectedLabel}</p>
          <ul>
            {chosen.map((o) => (
              <li key={o.id} className="ids-chip">
                <span>{o.label}</span>
                <button
                  type="button"
                  className="ids-chip-remove"
                  aria-label={p.removeLabel(o.label)}
                  onClick={() => p.onChange(p.selected.filter((s) => s !== o.id))}
                >
                  <Icon name="close" />
                </button>
              </li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}
