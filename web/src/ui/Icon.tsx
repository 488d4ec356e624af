/** An icon from Det Fælles Designsystem; decorative (the text beside it carries the meaning). */
import icons from 'virtual:dkfds-icons?ids=check,success,error,warning,info,help,hourglass,edit,delete,plus,close,arrow-back,refresh,person,language,calendar-month,flag';

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
  const icon = icons[name === 'done' ? 'check' : name];
  return (
    <svg className="icon-svg" viewBox={icon.viewBox} aria-hidden="true" focusable="false">
      {icon.paths.map((d, n) => (
        <path key={n} d={d} />
      ))}
    </svg>
  );
}
