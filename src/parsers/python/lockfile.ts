// What the Python lockfile readers (poetry.lock, uv.lock, pdm.lock, pylock.toml) share: the result being built,
// packages with pypi purls, hashes of distribution files, sources, edges (one per pair, strongest scope), and
// the root project's direct dependencies from pyproject.toml.
import { posix } from 'node:path'
import {
  SCOPE_RANK,
  type Hash,
  type HashAlg,
  type Issue,
  type ParseResult,
  type ParsedEdge,
  type ParsedPackage,
  type ParsedProject,
  type Scope,
  type SourceKind,
} from '../../model.js'
import type { Qualifiers } from '../../purl/purl.js'
import { hexHash } from '../../util/hash.js'
import { isRecord } from '../../util/text.js'
import { satisfiesPep440 } from '../../versions/pep440.js'
import { normalizePythonName, pypiPurl } from './names.js'
import { readPyproject, safePurl, type DeclaredDependency, type Pyproject } from './pyproject.js'
import type { DistributionFile } from './toml.js'
import { ResultBuilder } from '../result.js'

export interface PackageInit {
  /** Unique id in the file; by default "<normalized name>@<version>". */
  id?: string
  name: string
  version?: string
  scope?: Scope
  hashes?: Hash[]
  resolved?: string
  source?: SourceKind
  qualifiers?: Qualifiers
  line?: number
}

/** A file-local node a dependency name can resolve to. */
export type Node = { kind: 'package'; pkg: ParsedPackage } | { kind: 'project'; project: ParsedProject }

export class PyLock extends ResultBuilder {
  /** Normalized name → packages and projects of that name. */
  readonly byKey = new Map<string, Node[]>()
  private readonly ids = new Set<string>()
  private readonly edgeMap = new Map<string, Map<string, Scope>>()

  issue(severity: Issue['severity'], message: string, line?: number): void {
    this.issues.push({ file: this.input.path, line, severity, message })
  }

  /**
   * A [[package]] table with its name and version; undefined, with the reason reported on its line and the
   * file marked incomplete, when it is not a table or lacks either.
   */
  namedEntry(
    value: unknown,
    index: number,
    line: number | undefined,
  ): { entry: Record<string, unknown>; name: string; version: string } | undefined {
    if (!isRecord(value)) {
      this.issue('error', `[[package]] entry ${index + 1} is not a table; skipped`, line)
      this.complete = false
      return undefined
    }
    const name = typeof value.name === 'string' && value.name ? value.name : undefined
    const version = typeof value.version === 'string' && value.version ? value.version : undefined
    if (!name || !version) {
      this.issue(
        'error',
        `[[package]] ${name ?? `entry ${index + 1}`} has no ${name ? 'version' : 'name'}; skipped`,
        line,
      )
      this.complete = false
      return undefined
    }
    return { entry: value, name, version }
  }

  addProject(id: string, name: string | undefined, version: string | undefined): ParsedProject {
    const dir = this.rel(id)
    const projectName = name || posix.basename(dir) || 'root'
    const project: ParsedProject = {
      id,
      ecosystem: 'pypi',
      name: projectName,
      version: version || undefined,
      purl: safePurl(projectName, version || undefined),
      manifest: dir ? `${dir}/pyproject.toml` : 'pyproject.toml',
      dir,
    }
    this.projects.push(project)
    this.ids.add(id)
    this.index(pyKey(projectName), { kind: 'project', project })
    return project
  }

  addPackage(init: PackageInit): ParsedPackage {
    const key = pyKey(init.name)
    let id = init.id ?? `${key}@${init.version ?? ''}`
    for (let n = 2; this.ids.has(id); n++) id = `${init.id ?? `${key}@${init.version ?? ''}`}#${n}`
    this.ids.add(id)
    const pkg: ParsedPackage = {
      id,
      ecosystem: 'pypi',
      name: init.name,
      version: init.version,
      purl: purlOf(key, init.name, init.version, init.qualifiers),
      scope: init.scope ?? 'runtime',
      hashes: init.hashes ?? [],
      resolved: init.resolved,
      source: init.source ?? 'registry',
      line: init.line,
    }
    this.packages.push(pkg)
    this.index(key, { kind: 'package', pkg })
    return pkg
  }

