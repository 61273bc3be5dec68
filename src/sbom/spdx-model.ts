// The graph as both SPDX writers lay it out: the subject, the projects and packages in ref order with their
// ids, download locations, licenses and lockgraph facts, and the dependencies of each, sorted. The SPDX 2.3 and
// 3.0.1 writers share it, so they say the same things in their own words (and lay a graph out only once).
import { createHash } from 'node:crypto'
import type { Graph, GraphPackage, GraphProject } from '../graph/graph.js'
import type { Hash, Scope } from '../model.js'
import type { Subject } from './subject.js'
import { packageFacts, projectFacts, subjectFacts, TOOL } from './spdx-facts.js'
import { idPart, purlIdPart, uniqueIds } from './spdx-ids.js'
import { licenseTable, type ExtractedLicense, type SpdxLicense } from './spdx-licenses.js'

export interface SpdxDependency {
  to: SpdxComponent
  scope: Scope
}

export interface SpdxComponent {
  kind: 'package' | 'project'
  /** Position in SpdxModel.components. */
  index: number
  ref: string
  /** Local id, unique in the document, of the characters SPDX allows: "Package-npm-colors-1.4.0". */
  id: string
  name: string
  version?: string
  purl?: string
  /** Where it can be downloaded: a registry or tarball URL, or a VCS location ("git+https://…@<commit>"). */
  download?: string
  /** Sorted by algorithm, then value. */
  hashes: Hash[]
  license?: SpdxLicense
  /** lockgraph's facts (spdx-facts.ts). */
  facts: string
  /** Projects only: whether its lockfiles give its full dependency closure. */
  complete?: boolean
  /** Sorted by the target's ref. */
  dependencies: SpdxDependency[]
}

export interface SpdxModel {
  /** The subject it was laid out for; the writers take the time from the subject they are given. */
  subject: Subject
  /** The subject's lockgraph facts: the lockfiles that could not be read. */
  subjectFacts: string
  /** Lockfiles that could not be read, by path. */
  unread: Array<{ path: string; why: string }>
  /** Projects and packages in ref order (the order of the CycloneDX writer's components). */
  components: SpdxComponent[]
  /** The projects among them, in ref order. */
  projects: SpdxComponent[]
  licenses: ExtractedLicense[]
  /** SHA-256 (hex) of the content, time excepted: see digest(). */
  digest: string
}

export const ROOT_ID = 'Root'

const byString = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0)
const byHash = (a: Hash, b: Hash): number => byString(a.alg, b.alg) || byString(a.value, b.value)

/**
 * The VCS location SPDX asks for, "git+<url>@<commit>": a commit after "#" (npm, Composer, Cargo) moves to "@",
 * and a query before it (Cargo's "?branch=main") goes, as the commit says all. Applying it twice changes nothing.
 */
export function vcsLocation(url: string): string {
  const git = url.startsWith('git+') ? url : `git+${url}`
  const hash = git.lastIndexOf('#')
  if (hash === -1 || !/^[0-9a-f]{7,64}$/i.test(git.slice(hash + 1))) return git
  const query = git.indexOf('?')
  const path = git.slice(0, query !== -1 && query < hash ? query : hash)
  // Only when the last path segment has no "@" of its own, which would read as the revision.
  return path.slice(path.lastIndexOf('/') + 1).includes('@') ? git : `${path}@${git.slice(hash + 1)}`
}

function downloadLocation(p: GraphPackage): string | undefined {
  if (!p.resolved) return undefined
  if (p.source === 'git') return vcsLocation(p.resolved)
  return (p.source === 'registry' || p.source === 'url') && /^https?:\/\//i.test(p.resolved)
    ? p.resolved
    : undefined
}

/**
 * The graph laid out. `shared` (WriteOptions.shared: one map per graph, for the formats written in one go) lets
 * the SPDX 2.3 and 3.0.1 writers lay a graph out once.
 */
export function spdxModel(graph: Graph, subject: Subject, shared?: Map<string, unknown>): SpdxModel {
  const key = `spdx-model\u0000${subject.name}\u0000${subject.version ?? ''}\u0000${subject.author ?? ''}`
  const known = shared?.get(key) as SpdxModel | undefined
  if (known) return known
  const model = layOut(graph, subject)
  shared?.set(key, model)
  return model
}

