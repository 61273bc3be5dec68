// pyproject.toml as the Python lockfile readers need it: the project's name and version, and every dependency
// it declares with the scope that implies — PEP 621 [project] dependencies / optional-dependencies, PEP 735
// [dependency-groups] (with include-group), Poetry's [tool.poetry] dependencies / dev-dependencies /
// group.<name>.dependencies / extras, PDM's [tool.pdm.dev-dependencies], uv's [tool.uv] dev-dependencies and
// [tool.uv.workspace] members. Also the parser of a pyproject.toml that has no lockfile (parsePyproject).
import { posix } from 'node:path'
import picomatch from 'picomatch'
import {
  ParseError,
  SCOPE_RANK,
  type FileSource,
  type Issue,
  type ParseInput,
  type ParseResult,
  type ParsedPackage,
  type Scope,
  type SourceKind,
} from '../../model.js'
import { isRecord } from '../../util/text.js'
import { normalizePythonName, pypiPurl } from './names.js'
import { parseTomlStrict, type TomlTable } from './toml.js'

/** A PEP 508 requirement, read far enough for a dependency graph. */
export interface Requirement {
  /** Name as written. */
  name: string
  /** PEP 503 normalized name. */
  key: string
  extras: string[]
  /** Version specifier as written (PEP 440, or Poetry's ^ ~ syntax in Poetry tables); "" for any. */
  specifier: string
  /** `name @ url`. */
  url?: string
  marker?: string
}

const REQUIREMENT = /^\s*([A-Za-z0-9](?:[A-Za-z0-9._-]*[A-Za-z0-9])?)\s*(?:\[([^\]]*)\])?\s*/

/**
 * Parses `name[extra,...] specifier ; marker` or `name[extra] @ url ; marker` (PEP 508), and Poetry's
 * `name (>=1.0)` form. Undefined when there is no name.
 */
export function parseRequirement(text: string): Requirement | undefined {
  const m = REQUIREMENT.exec(text)
  if (!m) return undefined
  const name = m[1]
  const extras = m[2]
    ? m[2]
        .split(',')
        .map((e) => e.trim())
        .filter(Boolean)
    : []
  let rest = text.slice(m[0].length)
  let marker: string | undefined
  let url: string | undefined
  if (rest.startsWith('@')) {
    // the URL ends at whitespace; a marker follows after " ;"
    const m2 = /^@\s*(\S+)\s*(?:;(.*))?$/s.exec(rest)
    url = m2?.[1]
    if (url?.endsWith(';')) url = url.slice(0, -1)
    marker = m2?.[2]?.trim() || undefined
    rest = ''
  } else {
    const semi = rest.indexOf(';')
    if (semi !== -1) {
      marker = rest.slice(semi + 1).trim() || undefined
      rest = rest.slice(0, semi)
    }
  }
  let specifier = rest.trim()
  if (specifier.startsWith('(') && specifier.endsWith(')')) specifier = specifier.slice(1, -1).trim()
  return { name, key: normalizePythonName(name), extras, specifier, url, marker }
}

/** Where a declared dependency is declared. */
export type DeclaredIn =
  | 'project' // [project] dependencies
  | 'optional-dependencies' // [project.optional-dependencies.<extra>]
  | 'dependency-groups' // PEP 735 [dependency-groups.<group>]
  | 'poetry' // [tool.poetry.dependencies]
  | 'poetry-group' // [tool.poetry.dev-dependencies], [tool.poetry.group.<group>.dependencies]
  | 'pdm-dev' // [tool.pdm.dev-dependencies.<group>]
  | 'uv-dev' // [tool.uv] dev-dependencies

/** A dependency a pyproject.toml declares. */
export interface DeclaredDependency extends Requirement {
  scope: Scope
  /** "main" for the project's own dependencies; the extra or group name otherwise. */
  group: string
  declaredIn: DeclaredIn
  /** A local or remote location given instead of a version (Poetry path/git/url tables, PEP 508 URLs). */
  location?: { kind: 'path' | 'git' | 'url'; value: string; ref?: string }
}

