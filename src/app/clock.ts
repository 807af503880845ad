import type { Clock } from './ports';

export const systemClock: Clock = {
  now: () => Date.now(),
  sleepUntil: (at) => {
    const ms = at - Date.now();
    return ms > 0 ? new Promise((resolve) => setTimeout(resolve, ms)) : Promise.resolve();
  },
};
