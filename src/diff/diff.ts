// The dependency diff between two graphs (base and head of a pull request), per manifest.
import type { Graph, GraphPackage } from '../graph/graph.js'
import type { Ecosystem, Hash } from '../model.js'
import { normalizeLicense, spdxExpression } from '../sbom/licenses.js'
import { pairVersions } from './match.js'
import { memberScope, projectViews, type Member, type ProjectView } from './members.js'
import {
  emptyCounts,
  type ChangeKind,
  type ChangedField,
  type DiffCounts,
  type DiffEntry,
  type GraphDiff,
  type ManifestDiff,
  type MovedEntry,
  type PackageState,
} from './model.js'
import { shortestPaths } from './paths.js'
import { compareVersions, sortableVersions } from './versions.js'

const byCodeUnit = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0)

function packageState(m: Member): PackageState {
  const pkg = m.pkg
  return {
    purl: pkg.purl,
    version: pkg.version,
    scope: memberScope(m),
    direct: m.direct,
    license: pkg.license,
    source: pkg.source,
    resolved: pkg.resolved,
    hashes: pkg.hashes,
    files: pkg.files,
  }
}

/** A license as compared: its SPDX form when it has one ("mit" and "MIT" are the same), else its text. */
function licenseKey(license: string | undefined): string | undefined {
  if (license === undefined || !license.trim()) return undefined
  return spdxExpression(normalizeLicense(license)) ?? license.trim()
}

/** The same version whose content differs: an algorithm both sides have, with no value in common. */
function hashesConflict(a: Hash[], b: Hash[]): boolean {
  if (!a.length || !b.length) return false
  for (const alg of new Set(a.map((h) => h.alg))) {
    const theirs = b.filter((h) => h.alg === alg)
    if (theirs.length && !a.some((h) => h.alg === alg && theirs.some((t) => t.value === h.value))) return true
  }
  return false
}

/** "https://registry.npmjs.org/x/-/x-1.0.0.tgz" → "https://registry.npmjs.org"; "" when not a URL. */
function registryOrigin(resolved: string | undefined): string {
  if (!resolved) return ''
  const scheme = resolved.indexOf('://')
  if (scheme <= 0) return ''
  let end = scheme + 3
  while (end < resolved.length && !'/?#'.includes(resolved[end])) end++
  return resolved.slice(0, end).toLowerCase()
}

/**
 * Where it comes from changed: another kind (registry → git), another registry, or for git / url / path
 * sources another location (the commit included when the version is the same).
 */
