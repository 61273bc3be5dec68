// yarn.lock of yarn 2+ ("berry", `__metadata.version` 4 and up). Each entry lists the descriptors
// ("name@npm:^1.2.0") it resolves, its resolution (locator "name@npm:1.2.3"), and the descriptors of its
// own dependencies; workspaces are entries too (`name@workspace:path`, linkType soft). An edge is the entry
// whose key lists the dependency's descriptor, after the root package.json's `resolutions` and yarn's
// built-in patches (`patch:...#optional!builtin<compat/...>`) are applied as yarn applies them. Peer
// dependencies are not resolved in the lockfile (yarn does it at install time, in virtual packages): they
// are resolved here the same way, to what the dependent's parent provides.
import { posix } from 'node:path'
import { deriveScopes } from '../../graph/scopes.js'
import type { Hash, Scope } from '../../model.js'
import { strongerScope } from '../../model.js'
import { isRecord } from '../../util/text.js'
import { eachDeclaredDep, type Manifest } from './manifest.js'
import { classifyResolved, npmPackagePurl, type NpmSource } from './source.js'
import { splitDescriptor, type YarnLock } from './yarn-common.js'
import type { SymlDoc, SymlEntry } from './yarn-syml.js'

/** Version yarn writes for workspaces and soft links: a placeholder, not a version. */
const LOCAL_VERSION = '0.0.0-use.local'

const PROTOCOL = /^([a-z][a-z0-9+.-]*):/i

interface Node {
  id: string
  /** Name from the resolution (the real name, for aliases). */
  name: string
  entry: Manifest
  at: SymlEntry
  /** Project id when the entry is a workspace. */
  project?: string
}

/** The package's source, from the reference part of its resolution ("npm:1.2.3", "patch:...", ...). */
function locate(name: string, reference: string, depth = 0): { where: NpmSource; resolved?: string } {
  const paramsAt = reference.indexOf('::')
  const base = paramsAt === -1 ? reference : reference.slice(0, paramsAt)
  const protocol = PROTOCOL.exec(base)?.[1]?.toLowerCase()
  switch (protocol) {
    case 'npm': {
      // Packages of a registry other than the configured one carry their tarball URL.
      const archive =
        paramsAt === -1
          ? undefined
          : (new URLSearchParams(reference.slice(paramsAt + 2)).get('__archiveUrl') ?? undefined)
      return archive
        ? { where: classifyResolved(name, archive), resolved: archive }
        : { where: { source: 'registry' } }
    }
    case 'patch': {
      // "patch:<encoded source locator>#<patch>": the patched package is its source's package.
      const inner = decode(base.slice(6, base.includes('#') ? base.indexOf('#') : undefined))
      const target = inner && splitDescriptor(inner)
      return target && depth < 5
        ? locate(target.name, target.range, depth + 1)
        : { where: { source: 'registry' } }
    }
    case 'virtual': {
      const hash = base.indexOf('#')
      return hash !== -1 && depth < 5
        ? locate(name, base.slice(hash + 1), depth + 1)
        : { where: { source: 'path' } }
    }
    case 'file':
    case 'exec':
      return { where: { source: 'path' }, resolved: base }
    case 'link':
    case 'portal':
      return { where: { source: 'link' }, resolved: base }
    case 'http':
    case 'https':
    case 'git':
    case 'git+ssh':
    case 'git+https':
    case 'git+http':
    case 'git+file':
    case 'ssh':
    case 'github': {
      const hash = base.indexOf('#')
      const url = hash === -1 ? base : base.slice(0, hash)
      // yarn 3+ writes "#commit=<sha>" (a query string), yarn 2 "#commit:<sha>".
      const commit =
        hash === -1 ? undefined : /(?:^|&)commit[=:]([0-9a-f]{7,40})/.exec(base.slice(hash + 1))?.[1]
      const git =
        protocol !== 'http' && protocol !== 'https' ? true : commit !== undefined || /\.git$/.test(url)
      if (!git) return { where: { source: 'url', qualifiers: { download_url: base } }, resolved: base }
      const vcs = (/^https?:/.test(url) ? `git+${url}` : url) + (commit ? `#${commit}` : '')
      return { where: { source: 'git', qualifiers: { vcs_url: vcs } }, resolved: base }
    }
    default: {
      // A GitHub shorthand: "owner/repo#commit=<sha>".
      const gh = /^([\w.-]+\/[\w.-]+)#(?:.*&)?commit[=:]([0-9a-f]{7,40})/.exec(base)
      if (gh)
        return {
          where: { source: 'git', qualifiers: { vcs_url: `git+https://github.com/${gh[1]}.git#${gh[2]}` } },
          resolved: base,
        }
      return { where: classifyResolved(name, base), resolved: base }
    }
  }
}

