// The two sides of a dependency diff, from what the user names: a folder, one lockfile, an SBOM file, or a git
// revision. Shared by the CLI and the action; no @actions/* here. Nothing is checked out or run: a revision is
// read from git objects.
import { readFileSync, statSync } from 'node:fs'
import { basename, resolve } from 'node:path'
import { GitError } from '../git/git.js'
import { gitSource, resolveCommit } from '../git/source.js'
import type { Graph } from '../graph/graph.js'
import { formatOf } from '../parsers/registry.js'
import { scan, scanSource, type ScanOptions, type ScanResult, type ScanSource } from '../scan.js'
import { readSbom } from '../sbom/read/index.js'

export interface Side {
  graph: Graph
  kind: 'folder' | 'lockfile' | 'sbom' | 'commit'
  /** What was read, for messages: `folder ./app`, `commit 1a2b3c4d5e6f`, `SBOM base.cdx.json (cyclonedx-json 1.6)`. */
  description: string
  /** `commit`: the full commit id. */
  commit?: string
  skipped: ScanResult['skipped']
}

/** A side that cannot be read as named: a usage error for the CLI. */
export class SideError extends Error {
  constructor(message: string, options?: ErrorOptions) {
    super(message, options)
    this.name = 'SideError'
  }
}

export interface SideOptions {
  /** Glob patterns of paths not to scan (folders and revisions). */
  exclude?: readonly string[]
  /** Read only this lockfile of the folder (its name relative to the scan root), as `scan` does for a file. */
  only?: string
  /** Maven: no POMs fetched (see ScanOptions). */
  offline?: boolean
  mavenRepositories?: readonly string[]
}

function scanOptions(options: SideOptions): ScanOptions {
  return {
    exclude: options.exclude ?? [],
    offline: options.offline,
    mavenRepositories: options.mavenRepositories,
  }
}

/**
 * The same source seen with only one file at its top: discovery finds that lockfile alone, while its parser
 * can still read its neighbours (package.json, workspace members).
 */
export function onlyFile(source: ScanSource, name: string): ScanSource {
  return {
    read: (path) => source.read(path),
    ...(source.listDirs ? { listDirs: (dir: string) => source.listDirs!(dir) } : {}),
    list: (dir) => (dir === '' ? source.list(dir)?.filter((e) => e.name === name) : source.list(dir)),
    follow: (path) => source.follow(path),
    ...(source.pending ? { pending: () => source.pending!() } : {}),
    ...(source.load ? { load: (paths: readonly string[]) => source.load!(paths) } : {}),
  }
}

/** A commit's files (git objects or the GitHub API), scanned as a folder would be. */
export async function readSourceSide(
  source: ScanSource,
  description: string,
  options: SideOptions = {},
  commit?: string,
): Promise<Side> {
  const target = options.only ? onlyFile(source, options.only) : source
  const { graph, skipped } = await scanSource(target, scanOptions(options))
  return { graph, kind: 'commit', description, commit, skipped }
}

/**
 * Commit `commit` (which the repository must have) of the git repository `dir` is in, read at `dir`: the
 * commit's files under that folder.
 */
export async function readCommitSide(dir: string, commit: string, options: SideOptions = {}): Promise<Side> {
  const source = await gitSource(dir, commit)
  return readSourceSide(source, `commit ${source.commit.slice(0, 12)}`, options, source.commit)
}

/** An SBOM file: CycloneDX JSON or XML, SPDX 2.x JSON, told by its content. */
export function readSbomSide(file: string, shownAs = file): Side {
  const text = readFileSync(file, 'utf8')
  const sbom = readSbom(text, shownAs)
  return {
    graph: sbom.graph,
    kind: 'sbom',
    description: `SBOM ${shownAs} (${sbom.format} ${sbom.specVersion})`,
    skipped: [],
  }
}

function isMissing(err: unknown): boolean {
  return (
    !!err && typeof err === 'object' && 'code' in err && (err.code === 'ENOENT' || err.code === 'ENOTDIR')
  )
}

export interface ResolveSideOptions extends SideOptions {
  /** Folder relative paths are resolved against. */
  cwd: string
  /** The git repository revisions are read from, and the folder they are read at; default `cwd`. */
  repo?: string
}

/**
 * What `spec` names, in this order: an existing path (a folder is scanned; a file is read as a lockfile when
 * its name is one, otherwise as an SBOM), else a revision of the git repository `repo`. An existing path wins:
 * to name a revision that is also a path, write it as `REV^{commit}`.
 */
export async function resolveSide(spec: string, options: ResolveSideOptions): Promise<Side> {
  if (spec === '') throw new SideError('an empty name is neither a path nor a revision')
  const path = resolve(options.cwd, spec)
  let isDir: boolean | undefined
  try {
    isDir = statSync(path).isDirectory()
  } catch (err) {
    if (!isMissing(err)) throw err
  }
  if (isDir === true) {
    const result = await scan(path, scanOptions(options))
    return { graph: result.graph, kind: 'folder', description: `folder ${spec}`, skipped: result.skipped }
  }
  if (isDir === false) {
    if (formatOf(basename(path))) {
      const result = await scan(path)
      return {
        graph: result.graph,
        kind: 'lockfile',
        description: `lockfile ${spec}`,
        skipped: result.skipped,
      }
    }
    return readSbomSide(path, spec)
  }

  const repo = resolve(options.cwd, options.repo ?? '.')
  let commit: string | undefined
  try {
    commit = await resolveCommit(repo, spec)
  } catch (err) {
    if (!(err instanceof GitError)) throw err
    const where = options.repo ?? 'the current folder'
    throw new SideError(
      /not a git repository/.test(err.stderr)
        ? `"${spec}" is not a file or folder, and ${where} is not in a git repository to read it as a revision`
        : `"${spec}" is not a file or folder, and not a revision of ${where}: ${err.message}`,
      { cause: err },
    )
  }
  if (!commit)
    throw new SideError(
      `"${spec}" is not a file or folder, and not a revision of the git repository at ${options.repo ?? 'the current folder'}`,
    )
  return readCommitSide(repo, commit, options)
}