  private index(key: string, node: Node): void {
    const list = this.byKey.get(key)
    if (list) list.push(node)
    else this.byKey.set(key, [node])
  }

  /** An edge; the same pair twice keeps the stronger scope. Self-edges are dropped. */
  edge(from: string, to: string, scope: Scope): void {
    if (from === to) return
    let out = this.edgeMap.get(from)
    if (!out) this.edgeMap.set(from, (out = new Map()))
    const had = out.get(to)
    if (had === undefined || SCOPE_RANK[scope] > SCOPE_RANK[had]) out.set(to, scope)
  }

  hasEdge(from: string, to: string): boolean {
    return this.edgeMap.get(from)?.has(to) ?? false
  }

  hasIncoming(): Set<string> {
    const to = new Set<string>()
    for (const out of this.edgeMap.values()) for (const id of out.keys()) to.add(id)
    return to
  }

  edges(): ParsedEdge[] {
    const edges: ParsedEdge[] = []
    for (const [from, out] of this.edgeMap) for (const [to, scope] of out) edges.push({ from, to, scope })
    return edges
  }

  result(format: string): ParseResult {
    return {
      format,
      projects: this.projects,
      packages: this.packages,
      edges: this.edges(),
      issues: this.issues,
      complete: this.complete,
    }
  }

  /**
   * The nodes a dependency on `key` with `specifier` resolves to: the only node of that name, or those whose
   * version satisfies the specifier (all of them when none does, or when it cannot be read).
   */
  resolve(key: string, specifier?: string, poetry = false): Node[] {
    const nodes = this.byKey.get(key)
    if (!nodes || nodes.length <= 1 || !specifier) return nodes ?? []
    const fits = nodes.filter((n) => {
      const version = n.kind === 'package' ? n.pkg.version : n.project.version
      return version === undefined || satisfies(version, specifier, poetry) !== false
    })
    return fits.length ? fits : nodes
  }
}

const PLAIN_NAME = /^[a-z0-9]+(?:-[a-z0-9]+)*$/
const PLAIN_VERSION = /^[A-Za-z0-9]+(?:\.[A-Za-z0-9]+)*$/

/**
 * pypiPurl, without packageurl-js for the common case that needs no encoding (a normalized name of letters,
 * digits and dashes, a version of letters, digits and dots, no qualifiers): 1,000 packages cost ~20 ms there.
 */
export function purlOf(
  key: string,
  name: string,
  version: string | undefined,
  qualifiers?: Qualifiers,
): string {
  if (!qualifiers && PLAIN_NAME.test(key) && (version === undefined || PLAIN_VERSION.test(version)))
    return version === undefined ? `pkg:pypi/${key}` : `pkg:pypi/${key}@${version}`
  return pypiPurl(name, version, qualifiers)
}

const KEYS = new Map<string, string>()

/** normalizePythonName, remembered: lockfiles name the same packages over and over. */
export function pyKey(name: string): string {
  let key = KEYS.get(name)
  if (key === undefined) {
    key = normalizePythonName(name)
    if (KEYS.size < 100_000) KEYS.set(name, key)
  }
  return key
}

export const nodeId = (n: Node): string => (n.kind === 'package' ? n.pkg.id : n.project.id)

/** Whether `version` satisfies a PEP 440 specifier, or a Poetry constraint (^, ~, ||, bare versions). */
export function satisfies(version: string, specifier: string, poetry: boolean): boolean | undefined {
  const spec = specifier.trim()
  if (spec === '' || spec === '*') return true
  if (!poetry) return satisfiesPep440(version, spec)
  let unknown = false
  for (const alternative of spec.split('||')) {
    const pep = poetryToPep440(alternative.trim())
    const ok = pep === undefined ? undefined : pep === '' ? true : satisfiesPep440(version, pep)
    if (ok === true) return true
    if (ok === undefined) unknown = true
  }
  return unknown ? undefined : false
}

