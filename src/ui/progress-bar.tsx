/** A labelled progress bar; `value` undefined shows an indeterminate bar. */
export function ProgressBar({ label, value, max = 100 }: { label: string; value?: number; max?: number }) {
  const pct = value === undefined || max === 0 ? undefined : Math.round((value / max) * 100);
  return (
    <div className="progress">
      <div className="progress__label">
        {label}
        {pct !== undefined ? <span aria-hidden="true"> — {pct}%</span> : null}
      </div>
      <progress aria-label={label} value={value} max={max} />
    </div>
  );
}

/** A thin "x of y" meter used for coverage, with the figure in text as well as the bar. */
export function Meter({ label, value, max }: { label: string; value: number; max: number }) {
  return (
    <div className="meter">
      <meter aria-label={label} min={0} max={max} value={value} />
      <span className="meter__text">
        {value} of {max}
      </span>
    </div>
  );
}
