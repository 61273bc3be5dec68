// CycloneDX as both readers see it once the JSON or XML is checked: the fields lockgraph uses, and how they
// become the graph. lockgraph's own SBOMs carry lockgraph:* properties that give the graph back exactly;
// other tools' SBOMs are read for what they say, with the choices below where the graph needs more.
import { posix } from 'node:path'
import { isSupportedSpdxId } from '@cyclonedx/cyclonedx-library/SPDX'
import { emptyGraph, projectRef, type FileSummary, type Graph, type GraphPackage } from '../../graph/graph.js'
import { strongerScope, SCOPE_RANK } from '../../model.js'
import type { Ecosystem, Hash, HashAlg, Issue, Scope, SourceKind } from '../../model.js'
import { formatOf } from '../../parsers/registry.js'
import { buildPurl } from '../../purl/purl.js'
import { PROPERTY } from '../properties.js'
import type { Subject } from '../subject.js'
import { SbomReadError } from './types.js'

/** CycloneDX versions with a JSON and an XML form; 1.0 and 1.1 were XML only and have no dependencies. */
export const CDX_VERSIONS: readonly string[] = ['1.2', '1.3', '1.4', '1.5', '1.6', '1.7']

export interface CdxProperty {
  name: string
  value: string
}

export type CdxLicense = ({ id: string } | { name: string } | { expression: string }) & {
  acknowledgement?: string
}

export interface CdxComponent {
  type: string
  bomRef?: string
  name: string
  group?: string
  version?: string
  purl?: string
  scope?: string
  hashes: Array<{ alg: string; content: string }>
  licenses: CdxLicense[]
  externalReferences: Array<{ type: string; url: string }>
  properties: CdxProperty[]
  /** Where it is in the document, for messages: components[3] or /bom/components/component[4]. */
  at: string
}

export interface CdxBom {
  specVersion: string
  timestamp?: Date
  /** "name version" of each tool in metadata.tools. */
  tools: string[]
  /** metadata.authors[0].name: who the SBOM is by. */
  author?: string
  component?: CdxComponent
  properties: CdxProperty[]
  /** Every component, nested ones included, in document order. */
  components: CdxComponent[]
  dependencies: Array<{ ref: string; dependsOn: string[] }>
  compositions: Array<{ aggregate: string; refs: string[] }>
  /** Where the bom-ref of the component at `at` is, for messages. */
  refPath(at: string): string
}

// ---- checks shared by the JSON and the XML reader --------------------------------------------------------

/** Component types of every version (1.4's eight, and those added up to 1.7). */
export const COMPONENT_TYPES = new Set([
  'application',
  'framework',
  'library',
  'container',
  'platform',
  'operating-system',
  'device',
  'device-driver',
  'firmware',
  'file',
  'machine-learning-model',
  'data',
  'cryptographic-asset',
])

export const CDX_SCOPES = new Set(['required', 'optional', 'excluded'])

export const AGGREGATES = new Set([
  'complete',
  'incomplete',
  'incomplete_first_party_only',
  'incomplete_first_party_proprietary_only',
  'incomplete_first_party_opensource_only',
  'incomplete_third_party_only',
  'incomplete_third_party_proprietary_only',
  'incomplete_third_party_opensource_only',
  'unknown',
  'not_specified',
])

const HASH_ALGS = new Set([
  'MD5',
  'SHA-1',
  'SHA-256',
  'SHA-384',
  'SHA-512',
  'SHA3-256',
  'SHA3-384',
  'SHA3-512',
  'BLAKE2b-256',
  'BLAKE2b-384',
  'BLAKE2b-512',
  'BLAKE3',
  'Streebog-256',
  'Streebog-512',
])
/** Digest lengths in hex digits the schema allows (for any algorithm). */
const HASH_LENGTHS = new Set([32, 40, 64, 96, 128])
const HEX = /^[a-fA-F0-9]+$/

