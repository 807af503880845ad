import { types, WechatyBuilder, type Wechaty } from 'wechaty';
import type { payloads } from 'wechaty-puppet';
import { mock, PuppetMock } from 'wechaty-puppet-mock';

/** What one mock WeChat account knows: every person, and the groups that account sits in. */
export interface MockAccountWorld {
  botId: string;
  botName: string;
  people: Array<{ id: string; name: string }>;
  rooms: Array<{ id: string; topic: string; memberIds: string[] }>;
}

/** A mock WeChat message as the mock puppet stores it. */
export type MockMessagePayload = payloads.Message;

export interface SentByMock {
  conversationId: string;
  text: string;
  mentionIdList: string[];
}

const MEDIA: Record<'image' | 'voice' | 'file', types.Message> = {
  image: types.Message.Image,
  voice: types.Message.Audio,
  file: types.Message.Attachment,
};

/**
 * A fake WeChat account on wechaty-puppet-mock: the simulator's platform. People speak through `inject…` with
 * message ids we choose (so a redelivery repeats the id); what the bot sends is captured at the puppet, exactly as
 * WeChat would receive it, including the mention list.
 */
export class MockAccount {
  readonly wechaty: Wechaty;
  private readonly mocker = new mock.Mocker();
  private readonly sent: SentByMock[] = [];
  /** Friend requests the bot accepted (their ids). */
  readonly acceptedFriendships: string[] = [];

  constructor(readonly world: MockAccountWorld) {
    const puppet = new PuppetMock({ mocker: this.mocker });
    const original = puppet.messageSendText.bind(puppet);
    puppet.messageSendText = async (conversationId: string, text: string, mentionIdList?: string[]) => {
      this.sent.push({ conversationId, text, mentionIdList: mentionIdList ?? [] });
      return original(conversationId, text);
    };
    const accept = puppet.friendshipAccept.bind(puppet);
    puppet.friendshipAccept = async (friendshipId: string) => {
      this.acceptedFriendships.push(friendshipId);
      return accept(friendshipId);
    };
    this.mocker.createContact({ id: world.botId, name: world.botName });
    for (const p of world.people) {
      if (p.id !== world.botId) this.mocker.createContact({ id: p.id, name: p.name });
    }
    for (const r of world.rooms) {
      this.mocker.createRoom({ id: r.id, topic: r.topic, memberIdList: [world.botId, ...r.memberIds] });
    }
    this.wechaty = WechatyBuilder.build({ name: `sim-${world.botId}`, puppet });
  }

  /** Logs the account in (after `wechaty.start()`). */
  login(): void {
    this.mocker.login(this.mocker.ContactMock.load(this.world.botId));
  }

  /** A person sends text, to a room (optionally @mentioning the bot) or by DM to the bot. Returns the message. */
  injectText(
    msgId: string,
    fromId: string,
    text: string,
    at: number,
    room?: { id: string; mentionBot: boolean },
  ): MockMessagePayload {
    return this.inject({
      id: msgId,
      talkerId: fromId,
      text,
      timestamp: at,
      type: types.Message.Text,
      ...(room
        ? { roomId: room.id, mentionIdList: room.mentionBot ? [this.world.botId] : [] }
        : { listenerId: this.world.botId }),
    });
  }

  /** A person sends a photo, a voice message or a file. Returns the message. */
  injectMedia(
    msgId: string,
    fromId: string,
    kind: 'image' | 'voice' | 'file',
    at: number,
    roomId?: string,
  ): MockMessagePayload {
    return this.inject({
      id: msgId,
      talkerId: fromId,
      timestamp: at,
      type: MEDIA[kind],
      ...(roomId ? { roomId, mentionIdList: [] } : { listenerId: this.world.botId }),
    });
  }

  private inject(payload: MockMessagePayload): MockMessagePayload {
    this.ensurePerson(payload.talkerId);
    this.mocker.MessageMock.create(payload);
    this.deliver(payload.id);
    return payload;
  }

  /** Delivers a message again (WeChat transports do redeliver), also one this account instance never saw. */
  redeliver(payload: MockMessagePayload): void {
    try {
      this.mocker.MessageMock.load(payload.id);
    } catch {
      this.mocker.MessageMock.create(payload);
    }
    this.deliver(payload.id);
  }

  /** Emits the puppet's message event for an id. */
  deliver(msgId: string): void {
    this.mocker.puppet.emit('message', { messageId: msgId });
  }

  /** A person asks to be the bot's friend (as WeChat delivers it: a Receive friendship event). */
  async requestFriendship(friendshipId: string, personId: string, hello: string): Promise<void> {
    this.ensurePerson(personId);
    await this.mocker.puppet.friendshipPayload(friendshipId, {
      id: friendshipId,
      contactId: personId,
      hello,
      type: types.Friendship.Receive,
      timestamp: Math.floor(Date.now() / 1000),
    } as payloads.Friendship);
    this.mocker.puppet.emit('friendship', { friendshipId });
  }

  /** Everything the bot sent through this account since the last call. */
  drainSent(): SentByMock[] {
    return this.sent.splice(0, this.sent.length);
  }

  private ensurePerson(id: string): void {
    try {
      this.mocker.ContactMock.load(id);
    } catch {
      this.mocker.createContact({ id, name: id });
    }
  }
}
