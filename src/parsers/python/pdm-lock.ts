// pdm.lock, lock_version 4.x (PDM 2): [[package]] entries with their dependencies (PEP 508 strings) and
// distribution files; `groups` per package (4.4+ with the inherit_metadata strategy) give the scopes, else
// the edges from pyproject.toml's declarations do. The same package locked with extras is a second entry
// (`extras = [...]`): one package here, with the edges of both. Files are per package from 4.3 on, under
// [metadata.files] ("name version" keys) before.
import { posix } from 'node:path'
import { deriveScopes } from '../../graph/scopes.js'
import {
  ParseError,
  SCOPE_RANK,
  type Hash,
  type ParseInput,
  type ParseResult,
  type ParsedPackage,
  type Scope,
} from '../../model.js'
import { isRecord, lineOf } from '../../util/text.js'
import {
  addFileHash,
  declaredEdges,
  gitSource,
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

const SDIST = /\.(tar\.gz|tar\.bz2|tar\.xz|zip|tgz)$/i
const isSdist = (f: DistributionFile): boolean => f.location !== undefined && SDIST.test(f.location)

/** Id of a local project folder given relative to the lockfile ("" for the lockfile's own folder). */
function localId(path: string): string {
  return posix
    .normalize(path.replace(/^file:\/\/\/?\$\{PROJECT_ROOT\}\/?/, ''))
    .replace(/^\.\/?$/, '')
    .replace(/\/$/, '')
}

export function parsePdmLock(input: ParseInput): ParseResult {
  const doc = parseToml(input.text, 'pdm.lock', SKIM)
  const metadata = isRecord(doc.metadata) ? doc.metadata : undefined
  const raw = metadata?.lock_version
  if (raw === undefined) throw new ParseError('not a pdm.lock: no [metadata] lock_version', 1)
  const lockVersion = String(raw)
  if (!/^4\.\d+(\.\d+)?$/.test(lockVersion))
    throw new ParseError(
      `unknown pdm.lock lock_version ${JSON.stringify(raw)}: lockgraph reads 4.x (PDM 2)`,
      lineOf(input.text, 'lock_version'),
    )
  if (doc.package !== undefined && !Array.isArray(doc.package))
    throw new ParseError('"package" is not an array of tables', lineOf(input.text, 'package'))
  const entries = (doc.package ?? []) as unknown[]

  const lock = new PyLock(input)
  const lines = headerLines(input.text, '[[package]]')
  const py = lockPyproject(lock)
  lock.addProject('', py?.name, py?.version)

  const lockedGroups = Array.isArray(metadata?.groups)
    ? new Set(metadata.groups.filter((g): g is string => typeof g === 'string'))
    : undefined
  const extrasOfProject = new Set((py?.extras ?? []).map((e) => pyKey(e)))
  const groupScope = (group: string): Scope =>
    group === 'default' ? 'runtime' : extrasOfProject.has(pyKey(group)) ? 'optional' : 'dev'

  // [metadata.files] of 4.0–4.2: "name version" → [{url | file, hash}]
  const sharedFiles = new Map<string, unknown[]>()
  if (isRecord(metadata?.files))
    for (const [k, list] of Object.entries(metadata.files)) {
      const space = k.lastIndexOf(' ')
      if (space > 0 && Array.isArray(list))
        sharedFiles.set(`${pyKey(k.slice(0, space))}@${k.slice(space + 1)}`, list)
    }

  let scopesRecorded = false
  const byNameVersion = new Map<string, { id: string; pkg?: ParsedPackage }>()
  const recorded: Array<{ id: string; entry: Entry; line?: number }> = []

  entries.forEach((raw, index) => {
    const line = lines[index]
    const named = lock.namedEntry(raw, index, line)
    if (!named) return
    const { entry: value, name, version } = named
    const key = pyKey(name)

    let scope: Scope | undefined
    if (Array.isArray(value.groups)) {
      scopesRecorded = true
      for (const g of value.groups)
        if (typeof g === 'string') {
          const s = groupScope(g)
          if (!scope || SCOPE_RANK[s] > SCOPE_RANK[scope]) scope = s
        }
    }

    // the same package with extras: one node, both entries' edges
    const known = byNameVersion.get(`${key}@${version}`)
    if (known) {
      if (known.pkg && scope && SCOPE_RANK[scope] > SCOPE_RANK[known.pkg.scope]) known.pkg.scope = scope
      if (known.pkg) for (const h of hashesOf(value, key, version).hashes) addHash(known.pkg.hashes, h)
      recorded.push({ id: known.id, entry: value, line })
      return
    }

    if (typeof value.path === 'string' && value.editable === true) {
      const id = localId(value.path)
      if (id !== '') {
        lock.addProject(id, name, version)
        byNameVersion.set(`${key}@${version}`, { id })
        recorded.push({ id, entry: value, line })
        return
      }
    }

    const { hashes, invalid, url } = hashesOf(value, key, version)
    if (invalid) lock.issue('warning', `${name} ${version}: ${invalid} unreadable file hash(es)`, line)
    let where: Partial<PackageInit> = { source: 'registry', resolved: url }
    if (typeof value.git === 'string')
      where = gitSource(
        value.git,
        typeof value.revision === 'string'
          ? value.revision
          : typeof value.ref === 'string'
            ? value.ref
            : undefined,
        typeof value.subdirectory === 'string' ? value.subdirectory : undefined,
      )
    else if (typeof value.url === 'string') where = urlSource(value.url)
    else if (typeof value.path === 'string')
      where = {
        source: 'path',
        resolved: value.path.startsWith('/') ? value.path : lock.rel(localId(value.path)),
      }

    const pkg = lock.addPackage({ name, version, scope, hashes, line, ...where })
    byNameVersion.set(`${key}@${version}`, { id: pkg.id, pkg })
    recorded.push({ id: pkg.id, entry: value, line })
  })

  function hashesOf(
    entry: Entry,
    key: string,
    version: string,
  ): { hashes: Hash[]; invalid: number; url?: string } {
    const files = distributionFiles(entry.files ?? sharedFiles.get(`${key}@${version}`))
    // the sdist's first: the one hash per algorithm an SBOM keeps is then the same as other formats'
    files.sort((a, b) => Number(isSdist(b)) - Number(isSdist(a)))
    const hashes: Hash[] = []
    let invalid = 0
    for (const f of files) if (!addFileHash(hashes, f)) invalid++
    return { hashes, invalid, url: files.find((f) => f.kind === 'url')?.location }
  }

  // edges between packages
  for (const { id, entry, line } of recorded) {
    if (!Array.isArray(entry.dependencies)) continue
    for (const text of entry.dependencies) {
      const req = typeof text === 'string' ? parseRequirement(text) : undefined
      if (!req) {
        lock.issue('warning', `${String(entry.name)}: unreadable dependency ${JSON.stringify(text)}`, line)
        continue
      }
      const nodes = lock.resolve(req.key, req.url ? undefined : req.specifier)
      if (!nodes.length) {
        // a dependency whose marker no locked environment meets is not locked
        if (!req.marker) {
          lock.issue(
            'warning',
            `${String(entry.name)} ${String(entry.version)} depends on ${req.name}, which the lockfile does not contain`,
            line,
          )
          lock.complete = false
        }
        continue
      }
      for (const n of nodes) lock.edge(id, nodeId(n), 'runtime')
    }
  }

  if (py) declaredEdges(lock, '', py, undefined, { lockedGroups })
  else inferredEdges(lock, '')

  const result = lock.result(`pdm.lock v${lockVersion}`)
  if (!scopesRecorded) deriveScopes(result)
  return result
}

function addHash(hashes: Hash[], hash: Hash): void {
  if (!hashes.some((h) => h.alg === hash.alg && h.value === hash.value)) hashes.push(hash)
}
