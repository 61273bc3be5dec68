// The base read through the GitHub API when git cannot serve it: one tree listing, then only the blobs scanned.
import {
  cpSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  readlinkSync,
  rmSync,
  symlinkSync,
} from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { apiSource } from '../../src/github/api-source.js'
import { createOctokit, type GitHubClient } from '../../src/github/octokit.js'
import type { Graph } from '../../src/graph/graph.js'
import { scan, scanSource } from '../../src/scan.js'
import { startGitHubApi, type GitHubApi, type SeedFile } from '../helpers/github-api.js'
import { TESTDATA } from '../helpers/parse.js'

let api: GitHubApi
let octokit: GitHubClient
let dir: string
let sha: string
/** Path of each seeded file by blob id (several paths can share one). */
const pathsOf = new Map<string, string[]>()

function summary(graph: Graph) {
  return {
    packages: [...graph.packages.keys()].sort(),
    projects: [...graph.projects.keys()].sort(),
    edges: [...graph.edges].flatMap(([from, to]) => [...to].map(([t, s]) => `${from} -> ${t} ${s}`)).sort(),
    files: graph.files.map((f) => `${f.path} ${f.format} ${f.ok} ${f.packages}`).sort(),
    issues: graph.issues.map((i) => `${i.file}:${i.line ?? ''} ${i.severity} ${i.message}`).sort(),
  }
}

/** The files under a folder, links as links, keyed by path. */
function filesOf(root: string, rel = ''): Record<string, SeedFile> {
  const files: Record<string, SeedFile> = {}
  for (const name of readdirSync(join(root, rel))) {
    const path = rel ? `${rel}/${name}` : name
    const stat = lstatSync(join(root, path))
    if (stat.isSymbolicLink()) files[path] = { link: readlinkSync(join(root, path)) }
    else if (stat.isDirectory()) Object.assign(files, filesOf(root, path))
    else files[path] = readFileSync(join(root, path))
  }
  return files
}

/** Paths whose blobs were requested since the last reset. */
function blobsFetched(): string[] {
  return api.state.requests
    .filter((r) => r.url.includes('/git/blobs/'))
    .flatMap((r) => pathsOf.get(r.url.split('/git/blobs/')[1]) ?? ['?'])
    .sort()
}

beforeAll(async () => {
  api = await startGitHubApi()
  octokit = createOctokit({
    token: api.token,
    baseUrl: api.url,
    retryDelays: { retryBaseMs: 1, rateLimitSecondMs: 1, spaceWrites: false },
  })
  dir = mkdtempSync(join(tmpdir(), 'lg-api-'))
  cpSync(join(TESTDATA, 'sbom/multi'), dir, { recursive: true })
  cpSync(join(TESTDATA, 'npm/workspaces-npm11'), join(dir, 'ws'), { recursive: true })
  // a Cargo workspace: its members' Cargo.toml are read only once Cargo.toml is, in a second round
  cpSync(join(TESTDATA, 'cargo/workspace-cargo195'), join(dir, 'cw'), { recursive: true })
  symlinkSync('web', join(dir, 'web-again'))
  mkdirSync(join(dir, 'linked'))
  symlinkSync('../ws/package-lock.json', join(dir, 'linked', 'package-lock.json'))
  symlinkSync('../py', join(dir, 'ws', 'py-link'))
  const files = filesOf(dir)
  sha = api.addCommit(files)
  for (const path of Object.keys(files)) {
    const blob = api.state.commits.get(`acme/storefront@${sha}`)!.tree.find((e) => e.path === path)!.sha
    pathsOf.set(blob, [...(pathsOf.get(blob) ?? []), path])
  }
})
afterAll(async () => {
  await api.stop()
  rmSync(dir, { recursive: true, force: true })
})
beforeEach(() => {
  api.state.requests.length = 0
})

test('the scan of a commit through the API equals the scan of the same files on disk', async () => {
  const fromApi = await scanSource(await apiSource(octokit, 'acme', 'storefront', sha))
  const fromDisk = await scan(dir)
  expect(summary(fromApi.graph)).toEqual(summary(fromDisk.graph))
  expect(fromApi.skipped).toEqual(fromDisk.skipped)
  expect(fromApi.graph.files).toHaveLength(10)
  const trees = api.state.requests.filter((r) => r.url.includes('/git/trees/'))
  expect(trees.map((r) => r.url.replace(/^.*\/git/, '/git'))).toEqual([`/git/trees/${sha}?recursive=1`])
  // Only the lockfiles, the manifests parsers read, and the links' targets: not README.md, not the sources.
  expect(blobsFetched()).toEqual([
    'broken/package-lock.json',
    'cw/Cargo.lock',
    'cw/Cargo.toml',
    'cw/crates/core/Cargo.toml', // read in the second round
    'cw/crates/util/Cargo.toml',
    'cw/crates/winhelp/Cargo.toml',
    'cw/tools/gen/Cargo.toml',
    'linked/package-lock.json', // the link's blob: its target path
    'php/composer.json',
    'php/composer.lock',
    'py/poetry.lock',
    'py/pyproject.toml',
    'rs/Cargo.lock',
    'scripts/requirements.txt',
    'tools/package.json',
    'tools/yarn.lock',
    'web-again', // a link
    'web/package-lock.json',
    'web/package.json',
    'ws/package-lock.json',
    'ws/package.json',
    'ws/py-link', // a link
  ])
})

test('a sub-folder as the scan root', async () => {
  const fromApi = await scanSource(await apiSource(octokit, 'acme', 'storefront', sha, { root: 'ws' }))
  const fromDisk = await scan(join(dir, 'ws'))
  expect(summary(fromApi.graph)).toEqual(summary(fromDisk.graph))
  expect(fromApi.skipped).toEqual([{ path: 'py-link', reason: 'symbolic link out of the root' }])
  expect(fromApi.skipped).toEqual(fromDisk.skipped)
})

test('a server error on a blob is retried', async () => {
  api.failNext({ method: 'GET', path: /\/git\/blobs\//, status: 502, body: { message: 'Bad Gateway' } })
  const fromApi = await scanSource(await apiSource(octokit, 'acme', 'storefront', sha, { root: 'web' }))
  expect(fromApi.graph.files.map((f) => `${f.path} ${f.ok}`)).toEqual(['package-lock.json true'])
  expect(api.state.requests.filter((r) => r.status === 502)).toHaveLength(1)
})

test('a blob that cannot be had fails the scan rather than reading as removed', async () => {
  api.failNext({ method: 'GET', path: /\/git\/blobs\//, status: 404, body: { message: 'Not Found' } })
  const source = await apiSource(octokit, 'acme', 'storefront', sha, { root: 'web' })
  await expect(scanSource(source)).rejects.toMatchObject({ status: 404 })
})

test('a truncated tree listing is an error', async () => {
  const truncated = api.addCommit({ 'package-lock.json': '{}' }, { truncated: true })
  await expect(apiSource(octokit, 'acme', 'storefront', truncated)).rejects.toThrow(
    `the GitHub API listed the tree of acme/storefront@${truncated} only in part (too many files); its lockfiles cannot be read this way`,
  )
})

test('an unknown commit is an error', async () => {
  await expect(apiSource(octokit, 'acme', 'storefront', 'f'.repeat(40))).rejects.toMatchObject({
    status: 404,
  })
})
