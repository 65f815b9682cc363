/**
 * The soak's end of its services process (services-process.ts): starts it in a process group of its
 * own (so a kill takes its printer's Chromium too, as the death of Electron's main would take its
 * helpers), asks it for ports, queues dialog answers, and SIGKILLs it.
 */
import { fork, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import type { FromServices, ToServices } from './services-process';

const entry = path.join(import.meta.dirname, 'services-process.ts');

export interface ServicesHandle {
  pid: number;
  /** A new server (0 = any free port: a fresh origin, so a fresh database) or `port` again. */
  listen(port?: number): Promise<number>;
  queueOpen(file: string): void;
  queueSave(file: string): void;
  /** SIGKILL of the whole process group, at once; resolves when the process is gone. */
  kill(): Promise<void>;
  /** Ends it politely (the soak is over). */
  stop(): Promise<void>;
}

function nextMessage(child: ChildProcess, timeoutMs: number): Promise<FromServices> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      cleanup();
      reject(new Error(`The services process did not answer within ${timeoutMs} ms`));
    }, timeoutMs);
    const onMessage = (message: FromServices) => {
      cleanup();
      resolve(message);
    };
    const onExit = (code: number | null) => {
      cleanup();
      reject(new Error(`The services process exited (${code})`));
    };
    const cleanup = () => {
      clearTimeout(timer);
      child.off('message', onMessage);
      child.off('exit', onExit);
    };
    child.on('message', onMessage);
    child.once('exit', onExit);
  });
}

export async function startServices(options: { token: string; journal: string }): Promise<ServicesHandle> {
  const child = fork(entry, [], {
    execArgv: ['--import', 'tsx'],
    detached: true,
    stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
    env: { ...process.env, SOAK_TOKEN: options.token, TICKMARK_TEMP_JOURNAL: options.journal },
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const ready = await nextMessage(child, 60_000);
  if (ready.type !== 'ready') throw new Error(`Unexpected first message ${JSON.stringify(ready)}`);
  // An operation still in flight when the process was killed may queue a dialog answer: there is no
  // one to send it to, and the operation fails on its own (its bridge call gets no answer). Sending on
  // the closed channel would raise an uncaught 'Channel closed' in the soak itself (2 of 200 runs did).
  child.on('error', () => undefined);
  const send = (message: ToServices) => {
    if (child.connected) child.send(message, () => undefined);
  };
  return {
    pid: child.pid!,
    async listen(port) {
      const answer = nextMessage(child, 30_000);
      send({ type: 'listen', port });
      const message = await answer;
      if (message.type !== 'listening') throw new Error(`Could not listen: ${JSON.stringify(message)}`);
      return message.port;
    },
    queueOpen: (file) => send({ type: 'open', path: file }),
    queueSave: (file) => send({ type: 'save', path: file }),
    async kill() {
      try {
        process.kill(-child.pid!, 'SIGKILL');
      } catch {
        // Already gone.
      }
      await exited;
    },
    async stop() {
      child.disconnect();
      await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 10_000))]);
      try {
        process.kill(-child.pid!, 'SIGKILL');
      } catch {
        // Exited.
      }
    },
  };
}
