import type { ChannelBot } from '../config';
import type { ChannelAccount } from '../runtime';
import { DingTalkGateway } from './dingtalk-gateway';
import { OfficialAccountGateway } from './official-account-gateway';

/** The runtime's accounts for DingTalk robots and Official Accounts (production, or pointed at loopback fakes). */
export function channelAccounts(
  bots: readonly ChannelBot[],
  o: { backoffMs?: { first: number; max: number } } = {},
): ChannelAccount[] {
  return bots.map((b) => ({
    id: b.id,
    name: b.name,
    platform: b.platform,
    build: (hooks, ledger) =>
      b.platform === 'dingtalk'
        ? new DingTalkGateway({
            botId: b.id,
            appKey: b.appKey,
            appSecret: b.appSecret,
            robotCode: b.robotCode,
            apiBase: b.apiBase,
            backoffMs: o.backoffMs,
            hooks,
          })
        : new OfficialAccountGateway({
            botId: b.id,
            appId: b.appId,
            appSecret: b.appSecret,
            token: b.token,
            aesKey: b.aesKey,
            host: b.host,
            port: b.port,
            apiBase: b.apiBase,
            ledger,
            hooks,
          }),
  }));
}
