// pnpm-lock.yaml: lockfileVersion 5.x (pnpm 3–7, including 5.4-inlineSpecifiers), 6.x (pnpm 8) and 9.x
// (pnpm 9 and later; 7.0 of its pre-releases). Every importer is a project; every package (a dependency path
// without its peer suffix) is one node, whose edges are the union of those of its peer-resolved variants.
//
// Key and reference spellings per version (pnpm's dependency-path package):
//   5.x  packages key "/name/1.0.0", "/@scope/name/1.0.0_peer@1.0.0+@scope+other@2.0.0"; references "1.0.0",
//        "1.0.0_peer@1.0.0", "/real-name/1.0.0" (alias), "github.com/o/r/<commit>", "file:../x", "link:../x"
//   6.x  packages key "/name@1.0.0(peer@1.0.0)"; references "1.0.0(peer@1.0.0)", "/real-name@1.0.0", ...
//   9.x  `packages` keyed "name@1.0.0" (metadata), `snapshots` keyed "name@1.0.0(peer@1.0.0)" (relations);
//        references "1.0.0(peer@1.0.0)", "real-name@1.0.0" (alias), "https://codeload…", "file:x", "link:x"

import { posix } from 'node:path'
import {
  ParseError,
  strongerScope,
  type Issue,
  type ParseInput,
  type ParseResult,
  type ParsedEdge,
  type ParsedPackage,
  type Scope,
} from '../../model.js'
import { deriveScopes } from '../../graph/scopes.js'
import { buildPurl, npmPurl } from '../../purl/purl.js'
import { parseIntegrity } from '../../util/hash.js'
import { isRecord, lineAt, lineOf } from '../../util/text.js'
import { readManifest } from './manifest.js'
import { npmPackagePurl, type NpmSource } from './source.js'
import {
  nameVersionOfId,
  refToPath,
  registryQualified,
  sourceOf,
  stripPeers,
  type Dialect,
} from './pnpm-paths.js'
import { readLockDocument, type Dict } from './pnpm-yaml.js'
import { ResultBuilder } from '../result.js'

/** Problems listed one by one (with their line) per file; more are counted. */
const MAX_ISSUES = 200

const IMPORTER_FIELDS: Array<[string, Scope]> = [
  ['dependencies', 'runtime'],
  ['optionalDependencies', 'optional'],
  ['devDependencies', 'dev'],
]

interface PackageInfo {
  id: string
  /** Metadata: v5/v6 `packages` entry, v9 `packages` entry (may be absent in a pruned v9 file). */
  meta: Dict | undefined
  /** Key under which the metadata is written, for lines. */
  metaKey: string
  /** Peer-resolved variants: dependency path → entry holding relations. */
  variants: Array<[string, Dict]>
}

class PnpmReader extends ResultBuilder {
  private readonly edges = new Map<string, Map<string, { scope: Scope; weak: boolean }>>()
  /** package id → node id it stands for (a project id for injected workspace packages). */
  private readonly nodeOf = new Map<string, string>()
  /** dependency path (with peer suffix) → package id */
  private readonly idOfPath = new Map<string, string>()
  private readonly importerIds = new Set<string>()
  private readonly byId = new Map<string, ParsedPackage>()
  private readonly linkPackages = new Map<string, ParsedPackage>()
  private unlisted = 0

  constructor(
    input: ParseInput,
    readonly lock: Dict,
    readonly dialect: Dialect,
    readonly offset: number,
  ) {
    super(input)
  }

  /**
   * Records a problem. Lines are found by searching the text, so only for the first MAX_ISSUES problems; the
   * rest are counted (a broken file of 100,000 entries must not cost 100,000 searches).
   */
  issue(severity: Issue['severity'], message: string, line?: number | (() => number | undefined)): void {
    if (this.issues.length >= MAX_ISSUES) {
      this.unlisted++
      return
    }
    this.issues.push({
      file: this.input.path,
      line: typeof line === 'function' ? line() : line,
      severity,
      message,
    })
  }

