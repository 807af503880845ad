import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { encrypt, signature, writeXml } from '../gateway/wechat-crypto';
import { readBody } from './fake-dingtalk';

/**
 * WeChat on loopback for an Official Account (../shared/notes/channels.md §2), both sides: as the WeChat server it
 * POSTs users' messages to our endpoint, signed (and, in safe mode, encrypted) as documented; as api.weixin.qq.com it
 * hands out tokens and takes customer-service messages, enforcing the window: a user's message allows 5 sends within
 * 48 hours, then `45015`.
 */

export interface OaCreds {
  appId: string;
  appSecret: string;
  token: string;
  aesKey?: string;
}

const WINDOW_MS = 48 * 3_600_000;

export class FakeWeixin {
  private readonly server: Server;
  private readonly tokens = new Set<string>();
  private readonly windows = new Map<string, { openedAt: number; left: number }>();
  readonly sent: Array<{ openid: string; text: string }> = [];
  tokenCalls = 0;

  private constructor(
    private readonly creds: OaCreds,
    private readonly now: () => number,
  ) {
    this.server = createServer((req, res) => void this.route(req, res));
  }

  static async start(creds: OaCreds, now: () => number = Date.now): Promise<FakeWeixin> {
    const f = new FakeWeixin(creds, now);
    await new Promise<void>((resolve) => f.server.listen(0, '127.0.0.1', () => resolve()));
    return f;
  }

  get base(): string {
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  async stop(): Promise<void> {
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  /**
   * A user's text message, POSTed to the account's server URL as WeChat does. `forge` signs with a wrong token.
   * Returns the HTTP status and body our server answered, and how long it took.
   */
  async userSays(
    endpoint: string,
    o: { openid: string; text: string; msgId?: string; createTime?: number; aes?: boolean; forge?: boolean },
  ): Promise<{ status: number; body: string; ms: number; msgId: string }> {
    const msgId = o.msgId ?? String(Math.floor(Math.random() * 1e15));
    const createTime = o.createTime ?? Math.floor(this.now() / 1000);
    const xml = writeXml({
      ToUserName: 'gh_account',
      FromUserName: o.openid,
      CreateTime: createTime,
      MsgType: 'text',
      Content: o.text,
      MsgId: msgId,
    });
    const timestamp = String(createTime);
    const nonce = randomUUID().slice(0, 8);
    const token = o.forge ? 'not-the-token' : this.creds.token;
    const q = new URLSearchParams({
      timestamp,
      nonce,
      openid: o.openid,
      signature: signature([token, timestamp, nonce]),
    });
    let body = xml;
    if (o.aes) {
      if (!this.creds.aesKey) throw new Error('fake WeChat: no EncodingAESKey for safe mode');
      const encrypted = encrypt(this.creds.aesKey, xml, this.creds.appId);
      q.set('encrypt_type', 'aes');
      q.set('msg_signature', signature([token, timestamp, nonce, encrypted]));
      body = writeXml({ ToUserName: 'gh_account', Encrypt: encrypted });
    }
    // WeChat's side of the window: a delivered message opens 5 sends for 48 hours (its retries change nothing)
    const opened = createTime * 1000;
    const w = this.windows.get(o.openid);
    if (!o.forge && (!w || w.openedAt < opened)) this.windows.set(o.openid, { openedAt: opened, left: 5 });
    const started = Date.now();
    const res = await fetch(`${endpoint}/?${q.toString()}`, {
      method: 'POST',
      body,
      headers: { 'content-type': 'text/xml' },
    });
    return { status: res.status, body: await res.text(), ms: Date.now() - started, msgId };
  }

  /** The one-time server URL check. */
  async verifyUrl(endpoint: string, forge = false): Promise<{ status: number; body: string }> {
    const timestamp = String(Math.floor(this.now() / 1000));
    const nonce = 'n0nce';
    const echostr = randomUUID();
    const token = forge ? 'wrong' : this.creds.token;
    const q = new URLSearchParams({
      timestamp,
      nonce,
      echostr,
      signature: signature([token, timestamp, nonce]),
    });
    const res = await fetch(`${endpoint}/?${q.toString()}`);
    return { status: res.status, body: (await res.text()) === echostr ? 'echostr' : 'other' };
  }

  private async route(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://x');
    const body = JSON.parse((await readBody(req)) || '{}') as Record<string, unknown>;
    const reply = (value: unknown): void => {
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(value));
    };
    if (url.pathname === '/cgi-bin/stable_token') {
      this.tokenCalls += 1;
      if (body.appid !== this.creds.appId || body.secret !== this.creds.appSecret)
        return reply({ errcode: 40013, errmsg: 'invalid appid' });
      const token = randomUUID();
      this.tokens.add(token);
      return reply({ access_token: token, expires_in: 7200 });
    }
    if (url.pathname === '/cgi-bin/message/custom/send') {
      if (!this.tokens.has(url.searchParams.get('access_token') ?? ''))
        return reply({ errcode: 40001, errmsg: 'invalid credential' });
      const openid = String(body.touser ?? '');
      const w = this.windows.get(openid);
      if (!w || w.left <= 0 || this.now() - w.openedAt > WINDOW_MS)
        return reply({ errcode: 45015, errmsg: 'response out of time limit or subscription is canceled' });
      w.left -= 1;
      this.sent.push({
        openid,
        text: String((body.text as { content?: string } | undefined)?.content ?? ''),
      });
      return reply({ errcode: 0, errmsg: 'ok' });
    }
    res.writeHead(404).end();
  }
}
