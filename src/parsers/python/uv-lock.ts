// uv.lock (version 1, any revision; uv before 0.3 wrote [[distribution]] for [[package]]): [[package]] entries
// with their source — registry, git, url, path, directory; editable and virtual sources are the workspace's
// own projects — their dependencies, optional-dependencies (per extra) and dev-dependencies (per group), and
// the sdist / wheel hashes. [manifest] names the workspace members, and for a workspace root that is no
// project its requirements and groups.
// uv records no scopes: they follow from the edges (deriveScopes).
import { posix } from 'node:path'
import { deriveScopes } from '../../graph/scopes.js'
import { ParseError, type Hash, type ParseInput, type ParseResult, type Scope } from '../../model.js'
import { isRecord, lineOf } from '../../util/text.js'
import {
  Activations,
  addFileHash,
  addPythonHash,
  gitSource,
  indexQualifiers,
  lockPyproject,
  nodeId,
  PyLock,
  pyKey,
  urlSource,
  type Node,
  type PackageInit,
} from './lockfile.js'
import { distributionFiles, headerLines, parseToml } from './toml.js'

type Entry = Record<string, unknown>

/** Wheel lists are read from their text; requires-dist is not needed (dependencies say it) (see parseToml). */
const SKIM: ReadonlySet<string> = new Set(['wheels', 'requires-dist'])

/** A stable text of a `source` table, to tell apart two entries of one name. */
function sourceKey(source: unknown): string {
  if (!isRecord(source)) return ''
  return Object.keys(source)
    .sort()
    .map((k) => `${k}=${String(source[k])}`)
    .join('&')
}

/** `https://host/repo?subdirectory=x&rev=main#<commit>` → its parts. */
function parseGitSource(value: string): { url: string; commit?: string; subdirectory?: string } {
  const hash = value.indexOf('#')
  const commit = hash === -1 ? undefined : value.slice(hash + 1) || undefined
  const noHash = hash === -1 ? value : value.slice(0, hash)
  const q = noHash.indexOf('?')
  const url = q === -1 ? noHash : noHash.slice(0, q)
  const subdirectory =
    q === -1 ? undefined : (new URLSearchParams(noHash.slice(q + 1)).get('subdirectory') ?? undefined)
  return { url, commit, subdirectory }
}

/** Id of a local project folder given relative to the lockfile ("" for the lockfile's own folder). */
function localId(path: string): string {
  return posix
    .normalize(path)
    .replace(/^\.\/?$/, '')
    .replace(/\/$/, '')
}

interface Recorded {
  id: string
  entry: Entry
  line?: number
  isProject: boolean
}