  /**
   * 1-based line of `key` written as a mapping key (plain or quoted) in the top-level `section`, or after
   * offset `from`. Only used when reporting, so a plain text search is enough.
   */
  keyLine(section: string, key: string, from?: number): number | undefined {
    const at = this.keyOffset(key, from ?? this.sectionOffset(section))
    return at === undefined ? undefined : lineAt(this.input.text, at)
  }

  /** Offset of a top-level key ("packages:") of the main document. */
  private sectionOffset(section: string): number {
    const text = this.input.text
    if (text.startsWith(`${section}:`, this.offset)) return this.offset
    const at = text.indexOf(`\n${section}:`, this.offset)
    return at === -1 ? this.offset : at + 1
  }

  private keyOffset(key: string, from: number): number | undefined {
    const text = this.input.text
    let best = -1
    for (const spelled of [key, `'${key.replace(/'/g, "''")}'`, `"${key}"`]) {
      for (let at = text.indexOf(spelled + ':', from); at !== -1; at = text.indexOf(spelled + ':', at + 1)) {
        const before = text.charCodeAt(at - 1)
        if (before === 32 || before === 10) {
          if (best === -1 || at < best) best = at
          break
        }
      }
    }
    if (best !== -1) return best
    const plain = text.indexOf(key, from)
    return plain === -1 ? undefined : plain
  }

  /** `weak`: only an optional peer, which does not make its target needed (npm does not count it either). */
  addEdge(from: string, to: string, scope: Scope, weak = false): void {
    if (from === to) return
    let out = this.edges.get(from)
    if (!out) this.edges.set(from, (out = new Map()))
    const had = out.get(to)
    out.set(to, had ? { scope: strongerScope(had.scope, scope), weak: had.weak && weak } : { scope, weak })
  }

  addProject(id: string): void {
    const manifest = readManifest(this.input.files, this.rel(id, 'package.json'), this.issues)
    const name =
      typeof manifest?.name === 'string' && manifest.name
        ? manifest.name
        : posix.basename(this.rel(id)) || 'root'
    const version = typeof manifest?.version === 'string' && manifest.version ? manifest.version : undefined
    let purl: string | undefined
    try {
      purl = npmPurl(name, version)
    } catch {
      purl = undefined
    }
    this.importerIds.add(id)
    this.projects.push({
      id,
      ecosystem: 'npm',
      name,
      version,
      purl,
      manifest: this.rel(id, 'package.json'),
      dir: this.rel(id),
    })
  }

  /** Collects package ids, their metadata and their peer variants. */
  collect(): Map<string, PackageInfo> {
    const infos = new Map<string, PackageInfo>()
    const info = (id: string): PackageInfo => {
      let i = infos.get(id)
      if (!i) infos.set(id, (i = { id, meta: undefined, metaKey: id, variants: [] }))
      return i
    }
    const packages = this.section('packages')
    const snapshots = this.dialect === 9 ? this.section('snapshots') : undefined
    for (const key in packages) {
      const entry = packages[key]
      if (!isRecord(entry)) {
        this.malformed('packages', key, 'is not a mapping')
        continue
      }
      const id = stripPeers(this.dialect, key)
      if (!this.knownName(id, entry)) {
        this.malformed('packages', key, 'is not a package name and version')
        continue
      }
      const i = info(id)
      if (!i.meta) {
        i.meta = entry
        i.metaKey = key
      }
      if (this.dialect !== 9) {
        i.variants.push([key, entry])
        this.idOfPath.set(key, id)
      }
    }
    if (snapshots)
      for (const key in snapshots) {
        const entry = snapshots[key]
        if (!isRecord(entry)) {
          this.malformed('snapshots', key, 'is not a mapping')
          continue
        }
        const id = stripPeers(9, key)
        if (!infos.has(id) && !this.knownName(id, undefined)) {
          this.malformed('snapshots', key, 'is not a package name and version')
          continue
        }
        const i = info(id)
        if (!i.meta) {
          this.issue(
            'warning',
            `snapshot "${key}" has no entry under packages (no resolution or hashes)`,
            () => this.keyLine('snapshots', key),
          )
        }
        i.variants.push([key, entry])
        this.idOfPath.set(key, id)
      }
    if (this.dialect === 9 && snapshots === undefined && Object.keys(packages).length > 0)
      this.issue('warning', 'lockfileVersion 9 without "snapshots": dependency relations are unknown')
    return infos
  }

