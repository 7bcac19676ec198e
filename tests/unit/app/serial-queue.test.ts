import { describe, expect, it } from 'vitest';
import { SerialQueue } from '../../../src/app/serial-queue';

const wait = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

describe('SerialQueue', () => {
  it('runs tasks in the order pushed, each after the previous one settled, even when a later one is quicker', async () => {
    const log: string[] = [];
    const queue = new SerialQueue(() => {});
    const task = (name: string, ms: number) => async () => {
      log.push(`start ${name}`);
      await wait(ms);
      log.push(`end ${name}`);
    };
    void queue.push(task('slow save', 30));
    void queue.push(task('quick save', 0));
    void queue.push(() => void log.push('sync'));
    await queue.idle();
    expect(log).toEqual(['start slow save', 'end slow save', 'start quick save', 'end quick save', 'sync']);
  });

  it('reports a failing task (thrown or rejected) and runs the next ones', async () => {
    const errors: unknown[] = [];
    const ran: string[] = [];
    const queue = new SerialQueue((error) => errors.push(error));
    const first = queue.push(async () => {
      await wait(5);
      throw new Error('storage refused');
    });
    void queue.push(() => {
      throw new Error('bad effect');
    });
    void queue.push(() => void ran.push('after'));
    await expect(first).resolves.toBeUndefined();
    await queue.idle();
    expect(ran).toEqual(['after']);
    expect(errors.map((e) => (e as Error).message)).toEqual(['storage refused', 'bad effect']);
  });

  it('keeps going when the reporter itself fails', async () => {
    const ran: string[] = [];
    const queue = new SerialQueue(() => {
      throw new Error('reporter broke');
    });
    void queue.push(() => {
      throw new Error('task broke');
    });
    await queue.push(() => void ran.push('next'));
    expect(ran).toEqual(['next']);
  });

  it('does not start a task before the current call stack is done', async () => {
    const log: string[] = [];
    const queue = new SerialQueue(() => {});
    const done = queue.push(() => void log.push('task'));
    log.push('caller');
    await done;
    expect(log).toEqual(['caller', 'task']);
  });

  it('with a wait to start on, the tasks pushed together wait for it once, keep their order, and run even if it fails', async () => {
    const log: string[] = [];
    let waits = 0;
    let open = () => {};
    const queue = new SerialQueue(
      () => {},
      () => {
        waits++;
        return new Promise<void>((resolve) => (open = resolve));
      },
    );
    void queue.push(() => void log.push('save resume'));
    void queue.push(() => void log.push('save settings'));
    await wait(5);
    expect(log).toEqual([]);
    open();
    await queue.idle();
    expect(log).toEqual(['save resume', 'save settings']);
    expect(waits).toBe(1);

    const failing = new SerialQueue(
      () => {},
      () => Promise.reject(new Error('no frame')),
    );
    await failing.push(() => void log.push('kept'));
    expect(log.at(-1)).toBe('kept');
  });
});