/** A Poetry constraint (one alternative) as a PEP 440 specifier; "" for any; undefined when unreadable. */
export function poetryToPep440(constraint: string): string | undefined {
  const parts = constraint
    .split(/\s*,\s*|\s+(?=[<>=!~^])/)
    .map((p) => p.trim())
    .filter(Boolean)
  const out: string[] = []
  for (const part of parts) {
    if (part === '*') continue
    const m = /^(\^|~=|~|===|==|!=|<=|>=|<|>|=)?\s*v?(\d+(?:\.\d+)*)(\.\*)?([A-Za-z0-9.+-]*)$/.exec(part)
    if (!m) return undefined
    const [, op = '', release, star = '', tail] = m
    const nums = release.split('.').map(Number)
    const version = release + star + tail
    if (op === '^') {
      const first = nums.findIndex((n) => n !== 0)
      const at = first === -1 ? nums.length - 1 : first
      const upper = nums.slice(0, at + 1)
      upper[at]++
      out.push(`>=${release}${tail}`, `<${upper.join('.')}`)
    } else if (op === '~') {
      const upper = nums.length === 1 ? [nums[0] + 1] : [nums[0], nums[1] + 1]
      out.push(`>=${release}${tail}`, `<${upper.join('.')}`)
    } else if (op === '' || op === '=') out.push(`==${version}`)
    else out.push(`${op}${version}`)
  }
  return out.join(',')
}

// ---------------------------------------------------------------------------------------------------------
// Hashes, indexes and sources

const SHA256 = /^sha256:[0-9a-f]{64}$/

const HASH_ALGS: Record<string, HashAlg> = {
  md5: 'MD5',
  sha1: 'SHA-1',
  sha256: 'SHA-256',
  sha384: 'SHA-384',
  sha512: 'SHA-512',
}

/**
 * Reads "sha256:<hex>" (or a hex value with its algorithm given) into `hashes`, once per value. Returns false
 * for a value that is not a hash of a known algorithm in hex; algorithms CycloneDX has no name for (blake2b)
 * are skipped silently.
 */
export function addPythonHash(hashes: Hash[], value: unknown, alg?: string): boolean {
  if (typeof value !== 'string') return false
  if (alg === undefined && value.length === 71 && value.startsWith('sha256:') && SHA256.test(value)) {
    // the usual case, lower-case already
    addSha256(hashes, value.slice(7))
    return true
  }
  let algName = alg
  let hex = value
  if (algName === undefined) {
    const colon = value.indexOf(':')
    if (colon <= 0) return false
    algName = value.slice(0, colon)
    hex = value.slice(colon + 1)
  }
  const known = HASH_ALGS[algName.toLowerCase()]
  if (!known) return /^(blake2[bs]|sha3_\d+|sha224)$/i.test(algName)
  const hash = hexHash(hex, known)
  if (!hash) return false
  if (!hashes.some((h) => h.alg === hash.alg && h.value === hash.value)) hashes.push(hash)
  return true
}

/** Adds a SHA-256 known to be 64 lower-case hex digits, once. */
export function addSha256(hashes: Hash[], hex: string): void {
  for (let i = 0; i < hashes.length; i++) if (hashes[i].value === hex) return
  hashes.push({ alg: 'SHA-256', value: hex })
}

/** Adds the hash of a distribution file (see distributionFiles); false when it cannot be read. */
export function addFileHash(hashes: Hash[], file: DistributionFile): boolean {
  if (file.sha256 !== undefined) {
    addSha256(hashes, file.sha256)
    return true
  }
  return addPythonHash(hashes, file.hash)
}

const DEFAULT_INDEXES = new Set([
  'https://pypi.org/simple',
  'https://pypi.python.org/simple',
  'https://pypi.org/pypi',
  'https://pypi.python.org/pypi',
])

/** repository_url qualifier for a package from this index: none for PyPI itself. */
export function indexQualifiers(url: string | undefined): Qualifiers | undefined {
  if (!url) return undefined
  const clean = url.trim().replace(/\/+$/, '')
  if (DEFAULT_INDEXES.has(clean.replace(/^http:/, 'https:').toLowerCase())) return undefined
  return { repository_url: clean }
}

/**
 * A git source as pip writes it: `git+<url>@<commit>`, with `#subdirectory=<dir>` when the project is not at
 * the repository's root. This is both `resolved` and the purl's vcs_url.
 */
