/** The honest loading state: a spinner with words. */
export function Loading({ label }: { label: string }) {
  return (
    <div className="ids-loading" role="status">
      <div className="spinner" aria-hidden="true" />
      <span>{label}</span>
    </div>
  );
}
