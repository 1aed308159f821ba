/**
 * Imported first by main.ts and cli.ts (imports run in order), so libuv's
 * thread pool is sized before any module can start it. See thread-pool.ts.
 */
import { configureThreadPool } from './thread-pool';

configureThreadPool(process.env);
