// SPDX 2.2 / 2.3 JSON → graph: lockgraph's own documents exactly (their lockgraph annotations give back what
// SPDX has no field for), other tools' (syft, trivy, GitHub's dependency graph export, ...) for what they say.
//
// The subject is the package the document DESCRIBES. Projects are lockgraph's (a lockgraph:manifest fact); in a
// document of another tool, the packages the subject CONTAINS that are APPLICATIONs or have no purl but
// dependencies of their own (trivy's lockfiles), else the subject itself when it has dependencies (syft's
// directory, GitHub's repository), named after it. Dependency relationships become edges: DEPENDS_ON and
// CONTAINS as runtime, DEPENDENCY_OF reversed, DEV_/BUILD_/TEST_DEPENDENCY_OF as dev, OPTIONAL_DEPENDENCY_OF as
// optional, PROVIDED_DEPENDENCY_OF as peer. A package without a purl gets pkg:generic/<name>@<version>.
import { posix } from 'node:path'
import { emptyGraph, projectRef, type FileSummary, type Graph, type GraphProject } from '../../graph/graph.js'
import {
  SCOPE_RANK,
  strongerScope,
  type Ecosystem,
  type Hash,
  type HashAlg,
  type Issue,
  type PlatformRequirement,
  type Scope,
  type SourceKind,
} from '../../model.js'
import { buildPurl } from '../../purl/purl.js'
import { PROPERTY } from '../properties.js'
import { parseFacts, TOOL_PREFIX } from '../spdx-facts.js'
import type { Subject } from '../subject.js'
import { HEX_LENGTH } from '../../util/hash.js'
import { fileSummary } from './cyclonedx-common.js'
import { SbomReadError, type ReadSbom } from './types.js'

type Json = Record<string, unknown>

const kind = (v: unknown): string => (v === null ? 'null' : Array.isArray(v) ? 'an array' : typeof v)

const ECOSYSTEMS = new Set<string>(['npm', 'pypi', 'cargo', 'maven', 'composer', 'generic'])
const SOURCES = new Set<string>(['registry', 'git', 'url', 'path', 'link'])
const ALGORITHMS: Record<string, HashAlg> = {
  MD5: 'MD5',
  SHA1: 'SHA-1',
  SHA256: 'SHA-256',
  SHA384: 'SHA-384',
  SHA512: 'SHA-512',
}

/** Relationship types that are dependencies: [scope, whether the dependency is the spdxElementId]. */
const DEPENDENCIES: Record<string, [Scope, boolean]> = {
  DEPENDS_ON: ['runtime', false],
  CONTAINS: ['runtime', false],
  STATIC_LINK: ['runtime', false],
  DYNAMIC_LINK: ['runtime', false],
  HAS_PREREQUISITE: ['runtime', false],
  DEPENDENCY_OF: ['runtime', true],
  RUNTIME_DEPENDENCY_OF: ['runtime', true],
  CONTAINED_BY: ['runtime', true],
  PREREQUISITE_FOR: ['runtime', true],
  DEV_DEPENDENCY_OF: ['dev', true],
  BUILD_DEPENDENCY_OF: ['dev', true],
  TEST_DEPENDENCY_OF: ['dev', true],
  OPTIONAL_DEPENDENCY_OF: ['optional', true],
  PROVIDED_DEPENDENCY_OF: ['peer', true],
}

/** Ecosystem of a manifest, for projects without a purl. */
const MANIFEST_ECOSYSTEM: Array<[RegExp, Ecosystem]> = [
  [/^(package\.json|package-lock\.json|npm-shrinkwrap\.json|yarn\.lock|pnpm-lock\.yaml|bun\.lockb?)$/, 'npm'],
  [/^Cargo\.(toml|lock)$/, 'cargo'],
  [
    /^(pyproject\.toml|Pipfile(\.lock)?|poetry\.lock|uv\.lock|pdm\.lock|setup\.(py|cfg)|.*requirements.*\.txt|.*\.in)$/i,
    'pypi',
  ],
  [/^composer\.(json|lock)$/, 'composer'],
  [/^pom\.xml$/, 'maven'],
  [/^(build|settings)\.gradle(\.kts)?|gradle\.lockfile$/, 'gradle'],
]

