// pylock.toml and pylock.<name>.toml (PEP 751), lock-version 1.x: [[packages]] with their source — index with
// sdist / wheels, vcs, archive, directory (an editable directory is a project) — and hashes. `dependencies`
// (optional in PEP 751, "for auditing") gives the edges when a locker writes it; without it the file is flat
// and every package hangs off the root project. Scopes come from markers using PEP 751's
// `'<group>' in dependency_groups` / `'<extra>' in extras` where a multi-use lock has them.
import { posix } from 'node:path'
import { deriveScopes } from '../../graph/scopes.js'
import {
  ParseError,
  SCOPE_RANK,
  type Hash,
  type ParseInput,
  type ParseResult,
  type Scope,
} from '../../model.js'
import { isRecord, lineOf } from '../../util/text.js'
import {
  addPythonHash,
  declaredEdges,
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
import { headerLines, parseToml } from './toml.js'

type Entry = Record<string, unknown>

const GROUP_TERM = /^(['"])([^'"]+)\1\s+in\s+(dependency_groups|extras)$/

/** What a marker (or a part of it) says about scope: a scope, or NEUTRAL when it names no group or extra. */
type MarkerValue = Scope | typeof NEUTRAL
const NEUTRAL = 'neutral'

/**
 * The scope a PEP 751 marker implies, or undefined when it names no dependency group or extra. A term
 * `'<group>' in dependency_groups` is runtime for a default group and dev for another, `'<extra>' in extras`
 * optional; `and` takes the weakest of its scoped parts, `or` the strongest — and an `or` with a part that
 * names no group at all is needed regardless of groups.
 */
export function markerScope(marker: string, defaultGroups: ReadonlySet<string>): Scope | undefined {
  if (!marker.includes('dependency_groups') && !marker.includes('extras')) return undefined
  const tokens = markerTokens(marker)
  let at = 0
  const leaf = (text: string): MarkerValue => {
    const m = GROUP_TERM.exec(text.trim())
    if (!m) return NEUTRAL
    if (m[3] === 'extras') return 'optional'
    return defaultGroups.has(m[2]) ? 'runtime' : 'dev'
  }
  const primary = (): MarkerValue => {
    const t = tokens[at++]
    if (t === '(') {
      const v = or()
      if (tokens[at] === ')') at++
      return v
    }
    return t === undefined || t === ')' ? NEUTRAL : leaf(t)
  }
  const and = (): MarkerValue => {
    let v = primary()
    while (tokens[at] === 'and') {
      at++
      const w = primary()
      if (v === NEUTRAL) v = w
      else if (w !== NEUTRAL && SCOPE_RANK[w] < SCOPE_RANK[v]) v = w
    }
    return v
  }
  const or = (): MarkerValue => {
    let v = and()
    while (tokens[at] === 'or') {
      at++
      const w = and()
      if (v === NEUTRAL || w === NEUTRAL) v = NEUTRAL
      else if (SCOPE_RANK[w] > SCOPE_RANK[v]) v = w
    }
    return v
  }
  const v = or()
  return v === NEUTRAL ? undefined : v
}

/** A marker as "(", ")", "and", "or" and the comparisons between them (quotes respected). */
function markerTokens(marker: string): string[] {
  const tokens: string[] = []
  let current = ''
  const flush = (): void => {
    if (current.trim()) tokens.push(current.trim())
    current = ''
  }
  for (let i = 0; i < marker.length; i++) {
    const c = marker[i]
    if (c === '"' || c === "'") {
      const end = marker.indexOf(c, i + 1)
      const stop = end === -1 ? marker.length : end + 1
      current += marker.slice(i, stop)
      i = stop - 1
    } else if (c === '(' || c === ')') {
      flush()
      tokens.push(c)
    } else if (/\s/.test(c)) {
      const word = /^(and|or)(?=[\s(]|$)/.exec(marker.slice(i + 1))
      if (word && !current.trim().endsWith('not')) {
        flush()
        tokens.push(word[1])
        i += word[1].length
      } else current += c
    } else current += c
  }
  flush()
  return tokens
}

/** Id of a local project folder given relative to the lockfile ("" for the lockfile's own folder). */
function localId(path: string): string {
  return posix
    .normalize(path)
    .replace(/^\.\/?$/, '')
    .replace(/\/$/, '')
}

const str = (v: unknown): string | undefined => (typeof v === 'string' && v ? v : undefined)

export function parsePylock(input: ParseInput): ParseResult {
  const doc = parseToml(input.text, 'pylock.toml')
  const raw = doc['lock-version']
  if (raw === undefined) throw new ParseError('not a pylock.toml: no lock-version', 1)
  const lockVersion = String(raw)
  const versionLine = lineOf(input.text, 'lock-version')
  if (!/^1(\.\d+)?$/.test(lockVersion))
    throw new ParseError(
      `unknown pylock.toml lock-version ${JSON.stringify(raw)}: lockgraph reads 1.x (PEP 751)`,
      versionLine,
    )
  if (doc.packages !== undefined && !Array.isArray(doc.packages))
    throw new ParseError('"packages" is not an array of tables', lineOf(input.text, 'packages'))
  const entries = (doc.packages ?? []) as unknown[]
  const createdBy = str(doc['created-by'])
  const format = `${posix.basename(input.path)} v${lockVersion}${createdBy ? ` (${createdBy})` : ''}`

  const lock = new PyLock(input)
  if (lockVersion !== '1.0' && lockVersion !== '1')
    lock.issue(
      'info',
      `lock-version ${lockVersion} is newer than 1.0: keys added since are ignored`,
      versionLine,
    )
  const lines = headerLines(input.text, '[[packages]]')
  const defaultGroups = new Set(
    Array.isArray(doc['default-groups'])
      ? doc['default-groups'].filter((g): g is string => typeof g === 'string')
      : [],
  )

  // the root project: pyproject.toml beside the file, or an entry for the lockfile's own folder
  const py = lockPyproject(lock)
  const rootEntry = entries.find(
    (e) =>
      isRecord(e) &&
      isRecord(e.directory) &&
      typeof e.directory.path === 'string' &&
      localId(e.directory.path) === '',
  ) as Entry | undefined
  lock.addProject('', py?.name ?? str(rootEntry?.name), py?.version ?? str(rootEntry?.version))

  let scopesRecorded = false
  let hasDependencies = false
  const recorded: Array<{ id: string; entry: Entry; line?: number }> = []
  const locations = new Map<string, string>() // node id → its url / path, to match dependency tables

  entries.forEach((value, index) => {
    const line = lines[index]
    if (!isRecord(value)) {
      lock.issue('error', `[[packages]] entry ${index + 1} is not a table; skipped`, line)
      lock.complete = false
      return
    }
    const name = str(value.name)
    if (!name) {
      lock.issue('error', `[[packages]] entry ${index + 1} has no name; skipped`, line)
      lock.complete = false
      return
    }
    const version = str(value.version)
    if (Array.isArray(value.dependencies)) hasDependencies = true
    const marker = str(value.marker)
    const scope = marker ? markerScope(marker, defaultGroups) : undefined
    if (scope) scopesRecorded = true

    const vcs = isRecord(value.vcs) ? value.vcs : undefined
    const directory = isRecord(value.directory) ? value.directory : undefined
    const archive = isRecord(value.archive) ? value.archive : undefined
    if (value === rootEntry) {
      recorded.push({ id: '', entry: value, line })
      return
    }
    if (directory && typeof directory.path === 'string' && directory.editable === true) {
      const id = localId(directory.path)
      lock.addProject(id, name, version)
      locations.set(id, directory.path)
      recorded.push({ id, entry: value, line })
      return
    }

    const hashes: Hash[] = []
    let invalid = 0
    const readHashes = (table: unknown): void => {
      if (!isRecord(table)) return
      for (const [alg, hex] of Object.entries(table)) if (!addPythonHash(hashes, hex, alg)) invalid++
    }
    let where: Partial<PackageInit>
    let location: string | undefined
    if (vcs) {
      const url = str(vcs.url) ?? str(vcs.path)
      const type = str(vcs.type) ?? 'git'
      const commit = str(vcs['commit-id'])
      const subdirectory = str(vcs.subdirectory)
      location = url
      where = url
        ? gitSource(`${type}+${url.replace(/^git\+/, '')}`, commit, subdirectory)
        : { source: 'git' }
    } else if (directory) {
      location = str(directory.path)
      where = {
        source: 'path',
        resolved: location && (location.startsWith('/') ? location : lock.rel(location)),
      }
    } else if (archive) {
      readHashes(archive.hashes)
      const url = str(archive.url)
      const path = str(archive.path)
      location = url ?? path
      where = url
        ? urlSource(url)
        : { source: 'path', resolved: path && (path.startsWith('/') ? path : lock.rel(path)) }
    } else {
      // an index: the sdist's hash first (the one hash per algorithm an SBOM keeps is then the same as other
      // formats'), then the wheels'
      const sdist = isRecord(value.sdist) ? value.sdist : undefined
      const wheels = Array.isArray(value.wheels) ? value.wheels.filter(isRecord) : []
      readHashes(sdist?.hashes)
      for (const w of wheels) readHashes(w.hashes)
      const first = sdist ?? wheels[0]
      const file = str(first?.url) ?? (str(first?.path) && lock.rel(String(first?.path)))
      where = { source: 'registry', resolved: file, qualifiers: indexQualifiers(str(value.index)) }
    }
    if (invalid) lock.issue('warning', `${name} ${version ?? ''}: ${invalid} unreadable file hash(es)`, line)
    if (version === undefined) {
      lock.issue(
        'info',
        `${name} has no version in the lockfile (${where.source ?? 'registry'} source)`,
        line,
      )
      lock.complete = false
    }
    const pkg = lock.addPackage({ name, version, scope, hashes, line, ...where })
    if (location) locations.set(pkg.id, location)
    recorded.push({ id: pkg.id, entry: value, line })
  })

  /** The nodes a dependency table `{name, version?, vcs?/directory?/archive? ...}` points to. */
  const target = (dep: Entry): Node[] => {
    let nodes = lock.byKey.get(pyKey(String(dep.name))) ?? []
    if (nodes.length > 1 && typeof dep.version === 'string')
      nodes = nodes.filter((n) => (n.kind === 'package' ? n.pkg.version : n.project.version) === dep.version)
    for (const k of ['vcs', 'directory', 'archive'])
      if (nodes.length > 1 && isRecord(dep[k])) {
        const t = dep[k] as Entry
        const want = str(t.url) ?? str(t.path)
        if (want) nodes = nodes.filter((n) => locations.get(nodeId(n)) === want)
      }
    return nodes
  }

  if (hasDependencies) {
    const projectIds = new Set(lock.projects.map((p) => p.id))
    for (const { id, entry, line } of recorded) {
      if (!Array.isArray(entry.dependencies)) continue
      for (const dep of entry.dependencies) {
        if (!isRecord(dep) || typeof dep.name !== 'string') {
          lock.issue('warning', `${String(entry.name)}: unreadable dependency ${JSON.stringify(dep)}`, line)
          continue
        }
        const nodes = target(dep)
        if (!nodes.length) {
          lock.issue(
            'warning',
            `${String(entry.name)} depends on ${dep.name}, which the lockfile does not contain`,
            line,
          )
          lock.complete = false
          continue
        }
        // a project's edge says how the project needs it; between packages, an edge is a plain requirement
        const isProject = projectIds.has(id)
        for (const n of nodes)
          lock.edge(
            id,
            nodeId(n),
            isProject && n.kind === 'package' && scopesRecorded ? n.pkg.scope : 'runtime',
          )
      }
    }
    if (!rootEntry) {
      if (py) declaredEdges(lock, '', py, undefined)
      else {
        // the packages nothing depends on hang off the root
        const reached = lock.hasIncoming()
        for (const p of lock.packages) if (!reached.has(p.id)) lock.edge('', p.id, p.scope)
        for (const p of lock.projects) if (p.id !== '' && !reached.has(p.id)) lock.edge('', p.id, 'runtime')
      }
    }
  } else {
    // flat: what pyproject.toml declares with its scope, everything else off the root as well
    if (py) declaredEdges(lock, '', py, undefined)
    for (const p of lock.packages) if (!lock.hasEdge('', p.id)) lock.edge('', p.id, p.scope)
    if (lock.packages.length) {
      lock.issue(
        'info',
        'the lockfile records no dependencies between packages (PEP 751 makes them optional): every package is attached to the root project',
      )
      lock.complete = false
    }
  }

  const result = lock.result(format)
  if (!scopesRecorded) deriveScopes(result)
  return result
}
