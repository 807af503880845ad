import type { RandomSource } from './ports';

export interface PacingSettings {
  /** Minimum gap between two sends of one bot account. */
  minGapMs: number;
  /** Extra random gap, uniformly in [0, jitterMs). */
  jitterMs: number;
}

/**
 * Spaces the sends of each bot account: the next send may start `minGap + jitter` after the previous one. A send
 * reserves its slot, so the schedule is known before waiting (the simulator prints it without real waiting).
 */
export class Pacer {
  private readonly nextFree = new Map<string, number>();

  /** `lastSent`: each account's last send time, so a restart does not send sooner than the gap allows. */
  constructor(
    private readonly settings: PacingSettings,
    private readonly random: RandomSource,
    lastSent: ReadonlyMap<string, number> = new Map(),
  ) {
    for (const [botId, at] of lastSent) this.nextFree.set(botId, at + settings.minGapMs);
  }

  reserve(botId: string, now: number): number {
    const at = Math.max(now, this.nextFree.get(botId) ?? 0);
    const jitter = Math.floor(this.random(`pace:${botId}`) * this.settings.jitterMs);
    this.nextFree.set(botId, at + this.settings.minGapMs + jitter);
    return at;
  }
}
