// Stops the private redis-server that global-setup.js started, if it started one.
module.exports = async function globalTeardown() {
  const child = globalThis.__QHT_REDIS__;
  if (!child || child.exitCode !== null) return;
  await new Promise((resolve) => {
    child.once('exit', resolve);
    child.kill('SIGTERM');
  });
};
