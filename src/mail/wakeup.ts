/** Lets the delivery workers of this process know that a message was queued (no database polling delay). */
type Waker = () => void;
const wakers = new Set<Waker>();

/** Called by queueMail. Wakers run on a later tick: the caller's transaction is usually committed by then. */
export function signalQueued(): void {
  if (wakers.size === 0) return;
  setImmediate(() => {
    for (const w of wakers) w();
  });
}

/** Subscribes a worker; returns the unsubscribe function. */
export function onQueued(waker: Waker): () => void {
  wakers.add(waker);
  return () => wakers.delete(waker);
}
