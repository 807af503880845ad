import type { Clock } from '../app/ports';

/**
 * Simulated time. It moves only when told (`advance`, `set`); waiting for a future instant returns at once, so
 * pacing shows up in the timestamps of sends without real waiting.
 */
export class VirtualClock implements Clock {
  constructor(private current: number) {}

  now(): number {
    return this.current;
  }

  sleepUntil(): Promise<void> {
    return Promise.resolve();
  }

  advance(ms: number): void {
    this.current += ms;
  }

  set(at: number): void {
    if (at < this.current) throw new Error(`cannot move the clock back to ${new Date(at).toISOString()}`);
    this.current = at;
  }
}
