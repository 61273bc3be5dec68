// The pipeline up to the graph: discover the lockfiles under a path, parse each, merge into one graph.
// Shared by the CLI and the action; no @actions/* here.
import { readFileSync, readdirSync, realpathSync, statSync } from 'node:fs'
import { basename, dirname, join, posix, resolve } from 'node:path'
import { discoverIn, diskTree, SKIPPED_DIRS, type FolderTree, type FoundFile } from './discover.js'
import { addFailure, addResult, emptyGraph, type Graph } from './graph/graph.js'
import type { MavenOptions } from './maven/resolve.js'
import {
  ParseError,
  type FileSource,
  type Issue,
  type ParseInput,
  type ParseResult,
  type Parser,
} from './model.js'
import { formatOf } from './parsers/registry.js'

export interface ScanOptions {
  exclude?: readonly string[]
  /**
   * Read Maven POMs without fetching the POMs they depend on: direct dependencies only, and those projects are
   * marked incomplete. Every other format is read offline anyway.
   */
  offline?: boolean
  /** Maven repositories asked before the POMs' own and Maven Central: "URL" or "ID=URL" (see src/maven/). */
  mavenRepositories?: readonly string[]
  /** Everything else of the Maven resolver (cache folder, HTTP settings): for tests and benchmarks. */
  maven?: MavenOptions
}

/** A file that is resolved rather than parsed: Maven's pom.xml, whose graph needs the POMs it depends on. */
type Resolver = (input: ParseInput) => Promise<ParseResult>

/** The Maven resolver of a scan, made on first use: one per scan, so each POM is fetched once per run. */
function resolvers(options: ScanOptions): Map<string, () => Promise<Resolver>> {
  let maven: Promise<Resolver> | undefined
  const out = new Map<string, () => Promise<Resolver>>()
  if (!options.offline)
    out.set('maven-pom', () => {
      maven ??= import('./maven/resolve.js').then(({ MavenResolver }) => {
        const resolver = new MavenResolver({ ...options.maven, repositories: options.mavenRepositories })
        return (input: ParseInput) => resolver.resolve(input)
      })
      return maven
    })
  return out
}

export interface ScanResult {
  /** Absolute folder the paths in the graph are relative to. */
  root: string
  graph: Graph
  /** Files passed over and why. */
  skipped: Array<{ path: string; reason: string }>
}

/** Reads files under a folder of the disk, lazily, with a cache. */
export function diskSource(root: string): FileSource {
  const cache = new Map<string, string | undefined>()
  return {
    read(path: string): string | undefined {
      if (cache.has(path)) return cache.get(path)
      let text: string | undefined
      try {
        text = readFileSync(join(root, path), 'utf8')
      } catch {
        text = undefined
      }
      cache.set(path, text)
      return text
    },
    listDirs(dir: string): string[] {
      try {
        return readdirSync(join(root, dir), { withFileTypes: true })
          .filter((e) => e.isDirectory() && !SKIPPED_DIRS.has(e.name))
          .map((e) => e.name)
          .sort()
      } catch {
        return []
      }
    },
  }
}

/** Which package manager writes each npm-ecosystem lockfile format. */
const MANAGER_OF: Record<string, string> = {
  'npm-package-lock': 'npm',
  'npm-shrinkwrap': 'npm',
  'yarn-lock': 'yarn',
  'pnpm-lock': 'pnpm',
  'bun-lock': 'bun',
  'bun-lockb': 'bun',
}

/**
 * Several JavaScript lockfiles in one folder lock the same package.json, and reading them all would mix two
 * resolutions into one project. When package.json names its `packageManager` (corepack), only that manager's
 * lockfile is read; otherwise all are, with a note.
 */
export function choosePackageManager(
  found: readonly FoundFile[],
  files: FileSource,
): { found: FoundFile[]; skipped: Array<{ path: string; reason: string }>; issues: Issue[] } {
  const byDir = new Map<string, FoundFile[]>()
  for (const f of found) {
    if (!MANAGER_OF[f.format.id]) continue
    const dir = posix.dirname(f.path)
    byDir.set(dir, [...(byDir.get(dir) ?? []), f])
  }
  const drop = new Set<FoundFile>()
  const skipped: Array<{ path: string; reason: string }> = []
  const issues: Issue[] = []
  for (const [dir, group] of byDir) {
    if (new Set(group.map((f) => MANAGER_OF[f.format.id])).size < 2) continue
    const manifest = posix.join(dir, 'package.json')
    let declared: string | undefined
    try {
      const pkg = JSON.parse(files.read(manifest) ?? '{}') as { packageManager?: unknown }
      if (typeof pkg.packageManager === 'string')
        declared = /^(npm|yarn|pnpm|bun)@/.exec(pkg.packageManager)?.[1]
    } catch {
      // a broken package.json is reported by the parsers that read it
    }
    if (declared && group.some((f) => MANAGER_OF[f.format.id] === declared)) {
      for (const f of group)
        if (MANAGER_OF[f.format.id] !== declared) {
          drop.add(f)
          skipped.push({ path: f.path, reason: `${manifest} says "packageManager": ${declared}` })
        }
    } else {
      issues.push({
        file: manifest,
        severity: 'info',
        message: `locked by more than one package manager (${group.map((f) => posix.basename(f.path)).join(', ')}); all are read — set "packageManager" in package.json to read only the one in use`,
      })
    }
  }
  return { found: found.filter((f) => !drop.has(f)), skipped, issues }
}

