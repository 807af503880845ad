import { Queue, Worker, type Job } from 'bullmq';
import type { Redis } from 'ioredis';
import type { Logger } from 'pino';
import { z } from 'zod';
import { AccountOfflineError, type Effect, type Publisher } from '../app/ports';
import { SPECIALTIES, URGENCY_RANK, type Specialty } from '../domain/types';

export const DispatchJob = z.object({ ticket: z.number().int().positive() }).strict();
export const DeliverJob = z.object({ outboxId: z.number().int().positive() }).strict();

export interface QueueHandlers {
  /** Notify the on-duty doctors of a ticket. */
  dispatch(ticket: number): Promise<void>;
  /** Send one outbox row (paced); throws to retry. */
  deliver(outboxId: number): Promise<void>;
  /** The outbox row failed for good. */
  deliverFailed(outboxId: number, reason: string): Promise<void>;
  /** Time-driven work (recovery, lapsed claims; escalations and tips in later issues). */
  tick(): Promise<void>;
}

export interface BullQueuesOptions {
  connection: Redis;
  prefix: string;
  botIds: string[];
  outbound: { attempts: number; backoffMs: number };
  /** How long a send waits before trying an account that is not logged in again (no retry is used up). */
  offlineRetryMs?: number;
  /** First backoff of a failed dispatch (5 attempts, exponential); recovery retries it again after that. */
  dispatchBackoffMs?: number;
  /** A send for an account this process does not serve: never queued (the caller marks it failed). */
  onUnroutable: (effect: Extract<Effect, { kind: 'send' }>) => Promise<void>;
  log: Logger;
}

const KEEP = { removeOnComplete: { age: 86_400, count: 1_000 }, removeOnFail: { age: 7 * 86_400 } };
/** Needed for `queue.rateLimit` to take effect; far above any real send rate, so it never paces by itself. */
const LIMITER = { max: 1_000, duration: 1_000 };

/** BullMQ priority of a consultation (1 is first). */
const consultPriority = (urgency: keyof typeof URGENCY_RANK): number => URGENCY_RANK[urgency] + 1;

/**
 * The queues: one per specialty (`consult-<specialty>`) carrying each new ticket, by urgency, to dispatch; one per bot
 * account (`outbound-<bot>`) carrying every send, one at a time across all processes, answers before bulk; and
 * `tick` for time-driven work. Job ids come from store ids, so publishing twice queues once.
 */
export class BullQueues implements Publisher {
  private readonly consult = new Map<Specialty, Queue>();
  private readonly outbound = new Map<string, Queue>();
  private readonly tickQueue: Queue;
  private readonly workers: Worker[] = [];
  private readonly outboundWorkers: Worker[] = [];

  constructor(private readonly o: BullQueuesOptions) {
    const opts = { connection: o.connection, prefix: o.prefix };
    for (const s of SPECIALTIES) this.consult.set(s, this.watch(new Queue(`consult-${s}`, opts)));
    for (const b of o.botIds) {
      const defaultJobOptions = {
        attempts: o.outbound.attempts,
        backoff: { type: 'exponential', delay: o.outbound.backoffMs, jitter: 0.5 },
        ...KEEP,
      };
      this.outbound.set(b, this.watch(new Queue(`outbound-${b}`, { ...opts, defaultJobOptions })));
    }
    this.tickQueue = this.watch(new Queue('tick', opts));
  }

  /** Every queue (for the web console's read-only bull-board). */
  all(): Queue[] {
    return [...this.consult.values(), ...this.outbound.values(), this.tickQueue];
  }

  private watch(q: Queue): Queue {
    q.on('error', (err) => this.o.log.error({ err, queue: q.name }, 'queue error'));
    return q;
  }

  /** The queue and job id an effect goes to, or null for an account this process does not serve. */
  private target(e: Effect): { queue: Queue; jobId: string; data: object; opts: object } | null {
    if (e.kind === 'send') {
      const queue = this.outbound.get(e.botId);
      if (!queue) return null;
      return {
        queue,
        jobId: `o-${e.outboxId}`,
        data: { outboxId: e.outboxId },
        opts: { priority: e.priority },
      };
    }
    const queue = this.consult.get(e.specialty);
    if (!queue) throw new Error(`no queue for specialty ${e.specialty}`);
    const backoff = { type: 'exponential', delay: this.o.dispatchBackoffMs ?? 1_000 };
    const opts = { priority: consultPriority(e.urgency), attempts: 5, backoff, ...KEEP };
    return { queue, jobId: `c-${e.ticket}-v${e.version}`, data: { ticket: e.ticket }, opts };
  }

  async publish(effects: readonly Effect[]): Promise<void> {
    // one round trip per queue (addBulk), in the order given within each queue
    const byQueue = new Map<Queue, Array<{ name: string; data: unknown; opts: Record<string, unknown> }>>();
    for (const e of effects) {
      const t = this.target(e);
      if (!t) {
        if (e.kind === 'send') await this.o.onUnroutable(e);
        continue;
      }
      const jobs = byQueue.get(t.queue) ?? [];
      jobs.push({
        name: e.kind === 'send' ? 'deliver' : 'dispatch',
        data: t.data,
        opts: { jobId: t.jobId, ...t.opts },
      });
      byQueue.set(t.queue, jobs);
    }
    for (const [queue, jobs] of byQueue) {
      if (jobs.length === 1 && jobs[0]) await queue.add(jobs[0].name, jobs[0].data, jobs[0].opts);
      else await queue.addBulk(jobs);
    }
  }

