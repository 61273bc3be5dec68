// End to end: the pull-request dependency diff of the BUNDLED action (dist/index.js), run as the runner runs it,
// against the local GitHub-like API (comments, identities, read-only tokens, git trees and blobs) and, for the
// one run whose artifact is checked, azurite. The base is read from a real temporary git repository: its
// commits hold real npm lockfiles (jest 27 → 29, __tests__/testdata/diff/README.md) and synthetic ones.
// Needs a build first (node scripts/build.mjs).

import AdmZip from 'adm-zip'
import { execFileSync } from 'node:child_process'
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { basename, join } from 'node:path'
import { startAzurite, type Azurite } from './helpers/azurite.js'
import { COMMENT_BODY_MAX, startGitHubApi, type GitHubApi, type RequestRecord } from './helpers/github-api.js'
import { TESTDATA } from './helpers/parse.js'
import {
  DIST_ENTRY,
  makeTempDir,
  runAction,
  type RunActionOptions,
  type RunActionResult,
} from './helpers/run-action.js'

const JEST = join(TESTDATA, 'diff', 'npm-jest-27-to-29')
const MARKER = '<!-- lockgraph:sticky:lockgraph -->'
const BOT = 'github-actions[bot]'
const READ_ONLY = 'ghs_lockgraphTestReadOnlyToken0001'
const JEST_COUNTS = '**7** added · **66** removed · **43** upgraded · **1** downgraded in 1 manifest.'
const JEST_ROW = '| jest | ⬆️ upgraded | 27.5.1 → 29.7.0 | direct | dev | MIT |'

const GIT_ENV = {
  PATH: process.env.PATH ?? '/usr/bin:/bin',
  HOME: '/nonexistent',
  GIT_CONFIG_NOSYSTEM: '1',
  GIT_CONFIG_GLOBAL: '/dev/null',
  GIT_AUTHOR_NAME: 'Test',
  GIT_AUTHOR_EMAIL: 'test@example.com',
  GIT_COMMITTER_NAME: 'Test',
  GIT_COMMITTER_EMAIL: 'test@example.com',
  GIT_AUTHOR_DATE: '2024-01-01T00:00:00Z',
  GIT_COMMITTER_DATE: '2024-01-01T00:00:00Z',
}

function git(cwd: string, ...args: string[]): string {
  return execFileSync('git', args, { cwd, env: GIT_ENV, encoding: 'utf8' }).trim()
}

/** Writes (or with null, deletes) files in a repository and commits them; the new commit's id. */
function commit(repo: string, files: Record<string, string | null>, message: string): string {
  for (const [path, text] of Object.entries(files)) {
    const file = join(repo, path)
    if (text === null) rmSync(file, { force: true })
    else {
      mkdirSync(join(file, '..'), { recursive: true })
      writeFileSync(file, text)
    }
  }
  git(repo, 'add', '-A')
  git(repo, 'commit', '-q', '--allow-empty', '-m', message)
  return git(repo, 'rev-parse', 'HEAD')
}

const read = (dir: string, file: string): string => readFileSync(join(JEST, dir, file), 'utf8')
const jestSide = (dir: 'base' | 'head'): Record<string, string> => ({
  'package.json': read(dir, 'package.json'),
  'package-lock.json': read(dir, 'package-lock.json'),
})

/** head with dotenv 16.6.1 → 17.2.3: a second head of the same pull request. */
function head2(): Record<string, string> {
  const lock = read('head', 'package-lock.json')
  const entry = '"node_modules/dotenv": {\n      "version": "16.6.1"'
  if (!lock.includes(entry)) throw new Error('test data changed: dotenv 16.6.1 entry not found')
  return {
    'package.json': read('head', 'package.json').replace('"dotenv": "^16.4.0"', '"dotenv": "^17.2.0"'),
    'package-lock.json': lock
      .replace(entry, entry.replace('16.6.1', '17.2.3'))
      .replace('"dotenv": "^16.4.0"', '"dotenv": "^17.2.0"'),
  }
}

