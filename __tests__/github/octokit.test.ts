// The REST client's retries and rate-limit waits, against the local GitHub-like server.
import { createOctokit, MAX_RATE_LIMIT_WAIT, type GitHubClient } from '../../src/github/octokit.js'
import { VERSION } from '../../src/version.js'
import { startGitHubApi, type GitHubApi } from '../helpers/github-api.js'

let api: GitHubApi
let warned: string[]

beforeAll(async () => {
  api = await startGitHubApi()
})
afterAll(() => api.stop())
beforeEach(() => {
  api.state.requests.length = 0
  warned = []
})

function client(delays = { retryBaseMs: 1, rateLimitSecondMs: 1, spaceWrites: false }): GitHubClient {
  return createOctokit({
    token: api.token,
    baseUrl: api.url + '/',
    retryDelays: delays,
    log: { debug: () => {}, info: () => {}, warn: (m) => warned.push(m), error: () => {} },
  })
}

const getRepo = (octokit: GitHubClient) => octokit.rest.repos.get({ owner: 'acme', repo: 'storefront' })
const statuses = () => api.state.requests.map((r) => r.status)
const nowSeconds = () => Math.floor(Date.now() / 1000)

test('identifies itself as lockgraph/<version>', async () => {
  await getRepo(client())
  expect(api.state.requests.map((r) => r.userAgent)).toEqual([
    expect.stringMatching(new RegExp(`^lockgraph/${VERSION.replace(/\./g, '\\.')} `)),
  ])
})

test('server errors are retried with growing waits (base × 1, 4)', async () => {
  api.failNext({ path: '/repos/acme/storefront', status: 500, body: { message: 'boom' }, times: 2 })
  const started = Date.now()
  const { data } = await getRepo(client({ retryBaseMs: 40, rateLimitSecondMs: 1, spaceWrites: false }))
  expect(Date.now() - started).toBeGreaterThanOrEqual(190)
  expect(data.full_name).toBe('acme/storefront')
  expect(statuses()).toEqual([500, 500, 200])
})

test('a secondary rate limit (403 with retry-after) waits as asked, then succeeds', async () => {
  api.failNext({
    path: '/repos/acme/storefront',
    status: 403,
    body: {
      message: 'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.',
    },
    headers: { 'retry-after': '3' },
  })
  const started = Date.now()
  await getRepo(client({ retryBaseMs: 1, rateLimitSecondMs: 50, spaceWrites: false }))
  expect(Date.now() - started).toBeGreaterThanOrEqual(145)
  expect(statuses()).toEqual([403, 200])
  expect(warned).toEqual([
    expect.stringMatching(
      /^secondary rate limit on GET \/repos\/\{owner\}\/\{repo\}: retrying after 3 s \(1\/3\)$/,
    ),
  ])
})

test('a primary rate limit (429, x-ratelimit-reset) waits until the reset, then succeeds', async () => {
  api.failNext({
    path: '/repos/acme/storefront',
    status: 429,
    body: { message: 'API rate limit exceeded for installation.' },
    headers: { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': String(nowSeconds() + 2) },
  })
  await getRepo(client())
  expect(statuses()).toEqual([429, 200])
  expect(warned[0]).toMatch(/^primary rate limit on GET .*: retrying after \d s \(1\/3\)$/)
})

test('a rate limit that asks for a long wait fails at once', async () => {
  api.failNext({
    path: '/repos/acme/storefront',
    status: 403,
    body: { message: 'API rate limit exceeded for installation.' },
    headers: { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': String(nowSeconds() + 3600) },
  })
  await expect(getRepo(client())).rejects.toMatchObject({ status: 403 })
  expect(statuses()).toEqual([403])
  expect(warned[0]).toMatch(new RegExp(`longer than ${MAX_RATE_LIMIT_WAIT} s; giving up$`))
})

test('a rate limit that lasts fails after three retries', async () => {
  api.failNext({
    path: '/repos/acme/storefront',
    status: 403,
    body: { message: 'You have exceeded a secondary rate limit.' },
    headers: { 'retry-after': '1' },
    times: 10,
  })
  await expect(getRepo(client())).rejects.toMatchObject({ status: 403 })
  expect(statuses()).toEqual([403, 403, 403, 403])
  expect(warned[3]).toMatch(/giving up after 3 retries$/)
})

test('a 404 is not retried', async () => {
  await expect(client().rest.repos.get({ owner: 'acme', repo: 'nope' })).rejects.toMatchObject({
    status: 404,
  })
  expect(statuses()).toEqual([404])
})

test('by default, comments are spaced as GitHub asks (3 s for requests that notify)', async () => {
  const octokit = client({ retryBaseMs: 1, rateLimitSecondMs: 1, spaceWrites: true })
  const started = Date.now()
  for (const body of ['one', 'two'])
    await octokit.rest.issues.createComment({ owner: 'acme', repo: 'storefront', issue_number: 1, body })
  expect(Date.now() - started).toBeGreaterThanOrEqual(2900)
  expect(api.listComments(1).map((c) => c.body)).toEqual(['one', 'two'])
})
