import type { Logger } from 'pino';
import { types, type Message, type Wechaty } from 'wechaty';
import { AccountOfflineError, SendOutcomeUnknownError, type Clock } from '../app/ports';
import { mentionsByHand } from '../domain/intake';
import type { Inbound, InboundKind, OutboundMessage } from '../domain/types';
import type { ChatGateway } from './chat-gateway';

export interface GatewayOptions {
  botId: string;
  /** The account's display name, as people type it after @ (fallback for puppets that lose mention lists). */
  displayName: string;
  wechaty: Wechaty;
  clock: Clock;
  /** Messages older than this (by their own date) are replayed history and dropped. */
  maxMessageAgeMs: number;
  /** Handles a message; resolves to its outcome, 'error' when it was not handled (a redelivery is then welcome). */
  onInbound: (m: Inbound) => Promise<string>;
  /**
   * Records a login and returns where this account's history ends (its first login ever, kept in the store), so a
   * restarted process still reads what was said while it was down. Without it: this process's first login.
   */
  recordLogin?: (now: number) => number;
  /** Pauses between tries of a message whose handling failed; default 0.5 s, 2 s, 5 s. */
  inboundRetriesMs?: readonly number[];
  /** Called once the gateway is done with a message event (handled, or dropped as self, stale or repeated). */
  onSettled?: (msgId: string) => void;
  log: Logger;
}

export interface AccountStatus {
  botId: string;
  loggedIn: boolean;
  startedAt: number | null;
  loginAt: number | null;
  lastEventAt: number | null;
  /** When the account last started, logged in or logged out. */
  stateSince: number | null;
  /**
   * When the connection to the puppet last reported itself lost (a gRPC `CANCELLED`/`UNAVAILABLE` error); null when
   * it never did. The puppet-service client does not reconnect its event stream by itself (VERIFIED in
   * `npm run test:chaos`: after the server restarts, the account stays silent and "logged in" for good).
   */
  connectionLostAt?: number | null;
}

/** gRPC status codes that mean the puppet-service connection itself went away (1 CANCELLED, 14 UNAVAILABLE). */
const CONNECTION_LOST = /^(1 CANCELLED|14 UNAVAILABLE)\b/u;

const KIND: Partial<Record<types.Message, InboundKind>> = {
  [types.Message.Text]: 'text',
  [types.Message.Image]: 'image',
  [types.Message.Audio]: 'voice',
  [types.Message.Attachment]: 'file',
  [types.Message.Video]: 'other',
  [types.Message.Emoticon]: 'other',
  [types.Message.Url]: 'other',
  [types.Message.MiniProgram]: 'other',
  [types.Message.Contact]: 'other',
  [types.Message.Location]: 'other',
  [types.Message.ChatHistory]: 'other',
};

const RECENT_IDS = 10_000;
/** Pauses between tries of a message whose handling failed (real time: a busy store needs real time). */
const INBOUND_RETRIES_MS: readonly number[] = [500, 2_000, 5_000];

/**
 * The only code that talks to Wechaty (with `mock-world.ts` for the simulator's fake platform). One gateway per bot
 * account: maps Wechaty messages to `Inbound`, drops the bot's own messages, replayed history and repeated ids,
 * and sends `OutboundMessage`s with real @mentions.
 */
export class WechatyGateway implements ChatGateway {
  readonly platform = 'wechat' as const;
  private readonly recent = new Set<string>();
  private status: AccountStatus;
  private readonly pending = new Set<Promise<unknown>>();
  private stopping = false;

