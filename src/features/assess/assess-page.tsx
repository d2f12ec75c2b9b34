import { Link, useParams, useSearchParams } from 'react-router';
import { findUnit } from '../../catalogue';
import { useAttachmentMeta, useMe, usePortfolio, usePortfolioData } from '../../db';
import { signatureNote } from '../../ui/signature-note';
import type { RecordOf } from '../../domain/records';
import { currentAttachmentIds } from '../../domain/current-attachments';
import { PageHeader } from '../../ui/page-header';
import { UnitNotFound } from '../../ui/unit-not-found';
import { StatusBadge } from '../../ui/status-badge';
import { UnitGuidanceLists } from '../../ui/unit-guidance-lists';
import { usePortfolioId } from '../../ui/use-portfolio-id';
import { PointPanel } from './point-panel';
import { SignOffSection } from './sign-off-section';

import './assess.css';

/**
 * `/p/:portfolioId/assess/:unitId?point=…`: a unit point by point, the point kept in the URL so a reload
 * or the back button returns to it. Read-only for anyone but an assessor.
 */
export function AssessPage() {
  const portfolioId = usePortfolioId();
  const { unitId = '' } = useParams();
  const [search] = useSearchParams();
  const unit = findUnit(unitId);
  const portfolio = usePortfolio(portfolioId);
  const data = usePortfolioData(portfolioId);
  const attachments = useAttachmentMeta(portfolioId);
  const me = useMe(portfolio?.learnerName);

  if (!unit) return <UnitNotFound unitId={unitId} portfolioId={portfolioId} />;
  const title = `Assess unit ${unit.number}: ${unit.title}`;
  const uc = data?.coverage.units.find((u) => u.unit.id === unit.id);
  if (!data || !uc || !me || !attachments) {
    return (
      <>
        <PageHeader title={title} />
        <p role="status">Loading the portfolio…</p>
      </>
    );
  }

  const asked = search.get('point');
  const pc = uc.points.find((p) => p.point.id === asked) ?? uc.points.find((p) => !p.countsAsMet) ?? uc.points[0];
  const current = currentAttachmentIds(data.evidence, data.versions);
  const attachmentNames = new Map<string, string[]>();
  for (const a of attachments) if (current.has(a.id)) attachmentNames.set(a.evidenceId, [...(attachmentNames.get(a.evidenceId) ?? []), a.name]);
  const comments = data.records.filter((r): r is RecordOf<'comment'> => r.type === 'comment');
  const lockedHere = data.evidence.filter((e) => data.coverage.assessment.locked.get(e.id)?.unitId === unit.id);

  return (
    <>
      <nav className="breadcrumb" aria-label="Breadcrumb">
        {me.role === 'assessor' ? <Link to="/queue">Your queue</Link> : <Link to={`/p/${portfolioId}/units/${unit.id}`}>Unit {unit.number}</Link>}
      </nav>
      <PageHeader title={title} lead={portfolio ? `${portfolio.learnerName}’s portfolio` : undefined} />
      {me.role !== 'assessor' ? (
        <p className="notice">
          This device is set up for {me.name} as {me.role}: you can read the assessment here; only an assessor decides and signs.
        </p>
      ) : null}
      <p>{uc.ready ? 'The learner has marked this unit ready for assessment.' : 'The learner has not marked this unit ready for assessment.'}</p>
      <div className="with-guidance">
        <div className="with-guidance__main">
          <nav aria-label={`Marking points of unit ${unit.number}`} className="assess-points">
            <ol>
              {uc.points.map((p) => (
                <li key={p.point.id}>
                  <Link to={`?point=${p.point.id}`} aria-current={p === pc ? 'page' : undefined}>
                    {p.point.id}
                  </Link>{' '}
                  <StatusBadge status={p.status} note={signatureNote(p)} />
                </li>
              ))}
            </ol>
          </nav>
          {pc ? (
            <PointPanel
              key={pc.point.id}
              portfolioId={portfolioId}
              pc={pc}
              me={me}
              decisions={data.decisions}
              comments={comments}
              records={data.records}
              checks={data.checks}
              attachmentNames={attachmentNames}
              evidence={[...data.evidence].sort((a, b) => a.number - b.number)}
              mappings={data.mappings}
            />
          ) : null}
          <SignOffSection portfolioId={portfolioId} uc={uc} me={me} checks={data.checks} locked={lockedHere} />
        </div>
        <section className="with-guidance__side card unit-guidance" aria-labelledby="assess-guidance-title">
          <h2 id="assess-guidance-title">Guidance for unit {unit.number}</h2>
          <UnitGuidanceLists unit={unit} headingLevel={3} keyConcepts />
        </section>
      </div>
    </>
  );
}
