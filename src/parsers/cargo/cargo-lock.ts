// Cargo.lock: version 1 (no version line, checksums under [metadata], dependencies as
// "name version (source)"), 2 (no version line, inline checksums, "name" or "name version" when ambiguous),
// 3 and 4 (`version = 3|4`). Crates with a source are packages; crates without one are the workspace's own
// (members and path dependencies) and become projects. Cargo.lock records no dependency kinds: the
// Cargo.toml files of the workspace give dev / build / optional for the projects' direct dependencies, and
// deriveScopes carries them to the transitive ones.
import { posix } from 'node:path'
import { deriveScopes } from '../../graph/scopes.js'
import {
  ParseError,
  strongerScope,
  type Hash,
  type Issue,
  type ParseInput,
  type ParseResult,
  type ParsedEdge,
  type ParsedPackage,
  type ParsedProject,
  type Scope,
  type SourceKind,
} from '../../model.js'
import { buildPurl, type Qualifiers } from '../../purl/purl.js'
import { hexHash } from '../../util/hash.js'
import { isRecord, lineAt } from '../../util/text.js'
import {
  cargoManifest,
  cargoReqAdmits,
  cargoWorkspace,
  expandMembers,
  parseCargoToml,
  readCargoToml,
  scopeOfDep,
  type CargoDep,
  type CargoManifest,
} from './cargo-toml.js'
import { ResultBuilder } from '../result.js'

/** crates.io, as a git index and as the sparse index: the default registry, no qualifier. */
const CRATES_IO = new Set([
  'registry+https://github.com/rust-lang/crates.io-index',
  'sparse+https://index.crates.io/',
])

/** What Debian's packaged crate registry writes where the .crate's checksum is unknown. */
const DEBIAN_NO_CHECKSUM = 'Could not get crate checksum'

export interface CargoSource {
  source: SourceKind
  qualifiers?: Qualifiers
  resolved?: string
}

/**
 * Where a crate comes from, by its Cargo.lock `source`: crates.io (no qualifier), another registry
 * (`repository_url`: the index URL as .cargo/config.toml writes it, "sparse+" kept for sparse indexes), or a
 * git repository (`vcs_url` = git+<url>@<commit>, resolved = the source as Cargo wrote it). Undefined for
 * a kind of source Cargo does not write.
 */
export function classifyCargoSource(source: string): CargoSource | undefined {
  if (CRATES_IO.has(source) || CRATES_IO.has(`${source}/`)) return { source: 'registry' }
  if (source.startsWith('registry+'))
    return { source: 'registry', qualifiers: { repository_url: source.slice('registry+'.length) } }
  if (source.startsWith('sparse+')) return { source: 'registry', qualifiers: { repository_url: source } }
  if (source.startsWith('git+')) {
    const hash = source.indexOf('#')
    const commit = hash === -1 ? '' : source.slice(hash + 1)
    const url = source.slice(4, hash === -1 ? undefined : hash).replace(/\?.*$/, '')
    return {
      source: 'git',
      qualifiers: { vcs_url: `git+${url}${commit ? `@${commit}` : ''}` },
      resolved: source,
    }
  }
  if (source.startsWith('path+')) return { source: 'path', resolved: source.slice('path+'.length) }
  return undefined
}

interface LockEntry {
  name: string
  version: string
  source?: string
  /** The source without the "#<commit>" of git sources, as dependency strings and [metadata] name it. */
  sourceKey: string
  checksum?: string
  deps: unknown[]
  line?: number
  /** Package or project id. */
  id: string
  manifest?: CargoManifest
}

function sourceKey(source: string | undefined): string {
  if (!source) return ''
  const hash = source.indexOf('#')
  return hash === -1 ? source : source.slice(0, hash)
}

interface Lines {
  /** Line of each [[package]] header, in order. */
  packages: number[]
  /** Line of the [root] header (Cargo before 1.0). */
  root?: number
}

