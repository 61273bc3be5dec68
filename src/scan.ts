// The pipeline up to the graph: discover the lockfiles under a path, parse each, merge into one graph.
// Shared by the CLI and the action; no @actions/* here.
import { readFileSync, readdirSync, statSync } from 'node:fs'
import { basename, dirname, join, resolve } from 'node:path'
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
  const { files, skipped } = discover(target, options.exclude)
  return { root: target, graph: await parseFiles(files, diskSource(target)), skipped }
}
