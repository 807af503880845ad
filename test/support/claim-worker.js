// One doctor's phone: its own SQLite connection, claiming when the starting gun fires.
require('./ts-register');
const { parentPort, workerData } = require('node:worker_threads');
const { openDatabase } = require('../../src/store/database');
const { Store } = require('../../src/store/store');

const store = new Store(openDatabase(workerData.file));
const ready = new Int32Array(workerData.ready);
const gun = new Int32Array(workerData.gun);

parentPort.on('message', (msg) => {
  if (msg.kind === 'close') {
    store.close();
    parentPort.close();
    return;
  }
  Atomics.add(ready, 0, 1);
  Atomics.notify(ready, 0);
  Atomics.wait(gun, 0, msg.round - 1); // returns at once if the gun already fired for this round
  const now = 1_600_000_000_000 + msg.round;
  try {
    const result = store.transaction(() =>
      msg.kind === 'claim'
        ? store.consultations.claim(msg.ticket, workerData.doctorId, now, 60_000)
        : { ok: true, consultation: store.consultations.claimNext(workerData.doctorId, now, 60_000) },
    );
    parentPort.postMessage({
      round: msg.round,
      doctorId: workerData.doctorId,
      ok: result.ok,
      reason: result.reason,
      ticket: result.consultation ? result.consultation.id : null,
    });
  } catch (err) {
    parentPort.postMessage({
      round: msg.round,
      doctorId: workerData.doctorId,
      error: String(err && err.stack ? err.stack : err),
    });
  }
});
