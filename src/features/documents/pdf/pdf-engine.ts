import type { BuildPage, Built, FromWorker, Inspected, Refusal, ToWorker } from './worker-protocol';

export interface Progress {
  done: number;
  total: number;
  pass: number;
}

export type BuildOutcome = { ok: true; built: Built } | { ok: false; reason: Refusal | 'build' | 'cancelled' };

/** What the builder asks of the worker; tests give the builder a stand-in. */
export interface PdfEngine {
  inspect(file: File): Promise<Inspected>;
  build(pages: BuildPage[], target: number, onProgress: (progress: Progress) => void): Promise<BuildOutcome>;
  /** Stops the work running now: its promise resolves as cancelled, nothing else changes. */
  cancel(): void;
  dispose(): void;
}

interface Pending {
  resolve(message: FromWorker | null): void;
  onProgress?(progress: Progress): void;
}

/** The real engine: one module worker, started on first use, replaced after a cancel. */
export function createWorkerEngine(): PdfEngine {
  let worker: Worker | null = null;
  let nextId = 1;
  const pending = new Map<number, Pending>();

  const settleAll = () => {
    for (const job of pending.values()) job.resolve(null);
    pending.clear();
  };

  const start = (): Worker => {
    if (worker) return worker;
    const started = new Worker(new URL('./pdf-worker.ts', import.meta.url), { type: 'module', name: 'pdf' });
    started.onmessage = (event: MessageEvent<FromWorker>) => {
      const message = event.data;
      const job = pending.get(message.id);
      if (!job) return;
      if (message.type === 'progress') return job.onProgress?.(message);
      pending.delete(message.id);
      job.resolve(message);
    };
    started.onerror = () => {
      started.terminate();
      worker = null;
      settleAll();
    };
    worker = started;
    return started;
  };

  type Request = ToWorker extends infer M ? (M extends ToWorker ? Omit<M, 'id'> : never) : never;
  const ask = (message: Request, onProgress?: Pending['onProgress']) =>
    new Promise<FromWorker | null>((resolve) => {
      const id = nextId++;
      pending.set(id, { resolve, onProgress });
      start().postMessage({ ...message, id } as ToWorker);
    });

  const stop = () => {
    worker?.terminate();
    worker = null;
    settleAll();
  };

  return {
    async inspect(file) {
      const answer = await ask({ type: 'inspect', file });
      return answer?.type === 'inspected' ? answer.result : { kind: 'refused', reason: 'unreadable' };
    },
    async build(pages, target, onProgress) {
      const answer = await ask({ type: 'build', pages, target }, onProgress);
      if (answer === null) return { ok: false, reason: 'cancelled' };
      if (answer.type === 'built') return { ok: true, built: answer.result };
      return { ok: false, reason: answer.type === 'failed' ? answer.reason : 'build' };
    },
    cancel: stop,
    dispose: stop,
  };
}
