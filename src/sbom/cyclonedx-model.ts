// What a CycloneDX SBOM of the graph holds, once, in the order it is written: the JSON and the XML writer
// serialize this for any spec version, leaving out what a version cannot carry (see cyclonedx-spec.ts).
import type { Graph, GraphPackage, GraphProject } from '../graph/graph.js'
import type { HashAlg, Scope } from '../model.js'
import { normalizeLicense, type License } from './licenses.js'
import { PROPERTY } from './properties.js'

export type CdxScope = 'required' | 'optional' | 'excluded'

const SCOPES: Record<Scope, CdxScope> = {
  runtime: 'required',
  optional: 'optional',
  peer: 'optional',
  dev: 'excluded',
}

export interface CdxComponent {
  type: 'library' | 'application'
  bomRef: string
  group?: string
  name: string
  version?: string
  scope?: CdxScope
  /** One value per algorithm, algorithms sorted. */
  hashes: Array<[HashAlg, string]>
  license?: License
  purl?: string
  externalReferences: Array<{ type: 'distribution' | 'vcs'; url: string }>
  /** Sorted by name, then value. */
  properties: Array<[string, string]>
}

export type Aggregate = 'complete' | 'incomplete'

export interface CdxContent {
  components: CdxComponent[]
  /** The repository's own dependencies: the projects. */
  rootDependsOn: string[]
  /** Every component's dependencies, in component order (empty lists included: "depends on nothing"). */
  dependsOn: Map<string, string[]>
  /** "<path>: <why>" of each lockfile that could not be read. */
  unreadFiles: string[]
  /** "<element>: <why>" of each minimum element the lockfiles do not state. */
  unknowns: string[]
  /** bom-refs whose dependencies are fully known, and those that are not ("root" is the repository). */
  compositions: Array<{ aggregate: Aggregate; refs: string[] }>
}

export const ROOT_REF = 'root'
export const TOOL_REF = 'lockgraph'

export const byString = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0)

/** Name and group as CycloneDX has them: npm scopes and Maven group ids go into `group`. */
export function nameParts(p: { ecosystem: string; name: string }): { group?: string; name: string } {
  if (p.ecosystem === 'npm' && p.name.startsWith('@') && p.name.includes('/')) {
    const slash = p.name.indexOf('/')
    return { group: p.name.slice(0, slash), name: p.name.slice(slash + 1) }
  }
  if ((p.ecosystem === 'maven' || p.ecosystem === 'gradle') && p.name.includes(':')) {
    const colon = p.name.indexOf(':')
    return { group: p.name.slice(0, colon), name: p.name.slice(colon + 1) }
  }
  return { name: p.name }
}

const URI_ESCAPES: Record<string, string> = {
  ' ': '%20',
  '"': '%22',
  "'": '%27',
  '[': '%5B',
  ']': '%5D',
  '<': '%3C',
  '>': '%3E',
  '{': '%7B',
  '}': '%7D',
}

