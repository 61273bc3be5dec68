// Dependency collection as Maven 3's resolver does it for a project (what `mvn dependency:tree` prints):
//
// - Direct dependencies are all kept; below them, test and provided dependencies and optional ones are not
//   followed (ScopeDependencySelector, OptionalDependencySelector), nor excluded ones (exclusions of every
//   dependency on the path, `*` wildcards included).
// - The project's dependencyManagement (ClassicDependencyManager) sets version, scope and optional of
//   transitive dependencies, and adds its exclusions at every depth.
// - Nearest wins: of dependencies with the same groupId:artifactId:extension:classifier, the one nearest the
//   root, and of equally near ones the first met in declaration order. Collecting breadth first and only
//   following winners gives the same tree without fetching the POMs of versions that lose.
// - Scopes are then set as the ConflictResolver does, in topological order: a dependency's scope derives
//   from its parent's (JavaScopeDeriver's table), a managed scope is kept as it is; of all the places an
//   artifact is met, a direct dependency's scope wins, else the widest (compile > runtime > provided > test).
// - Version ranges resolve to the highest version the repositories list; relocations are followed.
import { conflictKey, effectiveClassifier, gavString, type Gav } from '../parsers/maven/coordinates.js'
import { hasExpression } from '../parsers/maven/interpolate.js'
import type { Dependency, EffectiveModel, ManagedDependency } from '../parsers/maven/model.js'
import type { RawExclusion } from '../parsers/maven/pom.js'
import { isMavenRange, parseMavenRange, selectMavenVersion } from '../versions/maven.js'
import type { VersionsFetch } from './store.js'

export interface TreeNode {
  groupId: string
  artifactId: string
  version: string
  type: string
  classifier: string
  /** Maven scope after derivation and conflict resolution. */
  scope: string
  optional: boolean
  depth: number
  children: TreeNode[]
  /** POM path of the module, when the dependency is a module of the build. */
  module?: string
  /** Base URL of the repository its POM came from. */
  repository?: string
  /** Licenses its POM declares. */
  licenses: string[]
  /** Why its own dependencies are unknown or incomplete, when they are. */
  problem?: string
  /** "g:a:v" it was declared as, when a relocation replaced it. */
  relocatedFrom?: string
  /** The range it was declared with, when it was a range. */
  range?: string
}

export interface Descriptor {
  /** The effective model; undefined when its POM is not available. */
  model?: EffectiveModel
  module?: string
  repository?: string
  /** Why the dependencies below are unknown or incomplete. */
  problem?: string
}

export interface CollectSource {
  descriptor(gav: Gav): Promise<Descriptor>
  versions(groupId: string, artifactId: string): Promise<VersionsFetch>
}

export interface CollectProblem {
  severity: 'warning' | 'error'
  message: string
}

export interface DependencyTree {
  root: EffectiveModel
  children: TreeNode[]
  /** Every node, breadth first. */
  nodes: TreeNode[]
  problems: CollectProblem[]
}

interface Management {
  version?: string
  scope?: string
  optional?: boolean
  exclusions: RawExclusion[]
}

/** ClassicDependencyManager's view of the root's dependencyManagement: first entry of a key wins. */
function managementOf(managed: readonly ManagedDependency[]): Map<string, Management> {
  const out = new Map<string, Management>()
  for (const m of managed) {
    const key = conflictKey(m.groupId, m.artifactId, m.type, m.classifier)
    let entry = out.get(key)
    if (!entry) out.set(key, (entry = { exclusions: [] }))
    if (m.version && entry.version === undefined) entry.version = m.version
    if (m.scope && entry.scope === undefined) entry.scope = m.scope
    if (m.optional !== undefined && entry.optional === undefined) entry.optional = m.optional
    entry.exclusions.push(...m.exclusions)
  }
  return out
}

function excludes(exclusions: readonly RawExclusion[], groupId: string, artifactId: string): boolean {
  return exclusions.some(
    (e) =>
      (e.groupId === '*' || e.groupId === groupId) && (e.artifactId === '*' || e.artifactId === artifactId),
  )
}

