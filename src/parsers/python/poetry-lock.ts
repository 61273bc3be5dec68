// poetry.lock: lock-version 1.x (Poetry 1.0–1.2: hashes under [metadata.files]; before 1.0, without a
// lock-version, under [metadata.hashes]) and 2.x (Poetry 1.3+: `files` per package; 2.1, Poetry 2: `groups`
// and per-group `markers`). Scopes come from `category` / `groups` when the file has them, else from
// pyproject.toml's declarations through the edges (Poetry 1.5–1.8 record neither).
import { posix } from 'node:path'
import { deriveScopes } from '../../graph/scopes.js'
import { ParseError, type Hash, type ParseInput, type ParseResult, type Scope } from '../../model.js'
import { isRecord, lineOf } from '../../util/text.js'
import {
  Activations,
  addFileHash,
  addPythonHash,
  declaredEdges,
  gitSource,
  indexQualifiers,
  inferredEdges,
  lockPyproject,
  nodeId,
  PyLock,
  pyKey,
  urlSource,
  type PackageInit,
} from './lockfile.js'
import { parseRequirement } from './pyproject.js'
import { distributionFiles, headerLines, parseToml, type DistributionFile } from './toml.js'

type Entry = Record<string, unknown>

/** File lists are read from their text (see parseToml). */
const SKIM: ReadonlySet<string> = new Set(['files'])

interface Dep {
  key: string
  name: string
  specifier: string
  optional: boolean
  extras: string[]
  conditional: boolean
}

/** [package.dependencies] values: "constraint", {version, optional, markers, extras, ...}, or a list of those. */
function readDependencies(value: unknown): Dep[] {
  if (!isRecord(value)) return []
  const deps: Dep[] = []
  for (const [name, spec] of Object.entries(value)) {
    const key = pyKey(name)
    if (typeof spec === 'string') {
      deps.push({ key, name, specifier: spec, optional: false, extras: [], conditional: false })
      continue
    }
    const tables = Array.isArray(spec) ? spec.filter(isRecord) : isRecord(spec) ? [spec] : []
    if (!tables.length) continue
    const extras = new Set<string>()
    for (const t of tables)
      if (Array.isArray(t.extras)) for (const e of t.extras) if (typeof e === 'string') extras.add(e)
    deps.push({
      key,
      name,
      specifier: tables
        .map((t) => (typeof t.version === 'string' ? t.version : '*'))
        .filter((v) => v !== '*')
        .join(' || '),
      optional: tables.every((t) => t.optional === true),
      extras: [...extras],
      conditional: tables.some((t) => typeof t.markers === 'string' || typeof t.python === 'string'),
    })
  }
  return deps
}

const SDIST = /\.(tar\.gz|tar\.bz2|tar\.xz|zip|tgz)$/i

/** Whether distribution file `file` is of version `version` (several versions of a name share metadata.files). */
function fileOfVersion(file: string, version: string): boolean {
  return file.includes(`-${version}-`) || file.includes(`-${version}.`)
}

