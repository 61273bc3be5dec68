// POMs and version lists from Maven repositories: each asked once per run (in-flight requests are shared),
// read into raw models, cached on disk. A POM that is not XML, is refused (DOCTYPE) or names another artifact
// counts as a failure of that repository, and the next one is asked.
import { createHash } from 'node:crypto'
import { ParseError } from '../model.js'
import { gavString, type Gav } from '../parsers/maven/coordinates.js'
import { readPom, type RawPom } from '../parsers/maven/pom.js'
import { child, children, readXml, text } from '../parsers/maven/xml.js'
import type { DiskCache } from './cache.js'
import type { HttpClient } from './http.js'
import type { RemoteRepository, RepositoryList } from './repositories.js'

export type PomFetch =
  | { status: 'found'; pom: RawPom; /** base URL of the repository it came from */ repository: string }
  | { status: 'missing' }
  | { status: 'failed'; message: string }

export type VersionsFetch = { status: 'found'; versions: string[] } | { status: 'failed'; message: string }

const DAY = 24 * 3600 * 1000
/** Bumped when RawPom changes shape, so that old cache entries are not read. */
const POM_CACHE = 'poms-v1'
const METADATA_CACHE = 'metadata-v1'

const isSnapshot = (version: string) => /-SNAPSHOT$/i.test(version)

function artifactDir(groupId: string, artifactId: string): string {
  return `${groupId.replace(/\./g, '/')}/${artifactId}`
}

function urlKey(url: string): string {
  return createHash('sha256').update(url).digest('hex').slice(0, 16)
}

export interface StoreStats {
  /** POMs asked for (each once per run). */
  poms: number
  /** Of which read from the disk cache. */
  pomsFromCache: number
  /** Version lists asked for (ranges). */
  metadata: number
}

export class PomStore {
  readonly stats: StoreStats = { poms: 0, pomsFromCache: 0, metadata: 0 }
  private readonly settled = new Map<string, PomFetch>()
  private readonly inflight = new Map<string, Promise<PomFetch>>()
  private readonly versionLists = new Map<string, Promise<VersionsFetch>>()

  constructor(
    private readonly http: HttpClient,
    private readonly cache: DiskCache,
    readonly repositories: RepositoryList,
  ) {}

  /** The outcome for a POM already fetched; undefined when it was not asked for yet. */
  peek(gav: Gav): PomFetch | undefined {
    return this.settled.get(gavString(gav))
  }

  fetchAll(gavs: readonly Gav[]): Promise<PomFetch[]> {
    return Promise.all(gavs.map((g) => this.fetch(g)))
  }

  fetch(gav: Gav): Promise<PomFetch> {
    const key = gavString(gav)
    const known = this.settled.get(key)
    if (known) return Promise.resolve(known)
    let running = this.inflight.get(key)
    if (!running) {
      running = this.load(gav).then((outcome) => {
        this.settled.set(key, outcome)
        this.inflight.delete(key)
        return outcome
      })
      this.inflight.set(key, running)
    }
    return running
  }

  private cacheKey(gav: Gav): string {
    return `${POM_CACHE}/${artifactDir(gav.groupId, gav.artifactId)}/${gav.version}.json`
  }

  private async load(gav: Gav): Promise<PomFetch> {
    this.stats.poms++
    const what = gavString(gav)
    if (!gav.groupId || !gav.artifactId || !gav.version || /[\s/\\${}]|\.\./.test(what))
      return { status: 'failed', message: `"${what}" is not a valid artifact coordinate` }
    const cacheKey = this.cacheKey(gav)
    const cached = this.cache.get(cacheKey, isSnapshot(gav.version) ? DAY : undefined)
    if (cached) {
      try {
        const entry = JSON.parse(cached) as { repository: string; pom: RawPom }
        this.stats.pomsFromCache++
        return { status: 'found', pom: entry.pom, repository: entry.repository }
      } catch {
        // a damaged entry: fetch again
      }
    }
    const errors: string[] = []
    for (const repo of this.repositories.for(gav.version)) {
      const url = await this.pomUrl(repo, gav)
      const got = await this.http.get(url, repo.authorization)
      if (got.status === 'missing') continue
      if (got.status === 'error') {
        errors.push(`${repo.url}: ${got.message}`)
        continue
      }
      let pom: RawPom
      try {
        pom = readPom(got.text, `${what} (${url})`)
      } catch (err) {
        errors.push(err instanceof ParseError ? err.message : `${url}: ${String(err)}`)
        continue
      }
      const groupId = pom.groupId ?? pom.parent?.groupId
      if (pom.artifactId !== gav.artifactId || (groupId !== undefined && groupId !== gav.groupId)) {
        errors.push(`${url}: the POM is for ${groupId}:${pom.artifactId}, not ${what}`)
        continue
      }
      this.cache.set(cacheKey, JSON.stringify({ repository: repo.url, pom }))
      return { status: 'found', pom, repository: repo.url }
    }
    return errors.length ? { status: 'failed', message: errors.join('; ') } : { status: 'missing' }
  }