/** JavaScopeDeriver: the scope of a dependency declared with `child` below one of scope `parent`. */
export function deriveScope(parent: string, child: string): string {
  if (child === 'system' || child === 'test') return child
  if (parent === '' || parent === 'compile') return child
  if (parent === 'test' || parent === 'runtime') return parent
  if (parent === 'system' || parent === 'provided') return 'provided'
  return 'runtime'
}

function widest(scopes: Set<string>): string {
  if (scopes.size > 1) scopes.delete('system')
  if (scopes.size === 1) return [...scopes][0]
  for (const s of ['compile', 'runtime', 'provided', 'test']) if (scopes.has(s)) return s
  return ''
}

/** Every place an artifact is met below a winner (or the root): what scope selection looks at. */
interface Item {
  key: string
  /** Conflict key of the parent node; undefined for the root's direct dependencies. */
  parentKey?: string
  depth: number
  scope: string
  scopeManaged: boolean
  optional: boolean
  optionalManaged: boolean
  node?: TreeNode
}

interface Frontier {
  node?: TreeNode
  key?: string
  dependencies: readonly Dependency[]
  /** Exclusions of every dependency on the path down to here. */
  exclusions: readonly RawExclusion[]
}

interface Candidate {
  parent: Frontier
  dep: Dependency
  key: string
  scopeManaged: boolean
  optionalManaged: boolean
  version: string
  range?: string
}

const MAX_RELOCATIONS = 5
/** Artifacts in one tree at most: a repository that serves endless new dependencies does not run forever. */
export const MAX_NODES = 20_000

