/**
 * A person's (or an API token's) role assignments: each role with its scope — a coordinator a plan, an owner or a
 * contributor an initiative, an administrator or a reader everything — removed one by one, added one at a time.
 */
import { useState } from 'react';
import type { z } from 'zod';
import { ROLE_SCOPE, ROLES, type Role } from '../../../../src/domain/roles';
import type { RoleInput } from '../../../../src/schemas/users';
import type { Initiative, Plan } from '../../api/types';
import { useT } from '../../i18n/useT';
import { Button } from '../../ui/Button';
import { FieldGroup, SelectField } from '../../ui/Field';
import { useInitiatives } from '../initiatives/api';
import { usePlans } from '../plans/api';
import { initiativeLabel } from '../rounds/Board';

export type Assignment = z.infer<typeof RoleInput>;

/** Names of the plans and initiatives an assignment can name, and the words for one assignment. */
export function useRoleWords() {
  const t = useT();
  const plans = usePlans().data ?? [];
  const initiatives = useInitiatives().data ?? [];
  const planTitle = (id: number | null) => plans.find((p) => p.id === id)?.title ?? `#${id}`;
  const initiativeName = (i: Initiative) =>
    t('admin.roles.initiativeIn', {
      initiative: initiativeLabel({ initiativeNumber: i.number, initiativeTitle: i.title }),
      plan: planTitle(i.planId),
    });
  const describe = (a: Assignment): string => {
    const role = t(`admin.role.${a.role}`);
    if (a.planId !== null) return t('admin.roles.scoped', { role, scope: planTitle(a.planId) });
    if (a.initiativeId !== null) {
      const i = initiatives.find((x) => x.id === a.initiativeId);
      return t('admin.roles.scoped', { role, scope: i ? initiativeName(i) : `#${a.initiativeId}` });
    }
    return t('admin.roles.global', { role });
  };
  return { plans, initiatives, initiativeName, describe };
}

const sortPlans = (plans: Plan[]) => [...plans].sort((a, b) => a.title.localeCompare(b.title, 'da'));

export function RoleEditor(props: {
  value: Assignment[];
  onChange: (roles: Assignment[]) => void;
  /** Errors by path ("roles", "roles.0"), from the check or the server. */
  errors: Record<string, string>;
  legend?: string;
}) {
  const t = useT();
  const words = useRoleWords();
  const [role, setRole] = useState<Role | ''>('');
  const [scope, setScope] = useState('');
  const [missing, setMissing] = useState(false);
  const kind = role === '' ? null : ROLE_SCOPE[role];
  const add = () => {
    if (role === '' || (kind !== 'global' && scope === '')) {
      setMissing(true);
      return;
    }
    const id = scope === '' ? null : Number(scope);
    const next: Assignment = {
      role,
      planId: kind === 'plan' ? id : null,
      initiativeId: kind === 'initiative' ? id : null,
    };
    const same = (a: Assignment) =>
      a.role === next.role && a.planId === next.planId && a.initiativeId === next.initiativeId;
    if (!props.value.some(same)) props.onChange([...props.value, next]);
    setRole('');
    setScope('');
    setMissing(false);
  };
  const scopeOptions =
    kind === 'plan'
      ? sortPlans(words.plans).map((p) => ({ value: String(p.id), label: p.title }))
      : kind === 'initiative'
        ? [...words.initiatives]
            .sort((a, b) => (a.planId ?? 0) - (b.planId ?? 0) || (a.number ?? 999) - (b.number ?? 999))
            .map((i) => ({ value: String(i.id), label: words.initiativeName(i) }))
        : [];
  return (
    <FieldGroup legend={props.legend ?? t('admin.roles.legend')} hint={t('admin.roles.hint')}>
      {props.errors.roles && <p className="form-error-message">{props.errors.roles}</p>}
      {props.value.length === 0 ? (
        <p>{t('admin.roles.none')}</p>
      ) : (
        <ul className="ids-role-list">
          {props.value.map((a, n) => (
            <li key={`${a.role}-${a.planId}-${a.initiativeId}`}>
              <span>{words.describe(a)}</span>
              {props.errors[`roles.${n}`] && (
                <span className="form-error-message">{props.errors[`roles.${n}`]}</span>
              )}
              <Button
                variant="tertiary"
                icon="close"
                onClick={() => props.onChange(props.value.filter((_, m) => m !== n))}
              >
                {t('admin.roles.remove')}
                <span className="sr-only">: {words.describe(a)}</span>
              </Button>
            </li>
          ))}
        </ul>
      )}
      <SelectField
        label={t('admin.roles.role')}
        value={role}
        error={missing && role === '' ? t('admin.roles.chooseRoleMissing') : undefined}
        onChange={(e) => {
          setRole(e.target.value as Role | '');
          setScope('');
        }}
        options={[
          { value: '', label: t('admin.roles.chooseRole') },
          ...ROLES.map((r) => ({ value: r, label: t(`admin.role.${r}`) })),
        ]}
      />
      {kind === 'plan' || kind === 'initiative' ? (
        <SelectField
          label={t(kind === 'plan' ? 'admin.roles.plan' : 'admin.roles.initiative')}
          value={scope}
          error={missing && scope === '' ? t(`admin.validation.${kind}`) : undefined}
          onChange={(e) => setScope(e.target.value)}
          options={[{ value: '', label: t('admin.roles.chooseScope') }, ...scopeOptions]}
        />
      ) : null}
      <div className="ids-role-editor-add">
        <Button variant="secondary" icon="plus" onClick={add}>
          {t('admin.roles.add')}
        </Button>
      </div>
    </FieldGroup>
  );
}
