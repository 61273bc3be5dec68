// The resolved graph equals `mvn dependency:tree` for the same project: every artifact, version, scope,
// optional flag and parent → child edge, and the printed tree line for line.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { ParseResult } from '../../src/model.js'
import type { DependencyTree, TreeNode } from '../../src/maven/collect.js'
import { MavenResolver, RESOLVED_FORMAT } from '../../src/maven/resolve.js'
import { renderTree } from '../../src/maven/tree-text.js'
import { diskSource } from '../../src/scan.js'
import { MAVEN_TESTDATA, startRepoServer, type RepoServer } from './repo-server.js'

interface JsonNode {
  groupId: string
  artifactId: string
  version: string
  type: string
  scope: string
  classifier: string
  optional: string
  children?: JsonNode[]
}

const label = (n: {
  groupId: string
  artifactId: string
  type: string
  classifier: string
  version: string
}) => `${n.groupId}:${n.artifactId}:${n.type}${n.classifier ? `:${n.classifier}` : ''}:${n.version}`

/** Every node as "artifact scope optional" and every edge as "parent -> child", from Maven's JSON tree. */
function fromMavenJson(file: string): { nodes: string[]; edges: string[] } {
  const root = JSON.parse(readFileSync(file, 'utf8')) as JsonNode
  const nodes: string[] = []
  const edges: string[] = []
  const walk = (n: JsonNode) => {
    for (const c of n.children ?? []) {
      nodes.push(`${label(c)} ${c.scope}${c.optional === 'true' ? ' optional' : ''}`)
      edges.push(`${label(n)} -> ${label(c)}`)
      walk(c)
    }
  }
  walk(root)
  return { nodes: nodes.sort(), edges: edges.sort() }
}

function fromTree(tree: DependencyTree): { nodes: string[]; edges: string[] } {
  const nodes: string[] = []
  const edges: string[] = []
  const { groupId, artifactId, version } = tree.root.gav
  const rootLabel = label({ groupId, artifactId, version, type: tree.root.packaging, classifier: '' })
  const walk = (parent: string, list: TreeNode[]) => {
    for (const c of list) {
      nodes.push(`${label(c)} ${c.scope}${c.optional ? ' optional' : ''}`)
      edges.push(`${parent} -> ${label(c)}`)
      walk(label(c), c.children)
    }
  }
  walk(rootLabel, tree.children)
  return { nodes: nodes.sort(), edges: edges.sort() }
}

/** "from -> to scope" with projects as "project:<id>" and packages by purl. */
const edgeSet = (r: ParseResult) => new Set(r.edges.map((e) => `${e.from || '(root)'} -> ${e.to} ${e.scope}`))

let server: RepoServer
let cacheDir: string

beforeAll(async () => {
  server = await startRepoServer()
  cacheDir = mkdtempSync(join(tmpdir(), 'lockgraph-maven-test-'))
})
afterAll(async () => {
  await server.close()
  rmSync(cacheDir, { recursive: true, force: true })
})

async function resolve(project: string, options: { cache?: string | false } = {}) {
  const root = join(MAVEN_TESTDATA, project)
  const resolver = new MavenResolver({
    repositories: [`mirror=${server.url}`],
    cacheDir: options.cache ?? false,
  })
  const build = await resolver.resolveBuild({
    path: 'pom.xml',
    text: readFileSync(join(root, 'pom.xml'), 'utf8'),
    files: diskSource(root),
  })
  return { build, resolver, root }
}