function layOut(graph: Graph, subject: Subject): SpdxModel {
  const refs = [...graph.projects.keys(), ...graph.packages.keys()].sort(byString)
  const ids = uniqueIds(refs, (ref) => {
    const project = graph.projects.get(ref)
    return project
      ? `Project-${idPart(project.manifest) || 'root'}`
      : `Package-${purlIdPart(ref) || 'unnamed'}`
  })

  const licenseTexts = new Set<string>()
  for (const p of graph.packages.values()) if (p.license !== undefined) licenseTexts.add(p.license)
  const licenses = licenseTable(licenseTexts)

  const components: SpdxComponent[] = new Array(refs.length)
  const projects: SpdxComponent[] = []
  const byRef = new Map<string, SpdxComponent>()
  refs.forEach((ref, i) => {
    const project: GraphProject | undefined = graph.projects.get(ref)
    let c: SpdxComponent
    if (project) {
      c = {
        kind: 'project',
        index: i,
        ref,
        id: ids[i],
        name: project.name,
        version: project.version,
        purl: project.purl,
        hashes: [],
        facts: projectFacts(project),
        complete: project.complete,
        dependencies: [],
      }
      projects.push(c)
    } else {
      const p = graph.packages.get(ref)!
      c = {
        kind: 'package',
        index: i,
        ref,
        id: ids[i],
        name: p.name,
        version: p.version,
        purl: p.purl,
        download: downloadLocation(p),
        hashes: p.hashes.length > 1 ? [...p.hashes].sort(byHash) : p.hashes,
        license: p.license === undefined ? undefined : licenses.of.get(p.license),
        facts: packageFacts(p),
        dependencies: [],
      }
    }
    components[i] = c
    byRef.set(ref, c)
  })
  for (const c of components) {
    const out = graph.edges.get(c.ref)
    if (!out) continue
    const tos = Array.from(out.keys())
    if (tos.length > 1) tos.sort(byString)
    for (const to of tos) {
      const target = byRef.get(to)
      if (target && target !== c) c.dependencies.push({ to: target, scope: out.get(to)! })
    }
  }

  const why = new Map<string, string>()
  for (const i of graph.issues) if (i.severity === 'error' && !why.has(i.file)) why.set(i.file, i.message)
  const unreadPaths = new Set<string>()
  for (const f of graph.files) if (!f.ok) unreadPaths.add(f.path)
  const unread = [...unreadPaths].sort(byString).map((path) => ({ path, why: why.get(path) ?? 'not read' }))
  const model = {
    subject,
    subjectFacts: subjectFacts(unread),
    unread,
    components,
    projects,
    licenses: licenses.extracted,
  }
  return { ...model, digest: digest(model) }
}

/**
 * A SHA-256 of everything the writers write but the time: what document namespaces derive from. The writers
 * are functions of the model (and lockgraph's version), so the same digest means the same document.
 */
function digest(model: Omit<SpdxModel, 'digest'>): string {
  const { subject } = model
  const parts: string[] = [
    TOOL,
    subject.name,
    subject.version ?? '\u0001',
    subject.author ?? '\u0001',
    model.subjectFacts,
  ]
  for (const c of model.components) {
    parts.push('\n', c.kind, c.id, c.name, c.version ?? '\u0001', c.purl ?? '', c.download ?? '', c.facts)
    for (const h of c.hashes) parts.push(h.alg, h.value)
    if (c.license)
      parts.push('expression' in c.license ? c.license.expression : `${c.license.ref}=${c.license.name}`)
    parts.push(c.complete === undefined ? '' : String(c.complete))
    for (const d of c.dependencies) parts.push(d.to.id, d.scope)
  }
  for (const l of model.licenses) parts.push('\n', l.ref, l.name ?? '\u0001')
  return createHash('sha256').update(parts.join('\u0000')).digest('hex')
}

/** What lockgraph did to make the document: the generation context (NTIA / CISA), in creationInfo's comment. */
export const CREATION_COMMENT =
  'Written by lockgraph from the lockfiles of the repository, without installing or building anything: a source SBOM, made before the build.'

/** Comment of a package without a version. */
export const NO_VERSION_COMMENT = 'Version unknown: the lockfile does not pin one.'

/** Comment of the relationship that marks a project's dependencies as not all known. */
export const INCOMPLETE_COMMENT =
  'Not every dependency is known: the lockfile does not give the full closure (unpinned requirements, or entries it could not resolve).'

/** Comment of the relationship that marks the subject's projects as not all known. */
export function unreadComment(paths: readonly string[]): string {
  return `Not every project is known: ${paths.join(', ')} could not be read, and what ${paths.length === 1 ? 'it locks is' : 'they lock is'} not in this document.`
}
