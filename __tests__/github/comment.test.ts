// The sticky comment with the real Octokit client against the local GitHub-like server.
import {
  COMMENT_LIMIT,
  commentMarker,
  stickyBody,
  upsertComment,
  type UpsertCommentOptions,
} from '../../src/github/comment.js'
import { createOctokit, type GitHubClient } from '../../src/github/octokit.js'
import { GITHUB_ACTIONS_BOT, startGitHubApi, type GitHubApi } from '../helpers/github-api.js'

const OWNER = 'acme'
const REPO = 'storefront'
const MARKER = '<!-- lockgraph:sticky:lockgraph -->'
const PAT = 'ghp_lockgraphTestPersonalToken0001'
const READ_ONLY = 'ghs_lockgraphTestReadOnlyToken0001'

let api: GitHubApi
let issue = 0
let warnings: string[]

beforeAll(async () => {
  api = await startGitHubApi()
  api.addToken(PAT, { login: 'octo-dev' })
  api.addToken(READ_ONLY, { readOnly: true })
})
afterAll(() => api.stop())

beforeEach(() => {
  issue++ // each test on its own pull request
  warnings = []
  api.state.requests.length = 0
})

function client(token = api.token): GitHubClient {
  return createOctokit({
    token,
    baseUrl: api.url,
    retryDelays: { retryBaseMs: 1, rateLimitSecondMs: 1, spaceWrites: false },
    log: { debug: () => {}, info: () => {}, warn: () => {}, error: () => {} },
  })
}

function upsert(octokit: GitHubClient, options: Partial<UpsertCommentOptions> & { body: string }) {
  return upsertComment(octokit, {
    owner: OWNER,
    repo: REPO,
    issueNumber: issue,
    mode: 'auto',
    hasChanges: true,
    log: { warning: (m) => warnings.push(m) },
    ...options,
  })
}

const comments = () => api.listComments(issue).map((c) => ({ id: c.id, user: c.user.login, body: c.body }))
const requests = () =>
  api.state.requests.map((r) => `${r.method} ${r.url.replace(/\?.*/, '')} ${r.status}`.replace(api.url, ''))
const url = (id: number) => `https://github.com/${OWNER}/${REPO}/issues/${issue}#issuecomment-${id}`

describe('marker', () => {
  test('one per comment-id; the posted body is marker, newline, body unless the body holds the marker', () => {
    expect(commentMarker()).toBe(MARKER)
    expect(commentMarker('lockgraph-web')).toBe('<!-- lockgraph:sticky:lockgraph-web -->')
    expect(stickyBody('lockgraph', '## Dependencies')).toBe(`${MARKER}\n## Dependencies`)
    expect(stickyBody('lockgraph', `## Dependencies\n${MARKER}`)).toBe(`## Dependencies\n${MARKER}`)
    expect(() => commentMarker('a -->')).toThrow(/comment-id "a -->" must be/)
    expect(() => commentMarker('')).toThrow(/must be/)
  })
})