describe('service-offline-m2: 21 direct dependencies, 46 resolved artifacts, 4 levels (Maven 3.8.7)', () => {
  test('the tree is the one mvn dependency:tree prints, line for line', async () => {
    server.requests.length = 0
    server.notServed.length = 0
    const { build, resolver, root } = await resolve('service-offline-m2')
    expect(build.modules).toHaveLength(1)
    const tree = build.modules[0].tree
    expect(renderTree(tree)).toBe(readFileSync(join(root, 'dependency-tree.txt'), 'utf8'))
    expect(fromTree(tree)).toEqual(fromMavenJson(join(root, 'dependency-tree.json')))
    expect(tree.nodes).toHaveLength(46)
    expect(Math.max(...tree.nodes.map((n) => n.depth))).toBe(4)

    // 79 POMs: the 46 artifacts, their parents and imported BOMs, each fetched once, every one found
    expect(server.notServed).toEqual([])
    expect(server.requests).toHaveLength(79)
    expect(new Set(server.requests).size).toBe(79)
    expect(server.requests.every((p) => p.endsWith('.pom'))).toBe(true)
    expect(resolver.stats()).toMatchObject({
      requests: 79,
      retries: 0,
      poms: 79,
      pomsFromCache: 0,
      metadata: 0,
    })
  })

  test('the ParseResult: one project, 46 packages with their scopes, the tree edges', async () => {
    const { build } = await resolve('service-offline-m2')
    const r = build.result
    expect(r.format).toBe(RESOLVED_FORMAT)
    expect(r.complete).toBe(true)
    expect(r.issues).toEqual([])
    expect(r.projects).toEqual([
      {
        id: '',
        ecosystem: 'maven',
        name: 'com.acme:acme-inventory-service',
        version: '2.3.0-SNAPSHOT',
        purl: 'pkg:maven/com.acme/acme-inventory-service@2.3.0-SNAPSHOT',
        manifest: 'pom.xml',
        dir: '',
      },
    ])
    expect(r.packages).toHaveLength(46)
    const byScope = (s: string) =>
      r.packages
        .filter((p) => p.scope === s)
        .map((p) => `${p.name}@${p.version}`)
        .sort()
    expect(byScope('dev')).toEqual([
      'com.h2database:h2@2.3.232',
      'org.apiguardian:apiguardian-api@1.1.2',
      'org.junit.jupiter:junit-jupiter-api@5.11.4',
      'org.junit.jupiter:junit-jupiter-engine@5.11.4',
      'org.junit.jupiter:junit-jupiter-params@5.11.4',
      'org.junit.jupiter:junit-jupiter@5.11.4',
      'org.junit.platform:junit-platform-commons@1.11.4',
      'org.junit.platform:junit-platform-engine@1.11.4',
      'org.opentest4j:opentest4j@1.3.0',
    ])
    expect(byScope('runtime')).toHaveLength(37)
    const edges = edgeSet(r)
    expect(edges.size).toBe(46)
    expect(edges).toContain('(root) -> pkg:maven/org.slf4j/slf4j-simple@2.0.16 runtime')
    expect(edges).toContain(
      'pkg:maven/com.squareup.okio/okio-jvm@3.6.0 -> pkg:maven/org.jetbrains.kotlin/kotlin-stdlib-common@1.9.10 runtime',
    )
    expect(edges).toContain(
      'pkg:maven/org.junit.jupiter/junit-jupiter-engine@5.11.4 -> pkg:maven/org.junit.platform/junit-platform-engine@1.11.4 dev',
    )
    // direct: the 21 dependencies of the POM
    expect(r.edges.filter((e) => e.from === '')).toHaveLength(21)
    const guava = r.packages.find((p) => p.name === 'com.google.guava:guava')!
    expect(guava).toMatchObject({
      purl: 'pkg:maven/com.google.guava/guava@33.4.0-jre',
      resolved: `${server.url}/com/google/guava/guava/33.4.0-jre/guava-33.4.0-jre.jar`,
      source: 'registry',
    })
    // licenses as the POMs (or their parents) state them
    expect(r.packages.find((p) => p.name === 'org.slf4j:slf4j-api')!.license).toBe('MIT License')
    expect(guava.license).toBe('Apache License, Version 2.0')
  })

  test('from the on-disk cache: no request at all, the same tree', async () => {
    const first = await resolve('service-offline-m2', { cache: cacheDir })
    const before = server.requests.length
    const second = await resolve('service-offline-m2', { cache: cacheDir })
    expect(server.requests.length).toBe(before)
    expect(second.resolver.stats()).toMatchObject({ requests: 0, poms: 79, pomsFromCache: 79 })
    expect(renderTree(second.build.modules[0].tree)).toBe(renderTree(first.build.modules[0].tree))
    expect(second.build.result).toEqual(first.build.result)
  })
})

