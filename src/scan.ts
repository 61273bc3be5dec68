// The pipeline up to the graph: discover the lockfiles under a path, parse each, merge into one graph.
// Shared by the CLI and the action; no @actions/* here.
import { readFileSync, readdirSync, statSync } from 'node:fs'
import { basename, dirname, join, posix, resolve } from 'node:path'
import { discover, SKIPPED_DIRS, type FoundFile } from './discover.js'
import { addFailure, addResult, emptyGraph, type Graph } from './graph/graph.js'
import { ParseError, type FileSource, type Issue, type Parser } from './model.js'
import { formatOf } from './parsers/registry.js'

export interface ScanOptions {
  exclude?: readonly string[]
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

/** Parses a list of found files with their parsers (loaded once per format) into one graph. */
export async function parseFiles(found: readonly FoundFile[], files: FileSource): Promise<Graph> {
  const graph = emptyGraph()
  const parsers = new Map<string, Parser>()
  for (const { path, format } of found) {
    let parser = parsers.get(format.id)
    if (!parser) parsers.set(format.id, (parser = await format.load()))
    const text = files.read(path)
    if (text === undefined) {
      addFailure(graph, path, format.id, format.ecosystem, {
        file: path,
        severity: 'error',
        message: 'cannot be read',
      })
      continue
    }
    try {
      addResult(graph, path, parser({ path, text: stripBom(text), files }), format.ecosystem)
    } catch (err) {
      const issue: Issue =
        err instanceof ParseError
          ? { file: path, line: err.line, severity: 'error', message: `${err.message}; file skipped` }
          : {
              file: path,
              severity: 'error',
              message: `could not be read (${err instanceof Error ? err.message : String(err)}); file skipped`,
            }
      addFailure(graph, path, format.id, format.ecosystem, issue)
    }
  }
  return graph
}

function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text
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
    return { root, graph: await parseFiles(found, diskSource(root)), skipped }
  }
  const discovered = discover(target, options.exclude)
  const source = diskSource(target)
  const chosen = choosePackageManager(discovered.files, source)
  const graph = await parseFiles(chosen.found, source)
  graph.issues.push(...chosen.issues)
  return { root: target, graph, skipped: [...discovered.skipped, ...chosen.skipped] }
}
