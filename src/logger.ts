import { format } from 'node:util';
import pino, { type Logger } from 'pino';

/**
 * The process logger. Health details and raw text are logged only at debug; tokens and QR codes are redacted
 * everywhere. Logs go to stderr when stdout carries data (the simulator's transcript).
 */
export function createLogger(level: string, stream: 'stdout' | 'stderr' = 'stdout'): Logger {
  return pino(
    {
      level,
      base: { app: 'qiaohaitong' },
      redact: {
        paths: ['token', '*.token', 'puppetOptions.token', 'qrcode', '*.phone'],
        censor: '[redacted]',
      },
    },
    pino.destination({ fd: stream === 'stdout' ? 1 : 2, sync: true }),
  );
}

/**
 * Libraries that print with `console` (dingtalk-stream prints "connect success") write to stderr, so stdout carries
 * only our JSON logs or the simulator's transcript.
 */
export function consoleToStderr(): void {
  const toStderr = (...args: unknown[]): void => void process.stderr.write(`${format(...args)}\n`);
  console.log = toStderr;
  console.info = toStderr;
  console.debug = toStderr;
}