/** What is wrong with a hash, or undefined. */
export function hashProblem(alg: string, content: string): string | undefined {
  if (!HASH_ALGS.has(alg)) return `unknown hash algorithm "${alg}"`
  if (!HASH_LENGTHS.has(content.length) || !HEX.test(content)) return `"${content}" is not a hex digest`
  return undefined
}

/** What is wrong with a license id, or undefined. */
export function licenseIdProblem(id: string): string | undefined {
  return isSupportedSpdxId(id)
    ? undefined
    : `"${id}" is not an SPDX license id (a license name goes in "name")`
}

export const SERIAL_NUMBER = /^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/

/** RFC 3339 date-time (JSON); `zoneOptional` for xs:dateTime (XML), where a time without zone is read as UTC. */
export function parseDateTime(text: string, zoneOptional = false): Date | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})[Tt ](\d{2}):(\d{2}):(\d{2})(\.\d+)?([Zz]|[+-]\d{2}:\d{2})?$/.exec(text)
  if (!m || (!m[8] && !zoneOptional)) return undefined
  const date = new Date(`${m[1]}-${m[2]}-${m[3]}T${m[4]}:${m[5]}:${m[6]}${m[7] ?? ''}${m[8] ?? 'Z'}`)
  return Number.isNaN(date.getTime()) ? undefined : date
}

// ---- from CycloneDX to the graph ---------------------------------------------------------------------------

const ECOSYSTEMS = new Set<string>(['npm', 'pypi', 'cargo', 'maven', 'composer', 'generic'])
const OUR_HASHES = new Set<string>(['MD5', 'SHA-1', 'SHA-256', 'SHA-384', 'SHA-512'])
const SOURCES = new Set<string>(['registry', 'git', 'url', 'path', 'link'])
const FROM_CDX_SCOPE: Record<string, Scope> = { required: 'runtime', optional: 'optional', excluded: 'dev' }

/** Ecosystem of a manifest, for projects without a purl. */
const MANIFEST_ECOSYSTEM: Array<[RegExp, Ecosystem]> = [
  [/^package\.json$/, 'npm'],
  [/^Cargo\.toml$/, 'cargo'],
  [/^(pyproject\.toml|Pipfile|setup\.py|setup\.cfg|.*requirements.*\.(txt|in))$/i, 'pypi'],
  [/^composer\.json$/, 'composer'],
  [/^pom\.xml$/, 'maven'],
  [/^(build|settings)\.gradle(\.kts)?$/, 'gradle'],
]

const PURL = /^pkg:\/*([A-Za-z.+-][A-Za-z0-9.+-]*)\/[^?#]*[^/?#]/

const decoded = (s: string): string => {
  if (!s.includes('%')) return s
  try {
    return decodeURIComponent(s)
  } catch {
    return s
  }
}

const TYPE_PREFIXES = [...ECOSYSTEMS].map((type) => [`pkg:${type}/`, type as Ecosystem] as const)

/**
 * The ecosystem of a purl: its type when lockgraph has that ecosystem, else generic; undefined when it is no
 * purl. (Read without taking the purl apart: that is only needed for a qualifier or an npm name, below.)
 */
function purlEcosystem(purl: string): Ecosystem | undefined {
  for (const [prefix, type] of TYPE_PREFIXES)
    if (purl.startsWith(prefix)) return purl.length > prefix.length ? type : undefined
  const type = PURL.exec(purl)?.[1].toLowerCase()
  return type === undefined ? undefined : ECOSYSTEMS.has(type) ? (type as Ecosystem) : 'generic'
}

/** A qualifier of a purl, decoded. */
function purlQualifier(purl: string, key: string): string | undefined {
  const q = purl.indexOf('?')
  if (q === -1) return undefined
  const hash = purl.indexOf('#', q)
  for (const pair of purl.slice(q + 1, hash === -1 ? undefined : hash).split('&')) {
    const eq = pair.indexOf('=')
    if (eq > 0 && pair.slice(0, eq).toLowerCase() === key) return decoded(pair.slice(eq + 1))
  }
  return undefined
}

