import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { z } from 'zod';
import type { Inbound, InboundKind, OutboundMessage } from '../domain/types';
import { ID_PREFIX, type ChatGateway, type GatewayHooks } from './chat-gateway';
import { decrypt, readXml, sameSignature, signature } from './wechat-crypto';

/**
 * A WeChat Official Account (公众号) behind its server URL (../shared/notes/channels.md §2). Every request's signature
 * is checked (and the AES safe mode decrypted); a good one is answered `success` at once, within the 5-second rule, and
 * handled after; WeChat's three retries are the same MsgId, so the pipeline's message-id dedupe drops them. Answers go
 * back as customer-service messages: a user's message opens 5 sends within 48 hours; a longer answer is split into
 * parts; what does not fit, or finds the window closed, is parked and sent when the user next writes, and the last
 * message a window allows says so.
 */

export interface OfficialAccountOptions {
  botId: string;
  appId: string;
  appSecret: string;
  /** The Token set in the account's server configuration (signs every request). */
  token: string;
  /** The EncodingAESKey (43 characters) for safe mode; without it only plaintext mode is accepted. */
  aesKey?: string;
  /** Where the server URL points: host and port this process listens on (port 0: any free port). */
  host: string;
  port: number;
  /** https://api.weixin.qq.com (a loopback fake in tests and the simulator). */
  apiBase: string;
  /** The send window a user's message opens (WeChat: 5 messages within 48 hours). */
  window?: { sends: number; ms: number };
  ledger: OaLedger;
  hooks: GatewayHooks;
}

/** The send windows and parked messages, kept in the store so a restart loses nothing. */
export interface OaLedger {
  openWindow(botId: string, openid: string, at: number, sends: number): void;
  window(botId: string, openid: string): { openedAt: number; sendsLeft: number } | null;
  takeSend(botId: string, openid: string, openedAfter: number): boolean;
  park(botId: string, openid: string, text: string, now: number): void;
  parked(botId: string, openid: string): Array<{ id: number; text: string }>;
  unpark(id: number, now: number): boolean;
}

const WINDOW = { sends: 5, ms: 48 * 3_600_000 };
/** Longest part of a split answer (WeChat's limit for a text message is not documented; ~2,000 bytes is safe). */
const PART_CHARS = 600;
const KIND: Record<string, InboundKind> = { text: 'text', image: 'image', voice: 'voice', video: 'other' };

export class OfficialAccountGateway implements ChatGateway {
  readonly platform = 'wechat-oa' as const;
  readonly botId: string;
  private server: Server | null = null;
  private inFlight = 0;
  private token: { value: string; until: number } | null = null;
  private readonly window: { sends: number; ms: number };

  constructor(private readonly o: OfficialAccountOptions) {
    this.botId = o.botId;
    this.window = o.window ?? WINDOW;
  }

  get busy(): boolean {
    return this.inFlight > 0;
  }

  ready(): boolean {
    return this.server?.listening ?? false;
  }

  /** The port the server listens on (after start). */
  get port(): number {
    return (this.server?.address() as AddressInfo | null)?.port ?? 0;
  }

