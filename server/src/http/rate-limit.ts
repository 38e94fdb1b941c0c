/**
 * Requests per minute per caller (learner, or address when anonymous), as a token bucket that
 * refills continuously: a burst of a minute's worth is allowed, then one request per 60/limit s.
 */
export class RateLimit {
  readonly #perMinute: number;
  readonly #buckets = new Map<string, { tokens: number; at: number }>();

  constructor(perMinute: number) {
    this.#perMinute = perMinute;
  }

  /** 0 when `key` may go ahead (and it is counted), else the seconds until it may. */
  take(key: string, now = Date.now()): number {
    if (this.#perMinute <= 0) return 0;
    const rate = this.#perMinute / 60_000;
    const bucket = this.#buckets.get(key) ?? { tokens: this.#perMinute, at: now };
    bucket.tokens = Math.min(this.#perMinute, bucket.tokens + (now - bucket.at) * rate);
    bucket.at = now;
    this.#buckets.set(key, bucket);
    if (this.#buckets.size > 100_000) this.#forgetFull(now);
    if (bucket.tokens >= 1) {
      bucket.tokens -= 1;
      return 0;
    }
    return Math.ceil((1 - bucket.tokens) / rate / 1000);
  }

  /** Buckets that have refilled say nothing a fresh bucket would not. */
  #forgetFull(now: number): void {
    for (const [key, bucket] of this.#buckets) {
      if (bucket.tokens + (now - bucket.at) * (this.#perMinute / 60_000) >= this.#perMinute) this.#buckets.delete(key);
    }
  }
}
