// Pipfile.lock (pipenv, pipfile-spec 6): `default` packages are runtime, `develop` dev, other sections are
// pipenv package categories (dev: installed only on request). The lockfile records no dependency relations:
// direct dependencies come from the Pipfile next to it; without one, every entry is taken as direct.
import { createHash } from 'node:crypto'
import { posix } from 'node:path'
import { parse as parseToml, TomlError } from 'smol-toml'
import {
  ParseError,
  type Hash,
  type Issue,
  type ParseInput,
  type ParseResult,
  type ParsedEdge,
  type ParsedPackage,
  type Scope,
  strongerScope,
} from '../../model.js'
import { isRecord, parseJson } from '../../util/text.js'
import { addPythonHash, gitLocation, indexQualifiers } from './lockfile.js'
import { normalizePythonName, pypiPurl } from './names.js'
import { classifyLocation, NAME_RE, type PythonSource } from './requirements.js'

function mergeHash(hashes: Hash[], hash: Hash): void {
  if (!hashes.some((h) => h.alg === hash.alg && h.value === hash.value)) hashes.push(hash)
}

/** Pipfile table → Pipfile.lock section. */
const PIPFILE_SECTIONS: Record<string, string> = { packages: 'default', 'dev-packages': 'develop' }
/** Pipfile tables that are not package lists. */
const NOT_PACKAGES = new Set(['source', 'requires', 'scripts', 'pipenv'])
const VCS_KEYS = ['git', 'hg', 'svn', 'bzr'] as const

/** 1-based lines of offsets, by binary search over the line starts (one pass over the text). */
class Lines {
  private readonly starts: number[] = [0]
  constructor(readonly text: string) {
    for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) this.starts.push(i + 1)
  }
  at(offset: number): number {
    let lo = 0
    let hi = this.starts.length - 1
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1
      if (this.starts[mid] <= offset) lo = mid
      else hi = mid - 1
    }
    return lo + 1
  }
  /** Offset of the object key `key` (a quoted string followed by ":") at or after `from`; -1 if absent. */
  key(key: string, from: number): number {
    const needle = JSON.stringify(key)
    for (let at = this.text.indexOf(needle, from); at !== -1; at = this.text.indexOf(needle, at + 1)) {
      let i = at + needle.length
      while (i < this.text.length && ' \t\r\n'.includes(this.text[i])) i++
      if (this.text[i] === ':') return at
    }
    return -1
  }
}