/** What one file gave: a parse result, or the one issue that says why it could not be read. */
type Parsed = { file: FoundFile; result: ParseResult } | { file: FoundFile; failure: Issue }

async function parseOne(
  file: FoundFile,
  files: FileSource,
  parsers: Map<string, Parser>,
  resolve?: Map<string, () => Promise<Resolver>>,
): Promise<Parsed> {
  const { path, format } = file
  const resolver = await resolve?.get(format.id)?.()
  let parser = parsers.get(format.id)
  if (!parser && !resolver) parsers.set(format.id, (parser = await format.load()))
  const text = files.read(path)
  if (text === undefined)
    return { file, failure: { file: path, severity: 'error', message: 'cannot be read' } }
  try {
    const input = { path, text: stripBom(text), files }
    return { file, result: resolver ? await resolver(input) : parser!(input) }
  } catch (err) {
    const failure: Issue =
      err instanceof ParseError
        ? { file: path, line: err.line, severity: 'error', message: `${err.message}; file skipped` }
        : {
            file: path,
            severity: 'error',
            message: `could not be read (${err instanceof Error ? err.message : String(err)}); file skipped`,
          }
    return { file, failure }
  }
}

function addParsed(graph: Graph, parsed: Parsed): void {
  const { path, format } = parsed.file
  if ('result' in parsed) addResult(graph, path, parsed.result, format.ecosystem)
  else addFailure(graph, path, format.id, format.ecosystem, parsed.failure)
}

/** Parses a list of found files with their parsers (loaded once per format) into one graph. */
export async function parseFiles(
  found: readonly FoundFile[],
  files: FileSource,
  options: ScanOptions = {},
): Promise<Graph> {
  const graph = emptyGraph()
  const parsers = new Map<string, Parser>()
  const resolve = resolvers(options)
  for (const file of found) addParsed(graph, await parseOne(file, files, parsers, resolve))
  return graph
}

function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text
}

/**
 * Files to scan and the folder tree they sit in. Sources that cannot read synchronously (a git commit, the GitHub
 * API) load text ahead with `load`; a read of a path they have not loaded yet answers undefined and is listed by
 * `pending`, and the scan loads those and parses again, so parsers stay synchronous and pure.
 */
export interface ScanSource extends FileSource, FolderTree {
  /** Paths read so far that exist but are not loaded. */
  pending?(): string[]
  /** Loads the text of these paths (relative to the root). */
  load?(paths: readonly string[]): Promise<void>
}

/** Manifests parsers read next to a lockfile: loaded with the lockfiles so that one round is usually enough. */
const NEIGHBOURS = ['package.json', 'Cargo.toml', 'composer.json', 'pyproject.toml', 'Pipfile']

/** Rounds of load-and-parse again before giving up on files a parser asks for late. */
const MAX_ROUNDS = 8

/** Scans a ScanSource: the same discovery, package-manager choice and parsing for the disk and for a commit. */
export async function scanSource(
  source: ScanSource,
  options: ScanOptions = {},
): Promise<{ graph: Graph; skipped: ScanResult['skipped'] }> {
  const discovered = discoverIn(source, options.exclude)
  if (source.load) {
    const first = new Set<string>()
    for (const f of discovered.files) {
      first.add(f.path)
      const dir = posix.dirname(f.path)
      for (const name of NEIGHBOURS) first.add(dir === '.' ? name : `${dir}/${name}`)
    }
    await source.load([...first])
  }
  const parsers = new Map<string, Parser>()
  const resolve = resolvers(options)
  // Each file's parse and the paths it read: after a load, only the files that read a loaded path are parsed again.
  const done = new Map<string, { parsed: Parsed; reads: Set<string> }>()
  for (let round = 1; ; round++) {
    const chosen = choosePackageManager(discovered.files, source)
    for (const file of chosen.found) {
      if (done.has(file.path)) continue
      const reads = new Set<string>()
      const recording: FileSource = {
        read(path) {
          reads.add(path)
          return source.read(path)
        },
        ...(source.listDirs ? { listDirs: (dir: string) => source.listDirs!(dir) } : {}),
      }
      done.set(file.path, { parsed: await parseOne(file, recording, parsers, resolve), reads })
    }
    const pending = source.pending?.() ?? []
    if (pending.length === 0 || !source.load || round >= MAX_ROUNDS) {
      const graph = emptyGraph()
      for (const file of chosen.found) addParsed(graph, done.get(file.path)!.parsed)
      graph.issues.push(...chosen.issues)
      return { graph, skipped: [...discovered.skipped, ...chosen.skipped] }
    }
    await source.load(pending)
    const loaded = new Set(pending)
    for (const [path, { reads }] of done) if ([...reads].some((r) => loaded.has(r))) done.delete(path)
  }
}

/** Scans a folder (or one lockfile) on disk. */
export async function scan(path: string, options: ScanOptions = {}): Promise<ScanResult> {
  const target = resolve(path)
  const stat = statSync(target) // throws ENOENT for a missing path: a usage error for the caller
  if (stat.isFile()) {
    const root = dirname(target)
    const name = basename(target)
    const format = formatOf(name)
    const found = format ? [{ path: name, format }] : []
    const skipped = format ? [] : [{ path: name, reason: 'not a lockfile lockgraph reads' }]
    return { root, graph: await parseFiles(found, diskSource(root), options), skipped }
  }
  const source: ScanSource = { ...diskSource(target), ...diskTree(realpathSync(target)) }
  return { root: target, ...(await scanSource(source, options)) }
}
