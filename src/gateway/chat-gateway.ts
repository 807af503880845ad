import type { Logger } from 'pino';
import type { Clock, Sender } from '../app/ports';
import type { Inbound } from '../domain/types';

export const PLATFORMS = ['wechat', 'dingtalk', 'wechat-oa'] as const;
export type Platform = (typeof PLATFORMS)[number];

/**
 * One bot account on one chat platform, as the runtime sees it: started and stopped, asked whether it can send, and
 * given messages to send. Inbound messages go to the pipeline as `Inbound`, whatever the platform.
 */
export interface ChatGateway extends Sender {
  readonly botId: string;
  readonly platform: Platform;
  /** True while a message event is being read or handled. */
  readonly busy: boolean;
  start(): Promise<void>;
  stop(): Promise<void>;
}

/**
 * People have one id in the store and one per platform they use. WeChat ids are the store ids; other platforms'
 * ids map through `person_identities` (a doctor added on DingTalk keeps the identity an admin gave them), else become
 * `<platform prefix>:<platform id>`.
 */
export interface Identities {
  /** The store's person id for a platform user. */
  personOf(platform: Platform, platformId: string): string;
  /** The platform's id for a store person (null: the person has no identity there). */
  platformIdOf(personId: string, platform: Platform): string | null;
  /** The person's display name as the store knows it (null: unknown). */
  nameOf(personId: string): string | null;
}

/** What every non-Wechaty gateway needs from the runtime. */
export interface GatewayHooks {
  clock: Clock;
  identities: Identities;
  onInbound: (m: Inbound) => Promise<string>;
  onSettled?: (msgId: string) => void;
  log: Logger;
}

/** Prefix of store ids for people known only by a platform id. */
export const ID_PREFIX: Record<Exclude<Platform, 'wechat'>, string> = { dingtalk: 'dt:', 'wechat-oa': 'oa:' };
