import { DWClient, type DWClientDownStream } from 'dingtalk-stream';
import { z } from 'zod';
import { AccountOfflineError } from '../app/ports';
import { DINGTALK_GROUP_SUFFIX, type Inbound, type InboundKind, type OutboundMessage } from '../domain/types';
import { ID_PREFIX, type ChatGateway, type GatewayHooks } from './chat-gateway';

/**
 * A DingTalk enterprise robot in Stream mode (../shared/notes/channels.md §1). The official `dingtalk-stream` SDK
 * reads the WebSocket, guarded: its own reconnect is off (2.1.5 storms), a malformed frame or a throwing listener is
 * logged and survived, and our supervisor reconnects with backoff. The robot sees only group messages that @ it and
 * all 1:1 messages. Replies go through the conversation's session webhook while it lives (the only way to @ someone),
 * then through the group send API (no mentions: "@name" is written in the text); DMs through the 1:1 send API.
 */

export const TOPIC_ROBOT = '/v1.0/im/bot/messages/get';

export interface DingTalkOptions {
  botId: string;
  /** AppKey and AppSecret of the robot's app; the robot code is the AppKey unless set. */
  appKey: string;
  appSecret: string;
  robotCode?: string;
  /** https://api.dingtalk.com (a loopback fake in tests and the simulator). */
  apiBase: string;
  /** The Stream gateway's connection-open URL (default `${apiBase}/v1.0/gateway/connections/open`). */
  gatewayUrl?: string;
  /** Reconnect backoff: first pause and cap (ms). */
  backoffMs?: { first: number; max: number };
  hooks: GatewayHooks;
}

/** The robot callback's payload (`data` of a CALLBACK frame), as documented; unknown fields pass. */
const RobotMessage = z.object({
  conversationId: z.string().min(1),
  conversationType: z.enum(['1', '2']),
  conversationTitle: z.string().optional(),
  msgId: z.string().min(1),
  senderNick: z.string().default(''),
  senderStaffId: z.string().optional(),
  senderId: z.string().min(1),
  chatbotUserId: z.string().optional(),
  msgtype: z.string(),
  text: z.object({ content: z.string() }).optional(),
  createAt: z.number(),
  sessionWebhook: z.string().optional(),
  sessionWebhookExpiredTime: z.number().optional(),
  atUsers: z.array(z.object({ dingtalkId: z.string(), staffId: z.string().optional() })).optional(),
});
type RobotMessage = z.infer<typeof RobotMessage>;

const KIND: Record<string, InboundKind> = {
  text: 'text',
  picture: 'image',
  audio: 'voice',
  file: 'file',
  video: 'other',
  richText: 'other',
};

/** The SDK client with its two traps closed: a configurable gateway URL, and a frame that cannot kill the process. */
class GuardedClient extends DWClient {
  constructor(
    o: { clientId: string; clientSecret: string },
    private readonly gatewayUrl: string,
    private readonly onBadFrame: (err: unknown) => void,
    private readonly onServerDisconnect: () => void,
  ) {
    super({ ...o, keepAlive: true });
    // the SDK's own reconnect storms (63 gateway calls in 6 s when a handshake fails): ours does it instead
    (this.config as { autoReconnect?: boolean }).autoReconnect = false;
    // a handshake that hangs fails after 10 s instead of holding the reconnect loop forever
    (this as unknown as { sslopts: Record<string, unknown> }).sslopts.handshakeTimeout = 10_000;
  }

  /** The server announces it will close (SYSTEM "disconnect"): reconnect now rather than after its 10 s of silence. */
  override onSystem(downstream: DWClientDownStream): void {
    super.onSystem(downstream);
    if (downstream.headers.topic === 'disconnect') this.onServerDisconnect();
  }

