/**
 * Load on the collector over real HTTP, from a small client of our own on `node:http` with
 * keep-alive connections (autocannon would send one fixed body, i.e. the same event ids again and
 * again, which measures the duplicate path, and its fixed rate waits for answers, which hides
 * queueing):
 * - closed loop: N clients, each sending its next batch when the last is answered — the most the
 *   server does at that concurrency;
 * - open loop: batches sent at a fixed rate whether or not earlier ones were answered, each latency
 *   counted from when the batch was due, so a server that falls behind shows it.
 */
import http from 'node:http';

export interface Measured {
  /** Requests answered 2xx within the measured time. */
  ok: number;
  /** Requests answered 2xx during the whole call, warm-up included (for CPU per request). */
  okTotal: number;
  /** Requests answered otherwise, or failed. */
  failed: number;
  seconds: number;
  /** ms, of the 2xx answers. */
  latencies: number[];
}

export class HttpClient {
  readonly #url: URL;
  readonly #agent: http.Agent;
  readonly #headers: Record<string, string>;

  constructor(base: string, sockets: number, headers: Record<string, string>) {
    this.#url = new URL(base);
    this.#agent = new http.Agent({ keepAlive: true, maxSockets: sockets });
    this.#headers = headers;
  }

  /** Resolves with the status once the whole answer has arrived; rejects when the request fails. */
  request(method: string, path: string, body?: string): Promise<number> {
    return new Promise((resolve, reject) => {
      const request = http.request(
        {
          host: this.#url.hostname,
          port: this.#url.port,
          method,
          path,
          agent: this.#agent,
          headers: body === undefined ? this.#headers : { ...this.#headers, 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(body) },
        },
        (response) => {
          response.resume();
          response.once('end', () => resolve(response.statusCode!));
          response.once('error', reject);
        },
      );
      request.once('error', reject);
      request.end(body);
    });
  }

  close(): void {
    this.#agent.destroy();
  }
}

export async function closedLoop(client: HttpClient, options: { concurrency: number; warmupSeconds: number; seconds: number; body: () => string }): Promise<Measured> {
  const from = performance.now() + options.warmupSeconds * 1000;
  const until = from + options.seconds * 1000;
  const measured: Measured = { ok: 0, okTotal: 0, failed: 0, seconds: options.seconds, latencies: [] };
  const worker = async () => {
    while (performance.now() < until) {
      const body = options.body();
      const started = performance.now();
      const status = await client.request('POST', '/v1/events', body).catch(() => 0);
      const ended = performance.now();
      if (status >= 200 && status < 300) measured.okTotal++;
      if (started < from || ended > until) continue;
      if (status >= 200 && status < 300) {
        measured.ok++;
        measured.latencies.push(ended - started);
      } else measured.failed++;
    }
  };
  await Promise.all(Array.from({ length: options.concurrency }, worker));
  return measured;
}

export async function openLoop(client: HttpClient, options: { perSecond: number; seconds: number; body: () => string }): Promise<Measured> {
  const total = Math.round(options.perSecond * options.seconds);
  const bodies = Array.from({ length: total }, options.body);
  const interval = 1000 / options.perSecond;
  const measured: Measured = { ok: 0, okTotal: 0, failed: 0, seconds: options.seconds, latencies: [] };
  const pending: Promise<void>[] = [];
  const start = performance.now();
  for (let index = 0; index < total; index++) {
    const due = start + index * interval;
    const wait = due - performance.now();
    if (wait > 1) await new Promise((resolve) => setTimeout(resolve, wait));
    pending.push(
      client.request('POST', '/v1/events', bodies[index]).then(
        (status) => {
          if (status >= 200 && status < 300) {
            measured.ok++;
            measured.okTotal++;
            measured.latencies.push(performance.now() - due);
          } else measured.failed++;
        },
        () => void measured.failed++,
      ),
    );
  }
  await Promise.all(pending);
  return measured;
}

/** Sequential GETs of `path` after `warmup` unmeasured ones; latencies in ms. */
export async function sequentialGets(client: HttpClient, path: string, warmup: number, count: number): Promise<number[]> {
  const latencies: number[] = [];
  for (let index = 0; index < warmup + count; index++) {
    const started = performance.now();
    const status = await client.request('GET', path);
    if (status !== 200) throw new Error(`GET ${path} answered ${status}`);
    if (index >= warmup) latencies.push(performance.now() - started);
  }
  return latencies;
}

/** The `p`th percentile (0–100) by nearest rank. */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
}