  private knownName(id: string, meta: Dict | undefined): boolean {
    if (meta && typeof meta.name === 'string' && meta.name && typeof meta.version === 'string') return true
    return nameVersionOfId(this.dialect, id) !== undefined
  }

  private malformed(section: string, key: string, what: string): void {
    this.issue('error', `${section} entry "${key}" ${what}; skipped`, () => this.keyLine(section, key))
    this.complete = false
  }

  section(name: string): Dict {
    const value = this.lock[name]
    if (value === undefined || value === '' || value === null) return {}
    if (isRecord(value)) return value
    this.issue(
      'error',
      `"${name}" is not a mapping; ignored`,
      lineAt(this.input.text, this.sectionOffset(name)),
    )
    this.complete = false
    return {}
  }

  /** One ParsedPackage per package id. */
  addPackages(infos: Map<string, PackageInfo>): void {
    for (const info of infos.values()) {
      const meta = info.meta
      const resolution = meta && isRecord(meta.resolution) ? meta.resolution : undefined
      const fromId = nameVersionOfId(this.dialect, info.id)
      const name = meta && typeof meta.name === 'string' && meta.name ? meta.name : fromId?.name
      let version = meta && typeof meta.version === 'string' && meta.version ? meta.version : fromId?.version
      if (!name) continue // reported by collect()
      const src = sourceOf(name, resolution)
      let where: NpmSource = src.where
      if (src.directory !== undefined) {
        // An injected workspace package ("file:packages/core" with dependenciesMeta.injected): the project.
        const projectId = this.projectIdOfDir(src.directory)
        if (projectId !== undefined) {
          this.nodeOf.set(info.id, projectId)
          continue
        }
      }
      let ecosystem: 'npm' | 'generic' = 'npm'
      if (version?.includes(':')) {
        // Not a version but a resolution: "https://…", "file:…", "git+…", or 9.x "gh:1.0.0", "runtime:22.0.0".
        const qualified = registryQualified(version)
        if (version.startsWith('runtime:')) {
          // pnpm 10.14+ installs Node.js, Bun or Deno themselves: "node@runtime:22.0.0"
          ecosystem = 'generic'
          version = version.slice(8)
          where = { source: 'url' }
        } else if (qualified) {
          version = qualified.version
          if (where.source === 'registry' && !where.qualifiers && qualified.registry === 'gh')
            where = { source: 'registry', qualifiers: { repository_url: 'https://npm.pkg.github.com' } }
        } else version = undefined
      }
      if (meta && !resolution)
        this.issue(
          'warning',
          `"${info.metaKey}" has no resolution (integrity, tarball, git or directory)`,
          () => this.keyLine('packages', info.metaKey),
        )
      const integrity =
        resolution && typeof resolution.integrity === 'string' ? resolution.integrity : undefined
      const { hashes, invalid } = integrity ? parseIntegrity(integrity) : { hashes: [], invalid: [] }
      if (invalid.length)
        this.issue('warning', `"${info.metaKey}": unreadable integrity value ${invalid.join(' ')}`, () =>
          this.keyLine('packages', info.metaKey),
        )
      let purl: string
      try {
        purl =
          ecosystem === 'generic'
            ? buildPurl('generic', undefined, name, version)
            : npmPackagePurl(name, version, where)
      } catch (err) {
        this.issue(
          'error',
          `"${info.metaKey}": ${err instanceof Error ? err.message : String(err)}; skipped`,
          () => this.keyLine('packages', info.metaKey),
        )
        this.complete = false
        continue
      }
      const pkg: ParsedPackage = {
        id: info.id,
        ecosystem,
        name,
        version,
        purl,
        scope: this.flagScope(info),
        hashes,
        resolved: src.resolved,
        source: where.source,
      }
      this.packages.push(pkg)
      this.byId.set(info.id, pkg)
      this.nodeOf.set(info.id, info.id)
    }
  }