  /** URL of a POM; for a snapshot, the timestamped file the repository's metadata names, when it does. */
  private async pomUrl(repo: RemoteRepository, gav: Gav): Promise<string> {
    const dir = `${repo.url}/${artifactDir(gav.groupId, gav.artifactId)}/${gav.version}`
    let fileVersion = gav.version
    if (isSnapshot(gav.version)) {
      const got = await this.http.get(`${dir}/maven-metadata.xml`, repo.authorization)
      if (got.status === 'ok') fileVersion = snapshotFileVersion(got.text, gav.version) ?? gav.version
    }
    return `${dir}/${gav.artifactId}-${fileVersion}.pom`
  }

  /** Every version the repositories list for an artifact (maven-metadata.xml), for version ranges. */
  versions(groupId: string, artifactId: string): Promise<VersionsFetch> {
    const key = `${groupId}:${artifactId}`
    let running = this.versionLists.get(key)
    if (!running) this.versionLists.set(key, (running = this.loadVersions(groupId, artifactId)))
    return running
  }

  private async loadVersions(groupId: string, artifactId: string): Promise<VersionsFetch> {
    this.stats.metadata++
    const versions = new Set<string>()
    const errors: string[] = []
    let answered = false
    for (const repo of this.repositories.all()) {
      const cacheKey = `${METADATA_CACHE}/${urlKey(repo.url)}/${artifactDir(groupId, artifactId)}.json`
      const cached = this.cache.get(cacheKey, DAY)
      if (cached) {
        try {
          for (const v of JSON.parse(cached) as string[]) versions.add(v)
          answered = true
          continue
        } catch {
          // fetch again
        }
      }
      const url = `${repo.url}/${artifactDir(groupId, artifactId)}/maven-metadata.xml`
      const got = await this.http.get(url, repo.authorization)
      if (got.status === 'missing') {
        answered = true
        continue
      }
      if (got.status === 'error') {
        errors.push(`${repo.url}: ${got.message}`)
        continue
      }
      try {
        const listed = metadataVersions(got.text, url)
        for (const v of listed) versions.add(v)
        this.cache.set(cacheKey, JSON.stringify(listed))
        answered = true
      } catch (err) {
        errors.push(err instanceof Error ? err.message : String(err))
      }
    }
    if (!answered && errors.length) return { status: 'failed', message: errors.join('; ') }
    return { status: 'found', versions: [...versions] }
  }
}

/** Versions listed by a maven-metadata.xml. Throws ParseError for one that is not metadata. */
export function metadataVersions(source: string, what: string): string[] {
  const doc = readXml(source, what)
  const metadata = child(doc, 'metadata')
  if (!metadata) throw new ParseError(`${what}: not Maven metadata (no <metadata> element)`)
  const versioning = child(metadata, 'versioning')
  const listed = children(child(versioning, 'versions'), 'version').filter(
    (v): v is string => typeof v === 'string',
  )
  const single = text(metadata, 'version')
  if (single && !listed.includes(single)) listed.push(single)
  return listed.map((v) => v.trim()).filter((v) => v !== '')
}

/** The timestamped version of a snapshot's POM file, from the version folder's maven-metadata.xml. */
export function snapshotFileVersion(source: string, version: string): string | undefined {
  let doc
  try {
    doc = readXml(source, 'maven-metadata.xml')
  } catch {
    return undefined
  }
  const versioning = child(child(doc, 'metadata'), 'versioning')
  for (const sv of children(child(versioning, 'snapshotVersions'), 'snapshotVersion'))
    if (text(sv, 'extension') === 'pom' && !text(sv, 'classifier')) return text(sv, 'value')
  const snapshot = child(versioning, 'snapshot')
  const timestamp = text(snapshot, 'timestamp')
  const build = text(snapshot, 'buildNumber')
  if (timestamp && build) return version.replace(/-SNAPSHOT$/i, `-${timestamp}-${build}`)
  return undefined
}
