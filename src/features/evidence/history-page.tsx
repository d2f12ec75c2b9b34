import { useEffect, useRef, useState } from 'react';
import { Link, useParams, useSearchParams } from 'react-router';
import { useItemHistory } from '../../db/history';
import { PageHeader } from '../../ui/page-header';
import { usePortfolioId } from '../../ui/use-portfolio-id';
import { ConflictSection } from './conflict-section';
import { ItemNotFound } from './item-not-found';
import { savedBy, VersionDetails } from './version-details';
import { VersionCompare } from './version-compare';

/**
 * Every saved version of an item (`/evidence/:evidenceId/history`): when and by whom, any one viewed
 * read-only, two compared, and any conflict a merge left shown with both sides. The versions viewed and
 * compared are kept in the address, so a link or a reload opens the same view.
 */
export function EvidenceHistoryPage() {
  const portfolioId = usePortfolioId();
  const { evidenceId = '' } = useParams();
  const history = useItemHistory(evidenceId);
  const [params, setParams] = useSearchParams();
  const [flash, setFlash] = useState<string | null>(null);
  const flashRef = useRef<HTMLParagraphElement>(null);
  // Keeping a version removes the button that was pressed; focus goes to what happened instead of being lost.
  useEffect(() => {
    if (flash) flashRef.current?.focus();
  }, [flash]);
  const listPath = `/p/${portfolioId}/evidence`;

  if (history === undefined) return <p role="status">Loading the history…</p>;
  if (history === null || history.item.portfolioId !== portfolioId) {
    return <ItemNotFound listPath={listPath} />;
  }
  const { item, versions, conflicts, fileNames } = history;
  const byId = (id: string | null) => versions.find((v) => v.id === id);
  const current = byId(item.versionId) ?? versions[versions.length - 1];
  const viewed = byId(params.get('view'));
  const to = byId(params.get('to')) ?? current;
  // By default, what the current version changed from the one before it.
  const from = byId(params.get('from')) ?? versions[Math.max(0, versions.findIndex((v) => v.id === to?.id) - 1)];
  const update = (changes: Record<string, string | null>) => {
    const next = new URLSearchParams(params);
    for (const [k, v] of Object.entries(changes)) if (v === null) next.delete(k); else next.set(k, v);
    setParams(next, { replace: true });
  };

  return (
    <>
      <p className="back-link">
        <Link to={`/p/${portfolioId}/evidence/${item.id}`}>Back to {item.ref}</Link>
      </p>
      <PageHeader title={`History of ${item.ref}`} lead={item.title} />
      {flash ? (
        <p className="notice notice--ok" role="status" tabIndex={-1} ref={flashRef}>
          {flash}
        </p>
      ) : null}
      {conflicts.length > 0 ? <ConflictSection evidenceId={item.id} conflicts={conflicts} fileNames={fileNames} onKept={setFlash} /> : null}
      <section className="card" aria-labelledby="versions-heading">
        <h2 id="versions-heading">Saved versions</h2>
        <p>
          Every save of this item is kept, oldest first. {versions.length === 1 ? 'It has one version.' : `It has ${versions.length} versions.`}
        </p>
        <ol className="version-list">
          {versions.map((v) => (
            <li key={v.id}>
              {savedBy(v)}
              {v.id === item.versionId ? <strong> (current)</strong> : null}{' '}
              <button type="button" className="link-button" aria-expanded={viewed?.id === v.id} onClick={() => update({ view: viewed?.id === v.id ? null : v.id })}>
                View version {v.version}
              </button>
            </li>
          ))}
        </ol>
      </section>
      {viewed ? (
        <section className="card" aria-label={`Version ${viewed.version}, read-only`}>
          <VersionDetails version={viewed} fileNames={fileNames} headingLevel={2} />
        </section>
      ) : null}
      {versions.length > 1 && from && to ? (
        <VersionCompare versions={versions} fromId={from.id} toId={to.id} fileNames={fileNames} onChange={(f, t) => update({ from: f, to: t })} />
      ) : null}
    </>
  );
}
