// Maven coordinates: keys, artifact types, scopes and purls.
import type { Scope } from '../../model.js'
import { buildPurl } from '../../purl/purl.js'

export interface Gav {
  groupId: string
  artifactId: string
  version: string
}

/** "g:a:v", how Maven names a POM in its messages. */
export function gavString(c: Gav): string {
  return `${c.groupId}:${c.artifactId}:${c.version}`
}

/**
 * What a dependency `type` means for the file Maven resolves (Maven 3's artifact handlers): the extension and
 * the classifier it implies. Types Maven does not define are their own extension.
 */
const TYPES: Record<string, { extension: string; classifier?: string }> = {
  pom: { extension: 'pom' },
  jar: { extension: 'jar' },
  'maven-plugin': { extension: 'jar' },
  bundle: { extension: 'jar' }, // OSGi bundles (maven-bundle-plugin's packaging)
  ejb: { extension: 'jar' },
  'ejb-client': { extension: 'jar', classifier: 'client' },
  'test-jar': { extension: 'jar', classifier: 'tests' },
  javadoc: { extension: 'jar', classifier: 'javadoc' },
  'java-source': { extension: 'jar', classifier: 'sources' },
  war: { extension: 'war' },
  ear: { extension: 'ear' },
  rar: { extension: 'rar' },
  par: { extension: 'par' },
}

export function extensionOf(type: string): string {
  return TYPES[type]?.extension ?? type
}

/** The classifier a dependency resolves with: its own, or the one its type implies (test-jar → tests). */
export function effectiveClassifier(type: string, classifier: string | undefined): string {
  return classifier || TYPES[type]?.classifier || ''
}

/**
 * Conflict key: what makes two dependencies "the same artifact" for nearest-wins and for dependency
 * management on transitive dependencies (Maven resolver: groupId, artifactId, extension, classifier).
 */
export function conflictKey(groupId: string, artifactId: string, type: string, classifier?: string): string {
  return `${groupId}:${artifactId}:${extensionOf(type)}:${effectiveClassifier(type, classifier)}`
}

/** Key of a dependency in a POM's lists (inheritance merges and management lookups): g:a:type[:classifier]. */
export function managementKey(
  groupId: string,
  artifactId: string,
  type: string,
  classifier?: string,
): string {
  return `${groupId}:${artifactId}:${type}${classifier ? `:${classifier}` : ''}`
}

/** The Maven scopes. */
export type MavenScope = 'compile' | 'runtime' | 'provided' | 'test' | 'system' | 'import'

export const MAVEN_SCOPES: readonly string[] = ['compile', 'runtime', 'provided', 'test', 'system', 'import']

/**
 * lockgraph's scope for a Maven scope: compile and runtime are shipped; provided and system are needed but
 * supplied by the platform, not shipped with the project (optional); test is dev. An optional dependency is
 * optional whatever its scope, unless it is only for tests.
 */
export function lockgraphScope(scope: string, optional = false): Scope {
  if (scope === 'test') return 'dev'
  if (optional || scope === 'provided' || scope === 'system') return 'optional'
  return 'runtime'
}

/** purl of a Maven artifact: `type` and `classifier` qualifiers when it is not a plain jar. */
export function mavenPurl(
  groupId: string,
  artifactId: string,
  version: string | undefined,
  type = 'jar',
  classifier?: string,
): string {
  return buildPurl('maven', groupId, artifactId, version, {
    type: type === 'jar' ? undefined : type,
    classifier: classifier || undefined,
  })
}