export function gitLocation(url: string, commit: string | undefined, subdirectory?: string): string {
  let base = url.trim()
  if (!/^git\+/i.test(base)) base = `git+${base}`
  return `${base}${commit ? `@${commit}` : ''}${subdirectory ? `#subdirectory=${subdirectory}` : ''}`
}

/** Source, resolved location and purl qualifiers of a package from git / a URL / a local path. */
export function gitSource(
  url: string,
  commit: string | undefined,
  subdirectory?: string,
): Partial<PackageInit> {
  const resolved = gitLocation(url, commit, subdirectory)
  return { source: 'git', resolved, qualifiers: { vcs_url: resolved } }
}

export function urlSource(url: string): Partial<PackageInit> {
  return { source: 'url', resolved: url, qualifiers: { download_url: url } }
}

// ---------------------------------------------------------------------------------------------------------
// Direct dependencies

/** Extras requested anywhere in the file: normalized name → extras. Their optional dependencies are needed. */
export class Activations {
  private readonly map = new Map<string, Set<string>>()

  add(key: string, extras: readonly string[]): void {
    if (!extras.length) return
    let set = this.map.get(key)
    if (!set) this.map.set(key, (set = new Set()))
    for (const e of extras) set.add(normalizePythonName(e))
  }

  has(key: string, extra: string): boolean {
    return this.map.get(key)?.has(normalizePythonName(extra)) ?? false
  }
}

/** Reads the pyproject.toml next to the lockfile (or in a member folder); issues go to the lock's list. */
export function lockPyproject(lock: PyLock, dir = ''): Pyproject | undefined {
  return readPyproject(lock.input.files, lock.rel(dir, 'pyproject.toml'), lock.issues)
}

export interface DirectOptions {
  /** Poetry constraint syntax in specifiers. */
  poetry?: boolean
  /** Only these groups were locked (pdm's metadata.groups); declarations of other groups are not expected. */
  lockedGroups?: ReadonlySet<string>
}

/**
 * Edges from a project to what its pyproject.toml declares. A declared dependency the lockfile does not hold
 * is a warning and makes the result incomplete.
 */
export function declaredEdges(
  lock: PyLock,
  projectId: string,
  py: Pyproject,
  activations: Activations | undefined,
  options: DirectOptions = {},
): void {
  const self = py.name ? normalizePythonName(py.name) : undefined
  const missing = new Map<string, DeclaredDependency>()
  for (const dep of py.dependencies) {
    if (dep.key === self) continue // "project[extra]" in its own extras or groups
    if (options.lockedGroups && !lockedGroup(dep, options.lockedGroups)) continue
    activations?.add(dep.key, dep.extras)
    const nodes = lock.resolve(dep.key, dep.location ? undefined : dep.specifier, options.poetry)
    if (!nodes.length) {
      if (!missing.has(dep.key)) missing.set(dep.key, dep)
      continue
    }
    for (const n of nodes) lock.edge(projectId, nodeId(n), dep.scope)
  }
  for (const dep of missing.values()) {
    lock.issue(
      'warning',
      `${py.path} declares ${dep.name}${dep.specifier ? ` ${dep.specifier}` : ''}` +
        `${dep.group !== 'main' ? ` (${dep.group})` : ''}, which the lockfile does not contain`,
    )
    lock.complete = false
  }
}

function lockedGroup(dep: DeclaredDependency, groups: ReadonlySet<string>): boolean {
  if (dep.declaredIn === 'project') return groups.has('default')
  return groups.has(dep.group) || groups.has(normalizePythonName(dep.group))
}

/**
 * Without a pyproject.toml: the packages nothing else depends on are taken as the project's direct
 * dependencies, with their own scope.
 */
export function inferredEdges(lock: PyLock, projectId: string): void {
  const reached = lock.hasIncoming()
  for (const p of lock.packages) if (!reached.has(p.id)) lock.edge(projectId, p.id, p.scope)
  lock.issue(
    'info',
    'no pyproject.toml next to the lockfile: direct dependencies are inferred (the packages nothing else depends on)',
  )
}

/** 1-based line of entry `index` of a lockfile's array of tables, when its header lines are known. */
export function lineOfEntry(lines: readonly number[], index: number): number | undefined {
  return lines[index]
}