function decode(text: string): string | undefined {
  try {
    return decodeURIComponent(text)
  } catch {
    return undefined
  }
}

const str = (v: unknown): string | undefined => (typeof v === 'string' && v ? v : undefined)

/** A `resolutions` rule of the root package.json: "[parent/]name[@range]": "range". */
interface Rule {
  parent?: string
  name: string
  range?: string
  to: string
}

/** Ranges without a protocol are npm ranges, as yarn normalizes them ("^1" → "npm:^1"). */
function normalizeRange(range: string): string {
  return PROTOCOL.test(range) ? range : `npm:${range}`
}

/** The rules by the name they apply to, most specific first. */
function parseRules(manifest: Manifest | undefined): Map<string, Rule[]> {
  const byName = new Map<string, Rule[]>()
  const resolutions = manifest?.resolutions
  if (!isRecord(resolutions)) return byName
  const rules: Rule[] = []
  for (const [pattern, to] of Object.entries(resolutions)) {
    if (typeof to !== 'string') continue
    const m = /^(?:\*\*\/)?(?:((?:@[^/]+\/)?[^/@]+)(?:@[^/]*)?\/)?((?:@[^/]+\/)?[^/@]+)(?:@(.+))?$/.exec(
      pattern,
    )
    if (!m) continue
    rules.push({ parent: m[1], name: m[2], range: m[3] && normalizeRange(m[3]), to: normalizeRange(to) })
  }
  // Most specific first: a parent, then a range.
  rules.sort((a, b) => Number(!!b.parent) - Number(!!a.parent) || Number(!!b.range) - Number(!!a.range))
  for (const rule of rules) byName.set(rule.name, [...(byName.get(rule.name) ?? []), rule])
  return byName
}

