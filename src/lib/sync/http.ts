/**
 * An HTTP client that keeps the SEC's fair-access rules: a declared
 * User-Agent, a cap on requests per second (every attempt counts, retries
 * included), backoff and retry on 429, 5xx, timeouts and dropped
 * connections, and no retry on answers that will not change (403, 404).
 * p-throttle spaces the requests; p-retry does the backoff.
 */
import pRetry, { AbortError } from 'p-retry';
import pThrottle from 'p-throttle';

export interface HttpSettings {
  /** "Name contact@example.com": the SEC refuses anonymous clients. */
  userAgent: string;
  /** At most 10, the SEC's limit. */
  requestsPerSecond: number;
  /** For one attempt, from request to last byte. */
  timeoutMs: number;
  retries: number;
  /** First backoff; it doubles on each retry. */
  minBackoffMs: number;
  /** Longest wait a Retry-After header may ask for before we give up instead. */
  maxRetryAfterMs: number;
  signal?: AbortSignal;
}

export const SEC_MAX_REQUESTS_PER_SECOND = 10;

export const defaultHttpSettings = {
  requestsPerSecond: 5,
  timeoutMs: 30_000,
  retries: 4,
  minBackoffMs: 1000,
  maxRetryAfterMs: 120_000,
} satisfies Omit<HttpSettings, 'userAgent'>;

/** An answer that retrying will not change, or one that ran out of retries. */
export class HttpError extends Error {
  constructor(
    message: string,
    readonly url: string,
    readonly status?: number,
  ) {
    super(message);
    this.name = 'HttpError';
  }
}

/** A retryable failure; `retryAfterMs` when the server said how long to wait. */
class Transient extends Error {
  constructor(
    message: string,
    readonly retryAfterMs?: number,
  ) {
    super(message);
  }
}

/** The User-Agent must name someone to contact: the SEC asks for "Company Name admin@company.com". */
export function checkUserAgent(userAgent: string | undefined): string {
  const value = userAgent?.trim() ?? '';
  if (!/\S+@\S+\.\S+/.test(value)) {
    throw new Error(
      'SEC_USER_AGENT must be set to a name and a contact e-mail address, e.g. SEC_USER_AGENT="Example Digest ops@example.com": the SEC blocks requests without one (https://www.sec.gov/os/accessing-edgar-data)',
    );
  }
  return value;
}

export interface HttpStats {
  requests: number;
  retries: number;
}

export interface HttpClient {
  /** The body as text; `check` may refuse a body (e.g. cut off), which counts as a retryable failure. */
  text(url: string, check?: (body: string) => string | undefined): Promise<string>;
  json(url: string): Promise<unknown>;
  readonly stats: HttpStats;
}

export function createHttpClient(
  settings: HttpSettings,
  onRetry?: (url: string, reason: string, attempt: number) => void,
): HttpClient {
  const userAgent = checkUserAgent(settings.userAgent);
  const perSecond = Math.min(Math.max(settings.requestsPerSecond, 0.1), SEC_MAX_REQUESTS_PER_SECOND);
  // One request per slot, slots spread evenly: never a burst above the cap in any second.
  const throttle = pThrottle({
    limit: 1,
    interval: Math.ceil(1000 / perSecond),
    strict: true,
    signal: settings.signal,
  });
  const stats: HttpStats = { requests: 0, retries: 0 };

  const attempt = throttle(async (url: string, check?: (body: string) => string | undefined) => {
    stats.requests++;
    const timeout = AbortSignal.timeout(settings.timeoutMs);
    const signal = settings.signal ? AbortSignal.any([settings.signal, timeout]) : timeout;
    let response: Response;
    let body: string;
    try {
      response = await fetch(url, {
        headers: { 'User-Agent': userAgent, 'Accept-Encoding': 'gzip, deflate' },
        signal,
      });
      body = await response.text();
    } catch (error) {
      if (settings.signal?.aborted) throw new AbortError(new HttpError('interrupted', url));
      if (timeout.aborted) throw new Transient(`no answer within ${settings.timeoutMs} ms`);
      throw new Transient(`connection failed: ${describe(error)}`);
    }
    const { status } = response;
    if (status === 429 || status >= 500) {
      throw new Transient(
        `HTTP ${status} ${response.statusText}`.trim(),
        retryAfter(response.headers.get('retry-after')),
      );
    }
    if (status === 403) {
      throw new AbortError(
        new HttpError(
          `HTTP 403 Forbidden: the SEC refuses this client; check that SEC_USER_AGENT names you and a contact address, and that requests stay under ${SEC_MAX_REQUESTS_PER_SECOND} per second`,
          url,
          status,
        ),
      );
    }
    if (status === 404)
      throw new AbortError(new HttpError('HTTP 404 Not Found: EDGAR has no such document', url, status));
    if (status < 200 || status >= 300)
      throw new AbortError(new HttpError(`HTTP ${status} ${response.statusText}`, url, status));
    const refused = check?.(body);
    if (refused) throw new Transient(refused);
    return body;
  });

  async function text(url: string, check?: (body: string) => string | undefined): Promise<string> {
    try {
      return await pRetry(() => attempt(url, check), {
        retries: settings.retries,
        minTimeout: settings.minBackoffMs,
        factor: 2,
        randomize: true,
        signal: settings.signal,
        shouldRetry: ({ error }) => {
          const wait = error instanceof Transient ? error.retryAfterMs : undefined;
          return wait === undefined || wait <= settings.maxRetryAfterMs;
        },
        onFailedAttempt: async ({ error, attemptNumber, retriesLeft }) => {
          if (retriesLeft <= 0 || !(error instanceof Transient)) return;
          stats.retries++;
          onRetry?.(url, error.message, attemptNumber);
          // Honour Retry-After on top of our own backoff.
          if (error.retryAfterMs) await sleep(error.retryAfterMs, settings.signal);
        },
      });
    } catch (error) {
      if (error instanceof HttpError) throw error;
      const attempts = settings.retries + 1;
      if (error instanceof Transient) {
        throw new HttpError(`${error.message} (gave up after ${attempts} attempts)`, url);
      }
      if (settings.signal?.aborted) throw new HttpError('interrupted', url);
      throw new HttpError(describe(error), url);
    }
  }

  return {
    text,
    json: async (url) => {
      const body = await text(url);
      try {
        return JSON.parse(body);
      } catch {
        throw new HttpError('the answer is not JSON', url);
      }
    },
    stats,
  };
}

/** Retry-After in seconds or as an HTTP date. */
function retryAfter(header: string | null): number | undefined {
  if (!header) return undefined;
  const seconds = Number(header);
  if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000);
  const date = Date.parse(header);
  return Number.isNaN(date) ? undefined : Math.max(0, date - Date.now());
}

function describe(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const cause = error.cause instanceof Error ? `: ${error.cause.message}` : '';
  return `${error.message}${cause}`;
}

function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, ms);
    signal?.addEventListener('abort', () => {
      clearTimeout(timer);
      resolve();
    });
  });
}
