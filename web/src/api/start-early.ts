/** Imported first by the entry (main.tsx): the first page's requests leave before the rest of the app is evaluated. */
import { startEarlyRequests } from './early';

startEarlyRequests();