export function readBerryLock(r: YarnLock, doc: SymlDoc): string {
  const metaEntry = doc.entries.find((e) => e.keys.length === 1 && e.keys[0] === '__metadata')
  const meta = metaEntry && isRecord(metaEntry.value) ? metaEntry.value : undefined
  const lockVersion = str(meta?.version)

  const nodes = new Map<string, Node>()
  const byDescriptor = new Map<string, string>() // "name@range" → node id
  const byName = new Map<string, string[]>() // installed name → node ids
  const builtinPatch = new Map<string, string>() // descriptor a built-in patch wraps → patched node id
  const patchSources = new Map<string, string[]>() // patched node id → descriptors of its source
  const workspaces: Node[] = []

  for (const at of doc.entries) {
    if (at === metaEntry) continue
    const label = at.keys.join(', ')
    const entry = at.value
    if (!isRecord(entry)) {
      r.issue('error', `entry "${label}" is not a map of fields; skipped`, r.lineOf(at))
      r.complete = false
      continue
    }
    const resolution = str(entry.resolution)
    const locator = resolution && splitDescriptor(resolution)
    if (!locator) {
      r.issue(
        'error',
        resolution
          ? `"${label}": cannot read the resolution "${resolution}"; skipped`
          : `"${label}" has no resolution; skipped`,
        r.lineOf(at),
      )
      r.complete = false
      continue
    }
    const descriptors = at.keys.map((key) => ({ key, d: splitDescriptor(key) }))
    const good = descriptors.filter((k) => k.d)
    if (!good.length) {
      r.issue('error', `cannot read the key "${label}" (expected name@range); entry skipped`, r.lineOf(at))
      r.complete = false
      continue
    }
    if (good.length < descriptors.length)
      r.issue(
        'warning',
        `cannot read ${descriptors
          .filter((k) => !k.d)
          .map((k) => `"${k.key}"`)
          .join(', ')} (expected name@range)`,
        r.lineOf(at),
      )
    const id = nodes.has(resolution) ? `${resolution} (${label})` : resolution
    let reference = locator.range
    if (reference.startsWith('virtual:') && reference.includes('#'))
      reference = reference.slice(reference.indexOf('#') + 1)
    const node: Node = { id, name: locator.name, entry, at }

    if (reference.startsWith('workspace:')) {
      const dir = posix.normalize(reference.slice(10)).replace(/\/+$/, '')
      node.project = dir === '.' ? '' : dir
      workspaces.push(node)
    } else {
      const version = str(entry.version)
      if (!version) {
        r.issue('error', `"${label}" has no version; skipped`, r.lineOf(at))
        r.complete = false
        continue
      }
      const { where, resolved } = locate(locator.name, reference)
      // No hashes: berry's `checksum` is the SHA-512 of yarn's own cache zip (it changes with the cacheKey),
      // not of the package tarball, so it is not the package's hash (for lodash 4.18.1 yarn 4 has 757228fc…
      // where npm's integrity is 74c22789…).
      const hashes: Hash[] = []
      const installed = good.map((k) => k.d!.name).find((n) => n !== locator.name)
      r.packages.push({
        id,
        ecosystem: 'npm',
        name: locator.name,
        version: version === LOCAL_VERSION ? linkVersion(r, reference) : version,
        purl: '',
        scope: 'runtime',
        hashes,
        resolved,
        source: where.source,
        alias: installed,
        line: r.lineOf(at),
      })
      const pkg = r.packages[r.packages.length - 1]
      pkg.purl = npmPackagePurl(pkg.name, pkg.version, where)
    }
    nodes.set(id, node)
    for (const { key, d } of good) {
      byDescriptor.set(key, id)
      const list = byName.get(d!.name)
      if (!list) byName.set(d!.name, [id])
      else if (!list.includes(id)) list.push(id)
      if (d!.range.startsWith('patch:')) {
        const hash = d!.range.indexOf('#')
        const inner = decode(d!.range.slice(6, hash === -1 ? undefined : hash))
        const of = inner ? splitDescriptor(inner) : undefined
        if (!of) continue
        const source = `${of.name}@${normalizeRange(of.range)}` // yarn 3 wrote "name@^1" here
        const list = patchSources.get(id)
        if (list) list.push(source)
        else patchSources.set(id, [source])
        // yarn applies its built-in compat patches (fsevents, resolve, typescript) to every matching
        // descriptor: a dependency on the source descriptor gets the patched package.
        if (hash !== -1 && /^(optional!|~)?builtin</.test(d!.range.slice(hash + 1)))
          builtinPatch.set(source, id)
      }
    }
  }

  // Projects: the workspaces, named and versioned by their package.json; the root one first.
  const projectOf = new Map<string, string>() // node id → project id
  const manifests = new Map<string, Manifest | undefined>()
  const addProject = (dir: string, ws: Node | undefined): void => {
    if (ws) projectOf.set(ws.id, dir)
    if (manifests.has(dir)) return
    const manifest = r.manifest(dir)
    manifests.set(dir, manifest)
    const version = str(ws?.entry.version)
    // Without package.json, the lock's name; yarn names an unnamed root "root-workspace-<hash>".
    const lockName = ws && !/^root-workspace-[0-9a-f]{6}$/.test(ws.name) ? ws.name : undefined
    r.addProject(
      dir,
      manifest ? manifest.name : lockName,
      manifest ? manifest.version : version !== LOCAL_VERSION ? version : undefined,
    )
  }
  const root = workspaces.find((ws) => ws.project === '')
  addProject('', root)
  for (const ws of workspaces) addProject(ws.project!, ws)
  const target = (id: string): string => projectOf.get(id) ?? id

  /** The one package installed under `name` (a patched package and its source count as one). */
  const only = (name: string): string | undefined => {
    const named = byName.get(name)
    if (named?.length === 1) return target(named[0])
    if (named?.length === 2) {
      const patched = named.find((id) => patchSources.has(id))
      if (patched && named.some((id) => id !== patched)) return target(patched)
    }
    return undefined
  }

  const rules = parseRules(manifests.get(''))
  /** The node a dependency `name@range` of `parent` (a node) resolves to. */
  const resolve = (parent: Node, name: string, range: string): string | undefined => {
    let wanted = range
    for (const rule of rules.get(name) ?? [])
      if (
        (rule.parent === undefined || rule.parent === parent.name) &&
        (rule.range === undefined || rule.range === normalizeRange(range))
      ) {
        wanted = rule.to
        break
      }
    const descriptor = `${name}@${wanted}`
    const hit = builtinPatch.get(descriptor) ?? byDescriptor.get(descriptor)
    if (hit !== undefined) return target(hit)
    if (!PROTOCOL.test(wanted)) {
      // yarn 2 and 3 wrote dependency ranges without the default "npm:" their keys have.
      const npm = `${name}@npm:${wanted}`
      const found = builtinPatch.get(npm) ?? byDescriptor.get(npm)
      if (found !== undefined) return target(found)
    }
    // Paths (file:, link:, portal:, patch files) are relative to the package that asks: yarn binds them to it.
    const bound = byDescriptor.get(
      `${name}@${wanted}::locator=${encodeURIComponent(str(parent.entry.resolution) ?? '')}`,
    )
    if (bound !== undefined) return target(bound)
    // Not found as written (a rule lockgraph does not model, an edited file): one entry of that name is it.
    return only(name)
  }

  // Regular edges (dependencies, optional ones by dependenciesMeta), recorded per node for peers.
  const provides = new Map<string, Map<string, string>>() // from → dependency name → to
  const children = new Map<string, string[]>() // from → to (regular edges)
  const noManifest: string[] = []
  for (const node of nodes.values()) {
    const from = target(node.id)
    const deps = isRecord(node.entry.dependencies) ? node.entry.dependencies : {}
    const meta = isRecord(node.entry.dependenciesMeta) ? node.entry.dependenciesMeta : {}
    let scopes: Map<string, Scope> | undefined
    if (node.project !== undefined) {
      const manifest = manifests.get(node.project)
      if (manifest) scopes = declaredScopes(r, node, manifest, deps)
      else noManifest.push(node.project || '.')
    }
    const mine = new Map<string, string>()
    const kids: string[] = []
    for (const name of Object.keys(deps)) {
      const range = deps[name]
      if (typeof range !== 'string') continue
      const m = meta[name]
      const optional = isRecord(m) && (m.optional === 'true' || m.optional === true)
      const to = resolve(node, name, range)
      if (to === undefined) {
        if (!optional) {
          r.issue(
            'warning',
            `"${node.at.keys[0]}" depends on ${name}@${range}, which the lockfile does not contain`,
            r.lineOf(node.at),
          )
          r.complete = false
        }
        continue
      }
      if (to === from) continue
      const scope: Scope = scopes?.get(name) ?? (optional ? 'optional' : 'runtime')
      r.edges.push({ from, to, scope })
      mine.set(name, to)
      kids.push(to)
    }
    // A patched package is built from its source package.
    const sources = new Set((patchSources.get(node.id) ?? []).map((d) => byDescriptor.get(d)))
    for (const to of sources)
      if (to !== undefined && to !== node.id) {
        r.edges.push({ from, to: target(to), scope: 'runtime' })
        kids.push(target(to))
      }
    const had = provides.get(from)
    if (had) for (const [name, to] of mine) had.set(name, to)
    else provides.set(from, mine)
    const hadKids = children.get(from)
    if (hadKids) hadKids.push(...kids)
    else children.set(from, kids)
  }
  if (noManifest.length)
    r.issue(
      'info',
      `no package.json for workspace ${noManifest.join(', ')}: its dev dependencies cannot be told from the others, all are taken as runtime`,
    )

  resolvePeers(r, nodes, target, only, provides, children)
  deriveScopes(r.result(''))
  return lockVersion ?? ''
}

