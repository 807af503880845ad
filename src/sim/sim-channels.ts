import type { ChannelBot } from '../config';
import { DINGTALK_GROUP_SUFFIX } from '../domain/types';
import { channelAccounts } from '../gateway/build-channels';
import type { OfficialAccountGateway } from '../gateway/official-account-gateway';
import type { ChannelAccount, Runtime } from '../runtime';
import { FakeDingTalk, type RobotPush } from './fake-dingtalk';
import { FakeWeixin } from './fake-weixin';
import type { World } from './world';

/** What a channel account delivered, in the world's ids (the simulator prints it as a transcript line). */
export interface ChannelDelivery {
  to: string;
  group: boolean;
  text: string;
  mentions: string[];
}

type Last =
  | { botId: string; kind: 'dingtalk'; push: RobotPush }
  | { botId: string; kind: 'oa'; openid: string; text: string; msgId: string };

/**
 * The simulator's DingTalk robots and Official Accounts: the real gateways, talking to loopback fakes of the
 * platforms, so a scenario runs the same code as production, with each platform's rules (a DingTalk group message
 * that does not @ the robot is never seen; an Official Account answers within its send window).
 */
export class SimChannels {
  private readonly dingtalk = new Map<string, FakeDingTalk>();
  private readonly weixin = new Map<string, FakeWeixin>();
  private readonly read = new Map<string, number>();
  private last: Last | null = null;
  /** Platform id → world person id, and back. */
  private readonly personOf = new Map<string, string>();
  private readonly platformIdOf = new Map<string, string>();

  private constructor(
    private readonly world: World,
    private readonly now: () => number,
  ) {
    for (const p of [...world.people, ...world.doctors]) {
      for (const [platform, id] of Object.entries(p.identities ?? {})) {
        this.personOf.set(`${platform}:${id}`, p.id);
        this.platformIdOf.set(`${platform}:${p.id}`, id);
      }
    }
  }

  static async start(world: World, now: () => number): Promise<SimChannels> {
    const s = new SimChannels(world, now);
    for (const b of world.bots) {
      if (b.platform === 'dingtalk') {
        const fake = await FakeDingTalk.start(dingCreds(b.id), now);
        for (const p of [...world.people, ...world.doctors]) {
          const staff = p.identities?.dingtalk;
          if (staff) fake.orgMembers.add(staff);
        }
        s.dingtalk.set(b.id, fake);
      } else if (b.platform === 'wechat-oa') s.weixin.set(b.id, await FakeWeixin.start(oaCreds(b.id), now));
    }
    return s;
  }

  /** The runtime's accounts for the world's DingTalk and Official Account bots, pointed at the fakes. */
  accounts(): ChannelAccount[] {
    const bots: ChannelBot[] = this.world.bots.flatMap((b): ChannelBot[] => {
      const ding = this.dingtalk.get(b.id);
      if (ding)
        return [{ platform: 'dingtalk', id: b.id, name: b.name, ...dingCreds(b.id), apiBase: ding.base }];
      const wx = this.weixin.get(b.id);
      if (wx)
        return [
          {
            platform: 'wechat-oa',
            id: b.id,
            name: b.name,
            ...oaCreds(b.id),
            host: '127.0.0.1',
            port: 0,
            apiBase: wx.base,
          },
        ];
      return [];
    });
    return channelAccounts(bots, { backoffMs: { first: 20, max: 200 } });
  }

  has(botId: string): boolean {
    return this.dingtalk.has(botId) || this.weixin.has(botId);
  }

  /** Waits until every DingTalk robot is connected (after a start or restart). */
  async connected(rt: Runtime): Promise<void> {
    const deadline = Date.now() + 10_000;
    while ([...this.dingtalk.keys()].some((id) => !rt.channels.get(id)?.ready(id))) {
      if (Date.now() > deadline) throw new Error('simulated DingTalk robot did not connect');
      await new Promise((r) => setTimeout(r, 5));
    }
  }

  private platformId(platform: string, personId: string): string {
    return this.platformIdOf.get(`${platform}:${personId}`) ?? personId;
  }

  private person(platform: string, platformId: string): string {
    return this.personOf.get(`${platform}:${platformId}`) ?? platformId;
  }

