/**
 * The one owner of the game state. Scenes and DOM views subscribe to it and dispatch
 * actions; the reducer stays pure and returns effects (sound, save, announce) that the
 * shell carries out, so the rules can be tested without a browser.
 */
export type Reducer<S, A, E> = (state: S, action: A) => { state: S; effects: E[] };
export type Listener<S> = (state: S, previous: S) => void;
export type EffectHandler<E> = (effect: E) => void;
/** Told about an error thrown by a listener or effect handler; the others still run. */
export type ErrorReporter = (error: unknown) => void;

/** The core has neither DOM nor Node types: the console is reached through globalThis. */
function reportToConsole(error: unknown): void {
  (globalThis as { console?: { error(...data: unknown[]): void } }).console?.error('A store listener or effect handler failed:', error);
}

export interface StoreOptions<A, I> {
  /** Told about a listener or effect handler that threw. */
  onError?: ErrorReporter;
  /** Turns what is dispatched into the action the reducer gets (the game stamps time and a seed here). */
  prepare?: (intent: I) => A;
}

/** `I` is what callers dispatch; `A` what the reducer receives once `prepare` has run (the same by default). */
export class Store<S, A, E, I = A> {
  private current: S;
  private readonly listeners = new Set<Listener<S>>();
  private readonly effectHandlers = new Set<EffectHandler<E>>();
  private dispatching = false;
  private readonly queue: A[] = [];
  private readonly onError: ErrorReporter;
  private readonly prepare: (intent: I) => A;

  constructor(
    private readonly reducer: Reducer<S, A, E>,
    initial: S,
    options: StoreOptions<A, I> | ErrorReporter = {},
  ) {
    this.current = initial;
    const opts = typeof options === 'function' ? { onError: options } : options;
    this.onError = opts.onError ?? reportToConsole;
    this.prepare = opts.prepare ?? ((intent: I) => intent as unknown as A);
  }

  get state(): S {
    return this.current;
  }

  /**
   * Actions dispatched while another is being handled (from a listener or effect) are queued, keeping order.
   * A listener or handler that throws is reported and skipped: the others, and the queued actions, still run.
   * A reducer that throws is a bug in the rules: the queued actions are dropped (they were dispatched
   * against a state that never came) and the error is thrown to the caller; the store stays usable.
   */
  dispatch(intent: I): void {
    // Prepared at once, so an action queued behind another keeps the moment it was dispatched.
    this.queue.push(this.prepare(intent));
    if (this.dispatching) return;
    this.dispatching = true;
    try {
      while (this.queue.length > 0) {
        const next = this.queue.shift() as A;
        const previous = this.current;
        let step: { state: S; effects: E[] };
        try {
          step = this.reducer(previous, next);
        } catch (error) {
          this.queue.length = 0;
          throw error;
        }
        const { state, effects } = step;
        this.current = state;
        if (state !== previous) for (const listener of [...this.listeners]) this.guarded(() => listener(state, previous));
        for (const effect of effects) for (const handler of [...this.effectHandlers]) this.guarded(() => handler(effect));
      }
    } finally {
      this.dispatching = false;
    }
  }

  private guarded(call: () => void): void {
    try {
      call();
    } catch (error) {
      try {
        this.onError(error);
      } catch {
        // A failing reporter must not stop the dispatch either.
      }
    }
  }

  subscribe(listener: Listener<S>): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  onEffect(handler: EffectHandler<E>): () => void {
    this.effectHandlers.add(handler);
    return () => this.effectHandlers.delete(handler);
  }
}
