// Cargo.toml as the Cargo.lock reader needs it: the crate's name and version, its declared dependencies
// ([dependencies], [dev-dependencies], [build-dependencies], and the same under [target.'cfg(...)']) with
// renames, optional flags, path / git sources and `workspace = true` inheritance, and the workspace members.
import { posix } from 'node:path'
import picomatch from 'picomatch'
import { parse as parseToml, TomlError } from 'smol-toml'
import { ParseError, type FileSource, type Issue, type Scope } from '../../model.js'
import { isRecord } from '../../util/text.js'

export type TomlTable = Record<string, unknown>

/** Parses TOML; a syntax error becomes a ParseError with its line. `what` names the file in messages. */
export function parseCargoToml(text: string, what: string): TomlTable {
  if (text.trim() === '') throw new ParseError(`empty file, expected ${what}`)
  try {
    return parseToml(text) as TomlTable
  } catch (err) {
    if (err instanceof TomlError) {
      const reason = err.message.split('\n')[0].replace(/^Invalid TOML document: /, '')
      throw new ParseError(`not valid TOML (${what}): ${reason}`, err.line)
    }
    throw err
  }
}

export type CargoDepKind = 'normal' | 'dev' | 'build'

/** One dependency a Cargo.toml declares. */
export interface CargoDep {
  /** Key in the manifest: the name the code uses (differs from `name` when renamed). */
  key: string
  /** Real crate name (`package = "..."`, or the key). */
  name: string
  kind: CargoDepKind
  optional: boolean
  /** Version requirement ("1.2", "^0.4", "=1.0.3"), where given. */
  req?: string
  /** Folder of a path dependency, relative to the scan root. */
  path?: string
  /** URL of a git dependency. */
  git?: string
  /** `cfg(...)` or target triple of a [target.*] table. */
  target?: string
}

export interface CargoManifest {
  /** Path relative to the scan root. */
  path: string
  /** Folder relative to the scan root ("" for the root). */
  dir: string
  /** [package] name; undefined for a virtual workspace manifest. */
  name?: string
  version?: string
  deps: CargoDep[]
  /** [workspace] of a workspace root. */
  workspace?: CargoWorkspace
}

export interface CargoWorkspace {
  /** Folder of the workspace root, relative to the scan root. */
  dir: string
  /** `members` and `default-members` (globs allowed), relative to the workspace root. */
  members: string[]
  exclude: string[]
  /** [workspace.dependencies], for `workspace = true`. */
  dependencies: TomlTable
  /** [workspace.package], for `version.workspace = true`. */
  package: TomlTable
}

/** How a declared dependency makes its target needed. Build dependencies: see scopeOfDep. */
export function scopeOfDep(dep: CargoDep): Scope {
  // [build-dependencies] are compiled and run on the build machine (build.rs) and can shape the shipped
  // binary; their own dependencies look like normal ones in Cargo.lock. They count as runtime, so a build
  // tool is never marked "excluded" in the SBOM.
  if (dep.kind === 'dev') return 'dev'
  return dep.optional ? 'optional' : 'runtime'
}

const DEP_TABLES: ReadonlyArray<[string, CargoDepKind]> = [
  ['dependencies', 'normal'],
  ['dev-dependencies', 'dev'],
  ['dev_dependencies', 'dev'],
  ['build-dependencies', 'build'],
  ['build_dependencies', 'build'],
]

function str(value: unknown): string | undefined {
  return typeof value === 'string' && value !== '' ? value : undefined
}

function joinPath(dir: string, path: string): string {
  return posix
    .normalize(posix.join(dir, path))
    .replace(/^\.\/?$/, '')
    .replace(/\/$/, '')
}

function collectDeps(
  table: unknown,
  kind: CargoDepKind,
  dir: string,
  ws: CargoWorkspace | undefined,
  target: string | undefined,
  out: CargoDep[],
): void {
  if (!isRecord(table)) return
  for (const [key, value] of Object.entries(table)) {
    if (typeof value === 'string') {
      out.push({ key, name: key, kind, optional: false, req: value, target })
      continue
    }
    if (!isRecord(value)) continue
    let spec: TomlTable = value
    let base = dir
    if (value.workspace === true && ws) {
      // `foo = { workspace = true, optional = true, features = [...] }`: the rest comes from the root's
      // [workspace.dependencies], whose paths are relative to the workspace root.
      const inherited = ws.dependencies[key]
      const from =
        typeof inherited === 'string' ? { version: inherited } : isRecord(inherited) ? inherited : {}
      spec = { ...from, optional: value.optional ?? from.optional }
      base = ws.dir
    }
    const path = str(spec.path)
    out.push({
      key,
      name: str(spec.package) ?? key,
      kind,
      optional: spec.optional === true,
      req: str(spec.version),
      path: path !== undefined ? joinPath(base, path) : undefined,
      git: str(spec.git),
      target,
    })
  }
}

