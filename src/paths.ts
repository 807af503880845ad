import { resolve } from 'node:path';

/** The repository root (config/, bots/, migrations/), whether this runs from src/ (tests) or dist/src/ (build). */
export const PROJECT_ROOT = resolve(__dirname, __dirname.split(/[\\/]/).includes('dist') ? '../..' : '..');
