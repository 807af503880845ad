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

  constructor(
    private readonly settings: PacingSettings,
    private readonly random: RandomSource,
  ) {}

  reserve(botId: string, now: number): number {
    const at = Math.max(now, this.nextFree.get(botId) ?? 0);
    const jitter = Math.floor(this.random(`pace:${botId}`) * this.settings.jitterMs);
    this.nextFree.set(botId, at + this.settings.minGapMs + jitter);
    return at;
  }
}