/**
 * A synthetic npm project of `names` direct dependencies at `version(name)` (undefined: left out). Long names,
 * so that 5,000 rows are more than the job summary's 1 MiB.
 */
function bigProject(names: string[], version: (name: string) => string | undefined): Record<string, string> {
  const deps: Record<string, string> = {}
  const packages: Record<string, unknown> = {}
  for (const name of names) {
    const v = version(name)
    if (v === undefined) continue
    deps[name] = `^${v}`
    packages[`node_modules/${name}`] = {
      version: v,
      resolved: `https://registry.npmjs.org/${name}/-/${name}-${v}.tgz`,
      license: 'MIT',
    }
  }
  const root = { name: 'big', version: '1.0.0', dependencies: deps }
  return {
    'package.json': JSON.stringify(root, null, 2),
    'package-lock.json': JSON.stringify(
      {
        name: 'big',
        version: '1.0.0',
        lockfileVersion: 3,
        requires: true,
        packages: { '': root, ...packages },
      },
      null,
      2,
    ),
  }
}

/** 195 characters each (npm allows 214): 5,000 rows of them are more than the summary's 1 MiB. */
const BIG_NAMES = Array.from({ length: 6000 }, (_, i) =>
  `synthetic-${String(i).padStart(4, '0')}-`.padEnd(195, 'long-name-for-the-size-test-'),
)

interface Repo {
  origin: string
  base: string
  head: string
  head2: string
  /** head2 plus a README: no dependency change. */
  docs: string
  bigBase: string
  bigHead: string
  policyBase: string
  policyHead: string
}

let api: GitHubApi
let azurite: Azurite
let temp: ReturnType<typeof makeTempDir>
let repo: Repo
/** A full clone of origin: the workspace of most runs, checked out at the commit each needs. */
let clone: string

beforeAll(async () => {
  if (!existsSync(DIST_ENTRY)) throw new Error(`${DIST_ENTRY} is missing: build first`)
  temp = makeTempDir('lockgraph-diff-e2e-')
  azurite = await startAzurite()
  api = await startGitHubApi({ azurite })
  api.addToken(READ_ONLY, { readOnly: true })

  const origin = join(temp.dir, 'origin')
  mkdirSync(origin)
  git(origin, 'init', '-q', '-b', 'main')
  const base = commit(origin, jestSide('base'), 'jest 27')
  const head = commit(origin, jestSide('head'), 'jest 29')
  git(origin, 'branch', 'pr-head')
  const second = commit(origin, head2(), 'dotenv 17')
  const docs = commit(origin, { 'README.md': '# storefront\n' }, 'docs')

  git(origin, 'checkout', '-q', '--orphan', 'big')
  git(origin, 'rm', '-rqf', '.')
  // base: 0..3999 at 1.0.0; head: 0..1999 upgraded, 2000..2999 removed, 3000..3999 kept, 4000..5999 added.
  const bigBase = commit(
    origin,
    bigProject(BIG_NAMES, (n) => (BIG_NAMES.indexOf(n) < 4000 ? '1.0.0' : undefined)),
    'big',
  )
  const bigHead = commit(
    origin,
    bigProject(BIG_NAMES, (n) => {
      const i = BIG_NAMES.indexOf(n)
      return i < 2000 ? '1.1.0' : i < 3000 ? undefined : '1.0.0'
    }),
    '5,000 changes',
  )

  // The base's policy denies jest 29; the pull request empties the config file to get through.
  git(origin, 'checkout', '-q', '-b', 'policy', base)
  const config = [
    'fail-on: [denied-package]',
    'denied-packages:',
    '  - purl: pkg:npm/jest',
    '    versions: ">=29"',
    '    reason: stay on jest 27 until the migration',
    '',
  ].join('\n')
  const policyBase = commit(origin, { '.github/lockgraph.yml': config }, 'policy')
  const policyHead = commit(
    origin,
    { ...jestSide('head'), '.github/lockgraph.yml': '# no policy\n' },
    'jest 29',
  )
  git(origin, 'checkout', '-q', 'main')
  repo = { origin, base, head, head2: second, docs, bigBase, bigHead, policyBase, policyHead }

  clone = join(temp.dir, 'clone')
  execFileSync('git', ['clone', '-q', '--no-local', origin, clone], { env: GIT_ENV })
  git(clone, 'fetch', '-q', 'origin', 'big', 'policy')
})