describe('upsertComment', () => {
  test('the first run creates the comment, the second updates it: one comment in all', async () => {
    const first = await upsert(client(), { body: 'run 1' })
    const [created] = comments()
    expect(first).toEqual({ action: 'created', url: url(created.id) })
    expect(comments()).toEqual([{ id: created.id, user: 'github-actions[bot]', body: `${MARKER}\nrun 1` }])

    const second = await upsert(client(), { body: 'run 2' })
    expect(second).toEqual({ action: 'updated', url: url(created.id) })
    expect(comments()).toEqual([{ id: created.id, user: 'github-actions[bot]', body: `${MARKER}\nrun 2` }])
    expect(requests().filter((r) => !r.startsWith('GET'))).toEqual([
      `POST /repos/acme/storefront/issues/${issue}/comments 201`,
      `PATCH /repos/acme/storefront/issues/comments/${created.id} 200`,
    ])
    expect(warnings).toEqual([])
  })

  test('GITHUB_TOKEN: GET /user is refused, so the identity is github-actions[bot]; asked once per client', async () => {
    const octokit = client()
    await upsert(octokit, { body: 'a' })
    await upsert(octokit, { body: 'b', commentId: 'other' })
    expect(requests().filter((r) => r.includes('/user'))).toEqual(['GET /user 403'])
  })

  test('a comment by someone else carrying the marker is left alone', async () => {
    const foreign = api.seedComment({ issue, body: `${MARKER}\nI copied your marker`, user: 'mallory' })
    const result = await upsert(client(), { body: 'ours' })
    expect(result.action).toBe('created')
    await upsert(client(), { body: 'ours again' })
    expect(comments()).toEqual([
      { id: foreign.id, user: 'mallory', body: `${MARKER}\nI copied your marker` },
      { id: foreign.id + 1, user: 'github-actions[bot]', body: `${MARKER}\nours again` },
    ])
  })

  test('a personal access token comments as its user and does not touch the bot comment', async () => {
    const bot = api.seedComment({ issue, body: `${MARKER}\nfrom the bot`, user: GITHUB_ACTIONS_BOT })
    const first = await upsert(client(PAT), { body: 'from the PAT' })
    const second = await upsert(client(PAT), { body: 'from the PAT, again' })
    const mine = comments()[1]
    expect(first).toEqual({ action: 'created', url: url(mine.id) })
    expect(second).toEqual({ action: 'updated', url: url(mine.id) })
    expect(comments()).toEqual([
      { id: bot.id, user: 'github-actions[bot]', body: `${MARKER}\nfrom the bot` },
      { id: mine.id, user: 'octo-dev', body: `${MARKER}\nfrom the PAT, again` },
    ])
    expect(requests().filter((r) => r.includes('/user'))).toEqual(['GET /user 200', 'GET /user 200'])
  })

  test('an explicit author (a GitHub App token) is used instead of asking', async () => {
    const app = api.seedComment({
      issue,
      body: `${MARKER}\nold`,
      user: { login: 'my-app[bot]', type: 'Bot' },
    })
    const result = await upsert(client(PAT), { body: 'new', author: 'my-app[bot]' })
    expect(result).toEqual({ action: 'updated', url: url(app.id) })
    expect(requests().filter((r) => r.includes('/user'))).toEqual([])
  })

  test('150 comments before ours: found on the second page and updated, never a second one', async () => {
    for (let i = 0; i < 150; i++)
      api.seedComment({
        issue,
        body: i % 10 ? `comment ${i}` : `${MARKER}\nquoted ${i}`,
        user: `user${i % 7}`,
      })
    const created = await upsert(client(), { body: 'first' })
    expect(created.action).toBe('created')
    expect(comments()).toHaveLength(151)
    api.state.requests.length = 0
    const updated = await upsert(client(), { body: 'second' })
    expect(updated).toEqual({ action: 'updated', url: created.url })
    expect(comments()).toHaveLength(151)
    expect(comments()[150]).toMatchObject({ user: 'github-actions[bot]', body: `${MARKER}\nsecond` })
    const pages = api.state.requests.filter((r) => r.method === 'GET' && r.url.includes('/comments'))
    expect(pages.map((r) => new URL(r.url, api.url).searchParams.get('page') ?? '1')).toEqual(['1', '2'])
    expect(pages.every((r) => r.url.includes('per_page=100'))).toBe(true)
  })

  test('our comment early among 150: the search stops at the first page', async () => {
    api.seedComment({ issue, body: `${MARKER}\nold`, user: GITHUB_ACTIONS_BOT })
    for (let i = 0; i < 150; i++) api.seedComment({ issue, body: `comment ${i}`, user: 'someone' })
    expect((await upsert(client(), { body: 'new' })).action).toBe('updated')
    expect(requests().filter((r) => r.includes('/comments'))).toEqual([
      `GET /repos/acme/storefront/issues/${issue}/comments 200`,
      expect.stringMatching(/^PATCH /),
    ])
  })

  test('several of ours with the marker (an older bug): the oldest is updated, the others left', async () => {
    const oldest = api.seedComment({ issue, body: `${MARKER}\none`, user: GITHUB_ACTIONS_BOT })
    const newer = api.seedComment({ issue, body: `${MARKER}\ntwo`, user: GITHUB_ACTIONS_BOT })
    expect(await upsert(client(), { body: 'three' })).toEqual({ action: 'updated', url: url(oldest.id) })
    expect(comments().map((c) => `${c.id} ${c.body}`)).toEqual([
      `${oldest.id} ${MARKER}\nthree`,
      `${newer.id} ${MARKER}\ntwo`,
    ])
  })

  test('two comment-ids keep two comments', async () => {
    await upsert(client(), { body: 'a1' })
    await upsert(client(), { body: 'b1', commentId: 'lockgraph-web' })
    await upsert(client(), { body: 'a2' })
    await upsert(client(), { body: 'b2', commentId: 'lockgraph-web' })
    expect(comments().map((c) => c.body)).toEqual([
      `${MARKER}\na2`,
      '<!-- lockgraph:sticky:lockgraph-web -->\nb2',
    ])
  })

  test('the same body again is not rewritten', async () => {
    const created = await upsert(client(), { body: 'same' })
    api.state.requests.length = 0
    expect(await upsert(client(), { body: 'same' })).toEqual({
      action: 'skipped',
      url: created.url,
      reason: 'the comment is already up to date',
    })
    expect(requests().filter((r) => !r.startsWith('GET'))).toEqual([])
  })
})

