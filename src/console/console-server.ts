import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { createBullBoard } from '@bull-board/api';
import { BullMQAdapter } from '@bull-board/api/bullMQAdapter';
import { ExpressAdapter } from '@bull-board/express';
import type { Queue } from 'bullmq';
import express, { type NextFunction, type Request, type Response } from 'express';
import type { Logger } from 'pino';
import { z } from 'zod';
import { network, overview, ticketDetail, tickets, trends } from '../app/dashboard';
import { PROJECT_ROOT } from '../paths';
import type { SimSession } from '../sim/sim-session';
import type { Store } from '../store/store';

/**
 * The web console, served by the bot process on 127.0.0.1: the admins' dashboard (login required; every request
 * checked; sessions expire) with bull-board read-only under /queues, and, in demo mode, the simulator (no login).
 * Plain HTML and JavaScript from src/console/static: nothing to build.
 */

export interface ConsoleOptions {
  host: string;
  port: number;
  /** The admins' password (env QHT_CONSOLE_PASSWORD); null: the dashboard is closed (the simulator still works). */
  password: string | null;
  sessionMinutes: number;
  reportTimezone: string;
  /** The store now (the simulator's restart replaces it). */
  store: () => Store;
  now: () => number;
  /** The BullMQ queues now (the simulator's restart replaces them). */
  queues: () => Queue[];
  /** Host names the console is reached by besides its own address (a TLS proxy's public name). */
  publicHosts?: string[];
  /** Mark the session cookie Secure (behind a TLS proxy). */
  secureCookie?: boolean;
  /** Bot accounts and whether each is logged in now. */
  accounts: () => Array<{ botId: string; online: boolean }>;
  /** `/healthz` (no login; 503 when not ok) and `/metrics` in Prometheus format (no login). */
  health?: () => Promise<{ ok: boolean }>;
  metrics?: () => Promise<string>;
  /** The demo's simulator session (demo mode only). */
  simulator?: SimSession;
  log: Logger;
}

const STATIC = join(PROJECT_ROOT, 'src', 'console', 'static');
const COOKIE = 'qht_console';

export class ConsoleServer {
  private server: Server | null = null;
  private readonly sessions = new Map<string, number>();
  /** Wrong passwords per client address: after 5 in 15 minutes, logins wait out the rest of those 15 minutes. */
  private readonly failures = new Map<string, number[]>();

  constructor(private readonly o: ConsoleOptions) {}

  get url(): string {
    return `http://${this.o.host}:${this.port}`;
  }

  private get port(): number {
    return (this.server?.address() as AddressInfo | null)?.port ?? this.o.port;
  }

  async start(): Promise<void> {
    const app = this.app();
    await new Promise<void>((resolve, reject) => {
      const s = app.listen(this.o.port, this.o.host, (err?: Error) => (err ? reject(err) : resolve()));
      this.server = s;
    });
    this.o.log.info({ url: this.url }, 'web console listening');
  }

  async stop(): Promise<void> {
    const s = this.server;
    this.server = null;
    if (s) await new Promise<void>((resolve) => s.close(() => resolve()));
  }

  private loggedIn(req: Request): boolean {
    const token = parseCookies(req.headers.cookie ?? '')[COOKIE];
    const until = token ? this.sessions.get(token) : undefined;
    if (!token || until === undefined) return false;
    if (until < Date.now()) {
      this.sessions.delete(token);
      return false;
    }
    return true;
  }