/** 1-based lines of the `[[package]]` (and old `[root]`) headers, in order. One pass over the text. */
function headerLines(text: string): Lines {
  const packages: number[] = []
  let root: number | undefined
  const re = /^[ \t]*\[(\[package\]|root)\][ \t]*(?:#.*)?\r?$/gm
  let line = 1
  let counted = 0
  for (let m = re.exec(text); m; m = re.exec(text)) {
    for (let nl = text.indexOf('\n', counted); nl !== -1 && nl < m.index; nl = text.indexOf('\n', nl + 1)) {
      line++
      counted = nl + 1
    }
    if (m[1] === 'root') root = line
    else packages.push(line)
  }
  return { packages, root }
}

const BARE_KEY = /^[A-Za-z0-9_-]+$/

/**
 * Reads Cargo.lock the way Cargo writes it, line by line, with the header lines on the way: several times
 * faster than a TOML parser on a cold start. Gives up (undefined) on anything Cargo does not write — escapes,
 * comments after values, inline tables, [[patch.unused]] — and the caller parses the file as TOML instead,
 * so odd files and syntax errors are read (and reported with their line) by smol-toml.
 */
function readLockAsCargoWritesIt(text: string): { lock: Record<string, unknown>; lines: Lines } | undefined {
  const lock: Record<string, unknown> = {}
  const packages: Array<Record<string, unknown>> = []
  const lines: Lines = { packages: [] }
  const n = text.length
  let table = lock
  let array: string[] | undefined
  let lineNo = 0
  let backslash = -1 // the next backslash at or after the current string, or n: escapes are left to smol-toml
  /** The text between quotes at [start, end) when it is a plain TOML basic string (no escape, no quote). */
  const plainString = (start: number, end: number): string | undefined => {
    if (end - start < 2 || text.charCodeAt(start) !== 34 || text.charCodeAt(end - 1) !== 34) return undefined
    if (text.indexOf('"', start + 1) !== end - 1) return undefined
    if (backslash < start) {
      backslash = text.indexOf('\\', start)
      if (backslash === -1) backslash = n
    }
    return backslash < end ? undefined : text.slice(start + 1, end - 1)
  }
  for (let pos = 0, end: number; pos < n; pos = end + 1) {
    end = text.indexOf('\n', pos)
    if (end === -1) end = n
    let stop = end
    if (stop > pos && text.charCodeAt(stop - 1) === 13) stop--
    lineNo++
    if (array) {
      // ` "name version (source)",` or `]`, inside `dependencies = [`
      let start = pos
      while (start < stop && text.charCodeAt(start) === 32) start++
      if (stop - start === 1 && text.charCodeAt(start) === 93) {
        array = undefined
        continue
      }
      const item = plainString(start, text.charCodeAt(stop - 1) === 44 ? stop - 1 : stop)
      if (item === undefined) return undefined
      array.push(item)
      continue
    }
    const first = text.charCodeAt(pos)
    if (stop === pos || first === 35) continue // blank line, comment
    if (first === 91) {
      const header = text.slice(pos, stop)
      if (header === '[[package]]') {
        table = {}
        packages.push(table)
        lines.packages.push(lineNo)
      } else if ((header === '[metadata]' || header === '[root]') && !(header.slice(1, -1) in lock)) {
        table = {}
        lock[header.slice(1, -1)] = table
        if (header === '[root]') lines.root = lineNo
      } else return undefined
      continue
    }
    const eq = text.indexOf(' = ', pos)
    if (eq === -1 || eq >= stop) return undefined
    const key = first === 34 ? plainString(pos, eq) : text.slice(pos, eq)
    if (key === undefined || (first !== 34 && !BARE_KEY.test(key))) return undefined
    if (key === '__proto__' || Object.prototype.hasOwnProperty.call(table, key)) return undefined
    const at = eq + 3
    const c = text.charCodeAt(at)
    if (c === 34) {
      const value = plainString(at, stop)
      if (value === undefined) return undefined
      table[key] = value
    } else if (c === 91 && stop - at === 1) table[key] = array = []
    else if (c === 91 && stop - at === 2 && text.charCodeAt(at + 1) === 93) table[key] = []
    else {
      const value = text.slice(at, stop)
      if (!/^(?:0|[1-9]\d{0,8})$/.test(value)) return undefined
      table[key] = Number(value)
    }
  }
  if (array) return undefined
  if (packages.length) {
    if ('package' in lock) return undefined
    lock.package = packages
  }
  return { lock, lines }
}

function joinPath(...parts: string[]): string {
  return posix
    .normalize(posix.join(...parts))
    .replace(/^\.\/?$/, '')
    .replace(/\/$/, '')
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}

class CargoReader extends ResultBuilder {
  readonly edges: ParsedEdge[] = []

  issue(severity: Issue['severity'], message: string, line?: number, file = this.input.path): void {
    this.issues.push({ file, line, severity, message })
  }

  result(format: string): ParseResult {
    return this.finish(format, this.edges)
  }
}

/** The [[package]] entries, validated; malformed ones are reported and skipped. */
function readEntries(r: CargoReader, lock: Record<string, unknown>, lines: Lines): LockEntry[] {
  const text = r.input.text
  if (lock.package !== undefined && !Array.isArray(lock.package))
    throw new ParseError(
      'not a Cargo.lock: [package] is a table, not [[package]] entries (is this a Cargo.toml?)',
      lineOfPattern(text, /^\[package\]/m),
    )
  const raw: Array<{ value: unknown; line?: number }> = []
  if (isRecord(lock.root)) raw.push({ value: lock.root, line: lines.root }) // Cargo before 1.0.0: the root crate
  const list = Array.isArray(lock.package) ? (lock.package as unknown[]) : []
  for (let i = 0; i < list.length; i++) raw.push({ value: list[i], line: lines.packages[i] })
  if (raw.length === 0) throw new ParseError('not a Cargo.lock: no [[package]] entries', 1)

  const entries: LockEntry[] = []
  const seen = new Set<string>()
  for (const { value, line } of raw) {
    if (!isRecord(value)) {
      r.issue('error', '[[package]] entry is not a table; skipped', line)
      r.complete = false
      continue
    }
    const name = typeof value.name === 'string' && value.name ? value.name : undefined
    const version = typeof value.version === 'string' && value.version ? value.version : undefined
    if (!name || !version) {
      const what = !name && !version ? 'name and version' : !name ? 'name' : 'version'
      r.issue('error', `[[package]]${name ? ` "${name}"` : ''} has no ${what}; skipped`, line)
      r.complete = false
      continue
    }
    if (value.source !== undefined && typeof value.source !== 'string') {
      r.issue('error', `${name} ${version}: "source" is not a string; skipped`, line)
      r.complete = false
      continue
    }
    const source = value.source || undefined
    const key = `${name} ${version} ${sourceKey(source)}`
    if (seen.has(key)) {
      r.issue('warning', `${name} ${version} is listed twice; the second entry is ignored`, line)
      continue
    }
    seen.add(key)
    if (value.dependencies !== undefined && !Array.isArray(value.dependencies)) {
      r.issue(
        'warning',
        `${name} ${version}: "dependencies" is not an array; its dependencies are unknown`,
        line,
      )
      r.complete = false
    }
    entries.push({
      name,
      version,
      source,
      sourceKey: sourceKey(source),
      checksum: typeof value.checksum === 'string' ? value.checksum : undefined,
      deps: Array.isArray(value.dependencies) ? value.dependencies : [],
      line,
      id: '',
    })
  }

  // Version 1: checksums in [metadata] as "checksum <name> <version> (<source>)" = "<sha256>".
  if (isRecord(lock.metadata)) {
    const byKey = new Map(entries.map((e) => [`${e.name} ${e.version} ${e.sourceKey}`, e]))
    for (const [k, v] of Object.entries(lock.metadata)) {
      if (!k.startsWith('checksum ') || typeof v !== 'string') continue
      const [, name, version, source = ''] = k.split(' ')
      const entry = byKey.get(`${name} ${version} ${sourceKey(source.replace(/^\(|\)$/g, ''))}`)
      if (entry && entry.checksum === undefined && v !== '<none>') entry.checksum = v
    }
  }
  return entries
}

function lineOfPattern(text: string, re: RegExp): number | undefined {
  const m = re.exec(text)
  return m ? lineAt(text, m.index) : undefined
}

/** Lock format version: the `version` line, else 2 when checksums are inline, else 1. */
function lockVersion(lock: Record<string, unknown>, text: string): number {
  const v = lock.version
  if (v === undefined) {
    const list = Array.isArray(lock.package) ? (lock.package as unknown[]) : []
    return list.some((p) => isRecord(p) && p.checksum !== undefined) ? 2 : 1
  }
  if (v === 3 || v === 4) return v
  throw new ParseError(
    `unknown Cargo.lock version ${JSON.stringify(v)}: lockgraph reads versions 1 and 2 (no version line), 3 and 4`,
    lineOfPattern(text, /^version\s*=/m),
  )
}

interface Workspace {
  /** Manifests read, by folder (relative to the scan root). */
  manifests: Map<string, CargoManifest>
  /** Manifest texts, for line numbers. */
  texts: Map<string, string>
  /** Member folders whose Cargo.toml could not be read. */
  unreadMembers: string[]
  root?: CargoManifest
}

/** Reads the root Cargo.toml, the members' and, transitively, those of path dependencies. */
function readWorkspace(r: CargoReader): Workspace {
  const files = r.input.files
  const w: Workspace = { manifests: new Map(), texts: new Map(), unreadMembers: [] }
  const rootPath = joinPath(r.dir, 'Cargo.toml')
  const rootRaw = readCargoToml(files, rootPath, r.issues)
  if (!rootRaw) return w
  const ws = cargoWorkspace(rootRaw, r.dir)
  w.root = cargoManifest(rootRaw, rootPath, ws)
  w.manifests.set(r.dir, w.root)
  w.texts.set(rootPath, files.read(rootPath) ?? '')
  const tried = new Set<string>([r.dir])
  const queue: CargoManifest[] = [w.root]
  const load = (dir: string, member: boolean): void => {
    if (tried.has(dir)) return
    tried.add(dir)
    const path = joinPath(dir, 'Cargo.toml')
    const raw = readCargoToml(files, path, r.issues)
    if (!raw) {
      if (member) w.unreadMembers.push(dir)
      return
    }
    const m = cargoManifest(raw, path, ws)
    w.manifests.set(dir, m)
    w.texts.set(path, files.read(path) ?? '')
    queue.push(m)
  }
  if (ws) for (const dir of expandMembers(files, ws)) load(dir, true)
  while (queue.length) for (const dep of queue.pop()!.deps) if (dep.path !== undefined) load(dep.path, false)
  return w
}

/** Turns the crates without a source into projects, each with its manifest (read, or a documented guess). */
function assignProjects(r: CargoReader, local: LockEntry[], ws: Workspace): void {
  const byName = new Map<string, CargoManifest[]>()
  for (const m of ws.manifests.values())
    if (m.name) {
      const list = byName.get(m.name)
      if (list) list.push(m)
      else byName.set(m.name, [m])
    }
  const used = new Set<CargoManifest>()
  const dirOf = new Map<LockEntry, string>()
  const unmatched: LockEntry[] = []
  for (const e of local) {
    let candidates = (byName.get(e.name) ?? []).filter((m) => !used.has(m))
    if (candidates.length > 1) {
      const sameVersion = candidates.filter((m) => m.version === e.version)
      if (sameVersion.length) candidates = sameVersion
    }
    const m = candidates[0]
    if (m) {
      used.add(m)
      e.manifest = m
      dirOf.set(e, m.dir)
    } else unmatched.push(e)
  }

  // Members whose Cargo.toml is not there: a member folder is usually named like its crate.
  const unread = [...ws.unreadMembers]
  const norm = (s: string) => s.replace(/-/g, '_').toLowerCase()
  const guessedMembers: string[] = []
  for (const e of [...unmatched]) {
    const at = unread.findIndex((dir) => norm(posix.basename(dir)) === norm(e.name))
    if (at === -1) continue
    dirOf.set(e, unread[at])
    guessedMembers.push(`${e.name} → ${joinPath(unread[at], 'Cargo.toml')}`)
    unread.splice(at, 1)
    unmatched.splice(unmatched.indexOf(e), 1)
  }

  // No root Cargo.toml: the root crate is the only local one, else the one named like the folder, else the
  // only local crate no other local crate depends on.
  if (!ws.root && unmatched.length) {
    let root: LockEntry | undefined
    if (unmatched.length === 1) root = unmatched[0]
    else {
      const folder = posix.basename(r.dir)
      root = unmatched.find((e) => folder !== '' && norm(e.name) === norm(folder))
      if (!root) {
        const depended = new Set<string>()
        for (const e of local)
          for (const d of e.deps) if (typeof d === 'string') depended.add(d.split(' ')[0])
        const tops = unmatched.filter((e) => !depended.has(e.name))
        if (tops.length === 1) root = tops[0]
      }
    }
    if (root) {
      dirOf.set(root, r.dir)
      unmatched.splice(unmatched.indexOf(root), 1)
    }
  }
  const guessed: string[] = []
  const taken = new Set(dirOf.values())
  for (const e of unmatched) {
    // Best guess: a folder named like the crate, next to the lockfile (the common layout of workspaces).
    let dir = joinPath(r.dir, e.name)
    while (taken.has(dir)) dir = `${dir}_`
    taken.add(dir)
    dirOf.set(e, dir)
    guessed.push(`${e.name} → ${joinPath(dir, 'Cargo.toml')}`)
  }

  // Projects: the root first, then the others by id.
  const made: ParsedProject[] = []
  for (const e of local) {
    const dir = dirOf.get(e)!
    const id = dir === r.dir ? '' : posix.relative(r.dir || '.', dir || '.')
    e.id = id
    made.push({
      id,
      ecosystem: 'cargo',
      name: e.name,
      version: e.version,
      purl: cratePurl(e.name, e.version),
      manifest: joinPath(dir, 'Cargo.toml'),
      dir,
    })
  }
  if (!made.some((p) => p.id === '')) {
    // A virtual workspace (a root Cargo.toml without [package]), or no root crate found.
    const name = ws.root?.name ?? (posix.basename(r.dir) || 'workspace')
    made.push({
      id: '',
      ecosystem: 'cargo',
      name,
      version: ws.root?.version,
      purl: ws.root?.name ? cratePurl(ws.root.name, ws.root.version) : undefined,
      manifest: joinPath(r.dir, 'Cargo.toml'),
      dir: r.dir,
    })
  }
  made.sort((a, b) => (a.id === '' ? -1 : b.id === '' ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
  r.projects.push(...made)

  if (guessedMembers.length)
    r.issue(
      'info',
      `Cargo.toml of workspace members not found, matched by folder name: ${guessedMembers.join(', ')}; their dependencies are all taken as runtime`,
    )
  if (guessed.length)
    r.issue(
      'info',
      `workspace crates without a Cargo.toml found; their manifests are a guess: ${guessed.join(', ')}`,
    )
}

function cratePurl(name: string, version?: string, qualifiers?: Qualifiers): string | undefined {
  try {
    return buildPurl('cargo', undefined, name, version, qualifiers)
  } catch {
    return undefined
  }
}

/** Resolves a dependency string ("name", "name version", "name version (source)") to lock entries. */
function resolveDep(byName: Map<string, LockEntry[]>, spec: string): LockEntry[] {
  if (!spec.includes(' ')) return byName.get(spec) ?? [] // the common "name"
  const [name, version, source] = spec.trim().split(/\s+/)
  let found = byName.get(name) ?? []
  if (version !== undefined && found.length) found = found.filter((e) => e.version === version)
  if (source !== undefined && found.length) {
    const key = sourceKey(source.replace(/^\(|\)$/g, ''))
    found = found.filter((e) => e.sourceKey === key)
  } else if (found.length > 1) {
    // "name version" of a name and version locked twice: Cargo writes no source for a path crate (and one for
    // every other), so it is the workspace's own crate
    const local = found.filter((e) => e.source === undefined)
    if (local.length === 1) found = local
  }
  return found
}

/** The git URL of a dependency or lock source, comparable: no "git+", query, fragment, ".git" or "/". */
function gitBase(url: string): string {
  return url
    .replace(/^git\+/, '')
    .replace(/[?#].*$/, '')
    .replace(/\/+$/, '')
    .replace(/\.git$/, '')
    .toLowerCase()
}

/** Whether the declared dependency `dep` can be the locked crate `e`. */
function declares(dep: CargoDep, e: LockEntry): boolean {
  if (dep.name !== e.name) return false
  if (dep.path !== undefined) return e.source === undefined
  if (dep.git !== undefined)
    return e.source?.startsWith('git+') === true && gitBase(e.source) === gitBase(dep.git)
  if (e.source === undefined || e.source.startsWith('git+')) return false
  return dep.req === undefined || cargoReqAdmits(dep.req, e.version) !== false
}

export function parseCargoLock(input: ParseInput): ParseResult {
  const fast = readLockAsCargoWritesIt(input.text)
  const lock = fast?.lock ?? parseCargoToml(input.text, 'Cargo.lock')
  const version = lockVersion(lock, input.text)
  const r = new CargoReader(input)
  const entries = readEntries(r, lock, fast?.lines ?? headerLines(input.text))

  const byName = new Map<string, LockEntry[]>()
  for (const e of entries) {
    const list = byName.get(e.name)
    if (list) list.push(e)
    else byName.set(e.name, [e])
  }

  // Packages: crates with a source.
  let placeholders = 0
  let placeholderLine: number | undefined
  const unknownSources = new Set<string>()
  for (const e of entries) {
    if (e.source === undefined) continue
    const twins = byName.get(e.name)!.filter((o) => o.version === e.version && o.source !== undefined)
    e.id = twins.length > 1 ? `${e.name}@${e.version} ${e.sourceKey}` : `${e.name}@${e.version}`
    let where = classifyCargoSource(e.source)
    if (!where) {
      if (!unknownSources.has(e.source))
        r.issue('warning', `unknown kind of source "${e.source}"; read as a registry`, e.line)
      unknownSources.add(e.source)
      where = { source: 'registry', qualifiers: { repository_url: e.source } }
    }
    const hashes: Hash[] = []
    if (e.checksum !== undefined) {
      const hash = hexHash(e.checksum, 'SHA-256')
      if (hash) hashes.push(hash)
      else if (e.checksum === DEBIAN_NO_CHECKSUM) {
        placeholders++
        placeholderLine ??= e.line
      } else r.issue('warning', `${e.name} ${e.version}: checksum "${e.checksum}" is not a SHA-256`, e.line)
    }
    r.packages.push({
      id: e.id,
      ecosystem: 'cargo',
      name: e.name,
      version: e.version,
      purl: cratePurl(e.name, e.version, where.qualifiers) ?? `pkg:cargo/${encodeURIComponent(e.name)}`,
      scope: 'runtime',
      hashes,
      resolved: where.resolved,
      source: where.source,
      line: e.line,
    })
  }
  if (placeholders)
    r.issue(
      'warning',
      `${placeholders} crate${placeholders === 1 ? ' has' : 's have'} the checksum "${DEBIAN_NO_CHECKSUM}" (written by Debian's packaged crate registry) instead of a SHA-256; they are listed without a hash`,
      placeholderLine,
    )

  // Projects: crates without a source.
  const local = entries.filter((e) => e.source === undefined)
  const ws = readWorkspace(r)
  assignProjects(r, local, ws)
  if (!ws.root)
    r.issue(
      'info',
      'no Cargo.toml next to Cargo.lock: dev and build dependencies cannot be told apart, every dependency is taken as runtime',
    )

  // Edges from every entry's dependencies; for projects with a manifest, with the declared kinds.
  const declaredOnly = new Map<string, ParsedPackage>()
  for (const e of entries) {
    const targets: LockEntry[] = []
    for (const spec of e.deps) {
      if (typeof spec !== 'string') {
        r.issue('warning', `${e.name} ${e.version}: a dependency is not a string; ignored`, e.line)
        r.complete = false
        continue
      }
      const found = resolveDep(byName, spec)
      if (found.length === 1) targets.push(found[0])
      else {
        r.issue(
          'warning',
          found.length
            ? `${e.name} ${e.version}: dependency "${spec}" matches ${found.length} crates; ignored`
            : `${e.name} ${e.version} depends on "${spec}", which the lockfile does not contain`,
          e.line,
        )
        r.complete = false
      }
    }
    const m = e.manifest
    if (!m) {
      for (const t of targets) r.edges.push({ from: e.id, to: t.id, scope: 'runtime' })
      continue
    }
    for (const t of targets) {
      const named = m.deps.filter((d) => d.name === t.name)
      const matching = named.filter((d) => declares(d, t))
      let scope: Scope | undefined
      for (const d of matching.length ? matching : named)
        scope = scope ? strongerScope(scope, scopeOfDep(d)) : scopeOfDep(d)
      r.edges.push({ from: e.id, to: t.id, scope: scope ?? 'runtime' })
    }
    // Declared but not locked: the lockfile is behind its manifest.
    const lockedNames = new Set(targets.map((t) => t.name))
    for (const d of m.deps) {
      if (lockedNames.has(d.name)) continue
      lockedNames.add(d.name)
      const text = ws.texts.get(m.path) ?? ''
      r.issue(
        'warning',
        `${d.key}${d.key !== d.name ? ` (crate ${d.name})` : ''}${d.req ? ` ${d.req}` : ''} is declared but not in Cargo.lock (the lockfile is out of date?)`,
        lineOfPattern(text, new RegExp(`^\\s*"?${escapeRegExp(d.key)}"?\\s*[=.]`, 'm')),
        m.path,
      )
      r.complete = false
      const id = `${d.name} (not locked)`
      let pkg = declaredOnly.get(id)
      if (!pkg) {
        pkg = {
          id,
          ecosystem: 'cargo',
          name: d.name,
          purl: cratePurl(d.name) ?? `pkg:cargo/${encodeURIComponent(d.name)}`,
          scope: scopeOfDep(d),
          hashes: [],
          source: d.git ? 'git' : d.path !== undefined ? 'path' : 'registry',
          resolved: d.git ?? d.path,
        }
        declaredOnly.set(id, pkg)
        r.packages.push(pkg)
      }
      r.edges.push({ from: e.id, to: id, scope: scopeOfDep(d) })
    }
  }
  for (const dir of ws.unreadMembers)
    if (!r.projects.some((p) => p.dir === dir))
      r.issue(
        'warning',
        `workspace member ${dir} has no Cargo.toml and no crate in Cargo.lock`,
        undefined,
        ws.root?.path,
      )

  deriveScopes(r.result(''))
  return r.result(`Cargo.lock v${version}`)
}