/** JSON as Python's json.dumps(sort_keys=True, separators=(",", ":")) writes it; undefined if unsure. */
function pythonJson(value: unknown): string | undefined {
  if (value === null) return 'null'
  if (typeof value === 'boolean') return String(value)
  if (typeof value === 'number') return Number.isInteger(value) ? String(value) : undefined
  if (typeof value === 'string')
    return JSON.stringify(value).replace(
      /[\u007f-\uffff]/g,
      (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
    )
  if (Array.isArray(value)) {
    const parts = value.map(pythonJson)
    return parts.includes(undefined) ? undefined : `[${parts.join(',')}]`
  }
  if (isRecord(value) && !(value instanceof Date)) {
    const parts: string[] = []
    for (const key of Object.keys(value).sort()) {
      const v = pythonJson(value[key])
      if (v === undefined) return undefined
      parts.push(`${pythonJson(key)}:${v}`)
    }
    return `{${parts.join(',')}}`
  }
  return undefined
}

/** The `_meta.hash.sha256` pipenv would write for this Pipfile; undefined when it cannot be computed exactly. */
export function pipfileHash(pipfile: Record<string, unknown>): string | undefined {
  if (!Array.isArray(pipfile.source)) return undefined // pipenv adds its default source: not reproduced
  const data: Record<string, unknown> = {
    _meta: { sources: pipfile.source, requires: pipfile.requires ?? {} },
    default: pipfile.packages ?? {},
    develop: pipfile['dev-packages'] ?? {},
  }
  for (const [key, value] of Object.entries(pipfile))
    if (!(key in PIPFILE_SECTIONS) && !NOT_PACKAGES.has(key) && key !== 'default' && key !== 'develop')
      data[key] = value
  const text = pythonJson(data)
  return text === undefined ? undefined : createHash('sha256').update(text, 'utf8').digest('hex')
}

export function parsePipfileLock(input: ParseInput): ParseResult {
  const lock = parseJson(input.text, 'JSON')
  if (!isRecord(lock)) throw new ParseError('not a Pipfile.lock: the top level is not a JSON object', 1)
  const lines = new Lines(input.text)
  const lineOfKey = (key: string, from = 0): number | undefined => {
    const at = lines.key(key, from)
    return at === -1 ? undefined : lines.at(at)
  }
  const meta = isRecord(lock._meta) ? lock._meta : undefined
  if (!meta && !isRecord(lock.default) && !isRecord(lock.develop))
    throw new ParseError('not a Pipfile.lock: no "_meta", "default" or "develop"', 1)
  const spec = meta?.['pipfile-spec']
  if (spec !== undefined && !(typeof spec === 'number' && Number.isInteger(spec) && spec >= 1 && spec <= 6))
    throw new ParseError(
      `unknown pipfile-spec ${JSON.stringify(spec)}: lockgraph reads Pipfile.lock up to pipfile-spec 6`,
      lineOfKey('pipfile-spec'),
    )

  const file = input.path
  const dir = posix.dirname(file) === '.' ? '' : posix.dirname(file)
  const manifest = dir ? `${dir}/Pipfile` : 'Pipfile'
  const issues: Issue[] = []
  let complete = true
  const issue = (severity: Issue['severity'], message: string, line?: number, where = file): void => {
    issues.push({ file: where, line, severity, message })
  }
  if (!meta) issue('warning', 'no "_meta" section: index URLs and the Pipfile hash are unknown')
  else if (spec === undefined) issue('warning', 'no "pipfile-spec" in "_meta": read as pipfile-spec 6')

  // Indexes: entries name theirs with "index"; the others come from the first source.
  const sources = new Map<string, string>()
  let defaultIndex: string | undefined
  for (const s of Array.isArray(meta?.sources) ? meta.sources : []) {
    if (!isRecord(s) || typeof s.url !== 'string') continue
    defaultIndex ??= s.url
    if (typeof s.name === 'string') sources.set(s.name, s.url)
  }

  // Sections: default, develop, then pipenv categories (any other object of objects).
  const sections: Array<[string, Scope]> = []
  for (const [key, value] of Object.entries(lock)) {
    if (key === '_meta') continue
    if (!isRecord(value)) {
      issue('error', `section "${key}" is not an object; skipped`, lineOfKey(key))
      complete = false
      continue
    }
    sections.push([key, key === 'default' ? 'runtime' : 'dev'])
  }
  sections.sort((a, b) => (a[0] === 'default' ? -1 : b[0] === 'default' ? 1 : 0))

  const packages: ParsedPackage[] = []
  const byName = new Map<string, ParsedPackage>() // first package of each name
  const byPurl = new Map<string, ParsedPackage>()
  const inSection = new Map<string, Map<string, ParsedPackage>>() // section → name → package
  const unpinned: string[] = []

  for (const [section, scope] of sections) {
    const entries = lock[section] as Record<string, unknown>
    const here = new Map<string, ParsedPackage>()
    inSection.set(section, here)
    let cursor = Math.max(0, lines.key(section, 0))
    for (const [key, value] of Object.entries(entries)) {
      const at = lines.key(key, cursor)
      if (at !== -1) cursor = at + key.length
      const line = at === -1 ? undefined : lines.at(at)
      if (!isRecord(value)) {
        issue('error', `${section} entry "${key}" is not an object; skipped`, line)
        complete = false
        continue
      }
      if (!NAME_RE.test(key)) {
        issue('error', `${section} entry "${key}" is not a valid package name; skipped`, line)
        complete = false
        continue
      }
      const norm = normalizePythonName(key)
      const hashes: Hash[] = []
      for (const h of Array.isArray(value.hashes) ? value.hashes : []) {
        if (!addPythonHash(hashes, h)) issue('warning', `${key}: unreadable hash ${JSON.stringify(h)}`, line)
      }
      let version = typeof value.version === 'string' ? value.version.replace(/^===?\s*/, '') : undefined
      if (version !== undefined && !/^===?/.test(value.version as string)) {
        issue('warning', `${key}: version "${value.version}" is not a pin (==)`, line)
        version = undefined
      }
      let where: PythonSource | undefined
      const vcs = VCS_KEYS.find((k) => typeof value[k] === 'string')
      if (vcs) {
        const url = (value[vcs] as string).trim()
        const ref = typeof value.ref === 'string' && value.ref ? value.ref : undefined
        const sub =
          typeof value.subdirectory === 'string' && value.subdirectory ? value.subdirectory : undefined
        const location =
          vcs === 'git'
            ? gitLocation(url, ref, sub)
            : `${/^[a-z]+\+/i.test(url) ? url : `${vcs}+${url}`}${ref ? `@${ref}` : ''}${sub ? `#subdirectory=${sub}` : ''}`
        where = classifyLocation(location, dir, key)
      } else if (typeof value.path === 'string') {
        where = classifyLocation(value.path, dir, key)
      } else if (typeof value.file === 'string') {
        where = classifyLocation(value.file, dir, key)
      }
      version ??= where?.version
      if (where ? where.source === 'git' && where.movingRef : version === undefined) {
        unpinned.push(key)
        if (where) issue('warning', `${key}: ${vcs} reference "${value.ref ?? ''}" is not a commit`, line)
        else if (value.version === undefined) issue('warning', `${key} has no version`, line)
      }
      const index =
        typeof value.index === 'string' ? (sources.get(value.index) ?? defaultIndex) : defaultIndex
      const qualifiers = where ? where.qualifiers : indexQualifiers(index)
      const purl = pypiPurl(norm, version, qualifiers)
      for (const h of where?.hashes ?? []) mergeHash(hashes, h)

      // The same package in default and develop is one package, needed at the stronger scope (default's,
      // which comes first); another version in develop is a package of its own.
      const same = byPurl.get(purl)
      if (same) {
        for (const h of hashes) mergeHash(same.hashes, h)
        here.set(norm, same)
        continue
      }
      const pkg: ParsedPackage = {
        id: byName.has(norm) ? `${section}:${norm}` : norm,
        ecosystem: 'pypi',
        name: key,
        version,
        purl,
        scope,
        hashes,
        resolved: where?.resolved,
        source: where?.source ?? 'registry',
        line,
      }
      packages.push(pkg)
      here.set(norm, pkg)
      byPurl.set(purl, pkg)
      if (!byName.has(norm)) byName.set(norm, pkg)
    }
  }

  // Direct dependencies: the Pipfile's [packages], [dev-packages] and category tables.
  const edges: ParsedEdge[] = []
  const pipfile = readPipfile(input, manifest, issues)
  if (pipfile) {
    const expected = pipfileHash(pipfile)
    const recorded = isRecord(meta?.hash) ? meta.hash.sha256 : undefined
    if (expected && typeof recorded === 'string' && recorded.toLowerCase() !== expected)
      issue(
        'warning',
        `out of date: its _meta.hash does not match ${posix.basename(manifest)} (pipenv would lock again)`,
        lineOfKey('sha256'),
      )
    const direct = new Map<string, Scope>() // package id → strongest declared scope
    for (const [table, value] of Object.entries(pipfile)) {
      if (NOT_PACKAGES.has(table) || !isRecord(value)) continue
      const section = PIPFILE_SECTIONS[table] ?? table
      const scope: Scope = section === 'default' ? 'runtime' : 'dev'
      for (const name of Object.keys(value)) {
        const norm = normalizePythonName(name)
        const pkg = inSection.get(section)?.get(norm) ?? byName.get(norm)
        if (pkg) {
          const had = direct.get(pkg.id)
          direct.set(pkg.id, had ? strongerScope(had, scope) : scope)
        } else {
          issue(
            'warning',
            `${posix.basename(manifest)} [${table}] declares ${name}, which Pipfile.lock does not contain`,
          )
          complete = false
        }
      }
    }
    for (const [to, scope] of direct) edges.push({ from: '', to, scope })
    const rest = packages.length - direct.size
    if (rest > 0) {
      issue(
        'info',
        `Pipfile.lock records no dependency relations: what depends on the ${rest} locked package${rest === 1 ? '' : 's'} ${posix.basename(manifest)} does not declare is unknown`,
      )
      complete = false
    }
  } else {
    for (const pkg of packages) edges.push({ from: '', to: pkg.id, scope: pkg.scope })
    if (packages.length)
      issue('info', `no Pipfile next to Pipfile.lock: every locked package is taken as a direct dependency`)
  }

  if (unpinned.length) complete = false
  return {
    format: `Pipfile.lock v${typeof spec === 'number' ? spec : 6}`,
    projects: [{ id: '', ecosystem: 'pypi', name: posix.basename(dir) || 'root', manifest, dir }],
    packages,
    edges,
    issues,
    complete,
  }
}

/** The Pipfile next to the lockfile, or undefined (absent, or not TOML: a warning with its line). */
function readPipfile(input: ParseInput, path: string, issues: Issue[]): Record<string, unknown> | undefined {
  const text = input.files.read(path)
  if (text === undefined) return undefined
  try {
    return parseToml(text.replace(/^\uFEFF/, ''))
  } catch (err) {
    const line = err instanceof TomlError ? err.line : undefined
    const message = err instanceof Error ? err.message.split('\n')[0] : String(err)
    issues.push({
      file: path,
      line,
      severity: 'warning',
      message: `${message}; direct dependencies of Pipfile.lock taken from the lockfile instead`,
    })
    return undefined
  }
}