  private app(): express.Express {
    const app = express();
    app.disable('x-powered-by');
    // only our own address (or a configured proxy name) may be the Host: a rebound DNS name cannot talk to us
    const hosts = (): Set<string> =>
      new Set([
        `${this.o.host}:${this.port}`,
        `localhost:${this.port}`,
        `127.0.0.1:${this.port}`,
        ...(this.o.publicHosts ?? []),
      ]);
    app.use((req, res, next) => {
      const allowed = hosts();
      if (!allowed.has(req.headers.host ?? '')) return void res.status(421).json({ error: 'unknown host' });
      // state changes come from our own pages only: JSON, and no foreign Origin
      if (req.method === 'POST') {
        const origin = req.headers.origin;
        if (origin && !allowed.has(origin.replace(/^https?:\/\//u, '')))
          return void res.status(403).json({ error: 'cross-site request' });
        if (!(req.headers['content-type'] ?? '').startsWith('application/json'))
          return void res.status(415).json({ error: 'send JSON' });
      }
      next();
    });
    app.use(express.json({ limit: '1mb' }));
    const admin = (req: Request, res: Response, next: NextFunction): void => {
      if (this.loggedIn(req)) return next();
      if (req.path.startsWith('/api/')) return void res.status(401).json({ error: 'login required' });
      res.status(401).sendFile(join(STATIC, 'login.html'));
    };

    app.get('/', (_req, res) => res.redirect(this.o.simulator ? '/simulator' : '/dashboard'));
    // for probes and Prometheus on this machine: no names or text in either
    const { health, metrics } = this.o;
    if (health)
      app.get('/healthz', (_req, res, next) => {
        health().then((h) => res.status(h.ok ? 200 : 503).json(h), next);
      });
    if (metrics)
      app.get('/metrics', (_req, res, next) => {
        metrics().then((text) => res.type('text/plain; version=0.0.4').send(text), next);
      });
    app.get('/login', (_req, res) => res.sendFile(join(STATIC, 'login.html')));
    app.post('/api/login', (req, res) => {
      const password = z.object({ password: z.string().max(200) }).safeParse(req.body);
      if (!this.o.password)
        return void res.status(403).json({ error: 'the console has no password: set QHT_CONSOLE_PASSWORD' });
      const client = req.socket.remoteAddress ?? '?';
      const now = Date.now();
      const recent = (this.failures.get(client) ?? []).filter((t) => t > now - 15 * 60_000);
      if (recent.length >= 5)
        return void res.status(429).json({ error: 'too many wrong passwords: wait 15 minutes' });
      if (!password.success || !samePassword(password.data.password, this.o.password)) {
        this.failures.set(client, [...recent, now]);
        this.o.log.warn({ failures: recent.length + 1 }, 'web console: wrong password');
        return void res.status(401).json({ error: 'wrong password' });
      }
      this.failures.delete(client);
      for (const [t, until] of this.sessions) if (until < now) this.sessions.delete(t);
      const token = randomBytes(32).toString('base64url');
      this.sessions.set(token, now + this.o.sessionMinutes * 60_000);
      const secure = this.o.secureCookie ? '; Secure' : '';
      res.setHeader(
        'set-cookie',
        `${COOKIE}=${token}; HttpOnly; SameSite=Strict; Path=/; Max-Age=${this.o.sessionMinutes * 60}${secure}`,
      );
      res.json({ ok: true });
    });
    app.post('/api/logout', (req, res) => {
      const token = parseCookies(req.headers.cookie ?? '')[COOKIE];
      if (token) this.sessions.delete(token);
      res.setHeader('set-cookie', `${COOKIE}=; HttpOnly; SameSite=Strict; Path=/; Max-Age=0`);
      res.json({ ok: true });
    });

    // the dashboard: every request checked
    app.get('/dashboard', admin, (_req, res) => res.sendFile(join(STATIC, 'dashboard.html')));
    app.get('/api/overview', admin, (_req, res) => {
      const accounts = this.o.accounts();
      const online = new Map(accounts.map((a) => [a.botId, a.online]));
      res.json(
        overview(
          this.o.store(),
          this.o.now(),
          (b) => online.get(b) ?? false,
          accounts.map((a) => a.botId),
        ),
      );
    });
    app.get('/api/trends', admin, (req, res) => {
      const days = z.coerce.number().int().min(1).max(90).catch(14).parse(req.query.days);
      res.json(trends(this.o.store(), this.o.now(), this.o.reportTimezone, days));
    });
    app.get('/api/network', admin, (_req, res) => res.json(network(this.o.store())));
    app.get('/api/tickets', admin, (req, res) => {
      const q = z.string().max(100).catch('').parse(req.query.q);
      res.json(tickets(this.o.store(), q));
    });
    app.get('/api/tickets/:id', admin, (req, res) => {
      const id = z.coerce.number().int().positive().safeParse(req.params.id);
      const store = this.o.store();
      const t = id.success ? ticketDetail(store, id.data) : null;
      if (!t) return void res.status(404).json({ error: 'no such ticket' });
      // reading a ticket's text is recorded, like every admin action
      store.audit.record({
        at: this.o.now(),
        actorId: 'web-console',
        roles: 'admin',
        command: 'console ticket',
        args: `#${t.ticket}`,
        chatId: 'web-console',
        isGroup: false,
        outcome: 'done',
        detail: null,
      });
      res.json(t);
    });

    // bull-board, read-only, behind the same login
    const board = new ExpressAdapter();
    board.setBasePath('/queues');
    let shown = this.o.queues();
    const adapt = (qs: Queue[]): BullMQAdapter[] =>
      qs.map((q) => new BullMQAdapter(q, { readOnlyMode: true }));
    const { replaceQueues } = createBullBoard({ queues: adapt(shown), serverAdapter: board });
    const current = (_req: Request, _res: Response, next: NextFunction): void => {
      const now = this.o.queues();
      if (now !== shown && (now.length !== shown.length || now.some((q, i) => q !== shown[i]))) {
        shown = now;
        replaceQueues(adapt(now));
      }
      next();
    };
    app.use('/queues', admin, current, board.getRouter() as express.Router);

    // the simulator (demo mode): no login, it touches only the demo world
    const sim = this.o.simulator;
    if (sim) {
      app.get('/simulator', (_req, res) => res.sendFile(join(STATIC, 'simulator.html')));
      app.get('/api/sim/state', (_req, res) =>
        res.json({ world: sim.world, now: sim.now, steps: sim.steps }),
      );
      app.post('/api/sim/step', (req, res) => {
        const input = z.record(z.string(), z.unknown()).safeParse(req.body);
        if (!input.success) return void res.status(400).json({ error: 'a scenario line as a JSON object' });
        sim.run(input.data).then(
          (step) => res.json({ step, now: sim.now }),
          (err: unknown) => res.status(400).json({ error: err instanceof Error ? err.message : String(err) }),
        );
      });
      app.post('/api/sim/load', (req, res) => {
        const text = z.object({ text: z.string().max(1_000_000) }).safeParse(req.body);
        if (!text.success) return void res.status(400).json({ error: 'a scenario file: {"text": "…"}' });
        sim.load(text.data.text).then(
          (steps) => res.json({ steps, now: sim.now }),
          (err: unknown) => res.status(400).json({ error: err instanceof Error ? err.message : String(err) }),
        );
      });
      app.get('/api/sim/export', (_req, res) => {
        res.setHeader('content-type', 'application/x-ndjson; charset=utf-8');
        res.setHeader('content-disposition', 'attachment; filename="session.jsonl"');
        res.send(sim.exportScenario());
      });
    }
    // only the pages' styles and scripts are public; the pages themselves come through their checked routes
    app.use('/static', (req, res, next) =>
      /\.(?:css|js)$/u.test(req.path) ? next() : void res.status(404).end(),
    );
    app.use('/static', express.static(STATIC, { index: false }));
    // an error is a short JSON reply, never a stack trace
    app.use((err: unknown, _req: Request, res: Response, next: NextFunction) => {
      if (res.headersSent) return next(err);
      const status = (err as { status?: number }).status ?? 500;
      res.status(status).json({ error: status === 500 ? 'internal error' : 'bad request' });
    });
    return app;
  }
}

function samePassword(given: string, expected: string): boolean {
  const a = createHash('sha256').update(given).digest();
  const b = createHash('sha256').update(expected).digest();
  return timingSafeEqual(a, b);
}

function parseCookies(header: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const part of header.split(';')) {
    const at = part.indexOf('=');
    if (at > 0) out[part.slice(0, at).trim()] = part.slice(at + 1).trim();
  }
  return out;
}
