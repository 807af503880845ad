import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { ConsoleServer } from '../../src/console/console-server';
import { PROJECT_ROOT } from '../../src/paths';
import { SimSession } from '../../src/sim/sim-session';
import { Simulation } from '../../src/sim/simulation';
import { demoWorld, REDIS_URL, repoCore, silentLog } from '../support/env';
import { simulate } from '../support/simulate';

/**
 * The web console in headless Chromium (Debian's, installed by .ci/run; never downloaded), against the real bot on
 * the demo world: log in, watch a ticket appear on the dashboard after a simulated group message, claim and answer it
 * as a doctor in the simulator, see it answered and the charts drawn. Set QHT_SCREENSHOTS=1 to refresh the README's
 * screenshots (docs/screenshots).
 */
const CHROMIUM = '/usr/bin/chromium';
const PASSWORD = 'correct horse battery staple';

describe('web console in a browser', () => {
  let sim: Simulation;
  let web: ConsoleServer;
  let browser: Browser;
  let dashboard: Page;
  let simulator: Page;
  let sessionSteps: () => SimSession['steps'];

  beforeAll(async () => {
    if (!existsSync(CHROMIUM))
      throw new Error(`${CHROMIUM} is missing: apt-get install chromium (see .ci/run)`);
    const core = repoCore();
    const world = demoWorld();
    sim = await Simulation.start({ world, ...core, redisUrl: REDIS_URL, log: silentLog });
    const session = new SimSession(sim, world);
    sessionSteps = () => session.steps;
    web = new ConsoleServer({
      host: '127.0.0.1',
      port: 0,
      password: PASSWORD,
      sessionMinutes: 5,
      reportTimezone: 'Asia/Shanghai',
      store: () => sim.live.store,
      now: () => sim.live.now(),
      queues: () => sim.live.queues.all(),
      accounts: () =>
        world.bots.map((b) => ({ botId: b.id, online: sim.live.gateway(b.id)?.ready(b.id) ?? false })),
      simulator: session,
      health: () => sim.live.health(15_000),
      metrics: () => sim.live.metrics.text(),
      log: silentLog,
    });
    await web.start();
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    });
    const context = await browser.newContext({ viewport: { width: 1360, height: 900 } });
    dashboard = await context.newPage();
    simulator = await context.newPage();
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await web?.stop();
    await sim?.close();
  });

  const shot = async (page: Page, name: string): Promise<void> => {
    if (!process.env.QHT_SCREENSHOTS) return;
    const dir = join(PROJECT_ROOT, 'docs', 'screenshots');
    mkdirSync(dir, { recursive: true });
    await page.screenshot({ path: join(dir, name), fullPage: true });
  };

  it('refuses the dashboard, its data and the queues without a login', async () => {
    const page = await dashboard.goto(`${web.url}/dashboard`);
    expect(page?.status()).toBe(401);
    expect(await dashboard.locator('#login').isVisible()).toBe(true);
    for (const path of ['/api/overview', '/api/tickets', '/queues/'])
      expect((await dashboard.request.get(`${web.url}${path}`)).status()).toBe(401);
  });

  it('refuses a wrong password', async () => {
    await dashboard.fill('#password', 'guess');
    await dashboard.click('button[type=submit]');
    await dashboard.locator('#error', { hasText: '密码不对' }).waitFor();
    expect((await dashboard.request.get(`${web.url}/api/overview`)).status()).toBe(401);
  });

  it('logs in, and a simulated group message appears on the dashboard as a waiting ticket', async () => {
    await dashboard.fill('#password', PASSWORD);
    await dashboard.click('button[type=submit]');
    await dashboard.waitForURL(`${web.url}/dashboard`);
    await dashboard.locator('#waiting', { hasText: '没有等待中的咨询' }).waitFor();

    expect((await simulator.goto(`${web.url}/simulator`))?.status()).toBe(200);
    await simulator.click('#conversations li[data-id="milano-qt@chatroom"]');
    await simulator.selectOption('#speaker', 'wang-wei');
    await simulator.fill('#text', '我发烧咳嗽两天了');
    await simulator.click('#send');
    await simulator.locator('.msg.out', { hasText: '#1' }).waitFor();

    await dashboard.locator('#waiting tr[data-specialty="respiratory"]').waitFor({ timeout: 15_000 });
    expect(await dashboard.locator('#tickets tr[data-ticket="1"] .status').textContent()).toBe('queued');
  });

  it('claims and answers the ticket as a doctor in the simulator; the group sees the answer', async () => {
    await simulator.click('#conversations li[data-id="dr-ye"]');
    await simulator.fill('#text', '接 1');
    await simulator.click('#send');
    await simulator.locator('.msg.out', { hasText: '您已接单 #1' }).waitFor();
    await simulator.fill('#text', '答 1 多喝水，按时测体温');
    await simulator.click('#send');
    await simulator.click('#conversations li[data-id="milano-qt@chatroom"]');
    await simulator.locator('.msg.out', { hasText: '多喝水，按时测体温' }).waitFor();
    await shot(simulator, 'simulator.png');
  });

  it('shows it answered, draws the charts, and opens the ticket (recorded in the audit trail)', async () => {
    await dashboard
      .locator('#tickets tr[data-ticket="1"] .status', { hasText: 'answered' })
      .waitFor({ timeout: 15_000 });
    // the charts come from the same refresh or the next one: wait for them, never assume
    for (const chart of [
      '#chart-consultations svg rect.bar',
      '#chart-times svg polyline.line',
      '#chart-served svg rect.bar',
    ])
      await dashboard.locator(chart).first().waitFor({ state: 'attached', timeout: 15_000 });
    expect(await dashboard.locator('#network').textContent()).toContain('米兰青田同乡互助群');
    await dashboard.click('#tickets tr[data-ticket="1"]');
    await dashboard.locator('#detail', { hasText: '多喝水，按时测体温' }).waitFor();
    expect(sim.live.store.audit.recent(1)[0]).toMatchObject({ command: 'console ticket', args: '#1' });
    await shot(dashboard, 'dashboard.png');
  });

  it('exports the session as a scenario file the simulator replays to the same transcript', async () => {
    const res = await simulator.request.get(`${web.url}/api/sim/export`);
    const exported = await res.text();
    const lines = exported.trim().split('\n');
    expect(JSON.parse(lines[0] ?? '{}')).toHaveProperty('world');
    expect(lines.slice(1).map((l) => JSON.parse(l) as unknown)).toEqual([
      { from: 'wang-wei', group: 'milano-qt@chatroom', say: '@青小医 我发烧咳嗽两天了', mention: true },
      { from: 'dr-ye', say: '接 1' },
      { from: 'dr-ye', say: '答 1 多喝水，按时测体温' },
    ]);
    const replay = await simulate(exported);
    const live = sessionSteps().flatMap((s) => s.out);
    expect(replay.all.map((l) => [l.to, l.text])).toEqual(live.map((l) => [l.to, l.text]));
  });

  it('reports health and Prometheus metrics without names or text', async () => {
    const health = await dashboard.request.get(`${web.url}/healthz`);
    expect(health.status()).toBe(200);
    expect(await health.json()).toMatchObject({
      ok: true,
      redis: true,
      sqlite: true,
      accounts: [
        { botId: 'qingxiaoyi-1', loggedIn: true },
        { botId: 'qingxiaoyi-2', loggedIn: true },
      ],
    });
    const metrics = await (await dashboard.request.get(`${web.url}/metrics`)).text();
    expect(metrics).toMatch(/qht_messages_in_total\{chat="group",outcome="consultation"\} 1/u);
    expect(metrics).toMatch(/qht_consultations\{status="answered",specialty="respiratory"\} 1/u);
    expect(metrics).toMatch(/qht_queue_jobs\{queue="outbound-qingxiaoyi-1",state="waiting"\} 0/u);
    expect(metrics).toMatch(/qht_messages_out_total\{bot="qingxiaoyi-1"\} \d+/u);
    expect(metrics).not.toMatch(/王伟|多喝水|wang-wei/u);
  });

  it('refuses requests for another host name, cross-site posts, and non-JSON posts', async () => {
    const evil = await dashboard.request.get(`${web.url}/api/sim/state`, {
      headers: { host: 'evil.example:8090' },
    });
    expect(evil.status()).toBe(421);
    const crossSite = await dashboard.request.post(`${web.url}/api/sim/step`, {
      headers: { origin: 'https://evil.example', 'content-type': 'application/json' },
      data: { advance: '1m' },
    });
    expect(crossSite.status()).toBe(403);
    const plain = await dashboard.request.post(`${web.url}/api/sim/load`, {
      headers: { 'content-type': 'text/plain' },
      data: '{"advance":"1m"}',
    });
    expect(plain.status()).toBe(415);
  });

  it('names the bad line of a loaded scenario and runs none of it', async () => {
    const before = sessionSteps().length;
    const res = await simulator.request.post(`${web.url}/api/sim/load`, {
      data: { text: '{"advance":"1m"}\n{"from":"wang-wei","say":"hi","oops":1}' },
    });
    expect(res.status()).toBe(400);
    expect(((await res.json()) as { error: string }).error).toMatch(/^line 2: /);
    expect(sessionSteps().length).toBe(before);
  });

  it('slows down password guessing: after 5 wrong passwords, even the right one waits', async () => {
    const login = (password: string) =>
      dashboard.request.post(`${web.url}/api/login`, { data: { password } });
    for (let i = 0; i < 5; i++) expect((await login(`guess-${i}`)).status()).toBe(401);
    expect((await login(PASSWORD)).status()).toBe(429);
  });
});
