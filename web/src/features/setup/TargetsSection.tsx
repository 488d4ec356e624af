/** An initiative's targets on its set-up page: each with today's figure and a link to its form; add a target. */
import { fillSentence } from '../../../../src/domain/format';
import { useT } from '../../i18n/useT';
import { todayIso } from '../../lib/dates';
import { ButtonLink } from '../../ui/Button';
import { Card } from '../../ui/Card';
import { Loading } from '../../ui/Loading';
import { may } from '../auth/permissions';
import { useTargets } from '../initiatives/api';
import { usePlanProgress } from '../plans/api';
import { TargetFigure } from '../plans/TargetFigure';
import { metricFields } from './model';
import { targetPath } from './paths';
import type { SetupContext } from './SetupFrame';

export function TargetsSection({ ctx }: { ctx: SetupContext }) {
  const t = useT();
  const { slug, initiative, me, scope } = ctx;
  const targets = useTargets(initiative.id);
  const progress = usePlanProgress(slug, todayIso());
  const figures = progress.data?.initiatives.find((i) => i.id === initiative.id)?.targets ?? [];
  const write = may(me, 'target:write', scope);
  const measure = may(me, 'measurement:write', scope);
  return (
    <section aria-labelledby="setup-targets" className="ids-setup-section">
      <h2 id="setup-targets">{t('initiative.targets')}</h2>
      <p>{t('setup.target.sectionLead')}</p>
      {targets.isPending && <Loading label={t('state.loading')} />}
      {targets.data?.length === 0 && <p>{t('setup.target.none')}</p>}
      <ul className="ids-card-list">
        {targets.data?.map((target) => {
          const figure = figures.find((f) => f.id === target.id);
          const sentence = fillSentence(target.sentence, target.value);
          const hand = metricFields(target.metricKind).measurements;
          return (
            <Card as="li" key={target.id}>
              {figure ? (
                <TargetFigure target={figure} headingLevel={3} />
              ) : (
                <h3 className="h5">{sentence}</h3>
              )}
              <p className="ids-muted">
                {t('setup.target.kindLine', { kind: t(`setup.metric.${target.metricKind}.name`) })}
              </p>
              {(write || (measure && hand)) && (
                <ButtonLink
                  to={targetPath(slug, initiative, target.id)}
                  icon="edit"
                  context={sentence || t(`setup.metric.${target.metricKind}.name`)}
                >
                  {write ? t('setup.target.edit') : t('setup.measurement.open')}
                </ButtonLink>
              )}
            </Card>
          );
        })}
      </ul>
      {write && (
        <ButtonLink to={targetPath(slug, initiative, 'ny')} icon="plus" variant="primary">
          {t('setup.target.add')}
        </ButtonLink>
      )}
    </section>
  );
}