interface SpdxPackage {
  id: string
  name: string
  version?: string
  purl?: string
  download?: string
  checksums: Array<{ algorithm: string; value: string }>
  licenseDeclared?: string
  licenseConcluded?: string
  purpose?: string
  /** lockgraph's facts, when lockgraph wrote the document. */
  facts: Map<string, string[]>
  at: string
}

interface Relationship {
  from: string
  type: string
  to: string
}

class Reader {
  readonly issues: Issue[] = []
  constructor(readonly file: string) {}

  fail(path: string, message: string): never {
    throw new SbomReadError(this.file, `${path}: ${message}`)
  }

  warn(message: string): void {
    this.issues.push({ file: this.file, severity: 'warning', message })
  }

  object(v: unknown, path: string): Json {
    if (typeof v !== 'object' || v === null || Array.isArray(v))
      this.fail(path, `expected an object, not ${kind(v)}`)
    return v as Json
  }

  string(o: Json, key: string, at: string): string | undefined {
    const v = o[key]
    if (v === undefined || typeof v === 'string') return v
    return this.fail(`${at}${key}`, `expected a string, not ${kind(v)}`)
  }

  required(o: Json, key: string, at: string): string {
    const v = this.string(o, key, at)
    return v === undefined ? this.fail(`${at}${key}`, 'missing') : v
  }

  array(o: Json, key: string, at: string): unknown[] {
    const v = o[key]
    if (v === undefined) return []
    if (Array.isArray(v)) return v
    return this.fail(`${at}${key}`, `expected an array, not ${kind(v)}`)
  }
}

/** "SPDX-2.3" → "2.3"; a clear error for anything else. */
function specVersion(r: Reader, doc: Json): string {
  const v = doc.spdxVersion
  if (v === undefined) r.fail('spdxVersion', 'missing: not an SPDX 2 document')
  if (typeof v !== 'string') r.fail('spdxVersion', `expected a string such as "SPDX-2.3", not ${kind(v)}`)
  const m = /^SPDX-(\d+\.\d+)$/.exec(v)
  if (m && (m[1] === '2.2' || m[1] === '2.3')) return m[1]
  if (m && m[1].startsWith('3.'))
    r.fail(
      'spdxVersion',
      `"${v}": SPDX 3 documents are JSON-LD (@context, @graph); lockgraph reads SPDX-2.2 and SPDX-2.3 JSON`,
    )
  return r.fail('spdxVersion', `"${v}" is not read (lockgraph reads SPDX-2.2 and SPDX-2.3 JSON)`)
}

/** An SPDX date-time (UTC, "Z"); fractional seconds and offsets, which other tools write, are accepted. */
function dateTime(text: string): Date | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(\.\d+)?(Z|[+-]\d{2}:\d{2})$/.exec(text)
  if (!m) return undefined
  const date = new Date(text)
  return Number.isNaN(date.getTime()) ? undefined : date
}

/** Values that say nothing: SPDX's NOASSERTION and NONE, and empty strings. */
const unknown = (v: string | undefined): boolean => !v || v === 'NOASSERTION' || v === 'NONE'

/** A version as the graph keeps it: exact, or undefined for a range or nothing (GitHub writes ">= 3.5.0"). */
function exactVersion(v: string | undefined): string | undefined {
  if (unknown(v)) return undefined
  return /^[<>=~^!]|[\s*|,]/.test(v!) ? undefined : v
}