  /**
   * A message from `from` to a bot's group or (without `group`) to the bot itself. Returns the message id the
   * gateway will settle, or null when the platform never shows the message to the bot.
   */
  async say(
    rt: Runtime,
    botId: string,
    o: { from: string; text: string; group?: { id: string; name: string }; mention: boolean; msgId: string },
  ): Promise<string | null> {
    const name = [...this.world.people, ...this.world.doctors].find((p) => p.id === o.from)?.name ?? o.from;
    const ding = this.dingtalk.get(botId);
    if (ding) {
      const staff = this.platformId('dingtalk', o.from);
      const push: RobotPush = {
        conversationId: o.group ? o.group.id.replace(/@dingtalk$/u, '') : `dm-${staff}`,
        conversationType: o.group ? '2' : '1',
        conversationTitle: o.group?.name,
        senderStaffId: staff,
        senderNick: name,
        text: o.text,
        atRobot: o.mention,
        msgId: o.msgId,
        createAt: this.now(),
      };
      if (!ding.push(push)) return null;
      this.last = { botId, kind: 'dingtalk', push };
      return o.msgId;
    }
    const wx = this.weixin.get(botId);
    const gateway = rt.channels.get(botId) as OfficialAccountGateway | undefined;
    if (!wx || !gateway) throw new Error(`unknown channel account "${botId}"`);
    if (o.group) throw new Error('an Official Account has no groups');
    const openid = this.platformId('wechat-oa', o.from);
    const msgId = this.msgIdFor(botId, o.msgId);
    this.last = { botId, kind: 'oa', openid, text: o.text, msgId };
    await wx.userSays(`http://127.0.0.1:${gateway.port}`, { openid, text: o.text, msgId, aes: true });
    return msgId;
  }

  /** Delivers the previous channel message again, as the platform's retry would. */
  async redeliver(rt: Runtime): Promise<{ botId: string; msgId: string } | null> {
    const l = this.last;
    if (!l) return null;
    if (l.kind === 'dingtalk') {
      this.dingtalk.get(l.botId)?.push(l.push);
      return { botId: l.botId, msgId: l.push.msgId ?? '' };
    }
    const gateway = rt.channels.get(l.botId) as OfficialAccountGateway | undefined;
    await this.weixin.get(l.botId)?.userSays(`http://127.0.0.1:${gateway?.port ?? 0}`, {
      openid: l.openid,
      text: l.text,
      msgId: l.msgId,
      aes: true,
    });
    return { botId: l.botId, msgId: l.msgId };
  }

  /** The bot and message id of the previous channel message (what a redelivery repeats). */
  get lastKey(): { botId: string; msgId: string } | null {
    const l = this.last;
    if (!l) return null;
    return { botId: l.botId, msgId: l.kind === 'dingtalk' ? (l.push.msgId ?? '') : l.msgId };
  }

  /** The platform's id for the simulator's message `sim-<line>` (an Official Account's MsgId is a number). */
  msgIdFor(botId: string, simMsgId: string): string {
    return this.weixin.has(botId) ? String(1_000_000 + hash(simMsgId)) : simMsgId;
  }

  /** What the platform received from a bot since the last call, in the world's ids. */
  drain(botId: string): ChannelDelivery[] {
    const ding = this.dingtalk.get(botId);
    const wx = this.weixin.get(botId);
    const all = ding ? ding.sent : (wx?.sent ?? []);
    const from = this.read.get(botId) ?? 0;
    this.read.set(botId, all.length);
    if (ding)
      return ding.sent.slice(from).map((s) =>
        s.via === 'oto'
          ? { to: this.person('dingtalk', s.to), group: false, text: s.text, mentions: [] }
          : {
              to: `${s.to}${DINGTALK_GROUP_SUFFIX}`,
              group: true,
              text: s.text,
              mentions: s.atUserIds.map((id) => this.person('dingtalk', id)),
            },
      );
    return (wx?.sent ?? [])
      .slice(from)
      .map((s) => ({ to: this.person('wechat-oa', s.openid), group: false, text: s.text, mentions: [] }));
  }

  async stop(): Promise<void> {
    await Promise.all([...this.dingtalk.values(), ...this.weixin.values()].map((f) => f.stop()));
  }
}

const dingCreds = (botId: string): { appKey: string; appSecret: string } => ({
  appKey: `sim-${botId}`,
  appSecret: `sim-secret-${botId}`,
});

const oaCreds = (botId: string): { appId: string; appSecret: string; token: string; aesKey: string } => ({
  appId: `wxsim${botId}`.slice(0, 18),
  appSecret: `sim-secret-${botId}`,
  token: `sim-token-${botId}`,
  aesKey: 'abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG',
});

function hash(s: string): number {
  let h = 0;
  for (const c of s) h = (h * 31 + (c.codePointAt(0) ?? 0)) % 1_000_000_007;
  return h;
}