  /** 5.x/6.x record dev/optional per package: dev true = dev only, false = prod, absent = both. */
  private flagScope(info: PackageInfo): Scope {
    if (this.dialect === 9 || info.variants.length === 0) return 'runtime'
    const flag = (v: unknown) => v === 'true' || v === true
    if (info.variants.every(([, entry]) => flag(entry.dev))) return 'dev'
    return info.variants.every(([, entry]) => flag(entry.optional)) ? 'optional' : 'runtime'
  }

  /** The importer in folder `dir` (relative to the lockfile), if any. */
  private projectIdOfDir(dir: string): string | undefined {
    const id = posix
      .normalize(dir)
      .replace(/^\.\/?$/, '')
      .replace(/\/$/, '')
    return this.importerIds.has(id) ? id : undefined
  }

  /** The node a reference resolves to: a package id, a project id, or undefined (missing). */
  resolveRef(ref: string, depName: string, fromDir: string | undefined): string | undefined {
    if (ref.startsWith('link:')) {
      const base = fromDir ?? ''
      const target = posix.normalize(posix.join(base, ref.slice(5))).replace(/^\.\/?$/, '')
      if (this.importerIds.has(target)) return target
      return this.linkPackage(depName, target)
    }
    const path = refToPath(this.dialect, ref, depName)
    if (path === undefined) return undefined
    const id = this.idOfPath.get(path) ?? stripPeers(this.dialect, path)
    return this.nodeOf.get(id)
  }

  /** A "link:" to a folder that is not an importer: a package of source "link", named from its package.json. */
  private linkPackage(depName: string, target: string): string {
    const id = `link:${target}`
    if (this.linkPackages.has(id)) return id
    const manifest = readManifest(this.input.files, this.rel(target, 'package.json'), this.issues)
    const name = typeof manifest?.name === 'string' && manifest.name ? manifest.name : depName
    const version = typeof manifest?.version === 'string' && manifest.version ? manifest.version : undefined
    let purl: string
    try {
      purl = npmPurl(name, version)
    } catch {
      purl = npmPurl(depName, version)
    }
    const pkg: ParsedPackage = {
      id,
      ecosystem: 'npm',
      name,
      version,
      purl,
      scope: 'runtime',
      hashes: [],
      resolved: `link:${target}`,
      source: 'link',
    }
    this.linkPackages.set(id, pkg)
    this.packages.push(pkg)
    this.byId.set(id, pkg)
    return id
  }

  private noteAlias(to: string, installedAs: string): void {
    const pkg = this.byId.get(to)
    if (pkg && pkg.name !== installedAs && !pkg.alias) pkg.alias = installedAs
  }

  /** Edges of one importer (or of the top level of a single-project 5.x/6.x file). */
  importerEdges(projectId: string, importer: Dict, importerKey: string | undefined): void {
    const specifiers = isRecord(importer.specifiers) ? importer.specifiers : {}
    for (const [field, scope] of IMPORTER_FIELDS) {
      const deps = importer[field]
      if (!isRecord(deps)) continue
      for (const depName in deps) {
        const value = deps[depName]
        const ref = isRecord(value) ? value.version : value
        const spec = isRecord(value) ? value.specifier : specifiers[depName]
        if (typeof ref !== 'string' || !ref) {
          this.issue('error', `${projectId || '(root)'}: ${field}.${depName} has no version; skipped`, () =>
            this.importerLine(importerKey, field, depName),
          )
          this.complete = false
          continue
        }
        const to = this.resolveRef(ref, depName, projectId)
        if (to !== undefined) {
          this.addEdge(projectId, to, scope)
          this.noteAlias(to, depName)
        } else if (scope !== 'optional') {
          this.issue(
            'warning',
            `"${projectId || '(root)'}" depends on ${depName}@${typeof spec === 'string' ? spec : ref} (${ref}), which the lockfile does not contain`,
            () => this.importerLine(importerKey, field, depName),
          )
          this.complete = false
        }
      }
    }
  }