describe('multi-module: imported BOMs, exclusions, optional, relocation, range, test-jar (Maven 3.8.7)', () => {
  const modules = ['', 'shop-api/', 'shop-core/', 'shop-app/']

  test('each module`s tree is the one mvn dependency:tree prints for it', async () => {
    server.requests.length = 0
    server.notServed.length = 0
    const { build, root } = await resolve('multi-module')
    expect(build.modules.map((m) => m.path)).toEqual(modules.map((m) => `${m}pom.xml`))
    for (const [i, m] of modules.entries()) {
      const tree = build.modules[i].tree
      expect(renderTree(tree)).toBe(readFileSync(join(root, m, 'dependency-tree.txt'), 'utf8'))
      expect(fromTree(tree)).toEqual(fromMavenJson(join(root, m, 'dependency-tree.json')))
    }
    expect(server.notServed).toEqual([])
    expect(new Set(server.requests).size).toBe(server.requests.length) // each file once
    expect(server.requests).toContain('commons-io/commons-io/maven-metadata.xml')
  })

  test('the ParseResult: four projects, edges between modules, one package per artifact', async () => {
    const { build } = await resolve('multi-module')
    const r = build.result
    expect(r.complete).toBe(true)
    expect(r.issues).toEqual([])
    expect(r.projects.map((p) => [p.id, p.name, p.purl, p.manifest, p.dir])).toEqual([
      [
        '',
        'com.acme.shop:shop-parent',
        'pkg:maven/com.acme.shop/shop-parent@1.4.0-SNAPSHOT?type=pom',
        'pom.xml',
        '',
      ],
      [
        'shop-api/pom.xml',
        'com.acme.shop:shop-api',
        'pkg:maven/com.acme.shop/shop-api@1.4.0-SNAPSHOT',
        'shop-api/pom.xml',
        'shop-api',
      ],
      [
        'shop-core/pom.xml',
        'com.acme.shop:shop-core',
        'pkg:maven/com.acme.shop/shop-core@1.4.0-SNAPSHOT',
        'shop-core/pom.xml',
        'shop-core',
      ],
      [
        'shop-app/pom.xml',
        'com.acme.shop:shop-app',
        'pkg:maven/com.acme.shop/shop-app@1.4.0-SNAPSHOT',
        'shop-app/pom.xml',
        'shop-app',
      ],
    ])
    const edges = edgeSet(r)
    // modules depend on modules: edges between projects (the test-jar too), never packages
    expect([...edges].filter((e) => /^shop-\w+\/pom\.xml -> shop-/.test(e)).sort()).toEqual([
      'shop-app/pom.xml -> shop-api/pom.xml dev',
      'shop-app/pom.xml -> shop-core/pom.xml runtime',
      'shop-core/pom.xml -> shop-api/pom.xml runtime',
    ])
    expect(r.packages.some((p) => p.name.startsWith('com.acme.shop:'))).toBe(false)
    // optional direct dependencies are optional; provided (managed below a test dependency) too
    expect(edges).toContain('shop-api/pom.xml -> pkg:maven/com.google.code.findbugs/jsr305@3.0.2 optional')
    expect(edges).toContain('shop-core/pom.xml -> pkg:maven/org.yaml/snakeyaml@2.2 optional')
    expect(edges).toContain(
      'pkg:maven/org.junit.jupiter/junit-jupiter-api@5.11.4 -> pkg:maven/org.apiguardian/apiguardian-api@1.1.2 optional',
    )
    // jsr305 is needed at runtime through guava: the package's scope is the strongest
    expect(r.packages.find((p) => p.name === 'com.google.code.findbugs:jsr305')!.scope).toBe('runtime')
    // the relocation: acme-codec is commons-codec 1.16.1 in shop-api, 1.17.1 (managed) elsewhere
    expect(
      r.packages
        .filter((p) => p.name.endsWith(':commons-codec'))
        .map((p) => p.version)
        .sort(),
    ).toEqual(['1.16.1', '1.17.1'])
    expect(r.packages.some((p) => p.name === 'com.acme.legacy:acme-codec')).toBe(false)
    // the range [2.15,2.17.0] is the highest version the metadata lists in it
    expect(r.packages.find((p) => p.name === 'commons-io:commons-io')!.version).toBe('2.17.0')
    // exclusions: none of these is anywhere
    for (const gone of [
      'com.google.guava:listenablefuture',
      'com.google.errorprone:error_prone_annotations',
      'org.apache.httpcomponents.core5:httpcore5-h2',
      'org.checkerframework:checker-qual@3.37.0', // caffeine's, excluded with *:*
    ])
      expect(r.packages.some((p) => `${p.name}@${p.version}`.startsWith(gone))).toBe(false)
  })
})