export async function collect(root: EffectiveModel, source: CollectSource): Promise<DependencyTree> {
  const management = managementOf(root.managed)
  const problems: CollectProblem[] = []
  const winners = new Map<string, TreeNode>()
  const order: string[] = []
  const items: Item[] = []
  const nodes: TreeNode[] = []
  const children: TreeNode[] = []
  let frontier: Frontier[] = [{ dependencies: root.dependencies, exclusions: [] }]

  for (let depth = 1; frontier.length; depth++) {
    if (nodes.length >= MAX_NODES) {
      problems.push({
        severity: 'error',
        message: `more than ${MAX_NODES} artifacts: resolution stopped there`,
      })
      break
    }
    // 1. What each node of the previous level brings, selected and managed, in declaration order.
    const candidates: Candidate[] = []
    for (const parent of frontier)
      for (const declared of parent.dependencies) {
        const c = candidate(parent, declared, depth, management, true)
        if (c) candidates.push(c)
      }

    // 2. Version ranges of candidates that can still win, resolved against the repositories' listings.
    await Promise.all(
      candidates.map(async (c) => {
        if (winners.has(c.key) || !c.version || !isMavenRange(c.version)) return
        c.range = c.dep.version
        const spec = parseMavenRange(c.dep.version)
        const listed = spec ? await source.versions(c.dep.groupId, c.dep.artifactId) : undefined
        const chosen =
          spec && listed?.status === 'found' ? selectMavenVersion(spec, listed.versions) : undefined
        if (chosen) c.version = chosen
        else {
          c.version = ''
          const why = !spec
            ? 'is not a valid version range'
            : listed?.status === 'failed'
              ? `could not be resolved (${listed.message})`
              : 'matches no version the repositories list'
          problems.push({
            severity: 'warning',
            message: `${c.dep.groupId}:${c.dep.artifactId}:${c.range} ${why}`,
          })
        }
      }),
    )

    // 3. The POMs of the candidates that will win unless a relocation changes things, fetched together.
    const firstOfKey = new Set<string>()
    const prefetched = candidates.map((c) => {
      if (winners.has(c.key) || firstOfKey.has(c.key) || !c.version || c.dep.scope === 'system')
        return undefined
      firstOfKey.add(c.key)
      return source.descriptor({ groupId: c.dep.groupId, artifactId: c.dep.artifactId, version: c.version })
    })

    // 4. Nearest wins, in declaration order; a relocation replaces the artifact and is selected, managed and
    //    checked for conflicts again, as the resolver does.
    const next: Frontier[] = []
    for (let i = 0; i < candidates.length; i++) {
      let c = candidates[i]
      const fetchable = !winners.has(c.key) && !!c.version && c.dep.scope !== 'system'
      let descriptor = fetchable
        ? await (prefetched[i] ??
            source.descriptor({ groupId: c.dep.groupId, artifactId: c.dep.artifactId, version: c.version }))
        : undefined
      let relocatedFrom: string | undefined
      for (let hops = 0; descriptor?.model?.relocation && hops < MAX_RELOCATIONS; hops++) {
        const from = { groupId: c.dep.groupId, artifactId: c.dep.artifactId, version: c.version }
        const target = relocationTarget(from, descriptor.model.relocation)
        if (!target) break
        relocatedFrom ??= gavString(from)
        const sameArtifact = target.groupId === from.groupId && target.artifactId === from.artifactId
        const moved = candidate(c.parent, { ...c.dep, ...target }, depth, management, !sameArtifact)
        if (!moved) {
          descriptor = undefined
          c = { ...c, version: '' }
          break
        }
        c = moved
        descriptor =
          winners.has(c.key) || c.dep.scope === 'system' ? undefined : await source.descriptor(target)
      }
      const item: Item = {
        key: c.key,
        parentKey: c.parent.key,
        depth,
        scope: c.dep.scope,
        scopeManaged: c.scopeManaged,
        optional: c.dep.optional,
        optionalManaged: c.optionalManaged,
      }
      if (relocatedFrom && !c.version) continue // the relocated artifact is not selected
      items.push(item)
      if (winners.has(c.key)) continue
      const node: TreeNode = {
        groupId: c.dep.groupId,
        artifactId: c.dep.artifactId,
        version: c.version,
        type: c.dep.type,
        classifier: effectiveClassifier(c.dep.type, c.dep.classifier),
        scope: c.dep.scope,
        optional: c.dep.optional,
        depth,
        children: [],
        licenses: [],
        range: c.range,
        relocatedFrom,
      }
      item.node = node
      winners.set(c.key, node)
      order.push(c.key)
      ;(c.parent.node ? c.parent.node.children : children).push(node)
      nodes.push(node)
      if (!c.version) {
        // the project's own dependencies without a version are its model's problems, already said
        if (!c.range && c.parent.node)
          problems.push({
            severity: 'warning',
            message: `${c.dep.groupId}:${c.dep.artifactId} (dependency of ${label(c.parent.node)}) has no version${c.dep.version ? ` (${c.dep.version} is not defined)` : ''}`,
          })
        continue
      }
      if (!descriptor) continue
      node.module = descriptor.module
      node.repository = descriptor.repository
      node.licenses = descriptor.model?.licenses ?? []
      if (descriptor.problem) node.problem = descriptor.problem
      if (!descriptor.model) continue
      next.push({
        node,
        key: c.key,
        dependencies: descriptor.model.dependencies,
        exclusions: [...c.parent.exclusions, ...c.dep.exclusions],
      })
    }
    frontier = next
  }

  selectScopes(order, items, winners)
  return { root, children, nodes, problems }
}

function nodeGav(node: TreeNode): Gav {
  return { groupId: node.groupId, artifactId: node.artifactId, version: node.version }
}

function label(node: TreeNode): string {
  return gavString(nodeGav(node))
}

/** The artifact a relocation points to (unset fields are kept), or undefined when it is the same one. */
function relocationTarget(from: Gav, relocation: NonNullable<EffectiveModel['relocation']>): Gav | undefined {
  const target = {
    groupId: relocation.groupId || from.groupId,
    artifactId: relocation.artifactId || from.artifactId,
    version: relocation.version || from.version,
  }
  return gavString(target) === gavString(from) ? undefined : target
}

/**
 * A dependency as the node below `parent` would have it: undefined when not selected (test, provided or
 * optional below the direct dependencies; excluded on the path), else with the root's management applied
 * (version only when `manageVersion`: not for a relocation within the same artifact).
 */