  /** Line of dependency `depName` in `field` of an importer (or of the top level of a single-project file). */
  private importerLine(importerKey: string | undefined, field: string, depName: string): number | undefined {
    const importer =
      importerKey === undefined ? this.offset : this.keyOffset(importerKey, this.sectionOffset('importers'))
    if (importer === undefined) return undefined
    const block = this.keyOffset(field, importer)
    return this.keyLine('', depName, block ?? importer)
  }

  /** Edges of every package: the union over its peer variants. */
  packageEdges(infos: Map<string, PackageInfo>): void {
    for (const info of infos.values()) {
      const from = this.nodeOf.get(info.id)
      if (from === undefined || this.importerIds.has(from)) continue
      // Resolved peers are listed with the dependencies (optional peers under optionalDependencies).
      const peers = info.meta && isRecord(info.meta.peerDependencies) ? info.meta.peerDependencies : {}
      const peersMeta =
        info.meta && isRecord(info.meta.peerDependenciesMeta) ? info.meta.peerDependenciesMeta : {}
      for (const [key, entry] of info.variants) {
        for (const field of ['dependencies', 'optionalDependencies']) {
          const deps = entry[field]
          if (!isRecord(deps)) continue
          const optional = field === 'optionalDependencies'
          for (const depName in deps) {
            const ref = deps[depName]
            if (typeof ref !== 'string' || !ref) continue
            const to = this.resolveRef(ref, depName, undefined)
            if (to !== undefined) {
              const peer = Object.hasOwn(peers, depName) || Object.hasOwn(peersMeta, depName)
              const peerMeta = peersMeta[depName]
              const optionalPeer =
                peer && isRecord(peerMeta) && (peerMeta.optional === 'true' || peerMeta.optional === true)
              this.addEdge(from, to, peer ? 'peer' : optional ? 'optional' : 'runtime', optionalPeer)
              this.noteAlias(to, depName)
            } else if (!optional) {
              this.issue(
                'warning',
                `"${key}" depends on ${depName} (${ref}), which the lockfile does not contain`,
                () => this.keyLine(this.dialect === 9 ? 'snapshots' : 'packages', key),
              )
              this.complete = false
            }
          }
        }
      }
    }
  }

  /**
   * Scopes from reachability, not counting optional peers: for every package of 9.x (which records no
   * dev/optional flags), for "link:" packages only in 5.x/6.x (the flags cover the others).
   */
  deriveScopes(result: ParseResult): void {
    if (this.dialect !== 9 && this.linkPackages.size === 0) return
    const strong: ParsedEdge[] = []
    for (const [from, out] of this.edges)
      for (const [to, { scope, weak }] of out) if (!weak) strong.push({ from, to, scope })
    const flags = this.dialect === 9 ? undefined : result.packages.map((p) => p.scope)
    deriveScopes({ ...result, edges: strong })
    if (flags)
      result.packages.forEach((p, i) => {
        if (p.source !== 'link') p.scope = flags[i]
      })
  }

  result(format: string): ParseResult {
    if (this.unlisted)
      this.issues.push({
        file: this.input.path,
        severity: 'warning',
        message: `${this.unlisted} more problems not listed`,
      })
    const edges: ParsedEdge[] = []
    for (const [from, out] of this.edges) for (const [to, { scope }] of out) edges.push({ from, to, scope })
    return {
      format,
      projects: this.projects,
      packages: this.packages,
      edges,
      issues: this.issues,
      complete: this.complete,
    }
  }
}

