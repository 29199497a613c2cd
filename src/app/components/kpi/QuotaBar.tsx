export interface QuotaBarProps {
  /** Percent achieved (0-100). */
  value: number;
  /** Percent required (0-100). */
  quota: number;
  label: string;
}

/** A horizontal bar of a share with a tick at the required quota. */
export function QuotaBar({ value, quota, label }: QuotaBarProps) {
  const clamp = (v: number) => Math.max(0, Math.min(100, v));
  return (
    <div className="quota-bar" role="img" aria-label={label}>
      <div className={`quota-fill${value >= quota ? ' quota-fill--met' : ''}`} style={{ width: `${clamp(value)}%` }} />
      <div className="quota-mark" style={{ left: `${clamp(quota)}%` }} />
    </div>
  );
}