  override async getEndpoint(): Promise<this> {
    const res = await fetch(this.gatewayUrl, {
      signal: AbortSignal.timeout(10_000),
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify({
        clientId: this.config.clientId,
        clientSecret: this.config.clientSecret,
        ua: 'qiaohaitong',
        subscriptions: this.config.subscriptions,
      }),
    });
    if (res.status === 401 || res.status === 403)
      throw new DingTalkCredentialsError(`DingTalk refused the app's credentials (HTTP ${res.status})`);
    if (!res.ok) throw new Error(`DingTalk gateway answered HTTP ${res.status}`);
    const body = z.object({ endpoint: z.string().min(1), ticket: z.string().min(1) }).parse(await res.json());
    (this as unknown as { dw_url: string }).dw_url =
      `${body.endpoint}?ticket=${encodeURIComponent(body.ticket)}`;
    return this;
  }

  override onDownStream(data: string): void {
    try {
      super.onDownStream(data);
    } catch (err) {
      this.onBadFrame(err);
    }
  }
}

export class DingTalkCredentialsError extends Error {
  override name = 'DingTalkCredentialsError';
}

interface Session {
  url: string;
  expiresAt: number;
}

export class DingTalkGateway implements ChatGateway {
  readonly platform = 'dingtalk' as const;
  readonly botId: string;
  private client: GuardedClient | null = null;
  private stopped = true;
  private attempt = 0;
  private timer: NodeJS.Timeout | null = null;
  private inFlight = 0;
  private readonly sessions = new Map<string, Session>();
  /** A person's staff id (for @ and DMs) and nick, as last seen. */
  private readonly staff = new Map<string, { staffId: string | null; nick: string }>();
  private token: { value: string; until: number } | null = null;
  private readonly robotCode: string;
  /** Set when the credentials were refused: reported, not retried silently. */
  credentialsRefused: string | null = null;

  constructor(private readonly o: DingTalkOptions) {
    this.botId = o.botId;
    this.robotCode = o.robotCode ?? o.appKey;
  }

  get busy(): boolean {
    return this.inFlight > 0;
  }

  ready(): boolean {
    return !!this.client?.connected;
  }

  /** Connects; refused credentials fail the start with a clear error (other failures are retried with backoff). */
  async start(): Promise<void> {
    this.stopped = false;
    await this.connect();
    if (this.credentialsRefused)
      throw new DingTalkCredentialsError(`${this.botId}: ${this.credentialsRefused}`);
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    this.client?.disconnect();
    this.client?.removeAllListeners();
    this.client = null;
    return Promise.resolve();
  }

  /** One connection attempt; on failure the next is scheduled with backoff (never two at once). */
  private async connect(): Promise<void> {
    if (this.stopped) return;
    const log = this.o.hooks.log;
    const client = new GuardedClient(
      { clientId: this.o.appKey, clientSecret: this.o.appSecret },
      this.o.gatewayUrl ?? `${this.o.apiBase}/v1.0/gateway/connections/open`,
      (err) => log.error({ err: errMessage(err) }, 'dingtalk: bad frame or handler error, ignored'),
      () => {
        if (this.client === client) this.retry('the server announced a disconnect', 0);
      },
    );
    client.registerCallbackListener(TOPIC_ROBOT, (frame: DWClientDownStream) => this.onFrame(client, frame));
    this.client = client;
    try {
      await client.getEndpoint();
      // stopped (or replaced) while waiting: this client must not live on
      if (this.stopped || this.client !== client) return void client.disconnect();
      await client._connect();
      if (this.stopped || this.client !== client) return void client.disconnect();
      log.info({ botId: this.botId }, 'dingtalk: stream connected');
      // the backoff starts over only once a connection has held for a minute (a server closing at once is no success)
      const stable = setTimeout(() => {
        if (this.client === client && client.connected) this.attempt = 0;
      }, 60_000);
      stable.unref();
      (client as unknown as { socket?: { on(e: 'close', f: () => void): void } }).socket?.on('close', () => {
        clearTimeout(stable);
        if (this.client === client) this.retry('socket closed');
      });
    } catch (err) {
      if (err instanceof DingTalkCredentialsError) {
        this.credentialsRefused = err.message;
        log.error(
          { botId: this.botId, err: err.message },
          'dingtalk: credentials refused; fix the AppKey/AppSecret',
        );
        return;
      }
      this.retry(errMessage(err));
    }
  }