export function parseUvLock(input: ParseInput): ParseResult {
  const doc = parseToml(input.text, 'uv.lock', SKIM)
  const version = doc.version
  if (version === undefined) throw new ParseError('not a uv.lock: no version', 1)
  if (version !== 1)
    throw new ParseError(
      `unknown uv.lock version ${JSON.stringify(version)}: lockgraph reads version 1`,
      lineOf(input.text, 'version'),
    )
  // uv before 0.3 wrote the same entries as [[distribution]] (and `version = 1` already)
  const table = doc.package === undefined && doc.distribution !== undefined ? 'distribution' : 'package'
  if (doc[table] !== undefined && !Array.isArray(doc[table]))
    throw new ParseError(`"${table}" is not an array of tables`, lineOf(input.text, table))
  const entries = (doc[table] ?? []) as unknown[]
  const revision = typeof doc.revision === 'number' ? doc.revision : undefined
  const format = `uv.lock v1${revision !== undefined ? ` (revision ${revision})` : ''}`

  const lock = new PyLock(input)
  const lines = headerLines(input.text, `[[${table}]]`)
  const sources = new Map<string, unknown>() // node id → its source table, to tell two entries of one name apart
  const recorded: Recorded[] = []
  const activations = new Activations()

  // projects first (the root before members), so that packages can be told from them
  const order: number[] = []
  for (let rank = 0; rank <= 2; rank++)
    for (let index = 0; index < entries.length; index++)
      if (projectRank(entries[index]) === rank) order.push(index)

  for (const index of order) {
    const value = entries[index]
    const line = lines[index]
    if (!isRecord(value)) {
      lock.issue('error', `[[${table}]] entry ${index + 1} is not a table; skipped`, line)
      lock.complete = false
      continue
    }
    const name = typeof value.name === 'string' && value.name ? value.name : undefined
    if (!name) {
      lock.issue('error', `[[${table}]] entry ${index + 1} has no name; skipped`, line)
      lock.complete = false
      continue
    }
    const pkgVersion = typeof value.version === 'string' && value.version ? value.version : undefined
    const source = isRecord(value.source) ? value.source : {}
    collectActivations(activations, value)

    const local =
      typeof source.editable === 'string'
        ? source.editable
        : typeof source.virtual === 'string'
          ? source.virtual
          : undefined
    if (local !== undefined) {
      const id = localId(local)
      if (id === '' && lock.projects.some((p) => p.id === '')) {
        lock.issue('warning', `a second package at the lockfile's own folder (${name}); skipped`, line)
        continue
      }
      const project = lock.addProject(id, name, pkgVersion)
      sources.set(project.id, value.source)
      recorded.push({ id: project.id, entry: value, line, isProject: true })
      continue
    }

    let where: Partial<PackageInit>
    if (typeof source.registry === 'string')
      where = { source: 'registry', qualifiers: indexQualifiers(source.registry) }
    else if (typeof source.git === 'string') {
      const git = parseGitSource(source.git)
      where = gitSource(git.url, git.commit, git.subdirectory)
    } else if (typeof source.url === 'string') where = urlSource(source.url)
    else if (typeof source.path === 'string' || typeof source.directory === 'string') {
      const path = String(source.path ?? source.directory)
      where = { source: 'path', resolved: path.startsWith('/') ? path : lock.rel(path) }
    } else {
      lock.issue(
        'warning',
        `${name}: unknown source ${JSON.stringify(value.source ?? null)}; read as a registry package`,
        line,
      )
      where = { source: 'registry' }
    }

    // hashes: the sdist's first (the one hash per algorithm an SBOM keeps is then the same as other formats')
    const hashes: Hash[] = []
    let invalid = 0
    const sdist = isRecord(value.sdist) ? value.sdist : undefined
    if (sdist?.hash !== undefined && !addPythonHash(hashes, sdist.hash)) invalid++
    const wheels = distributionFiles(value.wheels)
    for (const w of wheels) if (w.hash !== undefined && !addFileHash(hashes, w)) invalid++
    if (invalid)
      lock.issue('warning', `${name} ${pkgVersion ?? ''}: ${invalid} unreadable file hash(es)`, line)
    if (where.source === 'registry')
      where.resolved =
        typeof sdist?.url === 'string' ? sdist.url : wheels.find((w) => w.kind === 'url')?.location

    if (pkgVersion === undefined) {
      lock.issue('info', `${name} has no version in the lockfile (${where.source} source)`, line)
      lock.complete = false
    }
    const pkg = lock.addPackage({ name, version: pkgVersion, hashes, line, ...where })
    sources.set(pkg.id, value.source)
    recorded.push({ id: pkg.id, entry: value, line, isProject: false })
  }

  if (!lock.projects.some((p) => p.id === '')) {
    // a workspace root that is no project itself (or no [[package]] for it)
    const py = lockPyproject(lock)
    lock.addProject('', py?.name, py?.version)
    lock.projects.unshift(lock.projects.pop()!)
  }

  /** The nodes a dependency entry `{name, version?, source?}` points to. */
  const target = (dep: Entry): Node[] => {
    const key = pyKey(String(dep.name))
    let nodes = lock.byKey.get(key) ?? []
    if (nodes.length > 1 && typeof dep.version === 'string')
      nodes = nodes.filter((n) => (n.kind === 'package' ? n.pkg.version : n.project.version) === dep.version)
    if (nodes.length > 1 && dep.source !== undefined) {
      const want = sourceKey(dep.source)
      nodes = nodes.filter((n) => sourceKey(sources.get(nodeId(n))) === want)
    }
    return nodes
  }

  const link = (
    from: Recorded | undefined,
    fromId: string,
    list: unknown,
    scope: Scope,
    what: string,
  ): void => {
    if (!Array.isArray(list)) return
    for (const dep of list) {
      if (!isRecord(dep) || typeof dep.name !== 'string') {
        lock.issue('warning', `${what}: unreadable dependency ${JSON.stringify(dep)}`, from?.line)
        continue
      }
      const nodes = target(dep)
      if (!nodes.length) {
        lock.issue(
          'warning',
          `${what} depends on ${dep.name}, which the lockfile does not contain`,
          from?.line,
        )
        lock.complete = false
        continue
      }
      for (const n of nodes) lock.edge(fromId, nodeId(n), scope)
    }
  }

  for (const r of recorded) {
    const e = r.entry
    const what = `${String(e.name)}${typeof e.version === 'string' ? ` ${e.version}` : ''}`
    const key = pyKey(String(e.name))
    link(r, r.id, e.dependencies, 'runtime', what)
    if (isRecord(e['optional-dependencies']))
      for (const [extra, list] of Object.entries(e['optional-dependencies'])) {
        // a package's extra that something requests is needed; a project's own extras are optional
        const scope = !r.isProject && activations.has(key, extra) ? 'runtime' : 'optional'
        link(r, r.id, list, scope, `${what} [${extra}]`)
      }
    if (isRecord(e['dev-dependencies']))
      for (const [group, list] of Object.entries(e['dev-dependencies']))
        link(r, r.id, list, 'dev', `${what} (${group})`)
  }

  // a workspace root that is no project: [manifest] requirements and dependency-groups (both development
  // tools: tool.uv.dev-dependencies and [dependency-groups] of the root pyproject.toml)
  const manifest = isRecord(doc.manifest) ? doc.manifest : undefined
  if (manifest) {
    link(undefined, '', manifest.requirements, 'dev', 'the workspace root')
    if (isRecord(manifest['dependency-groups']))
      for (const [group, list] of Object.entries(manifest['dependency-groups']))
        link(undefined, '', list, 'dev', `the workspace root (${group})`)
    if (Array.isArray(manifest.members)) {
      const known = new Set(lock.projects.map((p) => pyKey(p.name)))
      for (const m of manifest.members)
        if (typeof m === 'string' && !known.has(pyKey(m))) {
          lock.issue(
            'warning',
            `workspace member ${m} has no [[package]] entry`,
            lineOf(input.text, 'members'),
          )
          lock.complete = false
        }
    }
  }

  const result = lock.result(format)
  deriveScopes(result)
  return result
}

/** Editable / virtual sources (projects) sort first, the lockfile's own folder before the others. */
function projectRank(value: unknown): number {
  if (!isRecord(value) || !isRecord(value.source)) return 2
  const local = value.source.editable ?? value.source.virtual
  if (typeof local !== 'string') return 2
  return localId(local) === '' ? 0 : 1
}

/** Extras requested by the dependency lists of an entry (`{ name = "x", extra = ["y"] }`). */
function collectActivations(activations: Activations, entry: Entry): void {
  const lists: unknown[] = [entry.dependencies]
  for (const table of [entry['optional-dependencies'], entry['dev-dependencies']])
    if (isRecord(table)) lists.push(...Object.values(table))
  for (const list of lists)
    if (Array.isArray(list))
      for (const dep of list)
        if (isRecord(dep) && typeof dep.name === 'string' && Array.isArray(dep.extra))
          activations.add(
            pyKey(dep.name),
            dep.extra.filter((x): x is string => typeof x === 'string'),
          )
}
