// How a package arrived in a project: the shortest path of dependency edges from the project to it.
import type { Graph } from '../graph/graph.js'
import type { ProjectView } from './members.js'
import type { PathStep } from './model.js'

/**
 * Shortest paths from the project of `view` to each of `targets` (package refs), over edges between the
 * project's own packages. A path lists the packages from the direct dependency to the target itself. Edges
 * are followed in graph order (the order the lockfile lists them), so the path chosen among several of the
 * same length is the same for the same lockfile. Targets no edge reaches are left out.
 */
export function shortestPaths(
  graph: Graph,
  view: ProjectView,
  targets: ReadonlySet<string>,
): Map<string, PathStep[]> {
  const found = new Map<string, PathStep[]>()
  if (!targets.size) return found
  const parent = new Map<string, string>()
  const seen = new Set<string>([view.ref])
  let frontier = [view.ref]
  let left = targets.size
  while (frontier.length && left) {
    const next: string[] = []
    for (const node of frontier) {
      for (const to of graph.edges.get(node)?.keys() ?? []) {
        if (seen.has(to) || !view.members.has(to)) continue
        seen.add(to)
        parent.set(to, node)
        next.push(to)
        if (targets.has(to)) left--
      }
    }
    frontier = next
  }
  for (const target of targets) {
    if (!parent.has(target)) continue
    const steps: PathStep[] = []
    for (let at: string | undefined = target; at !== undefined && at !== view.ref; at = parent.get(at)) {
      const pkg = graph.packages.get(at)!
      steps.push({ name: pkg.name, version: pkg.version, purl: pkg.purl })
    }
    found.set(target, steps.reverse())
  }
  return found
}
