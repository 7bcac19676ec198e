import { describe, expect, it } from 'vitest';
import { Store } from '../../../src/core/store';

/** state + action, one effect per action; the action 13 makes the reducer throw. */
function counter(onError?: (error: unknown) => void): Store<number, number, string> {
  const reducer = (state: number, action: number) => {
    if (action === 13) throw new Error('unlucky');
    return { state: state + action, effects: [`+${action}`] };
  };
  return onError ? new Store(reducer, 0, onError) : new Store(reducer, 0);
}

describe('store error handling', () => {
  it('a throwing listener is reported, and the other listeners and the effects still run', () => {
    const errors: unknown[] = [];
    const log: string[] = [];
    const store = counter((error) => errors.push(error));
    store.subscribe(() => {
      throw new Error('listener broke');
    });
    store.subscribe((state) => log.push(`state ${state}`));
    store.onEffect((effect) => log.push(`effect ${effect}`));
    store.dispatch(1);
    expect(store.state).toBe(1);
    expect(log).toEqual(['state 1', 'effect +1']);
    expect(errors).toHaveLength(1);
    expect((errors[0] as Error).message).toBe('listener broke');
  });

  it('a throwing effect handler does not stop the other handlers nor the actions queued after it', () => {
    const errors: unknown[] = [];
    const log: string[] = [];
    const store = counter((error) => errors.push(error));
    store.onEffect((effect) => {
      if (effect === '+1') {
        store.dispatch(10); // queued while dispatching
        throw new Error('handler broke');
      }
    });
    store.onEffect((effect) => log.push(effect));
    store.dispatch(1);
    expect(store.state).toBe(11);
    expect(log).toEqual(['+1', '+10']);
    expect(errors).toHaveLength(1);
    // And the store takes new actions.
    store.dispatch(2);
    expect(store.state).toBe(13);
  });

  it('a throwing reducer drops the queued actions, rethrows, and leaves the store usable', () => {
    const store = counter(() => {});
    const seen: number[] = [];
    store.subscribe((state) => {
      seen.push(state);
      if (state === 1) {
        store.dispatch(13);
        store.dispatch(100); // dispatched against a state that never came: dropped
      }
    });
    expect(() => store.dispatch(1)).toThrow('unlucky');
    expect(store.state).toBe(1);
    store.dispatch(2);
    expect(store.state).toBe(3);
    expect(seen).toEqual([1, 3]);
  });

  it('reports to the console by default, and a failing reporter stops nothing', () => {
    const original = console.error;
    const logged: unknown[][] = [];
    console.error = (...data: unknown[]) => logged.push(data);
    try {
      const store = counter();
      store.subscribe(() => {
        throw new Error('listener broke');
      });
      store.dispatch(1);
      expect(logged).toHaveLength(1);
      expect(logged[0]).toContainEqual(new Error('listener broke'));
    } finally {
      console.error = original;
    }
    const seen: number[] = [];
    const store = counter(() => {
      throw new Error('reporter broke');
    });
    store.subscribe(() => {
      throw new Error('listener broke');
    });
    store.subscribe((state) => seen.push(state));
    store.dispatch(5);
    expect(seen).toEqual([5]);
  });
});
