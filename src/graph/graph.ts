// One dependency graph for everything that was read: packages keyed by purl, one root per project,
// edges between them, and for every package the lockfiles and projects it came from.
import type { Ecosystem, Hash, Issue, ParseResult, PlatformRequirement, Scope, SourceKind } from '../model.js'
import { strongerScope } from '../model.js'

export interface GraphPackage {
  /** bom-ref: the purl. */
  ref: string
  purl: string
  ecosystem: Ecosystem
  name: string
  version?: string
  scope: Scope
  /** A direct dependency of at least one project. */
  direct: boolean
  /** Every distinct hash; several of one algorithm when the lockfile hashes each file (Python wheels). */
  hashes: Hash[]
  resolved?: string
  source: SourceKind
  license?: string
  /** Names it is installed under where that differs from its name. */
  aliases: string[]
  /** Lockfiles it was read from. */
  files: string[]
  /** Refs of the projects whose dependency closure contains it. */
  projects: string[]
}

export interface GraphProject {
  /** bom-ref: "project:" + manifest path. */
  ref: string
  purl?: string
  ecosystem: Ecosystem
  name: string
  version?: string
  /** Manifest path (package.json, Cargo.toml, ...) relative to the scan root. */
  manifest: string
  dir: string
  /** Lockfiles this project's dependencies were read from. */
  files: string[]
  /** False when a lockfile of this project did not give the full closure. */
  complete: boolean
  /** Requirements on the platform (php, ext-*), which are not packages. */
  platform: PlatformRequirement[]
}

export interface FileSummary {
  path: string
  format: string
  ecosystem: Ecosystem
  /** Parsed without an error that stopped it. */
  ok: boolean
  packages: number
  projects: number
  complete: boolean
}

export interface Graph {
  packages: Map<string, GraphPackage>
  projects: Map<string, GraphProject>
  /** from ref → to ref → how `from` declares `to`. */
  edges: Map<string, Map<string, Scope>>
  files: FileSummary[]
  issues: Issue[]
}

export function emptyGraph(): Graph {
  return { packages: new Map(), projects: new Map(), edges: new Map(), files: [], issues: [] }
}

export function projectRef(manifest: string): string {
  return `project:${manifest}`
}

function addEdge(graph: Graph, from: string, to: string, scope: Scope): void {
  let out = graph.edges.get(from)
  if (!out) graph.edges.set(from, (out = new Map()))
  const had = out.get(to)
  out.set(to, had ? strongerScope(had, scope) : scope)
}

/** Sets beside lists that grew long, so that a package in thousands of projects is not quadratic to build. */
const indexes = new WeakMap<string[], Set<string>>()

/** Appends unless present. Values arrive grouped (one file, one project at a time): the last is checked first. */
function pushUnique(list: string[], value: string): void {
  if (list[list.length - 1] === value) return
  let index = indexes.get(list)
  if (!index) {
    if (list.length < 32) {
      if (!list.includes(value)) list.push(value)
      return
    }
    indexes.set(list, (index = new Set(list)))
  }
  if (!index.has(value)) {
    index.add(value)
    list.push(value)
  }
}

/** Merges one file's parse result into the graph. */
export function addResult(graph: Graph, file: string, result: ParseResult, ecosystem: Ecosystem): void {
  const refs = new Map<string, string>() // file-local id → graph ref
  const projectRefs: string[] = []

  for (const p of result.projects) {
    const ref = projectRef(p.manifest)
    refs.set(p.id, ref)
    projectRefs.push(ref)
    const known = graph.projects.get(ref)
    if (known) {
      pushUnique(known.files, file)
      known.complete &&= result.complete
      known.version ??= p.version
      known.purl ??= p.purl
      for (const req of p.platform ?? [])
        if (!known.platform.some((k) => k.name === req.name && k.scope === req.scope))
          known.platform.push(req)
    } else {
      graph.projects.set(ref, {
        ref,
        purl: p.purl,
        ecosystem: p.ecosystem,
        name: p.name,
        version: p.version,
        manifest: p.manifest,
        dir: p.dir,
        files: [file],
        complete: result.complete,
        platform: [...(p.platform ?? [])],
      })
    }
  }

  for (const p of result.packages) {
    refs.set(p.id, p.purl)
    const known = graph.packages.get(p.purl)
    if (known) {
      known.scope = strongerScope(known.scope, p.scope)
      for (const h of p.hashes)
        if (!known.hashes.some((k) => k.alg === h.alg && k.value === h.value)) known.hashes.push(h)
      known.resolved ??= p.resolved
      known.license ??= p.license
      if (p.alias) pushUnique(known.aliases, p.alias)
      pushUnique(known.files, file)
    } else {
      graph.packages.set(p.purl, {
        ref: p.purl,
        purl: p.purl,
        ecosystem: p.ecosystem,
        name: p.name,
        version: p.version,
        scope: p.scope,
        direct: false,
        hashes: [...p.hashes],
        resolved: p.resolved,
        source: p.source,
        license: p.license,
        aliases: p.alias ? [p.alias] : [],
        files: [file],
        projects: [],
      })
    }
  }

  // Edges, in refs; and which project reaches what, within this file.
  const projectSet = new Set(projectRefs)
  const local = new Map<string, string[]>()
  for (const e of result.edges) {
    const from = refs.get(e.from)
    const to = refs.get(e.to)
    if (!from || !to || from === to) continue
    addEdge(graph, from, to, e.scope)
    let out = local.get(from)
    if (!out) local.set(from, (out = []))
    out.push(to)
    if (projectSet.has(from)) {
      const pkg = graph.packages.get(to)
      if (pkg) pkg.direct = true
    }
  }
  for (const root of projectRefs) {
    const seen = new Set<string>([root])
    const queue = [root]
    while (queue.length) {
      for (const next of local.get(queue.pop()!) ?? []) {
        if (seen.has(next)) continue
        seen.add(next)
        const pkg = graph.packages.get(next)
        if (pkg) {
          pushUnique(pkg.projects, root)
          queue.push(next)
        }
      }
    }
  }

  graph.files.push({
    path: file,
    format: result.format,
    ecosystem,
    ok: true,
    packages: new Set(result.packages.map((p) => p.purl)).size,
    projects: result.projects.length,
    complete: result.complete,
  })
  graph.issues.push(...result.issues)
}

/** Records a file that could not be read at all. */
export function addFailure(
  graph: Graph,
  file: string,
  format: string,
  ecosystem: Ecosystem,
  issue: Issue,
): void {
  graph.files.push({ path: file, format, ecosystem, ok: false, packages: 0, projects: 0, complete: false })
  graph.issues.push(issue)
}
