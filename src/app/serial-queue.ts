/**
 * Runs tasks one after another, in the order they were pushed, each starting once the
 * previous one has settled. The shell sends its storage writes through one, so a later
 * save can never land before an earlier one and be overwritten by it. A task that fails
 * is reported and the next one runs anyway: one failed write must not stop the others.
 */
export type Task = () => void | Promise<void>;

export class SerialQueue {
  private tail: Promise<void> = Promise.resolve();
  private gate: Promise<void> | null = null;

  /**
   * `startWhen`: what the tasks pushed together (before it resolves) wait for before the first of
   * them starts, once for all of them: the game's writes wait for the frame that shows the click.
   */
  constructor(
    private readonly onError: (error: unknown) => void,
    private readonly startWhen?: () => Promise<void>,
  ) {}

  /** Queues a task; the promise settles (never rejects) once it has run or failed. */
  push(task: Task): Promise<void> {
    if (this.startWhen && !this.gate) {
      // A wait that fails still lets the tasks run: a save is never dropped for it.
      const gate = this.startWhen()
        .catch(() => undefined)
        .finally(() => {
          if (this.gate === gate) this.gate = null;
        });
      this.gate = gate;
    }
    const gate = this.gate;
    const run = this.tail
      .then(() => gate)
      .then(task)
      .catch((error: unknown) => {
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
