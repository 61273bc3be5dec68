// The GitHub REST client: retries server errors with backoff and waits out rate limits, a few times, capped.
import { Octokit } from '@octokit/core'
import { paginateRest } from '@octokit/plugin-paginate-rest'
import { restEndpointMethods } from '@octokit/plugin-rest-endpoint-methods'
import { retry } from '@octokit/plugin-retry'
import { throttling, type ThrottlingOptions } from '@octokit/plugin-throttling'
import { VERSION } from '../version.js'

const LockgraphOctokit = Octokit.plugin(restEndpointMethods, paginateRest, retry, throttling)

export type GitHubClient = InstanceType<typeof LockgraphOctokit>

export interface RetryDelays {
  /** Server errors (5xx) are retried after base × 1, 4, 9 ms. Default 1000. */
  retryBaseMs?: number
  /** Milliseconds per second GitHub asks to wait (retry-after, x-ratelimit-reset). Default 1000. */
  rateLimitSecondMs?: number
  /**
   * Space writes as GitHub asks to avoid secondary rate limits (1 s apart, 3 s for those that notify people,
   * such as comments); the plugin does it for the whole process. Default true; tests turn it off.
   */
  spaceWrites?: boolean
}

export interface OctokitLog {
  debug(message: string): void
  info(message: string): void
  warn(message: string): void
  error(message: string): void
}

export interface CreateOctokitOptions {
  token: string
  /** REST API root, GITHUB_API_URL. Default https://api.github.com */
  baseUrl?: string
  retryDelays?: RetryDelays
  log?: OctokitLog
}

/** Retries of a server error, and of a rate-limited request. */
export const MAX_RETRIES = 3
/** A rate limit that asks to wait longer than this (seconds) fails at once instead. */
export const MAX_RATE_LIMIT_WAIT = 120

type WriteGroup = Extract<ThrottlingOptions, { onRateLimit: unknown }>['write']

// Stands in for the plugin's write and notification groups (Bottleneck) when writes are not to be spaced: the
// plugin only calls `group.key(id).schedule(options, fn)`.
const UNSPACED = {
  key: () => ({
    schedule: (_options: unknown, fn: (...args: unknown[]) => unknown, ...args: unknown[]) =>
      Promise.resolve(fn(...args)),
  }),
} as unknown as WriteGroup

export function createOctokit(options: CreateOctokitOptions): GitHubClient {
  const delays = options.retryDelays ?? {}
  const onLimit =
    (kind: string) =>
    (retryAfter: number, request: { method: string; url: string }, octokit: Octokit, retryCount: number) => {
      const what = `${kind} rate limit on ${request.method} ${request.url}`
      if (retryCount < MAX_RETRIES && retryAfter <= MAX_RATE_LIMIT_WAIT) {
        octokit.log.warn(`${what}: retrying after ${retryAfter} s (${retryCount + 1}/${MAX_RETRIES})`)
        return true
      }
      octokit.log.warn(
        retryAfter > MAX_RATE_LIMIT_WAIT
          ? `${what}: GitHub asks to wait ${retryAfter} s, longer than ${MAX_RATE_LIMIT_WAIT} s; giving up`
          : `${what}: giving up after ${retryCount} retries`,
      )
      return false
    }
  return new LockgraphOctokit({
    auth: options.token,
    baseUrl: (options.baseUrl ?? 'https://api.github.com').replace(/\/+$/, ''),
    userAgent: `lockgraph/${VERSION}`,
    ...(options.log ? { log: options.log } : {}),
    retry: {
      retries: MAX_RETRIES,
      retryAfterBaseValue: delays.retryBaseMs ?? 1000,
      // 403 and 429 are rate limits, which the throttling plugin waits out; the rest cannot succeed on retry.
      doNotRetry: [400, 401, 403, 404, 410, 422, 429, 451],
    },
    throttle: {
      onRateLimit: onLimit('primary'),
      onSecondaryRateLimit: onLimit('secondary'),
      retryAfterBaseValue: delays.rateLimitSecondMs ?? 1000,
      ...(delays.spaceWrites === false ? { write: UNSPACED, notifications: UNSPACED } : {}),
    },
  })
}
