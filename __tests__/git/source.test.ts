// The base of a pull request read from git objects: a real repository with two commits, a shallow clone of it.
import { execFileSync } from 'node:child_process'
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { discover, discoverIn } from '../../src/discover.js'
import { ensureCommit, gitSource, resolveCommit } from '../../src/git/source.js'
import type { Graph } from '../../src/graph/graph.js'
import { scan, scanSource } from '../../src/scan.js'
import { TESTDATA } from '../helpers/parse.js'

const ENV = {
  ...process.env,
  GIT_AUTHOR_NAME: 'Test',
  GIT_AUTHOR_EMAIL: 'test@example.com',
  GIT_COMMITTER_NAME: 'Test',
  GIT_COMMITTER_EMAIL: 'test@example.com',
  GIT_CONFIG_GLOBAL: '/dev/null',
  GIT_CONFIG_NOSYSTEM: '1',
}

function sh(cwd: string, ...args: string[]): string {
  return execFileSync('git', args, {
    cwd,
    env: ENV,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
  }).trim()
}

/** What a scan found, in a form two scans can be compared by. */
function summary(graph: Graph) {
  return {
    packages: [...graph.packages.keys()].sort(),
    projects: [...graph.projects.keys()].sort(),
    edges: [...graph.edges].flatMap(([from, to]) => [...to].map(([t, s]) => `${from} -> ${t} ${s}`)).sort(),
    files: graph.files.map((f) => `${f.path} ${f.format} ${f.ok} ${f.packages}`).sort(),
    issues: graph.issues.map((i) => `${i.file}:${i.line ?? ''} ${i.severity} ${i.message}`).sort(),
  }
}

const WEB_LOCK_A = readFileSync(join(TESTDATA, 'npm/curso-node-table/package-lock.json'), 'utf8')
const WEB_LOCK_B = readFileSync(join(TESTDATA, 'npm/app-npm11/package-lock.json'), 'utf8')

let base: string
let repo: string
let commitA: string
let commitB: string
/** Commit A's files as a plain folder, for comparing a scan of the commit with a scan of the disk. */
let copyA: string

beforeAll(() => {
  base = mkdtempSync(join(tmpdir(), 'lg-git-'))
  repo = join(base, 'repo')
  mkdirSync(repo)
  sh(repo, 'init', '-q', '-b', 'main')
  // Commit A: a multi-ecosystem repository, an npm workspace (members found through listDirs) and links.
  cpSync(join(TESTDATA, 'sbom/multi'), repo, { recursive: true })
  cpSync(join(TESTDATA, 'npm/workspaces-npm11'), join(repo, 'ws'), { recursive: true })
  cpSync(join(TESTDATA, 'cargo/workspace-cargo195'), join(repo, 'cw'), { recursive: true })
  symlinkSync('web', join(repo, 'web-again')) // a folder link inside the root: walked once
  symlinkSync('../web/package-lock.json', join(repo, 'tools', 'linked-lock.json')) // not a lockfile name
  mkdirSync(join(repo, 'linked'))
  symlinkSync('../ws/package-lock.json', join(repo, 'linked', 'package-lock.json')) // a lockfile through a link
  symlinkSync('/etc/passwd', join(repo, 'scripts', 'Cargo.lock')) // out of the repository
  symlinkSync('../py', join(repo, 'ws', 'py-link')) // out of ws/, inside the repository
  mkdirSync(join(repo, 'node_modules', 'x'), { recursive: true })
  writeFileSync(join(repo, 'node_modules', 'x', 'package-lock.json'), '{}')
  sh(repo, 'add', '-A')
  sh(repo, 'commit', '-q', '-m', 'A')
  commitA = sh(repo, 'rev-parse', 'HEAD')
  copyA = join(base, 'copy-a')
  sh(repo, 'worktree', 'add', '-q', copyA, commitA)
  // Commit B: the web app's lockfile replaced by another app's, and a Python project removed.
  writeFileSync(join(repo, 'web', 'package-lock.json'), WEB_LOCK_B)
  cpSync(join(TESTDATA, 'npm/app-npm11/package.json'), join(repo, 'web', 'package.json'))
  rmSync(join(repo, 'py'), { recursive: true })
  sh(repo, 'add', '-A')
  sh(repo, 'commit', '-q', '-m', 'B')
  commitB = sh(repo, 'rev-parse', 'HEAD')
})

