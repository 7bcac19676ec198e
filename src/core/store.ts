/**
 * The one owner of the game state. Scenes and DOM views subscribe to it and dispatch
 * actions; the reducer stays pure and returns effects (sound, save, announce) that the
 * shell carries out, so the rules can be tested without a browser.
 */
export type Reducer<S, A, E> = (state: S, action: A) => { state: S; effects: E[] };
export type Listener<S> = (state: S, previous: S) => void;
export type EffectHandler<E> = (effect: E) => void;

export class Store<S, A, E> {
  private current: S;
  private readonly listeners = new Set<Listener<S>>();
  private readonly effectHandlers = new Set<EffectHandler<E>>();
  private dispatching = false;
  private readonly queue: A[] = [];

  constructor(
    private readonly reducer: Reducer<S, A, E>,
    initial: S,
  ) {
    this.current = initial;
  }

  get state(): S {
    return this.current;
  }

  /** Actions dispatched while another is being handled (from a listener or effect) are queued, keeping order. */
  dispatch(action: A): void {
    this.queue.push(action);
    if (this.dispatching) return;
    this.dispatching = true;
    try {
      while (this.queue.length > 0) {
        const next = this.queue.shift() as A;
        const previous = this.current;
        const { state, effects } = this.reducer(previous, next);
        this.current = state;
        if (state !== previous) for (const listener of [...this.listeners]) listener(state, previous);
        for (const effect of effects) for (const handler of [...this.effectHandlers]) handler(effect);
      }
    } finally {
      this.dispatching = false;
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
