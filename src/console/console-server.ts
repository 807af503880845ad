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
  queues: Queue[];
  /** Bot accounts and whether each is logged in now. */
  accounts: () => Array<{ botId: string; online: boolean }>;
  /** The demo's simulator session (demo mode only). */
  simulator?: SimSession;
  log: Logger;
}

const STATIC = join(PROJECT_ROOT, 'src', 'console', 'static');
const COOKIE = 'qht_console';

export class ConsoleServer {
  private server: Server | null = null;
  private readonly sessions = new Map<string, number>();
  private failures = 0;

  constructor(private readonly o: ConsoleOptions) {}

  get url(): string {
    const port = (this.server?.address() as AddressInfo | null)?.port ?? this.o.port;
    return `http://${this.o.host}:${port}`;
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
    app.use(express.json({ limit: '64kb' }));
    app.use(express.text({ limit: '1mb', type: 'text/plain' }));
    const admin = (req: Request, res: Response, next: NextFunction): void => {
      if (this.loggedIn(req)) return next();
      if (req.path.startsWith('/api/')) return void res.status(401).json({ error: 'login required' });
      res.status(401).sendFile(join(STATIC, 'login.html'));
    };

    app.get('/', (_req, res) => res.redirect(this.o.simulator ? '/simulator' : '/dashboard'));
    app.get('/login', (_req, res) => res.sendFile(join(STATIC, 'login.html')));
    app.post('/api/login', (req, res) => {
      const password = z.object({ password: z.string().max(200) }).safeParse(req.body);
      if (!this.o.password)
        return void res.status(403).json({ error: 'the console has no password: set QHT_CONSOLE_PASSWORD' });
      if (!password.success || !samePassword(password.data.password, this.o.password)) {
        this.failures += 1;
        this.o.log.warn({ failures: this.failures }, 'web console: wrong password');
        return void res.status(401).json({ error: 'wrong password' });
      }
      const token = randomBytes(32).toString('base64url');
      this.sessions.set(token, Date.now() + this.o.sessionMinutes * 60_000);
      res.setHeader(
        'set-cookie',
        `${COOKIE}=${token}; HttpOnly; SameSite=Strict; Path=/; Max-Age=${this.o.sessionMinutes * 60}`,
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
    createBullBoard({
      queues: this.o.queues.map((q) => new BullMQAdapter(q, { readOnlyMode: true })),
      serverAdapter: board,
    });
    app.use('/queues', admin, board.getRouter() as express.Router);

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
        const text = z.string().max(1_000_000).safeParse(req.body);
        if (!text.success) return void res.status(400).json({ error: 'a scenario file as text/plain' });
        sim.load(text.data).then(
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
    app.use('/static', express.static(STATIC, { index: false }));
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
