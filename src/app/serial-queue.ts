/**
 * Runs tasks one after another, in the order they were pushed, each starting once the
 * previous one has settled. The shell sends its storage writes through one, so a later
 * save can never land before an earlier one and be overwritten by it. A task that fails
 * is reported and the next one runs anyway: one failed write must not stop the others.
 */
export type Task = () => void | Promise<void>;

export class SerialQueue {
  private tail: Promise<void> = Promise.resolve();

  constructor(private readonly onError: (error: unknown) => void) {}

  /** Queues a task; the promise settles (never rejects) once it has run or failed. */
  push(task: Task): Promise<void> {
    const run = this.tail.then(task).catch((error: unknown) => {
      try {
        this.onError(error);
      } catch {
        // A failing reporter must not stop the queue either.
      }
    });
    this.tail = run;
    return run;
  }

  /** Settles once every task pushed so far has run. */
  idle(): Promise<void> {
    return this.tail;
  }
}