/** The manifest's data; `raw` is the parsed TOML of the Cargo.toml at `path`. */
export function cargoManifest(raw: TomlTable, path: string, ws: CargoWorkspace | undefined): CargoManifest {
  const dir = posix.dirname(path) === '.' ? '' : posix.dirname(path)
  const pkg = isRecord(raw.package) ? raw.package : isRecord(raw.project) ? raw.project : undefined
  let version = str(pkg?.version)
  if (!version && isRecord(pkg?.version) && pkg.version.workspace === true) version = str(ws?.package.version)
  const deps: CargoDep[] = []
  for (const [name, kind] of DEP_TABLES) collectDeps(raw[name], kind, dir, ws, undefined, deps)
  if (isRecord(raw.target))
    for (const [target, tables] of Object.entries(raw.target)) {
      if (!isRecord(tables)) continue
      for (const [name, kind] of DEP_TABLES) collectDeps(tables[name], kind, dir, ws, target, deps)
    }
  return { path, dir, name: str(pkg?.name), version, deps, workspace: cargoWorkspace(raw, dir) }
}

/** The [workspace] table of a Cargo.toml in folder `dir`, if it has one. */
export function cargoWorkspace(raw: TomlTable, dir: string): CargoWorkspace | undefined {
  const w = raw.workspace
  if (!isRecord(w)) return undefined
  const list = (v: unknown): string[] =>
    Array.isArray(v)
      ? v
          .filter((s): s is string => typeof s === 'string')
          .map((s) =>
            posix
              .normalize(s)
              .replace(/^\.\/?$/, '')
              .replace(/\/$/, ''),
          )
      : []
  return {
    dir,
    members: [...new Set([...list(w.members), ...list(w['default-members'])])],
    exclude: list(w.exclude),
    dependencies: isRecord(w.dependencies) ? w.dependencies : {},
    package: isRecord(w.package) ? w.package : {},
  }
}

/**
 * Reads and parses a Cargo.toml; undefined when absent. A broken one is reported as a warning on its own
 * file (the lockfile is still read).
 */
export function readCargoToml(files: FileSource, path: string, issues: Issue[]): TomlTable | undefined {
  const text = files.read(path)
  if (text === undefined) return undefined
  try {
    return parseCargoToml(text, 'Cargo.toml')
  } catch (err) {
    issues.push({
      file: path,
      line: err instanceof ParseError ? err.line : undefined,
      severity: 'warning',
      message: err instanceof Error ? err.message : String(err),
    })
    return undefined
  }
}

const GLOB_CHARS = /[*?[\]{}]/

/**
 * Member folders of a workspace, relative to the scan root: literal `members` entries as they are (they must
 * exist for Cargo), globs expanded through FileSource.listDirs to folders holding a Cargo.toml; glob matches
 * under an `exclude` entry are left out, as Cargo does.
 */
export function expandMembers(files: FileSource, ws: CargoWorkspace): string[] {
  const found = new Set<string>()
  const excluded = (rel: string): boolean =>
    ws.exclude.some((e) => e !== '' && (rel === e || rel.startsWith(e + '/')))
  const globs: string[] = []
  for (const member of ws.members) {
    if (GLOB_CHARS.test(member)) globs.push(member)
    else found.add(member) // a member named exactly is one even under `exclude`, as in Cargo
  }
  if (globs.length && files.listDirs) {
    const isMatch = picomatch(globs, { dot: false })
    const depth = Math.max(...globs.map((g) => (g.includes('**') ? 6 : g.split('/').length)))
    const walk = (rel: string, level: number): void => {
      if (level > depth) return
      for (const name of files.listDirs!(joinPath(ws.dir, rel))) {
        const child = rel ? `${rel}/${name}` : name
        if (
          isMatch(child) &&
          !excluded(child) &&
          files.read(joinPath(ws.dir, `${child}/Cargo.toml`)) !== undefined
        )
          found.add(child)
        walk(child, level + 1)
      }
    }
    walk('', 1)
  }
  return [...found].sort().map((m) => joinPath(ws.dir, m))
}

