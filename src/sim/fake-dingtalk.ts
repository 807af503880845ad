import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { WebSocketServer, type WebSocket } from 'ws';

/**
 * DingTalk on loopback, speaking the documented protocol (../shared/notes/channels.md §1): the Stream gateway's
 * connection-open call (single-use tickets), the WebSocket with CALLBACK frames that must be acked, session webhooks
 * that expire 90 minutes after the message, the access token, the group send API (no @) and the 1:1 send API (org
 * members only). Used by the simulator and the tests; it fails loudly on anything off-protocol.
 */

export interface RobotPush {
  conversationId: string;
  /** '1' a 1:1 chat, '2' a group. */
  conversationType: '1' | '2';
  conversationTitle?: string;
  senderStaffId: string;
  senderNick: string;
  text: string;
  /** Group messages reach the robot only when they @ it (the fake drops the others, as DingTalk does). */
  atRobot?: boolean;
  msgId?: string;
  createAt: number;
}

export interface DingTalkSent {
  via: 'session' | 'group' | 'oto';
  /** A conversation id (session, group) or a staff id (oto). */
  to: string;
  text: string;
  atUserIds: string[];
}

const SESSION_MS = 90 * 60_000;

export class FakeDingTalk {
  private readonly server: Server;
  private readonly wss: WebSocketServer;
  private readonly tickets = new Map<string, number>();
  private readonly sockets = new Set<WebSocket>();
  private readonly sessions = new Map<string, { conversationId: string; expiresAt: number }>();
  private readonly tokens = new Set<string>();
  readonly sent: DingTalkSent[] = [];
  /** Frames pushed and not yet acked, by frame message id. */
  readonly unacked = new Set<string>();
  /** How many times the connection-open call was made (a reconnect storm shows here). */
  gatewayCalls = 0;
  /** While true, WebSocket handshakes are refused. */
  refuseHandshakes = false;
  /** Staff ids of our org: only they can receive 1:1 robot messages. */
  readonly orgMembers = new Set<string>();

  private constructor(
    private readonly creds: { appKey: string; appSecret: string },
    private readonly now: () => number,
  ) {
    this.server = createServer((req, res) => void this.route(req, res));
    this.wss = new WebSocketServer({ noServer: true });
    this.server.on('upgrade', (req, socket, head) => {
      // a client that gives up mid-handshake resets the socket: expected, never an uncaught error
      socket.on('error', () => undefined);
      const url = new URL(req.url ?? '/', 'http://x');
      const ticket = url.searchParams.get('ticket') ?? '';
      const expires = this.tickets.get(ticket);
      this.tickets.delete(ticket); // one connection per ticket
      if (
        this.refuseHandshakes ||
        url.pathname !== '/connect' ||
        expires === undefined ||
        expires < Date.now()
      ) {
        socket.end('HTTP/1.1 403 Forbidden\r\n\r\n');
        return;
      }
      this.wss.handleUpgrade(req, socket, head, (ws) => this.accept(ws));
    });
  }

  static async start(
    creds: { appKey: string; appSecret: string },
    now: () => number = Date.now,
  ): Promise<FakeDingTalk> {
    const f = new FakeDingTalk(creds, now);
    await new Promise<void>((resolve) => f.server.listen(0, '127.0.0.1', () => resolve()));
    return f;
  }

