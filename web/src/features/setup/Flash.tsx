/** The message a set-up page was sent with after a save ("Målet er gemt."), announced politely. */
import { useLocation } from 'react-router';
import { Alert } from '../../ui/Alert';

export function Flash() {
  const flash = (useLocation().state as { flash?: string } | null)?.flash;
  return flash ? <Alert kind="success" heading={flash} live /> : null;
}
