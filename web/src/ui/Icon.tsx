/** An icon from Det Fælles Designsystem's sprite; decorative (the text beside it carries the meaning). */
import sprite from '@dkfds/img/all-svg-icons.svg?url';

export type IconName =
  | 'check'
  | 'success'
  | 'error'
  | 'warning'
  | 'info'
  | 'help'
  | 'hourglass'
  | 'edit'
  | 'delete'
  | 'plus'
  | 'close'
  | 'arrow-back'
  | 'refresh'
  | 'person'
  | 'language'
  | 'calendar-month'
  | 'flag'
  | 'done';

export function Icon({ name }: { name: IconName }) {
  const id = name === 'done' ? 'check' : name;
  return (
    <svg className="icon-svg" aria-hidden="true" focusable="false">
      <use href={`${sprite}#${id}`} />
    </svg>
  );
}