/**
 * The version of a link:/portal: package (yarn writes a placeholder) from the package.json it points at:
 * "link:../lib::locator=app%40workspace%3A." is ../lib from the workspace app.
 */
function linkVersion(r: YarnLock, reference: string): string | undefined {
  const m = /^(?:link|portal):([^#:]+)(?:#[^:]*)?(?:::(.*))?$/.exec(reference)
  const parent = m && splitDescriptor(new URLSearchParams(m[2] ?? '').get('locator') ?? '')
  if (!parent?.range.startsWith('workspace:')) return undefined
  const dir = r.rel(parent.range.slice(10), m![1])
  if (dir === '' || dir === '..' || dir.startsWith('../')) return undefined // outside the scanned folder
  const text = r.input.files.read(`${dir}/package.json`)
  try {
    const version = text ? (JSON.parse(text) as { version?: unknown }).version : undefined
    return typeof version === 'string' && version ? version : undefined
  } catch {
    return undefined
  }
}

/**
 * How a workspace declares each dependency its lock entry lists, from its package.json (yarn's lock entry
 * merges dependencies and devDependencies). Declared ones missing from the entry mean a stale lockfile.
 */
function declaredScopes(
  r: YarnLock,
  ws: Node,
  manifest: Manifest,
  deps: Record<string, unknown>,
): Map<string, Scope> {
  const scopes = new Map<string, Scope>()
  const missing: string[] = []
  eachDeclaredDep(manifest, true, (dep) => {
    const had = scopes.get(dep.name)
    scopes.set(dep.name, had ? strongerScope(had, dep.scope) : dep.scope)
    if (dep.scope !== 'peer' && !(dep.name in deps)) missing.push(`${dep.name}@${dep.spec}`)
  })
  if (missing.length) {
    r.issue(
      'warning',
      `${r.rel(ws.project!, 'package.json')} declares ${missing.join(', ')}, which the lockfile's entry for the workspace does not list (out of date?)`,
      r.lineOf(ws.at),
    )
    r.complete = false
  }
  return scopes
}

/**
 * Peer dependencies: a package's peer X is what its parent provides under the name X (a dependency, or a
 * peer the parent got from its own parent), or the parent itself when it is X; as yarn resolves them.
 */
function resolvePeers(
  r: YarnLock,
  nodes: Map<string, Node>,
  target: (id: string) => string,
  only: (name: string) => string | undefined,
  provides: Map<string, Map<string, string>>,
  children: Map<string, string[]>,
): void {
  const peersOf = new Map<string, string[]>()
  const nameOf = new Map<string, string>()
  for (const node of nodes.values()) {
    const id = target(node.id)
    nameOf.set(id, node.name)
    if (node.project !== undefined || !isRecord(node.entry.peerDependencies)) continue
    const own = isRecord(node.entry.dependencies) ? node.entry.dependencies : {}
    // A peer the package also depends on itself is its own dependency.
    const names = Object.keys(node.entry.peerDependencies).filter((n) => !(n in own))
    if (names.length) peersOf.set(id, names)
  }
  const got = new Map<string, Map<string, Set<string>>>() // package → peer name → resolved targets
  const queue: Array<[string, string]> = []
  for (const [from, kids] of children) for (const kid of kids) if (peersOf.has(kid)) queue.push([from, kid])
  while (queue.length) {
    const [parent, child] = queue.pop()!
    for (const name of peersOf.get(child)!) {
      const direct = provides.get(parent)?.get(name)
      const providers = direct !== undefined ? [direct] : [...(got.get(parent)?.get(name) ?? [])]
      if (!providers.length && nameOf.get(parent) === name) providers.push(parent)
      for (const to of providers) {
        let byName = got.get(child)
        if (!byName) got.set(child, (byName = new Map()))
        let set = byName.get(name)
        if (!set) byName.set(name, (set = new Set()))
        if (set.has(to) || to === child) continue
        set.add(to)
        r.edges.push({ from: child, to, scope: 'peer' })
        // The child's own children that have this peer get it from the child.
        for (const grandchild of children.get(child) ?? [])
          if (peersOf.get(grandchild)?.includes(name) && provides.get(child)?.get(name) === undefined)
            queue.push([child, grandchild])
      }
    }
  }
  // A peer no parent provides: yarn's PnP falls back to the root workspace's dependencies, and the
  // node-modules linker hoists the only copy to the top; take that copy, as npm does.
  for (const [child, names] of peersOf)
    for (const name of names) {
      if (got.get(child)?.get(name)?.size) continue
      const to = provides.get('')?.get(name) ?? only(name)
      if (to !== undefined && to !== child) r.edges.push({ from: child, to, scope: 'peer' })
    }
}