afterAll(() => rmSync(base, { recursive: true, force: true }))

describe('gitSource', () => {
  test('reads the first commit while the working tree holds the second', async () => {
    const source = await gitSource(repo, commitA)
    expect(source.commit).toBe(commitA)
    await source.load(['web/package-lock.json', 'py/poetry.lock'])
    expect(source.read('web/package-lock.json')).toBe(WEB_LOCK_A)
    expect(readFileSync(join(repo, 'web', 'package-lock.json'), 'utf8')).toBe(WEB_LOCK_B)
    expect(source.read('py/poetry.lock')).toBe(
      readFileSync(join(TESTDATA, 'sbom/multi/py/poetry.lock'), 'utf8'),
    )
    expect(existsSync(join(repo, 'py'))).toBe(false)
    // through a link inside the root; links out of it and absent files read as absent
    await source.load(['web-again/package-lock.json', 'linked/package-lock.json'])
    expect(source.read('web-again/package-lock.json')).toBe(WEB_LOCK_A)
    expect(source.read('linked/package-lock.json')).toBe(
      readFileSync(join(TESTDATA, 'npm/workspaces-npm11/package-lock.json'), 'utf8'),
    )
    expect(source.read('scripts/Cargo.lock')).toBeUndefined()
    expect(source.read('no/such/file')).toBeUndefined()
    expect(source.pending()).toEqual([])
    expect(source.listDirs('')).toEqual([
      'broken',
      'cw',
      'linked',
      'php',
      'py',
      'rs',
      'scripts',
      'tools',
      'web',
      'ws',
    ])
    expect(source.listDirs('ws/packages')).toEqual(['core', 'web'])
  })

  test('a file not loaded yet reads as absent and is listed as pending', async () => {
    const source = await gitSource(repo, commitB)
    expect(source.read('web/package.json')).toBeUndefined()
    expect(source.pending()).toEqual(['web/package.json'])
    await source.load(source.pending())
    expect(source.read('web/package.json')).toBe(readFileSync(join(repo, 'web', 'package.json'), 'utf8'))
  })

  test('discovery over the commit follows the same rules as over the disk', async () => {
    const source = await gitSource(repo, commitA)
    const fromGit = discoverIn(source)
    const fromDisk = discover(copyA)
    expect(fromGit.files.map((f) => `${f.path} ${f.format.id}`)).toEqual(
      fromDisk.files.map((f) => `${f.path} ${f.format.id}`),
    )
    expect(fromGit.files.map((f) => f.path)).toEqual([
      'broken/package-lock.json',
      'cw/Cargo.lock',
      'linked/package-lock.json',
      'php/composer.lock',
      'py/poetry.lock',
      'rs/Cargo.lock',
      'scripts/requirements.txt',
      'tools/yarn.lock',
      'web/package-lock.json',
      'ws/package-lock.json',
    ])
    expect(fromGit.skipped).toEqual(fromDisk.skipped)
    expect(fromGit.skipped).toEqual([
      { path: 'py/pyproject.toml', reason: 'poetry.lock in the same folder takes precedence' },
      { path: 'scripts/Cargo.lock', reason: 'symbolic link out of the root' },
    ])
  })

  test('the scan of a commit equals the scan of the same files on disk', async () => {
    const fromGit = await scanSource(await gitSource(repo, commitA))
    const fromDisk = await scan(copyA)
    expect(summary(fromGit.graph)).toEqual(summary(fromDisk.graph))
    expect(fromGit.skipped).toEqual(fromDisk.skipped)
    expect(fromGit.graph.projects.has('project:ws/packages/core/package.json')).toBe(true)
    // members of the Cargo workspace, read once its Cargo.toml was
    expect([...fromGit.graph.projects.keys()].filter((p) => p.startsWith('project:cw/'))).toEqual([
      'project:cw/Cargo.toml',
      'project:cw/crates/core/Cargo.toml',
      'project:cw/crates/util/Cargo.toml',
      'project:cw/crates/winhelp/Cargo.toml',
      'project:cw/tools/gen/Cargo.toml',
    ])
    expect(fromGit.graph.packages.size).toBe(409)

    const headFromGit = await scanSource(await gitSource(repo, commitB))
    const headFromDisk = await scan(repo)
    expect(summary(headFromGit.graph)).toEqual(summary(headFromDisk.graph))
    expect(summary(headFromGit.graph)).not.toEqual(summary(fromGit.graph))
  })

  test('a sub-folder of the repository is the scan root', async () => {
    const source = await gitSource(join(repo, 'ws'), commitA)
    const fromGit = await scanSource(source, { exclude: ['packages/web/**'] })
    const fromDisk = await scan(join(copyA, 'ws'), { exclude: ['packages/web/**'] })
    expect(summary(fromGit.graph)).toEqual(summary(fromDisk.graph))
    expect(fromGit.graph.files.map((f) => f.path)).toEqual(['package-lock.json'])
    // py-link leads out of ws/ (into the repository): not followed, as on disk
    expect(source.follow('py-link')).toEqual({ outside: true, isDir: true })
    expect(fromGit.skipped).toEqual(fromDisk.skipped)
    expect(fromGit.skipped).toContainEqual({ path: 'py-link', reason: 'symbolic link out of the root' })
    expect(source.read('../web/package-lock.json')).toBeUndefined()
  })

  test('an unknown revision is an error', async () => {
    await expect(gitSource(repo, 'f'.repeat(40))).rejects.toThrow(/unknown revision/)
    await expect(gitSource(base, commitA)).rejects.toThrow(/git rev-parse failed/)
  })
})

