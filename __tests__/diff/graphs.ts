// Small graphs for the diff tests, built the way the pipeline builds them: ParseResults merged by addResult.
import { addResult, emptyGraph, type Graph } from '../../src/graph/graph.js'
import type { Ecosystem, Hash, ParseResult, Scope, SourceKind } from '../../src/model.js'

export interface PkgSpec {
  name: string
  version?: string
  /** File-local id; default name@version. */
  id?: string
  scope?: Scope
  ecosystem?: Ecosystem
  license?: string
  source?: SourceKind
  resolved?: string
  hashes?: Hash[]
  purl?: string
}

/** An edge: [from id ('' = the project), to id, scope (default runtime)]. */
export type EdgeSpec = [string, string, Scope?]

export const idOf = (p: PkgSpec): string => p.id ?? `${p.name}@${p.version ?? ''}`

function defaultPurl(p: PkgSpec, eco: Ecosystem): string {
  const name = eco === 'npm' ? p.name.replace(/^@/, '%40') : p.name
  return `pkg:${eco}/${name}${p.version !== undefined ? `@${p.version}` : ''}`
}

/** One lockfile of one project at `manifest`. */
export function lockfile(
  manifest: string,
  packages: PkgSpec[],
  edges: EdgeSpec[],
  ecosystem: Ecosystem = 'npm',
): ParseResult {
  const dir = manifest.includes('/') ? manifest.slice(0, manifest.lastIndexOf('/')) : ''
  return {
    format: 'test',
    projects: [{ id: '', ecosystem, name: dir || 'root', manifest, dir }],
    packages: packages.map((p) => {
      const eco = p.ecosystem ?? ecosystem
      return {
        id: idOf(p),
        ecosystem: eco,
        name: p.name,
        version: p.version,
        purl: p.purl ?? defaultPurl(p, eco),
        scope: p.scope ?? 'runtime',
        hashes: p.hashes ?? [],
        resolved: p.resolved,
        source: p.source ?? 'registry',
        license: p.license,
      }
    }),
    edges: edges.map(([from, to, scope]) => ({ from, to, scope: scope ?? 'runtime' })),
    issues: [],
    complete: true,
  }
}

/** A graph of lockfiles: [lockfile path, its parse result]. */
export function graphOf(...files: Array<[string, ParseResult]>): Graph {
  const g = emptyGraph()
  for (const [file, result] of files) addResult(g, file, result, result.projects[0]?.ecosystem ?? 'npm')
  return g
}

/** A project whose packages are all direct dependencies of it. */
export function flat(
  manifest: string,
  packages: PkgSpec[],
  ecosystem: Ecosystem = 'npm',
): [string, ParseResult] {
  const lock = manifest.replace(/[^/]+$/, ecosystem === 'npm' ? 'package-lock.json' : 'lockfile')
  return [
    lock,
    lockfile(
      manifest,
      packages,
      packages.map((p) => ['', idOf(p), p.scope]),
      ecosystem,
    ),
  ]
}
