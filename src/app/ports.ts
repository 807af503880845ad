import type { Inbound, OutboundMessage, Specialty, Urgency } from '../domain/types';

/** Time comes in through this port, so the simulator can run on a virtual clock. */
export interface Clock {
  now(): number;
  /** Resolves once the clock reads `at` or later. */
  sleepUntil(at: number): Promise<void>;
}

/** A number in [0, 1), per stream, so pacing jitter is reproducible in the simulator. */
export type RandomSource = (stream: string) => number;

/** Work to do after a store transaction commits. Every effect is idempotent by its id. */
export type Effect =
  | { kind: 'send'; outboxId: number; botId: string; priority: number }
  /** `version`: the ticket's version when queued; a ticket back in the queue is dispatched again under a new id. */
  | { kind: 'dispatch'; ticket: number; version: number; specialty: Specialty; urgency: Urgency };

/** Puts committed effects on the queues (BullMQ in production and in the simulator). */
export interface Publisher {
  publish(effects: readonly Effect[]): Promise<void>;
}

/** A chat platform account that can deliver a message. Throws on failure (the queue retries with backoff). */
export interface Sender {
  /** Whether the account can send now (logged in); a send is not even tried, nor paced, while it cannot. */
  ready(botId: string): boolean;
  /**
   * Sends, or hands the message to a channel that will deliver it later (an Official Account whose 48-hour window is
   * closed keeps it for the follower's next message): then it resolves `{ parked: true }`.
   */
  send(message: OutboundMessage): Promise<void | { parked: true }>;
}

/**
 * The account is not logged in right now (a reconnect, a QR scan pending). Not the message's fault: the send waits
 * for the account without using up its retries.
 */
export class AccountOfflineError extends Error {
  override name = 'AccountOfflineError';
}

/**
 * The send was cut off mid-call (the connection to the platform went away): the platform may or may not have the
 * message, as when the process dies mid-send, and the outbox treats it the same way.
 */
export class SendOutcomeUnknownError extends Error {
  override name = 'SendOutcomeUnknownError';
}

/** Hears about every delivered message (the simulator's transcript, metrics). */
export type SentListener = (event: { outboxId: number; botId: string; at: number }) => void;

export type InboundHandler = (message: Inbound) => Promise<string>;

/** Where reports are written (`/export`): returns the path the file was written to. */
export interface ReportFiles {
  write(name: string, content: string): string;
}