/** "namespace/name" of a purl, decoded (the name alone without a namespace). */
function purlName(purl: string): string {
  let path = purl
    .replace(/^pkg:\/*[^/]+\//, '')
    .replace(/[?#].*$/, '')
    .replace(/\/+$/, '')
  const slash = path.lastIndexOf('/')
  const at = path.indexOf('@', slash + 1)
  if (at !== -1) path = path.slice(0, at)
  return slash === -1 ? decoded(path) : `${decoded(path.slice(0, slash))}/${decoded(path.slice(slash + 1))}`
}

/**
 * The package name as lockgraph keeps it: the component's, with its group before a "/" (npm scope, Composer
 * vendor) or, for Maven, a ":". An npm group that is no scope ("express" for a part of express) is not part of
 * the name: the name is then the purl's.
 */
function fullName(ecosystem: Ecosystem, group: string | undefined, name: string, purl?: string): string {
  if (!group || name.includes('/')) return name
  if (ecosystem === 'npm')
    return group.startsWith('@') ? `${group}/${name}` : purl?.startsWith('pkg:npm/') ? purlName(purl) : name
  if (ecosystem === 'maven' || ecosystem === 'gradle') return `${group}:${name}`
  return `${group}/${name}`
}

interface Lockgraph {
  files: string[]
  fileHashes: string[]
  aliases: string[]
  platform: string[]
  platformDev: string[]
  manifest?: string
  scope?: string
  direct?: string
  source?: string
  complete?: string
}

const NONE: readonly string[] = Object.freeze([])

type ListKey = 'files' | 'fileHashes' | 'aliases' | 'platform' | 'platformDev'

function add(lg: Lockgraph, key: ListKey, value: string): void {
  if (lg[key] === NONE) lg[key] = [value]
  else lg[key].push(value)
}

/** lockgraph's properties of a component, in one pass; lists stay shared empty arrays when absent. */
function lockgraphProperties(properties: readonly CdxProperty[]): Lockgraph {
  const out: Lockgraph = {
    files: NONE as string[],
    fileHashes: NONE as string[],
    aliases: NONE as string[],
    platform: NONE as string[],
    platformDev: NONE as string[],
  }
  for (let i = 0; i < properties.length; i++) {
    const { name, value } = properties[i]
    if (!name.startsWith('lockgraph:')) continue
    switch (name) {
      case PROPERTY.file:
        add(out, 'files', value)
        break
      case PROPERTY.fileHash:
        add(out, 'fileHashes', value)
        break
      case PROPERTY.alias:
        add(out, 'aliases', value)
        break
      case PROPERTY.platform:
        add(out, 'platform', value)
        break
      case PROPERTY.platformDev:
        add(out, 'platformDev', value)
        break
      case PROPERTY.manifest:
        out.manifest = value
        break
      case PROPERTY.scope:
        out.scope = value
        break
      case PROPERTY.direct:
        out.direct = value
        break
      case PROPERTY.source:
        out.source = value
        break
      case PROPERTY.complete:
        out.complete = value
        break
    }
  }
  return out
}

/**
 * One license string from a component's licenses: the declared ones (or, when none is marked declared, all),
 * each as its id, expression or name. Several SPDX licenses become one AND expression (each applies); when a
 * name is among several, they are kept side by side as one name rather than dropped or turned into SPDX.
 */
function licenseText(licenses: readonly CdxLicense[]): string | undefined {
  if (!licenses.length) return undefined
  if (licenses.length === 1) {
    const l = licenses[0]
    return 'id' in l ? l.id : 'expression' in l ? l.expression : l.name
  }
  const declared = licenses.filter((l) => l.acknowledgement !== 'concluded')
  const chosen = declared.length ? declared : licenses
  const texts = chosen.map((l) => ('id' in l ? l.id : 'expression' in l ? l.expression : l.name))
  if (texts.length === 1) return texts[0]
  if (chosen.some((l) => 'name' in l)) return texts.join('; ')
  return texts.map((t, i) => ('expression' in chosen[i] && /\s/.test(t) ? `(${t})` : t)).join(' AND ')
}

/** The file a path in the graph belongs to, as lockgraph's scan would list it (format: best effort). */
export function fileSummary(path: string, ok: boolean): FileSummary {
  const spec = formatOf(posix.basename(path), path)
  return {
    path,
    format: spec?.id ?? 'unknown',
    ecosystem: spec?.ecosystem ?? 'generic',
    ok,
    packages: 0,
    projects: 0,
    complete: ok,
  }
}

/** The SBOM file name without its extensions: the subject's name when the document names none. */
function baseName(file: string): string {
  return (
    posix
      .basename(file.split('\\').join('/'))
      .replace(/(\.(cdx|bom|sbom|cyclonedx))?\.(json|xml)$/i, '')
      .replace(/\.(cdx|bom|sbom|cyclonedx)$/i, '') || 'sbom'
  )
}

function isProjectComponent(c: CdxComponent, lg: Lockgraph): boolean {
  return c.bomRef?.startsWith('project:') === true || lg.manifest !== undefined
}

export interface CdxGraph {
  graph: Graph
  subject: Subject
  tool?: string
}

/**
 * The graph a checked CycloneDX document describes.
 *
 * Projects: components with a lockgraph:manifest property or a "project:" bom-ref. In an SBOM of another
 * tool (no such component, and lockgraph is not among the tools), the projects are the `application`
 * components metadata.component depends on directly; when there are none, metadata.component itself is the
 * one project. Such a project's manifest is its name (the document does not say which file it is).
 */
export function bomToGraph(bom: CdxBom, file: string): CdxGraph {
  const graph = emptyGraph()
  const issues: Issue[] = []
  const warn = (message: string) => issues.push({ file, severity: 'warning', message })
  // bom-ref → its node; packages whose bom-ref is not their purl also by purl, for components of one purl
  const refOf = new Map<string, Node>()
  const byPurl = new Map<string, Node>()
  const lgs = bom.components.map((c) => lockgraphProperties(c.properties))

  const byLockgraph =
    bom.tools.some((t) => t === 'lockgraph' || t.startsWith('lockgraph ')) ||
    bom.components.some((c, i) => isProjectComponent(c, lgs[i]))
  const lockgraphDirect = lgs.some((lg) => lg.direct !== undefined)
  const root = bom.component
  const rootDeps = root?.bomRef ? bom.dependencies.filter((d) => d.ref === root.bomRef) : []
  const projectComponents = new Set<CdxComponent>()
  if (byLockgraph) {
    bom.components.forEach((c, i) => isProjectComponent(c, lgs[i]) && projectComponents.add(c))
  } else {
    const direct = new Set(rootDeps.flatMap((d) => d.dependsOn))
    for (const c of bom.components)
      if (c.type === 'application' && c.bomRef !== undefined && direct.has(c.bomRef)) projectComponents.add(c)
  }
  const rootIsProject = !byLockgraph && projectComponents.size === 0 && root !== undefined

  const register = (c: CdxComponent, node: Node): void => {
    if (c.bomRef === undefined) return
    const before = refOf.size
    refOf.set(c.bomRef, node)
    if (refOf.size === before && c !== root) {
      const first = bom.components.find((o) => o.bomRef === c.bomRef)!
      throw new SbomReadError(file, `${bom.refPath(c.at)}: "${c.bomRef}" is also the bom-ref of ${first.at}`)
    }
  }

  // Compositions: a ref in any aggregate other than "complete" is incomplete.
  const aggregateOf = new Map<string, boolean>()
  for (const { aggregate, refs } of bom.compositions)
    for (const ref of refs) aggregateOf.set(ref, aggregate === 'complete' && aggregateOf.get(ref) !== false)
  const completeness = (c: CdxComponent, lg: Lockgraph): boolean => {
    const said = c.bomRef === undefined ? undefined : aggregateOf.get(c.bomRef)
    if (lg.complete === 'false' || said === false) return false
    // Nothing said: not known to be complete.
    return lg.complete === 'true' || said === true
  }

  const projectNodes: Node[] = []
  const addProject = (c: CdxComponent, lg: Lockgraph): void => {
    const fromPurl = c.purl ? purlEcosystem(c.purl) : undefined
    const inRef = c.bomRef?.startsWith('project:') ? c.bomRef.slice('project:'.length) : undefined
    const manifestless = lg.manifest === undefined && inRef === undefined
    const manifest = lg.manifest ?? inRef ?? fullName(fromPurl ?? 'generic', c.group, c.name, c.purl)
    const manifestName = posix.basename(manifest)
    const ecosystem: Ecosystem =
      fromPurl ?? MANIFEST_ECOSYSTEM.find(([re]) => re.test(manifestName))?.[1] ?? 'generic'
    const ref = projectRef(manifest)
    const known = graph.projects.get(ref)
    if (known) {
      warn(`${c.at}: a second component for project ${manifest}; merged`)
      register(
        c,
        projectNodes.find((n) => n.ref === ref)!,
      )
      for (const f of lg.files) if (!known.files.includes(f)) known.files.push(f)
      known.complete &&= completeness(c, lg)
      return
    }
    const node: Node = { ref, scope: 'runtime', pkg: undefined, out: undefined, edges: undefined, mark: '' }
    register(c, node)
    projectNodes.push(node)
    const dir = manifestless ? '' : posix.dirname(manifest)
    graph.projects.set(ref, {
      ref,
      purl: c.purl,
      ecosystem,
      name: fullName(ecosystem, c.group, c.name, c.purl),
      version: c.version || undefined,
      manifest,
      dir: dir === '.' ? '' : dir,
      files: [...lg.files],
      complete: completeness(c, lg),
      platform: [
        ...lg.platform.map((r) => platformRequirement(r, 'runtime')),
        ...lg.platformDev.map((r) => platformRequirement(r, 'dev')),
      ],
    })
  }

  const generated = new Set<string>() // pkg:generic purls made here for components without one
  const addPackage = (c: CdxComponent, lg: Lockgraph): void => {
    let purl = c.purl
    let ecosystem = purl ? purlEcosystem(purl) : undefined
    if (purl && !ecosystem) warn(`${c.at}: purl "${purl}" is not a package URL; a pkg:generic one is used`)
    if (!purl || !ecosystem) {
      purl = genericPurl(c)
      // Two components without a purl, of one name and version, are still two components
      if (generated.has(purl) && c.bomRef !== undefined)
        purl += `${purl.includes('?') ? '&' : '?'}bom-ref=${encodeURIComponent(c.bomRef)}`
      generated.add(purl)
      ecosystem = 'generic'
    }
    const scope: Scope =
      lg.scope !== undefined && lg.scope in SCOPE_RANK
        ? (lg.scope as Scope)
        : (FROM_CDX_SCOPE[c.scope ?? 'required'] ?? 'runtime')
    // (a one-hash list made as a literal: an empty list that is pushed to takes room for 17)
    const hashes: Hash[] =
      c.hashes.length === 1 && OUR_HASHES.has(c.hashes[0].alg)
        ? [{ alg: c.hashes[0].alg as HashAlg, value: c.hashes[0].content.toLowerCase() }]
        : c.hashes
            .filter((h) => OUR_HASHES.has(h.alg))
            .map((h) => ({ alg: h.alg as HashAlg, value: h.content.toLowerCase() }))
    for (const text of lg.fileHashes) {
      const colon = text.indexOf(':')
      const alg = text.slice(0, colon)
      const value = text.slice(colon + 1).toLowerCase()
      if (colon > 0 && OUR_HASHES.has(alg) && /^[0-9a-f]+$/.test(value))
        hashes.push({ alg: alg as HashAlg, value })
      else warn(`${c.at}: ${PROPERTY.fileHash} "${text}" is not "ALG:hex"; ignored`)
    }
    let distribution: string | undefined
    let vcs: string | undefined
    for (const r of c.externalReferences) {
      if (r.type === 'distribution') distribution ??= r.url
      else if (r.type === 'vcs') vcs ??= r.url
    }
    const source: SourceKind =
      lg.source !== undefined && SOURCES.has(lg.source)
        ? (lg.source as SourceKind)
        : purlQualifier(purl, 'vcs_url')
          ? 'git'
          : purlQualifier(purl, 'download_url')
            ? 'url'
            : 'registry'
    // A vcs reference of a registry package is usually its repository's home, not where it was resolved.
    const resolved =
      source === 'git'
        ? (vcs ?? purlQualifier(purl, 'vcs_url') ?? distribution)
        : (distribution ?? purlQualifier(purl, 'download_url'))
    const license = licenseText(c.licenses)
    const direct = lg.direct === 'true'
    // A package whose bom-ref is its purl is found by that (most are: no second map of them all)
    let node = refOf.get(purl)
    if (node?.pkg?.purl !== purl) node = byPurl.get(purl)
    if (node) {
      register(c, node)
      const known = node.pkg!
      known.scope = strongerScope(known.scope, scope)
      node.scope = known.scope
      known.direct ||= direct
      for (const h of hashes)
        if (!known.hashes.some((k) => k.alg === h.alg && k.value === h.value)) known.hashes.push(h)
      known.resolved ??= resolved
      known.license ??= license
      for (const a of lg.aliases) if (!known.aliases.includes(a)) known.aliases.push(a)
      for (const f of lg.files) if (!known.files.includes(f)) known.files.push(f)
      return
    }
    const pkg: GraphPackage = {
      ref: purl!,
      purl: purl!,
      ecosystem,
      name: fullName(ecosystem, c.group, c.name, purl),
      version: c.version || undefined,
      scope,
      direct,
      hashes,
      resolved,
      source,
      license,
      // lockgraphProperties made these lists for this component alone; NONE is shared
      aliases: lg.aliases === NONE ? [] : lg.aliases,
      files: lg.files === NONE ? [] : lg.files,
      projects: [],
    }
    graph.packages.set(purl!, pkg)
    const created: Node = { ref: purl!, scope, pkg, out: undefined, edges: undefined, mark: '' }
    if (c.bomRef !== purl) byPurl.set(purl, created)
    register(c, created)
  }

  bom.components.forEach((c, i) => (projectComponents.has(c) ? addProject(c, lgs[i]) : addPackage(c, lgs[i])))
  if (rootIsProject) addProject(root!, lockgraphProperties(root!.properties))

  // Edges. A dependency names no scope: the edge takes its target's.
  let unknownRefs = 0
  for (const { ref, dependsOn } of bom.dependencies) {
    const from = refOf.get(ref)
    if (from === undefined) {
      if (ref !== root?.bomRef) unknownRefs += dependsOn.length
      continue
    }
    // targets new to `from`, in a list of the size needed (a list pushed to from empty takes room for 17)
    let added: Node[] | undefined
    let count = 0
    for (const to of dependsOn) {
      const target = refOf.get(to)
      if (target === undefined) {
        unknownRefs++
        continue
      }
      if (target === from) continue
      if (!from.edges) graph.edges.set(from.ref, (from.edges = new Map()))
      const had = from.edges.get(target.ref)
      if (had === undefined) {
        from.edges.set(target.ref, target.scope)
        ;(added ??= new Array<Node>(dependsOn.length))[count++] = target
      } else from.edges.set(target.ref, strongerScope(had, target.scope))
    }
    if (added) {
      added.length = count
      from.out = from.out ? from.out.concat(added) : added
    }
  }
  if (unknownRefs)
    warn(
      unknownRefs === 1
        ? 'a dependency names a bom-ref that is no component (a service, or missing); left out'
        : `${unknownRefs} dependencies name a bom-ref that is no component (a service, or missing); left out`,
    )

  // Direct: as lockgraph wrote it, else whether a project depends on it. Projects: each project's closure.
  for (const project of projectNodes) {
    if (!lockgraphDirect) for (const t of project.out ?? NO_NODES) if (t.pkg) t.pkg.direct = true
    closure(project)
  }

  // Files: those named by lockgraph:file, and the unread ones of metadata.
  const files = new Map<string, FileSummary>()
  const summary = (path: string): FileSummary => {
    let f = files.get(path)
    if (!f) files.set(path, (f = fileSummary(path, true)))
    return f
  }
  let last: FileSummary | undefined
  for (const p of graph.packages.values())
    for (const f of p.files) (last?.path === f ? last : (last = summary(f))).packages++
  for (const p of graph.projects.values())
    for (const f of p.files) {
      const s = summary(f)
      s.projects++
      s.complete &&= p.complete
    }
  const unread: Issue[] = []
  for (const { name, value } of bom.properties) {
    if (name !== PROPERTY.unreadFile) continue
    const colon = value.indexOf(': ')
    const path = colon === -1 ? value : value.slice(0, colon)
    files.set(path, fileSummary(path, false))
    unread.push({
      file: path,
      severity: 'error',
      message: colon === -1 ? 'not read' : value.slice(colon + 2),
    })
  }
  graph.files = [...files.values()].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))
  graph.issues = [...unread, ...issues]

  const subject: Subject = {
    name: root ? fullName('generic', root.group, root.name) : baseName(file),
    version: root?.version || undefined,
    author: bom.author,
    // No timestamp: the epoch, so that reading the same document always gives the same subject.
    timestamp: bom.timestamp ?? new Date(0),
  }
  return { graph, subject, tool: bom.tools.length ? bom.tools.join(', ') : undefined }
}