  constructor(private readonly o: GatewayOptions) {
    this.status = {
      botId: o.botId,
      loggedIn: false,
      startedAt: null,
      loginAt: null,
      lastEventAt: null,
      stateSince: null,
      connectionLostAt: null,
    };
    const w = o.wechaty;
    const log = o.log;
    w.on('error', (err) => {
      if (CONNECTION_LOST.test(err.message) && !this.stopping) {
        // one failed call can say CANCELLED/UNAVAILABLE while the event stream is fine: note when the trouble began
        // (not each repeat) and ask the puppet for a `dong`, which comes back over the stream only if it still works
        const { connectionLostAt, lastEventAt } = this.status;
        if (connectionLostAt == null || (lastEventAt ?? 0) > connectionLostAt)
          this.status.connectionLostAt = o.clock.now();
        log.warn({ err: { message: err.message } }, 'connection to the puppet service may be lost');
        // Wechaty reports a failed ding as an error event; a dead stream simply brings no `dong`
        w.ding('connection check');
      } else log.warn({ err: { message: err.message } }, 'wechaty error');
    });
    w.on('dong', () => this.touch());
    w.on('scan', (qrcode, status) =>
      log.warn({ status, qrcode }, 'scan the QR code to log in this bot account'),
    );
    w.on('login', (user) => {
      this.status.loggedIn = true;
      // The first login marks where history ends; after a reconnect, messages sent during the outage are new.
      const firstLogin = o.recordLogin?.(o.clock.now()) ?? o.clock.now();
      this.status.loginAt ??= firstLogin;
      this.status.stateSince = o.clock.now();
      this.touch();
      log.info({ userId: user.id }, 'bot account logged in');
    });
    w.on('logout', (_user, reason) => {
      this.status.loggedIn = false;
      this.status.stateSince = o.clock.now();
      if (this.stopping) log.info({ reason }, 'bot account logged out on shutdown');
      else log.warn({ reason }, 'bot account logged out');
    });
    // A bot can DM only its friends: doctors, admins and askers who want private answers add it, and it accepts.
    w.on('friendship', (friendship) => {
      if (friendship.type() !== types.Friendship.Receive) return;
      friendship.accept().then(
        () => log.info({ contactId: friendship.contact().id }, 'friend request accepted'),
        (err: unknown) =>
          log.warn(
            { err: { message: err instanceof Error ? err.message : String(err) } },
            'friend request not accepted',
          ),
      );
    });
    w.on('heartbeat', () => this.touch());
    w.on('ready', () => this.touch());
    w.on('message', (msg) => {
      this.touch();
      const work: Promise<void> = this.onMessage(msg)
        .catch((err: unknown) => log.error({ err }, 'inbound message could not be read'))
        .finally(() => {
          this.pending.delete(work);
          o.onSettled?.(msg.id);
        });
      this.pending.add(work);
    });
  }

  private get retries(): readonly number[] {
    return this.o.inboundRetriesMs ?? INBOUND_RETRIES_MS;
  }

  get botId(): string {
    return this.o.botId;
  }

  get wechaty(): Wechaty {
    return this.o.wechaty;
  }

  /** True while a message is being read or handled (the simulator waits for this to settle). */
  get busy(): boolean {
    return this.pending.size > 0;
  }

  accountStatus(): AccountStatus {
    return { ...this.status, loggedIn: this.status.loggedIn && this.o.wechaty.isLoggedIn };
  }

  async start(): Promise<void> {
    this.status.startedAt = this.o.clock.now();
    this.status.stateSince = this.status.startedAt;
    await this.o.wechaty.start();
  }

  async stop(): Promise<void> {
    this.stopping = true;
    await Promise.allSettled([...this.pending]);
    await this.o.wechaty.stop();
  }

  private touch(): void {
    this.status.lastEventAt = this.o.clock.now();
  }

  private remember(id: string): boolean {
    if (this.recent.has(id)) return false;
    this.recent.add(id);
    if (this.recent.size > RECENT_IDS) {
      const oldest = this.recent.values().next().value;
      if (oldest !== undefined) this.recent.delete(oldest);
    }
    return true;
  }