afterAll(async () => {
  await api?.stop()
  await azurite?.stop()
  temp?.remove()
})

function checkout(sha: string): string {
  git(clone, 'checkout', '-q', '--detach', sha)
  return clone
}

function prEvent(number: number, base: string, head: string, fork = false): Record<string, unknown> {
  const repository = { full_name: 'acme/storefront', name: 'storefront', owner: { login: 'acme' } }
  return {
    action: 'synchronize',
    number,
    pull_request: {
      number,
      head: {
        sha: head,
        ref: 'feature',
        repo: { full_name: fork ? 'mallory/storefront' : 'acme/storefront' },
      },
      base: { sha: base, ref: 'main', repo: repository },
    },
    repository,
  }
}

let runCounter = 500

interface Run extends RunActionResult {
  /** REST requests of this run (method, path without query, status). */
  rest: string[]
}

async function run(
  options: Omit<RunActionOptions, 'apiUrl' | 'tempDir' | 'token'> & { token?: string },
): Promise<Run> {
  const from = api.state.requests.length
  const result = await runAction({
    apiUrl: api.url,
    token: api.token,
    tempDir: temp.dir,
    runId: String(++runCounter),
    ...options,
    inputs: { 'upload-artifact': false, ...options.inputs },
  })
  const rest = api.state.requests
    .slice(from)
    .filter((r: RequestRecord) => !r.twirp)
    .map((r) => `${r.method} ${r.url.replace(/\?.*/, '')} ${r.status}`)
  return Object.assign(result, { rest })
}

function pr(number: number, base: string, head: string, extra: Partial<RunActionOptions> = {}): Promise<Run> {
  return run({
    workspace: clone,
    eventName: 'pull_request',
    event: prEvent(number, base, head),
    ...extra,
  })
}

function explain(result: RunActionResult): string {
  return `exit ${result.code}\n--- stdout\n${result.stdout}\n--- stderr\n${result.stderr}`
}

function expectExit(result: RunActionResult, code: number): void {
  expect({ code: result.code, log: result.code === code ? '' : explain(result) }).toEqual({ code, log: '' })
}

const bodies = (issue: number) => api.listComments(issue).map((c) => ({ user: c.user.login, body: c.body }))
const commentUrl = (issue: number, id: number) =>
  `https://github.com/acme/storefront/issues/${issue}#issuecomment-${id}`
const short = (sha: string) => sha.slice(0, 12)

interface DiffFile {
  version: number
  hasChanges: boolean
  counts: Record<string, number>
  manifests: Array<{
    manifest: string
    lockfiles: string[]
    changes: Array<{ kind: string; name: string; base?: { version?: string }; head?: { version?: string } }>
  }>
  violations: Array<{ rule: string; severity: string; name: string; version?: string; lockfile?: string }>
}
const diffFile = (result: RunActionResult): DiffFile =>
  JSON.parse(readFileSync(result.outputs['diff-file'], 'utf8')) as DiffFile