describe('ensureCommit in a shallow clone', () => {
  let clone: string
  beforeAll(() => {
    clone = join(base, 'clone')
    execFileSync('git', ['clone', '-q', '--depth=1', `file://${repo}`, clone], { env: ENV })
  })

  test('fetches the base commit alone, checks nothing out, and reads it', async () => {
    expect(sh(clone, 'rev-parse', 'HEAD')).toBe(commitB)
    expect(await resolveCommit(clone, commitA)).toBeUndefined()
    const statusBefore = sh(clone, 'status', '--porcelain')
    expect(await ensureCommit(clone, commitA)).toEqual({ commit: commitA, fetched: true })
    expect(await ensureCommit(clone, commitA)).toEqual({ commit: commitA, fetched: false })
    expect(sh(clone, 'rev-parse', 'HEAD')).toBe(commitB)
    expect(sh(clone, 'status', '--porcelain')).toBe(statusBefore)
    expect(existsSync(join(clone, 'py'))).toBe(false)
    // depth 1: the commit without its history
    expect(sh(clone, 'rev-list', '--count', commitA)).toBe('1')
    const fromClone = await scanSource(await gitSource(clone, commitA))
    const fromDisk = await scan(copyA)
    expect(summary(fromClone.graph)).toEqual(summary(fromDisk.graph))
  })

  test('a branch of the remote that is not local is fetched and resolved (FETCH_HEAD)', async () => {
    const branch = sh(repo, 'commit-tree', `${commitA}^{tree}`, '-p', commitB, '-m', 'D')
    sh(repo, 'update-ref', 'refs/heads/release', branch)
    expect(await ensureCommit(clone, 'release')).toEqual({ commit: branch, fetched: true })
  })

  test('a commit the remote does not have is an error', async () => {
    await expect(ensureCommit(clone, '0123456789abcdef0123456789abcdef01234567')).rejects.toThrow(
      /git fetch failed/,
    )
  })

  test('runs no hook or fsmonitor program of the repository', async () => {
    // a commit the clone does not have yet, reachable from a branch of the remote
    const side = sh(repo, 'commit-tree', `${commitA}^{tree}`, '-p', commitA, '-m', 'C')
    sh(repo, 'update-ref', 'refs/heads/side', side)
    const marker = join(base, 'ran')
    const script = join(base, 'evil.sh')
    writeFileSync(script, `#!/bin/sh\necho "$0 $*" >> ${marker}\n`, { mode: 0o755 })
    for (const hook of ['reference-transaction', 'post-checkout', 'post-merge'])
      cpSync(script, join(clone, '.git', 'hooks', hook))
    sh(clone, 'config', 'core.fsmonitor', script)
    // plain git runs them: the repository is set up to catch it
    sh(clone, 'fetch', '-q', '--no-tags', '--depth=1', 'origin', commitB)
    expect(readFileSync(marker, 'utf8')).toContain(script)
    rmSync(marker)

    expect(await ensureCommit(clone, side)).toEqual({ commit: side, fetched: true })
    const fromGit = await scanSource(await gitSource(clone, side))
    expect(fromGit.graph.files.length).toBe(10)
    expect(existsSync(marker)).toBe(false)
  })
})