function candidate(
  parent: Frontier,
  declared: Dependency,
  depth: number,
  management: Map<string, Management>,
  manageVersion: boolean,
): Candidate | undefined {
  if (depth >= 2 && (declared.scope === 'test' || declared.scope === 'provided' || declared.optional))
    return undefined
  if (excludes(parent.exclusions, declared.groupId, declared.artifactId)) return undefined
  const key = conflictKey(declared.groupId, declared.artifactId, declared.type, declared.classifier)
  const managed = management.get(key)
  const dep: Dependency = { ...declared }
  let scopeManaged = false
  let optionalManaged = false
  if (managed && depth >= 2) {
    if (managed.version && manageVersion) dep.version = managed.version
    if (managed.scope) {
      dep.scope = managed.scope
      scopeManaged = true
    }
    if (managed.optional !== undefined) {
      dep.optional = managed.optional
      optionalManaged = true
    }
  }
  if (managed?.exclusions.length) dep.exclusions = [...dep.exclusions, ...managed.exclusions]
  // a version left with an undefined ${property} is no version (the model says which property)
  const version = hasExpression(dep.version) ? '' : dep.version
  return { parent, dep, key, scopeManaged, optionalManaged, version }
}

/**
 * Final scope and optionality of every winner, as ConflictResolver sets them: conflict keys in topological
 * order (parents first; in a cycle, the one met first), each from all the items of its key.
 */
function selectScopes(
  order: readonly string[],
  items: readonly Item[],
  winners: Map<string, TreeNode>,
): void {
  const byKey = new Map<string, Item[]>()
  for (const item of items) {
    if (!winners.has(item.key)) continue
    let list = byKey.get(item.key)
    if (!list) byKey.set(item.key, (list = []))
    list.push(item)
  }
  const rank = new Map(order.map((k, i) => [k, i]))
  const indegree = new Map<string, number>()
  const successors = new Map<string, Set<string>>()
  for (const key of order) indegree.set(key, 0)
  for (const item of items) {
    if (!item.parentKey || item.parentKey === item.key || !winners.has(item.key)) continue
    let out = successors.get(item.parentKey)
    if (!out) successors.set(item.parentKey, (out = new Set()))
    if (out.has(item.key)) continue
    out.add(item.key)
    indegree.set(item.key, (indegree.get(item.key) ?? 0) + 1)
  }
  const done = new Set<string>()
  const finalScope = new Map<string, string>()
  const finalOptional = new Map<string, boolean>()
  const ready = order.filter((k) => indegree.get(k) === 0)
  let pending = order.length
  while (pending > 0) {
    let key: string | undefined
    if (ready.length) {
      // the earliest met among the ready ones
      let best = 0
      for (let i = 1; i < ready.length; i++) if (rank.get(ready[i])! < rank.get(ready[best])!) best = i
      key = ready.splice(best, 1)[0]
    } else key = order.find((k) => !done.has(k)) // a cycle: break it where it was met first
    if (key === undefined || done.has(key)) {
      if (key === undefined) break
      continue
    }
    done.add(key)
    pending--
    const node = winners.get(key)!
    const list = byKey.get(key) ?? []
    let direct: Item | undefined
    const scopes = new Set<string>()
    let optional = true
    for (const item of list) {
      if (item.depth <= 1) {
        direct ??= item
        continue
      }
      const parentScope = item.parentKey
        ? (finalScope.get(item.parentKey) ?? winners.get(item.parentKey)?.scope ?? '')
        : ''
      scopes.add(item.scopeManaged ? item.scope : deriveScope(parentScope, item.scope))
      const parentOptional = item.parentKey
        ? (finalOptional.get(item.parentKey) ?? winners.get(item.parentKey)?.optional ?? false)
        : false
      const derivedOptional = item.optional || item.optionalManaged ? item.optional : parentOptional
      if (!derivedOptional) optional = false
    }
    let scope: string
    if (node.scope === 'system') scope = 'system'
    else if (direct) scope = direct.scope
    else scope = widest(scopes)
    if (direct) optional = direct.optional
    node.scope = scope || 'compile'
    node.optional = optional
    finalScope.set(key, node.scope)
    finalOptional.set(key, optional)
    for (const next of successors.get(key) ?? []) {
      const left = indegree.get(next)! - 1
      indegree.set(next, left)
      if (left === 0 && !done.has(next)) ready.push(next)
    }
  }
}