describe('modes', () => {
  test('never: nothing is asked of the API', async () => {
    expect(await upsert(client(), { body: 'x', mode: 'never' })).toEqual({
      action: 'skipped',
      reason: 'comment is "never"',
    })
    expect(requests()).toEqual([])
  })

  test.each(['auto', 'always'] as const)('%s: comments with and without changes', async (mode) => {
    expect((await upsert(client(), { body: 'no changes', mode, hasChanges: false })).action).toBe('created')
    expect((await upsert(client(), { body: 'changes', mode, hasChanges: true })).action).toBe('updated')
    expect((await upsert(client(), { body: 'no changes', mode, hasChanges: false })).action).toBe('updated')
    expect(comments().map((c) => c.body)).toEqual([`${MARKER}\nno changes`])
  })

  test('on-change: no new comment without changes; with changes one; then updated to say none, not left stale', async () => {
    expect(await upsert(client(), { body: 'nothing changed', mode: 'on-change', hasChanges: false })).toEqual(
      {
        action: 'skipped',
        reason: 'no dependency changes and no earlier comment to update',
      },
    )
    expect(comments()).toEqual([])
    expect(requests().filter((r) => !r.startsWith('GET'))).toEqual([])

    expect((await upsert(client(), { body: '3 added', mode: 'on-change', hasChanges: true })).action).toBe(
      'created',
    )
    const result = await upsert(client(), { body: 'nothing changed', mode: 'on-change', hasChanges: false })
    expect(result.action).toBe('updated')
    expect(comments().map((c) => c.body)).toEqual([`${MARKER}\nnothing changed`])
  })
})

describe('failures are warnings, never thrown', () => {
  test('a read-only token (a pull request from a fork): 403', async () => {
    const result = await upsert(client(READ_ONLY), { body: 'x' })
    expect(result.action).toBe('failed')
    expect(result.reason).toBe(
      'creating the comment: HTTP 403: Resource not accessible by integration - https://docs.github.com/rest (the token cannot write comments: pull requests from forks get a read-only token; see the workflow_run pattern in the README)',
    )
    expect(warnings).toEqual([`lockgraph: the pull request comment was not written (${result.reason})`])
    expect(comments()).toEqual([])
    // 403 without rate-limit headers is not retried
    expect(requests().filter((r) => r.startsWith('POST'))).toHaveLength(1)
  })

  test('a read-only token cannot update either; the comment stays as it was', async () => {
    api.seedComment({ issue, body: `${MARKER}\nold`, user: GITHUB_ACTIONS_BOT })
    const result = await upsert(client(READ_ONLY), { body: 'new' })
    expect(result.action).toBe('failed')
    expect(result.reason).toMatch(/^updating comment \d+: HTTP 403: /)
    expect(comments().map((c) => c.body)).toEqual([`${MARKER}\nold`])
  })

  test('a body over 65,536 characters: 422; exactly the limit, marker included, is accepted', async () => {
    const marker = commentMarker()
    const budget = COMMENT_LIMIT - [...marker].length - 1
    const fits = await upsert(client(), { body: '€'.repeat(budget) })
    expect(fits.action).toBe('created')
    expect([...comments()[0].body].length).toBe(COMMENT_LIMIT)

    const over = await upsert(client(), { body: '€'.repeat(budget + 1) })
    expect(over.action).toBe('failed')
    expect(over.reason).toMatch(/^updating comment \d+: HTTP 422: Validation Failed: .*body is too long/)
    expect(warnings).toHaveLength(1)
  })

  test('an unknown repository: 404', async () => {
    const result = await upsert(client(), { body: 'x', repo: 'nope' })
    expect(result).toEqual({
      action: 'failed',
      reason: 'looking for the earlier comment: HTTP 404: Not Found - https://docs.github.com/rest',
    })
  })

  test('a bad token: 401 while learning who it is', async () => {
    const result = await upsert(client('ghs_nobody'), { body: 'x' })
    expect(result.action).toBe('failed')
    expect(result.reason).toBe(
      'learning who the token is: HTTP 401: Bad credentials - https://docs.github.com/rest',
    )
  })

  test('a bad comment-id', async () => {
    const result = await upsert(client(), { body: 'x', commentId: 'x y' })
    expect(result.action).toBe('failed')
    expect(result.reason).toMatch(/^preparing the comment: comment-id "x y" must be/)
    expect(requests()).toEqual([])
  })

  test('a server error once is retried and the comment is written', async () => {
    api.failNext({ method: 'POST', path: /\/comments$/, status: 502, body: { message: 'Bad Gateway' } })
    expect((await upsert(client(), { body: 'x' })).action).toBe('created')
    expect(requests().filter((r) => r.startsWith('POST'))).toEqual([
      `POST /repos/acme/storefront/issues/${issue}/comments 502`,
      `POST /repos/acme/storefront/issues/${issue}/comments 201`,
    ])
  })

  test('a server error that lasts: failed after the retries', async () => {
    api.failNext({
      method: 'GET',
      path: /\/comments$/,
      status: 503,
      body: { message: 'Unavailable' },
      times: 10,
    })
    const result = await upsert(client(), { body: 'x' })
    expect(result).toEqual({
      action: 'failed',
      reason: 'looking for the earlier comment: HTTP 503: Unavailable',
    })
    expect(requests().filter((r) => r.includes('/comments'))).toHaveLength(4)
  })
})