export interface Pyproject {
  /** Path of the file relative to the scan root. */
  path: string
  name?: string
  version?: string
  dependencies: DeclaredDependency[]
  /** Extras of the project (optional-dependencies and Poetry extras). */
  extras: string[]
  /** [tool.uv.workspace]: member globs and exclusions, relative to the file's folder. */
  workspace?: { members: string[]; exclude: string[] }
  /** Dependencies are dynamic (built by the build backend): the declared list is not all there is. */
  dynamicDependencies: boolean
}

const strings = (v: unknown): string[] =>
  Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []

/** Reads the pyproject.toml at `path`; undefined when absent. A broken one is a warning on its own file. */
export function readPyproject(files: FileSource, path: string, issues: Issue[]): Pyproject | undefined {
  const text = files.read(path)
  if (text === undefined) return undefined
  try {
    return pyprojectFrom(parseTomlStrict(text.replace(/^\uFEFF/, ''), 'pyproject.toml'), path, issues)
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

/** The project and its declared dependencies from a parsed pyproject.toml. */
export function pyprojectFrom(doc: TomlTable, path: string, issues: Issue[]): Pyproject {
  const project = isRecord(doc.project) ? doc.project : undefined
  const tool = isRecord(doc.tool) ? doc.tool : {}
  const poetry = isRecord(tool.poetry) ? tool.poetry : undefined
  const pdm = isRecord(tool.pdm) ? tool.pdm : undefined
  const uv = isRecord(tool.uv) ? tool.uv : undefined
  const deps: DeclaredDependency[] = []
  const seen = new Set<string>()
  const add = (dep: DeclaredDependency): void => {
    const id = `${dep.key}\0${dep.group}\0${dep.declaredIn}`
    if (seen.has(id)) return
    seen.add(id)
    deps.push(dep)
  }
  const bad = (what: string, value: unknown): void => {
    issues.push({ file: path, severity: 'warning', message: `${what}: cannot read ${JSON.stringify(value)}` })
  }
  const addRequirement = (text: unknown, scope: Scope, group: string, declaredIn: DeclaredIn): void => {
    const req = typeof text === 'string' ? parseRequirement(text) : undefined
    if (!req) return bad(`${declaredIn} ${group}`, text)
    add({ ...req, scope, group, declaredIn, location: req.url ? urlLocation(req.url) : undefined })
  }

  const extras = new Set<string>()
  if (project) {
    for (const r of asList(project.dependencies)) addRequirement(r, 'runtime', 'main', 'project')
    if (isRecord(project['optional-dependencies']))
      for (const [extra, list] of Object.entries(project['optional-dependencies'])) {
        extras.add(extra)
        for (const r of asList(list)) addRequirement(r, 'optional', extra, 'optional-dependencies')
      }
  }

  // PEP 735 dependency groups, with {include-group = "..."}
  if (isRecord(doc['dependency-groups'])) {
    const groups = doc['dependency-groups']
    const expand = (group: string, into: string, stack: string[]): void => {
      if (stack.includes(group)) {
        issues.push({
          file: path,
          severity: 'warning',
          message: `dependency group "${into}" includes itself (${[...stack, group].join(' → ')})`,
        })
        return
      }
      for (const item of asList(groups[group])) {
        if (isRecord(item) && typeof item['include-group'] === 'string') {
          if (item['include-group'] in groups) expand(item['include-group'], into, [...stack, group])
          else bad(`dependency group "${group}" includes an unknown group`, item['include-group'])
        } else addRequirement(item, 'dev', into, 'dependency-groups')
      }
    }
    for (const group of Object.keys(groups)) expand(group, group, [])
  }

  if (poetry) {
    const poetryDeps = (table: unknown, scope: Scope, group: string, declaredIn: DeclaredIn): void => {
      if (!isRecord(table)) return
      for (const [name, value] of Object.entries(table)) {
        if (name.toLowerCase() === 'python') continue
        const dep = poetryDependency(name, value, scope, group, declaredIn)
        if (dep) add(dep)
        else bad(`[tool.poetry] dependency ${name}`, value)
      }
    }
    poetryDeps(poetry.dependencies, 'runtime', 'main', 'poetry')
    poetryDeps(poetry['dev-dependencies'], 'dev', 'dev', 'poetry-group')
    if (isRecord(poetry.group))
      for (const [group, def] of Object.entries(poetry.group))
        if (isRecord(def))
          poetryDeps(def.dependencies, group === 'main' ? 'runtime' : 'dev', group, 'poetry-group')
    if (isRecord(poetry.extras)) for (const extra of Object.keys(poetry.extras)) extras.add(extra)
  }

  if (pdm && isRecord(pdm['dev-dependencies']))
    for (const [group, list] of Object.entries(pdm['dev-dependencies']))
      for (const item of asList(list)) {
        // PDM also takes "-e path" / "-e file:///${PROJECT_ROOT}/path#egg=name" editables
        const text = typeof item === 'string' ? pdmEditable(item) : item
        if (text !== undefined) addRequirement(text, 'dev', group, 'pdm-dev')
      }

  let workspace: Pyproject['workspace']
  if (uv) {
    for (const r of asList(uv['dev-dependencies'])) addRequirement(r, 'dev', 'dev', 'uv-dev')
    if (isRecord(uv.workspace))
      workspace = { members: strings(uv.workspace.members), exclude: strings(uv.workspace.exclude) }
  }

  const name = str(project?.name) ?? str(poetry?.name)
  const version = str(project?.version) ?? str(poetry?.version)
  const dynamic = strings(project?.dynamic)
  return {
    path,
    name,
    version,
    dependencies: deps,
    extras: [...extras],
    workspace,
    dynamicDependencies: dynamic.includes('dependencies') && !poetry,
  }
}

function str(v: unknown): string | undefined {
  return typeof v === 'string' && v ? v : undefined
}

function asList(v: unknown): unknown[] {
  return Array.isArray(v) ? v : []
}

/** `-e ./path` or `-e file:///${PROJECT_ROOT}/path#egg=name` (PDM) → a requirement string, if it names one. */
function pdmEditable(text: string): string | undefined {
  if (!text.startsWith('-e ')) return text
  const target = text.slice(3).trim()
  const egg = /#egg=([A-Za-z0-9._-]+)/.exec(target)
  if (egg) return `${egg[1]} @ ${target.replace(/#.*$/, '')}`
  const named = /^([A-Za-z0-9._-]+)\s*@\s*(.+)$/.exec(target)
  return named ? `${named[1]} @ ${named[2]}` : undefined
}

function urlLocation(url: string): DeclaredDependency['location'] {
  if (/^git\+/i.test(url)) return { kind: 'git', value: url }
  if (/^file:/i.test(url)) {
    // PDM writes project-relative paths as file:///${PROJECT_ROOT}/<path>
    const rooted = /^file:\/\/\/?\$\{PROJECT_ROOT\}\/?(.*)$/i.exec(url)
    return { kind: 'path', value: rooted ? rooted[1] || '.' : url.replace(/^file:(\/\/(localhost)?)?/i, '') }
  }
  return { kind: 'url', value: url }
}

/** One [tool.poetry.dependencies]-style entry: a constraint string, a table, or a list of tables. */
function poetryDependency(
  name: string,
  value: unknown,
  scope: Scope,
  group: string,
  declaredIn: DeclaredIn,
): DeclaredDependency | undefined {
  const base = { name, key: normalizePythonName(name), group, declaredIn }
  if (typeof value === 'string') return { ...base, extras: [], specifier: value.trim(), scope }
  const tables = Array.isArray(value) ? value.filter(isRecord) : isRecord(value) ? [value] : []
  if (!tables.length) return undefined
  // several constraints for different markers: one dependency, optional only if every one is
  const specifiers: string[] = []
  const extras = new Set<string>()
  const markers: string[] = []
  let optional = true
  let location: DeclaredDependency['location']
  for (const t of tables) {
    if (typeof t.version === 'string') specifiers.push(t.version.trim())
    for (const e of strings(t.extras)) extras.add(e)
    if (typeof t.markers === 'string') markers.push(t.markers)
    if (t.optional !== true) optional = false
    if (!location) {
      if (typeof t.path === 'string') location = { kind: 'path', value: t.path }
      else if (typeof t.git === 'string')
        location = { kind: 'git', value: t.git, ref: str(t.rev) ?? str(t.tag) ?? str(t.branch) }
      else if (typeof t.url === 'string') location = { kind: 'url', value: t.url }
    }
  }
  return {
    ...base,
    extras: [...extras],
    specifier: specifiers.join(' || '),
    marker: markers.length === 1 ? markers[0] : undefined,
    scope: optional && scope === 'runtime' ? 'optional' : scope,
    location,
  }
}

/** Whether folder `dir` (relative to the workspace root) is a member of `workspace`. */
export function isWorkspaceMember(workspace: NonNullable<Pyproject['workspace']>, dir: string): boolean {
  const clean = (g: string) => g.replace(/^\.\//, '').replace(/\/+$/, '')
  const members = workspace.members.map(clean)
  if (!members.length || !picomatch(members, { dot: true })(dir)) return false
  const exclude = workspace.exclude.map(clean)
  return !(exclude.length && picomatch(exclude, { dot: true })(dir))
}

// ---------------------------------------------------------------------------------------------------------
// A pyproject.toml without a lockfile

/** The exact version a specifier pins: "==1.2.3", "===1.2.3", Poetry's bare "1.2.3"; undefined otherwise. */
export function pinnedVersion(specifier: string, poetry: boolean): string | undefined {
  const s = specifier.trim()
  const m = /^(===?)\s*([A-Za-z0-9_.!+-]+)$/.exec(s)
  if (m && !m[2].endsWith('.*')) return m[2]
  if (poetry && /^\d[A-Za-z0-9_.!+-]*$/.test(s) && !s.includes('*')) return s
  return undefined
}

const POETRY: ReadonlySet<DeclaredIn> = new Set(['poetry', 'poetry-group'])

/**
 * A pyproject.toml read on its own (no lockfile beside it): the project, and a package for each declared
 * dependency — with its version only where the declaration pins one. Transitive dependencies are unknown,
 * so the result is never complete when something is declared.
 */
export function parsePyproject(input: ParseInput): ParseResult {
  const doc = parseTomlStrict(input.text, 'pyproject.toml')
  const issues: Issue[] = []
  const result: ParseResult = {
    format: 'pyproject.toml',
    projects: [],
    packages: [],
    edges: [],
    issues,
    complete: true,
  }
  const dir = posix.dirname(input.path) === '.' ? '' : posix.dirname(input.path)
  const py = pyprojectFrom(doc, input.path, issues)
  if (!isRecord(doc.project) && !(isRecord(doc.tool) && isRecord(doc.tool.poetry)) && !py.dependencies.length)
    return result // tool configuration only: not a project
  const owner = lockOwner(input.files, dir)
  if (owner) {
    issues.push({
      file: input.path,
      severity: 'info',
      message: `locked by ${owner} (a workspace member or local project): its dependencies are read from there`,
    })
    return result
  }

  const projectName = py.name ?? (posix.basename(dir) || 'root')
  result.projects.push({
    id: '',
    ecosystem: 'pypi',
    name: projectName,
    version: py.version,
    purl: safePurl(projectName, py.version),
    manifest: input.path,
    dir,
  })
  const byKey = new Map<string, ParsedPackage>()
  const edgeScope = new Map<string, Scope>()
  let unpinned = 0
  for (const dep of py.dependencies) {
    if (dep.key === normalizePythonName(projectName)) continue // self-reference: project[extra]
    let pkg = byKey.get(dep.key)
    if (!pkg) {
      const where = locationSource(dep, dir)
      const version =
        where.source === 'registry' ? pinnedVersion(dep.specifier, POETRY.has(dep.declaredIn)) : undefined
      if (version === undefined) unpinned++
      pkg = {
        id: dep.key,
        ecosystem: 'pypi',
        name: dep.name,
        version,
        purl: pypiPurl(dep.name, version, where.qualifiers),
        scope: dep.scope,
        hashes: [],
        resolved: where.resolved,
        source: where.source,
      }
      byKey.set(dep.key, pkg)
      result.packages.push(pkg)
    } else if (SCOPE_RANK[dep.scope] > SCOPE_RANK[pkg.scope]) pkg.scope = dep.scope
    const had = edgeScope.get(dep.key)
    if (!had || SCOPE_RANK[dep.scope] > SCOPE_RANK[had]) edgeScope.set(dep.key, dep.scope)
  }
  for (const [to, scope] of edgeScope) result.edges.push({ from: '', to, scope })
  if (py.dynamicDependencies) {
    issues.push({
      file: input.path,
      severity: 'info',
      message:
        'dependencies are dynamic (computed by the build backend): the declared list may be incomplete',
    })
    result.complete = false
  }
  if (result.packages.length) {
    result.complete = false
    issues.push({
      file: input.path,
      severity: 'info',
      message:
        `no lockfile: ${result.packages.length} declared dependencies, ${unpinned} without an exact version; ` +
        'transitive dependencies are unknown',
    })
  }
  return result
}

const OWNER_LOCKS = ['uv.lock', 'poetry.lock', 'pdm.lock', 'pylock.toml']

/**
 * The lockfile in a folder above `dir` that locks the project in `dir` too, if any: a uv.lock whose
 * workspace (the pyproject.toml beside it) has `dir` as a member, or a lockfile that lists `dir` as a local
 * project (uv `editable = "..."`, Poetry `url = "..."` of a directory source, PDM `path = "..."`, PEP 751
 * `directory = { path = ... }`): such a key with the folder's path is looked for in its text.
 */
function lockOwner(files: FileSource, dir: string): string | undefined {
  if (!dir) return undefined
  const parts = dir.split('/')
  for (let up = parts.length - 1; up >= 0; up--) {
    const root = parts.slice(0, up).join('/')
    const rel = parts.slice(up).join('/')
    for (const name of OWNER_LOCKS) {
      const lock = root ? `${root}/${name}` : name
      const text = files.read(lock)
      if (text === undefined) continue
      const quoted = `["'](?:\\./)?${rel.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}/?["']`
      if (new RegExp(`\\b(?:url|path|editable|virtual|directory)\\s*=\\s*${quoted}`).test(text)) return lock
      if (name !== 'uv.lock') continue
      const manifest = files.read(root ? `${root}/pyproject.toml` : 'pyproject.toml')
      if (manifest === undefined) continue
      try {
        const py = pyprojectFrom(parseTomlStrict(manifest, 'pyproject.toml'), '', [])
        if (py.workspace && isWorkspaceMember(py.workspace, rel)) return lock
      } catch {
        // a broken workspace root is reported when it is read itself
      }
    }
  }
  return undefined
}

function locationSource(
  dep: DeclaredDependency,
  dir: string,
): { source: SourceKind; resolved?: string; qualifiers?: Record<string, string> } {
  const loc = dep.location
  if (!loc) return { source: 'registry' }
  if (loc.kind === 'git') {
    const url = /^git\+/.test(loc.value) ? loc.value : `git+${loc.value}`
    const resolved = loc.ref && !url.includes('@', url.indexOf('://') + 3) ? `${url}@${loc.ref}` : url
    return { source: 'git', resolved, qualifiers: { vcs_url: resolved } }
  }
  if (loc.kind === 'url')
    return { source: 'url', resolved: loc.value, qualifiers: { download_url: loc.value } }
  return { source: 'path', resolved: posix.normalize(posix.join(dir, loc.value)).replace(/\/$/, '') }
}

/** purl of a project, when its name makes one. */
export function safePurl(name: string, version?: string): string | undefined {
  try {
    return pypiPurl(name, version)
  } catch {
    return undefined
  }
}