describe('pull request: the sticky comment on a real git repository', () => {
  const issue = 1
  test('first run creates the comment, writes the outputs, the diff file and the artifact', async () => {
    const other = api.seedComment({ issue, user: 'mallory', body: `${MARKER}\nnot lockgraph's` })
    const result = await pr(issue, repo.base, repo.head, {
      workspace: checkout(repo.head),
      inputs: { 'upload-artifact': true, 'artifact-name': 'deps' },
    })
    expectExit(result, 0)

    const comments = api.listComments(issue)
    expect(comments.map((c) => c.user.login)).toEqual(['mallory', BOT])
    expect(comments[0].body).toBe(other.body)
    const body = comments[1].body
    expect(body.startsWith(`${MARKER}\n### lockgraph: dependency changes\n\n${JEST_COUNTS}\n`)).toBe(true)
    expect(body).toContain('#### `package.json` · npm')
    expect(body).toContain(JEST_ROW)
    expect(body).toContain('| jsdom | ➖ removed | 16.7.0 | transitive | dev | MIT |')
    expect(body).toContain(
      `<sub>Compared commit \`${short(repo.base)}\` (the pull request's base) with \`${short(repo.head)}\` · [workflow run](https://github.com/acme/storefront/actions/runs/${runCounter})</sub>`,
    )
    // Read from git, not the API: the only REST calls are the comment's.
    expect(result.rest).toEqual([
      'GET /user 403',
      `GET /repos/acme/storefront/issues/${issue}/comments 200`,
      `POST /repos/acme/storefront/issues/${issue}/comments 201`,
    ])

    expect(result.outputs).toMatchObject({
      added: '7',
      removed: '66',
      upgraded: '43',
      downgraded: '1',
      'has-changes': 'true',
      'comment-url': commentUrl(issue, comments[1].id),
      'artifact-name': 'deps',
    })
    const json = diffFile(result)
    expect(basename(result.outputs['diff-file'])).toBe('lockgraph-diff.json')
    expect(json.version).toBe(1)
    expect(json.counts).toMatchObject({ added: 7, removed: 66, upgraded: 43, downgraded: 1, changed: 0 })
    expect(json.manifests.map((m) => [m.manifest, m.lockfiles])).toEqual([
      ['package.json', ['package-lock.json']],
    ])
    expect(json.manifests[0].changes.find((c) => c.name === 'jest')).toMatchObject({
      kind: 'upgraded',
      base: { version: '27.5.1' },
      head: { version: '29.7.0' },
    })
    expect(json.violations).toEqual([])

    // The summary: the scan's part, then the diff (uncut).
    expect(result.summary).toContain('## lockgraph SBOM')
    expect(result.summary.indexOf('### lockgraph: dependency changes')).toBeGreaterThan(
      result.summary.indexOf('## lockgraph SBOM'),
    )
    expect(result.summary).toContain(JEST_COUNTS)
    expect(result.summary).toContain(JEST_ROW)
    expect(result.summary).not.toContain(MARKER)

    // The artifact holds the SBOMs, the diff file and the comment's markdown.
    const [artifact] = api.artifacts(result.runBackendId)
    const zip = new AdmZip(await api.artifactZip(artifact))
    const entries = new Map(zip.getEntries().map((e) => [e.entryName, e.getData().toString('utf8')]))
    expect([...entries.keys()].sort()).toEqual(
      ['lockgraph-comment.md', 'lockgraph-diff.json', 'sbom.cdx.json', 'sbom.spdx.json'].sort(),
    )
    expect(entries.get('lockgraph-diff.json')).toBe(readFileSync(result.outputs['diff-file'], 'utf8'))
    expect(entries.get('lockgraph-comment.md')).toBe(body)
  })

  test('second run with a new head updates the same comment; the other marked comment is left alone', async () => {
    const [, ours] = api.listComments(issue)
    const result = await pr(issue, repo.base, repo.head2, { workspace: checkout(repo.head2) })
    expectExit(result, 0)
    const comments = api.listComments(issue)
    expect(comments.map((c) => [c.user.login, c.id])).toEqual([
      ['mallory', comments[0].id],
      [BOT, ours.id],
    ])
    expect(comments[0].body).toBe(`${MARKER}\nnot lockgraph's`)
    expect(comments[1].body).toContain(
      '| dotenv | ⬆️ upgraded | 16.6.1 → 17.2.3 | direct | runtime | BSD-2-Clause |',
    )
    expect(comments[1].body).toContain(`with \`${short(repo.head2)}\``)
    expect(comments[1].body).toContain('**7** added · **66** removed · **44** upgraded · **1** downgraded')
    expect(result.rest).toEqual([
      'GET /user 403',
      `GET /repos/acme/storefront/issues/${issue}/comments 200`,
      `PATCH /repos/acme/storefront/issues/comments/${ours.id} 200`,
    ])
    expect(result.outputs['comment-url']).toBe(commentUrl(issue, ours.id))
    expect(result.outputs.upgraded).toBe('44')
  })
})

