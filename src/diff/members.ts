// The graph as each project sees it: which packages it has, which it depends on directly, and how it needs
// each one. The graph merges a package shared by several projects into one node with the strongest scope
// of all; a diff per manifest needs the scope within the manifest's own project, or a package that became
// a runtime dependency of project A would show as changed in project B as well.
import type { Graph, GraphPackage } from '../graph/graph.js'
import { SCOPE_RANK, type Ecosystem, type Scope } from '../model.js'

const BY_RANK: Scope[] = ['dev', 'peer', 'optional', 'runtime']

/** A package of a project, as that project has it. */
export interface Member {
  pkg: GraphPackage
  /** A dependency edge of the project points to it. */
  direct: boolean
  /** Scope within the project; undefined when no path from the project reaches it (the graph's scope applies). */
  scope?: Scope
}

export interface ProjectView {
  /** Graph ref of the project ("project:<manifest>"); for packages no project claims, "file:<lockfile>". */
  ref: string
  manifest: string
  ecosystem: Ecosystem
  files: string[]
  /** The packages of the project's closure, by ref, in graph order. */
  members: Map<string, Member>
}

/** Scope of a member in its project. */
export const memberScope = (m: Member): Scope => m.scope ?? m.pkg.scope

/**
 * One view per project, keyed by manifest path. A package the graph links to no project (a lockfile that
 * records no relations for it) belongs to the projects of its lockfiles; failing that, to a view named
 * after the lockfile itself.
 */
export function projectViews(graph: Graph): Map<string, ProjectView> {
  const byRef = new Map<string, ProjectView>()
  const byFile = new Map<string, ProjectView[]>()
  for (const p of graph.projects.values()) {
    const view: ProjectView = {
      ref: p.ref,
      manifest: p.manifest,
      ecosystem: p.ecosystem,
      files: p.files,
      members: new Map(),
    }
    byRef.set(p.ref, view)
    for (const f of p.files) {
      const list = byFile.get(f)
      if (list) list.push(view)
      else byFile.set(f, [view])
    }
  }
  for (const pkg of graph.packages.values()) {
    if (pkg.projects.length) {
      for (const ref of pkg.projects) byRef.get(ref)?.members.set(pkg.ref, { pkg, direct: false })
      continue
    }
    const owners = new Set<ProjectView>()
    for (const f of pkg.files) for (const v of byFile.get(f) ?? []) owners.add(v)
    if (!owners.size) {
      const file = pkg.files[0] ?? pkg.purl
      const ref = `file:${file}`
      let view = byRef.get(ref)
      if (!view) {
        view = { ref, manifest: file, ecosystem: pkg.ecosystem, files: [file], members: new Map() }
        byRef.set(ref, view)
      }
      owners.add(view)
    }
    for (const v of owners) v.members.set(pkg.ref, { pkg, direct: false })
  }
  const views = new Map<string, ProjectView>()
  for (const view of byRef.values()) {
    for (const to of graph.edges.get(view.ref)?.keys() ?? []) {
      const m = view.members.get(to)
      if (m) m.direct = true
    }
    computeScopes(graph, view)
    views.set(view.manifest, view)
  }
  return views
}

/**
 * A package is as needed as the best path from the project to it, a path as weak as its weakest edge
 * (runtime > optional > peer > dev) — the rule npm uses for its dev / optional flags. Nodes are settled
 * strongest rank first (one work list per rank), so each is settled once and each edge followed once.
 */
function computeScopes(graph: Graph, view: ProjectView): void {
  const buckets: Member[][] = [[], [], [], []]
  const reach = (from: string, rank: number): void => {
    const out = graph.edges.get(from)
    if (!out) return
    // forEach: no [key, value] array per edge, as for-of over entries makes
    out.forEach((scope, to) => {
      const m = view.members.get(to)
      if (m && m.scope === undefined) buckets[Math.min(rank, SCOPE_RANK[scope])].push(m)
    })
  }
  reach(view.ref, SCOPE_RANK.runtime)
  for (let rank = 3; rank >= 0; rank--) {
    const bucket = buckets[rank]
    // reach() only adds to this bucket or lower ones, so it can grow while it is walked
    for (let i = 0; i < bucket.length; i++) {
      const m = bucket[i]
      if (m.scope !== undefined) continue
      m.scope = BY_RANK[rank]
      reach(m.pkg.ref, rank)
    }
  }
}
