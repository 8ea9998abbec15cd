/** A note over the map while the outlines load, or why they failed; the offices work regardless. */
export function AtlasStatus({
  status,
  error,
  onRetry,
}: {
  status: 'pending' | 'error' | 'success';
  error: Error | null;
  onRetry: () => void;
}) {
  if (status === 'success') return null;
  if (status === 'pending') {
    return (
      <p className="office-map__atlas-status" role="status">
        Loading state outlines…
      </p>
    );
  }
  return (
    <div className="office-map__atlas-status office-map__atlas-status--error" role="alert">
      <p>The state outlines could not be loaded{error ? `: ${error.message}` : ''}. The offices are still shown.</p>
      <button type="button" className="button button--quiet" onClick={onRetry}>
        Retry
      </button>
    </div>
  );
}