test('shallow clone: the base commit is fetched (depth 1), never checked out', async () => {
  const shallow = join(temp.dir, 'shallow')
  execFileSync('git', ['clone', '-q', '--depth=1', '--branch', 'pr-head', `file://${repo.origin}`, shallow], {
    env: GIT_ENV,
  })
  expect(() => git(shallow, 'cat-file', '-e', `${repo.base}^{commit}`)).toThrow()
  const result = await run({
    workspace: shallow,
    eventName: 'pull_request',
    event: prEvent(2, repo.base, repo.head),
  })
  expectExit(result, 0)
  expect(result.stdout).toContain(`fetched the base commit ${repo.base} from origin (depth 1)`)
  expect(git(shallow, 'cat-file', '-t', repo.base)).toBe('commit')
  expect(git(shallow, 'rev-parse', 'HEAD')).toBe(repo.head)
  expect(git(shallow, 'status', '--porcelain')).toBe('')
  expect(result.outputs).toMatchObject({ added: '7', removed: '66', upgraded: '43', downgraded: '1' })
  expect(bodies(2)).toEqual([{ user: BOT, body: expect.stringContaining(JEST_ROW) }])
  expect(result.rest.filter((r) => r.includes('/git/'))).toEqual([])
})

test('150 comments already on the pull request: the sticky one is found on page 2 and updated', async () => {
  const issue = 3
  for (let i = 0; i < 150; i++)
    api.seedComment({
      issue,
      user: i % 2 ? 'octocat' : 'hubot',
      body: i === 7 ? `${MARKER} quoted` : `comment ${i}`,
    })
  const first = await pr(issue, repo.base, repo.head, { workspace: checkout(repo.head) })
  expectExit(first, 0)
  expect(first.rest.filter((r) => r.startsWith('GET /repos'))).toEqual([
    `GET /repos/acme/storefront/issues/${issue}/comments 200`,
    `GET /repositories/${api.state.repos.get('acme/storefront')!.id}/issues/${issue}/comments 200`,
  ])
  const ours = api.listComments(issue).filter((c) => c.user.login === BOT)
  expect(ours).toHaveLength(1)

  const second = await pr(issue, repo.base, repo.head2, { workspace: checkout(repo.head2) })
  expectExit(second, 0)
  expect(second.rest.at(-1)).toBe(`PATCH /repos/acme/storefront/issues/comments/${ours[0].id} 200`)
  const all = api.listComments(issue)
  expect(all).toHaveLength(151)
  expect(all.filter((c) => c.user.login === BOT).map((c) => c.id)).toEqual([ours[0].id])
  expect(all.find((c) => c.user.login === BOT)!.body).toContain('17.2.3')
})

