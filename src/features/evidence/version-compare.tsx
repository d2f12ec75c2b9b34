import { useId } from 'react';
import { formatDateTime } from '../../domain/readable-dates';
import type { EvidenceVersion } from '../../domain/records';
import { diffVersions } from '../../domain/version-diff';

interface Props {
  versions: readonly EvidenceVersion[];
  fromId: string;
  toId: string;
  fileNames: ReadonlyMap<string, string>;
  onChange: (fromId: string, toId: string) => void;
}

const optionLabel = (v: EvidenceVersion) => `Version ${v.version}, ${formatDateTime(v.savedAt)}, ${v.author.name}`;

/** Pick two versions and see what changed between them, field by field. */
export function VersionCompare({ versions, fromId, toId, fileNames, onChange }: Props) {
  const id = useId();
  const from = versions.find((v) => v.id === fromId);
  const to = versions.find((v) => v.id === toId);
  const changes = from && to ? diffVersions(from, to, (a) => fileNames.get(a)) : [];
  return (
    <section className="card" aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`}>Compare two versions</h2>
      <div className="cluster">
        <VersionSelect id={`${id}-from`} label="From" versions={versions} value={fromId} onChange={(v) => onChange(v, toId)} />
        <VersionSelect id={`${id}-to`} label="To" versions={versions} value={toId} onChange={(v) => onChange(fromId, v)} />
      </div>
      {from && to && changes.length === 0 ? <p>{from.id === to.id ? 'Choose two different versions to see what changed.' : 'Nothing changed between these two versions.'}</p> : null}
      {changes.length > 0 ? (
        <div className="table-wrap">
          <table className="version-diff">
            <caption>
              What changed from version {from?.version} to version {to?.version}
            </caption>
            <thead>
              <tr>
                <th scope="col">What</th>
                <th scope="col">Before</th>
                <th scope="col">After</th>
              </tr>
            </thead>
            <tbody>
              {changes.map((c, i) => (
                <tr key={`${c.field}-${i}`}>
                  <th scope="row">{c.field}</th>
                  <td className="version-details__text">{c.before || <span className="muted">{c.part === 'mappings' ? 'Not mapped' : 'Empty'}</span>}</td>
                  <td className="version-details__text">{c.after || <span className="muted">{c.part === 'mappings' ? 'Not mapped' : 'Empty'}</span>}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
    </section>
  );
}

function VersionSelect({ id, label, versions, value, onChange }: { id: string; label: string; versions: readonly EvidenceVersion[]; value: string; onChange: (id: string) => void }) {
  return (
    <div className="field">
      <label className="field__label" htmlFor={id}>
        {label}
      </label>
      <select id={id} value={value} onChange={(e) => onChange(e.target.value)}>
        {versions.map((v) => (
          <option key={v.id} value={v.id}>
            {optionLabel(v)}
          </option>
        ))}
      </select>
    </div>
  );
}
