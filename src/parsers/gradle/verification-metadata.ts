// gradle/verification-metadata.xml (Gradle dependency verification, format 1.0 – 1.3): the checksums of every
// file the build downloads, per component. The lockfiles of the build take their packages' hashes from it;
// alone (a build that verifies without locking), it lists the components, relations and scopes unknown.
import {
  ParseError,
  type FileSource,
  type Hash,
  type HashAlg,
  type ParseInput,
  type ParseResult,
  type ParsedPackage,
} from '../../model.js'
import { mavenPurl } from '../maven/coordinates.js'
import { attr, child, children, lineIndex, offsetOfElement, readXml } from '../maven/xml.js'
import { hexHash } from '../../util/hash.js'
import { buildLockfile, buildRoot, gradleProject } from './build.js'

const ALGS: Record<string, HashAlg> = { md5: 'MD5', sha1: 'SHA-1', sha256: 'SHA-256', sha512: 'SHA-512' }

export interface VerifiedComponent {
  group: string
  name: string
  version: string
  /** Hashes of its binaries (jar, aar, ...; not of .pom / .module metadata, sources or javadoc). */
  hashes: Hash[]
  line?: number
}

/** Binary files of a component, as opposed to its metadata and documentation. */
function isBinary(file: string): boolean {
  return !/\.(pom|module)$/.test(file) && !/-(sources|javadoc)\.jar$/.test(file)
}

export function readVerificationMetadata(text: string, path: string): VerifiedComponent[] {
  const doc = readXml(text, path, { attributes: true, positions: true, validate: true })
  const root = child(doc, 'verification-metadata')
  if (!root)
    throw new ParseError(`${path}: not Gradle verification metadata (no <verification-metadata> element)`)
  const lines = lineIndex(text)
  const out: VerifiedComponent[] = []
  for (const c of children(child(root, 'components'), 'component')) {
    const group = attr(c, 'group')
    const name = attr(c, 'name')
    const version = attr(c, 'version')
    if (!group || !name || !version) continue
    const hashes: Hash[] = []
    for (const artifact of children(c, 'artifact')) {
      if (!isBinary(attr(artifact, 'name') ?? '')) continue
      for (const [element, alg] of Object.entries(ALGS))
        for (const h of children(artifact, element)) {
          for (const value of [attr(h, 'value'), ...children(h, 'also-trust').map((t) => attr(t, 'value'))]) {
            const hash = value ? hexHash(value, alg) : undefined
            if (hash && !hashes.some((x) => x.alg === hash.alg && x.value === hash.value)) hashes.push(hash)
          }
        }
    }
    out.push({ group, name, version, hashes, line: lines(offsetOfElement(c)) })
  }
  return out
}

const cache = new WeakMap<FileSource, Map<string, Map<string, Hash[]> | undefined>>()

/** Hashes by "group:name:version" from the build's verification metadata; undefined when it has none. */
export function buildHashes(root: string, files: FileSource): Map<string, Hash[]> | undefined {
  const path = root ? `${root}/gradle/verification-metadata.xml` : 'gradle/verification-metadata.xml'
  let byFiles = cache.get(files)
  if (!byFiles) cache.set(files, (byFiles = new Map()))
  if (byFiles.has(path)) return byFiles.get(path)
  const text = files.read(path)
  let hashes: Map<string, Hash[]> | undefined
  if (text !== undefined)
    try {
      hashes = new Map()
      for (const c of readVerificationMetadata(text, path))
        hashes.set(`${c.group}:${c.name}:${c.version}`, c.hashes)
    } catch {
      hashes = undefined // reported when the file itself is read
    }
  byFiles.set(path, hashes)
  return hashes
}

export function parseVerificationMetadata(input: ParseInput): ParseResult {
  const dir = input.path.replace(/\/?gradle\/[^/]+$/, '')
  const root = buildRoot(dir, input.files)
  const components = readVerificationMetadata(input.text, input.path)
  const lockfile = buildLockfile(root, input.files)
  if (lockfile)
    return {
      format: `verification-metadata.xml (Gradle; hashes read with ${lockfile.replace(/\/$/, '')})`,
      projects: [],
      packages: [],
      edges: [],
      issues: [],
      complete: true,
    }
  const project = gradleProject(root, input.files, input.path)
  const packages: ParsedPackage[] = []
  let metadataOnly = 0
  for (const c of components) {
    if (!c.hashes.length) {
      metadataOnly++ // parent POMs, BOMs, plugin markers: metadata, not packages
      continue
    }
    const purl = mavenPurl(c.group, c.name, c.version)
    if (packages.some((p) => p.id === purl)) continue
    packages.push({
      id: purl,
      ecosystem: 'maven',
      name: `${c.group}:${c.name}`,
      version: c.version,
      purl,
      scope: 'runtime',
      hashes: c.hashes,
      source: 'registry',
      line: c.line,
    })
  }
  return {
    format: 'verification-metadata.xml (Gradle dependency verification)',
    projects: [project],
    packages,
    edges: packages.map((p) => ({ from: '', to: p.id, scope: p.scope })),
    issues: [
      {
        file: input.path,
        severity: 'info',
        message: `no Gradle lockfile in this build: the ${packages.length} verified components (build tooling included) are listed as direct dependencies, their scopes and relations unknown${metadataOnly ? `; ${metadataOnly} with only metadata (parent POMs, BOMs, plugin markers) are not packages` : ''}`,
      },
    ],
    complete: false,
  }
}
