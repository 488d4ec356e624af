/** The "Midler afsat" line exactly as the memo prints it: the domain's sentence, the plan's own title unsaid. */
import { formatFundingSentence } from '../../../../src/domain/format';
import type { Funding } from '../../../../src/domain/types';

/** "0,5 mio. kr. årligt i 2019-20 og 0,2 mio. kr. i alt i 2019 (Satspulje)." or "" without funding. */
export function memoFundingSentence(rows: Funding[], planTitle: string): string {
  return formatFundingSentence(rows, { includeSource: true, impliedSource: planTitle });
}