/** A URL as an IRI reference may hold it: the characters @cyclonedx/cyclonedx-library escapes, escaped the same way. */
export function escapeUri(url: string): string {
  return /[ "'[\]<>{}]/.test(url) ? url.replace(/[ "'[\]<>{}]/g, (c) => URI_ESCAPES[c]) : url
}

function packageComponent(p: GraphPackage): CdxComponent {
  // A component hash is the hash of the component: only where an algorithm has one value. Lockfiles that hash
  // every distribution file (a wheel per platform and an sdist) have several; those are kept as properties.
  const byAlg = new Map<HashAlg, string[]>()
  for (const h of p.hashes) {
    const values = byAlg.get(h.alg)
    if (values) values.push(h.value)
    else byAlg.set(h.alg, [h.value])
  }
  const hashes: Array<[HashAlg, string]> = []
  const fileHashes: string[] = []
  for (const alg of [...byAlg.keys()].sort(byString)) {
    const values = byAlg.get(alg)!
    if (values.length === 1) hashes.push([alg, values[0]])
    else for (const v of values) fileHashes.push(`${alg}:${v}`)
  }
  const externalReferences: CdxComponent['externalReferences'] = []
  if (p.resolved && p.source === 'git') externalReferences.push({ type: 'vcs', url: escapeUri(p.resolved) })
  else if (p.resolved && /^https?:\/\//.test(p.resolved))
    externalReferences.push({ type: 'distribution', url: escapeUri(p.resolved) })
  // in name order: alias, direct, file, file-hash, scope, source
  const properties: Array<[string, string]> = []
  for (const alias of [...p.aliases].sort(byString)) properties.push([PROPERTY.alias, alias])
  properties.push([PROPERTY.direct, String(p.direct)])
  for (const file of [...p.files].sort(byString)) properties.push([PROPERTY.file, file])
  for (const h of fileHashes.sort(byString)) properties.push([PROPERTY.fileHash, h])
  properties.push([PROPERTY.scope, p.scope])
  properties.push([PROPERTY.source, p.source])
  return {
    type: 'library',
    bomRef: p.ref,
    ...nameParts(p),
    version: p.version,
    scope: SCOPES[p.scope],
    hashes,
    license: p.license ? normalizeLicense(p.license) : undefined,
    purl: p.purl,
    externalReferences,
    properties,
  }
}

function projectComponent(p: GraphProject): CdxComponent {
  // in name order: complete, file, manifest, platform, platform-dev
  const properties: Array<[string, string]> = [[PROPERTY.complete, String(p.complete)]]
  for (const file of [...p.files].sort(byString)) properties.push([PROPERTY.file, file])
  properties.push([PROPERTY.manifest, p.manifest])
  const platform = (dev: boolean) =>
    p.platform
      .filter((r) => (r.scope === 'dev') === dev)
      .map((r) => `${r.name} ${r.constraint}`)
      .sort(byString)
  for (const req of platform(false)) properties.push([PROPERTY.platform, req])
  for (const req of platform(true)) properties.push([PROPERTY.platformDev, req])
  return {
    type: 'application',
    bomRef: p.ref,
    ...nameParts(p),
    version: p.version,
    hashes: [],
    purl: p.purl,
    externalReferences: [],
    properties,
  }
}

/**
 * Minimum elements (NTIA 2021, CISA 2025 draft) that lockfiles do not state, said once for the document rather
 * than left out silently: CycloneDX has no per-field "unknown".
 */
function unknowns(graph: Graph): string[] {
  const out: string[] = []
  if (graph.packages.size) out.push('supplier: lockfiles do not name the supplier of a package')
  let unlicensed = 0
  for (const p of graph.packages.values()) if (!p.license) unlicensed++
  if (unlicensed)
    out.push(
      `license: ${unlicensed} of ${graph.packages.size} packages have no license in their lockfile (unknown, not unlicensed)`,
    )
  return out
}

/**
 * The content of a CycloneDX SBOM of the graph, whatever the format and version. `shared` (WriteOptions.shared)
 * keeps it for the other writers of the same run, so JSON and XML of one graph compute it once.
 */
export function cdxContent(graph: Graph, shared?: Map<string, unknown>): CdxContent {
  const known = shared?.get('cyclonedx-content') as CdxContent | undefined
  if (known) return known
  const byRef = new Map<string, CdxComponent>()
  for (const p of graph.projects.values()) byRef.set(p.ref, projectComponent(p))
  for (const p of graph.packages.values()) byRef.set(p.ref, packageComponent(p))
  const refs = [...byRef.keys()].sort(byString)
  const components = refs.map((ref) => byRef.get(ref)!)
  const dependsOn = new Map<string, string[]>()
  for (const ref of refs) {
    const tos = graph.edges.get(ref)
    dependsOn.set(ref, tos ? [...tos.keys()].filter((to) => byRef.has(to)).sort(byString) : [])
  }
  const rootDependsOn = refs.filter((ref) => graph.projects.has(ref))

  const unreadFiles: string[] = []
  for (const f of graph.files) {
    if (f.ok) continue
    const why = graph.issues.find((i) => i.file === f.path && i.severity === 'error')?.message ?? 'not read'
    unreadFiles.push(`${f.path}: ${why}`)
  }
  unreadFiles.sort(byString)

  // Known unknowns: a project whose lockfile does not give the full closure is incomplete, and so is the
  // repository when one of its lockfiles could not be read at all.
  const complete: string[] = []
  const incomplete: string[] = []
  ;(unreadFiles.length ? incomplete : complete).push(ROOT_REF)
  for (const ref of rootDependsOn) (graph.projects.get(ref)!.complete ? complete : incomplete).push(ref)
  const compositions: CdxContent['compositions'] = []
  if (complete.length) compositions.push({ aggregate: 'complete', refs: complete.sort(byString) })
  if (incomplete.length) compositions.push({ aggregate: 'incomplete', refs: incomplete.sort(byString) })

  const content = {
    components,
    rootDependsOn,
    dependsOn,
    unreadFiles,
    unknowns: unknowns(graph),
    compositions,
  }
  shared?.set('cyclonedx-content', content)
  return content
}