  private retry(why: string, pauseMs?: number): void {
    if (this.stopped || this.timer) return;
    const { first, max } = this.o.backoffMs ?? { first: 1_000, max: 60_000 };
    const pause = pauseMs ?? Math.min(max, first * 2 ** this.attempt) * (0.8 + Math.random() * 0.4);
    this.attempt += 1;
    this.o.hooks.log.warn({ botId: this.botId, why, pauseMs: Math.round(pause) }, 'dingtalk: reconnecting');
    // the old client's heartbeat timer and socket go with it
    this.client?.removeAllListeners();
    this.client?.disconnect();
    this.client = null;
    this.timer = setTimeout(() => {
      this.timer = null;
      void this.connect();
    }, pause);
  }

  private onFrame(client: DWClient, frame: DWClientDownStream): void {
    // ack at once (the platform retries an unacked push for up to 60 s); duplicates are dropped by message id later
    client.socketCallBackResponse(frame.headers.messageId, null);
    const parsed = RobotMessage.safeParse(JSON.parse(frame.data));
    if (!parsed.success) {
      this.o.hooks.log.warn({ botId: this.botId }, 'dingtalk: robot message not understood, ignored');
      return;
    }
    this.inFlight += 1;
    void this.handle(parsed.data).finally(() => {
      this.inFlight -= 1;
      this.o.hooks.onSettled?.(parsed.data.msgId);
    });
  }

  private async handle(r: RobotMessage): Promise<void> {
    const { identities, onInbound } = this.o.hooks;
    const platformId = r.senderStaffId ?? r.senderId;
    const personId = identities.personOf('dingtalk', platformId);
    this.staff.set(personId, { staffId: r.senderStaffId ?? null, nick: r.senderNick });
    const group = r.conversationType === '2';
    const groupId = `${r.conversationId}${DINGTALK_GROUP_SUFFIX}`;
    if (group && r.sessionWebhook && r.sessionWebhookExpiredTime)
      this.sessions.set(groupId, { url: r.sessionWebhook, expiresAt: r.sessionWebhookExpiredTime });
    const kind = KIND[r.msgtype] ?? 'other';
    const m: Inbound = {
      botId: this.botId,
      msgId: r.msgId,
      at: r.createAt,
      kind,
      sender: { id: personId, name: r.senderNick || platformId },
      group: group ? { id: groupId, name: r.conversationTitle ?? r.conversationId } : undefined,
      // the robot's own @name is already removed from the text
      text: kind === 'text' ? (r.text?.content ?? '').trim() : '',
      // a group message reaches the robot only when it @s it
      mentionsBot: group,
    };
    try {
      await onInbound(m);
    } catch (err) {
      this.o.hooks.log.error({ botId: this.botId, err: errMessage(err) }, 'dingtalk: inbound failed');
    }
  }

  async send(m: OutboundMessage): Promise<void> {
    if (!this.ready()) throw new AccountOfflineError(`dingtalk robot ${this.botId} is not connected`);
    if (m.isGroup) return this.sendToGroup(m);
    const staffId = this.staffIdOf(m.toId);
    if (!staffId)
      throw new Error(`no DingTalk staff id for ${m.toId}: DingTalk DMs reach members of our org only`);
    const r = await this.api('/v1.0/robot/oToMessages/batchSend', {
      robotCode: this.robotCode,
      userIds: [staffId],
      msgKey: 'sampleText',
      msgParam: JSON.stringify({ content: m.text }),
    });
    const body = z
      .object({
        invalidStaffIdList: z.array(z.string()).optional(),
        flowControlledStaffIdList: z.array(z.string()).optional(),
      })
      .parse(r);
    if (body.invalidStaffIdList?.includes(staffId))
      throw new Error(`DingTalk: ${staffId} cannot receive robot DMs`);
    if (body.flowControlledStaffIdList?.includes(staffId))
      throw new Error(`DingTalk: flow control for ${staffId}, retry later`);
  }

