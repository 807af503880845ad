import type { EmergencyNumbers } from '../domain/emergency';
import type { CompiledLexicon } from '../domain/triage-lexicon';
import type { Config } from '../config';
import type { Tip } from '../domain/tips';
import type { Urgency } from '../domain/types';
import type { Store } from '../store/store';
import type { Effect, ReportFiles } from './ports';

export interface AppSettings {
  /** How long a claim holds before it may lapse (doctor issue). */
  leaseMs: number;
  /** The most open claims one doctor may hold at once. */
  capacity: number;
  /** How long before a lease runs out its doctor is reminded. */
  nudgeBeforeMs: number;
  /** The clinical SLA: per-urgency wait before each escalation step, and when an unclaimed ticket is closed. */
  escalation: { claimMs: Record<Urgency, number>; closeAfterMs: number };
  /** After `digestAfter` notices within `digestWindowMs`, a doctor's further new tickets come as one digest. */
  notifications: { digestAfter: number; digestWindowMs: number };
  /** bot account id → display name in WeChat (used to recognise typed mentions like "@青小医"). */
  botNames: Record<string, string>;
  /** bot account id → its platform (wechat when absent). */
  botPlatforms: Record<string, 'wechat' | 'dingtalk' | 'wechat-oa'>;
  /** The account that DMs people who never wrote to the bot (e.g. doctors added by config). */
  defaultBotId: string;
  lexicon: CompiledLexicon;
  /** Emergency numbers per country (config/emergency-numbers.json). */
  emergency: EmergencyNumbers;
  /** Whether groups take confident unmentioned questions (a group's own setting overrides). */
  autoIntake: boolean;
  /** Commands one person may send per minute; beyond, they are refused (and recorded) until the minute passes. */
  commandsPerMinute: number;
  /** `/stats` and `/export` per person per minute. */
  reportsPerMinute: number;
  /** The time zone reports count days in (`/stats today`, `/export` dates). */
  reportTimezone: string;
  /** The tips library from config/tips (admins' own tips come from the store). */
  tips: Tip[];
  tipsOnlyReviewed: boolean;
  /** A group with an emergency open, or opened this recently, gets its tip later that day. */
  emergencyQuietMs: number;
  /** How long a broadcast preview waits for `confirm`. */
  broadcastConfirmMs: number;
  /** A finished consultation's texts are deleted after this long (0: kept). */
  retentionMs: number;
  /** Each account's send pacing (for a broadcast's time estimate). */
  pacing: { minGapMs: number; jitterMs: number };
}

/** The handlers' settings from the validated config (minutes and hours become milliseconds). */
export function appSettings(
  config: Config,
  o: Pick<AppSettings, 'botNames' | 'defaultBotId' | 'lexicon' | 'emergency' | 'tips'> &
    Partial<Pick<AppSettings, 'botPlatforms'>>,
): AppSettings {
  const minutes = (n: number): number => n * 60_000;
  const { claimMinutes } = config.escalation;
  return {
    ...o,
    botPlatforms: o.botPlatforms ?? {},
    leaseMs: minutes(config.claims.leaseMinutes),
    capacity: config.claims.capacity,
    nudgeBeforeMs: minutes(config.claims.nudgeMinutesBefore),
    escalation: {
      claimMs: {
        emergency: minutes(claimMinutes.emergency),
        urgent: minutes(claimMinutes.urgent),
        routine: minutes(claimMinutes.routine),
      },
      closeAfterMs: config.escalation.closeAfterHours * 3_600_000,
    },
    notifications: {
      digestAfter: config.notifications.digestAfter,
      digestWindowMs: minutes(config.notifications.digestWindowMinutes),
    },
    autoIntake: config.triage.autoIntake,
    commandsPerMinute: config.commands.perMinute,
    reportsPerMinute: config.commands.reportsPerMinute,
    reportTimezone: config.reports.timezone,
    tipsOnlyReviewed: config.tips.onlyReviewed,
    emergencyQuietMs: minutes(config.tips.emergencyQuietMinutes),
    broadcastConfirmMs: minutes(config.broadcasts.confirmMinutes),
    pacing: config.pacing,
    retentionMs: config.retention.textDays * 86_400_000,
  };
}

/** What a handler sees: the store (inside the caller's transaction), settings, and the time of the event. */
export interface HandlerContext {
  store: Store;
  settings: AppSettings;
  now: number;
  /** Where `/export` writes (absent: exports are not available, e.g. in a unit of the pipeline without a disk). */
  files?: ReportFiles;
}

/** A handler's result: what happened (logged and recorded) and what to publish after commit. */
export interface HandlerResult {
  outcome: string;
  effects: Effect[];
}

export const nothing = (outcome: string): HandlerResult => ({ outcome, effects: [] });
