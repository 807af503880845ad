import { Counter, Gauge, Registry } from 'prom-client';
import type { Queue } from 'bullmq';
import { percentile } from '../domain/stats';
import type { Store } from '../store/store';

/**
 * Prometheus metrics of one bot process (prom-client): messages in and out, send failures, and, read from the store
 * and the queues at each scrape, consultations by state and specialty, queue depths, and the last day's times to
 * claim and to answer.
 */
export class Metrics {
  readonly registry = new Registry();
  readonly inbound: Counter<'chat' | 'outcome'>;
  readonly outbound: Counter<'bot'>;
  readonly sendFailures: Counter<'bot'>;

  constructor(o: { store: () => Store; queues: () => Queue[]; now: () => number }) {
    const registers = [this.registry];
    this.inbound = new Counter({
      name: 'qht_messages_in_total',
      help: 'Messages read, by chat kind and what became of them',
      labelNames: ['chat', 'outcome'],
      registers,
    });
    this.outbound = new Counter({
      name: 'qht_messages_out_total',
      help: 'Messages sent, by bot account',
      labelNames: ['bot'],
      registers,
    });
    this.sendFailures = new Counter({
      name: 'qht_send_failures_total',
      help: 'Messages that failed for good, by bot account',
      labelNames: ['bot'],
      registers,
    });
    new Gauge({
      name: 'qht_consultations',
      help: 'Consultations by status and specialty',
      labelNames: ['status', 'specialty'],
      registers,
      collect() {
        this.reset();
        const rows = o
          .store()
          .db.prepare<[], { status: string; specialty: string; n: number }>(
            'SELECT status, specialty, count(*) AS n FROM consultations GROUP BY status, specialty',
          )
          .all();
        for (const r of rows) this.set({ status: r.status, specialty: r.specialty }, r.n);
      },
    });
    new Gauge({
      name: 'qht_queue_jobs',
      help: 'BullMQ jobs per queue and state',
      labelNames: ['queue', 'state'],
      registers,
      async collect() {
        this.reset();
        for (const q of o.queues()) {
          const counts = await q.getJobCounts('waiting', 'prioritized', 'active', 'delayed', 'failed');
          for (const [state, n] of Object.entries(counts)) this.set({ queue: q.name, state }, n);
        }
      },
    });
    const waits = (kind: 'claim' | 'answer') =>
      new Gauge({
        name: `qht_time_to_${kind}_seconds`,
        help: `Time from question to first ${kind} over the last 24 hours (quantiles)`,
        labelNames: ['quantile'],
        registers,
        collect() {
          this.reset();
          const now = o.now();
          const rows = o.store().reports.rows(now - 86_400_000, now + 1);
          const values = rows.flatMap((r) => {
            const at = kind === 'claim' ? r.firstClaimAt : r.answeredAt;
            return at === null ? [] : [(at - r.createdAt) / 1000];
          });
          for (const q of [0.5, 0.9, 0.99]) {
            const v = percentile(values, q * 100);
            if (v !== null) this.set({ quantile: String(q) }, v);
          }
        },
      });
    waits('claim');
    waits('answer');
  }

  text(): Promise<string> {
    return this.registry.metrics();
  }
}