  private async sendToGroup(m: OutboundMessage): Promise<void> {
    const session = this.sessions.get(m.toId);
    const now = this.o.hooks.clock.now();
    const names = m.mentions.map(
      (id) => this.staff.get(id)?.nick || this.o.hooks.identities.nameOf(id) || id,
    );
    if (session && session.expiresAt > now + 5_000) {
      const atUserIds = m.mentions.map((id) => this.staffIdOf(id)).filter((x): x is string => !!x);
      const res = await fetch(session.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          msgtype: 'text',
          text: { content: withMentions(m.text, names, atUserIds.length > 0 ? atUserIds : []) },
          at: { atUserIds, atMobiles: [], isAtAll: false },
        }),
      });
      if (res.ok) {
        const body = (await res.json().catch(() => ({}))) as { errcode?: number };
        if (!body.errcode) return;
      }
      // the webhook died early: fall through to the group send API
      this.sessions.delete(m.toId);
    }
    // no live session: the group send API cannot @ anyone, so the names are written in the text
    const text = names.length > 0 ? `${names.map((n) => `@${n}`).join(' ')} ${m.text}` : m.text;
    await this.api('/v1.0/robot/groupMessages/send', {
      robotCode: this.robotCode,
      openConversationId: m.toId.endsWith(DINGTALK_GROUP_SUFFIX)
        ? m.toId.slice(0, -DINGTALK_GROUP_SUFFIX.length)
        : m.toId,
      msgKey: 'sampleText',
      msgParam: JSON.stringify({ content: text }),
    });
  }

  /**
   * A person's org staff id (what @ and DMs take), or null: someone outside our org has only an encrypted sender id,
   * which can neither be @-mentioned nor DMed.
   */
  private staffIdOf(personId: string): string | null {
    const seen = this.staff.get(personId);
    if (seen) return seen.staffId;
    const mapped = this.o.hooks.identities.platformIdOf(personId, 'dingtalk');
    if (mapped) return mapped;
    const raw = personId.startsWith(ID_PREFIX.dingtalk) ? personId.slice(ID_PREFIX.dingtalk.length) : null;
    return raw && !raw.startsWith('$:') ? raw : null;
  }

  private async accessToken(): Promise<string> {
    const now = this.o.hooks.clock.now();
    if (this.token && this.token.until > now) return this.token.value;
    const res = await fetch(`${this.o.apiBase}/v1.0/oauth2/accessToken`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ appKey: this.o.appKey, appSecret: this.o.appSecret }),
    });
    if (!res.ok) throw new Error(`DingTalk access token: HTTP ${res.status}`);
    const body = z.object({ accessToken: z.string(), expireIn: z.number() }).parse(await res.json());
    // renewed five minutes early
    this.token = { value: body.accessToken, until: now + (body.expireIn - 300) * 1000 };
    return body.accessToken;
  }

  private async api(path: string, body: unknown): Promise<unknown> {
    const res = await fetch(`${this.o.apiBase}${path}`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'x-acs-dingtalk-access-token': await this.accessToken(),
      },
      body: JSON.stringify(body),
    });
    const text = await res.text();
    if (!res.ok) throw new Error(`DingTalk ${path}: HTTP ${res.status} ${text.slice(0, 200)}`);
    return text ? (JSON.parse(text) as unknown) : {};
  }
}

/** The text with each mentioned name written as "@name" first, as DingTalk places the highlight on it. */
function withMentions(text: string, names: string[], atUserIds: string[]): string {
  if (names.length === 0) return text;
  const tags = atUserIds.length > 0 ? atUserIds.map((id) => `@${id}`) : names.map((n) => `@${n}`);
  return `${tags.join(' ')} ${text}`;
}

const errMessage = (err: unknown): string => (err instanceof Error ? err.message : String(err));