  /**
   * Publishes what the store says is still to do. A job with that id that already failed for good is retried: a
   * plain add would be ignored while the failed job is kept.
   */
  async republish(effects: readonly Effect[]): Promise<void> {
    for (const e of effects) {
      const t = this.target(e);
      try {
        const failed = t ? await t.queue.getJob(t.jobId) : undefined;
        if (failed && (await failed.isFailed())) {
          this.o.log.warn(
            { queue: t?.queue.name, jobId: failed.id },
            'retrying a failed job the store still needs',
          );
          await failed.retry('failed', { resetAttemptsMade: true });
        } else await this.publish([e]);
      } catch (err) {
        // e.g. another process retried it first; the next recovery looks again
        this.o.log.warn({ err, effect: e }, 'could not re-queue pending work; will try again');
      }
    }
  }

  /** Starts the workers. `tickEveryMs` schedules the tick job (production); the simulator ticks by hand. */
  async start(handlers: QueueHandlers, tickEveryMs: number | null): Promise<void> {
    const connection = this.o.connection;
    const prefix = this.o.prefix;
    const log = this.o.log;
    for (const q of this.outbound.values()) await q.setGlobalConcurrency(1);
    for (const q of this.consult.values()) {
      this.workers.push(
        new Worker(q.name, async (job: Job) => handlers.dispatch(DispatchJob.parse(job.data).ticket), {
          connection,
          prefix,
          concurrency: 1,
        }),
      );
    }
    for (const q of this.outbound.values()) {
      const process = async (job: Job): Promise<void> => {
        try {
          await handlers.deliver(DeliverJob.parse(job.data).outboxId);
        } catch (err) {
          if (!(err instanceof AccountOfflineError)) throw err;
          // back to the queue without using up an attempt; the account is tried again later
          await q.rateLimit(this.o.offlineRetryMs ?? 5_000);
          throw Worker.RateLimitError();
        }
      };
      // a crashed process's lock holds the account's serial queue until it expires: 10 s, checked every 5 s (the
      // worker renews it every 5 s while a send runs), instead of BullMQ's 30 s + 30 s
      const w = new Worker(q.name, process, {
        connection,
        prefix,
        concurrency: 1,
        limiter: LIMITER,
        lockDuration: 10_000,
        stalledInterval: 5_000,
        maxStalledCount: 3,
      });
      w.on('failed', (job, err) => {
        if (!job) return;
        const final = job.attemptsMade >= (job.opts.attempts ?? 1);
        log.warn(
          { queue: q.name, jobId: job.id, attempt: job.attemptsMade, final, err: err.message },
          'send failed',
        );
        const parsed = DeliverJob.safeParse(job.data);
        if (final && parsed.success) {
          handlers
            .deliverFailed(parsed.data.outboxId, err.message)
            .catch((e: unknown) => log.error({ err: e, jobId: job.id }, 'could not record a failed send'));
        }
      });
      this.workers.push(w);
      this.outboundWorkers.push(w);
    }
    this.workers.push(
      new Worker(this.tickQueue.name, async () => handlers.tick(), { connection, prefix, concurrency: 1 }),
    );
    for (const w of this.workers) {
      w.on('error', (err) => log.error({ err, queue: w.name }, 'worker error'));
      w.on('failed', (job, err) => {
        if (!w.name.startsWith('outbound-')) log.error({ queue: w.name, jobId: job?.id, err }, 'job failed');
      });
    }
    if (tickEveryMs !== null) {
      await this.tickQueue.upsertJobScheduler('tick', { every: tickEveryMs }, { name: 'tick', opts: KEEP });
    }
  }

  /** True when no job is waiting, running or delayed on any of our queues. */
  async idle(): Promise<boolean> {
    for (const q of this.all()) {
      const c = await q.getJobCounts('waiting', 'active', 'delayed', 'prioritized', 'waiting-children');
      if (Object.values(c).some((n) => n > 0)) return false;
    }
    return true;
  }

  /**
   * Holds the sends (the simulator, while a step's dispatches run, so every send of the step is queued before the
   * first goes out and their order is decided by priority alone, not by which worker was quicker).
   */
  async pauseSends(): Promise<void> {
    await Promise.all(this.outboundWorkers.map((w) => w.pause()));
  }

  async resumeSends(): Promise<void> {
    await Promise.all(this.outboundWorkers.map((w) => w.resume()));
  }

  /** True when no dispatch is waiting, running or delayed. */
  async dispatchIdle(): Promise<boolean> {
    for (const q of this.consult.values()) {
      const c = await q.getJobCounts('waiting', 'active', 'delayed', 'prioritized', 'waiting-children');
      if (Object.values(c).some((n) => n > 0)) return false;
    }
    return true;
  }

  /** Stops taking jobs and waits for the running ones (a send in progress completes). */
  async stopWorkers(): Promise<void> {
    await Promise.all(this.workers.map((w) => w.close()));
  }

  /** Stops the workers (letting running jobs finish) and closes the queues. */
  async close(): Promise<void> {
    await this.stopWorkers();
    await Promise.all(this.all().map((q) => q.close()));
  }
}
