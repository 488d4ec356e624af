/**
 * An initiative's set-up: its fields, its targets (each with a guided form), its funding with the "Midler afsat"
 * sentence as the memo prints it, its expenditure and its assessment. Each part is offered to those who may change
 * it; the server refuses the rest anyway.
 */
import { useNavigate } from 'react-router';
import { initiativeRules } from '../../../../src/domain/rules/plan';
import { InitiativeInput } from '../../../../src/schemas/initiatives';
import type { Initiative } from '../../api/types';
import { useT } from '../../i18n/useT';
import { useDraft } from '../../lib/useDraft';
import { Alert } from '../../ui/Alert';
import { may } from '../auth/permissions';
import { useInitiatives } from '../initiatives/api';
import { initiativeName } from '../plans/InitiativeCard';
import { initiativePath } from '../plans/paths';
import { useUpdate } from './api';
import { AssessmentSection } from './AssessmentSection';
import { ExpenditureSection } from './ExpenditureSection';
import { Flash } from './Flash';
import { FundingSection } from './FundingSection';
import { InitiativeFields } from './InitiativeFields';
import { initiativeValuesOf, toInitiativeInput } from './model';
import { SetupForm, useChecked } from './SetupForm';
import { reloadKeeping } from './record-form';
import { SetupFrame, type SetupContext } from './SetupFrame';
import { TargetsSection } from './TargetsSection';
import { useFollow } from './useFollow';

function EditInitiative({ ctx }: { ctx: SetupContext }) {
  const t = useT();
  const navigate = useNavigate();
  const { initiative, plan } = ctx;
  const [values, setValues, clear, restored] = useDraft(`initiative-edit-${initiative.id}`, () =>
    initiativeValuesOf(initiative),
  );
  const update = useUpdate<Initiative>('initiatives', initiative.id);
  useFollow(initiative, initiativeValuesOf, values, setValues);
  const checked = useChecked(InitiativeInput, initiativeRules);
  const list = useInitiatives(plan.id);
  return (
    <SetupForm
      problem={checked.invalid ?? update.error}
      restored={restored}
      busy={update.isPending}
      saveLabel={t('setup.saveChanges')}
      onCancel={() => {
        clear();
        setValues(initiativeValuesOf(initiative));
      }}
      onReload={reloadKeeping(() => list.refetch(), setValues, update)}
      onSubmit={() => {
        const body = toInitiativeInput(plan.id, values, initiative.partnerIds);
        if (!checked.check(body)) return;
        update.mutate(
          { ...body, version: values.version ?? initiative.version },
          {
            onSuccess: (i) => {
              clear();
              setValues(initiativeValuesOf(i));
              // The number may have changed, and with it the address.
              void navigate(`${initiativePath(ctx.slug, i)}/opsaetning`, {
                replace: true,
                state: { flash: t('setup.initiative.saved', { title: i.title }) },
              });
            },
          },
        );
      }}
    >
      {(errors) => <InitiativeFields values={values} onChange={setValues} errors={errors} />}
    </SetupForm>
  );
}

function Sections({ ctx }: { ctx: SetupContext }) {
  const t = useT();
  const { me, scope } = ctx;
  const offered = {
    initiative: may(me, 'initiative:write', scope),
    targets: may(me, 'target:write', scope) || may(me, 'measurement:write', scope),
    funding: may(me, 'funding:write', scope),
    assessment: may(me, 'assessment:write', scope),
  };
  if (!Object.values(offered).some(Boolean)) return <Alert kind="info" heading={t('setup.refused')} />;
  // A long page on a phone: where each part is, first.
  const parts = [
    offered.initiative && ['setup-fields', t('setup.initiative.fieldsHeading')],
    offered.targets && ['setup-targets', t('initiative.targets')],
    offered.funding && ['setup-funding', t('initiative.funding')],
    offered.funding && ['setup-expenditure', t('setup.expenditure.heading')],
    offered.assessment && ['setup-assessment', t('setup.assessment.heading')],
  ].filter((p): p is [string, string] => p !== false);
  return (
    <>
      <Flash />
      <nav aria-label={t('setup.onThisPage')}>
        <ul className="ids-setup-toc">
          {parts.map(([id, label]) => (
            <li key={id}>
              <a href={`#${id}`}>{label}</a>
            </li>
          ))}
        </ul>
      </nav>
      {offered.initiative && (
        <section aria-labelledby="setup-fields" className="ids-setup-section">
          <h2 id="setup-fields">{t('setup.initiative.fieldsHeading')}</h2>
          <EditInitiative ctx={ctx} />
        </section>
      )}
      {offered.targets && <TargetsSection ctx={ctx} />}
      {offered.funding && <FundingSection ctx={ctx} />}
      {offered.funding && <ExpenditureSection ctx={ctx} />}
      {offered.assessment && <AssessmentSection ctx={ctx} />}
    </>
  );
}

export function InitiativeSetupPage() {
  const t = useT();
  return (
    <SetupFrame title={(i) => t('setup.initiative.setupTitle', { name: initiativeName(i) })} top>
      {(ctx) => <Sections key={ctx.initiative.id} ctx={ctx} />}
    </SetupFrame>
  );
}
