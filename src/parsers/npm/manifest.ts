// package.json as the npm-ecosystem parsers need it: declared dependencies with their scopes, and workspaces.
import { posix } from 'node:path'
import picomatch from 'picomatch'
import { ParseError, type FileSource, type Issue, type Scope } from '../../model.js'
import { isRecord, parseJson } from '../../util/text.js'

export type Manifest = Record<string, unknown>

export interface DeclaredDep {
  name: string
  spec: string
  scope: Scope
  /** Missing from the lockfile is fine (optional dependency, optional peer). */
  optional: boolean
}

/** Calls `visit` for each dependency a package.json-shaped object declares, with the scope it implies. */
export function eachDeclaredDep(entry: Manifest, withDev: boolean, visit: (dep: DeclaredDep) => void): void {
  const optional = isRecord(entry.optionalDependencies) ? entry.optionalDependencies : undefined
  if (isRecord(entry.dependencies))
    for (const name in entry.dependencies) {
      const spec = entry.dependencies[name]
      if (typeof spec === 'string' && !(optional && name in optional))
        visit({ name, spec, scope: 'runtime', optional: false })
    }
  if (optional)
    for (const name in optional) {
      const spec = optional[name]
      if (typeof spec === 'string') visit({ name, spec, scope: 'optional', optional: true })
    }
  if (isRecord(entry.peerDependencies)) {
    const meta = isRecord(entry.peerDependenciesMeta) ? entry.peerDependenciesMeta : {}
    for (const name in entry.peerDependencies) {
      const spec = entry.peerDependencies[name]
      const m = meta[name]
      if (typeof spec === 'string')
        visit({ name, spec, scope: 'peer', optional: isRecord(m) && m.optional === true })
    }
  }
  if (withDev && isRecord(entry.devDependencies))
    for (const name in entry.devDependencies) {
      const spec = entry.devDependencies[name]
      if (typeof spec === 'string') visit({ name, spec, scope: 'dev', optional: false })
    }
}

/** The `workspaces` globs of a package.json (array, or yarn's `{packages: [...]}`). */
export function workspaceGlobs(manifest: Manifest): string[] {
  const ws = manifest.workspaces
  const list = Array.isArray(ws) ? ws : isRecord(ws) && Array.isArray(ws.packages) ? ws.packages : []
  return list
    .filter((w): w is string => typeof w === 'string')
    .map((w) => w.replace(/^\.\//, '').replace(/\/+$/, ''))
}

/**
 * Reads and parses a package.json; undefined when absent. A broken one is reported as a warning on its own
 * file (the lockfile is still read).
 */
export function readManifest(files: FileSource, path: string, issues: Issue[]): Manifest | undefined {
  const text = files.read(path)
  if (text === undefined) return undefined
  try {
    const parsed = parseJson(text, 'package.json')
    if (isRecord(parsed)) return parsed
    issues.push({ file: path, line: 1, severity: 'warning', message: 'package.json is not a JSON object' })
  } catch (err) {
    issues.push({
      file: path,
      line: err instanceof ParseError ? err.line : undefined,
      severity: 'warning',
      message: err instanceof Error ? err.message : String(err),
    })
  }
  return undefined
}

/**
 * Folders (relative to `root`, the folder of the root package.json) that match the workspace globs and hold a
 * package.json. Negated globs ("!packages/legacy") exclude. Needs FileSource.listDirs; without it, none.
 */
export function expandWorkspaces(files: FileSource, root: string, globs: readonly string[]): string[] {
  if (!files.listDirs || globs.length === 0) return []
  const positive = globs.filter((g) => !g.startsWith('!'))
  const negative = globs.filter((g) => g.startsWith('!')).map((g) => g.slice(1))
  const isMatch = picomatch(positive, { dot: false })
  const isExcluded = negative.length ? picomatch(negative) : () => false
  // How deep to look: the most path segments any glob can match, or a bound for "**".
  const depth = Math.max(...positive.map((g) => (g.includes('**') ? 6 : g.split('/').length)))
  const found: string[] = []
  const walk = (rel: string, level: number): void => {
    if (level > depth) return
    for (const name of files.listDirs!(posix.join(root, rel))) {
      const child = rel ? `${rel}/${name}` : name
      if (
        isMatch(child) &&
        !isExcluded(child) &&
        files.read(posix.join(root, child, 'package.json')) !== undefined
      )
        found.push(child)
      walk(child, level + 1)
    }
  }
  walk('', 1)
  return found.sort()
}