  async start(): Promise<void> {
    const server = createServer((req, res) => void this.onRequest(req, res));
    this.server = server;
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(this.o.port, this.o.host, () => resolve());
    });
    this.o.hooks.log.info({ botId: this.botId, port: this.port }, 'official account: listening');
  }

  async stop(): Promise<void> {
    const s = this.server;
    this.server = null;
    if (s) await new Promise<void>((resolve) => s.close(() => resolve()));
    // messages already answered "success" are handled to the end (up to 5 s), never cut off by the shutdown
    const deadline = Date.now() + 5_000;
    while (this.inFlight > 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 10));
  }

  private async onRequest(req: IncomingMessage, res: ServerResponse): Promise<void> {
    try {
      await this.serve(req, res);
    } catch (err) {
      // nothing a request does may take the process down
      this.o.hooks.log.error({ botId: this.botId, err: errMessage(err) }, 'official account: request failed');
      if (!res.headersSent) res.writeHead(400).end();
    }
  }

  private async serve(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const q = Object.fromEntries(url.searchParams);
    const { token } = this.o;
    const plainOk = sameSignature(q.signature, signature([token, q.timestamp ?? '', q.nonce ?? '']));
    if (req.method === 'GET') {
      // the one-time server URL check
      res.writeHead(plainOk ? 200 : 401).end(plainOk ? (q.echostr ?? '') : 'bad signature');
      return;
    }
    if (req.method !== 'POST') return void res.writeHead(405).end();
    const body = await readBody(req);
    if (body === null) return void res.writeHead(413).end();
    let fields: Record<string, string>;
    try {
      fields = this.open(q, body, plainOk);
    } catch (err) {
      this.o.hooks.log.warn({ botId: this.botId, err: errMessage(err) }, 'official account: request refused');
      return void res.writeHead(401).end('bad signature');
    }
    // within the 5-second rule whatever happens next: no retry, no "service unavailable" shown to the user
    res.writeHead(200, { 'content-type': 'text/plain' }).end('success');
    this.inFlight += 1;
    const msgId = fields.MsgId ?? `${fields.FromUserName ?? ''}-${fields.CreateTime ?? ''}`;
    try {
      await this.handle(fields, msgId);
    } catch (err) {
      this.o.hooks.log.error({ botId: this.botId, err: errMessage(err) }, 'official account: inbound failed');
    } finally {
      this.inFlight -= 1;
      this.o.hooks.onSettled?.(msgId);
    }
  }

  /** The message's fields, once its signature holds (safe mode: the encrypted body's, then decrypted). */
  private open(q: Record<string, string>, body: string, plainOk: boolean): Record<string, string> {
    // a signed request is good for 5 minutes: a URL copied from a log cannot be replayed later
    const age = Math.abs(this.o.hooks.clock.now() - Number(q.timestamp ?? 'NaN') * 1000);
    if (!(age <= 5 * 60_000)) throw new Error('stale or missing timestamp');
    const outer = readXml(body);
    if (q.encrypt_type === 'aes') {
      if (!this.o.aesKey) throw new Error('safe mode message but no EncodingAESKey configured');
      const encrypted = outer.Encrypt ?? '';
      const expected = signature([this.o.token, q.timestamp ?? '', q.nonce ?? '', encrypted]);
      if (!sameSignature(q.msg_signature, expected)) throw new Error('bad msg_signature');
      const { message, appId } = decrypt(this.o.aesKey, encrypted);
      if (appId !== this.o.appId) throw new Error('message for another AppID');
      return readXml(message);
    }
    // with an EncodingAESKey set, plaintext is refused (its signature does not cover the body)
    if (this.o.aesKey) throw new Error('plaintext message but safe mode is configured');
    if (!plainOk) throw new Error('bad signature');
    return outer;
  }

  private async handle(f: Record<string, string>, msgId: string): Promise<void> {
    const openid = f.FromUserName;
    if (!openid) return;
    const now = this.o.hooks.clock.now();
    const type = f.MsgType ?? '';
    if (type === 'event') return;
    // the follower's message opens the send window (keyed by its time: WeChat's retries of it change nothing)
    const at = Number(f.CreateTime ?? '0') * 1000 || now;
    this.o.ledger.openWindow(this.botId, openid, at, this.window.sends);
    const personId = this.o.hooks.identities.personOf('wechat-oa', openid);
    const kind = KIND[type] ?? 'other';
    const m: Inbound = {
      botId: this.botId,
      msgId,
      at,
      kind,
      // an Official Account tells us no name: the pipeline uses the one we know
      sender: { id: personId, name: '' },
      text: kind === 'text' ? (f.Content ?? '').trim() : '',
      mentionsBot: true,
    };
    await this.o.hooks.onInbound(m);
    // then what waited for this message (the new question's acknowledgement is queued, not sent, so it comes after)
    await this.flushParked(openid);
  }

  private async flushParked(openid: string): Promise<void> {
    for (const p of this.o.ledger.parked(this.botId, openid)) {
      try {
        const parkedAgain = await this.deliver(openid, p.text, false);
        if (parkedAgain) break;
        this.o.ledger.unpark(p.id, this.o.hooks.clock.now());
      } catch (err) {
        this.o.hooks.log.error(
          { botId: this.botId, err: errMessage(err) },
          'official account: parked message kept',
        );
        break;
      }
    }
  }

  async send(m: OutboundMessage): Promise<void | { parked: true }> {
    if (m.isGroup) throw new Error('an Official Account has no groups');
    const openid = this.openidOf(m.toId);
    if (!openid) throw new Error(`no Official Account openid for ${m.toId}`);
    let parked = false;
    for (const part of splitText(m.text, PART_CHARS))
      parked = (await this.deliver(openid, part, true)) || parked;
    return parked ? { parked: true } : undefined;
  }

  /**
   * One customer-service message if the window allows; else, with `park`, kept for the user's next message (true).
   */
  private async deliver(openid: string, text: string, park: boolean): Promise<boolean> {
    const { ledger } = this.o;
    const now = this.o.hooks.clock.now();
    if (!ledger.takeSend(this.botId, openid, now - this.window.ms)) {
      if (park) ledger.park(this.botId, openid, text, now);
      this.o.hooks.log.info({ botId: this.botId }, 'official account: window closed, message parked');
      return true;
    }
    const left = ledger.window(this.botId, openid)?.sendsLeft ?? 0;
    const body = left === 0 ? `${text}\n\n（如还有后续回复，请回复任意内容接收。）` : text;
    const r = await this.api('/cgi-bin/message/custom/send', {
      touser: openid,
      msgtype: 'text',
      text: { content: body },
    });
    if (r.errcode === 45015 || r.errcode === 45047) {
      // the window closed on WeChat's side (the user unfollowed, or the clocks disagree): wait for their next message
      if (park) ledger.park(this.botId, openid, text, now);
      return true;
    }
    if (r.errcode) throw new Error(`Official Account send: ${r.errcode} ${r.errmsg ?? ''}`);
    return false;
  }

  private openidOf(personId: string): string | null {
    const mapped = this.o.hooks.identities.platformIdOf(personId, 'wechat-oa');
    if (mapped) return mapped;
    return personId.startsWith(ID_PREFIX['wechat-oa']) ? personId.slice(ID_PREFIX['wechat-oa'].length) : null;
  }

  private async accessToken(): Promise<string> {
    const now = this.o.hooks.clock.now();
    if (this.token && this.token.until > now) return this.token.value;
    const res = await fetch(`${this.o.apiBase}/cgi-bin/stable_token`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        grant_type: 'client_credential',
        appid: this.o.appId,
        secret: this.o.appSecret,
      }),
    });
    const body = z
      .object({
        access_token: z.string().optional(),
        expires_in: z.number().optional(),
        errcode: z.number().optional(),
      })
      .parse(await res.json());
    if (!body.access_token) throw new Error(`Official Account token: errcode ${body.errcode ?? res.status}`);
    this.token = { value: body.access_token, until: now + ((body.expires_in ?? 7200) - 300) * 1000 };
    return body.access_token;
  }

  private async api(path: string, body: unknown): Promise<{ errcode?: number; errmsg?: string }> {
    const token = await this.accessToken();
    const res = await fetch(`${this.o.apiBase}${path}?access_token=${encodeURIComponent(token)}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
    if (!res.ok) throw new Error(`Official Account ${path}: HTTP ${res.status}`);
    return z
      .object({ errcode: z.number().optional(), errmsg: z.string().optional() })
      .parse(await res.json());
  }
}

/**
 * A long text in parts of at most `max` characters, cut at a paragraph, line or sentence end where one is near, and
 * numbered (1/3) so the reader knows more follows.
 */
export function splitText(text: string, max: number): string[] {
  const chars = Array.from(text); // code points: an emoji is never cut in half
  if (chars.length <= max) return [text];
  const room = max - 8; // for the "（n/m）" mark
  const parts: string[] = [];
  let rest = chars;
  while (rest.length > room) {
    const window = rest.slice(0, room);
    let cut = -1;
    for (let i = window.length - 1; i > room / 2 && cut < 0; i--) {
      const c = window[i] ?? '';
      if (c === '\n' || '。！？；!?'.includes(c)) cut = i + 1;
    }
    for (let i = window.length - 1; i > room / 2 && cut < 0; i--)
      if ('，、,. '.includes(window[i] ?? '')) cut = i + 1;
    // never inside a number ("200毫克" stays whole)
    if (cut < 0) {
      cut = room;
      while (cut > room / 2 && /\d/u.test(window[cut - 1] ?? '') && /\d/u.test(rest[cut] ?? '')) cut -= 1;
    }
    parts.push(rest.slice(0, cut).join('').trim());
    rest = rest.slice(cut);
  }
  const last = rest.join('').trim();
  if (last) parts.push(last);
  return parts.map((p, i) => `${p}（${i + 1}/${parts.length}）`);
}

/** The request body, or null when it is too large or the client went away (never a rejection). */
function readBody(req: IncomingMessage): Promise<string | null> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (size > 256 * 1024) {
        resolve(null);
        req.destroy();
      } else chunks.push(c);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', () => resolve(null));
    req.on('aborted', () => resolve(null));
  });
}

const errMessage = (err: unknown): string => (err instanceof Error ? err.message : String(err));