  get base(): string {
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  get connections(): number {
    return this.sockets.size;
  }

  /** Delivers a robot message to one connected client; false when DingTalk would not (a group message without @). */
  push(p: RobotPush): boolean {
    if (p.conversationType === '2' && !p.atRobot) return false;
    const [ws] = this.sockets;
    if (!ws) throw new Error('fake DingTalk: no robot connected');
    const session = randomUUID();
    const expiresAt = p.createAt + SESSION_MS;
    this.sessions.set(session, { conversationId: p.conversationId, expiresAt });
    const data = {
      conversationId: p.conversationId,
      conversationType: p.conversationType,
      conversationTitle: p.conversationTitle,
      chatbotCorpId: 'ding-corp',
      chatbotUserId: '$:LWCP_v1:$robot',
      msgId: p.msgId ?? `msg${randomUUID()}`,
      senderNick: p.senderNick,
      isAdmin: false,
      // someone outside the org has no staff id, only an encrypted sender id
      senderStaffId: p.senderStaffId || undefined,
      senderId: `$:LWCP_v1:$${p.senderStaffId || p.senderNick}`,
      senderCorpId: 'ding-corp',
      sessionWebhook: `${this.base}/robot/sendBySession?session=${session}`,
      sessionWebhookExpiredTime: expiresAt,
      createAt: p.createAt,
      robotCode: this.creds.appKey,
      msgtype: 'text',
      text: { content: ` ${p.text}` },
      isInAtList: p.conversationType === '2',
    };
    const messageId = randomUUID();
    this.unacked.add(messageId);
    ws.send(
      JSON.stringify({
        specVersion: '1.0',
        type: 'CALLBACK',
        headers: {
          appId: 'app',
          connectionId: 'conn',
          contentType: 'application/json',
          messageId,
          time: String(p.createAt),
          topic: '/v1.0/im/bot/messages/get',
        },
        data: JSON.stringify(data),
      }),
    );
    return true;
  }

  /** Sends raw text as a frame (a malformed one, say). */
  pushRaw(text: string): void {
    for (const ws of this.sockets) ws.send(text);
  }

  /** The SYSTEM "disconnect" frame: the server will close the connection after 10 s of silence. */
  announceDisconnect(): void {
    for (const ws of this.sockets)
      ws.send(
        JSON.stringify({
          specVersion: '1.0',
          type: 'SYSTEM',
          headers: {
            topic: 'disconnect',
            messageId: randomUUID(),
            contentType: 'application/json',
            time: '0',
          },
          data: JSON.stringify({ reason: 'server maintenance' }),
        }),
      );
  }

  /** Drops every open connection, as a network failure would. */
  dropConnections(): void {
    for (const ws of this.sockets) ws.terminate();
  }

  /** Ends a session webhook early (as if 90 minutes had passed). */
  expireSessions(): void {
    for (const s of this.sessions.values()) s.expiresAt = 0;
  }

  async stop(): Promise<void> {
    for (const ws of this.sockets) ws.terminate();
    this.wss.close();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  private accept(ws: WebSocket): void {
    this.sockets.add(ws);
    ws.on('close', () => this.sockets.delete(ws));
    // a peer that drops (ECONNRESET) just closes; the fake plays a server, not a test of the network
    ws.on('error', () => undefined);
    ws.on('message', (raw) => {
      const msg = JSON.parse(String(raw)) as { code?: number; headers?: { messageId?: string } };
      if (msg.code === 200 && msg.headers?.messageId) this.unacked.delete(msg.headers.messageId);
    });
  }

  private async route(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://x');
    const body = JSON.parse((await readBody(req)) || '{}') as Record<string, unknown>;
    const reply = (status: number, value: unknown): void => {
      res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(value));
    };
    switch (url.pathname) {
      case '/v1.0/gateway/connections/open': {
        this.gatewayCalls += 1;
        if (req.headers.accept !== 'application/json')
          return reply(400, { message: 'Accept: application/json' });
        if (body.clientId !== this.creds.appKey || body.clientSecret !== this.creds.appSecret)
          return reply(401, { code: 'InvalidAuthentication', message: 'bad clientId or clientSecret' });
        const subs = (body.subscriptions ?? []) as Array<{ type: string; topic: string }>;
        if (!subs.some((s) => s.type === 'CALLBACK' && s.topic === '/v1.0/im/bot/messages/get'))
          return reply(400, { message: 'no robot subscription' });
        const ticket = randomUUID();
        this.tickets.set(ticket, Date.now() + 90_000);
        return reply(200, {
          endpoint: `ws://127.0.0.1:${(this.server.address() as AddressInfo).port}/connect`,
          ticket,
        });
      }
      case '/v1.0/oauth2/accessToken': {
        if (body.appKey !== this.creds.appKey || body.appSecret !== this.creds.appSecret)
          return reply(400, { code: 'invalidClientId' });
        const token = randomUUID();
        this.tokens.add(token);
        return reply(200, { accessToken: token, expireIn: 7200 });
      }
      case '/robot/sendBySession': {
        const s = this.sessions.get(url.searchParams.get('session') ?? '');
        if (!s || s.expiresAt < this.now()) return reply(200, { errcode: 300001, errmsg: 'session expired' });
        const content = String((body.text as { content?: string } | undefined)?.content ?? '');
        const atUserIds = ((body.at as { atUserIds?: string[] } | undefined)?.atUserIds ?? []).map(String);
        this.sent.push({ via: 'session', to: s.conversationId, text: content, atUserIds });
        return reply(200, { errcode: 0, errmsg: 'ok' });
      }
      case '/v1.0/robot/groupMessages/send': {
        if (!this.tokens.has(String(req.headers['x-acs-dingtalk-access-token'] ?? '')))
          return reply(401, { code: 'InvalidAuthentication' });
        const param = JSON.parse(String(body.msgParam ?? '{}')) as { content?: string };
        this.sent.push({
          via: 'group',
          to: String(body.openConversationId),
          text: param.content ?? '',
          atUserIds: [],
        });
        return reply(200, { processQueryKey: randomUUID() });
      }
      case '/v1.0/robot/oToMessages/batchSend': {
        if (!this.tokens.has(String(req.headers['x-acs-dingtalk-access-token'] ?? '')))
          return reply(401, { code: 'InvalidAuthentication' });
        const ids = (body.userIds ?? []) as string[];
        if (ids.length > 20) return reply(400, { message: 'at most 20 userIds' });
        const param = JSON.parse(String(body.msgParam ?? '{}')) as { content?: string };
        const invalid = ids.filter((id) => !this.orgMembers.has(id));
        for (const id of ids.filter((x) => this.orgMembers.has(x)))
          this.sent.push({ via: 'oto', to: id, text: param.content ?? '', atUserIds: [] });
        return reply(200, {
          processQueryKey: randomUUID(),
          invalidStaffIdList: invalid,
          flowControlledStaffIdList: [],
        });
      }
      default:
        return reply(404, { message: `fake DingTalk: no ${url.pathname}` });
    }
  }
}

export function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}