export function parsePoetryLock(input: ParseInput): ParseResult {
  const doc = parseToml(input.text, 'poetry.lock', SKIM)
  const metadata = isRecord(doc.metadata) ? doc.metadata : undefined
  if (!metadata && doc.package === undefined)
    throw new ParseError('not a poetry.lock: no [[package]] and no [metadata]', 1)
  const raw = metadata?.['lock-version']
  const lockVersion = typeof raw === 'string' ? raw : undefined
  const major = lockVersion === undefined ? 0 : Number(/^(\d+)\.\d+$/.exec(lockVersion)?.[1] ?? NaN)
  if (raw !== undefined && major !== 1 && major !== 2)
    throw new ParseError(
      `unknown poetry.lock lock-version ${JSON.stringify(raw)}: lockgraph reads 1.x and 2.x (and files of Poetry before 1.0, which have none)`,
      lineOf(input.text, 'lock-version'),
    )
  if (doc.package !== undefined && !Array.isArray(doc.package))
    throw new ParseError('"package" is not an array of tables', lineOf(input.text, 'package'))
  const entries = (doc.package ?? []) as unknown[]

  const lock = new PyLock(input)
  const lines = headerLines(input.text, '[[package]]')
  const format = lockVersion === undefined ? 'poetry.lock (Poetry < 1.0)' : `poetry.lock v${lockVersion}`

  // Hashes of lock-version 1.x and older: [metadata.files] name → [{file, hash}], [metadata.hashes] name → [hex]
  const sharedFiles = new Map<string, unknown[]>()
  for (const table of [metadata?.files, metadata?.hashes])
    if (isRecord(table))
      for (const [name, list] of Object.entries(table))
        if (Array.isArray(list)) sharedFiles.set(pyKey(name), list)

  const nameCount = new Map<string, number>()
  for (const e of entries)
    if (isRecord(e) && typeof e.name === 'string') {
      const key = pyKey(e.name)
      nameCount.set(key, (nameCount.get(key) ?? 0) + 1)
    }

  // the root project first; its direct dependencies once every package is known
  const py = lockPyproject(lock)
  lock.addProject('', py?.name, py?.version)

  let scopesRecorded = false
  const recorded: Array<{ id: string; entry: Entry; deps: Dep[]; line?: number }> = []
  const activations = new Activations()

  entries.forEach((raw, index) => {
    const line = lines[index]
    const named = lock.namedEntry(raw, index, line)
    if (!named) return
    const { entry: value, name, version } = named
    const key = pyKey(name)
    const deps = readDependencies(value.dependencies)
    for (const d of deps) activations.add(d.key, d.extras)

    const source = isRecord(value.source) ? value.source : undefined
    const sourceType = typeof source?.type === 'string' ? source.type : undefined
    const sourceUrl = typeof source?.url === 'string' ? source.url : undefined
    if (sourceType === 'directory' && value.develop === true && sourceUrl !== undefined) {
      // an editable local project: a project of its own
      const id = localId(sourceUrl)
      if (id !== '') {
        lock.addProject(id, name, version)
        recorded.push({ id, entry: value, deps, line })
        return
      }
    }

    // scope, where the file says it
    let scope: Scope | undefined
    if (Array.isArray(value.groups)) {
      scopesRecorded = true
      scope = value.groups.includes('main') ? 'runtime' : 'dev'
    } else if (typeof value.category === 'string') {
      scopesRecorded = true
      scope = value.category === 'dev' ? 'dev' : 'runtime'
    }
    if (scope === 'runtime' && value.optional === true) scope = 'optional'

    // hashes: the sdist's first, so the one hash per algorithm an SBOM keeps is the same as other formats'
    const hashes: Hash[] = []
    let invalid = 0
    const shared = value.files === undefined ? sharedFiles.get(key) : undefined
    if (shared && shared.some((f) => typeof f === 'string')) {
      // [metadata.hashes] of Poetry < 1.0: bare sha256 values
      for (const f of shared) if (!addPythonHash(hashes, f, 'sha256')) invalid++
    } else {
      const several = (nameCount.get(key) ?? 0) > 1
      const files = distributionFiles(shared ?? value.files)
      files.sort((a, b) => Number(isSdist(b)) - Number(isSdist(a)))
      for (const f of files) {
        if (several && f.location !== undefined && !fileOfVersion(f.location, version)) continue
        if (!addFileHash(hashes, f)) invalid++
      }
    }
    if (invalid) lock.issue('warning', `${name} ${version}: ${invalid} unreadable file hash(es)`, line)

    let where: Partial<PackageInit> = {}
    if (sourceType === 'git' && sourceUrl) {
      const commit =
        typeof source?.resolved_reference === 'string'
          ? source.resolved_reference
          : typeof source?.reference === 'string'
            ? source.reference
            : undefined
      where = gitSource(
        sourceUrl,
        commit,
        typeof source?.subdirectory === 'string' ? source.subdirectory : undefined,
      )
    } else if (sourceType === 'url' && sourceUrl) where = urlSource(sourceUrl)
    else if ((sourceType === 'file' || sourceType === 'directory') && sourceUrl)
      where = { source: 'path', resolved: /^\//.test(sourceUrl) ? sourceUrl : lock.rel(sourceUrl) }
    else if (sourceType && sourceUrl) where = { source: 'registry', qualifiers: indexQualifiers(sourceUrl) }

    const pkg = lock.addPackage({ name, version, scope, hashes, line, ...where })
    recorded.push({ id: pkg.id, entry: value, deps, line })
  })

  // edges between packages
  for (const { id, entry, deps, line } of recorded) {
    const extras = isRecord(entry.extras) ? entry.extras : {}
    const ownKey = pyKey(String(entry.name))
    for (const d of deps) {
      const nodes = lock.resolve(d.key, d.specifier, true)
      if (!nodes.length) {
        if (!d.optional && !d.conditional) {
          lock.issue(
            'warning',
            `${String(entry.name)} ${String(entry.version)} depends on ${d.name}, which the lockfile does not contain`,
            line,
          )
          lock.complete = false
        }
        continue
      }
      let scope: Scope = 'runtime'
      if (d.optional) {
        // needed when an extra listing it is requested by something in the file
        const needed = Object.entries(extras).some(
          ([extra, reqs]) =>
            activations.has(ownKey, extra) &&
            Array.isArray(reqs) &&
            reqs.some((r) => typeof r === 'string' && parseRequirement(r)?.key === d.key),
        )
        scope = needed ? 'runtime' : 'optional'
      }
      for (const n of nodes) lock.edge(id, nodeId(n), scope)
    }
  }

  if (py) declaredEdges(lock, '', py, activations, { poetry: true })
  else inferredEdges(lock, '')

  const result = lock.result(format)
  if (!scopesRecorded) deriveScopes(result)
  return result
}

/** Id of a local project folder given relative to the lockfile ("" for the lockfile's own folder). */
function localId(path: string): string {
  return posix
    .normalize(path)
    .replace(/^\.\/?$/, '')
    .replace(/\/$/, '')
}

function isSdist(f: DistributionFile): boolean {
  return f.location !== undefined && SDIST.test(f.location)
}