/** The dialect of a lockfileVersion ("5.4", 5.3, "6.0", "9.0", "5.4-inlineSpecifiers", …). */
function dialectOf(version: string): Dialect | undefined {
  const m = /^(\d+)(?:\.(\d+))?(?:-[\w.-]+)?$/.exec(version)
  if (!m) return undefined
  const major = Number(m[1])
  // 7.0 is what the pre-releases of pnpm 9 wrote (pnpm/pnpm#7666, renamed 9.0 in #7861): the same format as 9.0.
  return major === 5 ? 5 : major === 6 ? 6 : major === 9 || major === 7 ? 9 : undefined
}

const SUPPORTED =
  'lockgraph reads pnpm lockfileVersion 5.x (pnpm 3–7), 6.x (pnpm 8) and 9.x (pnpm 9 and later; 7.0 of its pre-releases)'

/** What a file that is not a pnpm lockfile looks like, for the message. */
function foreignFormat(text: string, doc: unknown): string | undefined {
  const head = text.trimStart()
  if (/^# (THIS IS AN AUTOGENERATED FILE|yarn lockfile v1)/.test(head)) return 'a yarn.lock (yarn 1)'
  if (head.startsWith('{') || head.startsWith('[')) return 'a JSON file'
  if (isRecord(doc) && isRecord(doc.__metadata)) return 'a yarn.lock (yarn 2+)'
  if (isRecord(doc) && doc.shrinkwrapVersion !== undefined)
    return 'a shrinkwrap.yaml of pnpm 1–2 (shrinkwrapVersion)'
  return undefined
}

export function parsePnpmLock(input: ParseInput): ParseResult {
  const text = input.text
  if (text.trim() === '') throw new ParseError(`empty file, expected a pnpm lockfile; ${SUPPORTED}`)
  const foreignText = foreignFormat(text, undefined)
  if (foreignText) throw new ParseError(`not a pnpm lockfile: this is ${foreignText}; ${SUPPORTED}`, 1)
  const { doc, offset } = readLockDocument(text)
  if (!isRecord(doc))
    throw new ParseError(
      `not a pnpm lockfile: the top level is not a YAML mapping; ${SUPPORTED}`,
      lineAt(text, offset),
    )
  const raw = doc.lockfileVersion
  if (raw === undefined || raw === '') {
    const what = foreignFormat(text, doc)
    throw new ParseError(
      `not a pnpm lockfile: ${what ? `this is ${what}` : 'no lockfileVersion'}; ${SUPPORTED}`,
      lineAt(text, offset),
    )
  }
  const version = typeof raw === 'string' ? raw : String(raw)
  const dialect = dialectOf(version)
  if (dialect === undefined)
    throw new ParseError(
      `unknown pnpm lockfileVersion ${JSON.stringify(version)}; ${SUPPORTED}`,
      lineOf(text, 'lockfileVersion', offset),
    )
  const r = new PnpmReader(input, doc, dialect, offset)

  // Projects first: links and injected packages resolve to them.
  const importers = isRecord(doc.importers) ? doc.importers : undefined
  if (!importers && doc.importers !== undefined && doc.importers !== '') {
    r.issue('error', '"importers" is not a mapping; only the top level is read', () =>
      r.keyLine('', 'importers', offset),
    )
    r.complete = false
  }
  const importerKeys = new Map<string, string>()
  if (importers) {
    for (const key in importers) {
      const id = key === '.' ? '' : posix.normalize(key).replace(/^\.\//, '')
      importerKeys.set(id, key)
      r.addProject(id)
    }
  } else r.addProject('')

  const infos = r.collect()
  r.addPackages(infos)
  if (importers) {
    for (const [id, key] of importerKeys) {
      const importer = importers[key]
      if (isRecord(importer)) r.importerEdges(id, importer, key)
      else if (importer !== '' && importer !== null) {
        r.issue('error', `importer "${key}" is not a mapping; skipped`, () => r.keyLine('importers', key))
        r.complete = false
      }
    }
  } else r.importerEdges('', doc, undefined)
  r.packageEdges(infos)

  const result = r.result(`${posix.basename(input.path)} v${version}`)
  r.deriveScopes(result)
  return result
}
