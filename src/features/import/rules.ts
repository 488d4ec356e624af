/** The domain's rules applied to a whole plan document, each issue named by its path in the document. */
import { activityRules } from '../../domain/rules/activity';
import { fundingRules } from '../../domain/rules/funding';
import type { RuleIssue } from '../../domain/rules/issue';
import { initiativeRules, planRules } from '../../domain/rules/plan';
import { initiativeTextRules, textTokenIssues } from '../../domain/rules/text';
import { targetRules } from '../../domain/rules/target';
import type { PlanDocument } from '../../schemas/plan-document';

const under = (prefix: string, issues: RuleIssue[]): RuleIssue[] =>
  issues.map((i) => ({ ...i, field: `${prefix}.${i.field}` }));

/** Every rule the document breaks: the same rules, with the same messages, as the API applies record by record. */
export function documentIssues(doc: PlanDocument): RuleIssue[] {
  const out = under('plan', planRules(doc.plan));
  doc.initiatives.forEach((init, n) => {
    const at = `initiatives.${n}`;
    // Every initiative of a document belongs to its plan.
    out.push(...under(at, initiativeRules({ kind: init.kind, planId: 0 })));
    out.push(...under(at, initiativeTextRules(init, init.targets.length)));
    init.targets.forEach((t, k) => out.push(...under(`${at}.targets.${k}`, targetRules(t))));
    init.funding.forEach((f, k) => out.push(...under(`${at}.funding.${k}`, fundingRules(f))));
    init.activities.forEach((a, k) =>
      out.push(
        ...under(
          `${at}.activities.${k}`,
          activityRules({ ...a, dateTo: a.dateTo ?? a.dateFrom, reachGroups: Object.keys(a.reach) }),
        ),
      ),
    );
  });
  // A status text's tokens refer to the targets of the recommendation it is written for.
  doc.rounds.forEach((r, n) =>
    r.updates.forEach((u, k) => {
      const init = doc.initiatives.find((i) => i.kind === 'recommendation' && i.number === u.initiative);
      out.push(
        ...textTokenIssues(`rounds.${n}.updates.${k}.text`, u.text, init ? init.targets.length : null),
      );
    }),
  );
  return out;
}