function sourceChanged(a: PackageState, b: PackageState, sameVersion: boolean): boolean {
  if (a.source !== b.source) return true
  if (a.resolved === b.resolved) return false
  if (a.source === 'registry') {
    const x = registryOrigin(a.resolved)
    const y = registryOrigin(b.resolved)
    return x !== '' && y !== '' && x !== y
  }
  const strip = (r: string | undefined): string => (sameVersion ? (r ?? '') : (r ?? '').replace(/#.*$/, ''))
  return strip(a.resolved) !== strip(b.resolved)
}

/** What differs between two states of one package, and what kind of change that is; undefined when none. */
function classify(
  ecosystem: Ecosystem,
  base: PackageState,
  head: PackageState,
): { kind: Exclude<ChangeKind, 'added' | 'removed'>; changes: ChangedField[] } | undefined {
  const sameVersion = base.version === head.version
  const changes: ChangedField[] = []
  if (!sameVersion) changes.push('version')
  if (sameVersion && hashesConflict(base.hashes, head.hashes)) changes.push('hash')
  if (sourceChanged(base, head, sameVersion)) changes.push('source')
  if (base.license !== head.license && licenseKey(base.license) !== licenseKey(head.license))
    changes.push('license')
  if (base.scope !== head.scope) changes.push('scope')
  if (base.direct !== head.direct) changes.push('direct')
  if (!changes.length) return undefined
  if (!sameVersion && base.version !== undefined && head.version !== undefined) {
    const c = compareVersions(ecosystem, base.version, head.version)
    if (c < 0) return { kind: 'upgraded', changes }
    if (c > 0) return { kind: 'downgraded', changes }
  }
  return { kind: 'changed', changes }
}

/** The cheap test that settles most pairs: everything the diff compares is identical. */
function unchanged(a: Member, b: Member): boolean {
  const x = a.pkg
  const y = b.pkg
  if (
    x.version !== y.version ||
    x.source !== y.source ||
    x.resolved !== y.resolved ||
    x.license !== y.license ||
    a.direct !== b.direct ||
    memberScope(a) !== memberScope(b) ||
    x.hashes.length !== y.hashes.length
  )
    return false
  for (let i = 0; i < x.hashes.length; i++)
    if (x.hashes[i].alg !== y.hashes[i].alg || x.hashes[i].value !== y.hashes[i].value) return false
  return true
}

interface Leftover {
  manifest: string
  pkg: GraphPackage
  state: PackageState
}

const identity = (pkg: GraphPackage): string => `${pkg.ecosystem}\u0000${pkg.name}`

/**
 * The members of a project by identity (ecosystem and name). Most packages are of the project's own
 * ecosystem: their name alone is the key, which spares a string per package.
 */
function groupByName(view: ProjectView | undefined, ecosystem: Ecosystem): Map<string, Member | Member[]> {
  const out = new Map<string, Member | Member[]>()
  if (!view) return out
  for (const m of view.members.values()) {
    const key = m.pkg.ecosystem === ecosystem ? m.pkg.name : identity(m.pkg)
    const had = out.get(key)
    if (had === undefined) out.set(key, m)
    else if (Array.isArray(had)) had.push(m)
    else out.set(key, [had, m])
  }
  return out
}

const asList = (x: Member | Member[] | undefined): Member[] =>
  x === undefined ? [] : Array.isArray(x) ? x : [x]

function count(counts: DiffCounts, kind: ChangeKind | 'moved'): void {
  counts[kind]++
}

const KIND_ORDER: Record<ChangeKind, number> = {
  added: 0,
  removed: 1,
  upgraded: 2,
  downgraded: 3,
  changed: 4,
}

function entryOrder(a: DiffEntry, b: DiffEntry): number {
  return (
    byCodeUnit(a.name, b.name) ||
    byCodeUnit(a.ecosystem, b.ecosystem) ||
    sortableVersions(a.ecosystem, a.base?.version ?? a.head?.version, b.base?.version ?? b.head?.version) ||
    KIND_ORDER[a.kind] - KIND_ORDER[b.kind] ||
    byCodeUnit(a.head?.purl ?? a.base!.purl, b.head?.purl ?? b.base!.purl)
  )
}

/**
 * Pairs what left one manifest with what arrived in another: per ecosystem and name, the same version
 * first, then the rest in manifest-path and version order. Returns the moves; paired leftovers are taken
 * out of the lists.
 */
function pairMoves(removed: Leftover[], added: Leftover[]): Array<[Leftover, Leftover]> {
  const eco = removed[0].pkg.ecosystem
  const order = (x: Leftover, y: Leftover): number =>
    byCodeUnit(x.manifest, y.manifest) || sortableVersions(eco, x.pkg.version, y.pkg.version)
  removed.sort(order)
  added.sort(order)
  const moves: Array<[Leftover, Leftover]> = []
  const usedR = new Set<Leftover>()
  const usedA = new Set<Leftover>()
  const byVersion = new Map<string | undefined, Leftover[]>()
  for (const a of added) {
    const list = byVersion.get(a.pkg.version)
    if (list) list.push(a)
    else byVersion.set(a.pkg.version, [a])
  }
  for (const r of removed) {
    const a = byVersion.get(r.pkg.version)?.shift()
    if (!a) continue
    moves.push([r, a])
    usedR.add(r)
    usedA.add(a)
  }
  const restR = removed.filter((x) => !usedR.has(x))
  const restA = added.filter((x) => !usedA.has(x))
  for (let i = 0; i < Math.min(restR.length, restA.length); i++) {
    moves.push([restR[i], restA[i]])
    usedR.add(restR[i])
    usedA.add(restA[i])
  }
  const keepR = removed.filter((x) => !usedR.has(x))
  const keepA = added.filter((x) => !usedA.has(x))
  removed.splice(0, removed.length, ...keepR)
  added.splice(0, added.length, ...keepA)
  return moves
}

/** The entry of a base and a head package paired in one manifest, when anything differs. */
function pair(md: ManifestDiff, x: Member, y: Member): void {
  const eco = y.pkg.ecosystem
  const bs = packageState(x)
  const hs = packageState(y)
  const c = classify(eco, bs, hs)
  if (!c) return
  md.entries.push({
    kind: c.kind,
    ecosystem: eco,
    name: y.pkg.name,
    manifest: md.manifest,
    base: bs,
    head: hs,
    changes: c.changes,
    direct: hs.direct,
  })
}

/**
 * The diff of two graphs, per manifest (project). Packages are identified by ecosystem and name within a
 * project; several versions of one name are paired as pairVersions says. A package left over as removed in
 * one manifest and as added in another is a move, not a removal and an addition. Everything is sorted:
 * the same graphs give the same diff.
 */
export function diffGraphs(base: Graph, head: Graph): GraphDiff {
  const baseViews = projectViews(base)
  const headViews = projectViews(head)
  const manifests = [...new Set([...baseViews.keys(), ...headViews.keys()])].sort(byCodeUnit)

  const byManifest = new Map<string, ManifestDiff>()
  const removedLeft = new Map<string, Leftover[]>()
  const addedLeft = new Map<string, Leftover[]>()
  const push = (map: Map<string, Leftover[]>, item: Leftover): void => {
    const key = identity(item.pkg)
    const list = map.get(key)
    if (list) list.push(item)
    else map.set(key, [item])
  }

  for (const manifest of manifests) {
    const b = baseViews.get(manifest)
    const h = headViews.get(manifest)
    const md: ManifestDiff = {
      manifest,
      ecosystem: (h ?? b)!.ecosystem,
      status: !b ? 'added' : !h ? 'removed' : 'changed',
      files: (h ?? b)!.files,
      entries: [],
      counts: emptyCounts(),
    }
    byManifest.set(manifest, md)
    const baseNames = groupByName(b, md.ecosystem)
    const headNames = groupByName(h, md.ecosystem)
    const compare = (bm: Member | Member[] | undefined, hm: Member | Member[] | undefined): void => {
      if (bm !== undefined && hm !== undefined && !Array.isArray(bm) && !Array.isArray(hm)) {
        if (!unchanged(bm, hm)) pair(md, bm, hm)
        return
      }
      const bl = asList(bm)
      const hl = asList(hm)
      const eco = (bl[0] ?? hl[0]).pkg.ecosystem
      const { pairs, removed, added } = pairVersions(eco, bl, hl, (m) => m.pkg)
      for (const [x, y] of pairs) if (!unchanged(x, y)) pair(md, x, y)
      for (const x of removed) push(removedLeft, { manifest, pkg: x.pkg, state: packageState(x) })
      for (const y of added) push(addedLeft, { manifest, pkg: y.pkg, state: packageState(y) })
    }
    baseNames.forEach((bm, key) => compare(bm, headNames.get(key)))
    headNames.forEach((hm, key) => {
      if (!baseNames.has(key)) compare(undefined, hm)
    })
  }

  const moved: MovedEntry[] = []
  for (const [key, removed] of removedLeft) {
    const added = addedLeft.get(key)
    if (!added) continue
    for (const [r, a] of pairMoves(removed, added)) {
      const eco = a.pkg.ecosystem
      const c = classify(eco, r.state, a.state)
      const order =
        r.pkg.version !== undefined && a.pkg.version !== undefined
          ? compareVersions(eco, r.pkg.version, a.pkg.version)
          : 0
      moved.push({
        ecosystem: eco,
        name: a.pkg.name,
        from: r.manifest,
        to: a.manifest,
        base: r.state,
        head: a.state,
        version: order < 0 ? 'upgraded' : order > 0 ? 'downgraded' : 'same',
        changes: c?.changes ?? [],
      })
      count(byManifest.get(r.manifest)!.counts, 'moved')
      count(byManifest.get(a.manifest)!.counts, 'moved')
    }
  }

  for (const list of removedLeft.values())
    for (const r of list)
      byManifest.get(r.manifest)!.entries.push({
        kind: 'removed',
        ecosystem: r.pkg.ecosystem,
        name: r.pkg.name,
        manifest: r.manifest,
        base: r.state,
        changes: [],
        direct: r.state.direct,
      })

  // Added packages, with the path that brought each transitive one.
  const addedByManifest = new Map<string, Leftover[]>()
  for (const list of addedLeft.values())
    for (const a of list) {
      const l = addedByManifest.get(a.manifest)
      if (l) l.push(a)
      else addedByManifest.set(a.manifest, [a])
    }
  for (const [manifest, list] of addedByManifest) {
    const view = headViews.get(manifest)!
    const targets = new Set(list.filter((a) => !a.state.direct).map((a) => a.pkg.ref))
    const paths = shortestPaths(head, view, targets)
    const md = byManifest.get(manifest)!
    for (const a of list)
      md.entries.push({
        kind: 'added',
        ecosystem: a.pkg.ecosystem,
        name: a.pkg.name,
        manifest,
        head: a.state,
        changes: [],
        direct: a.state.direct,
        ...(a.state.direct ? {} : { path: paths.get(a.pkg.ref) }),
      })
  }

  const result: ManifestDiff[] = []
  const total = {
    ...emptyCounts(),
    moved: moved.length,
    manifestsAdded: 0,
    manifestsRemoved: 0,
    manifestsChanged: 0,
  }
  for (const md of byManifest.values()) {
    md.entries.sort(entryOrder)
    for (const e of md.entries) {
      count(md.counts, e.kind)
      count(total, e.kind)
    }
    if (md.status === 'changed' && !md.entries.length && !md.counts.moved) continue
    if (md.status === 'added') total.manifestsAdded++
    else if (md.status === 'removed') total.manifestsRemoved++
    else total.manifestsChanged++
    result.push(md)
  }
  moved.sort(
    (x, y) =>
      byCodeUnit(x.name, y.name) ||
      byCodeUnit(x.ecosystem, y.ecosystem) ||
      byCodeUnit(x.from, y.from) ||
      byCodeUnit(x.to, y.to) ||
      sortableVersions(x.ecosystem, x.base.version, y.base.version),
  )
  return {
    manifests: result,
    moved,
    counts: total,
    hasChanges: result.length > 0 || moved.length > 0,
  }
}