type Triple = [number, number, number, string]

/** "1.2.3-pre+build" → [1, 2, 3, "pre"]; partial versions ("1", "1.2") fill with -1. */
function readVersion(text: string): Triple | undefined {
  const m = /^(\d+)(?:\.(\d+|[*xX]))?(?:\.(\d+|[*xX]))?(?:-([0-9A-Za-z.-]+))?(?:\+[0-9A-Za-z.-]+)?$/.exec(
    text,
  )
  if (!m) return undefined
  const part = (p: string | undefined): number => (p === undefined || !/^\d+$/.test(p) ? -1 : Number(p))
  return [Number(m[1]), part(m[2]), part(m[3]), m[4] ?? '']
}

/** SemVer precedence of two full versions (pre-releases below their release). */
function precedence(a: Triple, b: Triple): number {
  for (let i = 0; i < 3; i++) if (a[i] !== b[i]) return (a[i] as number) < (b[i] as number) ? -1 : 1
  if (a[3] === b[3]) return 0
  if (!a[3] || !b[3]) return a[3] ? -1 : 1
  const x = a[3].split('.')
  const y = b[3].split('.')
  for (let i = 0; i < Math.min(x.length, y.length); i++) {
    if (x[i] === y[i]) continue
    const nx = /^\d+$/.test(x[i])
    const ny = /^\d+$/.test(y[i])
    if (nx && ny) return Number(x[i]) < Number(y[i]) ? -1 : 1
    if (nx !== ny) return nx ? -1 : 1
    return x[i] < y[i] ? -1 : 1
  }
  return x.length < y.length ? -1 : x.length > y.length ? 1 : 0
}

interface Bounds {
  low?: Triple
  lowOpen?: boolean
  high?: Triple
  highClosed?: boolean
}

/** The range a Cargo comparator ("^1.2", "~0.3.1", "=1.0", ">1.2", "1.*") stands for. */
function comparatorRange(op: string, v: Triple): Bounds {
  const [major, minor, patch, pre] = v
  const next = (i: number): Triple =>
    i === 0 ? [major + 1, 0, 0, ''] : i === 1 ? [major, minor + 1, 0, ''] : [major, minor, patch + 1, '']
  const low: Triple = [major, Math.max(minor, 0), Math.max(patch, 0), pre]
  const last = minor === -1 ? 0 : patch === -1 ? 1 : 2 // the last part given
  switch (op) {
    case '^':
      if (major > 0 || last === 0) return { low, high: next(0) }
      if (minor > 0 || last === 1) return { low, high: next(1) }
      return { low, high: next(2) }
    case '~':
      return { low, high: next(last === 0 ? 0 : 1) }
    case '=':
      return last === 2 ? { low, high: low, highClosed: true } : { low, high: next(last) }
    case '>':
      return last === 2 ? { low, lowOpen: true } : { low: next(last) }
    case '>=':
      return { low }
    case '<':
      return { high: low }
    case '<=':
      return last === 2 ? { high: low, highClosed: true } : { high: next(last) }
  }
  return {}
}

/**
 * Whether a Cargo version requirement ("1.2", "^1.2, <1.5", "~0.3", "=1.0.0", "1.*", "*") admits
 * `version`; undefined when either cannot be read. A bare version is a caret requirement in Cargo. Used only
 * to tell apart two locked versions of one crate, so pre-release matching is not restricted as in Cargo.
 */
export function cargoReqAdmits(req: string, version: string): boolean | undefined {
  const v = readVersion(version.trim())
  if (!v || v[1] < 0 || v[2] < 0) return undefined
  for (const part of req.split(',')) {
    const m = /^\s*(\^|~|=|>=|<=|>|<)?\s*(\S+)\s*$/.exec(part)
    if (!m) return undefined
    if (m[2] === '*' && !m[1]) continue
    const wanted = readVersion(m[2])
    if (!wanted) return undefined
    // "1.*" and "1.2.*" are "~1" and "~1.2"
    const b = comparatorRange(/[*xX]/.test(m[2]) ? '~' : (m[1] ?? '^'), wanted)
    if (b.low && precedence(v, b.low) < (b.lowOpen ? 1 : 0)) return false
    if (b.high && precedence(v, b.high) > (b.highClosed ? 0 : -1)) return false
  }
  return true
}