/** A package or project while the graph is built: its edges kept as nodes too, so walking them needs no lookups. */
interface Node {
  ref: string
  /** Scope of an edge to it. */
  scope: Scope
  pkg: GraphPackage | undefined
  out: Node[] | undefined
  /** Its map in graph.edges, once it has edges. */
  edges: Map<string, Scope> | undefined
  /** The project whose closure last reached it. */
  mark: string
}

const NO_NODES: readonly Node[] = Object.freeze([])

function platformRequirement(text: string, scope: Scope) {
  const space = text.indexOf(' ')
  return space === -1
    ? { name: text, constraint: '', scope }
    : { name: text.slice(0, space), constraint: text.slice(space + 1), scope }
}

/**
 * A component without a purl: pkg:generic/<group>/<name>@<version> (and ?bom-ref=<its bom-ref> when another
 * such component already has that purl).
 */
function genericPurl(c: CdxComponent): string {
  try {
    return buildPurl('generic', c.group || undefined, c.name, c.version || undefined)
  } catch {
    return `pkg:generic/${encodeURIComponent(c.name)}`
  }
}

/** Adds `project` to the projects of every package it reaches through packages (as addResult does). */
function closure(project: Node): void {
  const stack = [project]
  while (stack.length) {
    for (const next of stack.pop()!.out ?? NO_NODES) {
      if (!next.pkg || next.mark === project.ref) continue
      next.mark = project.ref
      if (next.pkg.projects.length) next.pkg.projects.push(project.ref)
      else next.pkg.projects = [project.ref]
      stack.push(next)
    }
  }
}