  /** Maps a Wechaty message to an Inbound, or returns null for what the pipeline must never see. */
  async toInbound(msg: Message): Promise<Inbound | null> {
    const log = this.o.log;
    if (msg.self()) return null;
    const at = msg.date().getTime();
    const now = this.o.clock.now();
    const loginAt = this.status.loginAt ?? this.status.startedAt ?? now;
    // 1 s of grace: some puppets stamp messages in whole seconds
    if (at < loginAt - 1000 || now - at > this.o.maxMessageAgeMs) {
      log.info({ msgId: msg.id, ageMs: now - at }, 'dropped message from before login or too old');
      return null;
    }
    const kind = KIND[msg.type()];
    if (!kind) {
      log.debug({ msgId: msg.id, type: msg.type() }, 'dropped system message');
      return null;
    }
    if (this.recent.has(msg.id)) {
      log.info({ msgId: msg.id }, 'dropped repeated message id');
      return null;
    }
    const talker = msg.talker();
    const room = msg.room();
    let text = kind === 'text' ? msg.text() : '';
    let mentionsBot = false;
    let senderName = talker.name();
    let group: Inbound['group'];
    if (room) {
      group = { id: room.id, name: await room.topic() };
      senderName = (await room.alias(talker)) || senderName;
      if (kind === 'text') {
        mentionsBot = await msg.mentionSelf();
        if (mentionsBot) text = await msg.mentionText();
        else {
          const self = this.o.wechaty.currentUser;
          const names = [this.o.displayName, self.name(), (await room.alias(self)) ?? ''].filter(
            (n) => n.length > 0,
          );
          mentionsBot = mentionsByHand(text, names);
        }
      }
    }
    return {
      botId: this.o.botId,
      msgId: msg.id,
      at,
      kind,
      sender: { id: talker.id, name: senderName },
      ...(group ? { group } : {}),
      text,
      mentionsBot,
    };
  }

  /**
   * Reads and hands on a message, trying again a few times when that fails (a busy store, a gRPC hiccup): real
   * transports rarely redeliver, so giving up at once would lose the question. Ids are remembered only once handled.
   */
  private async onMessage(msg: Message): Promise<void> {
    for (let attempt = 0; ; attempt++) {
      try {
        const inbound = await this.toInbound(msg);
        if (!inbound) return;
        if ((await this.o.onInbound(inbound)) !== 'error') {
          this.remember(inbound.msgId);
          return;
        }
      } catch (err) {
        if (attempt >= this.retries.length) throw err;
        this.o.log.warn({ err, msgId: msg.id, attempt }, 'could not read a message; trying again');
      }
      const wait = this.retries[attempt];
      if (wait === undefined || this.stopping) {
        this.o.log.error(
          { msgId: msg.id },
          'message not handled after every retry; it is handled if delivered again',
        );
        return;
      }
      await new Promise((r) => setTimeout(r, wait));
    }
  }

  ready(): boolean {
    return this.o.wechaty.isLoggedIn;
  }

  async send(m: OutboundMessage): Promise<void> {
    const w = this.o.wechaty;
    if (!w.isLoggedIn) throw new AccountOfflineError(`bot account ${this.o.botId} is not logged in`);
    if (m.isGroup) {
      const room = await w.Room.find({ id: m.toId });
      if (!room) throw new Error(`group ${m.toId} not found for bot account ${this.o.botId}`);
      const contacts = [];
      for (const id of m.mentions) {
        const contact = await w.Contact.find({ id });
        // never post without the @: in a 500-member group the asker would not see the answer
        if (!contact) throw new Error(`contact ${id} to mention not found for bot account ${this.o.botId}`);
        contacts.push(contact);
      }
      await outcomeUnknownIfCutOff(room.say(m.text, ...contacts));
    } else {
      const contact = await w.Contact.find({ id: m.toId });
      if (!contact) throw new Error(`contact ${m.toId} not found for bot account ${this.o.botId}`);
      await outcomeUnknownIfCutOff(contact.say(m.text));
    }
  }
}

/** A say() the lost connection cut off (CANCELLED/UNAVAILABLE) may have reached WeChat: its outcome is unknown. */
async function outcomeUnknownIfCutOff(say: Promise<unknown>): Promise<void> {
  try {
    await say;
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    if (CONNECTION_LOST.test(message)) throw new SendOutcomeUnknownError(message, { cause: err });
    throw err;
  }
}
