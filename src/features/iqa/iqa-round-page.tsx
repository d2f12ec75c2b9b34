import { useMemo, useRef, useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { catalogue } from '../../catalogue';
import { deleteRound, exportIqaFile, saveRound, useRound } from '../../db/iqa';
import type { SampleCandidate } from '../../domain/iqa/candidates';
import { samplingStageLabels } from '../../domain/iqa/outcomes';
import type { IqaRound, RoundPortfolio } from '../../domain/iqa/round';
import { assessorReports, latestIqaOutcomes, sampleLineViews } from '../../domain/iqa/report';
import { addLine, lineKey, planCoverage, proposeSample, removeLine } from '../../domain/iqa/sample';
import { sampleCandidates } from '../../domain/iqa/candidates';
import type { SamplingPlan } from '../../domain/iqa/plan';
import { formatDateTime } from '../../domain/readable-dates';
import { clock } from '../../platform/clock';
import { assessmentMethodLabels } from '../../domain/schemas';
import { ConfirmDialog } from '../../ui/confirm-dialog';
import { saveBytesOnce } from '../../ui/download';
import { PageHeader } from '../../ui/page-header';
import { SiteHeader } from '../../ui/site-header';
import { TutorNav } from '../../ui/tutor-nav';
import { OutcomeNotices, useOutcome } from '../../ui/use-outcome';
import { AddLineForm } from './add-line-form';
import { makeIqaPdf } from './iqa-pdf';
import { iqaPdfInput } from './iqa-pdf-input';
import { CoverageSection } from './coverage-section';
import { ReportSection } from './report-section';
import { SampleLineItem } from './sample-line-item';
import { PlanForm } from './plan-form';
import { allAssessors, useSamplingData } from './use-sampling-data';
import './iqa.css';

/** `/iqa/:roundId`: one sampling round: its plan, the sample and why, outcomes, coverage and report. */
export function IqaRoundPage() {
  const { roundId = '' } = useParams();
  const round = useRound(roundId);
  return (
    <>
      <SiteHeader nav={<TutorNav />}>
        <span className="shell__who">
          <Link to="/iqa">All sampling rounds</Link>
        </span>
      </SiteHeader>
      <main id="main" tabIndex={-1}>
        {round === undefined ? (
          <p role="status">Loading the round…</p>
        ) : round === null ? (
          <>
            <PageHeader title="Sampling round not found" />
            <p>
              This sampling round is not on this device: it may have been deleted. <Link to="/iqa">See the sampling rounds</Link>.
            </p>
          </>
        ) : (
          <RoundView round={round} />
        )}
      </main>
    </>
  );
}

function RoundView({ round }: { round: IqaRound }) {
  const data = useSamplingData(round.plan.stage);
  const navigate = useNavigate();
  const action = useOutcome();
  const [confirmDelete, setConfirmDelete] = useState(false);
  const fileStem = `iqa-${round.createdAt.slice(0, 10)}`;

  const derived = useMemo(() => {
    if (!data) return undefined;
    const views = sampleLineViews(round, data.portfolios);
    const outcomes = latestIqaOutcomes(
      data.portfolios.flatMap((p) => p.records),
      round.id,
    );
    const names = new Map(data.candidates.map((c) => [c.assessorId, c.decision.assessor.name]));
    for (const v of views) if (v.decision) names.set(v.line.assessorId, v.decision.assessor.name);
    return {
      views,
      names,
      coverage: planCoverage(round.plan, round.lines, data.candidates),
      reports: assessorReports(round.plan, round.lines, data.candidates, outcomes),
    };
  }, [data, round]);

  const change = (lines: IqaRound['lines'], done: string, added: RoundPortfolio[] = []) =>
    action.run(async () => {
      await saveRound({ ...round, lines }, added);
      return done;
    }, 'The round could not be saved.');

  const sampleHeading = useRef<HTMLHeadingElement>(null);
  const remove = (line: IqaRound['lines'][number], learnerName: string) =>
    void change(removeLine(round.lines, line), `${line.markingPointId} of ${learnerName} is removed from the sample.`).then((saved) => {
      // The button pressed has gone with its line: focus goes to the sample's heading, not to the page's top.
      if (saved) sampleHeading.current?.focus();
    });

  /** A changed plan draws again; lines the IQA added or already judged stay in the sample. */
  const proposeAgain = async (next: SamplingPlan) => {
    if (!data) return;
    const candidates = sampleCandidates(data.portfolios, catalogue, next.stage);
    const outcomes = latestIqaOutcomes(
      data.portfolios.flatMap((p) => p.records),
      round.id,
    );
    const judged = new Set([...outcomes.values()].map((o) => lineKey(o)));
    const kept = round.lines.filter((l) => l.addedBy === 'iqa' || judged.has(lineKey(l)));
    const drawn = proposeSample(next, candidates, catalogue);
    const lines = [...drawn, ...kept.filter((k) => !drawn.some((d) => lineKey(d) === lineKey(k)))];
    const added = candidates.map((c) => ({ portfolioId: c.portfolioId, learnerName: c.learnerName, learnerNumber: c.learnerNumber }));
    await action.run(async () => {
      await saveRound({ ...round, name: next.name, plan: next, lines }, added);
      return `The sample is drawn again from the changed plan: ${lines.length} ${lines.length === 1 ? 'decision' : 'decisions'}.`;
    }, 'The round could not be saved.');
  };

  const add = async (c: SampleCandidate) => {
    await change(addLine(round.lines, c), `${c.decision.markingPointId} of ${c.learnerName} is added to the sample.`, [
      { portfolioId: c.portfolioId, learnerName: c.learnerName, learnerNumber: c.learnerNumber },
    ]);
  };

  const exportFile = () =>
    action.run(async () => {
      const { bytes, fileName } = await exportIqaFile(round.id);
      saveBytesOnce(bytes, fileName, 'application/json');
      return `The IQA file ${fileName} is saved to your downloads. Send it to the assessors.`;
    }, 'The IQA file could not be made.');

  const [making, setMaking] = useState(false);
  const downloadPdf = async () => {
    if (!derived) return;
    setMaking(true);
    await action.run(async () => {
      const input = iqaPdfInput({ round, views: derived.views, reports: derived.reports, coverage: derived.coverage, assessorNames: derived.names, catalogue, now: clock.now() });
      const fileName = `${fileStem}-sampling-record.pdf`;
      saveBytesOnce(await makeIqaPdf(input), fileName, 'application/pdf');
      return `The sampling record ${fileName} is saved to your downloads.`;
    }, 'The sampling record PDF could not be made.');
    setMaking(false);
  };

  const plan = round.plan;
  return (
    <>
      <PageHeader title={round.name} lead={`${samplingStageLabels[plan.stage]} · drawn by ${round.by.name}, ${formatDateTime(round.createdAt)}`} />
      <OutcomeNotices done={action.done} failure={action.failure} />
      <section className="card" aria-labelledby="plan-title">
        <h2 id="plan-title">The plan</h2>
        <dl className="facts">
          <dt>Share of each assessor’s decisions</dt>
          <dd>{plan.share} %</dd>
          <dt>Share for new assessors</dt>
          <dd>{plan.newAssessorShare} %</dd>
          <dt>New assessors</dt>
          <dd>{plan.newAssessors.length === 0 ? 'None' : plan.newAssessors.map((id) => derived?.names.get(id) ?? id).join(', ')}</dd>
          <dt>Units to cover</dt>
          <dd>{plan.units.length === 0 ? 'None named' : plan.units.map((u) => `unit ${catalogue.units.find((x) => x.id === u)?.number ?? u}`).join(', ')}</dd>
          <dt>Methods to cover</dt>
          <dd>{plan.methods.length === 0 ? 'None named' : plan.methods.map((m) => assessmentMethodLabels[m]).join(', ')}</dd>
          <dt>Extra weight for units with many not-yet-met decisions</dt>
          <dd>×{plan.notYetMetWeight}</dd>
          <dt>Seed</dt>
          <dd>{plan.seed}</dd>
        </dl>
        {data ? (
          <details>
            <summary>Change the plan and propose again</summary>
            <p>Decisions you added by hand or have already recorded an outcome on stay in the sample.</p>
            <PlanForm key={round.updatedAt} defaults={plan} assessors={allAssessors(data.portfolios)} submitLabel="Propose again" onSubmit={proposeAgain} />
          </details>
        ) : null}
      </section>
      {derived === undefined ? (
        <p role="status">Reading the learners’ portfolios…</p>
      ) : (
        <>
          <CoverageSection coverage={derived.coverage} />
          <section className="card" aria-labelledby="sample-title">
            <h2 id="sample-title" tabIndex={-1} ref={sampleHeading}>
              The sample ({round.lines.length} {round.lines.length === 1 ? 'decision' : 'decisions'})
            </h2>
            {derived.views.length === 0 ? (
              <p>No decision is in the sample. Add one below.</p>
            ) : (
              <ol className="sample-lines">
                {derived.views.map((v) => (
                  <SampleLineItem
                    key={lineKey(v.line)}
                    roundId={round.id}
                    view={v}
                    assessorName={derived.names.get(v.line.assessorId) ?? v.line.assessorId}
                    onRemove={() => remove(v.line, v.learnerName)}
                  />
                ))}
              </ol>
            )}
            <h3>Add a decision to the sample</h3>
            <AddLineForm candidates={data?.candidates ?? []} lines={round.lines} onAdd={add} />
          </section>
          <ReportSection reports={derived.reports} fileStem={fileStem} />
        </>
      )}
      <section className="card" aria-labelledby="share-title">
        <h2 id="share-title">Send and keep the record</h2>
        <p>
          The IQA file carries this round and your signed outcomes: each assessor imports it on their queue page to see what to action. The PDF is the sampling
          record to keep: the plan, every sampled decision and why, your outcomes, the report and the signers.
        </p>
        <div className="cluster">
          <button type="button" className="button" onClick={() => void exportFile()}>
            Export the IQA file
          </button>
          <button type="button" className="button button--secondary" disabled={making || !derived} onClick={() => void downloadPdf()}>
            {making ? 'Making the PDF…' : 'Download the IQA PDF'}
          </button>
          <button type="button" className="button button--danger" onClick={() => setConfirmDelete(true)}>
            Delete this round
          </button>
        </div>
      </section>
      <ConfirmDialog
        open={confirmDelete}
        title={`Delete “${round.name}”?`}
        confirmLabel="Delete the round"
        danger
        onCancel={() => setConfirmDelete(false)}
        onConfirm={() => {
          setConfirmDelete(false);
          void deleteRound(round.id).then(() => navigate('/iqa'));
        }}
      >
        <p>The plan and the sample go from this device. Outcomes you recorded stay in the learners’ portfolios.</p>
      </ConfirmDialog>
    </>
  );
}