/** Type, name part and qualifiers of a purl; undefined when it is not one. */
function purlParts(
  purl: string,
): { type: string; path: string; qualifiers: Map<string, string> } | undefined {
  const m = /^pkg:\/*([A-Za-z.+-][A-Za-z0-9.+-]*)\/([^?#@]*[^/?#@])(?:@[^?#]*)?(?:\?([^#]*))?/.exec(purl)
  if (!m) return undefined
  const qualifiers = new Map<string, string>()
  for (const pair of m[3]?.split('&') ?? []) {
    const eq = pair.indexOf('=')
    if (eq <= 0) continue
    try {
      qualifiers.set(pair.slice(0, eq).toLowerCase(), decodeURIComponent(pair.slice(eq + 1)))
    } catch {
      // a badly encoded qualifier says nothing usable
    }
  }
  let path = m[2]
  try {
    path = decodeURIComponent(path)
  } catch {
    // kept as written
  }
  return { type: m[1].toLowerCase(), path, qualifiers }
}

/** A package without a purl: pkg:generic/<name>@<version>. */
function genericPurl(name: string, version: string | undefined): string {
  try {
    return buildPurl('generic', undefined, name, version)
  } catch {
    return `pkg:generic/${encodeURIComponent(name || 'unnamed')}`
  }
}

/** purl types of the ecosystems GitHub's dependency graph names ("pip:flask"), where they are lockgraph's. */
const GITHUB_ECOSYSTEMS: Record<string, Ecosystem> = {
  npm: 'npm',
  pip: 'pypi',
  rust: 'cargo',
  composer: 'composer',
  maven: 'maven',
}

/** The name and purl of a package GitHub's export names "<ecosystem>:<name>" without giving a purl. */
function githubPurl(text: string, version: string | undefined): { name: string; purl: string } | undefined {
  const colon = text.indexOf(':')
  const type = GITHUB_ECOSYSTEMS[text.slice(0, colon)]
  const name = text.slice(colon + 1)
  if (colon <= 0 || !type || !name) return undefined
  const split =
    type === 'maven'
      ? name.lastIndexOf(':')
      : type === 'pypi' || type === 'cargo'
        ? -1
        : name.lastIndexOf('/')
  try {
    const purl =
      split > 0
        ? buildPurl(type, name.slice(0, split), name.slice(split + 1), version)
        : buildPurl(type, undefined, name, version)
    return { name, purl }
  } catch {
    return undefined
  }
}

/** Who made the document: its first Organization creator, else its first Person ("Name (email)" → "Name"). */
function author(creators: readonly string[]): string | undefined {
  const named = (prefix: string) =>
    creators
      .filter((c) => c.startsWith(prefix))
      .map((c) =>
        c
          .slice(prefix.length)
          .trim()
          .replace(/\s*\((?:[^()\s]*@[^()\s]*)?\)$/, ''),
      )
      .find((name) => name !== '')
  return named('Organization:') ?? named('Person:')
}

/** "Tool: syft-1.2.0" → "syft 1.2.0"; other creators (Person:, Organization:) are not tools. */
function toolName(creator: string): string | undefined {
  const m = /^Tool:\s*(.+)$/.exec(creator)
  if (!m) return undefined
  const v = /^(.*?)-(v?\d.*)$/.exec(m[1].trim())
  return v ? `${v[1]} ${v[2]}` : m[1].trim()
}

function readPackage(r: Reader, v: unknown, i: number, ours: boolean): SpdxPackage {
  const at = `packages[${i}]`
  const o = r.object(v, at)
  const id = r.required(o, 'SPDXID', `${at}.`)
  const name = r.required(o, 'name', `${at}.`)
  let purl: string | undefined
  for (const [j, ref] of r.array(o, 'externalRefs', `${at}.`).entries()) {
    const e = r.object(ref, `${at}.externalRefs[${j}]`)
    if (r.string(e, 'referenceType', `${at}.externalRefs[${j}].`) !== 'purl') continue
    purl ??= r.required(e, 'referenceLocator', `${at}.externalRefs[${j}].`)
  }
  const checksums: SpdxPackage['checksums'] = []
  for (const [j, c] of r.array(o, 'checksums', `${at}.`).entries()) {
    const e = r.object(c, `${at}.checksums[${j}]`)
    checksums.push({
      algorithm: r.required(e, 'algorithm', `${at}.checksums[${j}].`),
      value: r.required(e, 'checksumValue', `${at}.checksums[${j}].`),
    })
  }
  const facts = new Map<string, string[]>()
  if (ours)
    for (const [j, a] of r.array(o, 'annotations', `${at}.`).entries()) {
      const e = r.object(a, `${at}.annotations[${j}]`)
      if (!r.string(e, 'annotator', `${at}.annotations[${j}].`)?.startsWith(`Tool: ${TOOL_PREFIX}`)) continue
      for (const [k, values] of parseFacts(r.string(e, 'comment', `${at}.annotations[${j}].`) ?? ''))
        facts.set(k, [...(facts.get(k) ?? []), ...values])
    }
  return {
    id,
    name,
    version: r.string(o, 'versionInfo', `${at}.`),
    purl,
    download: r.string(o, 'downloadLocation', `${at}.`),
    checksums,
    licenseDeclared: r.string(o, 'licenseDeclared', `${at}.`),
    licenseConcluded: r.string(o, 'licenseConcluded', `${at}.`),
    purpose: r.string(o, 'primaryPackagePurpose', `${at}.`),
    facts,
    at,
  }
}

export function readSpdxJson(doc: unknown, file: string): ReadSbom {
  const r = new Reader(file)
  if (typeof doc !== 'object' || doc === null || Array.isArray(doc))
    throw new SbomReadError(file, `not an SPDX document: expected a JSON object, not ${kind(doc)}`)
  const d = doc as Json
  const version = specVersion(r, d)
  const documentId = r.string(d, 'SPDXID', '') ?? 'SPDXRef-DOCUMENT'
  const creation =
    d.creationInfo === undefined
      ? r.fail('creationInfo', 'missing')
      : r.object(d.creationInfo, 'creationInfo')
  const createdText = r.required(creation, 'created', 'creationInfo.')
  const created =
    dateTime(createdText) ??
    r.fail('creationInfo.created', `"${createdText}" is not a date-time such as 2024-01-31T12:00:00Z`)
  const creators = r
    .array(creation, 'creators', 'creationInfo.')
    .map((c, i) =>
      typeof c === 'string' ? c : r.fail(`creationInfo.creators[${i}]`, `expected a string, not ${kind(c)}`),
    )
  const ours = creators.some((c) => c.startsWith(`Tool: ${TOOL_PREFIX}`))
  const github = creators.some((c) => /^Tool:\s*GitHub\.com-Dependency-Graph/.test(c))
  const tools = creators.map(toolName).filter((t): t is string => t !== undefined)

  const packages = new Map<string, SpdxPackage>()
  r.array(d, 'packages', '').forEach((v, i) => {
    const p = readPackage(r, v, i, ours)
    if (packages.has(p.id)) r.fail(`${p.at}.SPDXID`, `"${p.id}" is the SPDXID of an earlier package too`)
    packages.set(p.id, p)
  })
  const otherIds = new Set<string>()
  for (const key of ['files', 'snippets'])
    r.array(d, key, '').forEach((v, i) => {
      const id = r.object(v, `${key}[${i}]`).SPDXID
      if (typeof id === 'string') otherIds.add(id)
    })
  const relationships: Relationship[] = r.array(d, 'relationships', '').map((v, i) => {
    const at = `relationships[${i}]`
    const o = r.object(v, at)
    return {
      from: r.required(o, 'spdxElementId', `${at}.`),
      type: r.required(o, 'relationshipType', `${at}.`),
      to: r.required(o, 'relatedSpdxElement', `${at}.`),
    }
  })
  const namedLicenses = new Map<string, string>() // LicenseRef → name
  r.array(d, 'hasExtractedLicensingInfos', '').forEach((v, i) => {
    const o = r.object(v, `hasExtractedLicensingInfos[${i}]`)
    const id = r.required(o, 'licenseId', `hasExtractedLicensingInfos[${i}].`)
    const name = r.string(o, 'name', `hasExtractedLicensingInfos[${i}].`)
    const text = r.string(o, 'extractedText', `hasExtractedLicensingInfos[${i}].`)
    // lockgraph writes a license name as it is, even one that reads NOASSERTION
    if (name !== undefined && (ours || !unknown(name))) namedLicenses.set(id, name)
    // syft writes a license string that is not SPDX as the text alone; a whole license text is no name.
    else if (!ours && text && text.length <= 100 && !/[\r\n]/.test(text)) namedLicenses.set(id, text)
  })

  // The subject: what the document describes.
  const described = new Set<string>()
  r.array(d, 'documentDescribes', '').forEach((v, i) => {
    described.add(
      typeof v === 'string' ? v : r.fail(`documentDescribes[${i}]`, `expected an SPDXID, not ${kind(v)}`),
    )
  })
  for (const rel of relationships) {
    if (rel.type === 'DESCRIBES' && rel.from === documentId) described.add(rel.to)
    if (rel.type === 'DESCRIBED_BY' && rel.to === documentId) described.add(rel.from)
  }
  const describedPackages = [...described].filter((id) => packages.has(id))
  const root = describedPackages.length === 1 ? packages.get(describedPackages[0]) : undefined
  const docName = r.string(d, 'name', '')
  const subject: Subject = {
    name: root?.name ?? (unknown(docName) ? posix.basename(file) : docName!),
    version: root && (ours || !unknown(root.version)) ? root.version : undefined,
    author: author(creators),
    timestamp: created,
  }

  // Dependencies between packages, as (from, to, scope).
  const deps: Array<{ from: string; to: string; scope: Scope; contains: boolean }> = []
  const incomplete = new Set<string>()
  const none = new Set<string>()
  let unknownIds = 0
  for (const rel of relationships) {
    const dep = DEPENDENCIES[rel.type]
    if (!dep) continue
    const [scope, reversed] = dep
    const from = reversed ? rel.to : rel.from
    const to = reversed ? rel.from : rel.to
    if (to === 'NOASSERTION' || to === 'NONE') {
      ;(to === 'NONE' ? none : incomplete).add(from)
      continue
    }
    if (packages.has(from) && packages.has(to))
      deps.push({ from, to, scope, contains: rel.type === 'CONTAINS' })
    else if (
      ![from, to].every(
        (id) =>
          packages.has(id) ||
          otherIds.has(id) ||
          id === documentId ||
          /^(DocumentRef-|NOASSERTION$|NONE$)/.test(id),
      )
    )
      unknownIds++
  }
  if (unknownIds)
    r.warn(`${unknownIds} relationships name an SPDXID that no package, file or snippet has; left out`)

  // Projects.
  const projectIds: string[] = []
  let rootIsProject = false
  if (ours) {
    for (const p of packages.values()) if (p.facts.has(PROPERTY.manifest)) projectIds.push(p.id)
  } else if (root) {
    const children = new Set(deps.filter((e) => e.from === root.id).map((e) => e.to))
    const contained = new Set(deps.filter((e) => e.from === root.id && e.contains).map((e) => e.to))
    const hasDependencies = new Set(deps.map((e) => e.from))
    for (const id of contained) {
      const p = packages.get(id)!
      if (p.purpose === 'APPLICATION' || (!p.purl && hasDependencies.has(id))) projectIds.push(id)
    }
    rootIsProject = projectIds.length === 0 && children.size > 0
    if (rootIsProject) projectIds.push(root.id)
  } else projectIds.push(...describedPackages)

  const graph = emptyGraph()
  const refOf = new Map<string, string>() // SPDXID → graph ref
  for (const id of projectIds) {
    const p = packages.get(id)!
    const manifest = p.facts.get(PROPERTY.manifest)?.[0] ?? p.name
    const ref = projectRef(manifest)
    refOf.set(id, ref)
    if (graph.projects.has(ref)) {
      r.warn(`${p.at}: a second package for project ${manifest}; merged`)
      continue
    }
    const parts = p.purl ? purlParts(p.purl) : undefined
    const manifestName = posix.basename(manifest)
    const manifestEcosystem = MANIFEST_ECOSYSTEM.find(([re]) => re.test(manifestName))?.[1]
    // Another tool's project is named after its lockfile (trivy) or something else (a repository, a folder).
    const dir = ours || manifestEcosystem ? posix.dirname(manifest) : ''
    graph.projects.set(ref, {
      ref,
      purl: p.purl,
      ecosystem:
        parts && ECOSYSTEMS.has(parts.type) ? (parts.type as Ecosystem) : (manifestEcosystem ?? 'generic'),
      name: p.name,
      version: ours || !unknown(p.version) ? p.version : undefined,
      manifest,
      dir: dir === '.' ? '' : dir,
      files: p.facts.get(PROPERTY.file) ?? [],
      // lockgraph says what is not known; of another tool's document, only a stated "none" is complete.
      complete: !incomplete.has(id) && (ours || none.has(id)),
      platform: [
        ...(p.facts.get(PROPERTY.platform) ?? []).map((t) => platformRequirement(t, 'runtime')),
        ...(p.facts.get(PROPERTY.platformDev) ?? []).map((t) => platformRequirement(t, 'dev')),
      ],
    })
  }

  // Packages: every other package of the document.
  const explicitScope = new Set<string>()
  for (const p of packages.values()) {
    if (refOf.has(p.id) || (p === root && !rootIsProject)) continue
    addPackage(r, graph, p, { ours, github }, namedLicenses, refOf, explicitScope)
  }

  // Edges.
  for (const { from, to, scope } of deps) {
    const a = refOf.get(from)
    const b = refOf.get(to)
    if (a === undefined || b === undefined || a === b) continue
    let out = graph.edges.get(a)
    if (!out) graph.edges.set(a, (out = new Map()))
    const had = out.get(b)
    out.set(b, had ? strongerScope(had, scope) : scope)
  }

  // Direct, scope and each project's closure: as lockgraph wrote them, else from the edges.
  for (const project of graph.projects.values()) {
    for (const to of graph.edges.get(project.ref)?.keys() ?? []) {
      const pkg = graph.packages.get(to)
      if (pkg && !ours) pkg.direct = true
    }
    closure(graph, project)
  }
  deriveScopes(graph, explicitScope)

  const unread = fileSummaries(graph, root && ours ? (root.facts.get(PROPERTY.unreadFile) ?? []) : [])
  graph.issues.push(...unread, ...r.issues)

  return {
    graph,
    subject,
    format: 'spdx-json',
    specVersion: version,
    tool: tools.length ? tools.join(', ') : undefined,
  }
}

function addPackage(
  r: Reader,
  graph: Graph,
  p: SpdxPackage,
  { ours, github }: { ours: boolean; github: boolean },
  namedLicenses: ReadonlyMap<string, string>,
  refOf: Map<string, string>,
  explicitScope: Set<string>,
): void {
  const version = ours ? p.version : exactVersion(p.version)
  let purl = p.purl
  let parts = purl ? purlParts(purl) : undefined
  if (purl && !parts) r.warn(`${p.at}: "${purl}" is not a package URL; a pkg:generic one is used`)
  // GitHub's export names packages "<ecosystem>:<name>": the purl's name, or the purl when there is none.
  let name = p.name
  if (!ours && parts) {
    const colon = name.indexOf(':')
    if (colon > 0 && name.slice(colon + 1) === parts.path) name = parts.path
  } else if (github && !parts) {
    const prefixed = githubPurl(name, version)
    if (prefixed) ({ name, purl } = prefixed)
    parts = purl ? purlParts(purl) : undefined
  }
  if (!parts) {
    purl = genericPurl(name, version)
    parts = purlParts(purl)!
  }
  refOf.set(p.id, purl!)

  const hashes: Hash[] = []
  for (const c of p.checksums) {
    const alg = ALGORITHMS[c.algorithm]
    const value = c.value.toLowerCase()
    if (alg && value.length === HEX_LENGTH[alg] && /^[0-9a-f]+$/.test(value)) hashes.push({ alg, value })
  }
  const scopeFact = p.facts.get(PROPERTY.scope)?.[0]
  const sourceFact = p.facts.get(PROPERTY.source)?.[0]
  const resolved = unknown(p.download) ? undefined : p.download
  const source: SourceKind =
    sourceFact !== undefined && SOURCES.has(sourceFact)
      ? (sourceFact as SourceKind)
      : resolved?.startsWith('git+') || parts.qualifiers.has('vcs_url')
        ? 'git'
        : parts.qualifiers.has('download_url')
          ? 'url'
          : 'registry'
  const license = licenseOf(p, ours, namedLicenses)
  const known = graph.packages.get(purl!)
  if (known) {
    // Another SPDX package of the same purl (syft lists a package once per place it was found).
    for (const h of hashes)
      if (!known.hashes.some((k) => k.alg === h.alg && k.value === h.value)) known.hashes.push(h)
    known.resolved ??= resolved
    known.license ??= license
    return
  }
  if (scopeFact !== undefined && scopeFact in SCOPE_RANK) explicitScope.add(purl!)
  graph.packages.set(purl!, {
    ref: purl!,
    purl: purl!,
    ecosystem: ECOSYSTEMS.has(parts.type) ? (parts.type as Ecosystem) : 'generic',
    name,
    version,
    scope: scopeFact !== undefined && scopeFact in SCOPE_RANK ? (scopeFact as Scope) : 'runtime',
    direct: p.facts.get(PROPERTY.direct)?.[0] === 'true',
    hashes,
    resolved,
    source,
    license,
    aliases: p.facts.get(PROPERTY.alias) ?? [],
    files: p.facts.get(PROPERTY.file) ?? [],
    projects: [],
  })
}

/**
 * The license as the lockfile stated it: the declared one (another tool's concluded one when it declares none).
 * A LicenseRef the document names (hasExtractedLicensingInfos name) is that name.
 */
function licenseOf(
  p: SpdxPackage,
  ours: boolean,
  namedLicenses: ReadonlyMap<string, string>,
): string | undefined {
  const text = !unknown(p.licenseDeclared) ? p.licenseDeclared : ours ? undefined : p.licenseConcluded
  if (unknown(text)) return undefined
  const trimmed = text!.trim()
  return namedLicenses.get(trimmed.replace(/^\((.*)\)$/, '$1')) ?? trimmed
}

function platformRequirement(text: string, scope: Scope): PlatformRequirement {
  const space = text.indexOf(' ')
  return space === -1
    ? { name: text, constraint: '', scope }
    : { name: text.slice(0, space), constraint: text.slice(space + 1), scope }
}

/** Adds `project` to the projects of every package it reaches through packages (as the graph does). */
function closure(graph: Graph, project: GraphProject): void {
  const seen = new Set<string>([project.ref])
  const queue = [project.ref]
  while (queue.length) {
    const out = graph.edges.get(queue.pop()!)
    if (!out) continue
    for (const next of out.keys()) {
      if (seen.has(next)) continue
      seen.add(next)
      const pkg = graph.packages.get(next)
      if (pkg) {
        pkg.projects.push(project.ref)
        queue.push(next)
      }
    }
  }
}

const BY_RANK: Scope[] = ['dev', 'peer', 'optional', 'runtime']

/**
 * Scopes that lockgraph did not write: as needed as the best path from a project, a path as weak as its weakest
 * edge (as src/graph/scopes.ts does for lockfiles that record no scopes). Unreached packages stay runtime.
 */
function deriveScopes(graph: Graph, explicit: ReadonlySet<string>): void {
  if (explicit.size === graph.packages.size) return
  const best = new Map<string, number>()
  const queue: Array<[string, number]> = [...graph.projects.keys()].map((ref) => [ref, SCOPE_RANK.runtime])
  while (queue.length) {
    const [node, rank] = queue.pop()!
    for (const [to, scope] of graph.edges.get(node) ?? []) {
      if (graph.projects.has(to)) continue
      const r = Math.min(rank, SCOPE_RANK[scope])
      if ((best.get(to) ?? -1) >= r) continue
      best.set(to, r)
      queue.push([to, r])
    }
  }
  for (const p of graph.packages.values()) {
    const r = best.get(p.ref)
    if (!explicit.has(p.ref) && r !== undefined) p.scope = BY_RANK[r]
  }
}

/**
 * Sets the graph's files: the lockfiles it names (lockgraph:file) and those it could not read ("<path>: <why>").
 * Returns the error of each unread one.
 */
function fileSummaries(graph: Graph, unread: readonly string[]): Issue[] {
  const files = new Map<string, FileSummary>()
  const summary = (path: string, ok: boolean): FileSummary => {
    let f = files.get(path)
    if (!f) {
      f = fileSummary(path, ok)
      files.set(path, f)
    }
    return f
  }
  for (const p of graph.packages.values()) for (const f of p.files) summary(f, true).packages++
  for (const p of graph.projects.values())
    for (const f of p.files) {
      const s = summary(f, true)
      s.projects++
      s.complete &&= p.complete
    }
  const errors: Issue[] = []
  for (const text of unread) {
    const colon = text.indexOf(': ')
    const path = colon === -1 ? text : text.slice(0, colon)
    const f = summary(path, false)
    f.ok = false
    f.complete = false
    errors.push({ file: path, severity: 'error', message: colon === -1 ? 'not read' : text.slice(colon + 2) })
  }
  graph.files = [...files.values()].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))
  return errors
}
