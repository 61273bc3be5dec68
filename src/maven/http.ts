// GET over HTTP for Maven repositories: a limit on concurrent requests, retries with backoff for transient
// failures (network errors, 5xx, 429), a timeout, a size limit, and a repository that keeps failing is
// given up for the rest of the run instead of being retried for every artifact.

export type FetchOutcome =
  | { status: 'ok'; text: string }
  | { status: 'missing' }
  | {
      status: 'error'
      message: string
      /** a status that retrying will not change (401, 403, ...) */ final: boolean
    }

export interface HttpOptions {
  /** Requests in flight at most (default 8). */
  concurrency?: number
  /** Retries after a transient failure (default 2). */
  retries?: number
  /** First retry delay in ms, doubled each time (default 250). */
  retryDelayMs?: number
  /** Per request (default 30 s). */
  timeoutMs?: number
  /** Largest response read, in bytes (default 16 MiB). */
  maxBytes?: number
  /** Consecutive failed requests after which a host is given up for the run (default 5). */
  giveUpAfter?: number
  fetch?: typeof fetch
  userAgent?: string
}

export interface HttpStats {
  /** HTTP requests sent (retries included). */
  requests: number
  retries: number
  bytes: number
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

export class HttpClient {
  readonly stats: HttpStats = { requests: 0, retries: 0, bytes: 0 }
  private active = 0
  private readonly waiting: Array<() => void> = []
  private readonly failures = new Map<string, number>()
  private readonly concurrency: number
  private readonly retries: number
  private readonly retryDelayMs: number
  private readonly timeoutMs: number
  private readonly maxBytes: number
  private readonly giveUpAfter: number
  private readonly fetchImpl: typeof fetch
  private readonly userAgent: string

  constructor(options: HttpOptions = {}) {
    this.concurrency = Math.max(1, options.concurrency ?? 8)
    this.retries = Math.max(0, options.retries ?? 2)
    this.retryDelayMs = options.retryDelayMs ?? 250
    this.timeoutMs = options.timeoutMs ?? 30_000
    this.maxBytes = options.maxBytes ?? 16 * 1024 * 1024
    this.giveUpAfter = options.giveUpAfter ?? 5
    this.fetchImpl = options.fetch ?? fetch
    this.userAgent = options.userAgent ?? 'lockgraph'
  }

  private async slot<T>(fn: () => Promise<T>): Promise<T> {
    if (this.active >= this.concurrency) await new Promise<void>((resolve) => this.waiting.push(resolve))
    this.active++
    try {
      return await fn()
    } finally {
      this.active--
      this.waiting.shift()?.()
    }
  }

  /** GET a URL as text. Never throws. */
  async get(url: string, authorization?: string): Promise<FetchOutcome> {
    const host = new URL(url).host
    if ((this.failures.get(host) ?? 0) >= this.giveUpAfter)
      return {
        status: 'error',
        message: `${host} failed ${this.giveUpAfter} times in a row: not asked again`,
        final: true,
      }
    let last: FetchOutcome = { status: 'error', message: 'not requested', final: false }
    for (let attempt = 0; attempt <= this.retries; attempt++) {
      if (attempt > 0) {
        this.stats.retries++
        await sleep(this.retryDelayMs * 2 ** (attempt - 1))
      }
      last = await this.slot(() => this.once(url, authorization))
      if (last.status !== 'error' || last.final) break
    }
    if (last.status === 'error') this.failures.set(host, (this.failures.get(host) ?? 0) + 1)
    else this.failures.set(host, 0)
    return last
  }

  private async once(url: string, authorization?: string): Promise<FetchOutcome> {
    this.stats.requests++
    const headers: Record<string, string> = { 'user-agent': this.userAgent, accept: '*/*' }
    if (authorization) headers.authorization = authorization
    let response: Response
    try {
      response = await this.fetchImpl(url, {
        headers,
        redirect: 'follow',
        signal: AbortSignal.timeout(this.timeoutMs),
      })
    } catch (err) {
      return { status: 'error', message: errorText(err), final: false }
    }
    if (response.status === 404 || response.status === 410) {
      await response.body?.cancel().catch(() => undefined)
      return { status: 'missing' }
    }
    if (!response.ok) {
      await response.body?.cancel().catch(() => undefined)
      const transient = response.status >= 500 || response.status === 429 || response.status === 408
      const hint =
        response.status === 401 || response.status === 403 ? ' (credentials missing or refused)' : ''
      return { status: 'error', message: `HTTP ${response.status}${hint}`, final: !transient }
    }
    const length = Number(response.headers.get('content-length') ?? 0)
    if (length > this.maxBytes) {
      await response.body?.cancel().catch(() => undefined)
      return { status: 'error', message: `response of ${length} bytes is too large`, final: true }
    }
    try {
      const buffer = await response.arrayBuffer()
      if (buffer.byteLength > this.maxBytes)
        return {
          status: 'error',
          message: `response of ${buffer.byteLength} bytes is too large`,
          final: true,
        }
      this.stats.bytes += buffer.byteLength
      return { status: 'ok', text: new TextDecoder('utf-8').decode(buffer) }
    } catch (err) {
      return { status: 'error', message: errorText(err), final: false }
    }
  }
}

/** "fetch failed: connect ECONNREFUSED ..." from an error and its cause (errors may come from another realm). */
function errorText(err: unknown): string {
  const text = (e: unknown) =>
    e && typeof e === 'object' && 'message' in e && typeof e.message === 'string' ? e.message : String(e)
  const cause = err && typeof err === 'object' && 'cause' in err && err.cause ? `: ${text(err.cause)}` : ''
  return `${text(err)}${cause}`
}