test('a read-only token (fork-like): 403 is a warning; outputs and summary are still produced', async () => {
  const issue = 4
  const result = await pr(issue, repo.base, repo.head, { workspace: checkout(repo.head), token: READ_ONLY })
  expectExit(result, 0)
  expect(result.rest).toEqual([
    'GET /user 403',
    `GET /repos/acme/storefront/issues/${issue}/comments 200`,
    `POST /repos/acme/storefront/issues/${issue}/comments 403`,
  ])
  const warnings = result.annotations.filter((a) => a.level === 'warning').map((a) => a.message)
  expect(warnings).toEqual([
    expect.stringMatching(
      /^lockgraph: the pull request comment was not written \(creating the comment: HTTP 403: Resource not accessible by integration.*workflow_run pattern/,
    ),
  ])
  expect(api.listComments(issue)).toEqual([])
  expect(result.outputs).toMatchObject({ added: '7', 'has-changes': 'true', 'comment-url': '' })
  expect(diffFile(result).counts.upgraded).toBe(43)
  expect(result.summary).toContain(JEST_ROW)
})

test('a pull request from a fork with comment auto: no API call, a notice', async () => {
  const result = await run({
    workspace: checkout(repo.head),
    eventName: 'pull_request',
    event: prEvent(9, repo.base, repo.head, true),
  })
  expectExit(result, 0)
  expect(result.rest).toEqual([])
  expect(result.annotations.filter((a) => a.level === 'notice').map((a) => a.message)).toEqual([
    expect.stringContaining('this pull request comes from a fork'),
  ])
  expect(result.outputs['has-changes']).toBe('true')
})

test('5,000 changes: the comment is cut to fit 65,536 characters, the summary to 1 MiB', async () => {
  const issue = 5
  const outputDir = join(temp.dir, 'big-out')
  const result = await pr(issue, repo.bigBase, repo.bigHead, {
    workspace: checkout(repo.bigHead),
    inputs: { 'output-dir': outputDir },
  })
  expectExit(result, 0)
  expect(result.outputs).toMatchObject({ added: '2000', removed: '1000', upgraded: '2000', downgraded: '0' })

  const [comment] = bodies(issue)
  const length = [...comment.body].length
  expect(length).toBeLessThanOrEqual(COMMENT_BODY_MAX)
  expect(length).toBeGreaterThan(60_000)
  expect(
    comment.body.startsWith(
      `${MARKER}\n### lockgraph: dependency changes\n\n**2,000** added · **1,000** removed · **2,000** upgraded in 1 manifest.`,
    ),
  ).toBe(true)
  const rows = comment.body.split('\n').filter((l) => l.startsWith('| synthetic-'))
  expect(rows.length).toBeGreaterThan(100)
  expect(rows.length).toBeLessThan(5000)
  expect(comment.body).toMatch(
    new RegExp(
      `_… and ${(5000 - rows.length).toLocaleString('en-US')} changes more \\(\\[full report\\]\\(https://github\\.com/acme/storefront/actions/runs/${runCounter}\\)\\)_`,
    ),
  )

  // The summary is cut too, and says where the whole list is.
  expect(Buffer.byteLength(result.summary)).toBeLessThanOrEqual(1024 * 1024)
  expect(Buffer.byteLength(result.summary)).toBeGreaterThan(900 * 1024)
  const full = readFileSync(join(outputDir, 'lockgraph-diff.md'), 'utf8')
  expect(result.summary).toContain(
    `The whole list did not fit in the job summary: it is in \`${join(outputDir, 'lockgraph-diff.md')}\``,
  )
  expect(full.split('\n').filter((l) => l.startsWith('| synthetic-'))).toHaveLength(5000)
  expect(diffFile(result).manifests[0].changes).toHaveLength(5000)
})

test('push: the diff is against "before"; no comment', async () => {
  const result = await run({
    workspace: checkout(repo.head),
    eventName: 'push',
    sha: repo.head,
    event: {
      ref: 'refs/heads/main',
      before: repo.base,
      after: repo.head,
      repository: { full_name: 'acme/storefront' },
    },
  })
  expectExit(result, 0)
  expect(result.rest).toEqual([])
  expect(result.outputs).toMatchObject({
    added: '7',
    removed: '66',
    upgraded: '43',
    'has-changes': 'true',
    'comment-url': '',
  })
  expect(result.summary).toContain(
    `Compared commit \`${short(repo.base)}\` (the commit before the push) with \`${short(repo.head)}\``,
  )
})

test('push without git (a plain folder): the base is read through the GitHub API', async () => {
  const plain = join(temp.dir, 'plain')
  mkdirSync(plain)
  for (const [name, text] of Object.entries(jestSide('head'))) writeFileSync(join(plain, name), text)
  const before = api.addCommit({ ...jestSide('base'), 'src/index.js': 'console.log(1)\n' })
  const result = await run({
    workspace: plain,
    eventName: 'push',
    event: { ref: 'refs/heads/main', before, after: repo.head, repository: { full_name: 'acme/storefront' } },
  })
  expectExit(result, 0)
  expect(result.rest.filter((r) => r.includes('/git/'))).toEqual([
    `GET /repos/acme/storefront/git/trees/${before} 200`,
    // package-lock.json and package.json: not src/index.js
    expect.stringMatching(/^GET \/repos\/acme\/storefront\/git\/blobs\/[0-9a-f]{40} 200$/),
    expect.stringMatching(/^GET \/repos\/acme\/storefront\/git\/blobs\/[0-9a-f]{40} 200$/),
  ])
  expect(result.outputs).toMatchObject({ added: '7', removed: '66', upgraded: '43', downgraded: '1' })
  expect(result.summary).toContain('(the commit before the push)')
})

test('push that created the branch: no base, no diff, only the SBOMs', async () => {
  const result = await run({ workspace: checkout(repo.head), eventName: 'push' })
  expectExit(result, 0)
  expect(result.outputs).toMatchObject({
    'diff-file': '',
    added: '0',
    removed: '0',
    upgraded: '0',
    downgraded: '0',
    'has-changes': 'false',
    'comment-url': '',
  })
  expect(result.outputs['cyclonedx-file']).toMatch(/sbom\.cdx\.json$/)
  expect(result.stdout).toContain('no dependency diff: the push created the branch')
  expect(result.summary).not.toContain('dependency changes')
  expect(result.rest).toEqual([])
})

describe('no dependency change, each comment mode', () => {
  const noChange = (issue: number, comment: string) =>
    pr(issue, repo.head2, repo.docs, { workspace: checkout(repo.docs), inputs: { comment } })
  const NO_CHANGE = `${MARKER}\n### lockgraph: dependency changes\n\nNo dependency changes.\n`

  test('auto and always comment "no dependency changes"', async () => {
    const modes = [
      [11, 'auto'],
      [12, 'always'],
    ] as const
    const results = await Promise.all(modes.map(([issue, mode]) => noChange(issue, mode)))
    modes.forEach(([issue], i) => {
      const result = results[i]
      expectExit(result, 0)
      expect(result.outputs).toMatchObject({ 'has-changes': 'false', added: '0' })
      const [comment] = bodies(issue)
      expect(comment.body.startsWith(NO_CHANGE)).toBe(true)
      expect(result.outputs['comment-url']).toBe(commentUrl(issue, api.listComments(issue)[0].id))
      expect(diffFile(result)).toMatchObject({ hasChanges: false, manifests: [], violations: [] })
    })
  })

  test('on-change without an earlier comment: none is created', async () => {
    const result = await noChange(13, 'on-change')
    expectExit(result, 0)
    expect(api.listComments(13)).toEqual([])
    expect(result.rest).toEqual(['GET /user 403', 'GET /repos/acme/storefront/issues/13/comments 200'])
    expect(result.outputs['comment-url']).toBe('')
    expect(result.summary).toContain('No dependency changes.')
  })

  test('on-change with an earlier comment: it is updated, not left stale', async () => {
    const first = await pr(14, repo.base, repo.head, {
      workspace: checkout(repo.head),
      inputs: { comment: 'on-change' },
    })
    expectExit(first, 0)
    expect(bodies(14)[0].body).toContain(JEST_ROW)
    const result = await noChange(14, 'on-change')
    expectExit(result, 0)
    const comments = api.listComments(14)
    expect(comments).toHaveLength(1)
    expect(comments[0].body.startsWith(NO_CHANGE)).toBe(true)
    expect(result.rest.at(-1)).toBe(`PATCH /repos/acme/storefront/issues/comments/${comments[0].id} 200`)
  })

  test('never: no API call at all', async () => {
    const result = await noChange(15, 'never')
    expectExit(result, 0)
    expect(result.rest).toEqual([])
    expect(result.outputs).toMatchObject({ 'has-changes': 'false', 'comment-url': '' })
    expect(result.summary).toContain('No dependency changes.')
  })
})

describe('policy', () => {
  test("the base's config file judges the pull request, even though the pull request empties it", async () => {
    const issue = 21
    const result = await pr(issue, repo.policyBase, repo.policyHead, { workspace: checkout(repo.policyHead) })
    expectExit(result, 1)
    const lockLines = readFileSync(join(clone, 'package-lock.json'), 'utf8').split('\n')
    const jestLine = lockLines.indexOf('    "node_modules/jest": {') + 1
    expect(jestLine).toBeGreaterThan(0)
    const message = 'jest 29.7.0 is denied by pkg:npm/jest >=29: stay on jest 27 until the migration'
    expect(result.annotations.filter((a) => a.level === 'error')).toEqual([
      {
        level: 'error',
        message,
        file: 'package-lock.json',
        line: jestLine,
        title: 'lockgraph policy: denied-package',
      },
      { level: 'error', message: `dependency policy: 1 violation: ${message}` },
    ])
    expect(result.stdout).toContain(
      `policy config file .github/lockgraph.yml: read from the base (${short(repo.policyBase)})`,
    )
    expect(result.stdout).toContain(
      ".github/lockgraph.yml differs from the base's; the base's applies to this run",
    )
    expect(diffFile(result).violations).toEqual([
      expect.objectContaining({
        rule: 'denied-package',
        severity: 'error',
        name: 'jest',
        version: '29.7.0',
        lockfile: 'package-lock.json',
      }),
    ])
    // The comment and the outputs are there all the same, violations first.
    const [comment] = bodies(issue)
    expect(comment.body).toContain('### ❌ Policy: 1 violation')
    expect(comment.body.indexOf('Policy')).toBeLessThan(comment.body.indexOf('#### `package.json`'))
    expect(result.outputs.upgraded).toBe('43')
  })

  test('removing a denied package does not fail', async () => {
    const result = await pr(22, repo.base, repo.head, {
      workspace: checkout(repo.head),
      inputs: { 'denied-packages': 'pkg:npm/jsdom', 'fail-on': 'denied-package', comment: 'never' },
    })
    expectExit(result, 0)
    expect(diffFile(result).manifests[0].changes.filter((c) => c.name === 'jsdom')).toEqual([
      expect.objectContaining({ kind: 'removed', base: expect.objectContaining({ version: '16.7.0' }) }),
    ])
    expect(diffFile(result).violations).toEqual([])
    expect(result.annotations.filter((a) => a.level === 'error')).toEqual([])
  })

  test('bad inputs fail at once, naming the input', async () => {
    const cases = [
      [
        { 'fail-on': 'license,licence' },
        'input fail-on[1]: unknown value "licence" (expected one of license, denied-package, downgrade, new-source)',
      ],
      [
        { comment: 'sometimes' },
        'input comment must be one of auto, always, on-change, never, got "sometimes"',
      ],
      [
        { 'config-file': '../policy.yml' },
        'input config-file must be a file path relative to the workspace (it is read from the base commit), got "../policy.yml"',
      ],
    ] as const
    const workspace = checkout(repo.head)
    const results = await Promise.all(
      cases.map(([inputs]) => pr(23, repo.base, repo.head, { workspace, inputs })),
    )
    cases.forEach(([, message], i) => {
      const result = results[i]
      expectExit(result, 1)
      expect(result.annotations.filter((a) => a.level === 'error').map((a) => a.message)).toEqual([message])
      expect(result.rest).toEqual([])
      expect(result.outputs).toEqual({})
    })
  })
})
