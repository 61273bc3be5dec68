// gradle/libs.versions.toml (and other gradle/*.versions.toml catalogs): the libraries and plugins a build
// declares, with their declared versions. With a lockfile in the build, the lockfile is what was resolved and
// the catalog only says which locked packages are direct dependencies; alone, the declared libraries are
// listed with the versions as declared (none for those a BOM / platform manages) and the project incomplete.
import type { FileSource, ParseInput, ParseResult, ParsedPackage } from '../../model.js'
import { mavenPurl } from '../maven/coordinates.js'
import { parseTomlStrict } from '../python/toml.js'
import { isRecord } from '../../util/text.js'
import { buildLockfile, buildRoot, gradleProject } from './build.js'

export interface CatalogEntry {
  /** Key in the catalog ("androidx-core-ktx"). */
  alias: string
  group: string
  name: string
  /** The version a build asks for (strictly, else require, else prefer); undefined when none is declared. */
  version?: string
  kind: 'library' | 'plugin'
}

/** A rich or plain version declaration, with [versions] references resolved. */
function versionOf(value: unknown, versions: Record<string, unknown>, depth = 0): string | undefined {
  if (typeof value === 'string') return value.trim() || undefined
  if (!isRecord(value) || depth > 4) return undefined
  if (typeof value.ref === 'string') return versionOf(versions[value.ref], versions, depth + 1)
  for (const key of ['strictly', 'require', 'prefer'])
    if (typeof value[key] === 'string' && value[key]) return value[key] as string
  return undefined
}

export function readCatalog(text: string): CatalogEntry[] {
  const toml = parseTomlStrict(text, 'Gradle version catalog')
  const versions = isRecord(toml.versions) ? toml.versions : {}
  const out: CatalogEntry[] = []
  for (const [alias, value] of Object.entries(isRecord(toml.libraries) ? toml.libraries : {})) {
    let group: string | undefined
    let name: string | undefined
    let version: string | undefined
    if (typeof value === 'string') {
      ;[group, name, version] = value.split(':')
    } else if (isRecord(value)) {
      if (typeof value.module === 'string') [group, name] = value.module.split(':')
      else if (typeof value.group === 'string' && typeof value.name === 'string') {
        group = value.group
        name = value.name
      }
      version = versionOf(value.version, versions)
    }
    if (group && name) out.push({ alias, group: group.trim(), name: name.trim(), version, kind: 'library' })
  }
  for (const [alias, value] of Object.entries(isRecord(toml.plugins) ? toml.plugins : {})) {
    let id: string | undefined
    let version: string | undefined
    if (typeof value === 'string') [id, version] = value.split(':')
    else if (isRecord(value) && typeof value.id === 'string') {
      id = value.id
      version = versionOf(value.version, versions)
    }
    // A plugin is resolved through its marker artifact, <id>:<id>.gradle.plugin
    if (id) out.push({ alias, group: id.trim(), name: `${id.trim()}.gradle.plugin`, version, kind: 'plugin' })
  }
  return out
}

/** A plain version (not a range, a dynamic "1.+", latest.release or a rich declaration with reject). */
function pinned(version: string | undefined): string | undefined {
  return version && /^[A-Za-z0-9._-]+$/.test(version) && !/^latest\./.test(version) ? version : undefined
}

const cache = new WeakMap<FileSource, Map<string, Set<string> | undefined>>()

/** "group:name" of the libraries the build's default catalog declares; undefined when it has none. */
export function catalogLibraries(root: string, files: FileSource): Set<string> | undefined {
  const path = root ? `${root}/gradle/libs.versions.toml` : 'gradle/libs.versions.toml'
  let byFiles = cache.get(files)
  if (!byFiles) cache.set(files, (byFiles = new Map()))
  if (byFiles.has(path)) return byFiles.get(path)
  const text = files.read(path)
  let set: Set<string> | undefined
  if (text !== undefined)
    try {
      set = new Set(
        readCatalog(text)
          .filter((e) => e.kind === 'library')
          .map((e) => `${e.group}:${e.name}`),
      )
    } catch {
      set = undefined // reported when the catalog itself is read
    }
  byFiles.set(path, set)
  return set
}

export function parseVersionCatalog(input: ParseInput): ParseResult {
  const dir = input.path.replace(/\/?gradle\/[^/]+$/, '')
  const root = buildRoot(dir, input.files)
  const entries = readCatalog(input.text)
  const lockfile = buildLockfile(root, input.files)
  if (lockfile)
    return {
      format: `${input.path.split('/').pop()} (Gradle version catalog; read with ${lockfile.replace(/\/$/, '')})`,
      projects: [],
      packages: [],
      edges: [],
      issues: [],
      complete: true,
    }
  const project = gradleProject(root, input.files, input.path)
  const packages = new Map<string, ParsedPackage>()
  const lines = input.text.split('\n')
  const lineOfAlias = (alias: string) => {
    const i = lines.findIndex((l) =>
      new RegExp(`^\\s*"?${alias.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}"?\\s*=`).test(l),
    )
    return i === -1 ? undefined : i + 1
  }
  let unpinned = 0
  for (const e of entries) {
    const version = pinned(e.version)
    if (!version) unpinned++
    let purl: string
    try {
      purl = mavenPurl(e.group, e.name, version)
    } catch {
      continue
    }
    if (packages.has(purl)) continue
    packages.set(purl, {
      id: purl,
      ecosystem: 'maven',
      name: `${e.group}:${e.name}`,
      version,
      purl,
      // plugins run in the build; libraries may be used anywhere (the catalog does not say where)
      scope: e.kind === 'plugin' ? 'dev' : 'runtime',
      hashes: [],
      source: 'registry',
      line: lineOfAlias(e.alias),
    })
  }
  const list = [...packages.values()]
  return {
    format: 'libs.versions.toml (Gradle version catalog)',
    projects: [project],
    packages: list,
    edges: list.map((p) => ({ from: '', to: p.id, scope: p.scope })),
    issues: [
      {
        file: input.path,
        severity: 'info',
        message: `no Gradle lockfile in this build: the ${list.length} declared libraries and plugins are listed with their declared versions (${unpinned} without one: managed by a BOM or platform, or not a plain version); resolved versions and transitive dependencies are unknown`,
      },
    ],
    complete: false,
  }
}
