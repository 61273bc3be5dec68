// Which commits a run compares, from the runner's variables and the event payload file.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { readEvent } from '../../src/github/event.js'
import { TESTDATA } from '../helpers/parse.js'

const EVENTS = join(TESTDATA, 'github', 'events')
const MERGE_SHA = '9e8d7c6b5a49382716059483726150493827160a'

function env(name: string, file?: string): NodeJS.ProcessEnv {
  return {
    GITHUB_EVENT_NAME: name,
    ...(file ? { GITHUB_EVENT_PATH: join(EVENTS, file) } : {}),
    GITHUB_REPOSITORY: 'acme/storefront',
    GITHUB_SHA: MERGE_SHA,
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_RUN_ID: '1234567890',
  }
}

const RUN_URL = 'https://github.com/acme/storefront/actions/runs/1234567890'

test('pull_request: base and head of the pull request, not the merge commit', () => {
  expect(readEvent(env('pull_request', 'pull_request.json'))).toEqual({
    name: 'pull_request',
    repo: { owner: 'acme', repo: 'storefront' },
    prNumber: 42,
    baseSha: '1a2b3c4d5e6f708192a3b4c5d6e7f8091a2b3c4d',
    headSha: '8f2c1d0e7b6a594837261504a3b2c1d0e9f8a7b6',
    isPullRequest: true,
    runUrl: RUN_URL,
  })
})

test('pull_request_target from a fork: the same fields', () => {
  expect(readEvent(env('pull_request_target', 'pull_request_target-fork.json'))).toEqual({
    name: 'pull_request_target',
    repo: { owner: 'acme', repo: 'storefront' },
    prNumber: 7,
    baseSha: 'a0a1a2a3a4a5a6a7a8a9b0b1b2b3b4b5b6b7b8b9',
    headSha: 'b0b1b2b3b4b5b6b7b8b9c0c1c2c3c4c5c6c7c8c9',
    isPullRequest: true,
    runUrl: RUN_URL,
  })
})

test('merge_group: the queue base and head', () => {
  expect(readEvent(env('merge_group', 'merge_group.json'))).toEqual({
    name: 'merge_group',
    repo: { owner: 'acme', repo: 'storefront' },
    baseSha: '1a2b3c4d5e6f708192a3b4c5d6e7f8091a2b3c4d',
    headSha: 'c3d4e5f60718293a4b5c6d7e8f90a1b2c3d4e5f6',
    isPullRequest: false,
    runUrl: RUN_URL,
  })
})

test('push: compared with before', () => {
  expect(readEvent(env('push', 'push.json'))).toEqual({
    name: 'push',
    repo: { owner: 'acme', repo: 'storefront' },
    baseSha: '1a2b3c4d5e6f708192a3b4c5d6e7f8091a2b3c4d',
    beforeSha: '1a2b3c4d5e6f708192a3b4c5d6e7f8091a2b3c4d',
    headSha: 'd4e5f60718293a4b5c6d7e8f90a1b2c3d4e5f607',
    isPullRequest: false,
    runUrl: RUN_URL,
  })
})

test('push creating a branch: the all-zero before is no base', () => {
  const event = readEvent(env('push', 'push-new-branch.json'))
  expect(event.baseSha).toBeUndefined()
  expect(event.beforeSha).toBeUndefined()
  expect(event.headSha).toBe('e5f60718293a4b5c6d7e8f90a1b2c3d4e5f60718')
})

test('other events: no base, head is GITHUB_SHA', () => {
  expect(readEvent(env('workflow_dispatch', 'workflow_dispatch.json'))).toEqual({
    name: 'workflow_dispatch',
    repo: { owner: 'acme', repo: 'storefront' },
    headSha: MERGE_SHA,
    isPullRequest: false,
    runUrl: RUN_URL,
  })
})

test('no payload file: the variables alone; the repository from the payload when the variable is missing', () => {
  const bare = readEvent({ GITHUB_EVENT_NAME: 'pull_request' })
  expect([bare.name, bare.isPullRequest, bare.prNumber, bare.baseSha, bare.headSha]).toEqual([
    'pull_request',
    true,
    undefined,
    undefined,
    undefined,
  ])
  const { GITHUB_REPOSITORY: _, ...rest } = env('push', 'push.json')
  expect(readEvent({ ...rest, GITHUB_SERVER_URL: 'https://ghe.example.com/' }).repo).toEqual({
    owner: 'acme',
    repo: 'storefront',
  })
  expect(readEvent({ ...rest, GITHUB_SERVER_URL: 'https://ghe.example.com/' }).runUrl).toBe(
    'https://ghe.example.com/acme/storefront/actions/runs/1234567890',
  )
})

test('malformed values are not taken for commits; a payload that is not JSON is an error', () => {
  const dir = mkdtempSync(join(tmpdir(), 'lg-event-'))
  try {
    const odd = join(dir, 'odd.json')
    writeFileSync(
      odd,
      JSON.stringify({ pull_request: { number: '5', base: { sha: 'main' }, head: { sha: 'x'.repeat(40) } } }),
    )
    const event = readEvent({
      GITHUB_EVENT_NAME: 'pull_request',
      GITHUB_EVENT_PATH: odd,
      GITHUB_SHA: MERGE_SHA,
    })
    expect([event.prNumber, event.baseSha, event.headSha]).toEqual([undefined, undefined, MERGE_SHA])

    const broken = join(dir, 'broken.json')
    writeFileSync(broken, '{"action":')
    expect(() => readEvent({ GITHUB_EVENT_NAME: 'push', GITHUB_EVENT_PATH: broken })).toThrow(
      new RegExp(`^the event payload ${broken} is not JSON: `),
    )
    expect(() => readEvent({ GITHUB_EVENT_NAME: 'push', GITHUB_EVENT_PATH: join(dir, 'none.json') })).toThrow(
      /^cannot read the event payload .*none\.json: ENOENT/,
    )
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
})
