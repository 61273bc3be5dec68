// Scopes from reachability, for lockfiles that do not record dev/optional per package (yarn, pnpm 9, bun,
// and others): a package is as needed as the best path from a project to it, where a path is as weak as its
// weakest edge (runtime > optional > peer > dev). This is how npm computes its own dev/optional flags.
import { SCOPE_RANK, type ParseResult, type Scope } from '../model.js'

const BY_RANK: Scope[] = ['dev', 'peer', 'optional', 'runtime']

/**
 * Sets `scope` of every package of `result` reachable from a project. Packages no project reaches keep the
 * scope the parser gave them. Returns the ids of the unreached packages.
 */
export function deriveScopes(result: ParseResult): string[] {
  const out = new Map<string, Array<{ to: string; rank: number }>>()
  for (const e of result.edges) {
    let list = out.get(e.from)
    if (!list) out.set(e.from, (list = []))
    list.push({ to: e.to, rank: SCOPE_RANK[e.scope] })
  }
  const best = new Map<string, number>()
  // Each node's rank only goes up, at most four times: a plain work list is linear enough.
  const queue: Array<[string, number]> = result.projects.map((p) => [p.id, SCOPE_RANK.runtime])
  const projectIds = new Set(result.projects.map((p) => p.id))
  while (queue.length) {
    const [node, rank] = queue.pop()!
    for (const { to, rank: edgeRank } of out.get(node) ?? []) {
      if (projectIds.has(to)) continue // another workspace: it is a root of its own
      const r = Math.min(rank, edgeRank)
      if ((best.get(to) ?? -1) >= r) continue
      best.set(to, r)
      queue.push([to, r])
    }
  }
  const unreached: string[] = []
  for (const p of result.packages) {
    const r = best.get(p.id)
    if (r === undefined) unreached.push(p.id)
    else p.scope = BY_RANK[r]
  }
  return unreached
}
