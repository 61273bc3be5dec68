// Maven's resolution rules, one at a time, on small POMs written for each (served from memory).
import type { ParseResult } from '../../src/model.js'
import { MavenResolver, type MavenOptions } from '../../src/maven/resolve.js'
import { renderTree } from '../../src/maven/tree-text.js'
import { startRepoServer, type Fault, type RepoServer } from './repo-server.js'
import { files, metadata, pomXml, repo, type PomSpec } from './synthetic.js'

const servers: RepoServer[] = []
afterAll(async () => {
  for (const s of servers) await s.close()
})

async function serve(map: Record<string, string>, faults?: (path: string) => Fault | undefined) {
  const server = await startRepoServer([], faults, map)
  servers.push(server)
  return server
}

/** Resolves a project POM against a repository map; the tree as Maven prints it, without the root line. */
async function resolve(project: PomSpec, map: Record<string, string>, options: MavenOptions = {}) {
  const server = await serve(map)
  const resolver = new MavenResolver({ repositories: [`mirror=${server.url}`], cacheDir: false, ...options })
  const build = await resolver.resolveBuild({ path: 'pom.xml', text: pomXml(project), files: files({}) })
  const tree = renderTree(build.modules[0].tree).split('\n').slice(1).join('\n')
  return { tree, result: build.result, server, resolver }
}

const messages = (r: ParseResult) => r.issues.map((i) => `${i.severity}: ${i.message}`)

test('nearest wins; of equally near ones, the first declared; losers are not fetched', async () => {
  const map = repo(
    { a: 'a', deps: [{ a: 'c', v: '1' }] },
    {
      a: 'b',
      deps: [
        { a: 'c', v: '2' },
        { a: 'd', v: '1.0' },
      ],
    },
    { a: 'c', v: '1' },
    { a: 'd', deps: [{ a: 'e', v: '1.0' }] },
    {
      a: 'e',
      deps: [
        { a: 'd', v: '9' },
        { a: 'c', v: '3' },
      ],
    },
  )
  const { tree, server } = await resolve(
    {
      a: 'app',
      deps: [
        { a: 'a', v: '1.0' },
        { a: 'b', v: '1.0' },
      ],
    },
    map,
  )
  expect(tree).toBe(
    [
      '+- test:a:jar:1.0:compile',
      '|  \\- test:c:jar:1:compile',
      '\\- test:b:jar:1.0:compile',
      '   \\- test:d:jar:1.0:compile',
      '      \\- test:e:jar:1.0:compile',
      '',
    ].join('\n'),
  )
  // c:2, c:3 and d:9 lost: their POMs were never asked for (and do not exist)
  expect(server.notServed).toEqual([])
})

test('scopes derive from the parent`s (Maven`s table); test, provided and optional ones are not followed', async () => {
  const child = { a: 'leaf', v: '1' }
  const map = repo(
    {
      a: 'rt',
      deps: [
        { a: 'c1', v: '1' },
        { a: 'r1', v: '1', scope: 'runtime' },
      ],
    },
    {
      a: 'pr',
      deps: [
        { a: 'c2', v: '1' },
        { a: 'r2', v: '1', scope: 'runtime' },
      ],
    },
    { a: 'ts', deps: [{ a: 'c3', v: '1' }] },
    {
      a: 'cp',
      deps: [
        { a: 'r4', v: '1', scope: 'runtime' },
        { a: 'skipped-test', v: '1', scope: 'test' },
        { a: 'skipped-provided', v: '1', scope: 'provided' },
        { a: 'skipped-optional', v: '1', optional: true },
      ],
    },
    ...['c1', 'r1', 'c2', 'r2', 'c3', 'r4'].map((a) => ({ a, v: '1' })),
    child,
  )
  const { tree } = await resolve(
    {
      a: 'app',
      deps: [
        { a: 'rt', v: '1.0', scope: 'runtime' },
        { a: 'pr', v: '1.0', scope: 'provided' },
        { a: 'ts', v: '1.0', scope: 'test' },
        { a: 'cp', v: '1.0' },
      ],
    },
    map,
  )
  expect(tree).toBe(
    [
      '+- test:rt:jar:1.0:runtime',
      '|  +- test:c1:jar:1:runtime',
      '|  \\- test:r1:jar:1:runtime',
      '+- test:pr:jar:1.0:provided',
      '|  +- test:c2:jar:1:provided',
      '|  \\- test:r2:jar:1:provided',
      '+- test:ts:jar:1.0:test',
      '|  \\- test:c3:jar:1:test',
      '\\- test:cp:jar:1.0:compile',
      '   \\- test:r4:jar:1:runtime',
      '',
    ].join('\n'),
  )
})

test('a winner met below a test dependency takes the widest scope it is met with; a direct one keeps its own', async () => {
  const map = repo(
    { a: 't', deps: [{ a: 'z', v: '1' }] },
    { a: 'c', deps: [{ a: 'm', v: '1' }] },
    { a: 'm', v: '1', deps: [{ a: 'z', v: '2' }] },
    { a: 'z', v: '1' },
  )
  const widened = await resolve(
    {
      a: 'app',
      deps: [
        { a: 't', v: '1.0', scope: 'test' },
        { a: 'c', v: '1.0' },
      ],
    },
    map,
  )
  expect(widened.tree).toContain('|  \\- test:z:jar:1:compile') // nearest version, widest scope
  const direct = await resolve(
    {
      a: 'app',
      deps: [
        { a: 't', v: '1.0', scope: 'test' },
        { a: 'c', v: '1.0' },
        { a: 'z', v: '1', scope: 'test' },
      ],
    },
    map,
  )
  expect(direct.tree).toContain('\\- test:z:jar:1:test')
})

test('dependencyManagement of the project sets transitive versions and scopes, and adds exclusions', async () => {
  const map = repo(
    {
      a: 'lib',
      deps: [
        { a: 'z', v: '1' },
        { a: 'y', v: '1' },
      ],
    },
    { a: 'z', v: '2', deps: [{ a: 'w', v: '1' }] },
    { a: 'y', v: '1' },
    { a: 'w', v: '1' },
  )
  const { tree } = await resolve(
    {
      a: 'app',
      managed: [
        { a: 'z', v: '2', scope: 'runtime', exclusions: ['test:w'] },
        { a: 'y', scope: 'test' },
      ],
      deps: [{ a: 'lib', v: '1.0' }],
    },
    map,
  )
  expect(tree).toBe(
    ['\\- test:lib:jar:1.0:compile', '   +- test:z:jar:2:runtime', '   \\- test:y:jar:1:test', ''].join('\n'),
  )
})

test('exclusions apply to the whole subtree, with * wildcards', async () => {
  const map = repo(
    {
      a: 'a',
      deps: [
        { a: 'b', v: '1' },
        { g: 'other', a: 'x', v: '1' },
      ],
    },
    {
      a: 'b',
      v: '1',
      deps: [
        { a: 'c', v: '1' },
        { g: 'other', a: 'y', v: '1' },
      ],
    },
    { a: 'c', v: '1' },
    { g: 'other', a: 'x', v: '1' },
    { g: 'other', a: 'y', v: '1' },
    { a: 'all', deps: [{ a: 'c', v: '1' }] },
  )
  const { tree } = await resolve(
    {
      a: 'app',
      deps: [
        { a: 'a', v: '1.0', exclusions: ['test:c', 'other:*'] },
        { a: 'all', v: '1.0', exclusions: ['*:*'] },
      ],
    },
    map,
  )
  expect(tree).toBe(
    ['+- test:a:jar:1.0:compile', '|  \\- test:b:jar:1:compile', '\\- test:all:jar:1.0:compile', ''].join(
      '\n',
    ),
  )
})

test('a dependency cycle ends where an artifact is met again', async () => {
  const map = repo({ a: 'a', deps: [{ a: 'b', v: '1.0' }] }, { a: 'b', deps: [{ a: 'a', v: '1.0' }] })
  const { tree, result } = await resolve({ a: 'app', deps: [{ a: 'a', v: '1.0' }] }, map)
  expect(tree).toBe(['\\- test:a:jar:1.0:compile', '   \\- test:b:jar:1.0:compile', ''].join('\n'))
  expect(result.complete).toBe(true)
})

test('version ranges: the highest version the metadata lists in the range; none is a warning', async () => {
  const map = {
    ...repo({ a: 'lib', v: '1.5' }),
    ...metadata('test', 'lib', ['0.9', '1.0', '1.5', '2.0', '1.6-SNAPSHOT']),
  }
  const ok = await resolve({ a: 'app', deps: [{ a: 'lib', v: '[1.0,2.0)' }] }, map)
  expect(ok.tree).toBe('\\- test:lib:jar:1.5:compile\n')
  const none = await resolve({ a: 'app', deps: [{ a: 'lib', v: '[3.0,)' }] }, map)
  expect(none.result.complete).toBe(false)
  expect(messages(none.result)).toContain('warning: test:lib:[3.0,) matches no version the repositories list')
})

test('relocations are followed, with management and conflicts applied to the new artifact', async () => {
  const map = repo(
    { a: 'old', relocation: 'org.new:new:' },
    { g: 'org.new', a: 'new', v: '1.0', deps: [{ a: 'dep', v: '1' }] },
    { a: 'dep', v: '1' },
    { a: 'via', deps: [{ a: 'older', v: '1.0' }] },
    { a: 'older', relocation: 'test:old:' },
  )
  const { tree, result } = await resolve(
    {
      a: 'app',
      deps: [
        { a: 'old', v: '1.0' },
        { a: 'via', v: '1.0' },
      ],
    },
    map,
  )
  expect(tree).toBe(
    [
      '+- org.new:new:jar:1.0:compile',
      '|  \\- test:dep:jar:1:compile',
      '\\- test:via:jar:1.0:compile',
      '',
    ].join('\n'),
  )
  expect(result.packages.map((p) => p.purl).sort()).toEqual([
    'pkg:maven/org.new/new@1.0',
    'pkg:maven/test/dep@1',
    'pkg:maven/test/via@1.0',
  ])
})

test('parents: properties, dependencies and management are inherited; ${project.version} is the child`s', async () => {
  const map = {
    ...repo(
      {
        a: 'parent',
        v: '7',
        packaging: 'pom',
        props: { 'z.version': '3' },
        managed: [
          { a: 'z', v: '${z.version}' },
          { a: 'self-bom', v: '${project.version}' },
        ],
        deps: [{ a: 'from-parent', v: '1' }],
      },
      { a: 'lib', parent: 'test:parent:7', v: '2.5', deps: [{ a: 'z' }, { a: 'self-bom' }] },
      { a: 'z', v: '3' },
      { a: 'from-parent', v: '1' },
      { a: 'self-bom', v: '2.5' },
    ),
  }
  const { tree, result } = await resolve({ a: 'app', deps: [{ a: 'lib', v: '2.5' }] }, map)
  expect(tree).toBe(
    [
      '\\- test:lib:jar:2.5:compile',
      '   +- test:z:jar:3:compile',
      '   +- test:self-bom:jar:2.5:compile',
      '   \\- test:from-parent:jar:1:compile',
      '',
    ].join('\n'),
  )
  expect(result.complete).toBe(true)
})

test('import-scope BOMs: the project`s own entries first, then each BOM in order, parents of BOMs included', async () => {
  const bom = (a: string, v: string, managed: PomSpec['managed'], parent?: string): PomSpec => ({
    a,
    packaging: 'pom',
    managed,
    parent,
    v: parent ? '1.0' : undefined,
  })
  const map = repo(
    bom('bom-base', '1.0', [{ a: 'x', v: '3' }]),
    bom(
      'bom-one',
      '1.0',
      [
        { a: 'y', v: '1' },
        { a: 'x', v: '1' },
      ],
      'test:bom-base:1.0',
    ),
    bom('bom-two', '1.0', [
      { a: 'y', v: '2' },
      { a: 'w', v: '2' },
    ]),
    { a: 'x', v: '1' },
    { a: 'y', v: '1' },
    { a: 'w', v: '5' },
  )
  const { tree } = await resolve(
    {
      a: 'app',
      managed: [
        { a: 'w', v: '5' },
        { a: 'bom-one', v: '1.0', type: 'pom', scope: 'import' },
        { a: 'bom-two', v: '1.0', type: 'pom', scope: 'import' },
      ],
      deps: [{ a: 'x' }, { a: 'y' }, { a: 'w' }],
    },
    map,
  )
  expect(tree).toBe(
    ['+- test:x:jar:1:compile', '+- test:y:jar:1:compile', '\\- test:w:jar:5:compile', ''].join('\n'),
  )
})

test('cycles in parents and in imported BOMs are reported, not followed forever', async () => {
  const map = repo(
    { a: 'p1', v: '1.0', packaging: 'pom', parent: 'test:p2:1.0' },
    { a: 'p2', v: '1.0', packaging: 'pom', parent: 'test:p1:1.0' },
    { a: 'lib', parent: 'test:p1:1.0', v: '1.0' },
    { a: 'bom-a', packaging: 'pom', managed: [{ a: 'bom-b', v: '1.0', type: 'pom', scope: 'import' }] },
    { a: 'bom-b', packaging: 'pom', managed: [{ a: 'bom-a', v: '1.0', type: 'pom', scope: 'import' }] },
  )
  const parents = await resolve({ a: 'app', deps: [{ a: 'lib', v: '1.0' }] }, map)
  expect(parents.result.complete).toBe(false)
  expect(messages(parents.result)).toContain(
    'warning: test:lib:1.0: cycle in parent POMs: test:lib:1.0 → test:p1:1.0 → test:p2:1.0 → test:p1:1.0: its dependencies may be incomplete',
  )
  const imports = await resolve(
    { a: 'app', managed: [{ a: 'bom-a', v: '1.0', type: 'pom', scope: 'import' }], deps: [] },
    map,
  )
  expect(messages(imports.result)).toContain(
    'error: cycle in imported BOMs: pom.xml → test:bom-a:1.0 → test:bom-b:1.0 → test:bom-a:1.0',
  )
})

test('profiles of dependency POMs: active by default, by JDK; not by another OS', async () => {
  const raw = `<profiles>
    <profile><id>d</id><activation><activeByDefault>true</activeByDefault></activation>
      <dependencies><dependency><groupId>test</groupId><artifactId>by-default</artifactId><version>1</version></dependency></dependencies></profile>
    <profile><id>j</id><activation><jdk>[11,)</jdk></activation>
      <dependencies><dependency><groupId>test</groupId><artifactId>by-jdk</artifactId><version>1</version></dependency></dependencies></profile>
    <profile><id>w</id><activation><os><family>windows</family></os></activation>
      <dependencies><dependency><groupId>test</groupId><artifactId>on-windows</artifactId><version>1</version></dependency></dependencies></profile>
  </profiles>`
  const map = repo(
    { a: 'lib', raw },
    { a: 'by-default', v: '1' },
    { a: 'by-jdk', v: '1' },
    { a: 'on-windows', v: '1' },
  )
  // the JDK profile is active, so activeByDefault is not (Maven's rule)
  const jdk17 = await resolve({ a: 'app', deps: [{ a: 'lib', v: '1.0' }] }, map)
  expect(jdk17.tree).toBe(['\\- test:lib:jar:1.0:compile', '   \\- test:by-jdk:jar:1:compile', ''].join('\n'))
  const jdk8 = await resolve({ a: 'app', deps: [{ a: 'lib', v: '1.0' }] }, map, {
    settings: { javaVersion: '1.8' },
  })
  expect(jdk8.tree).toBe(
    ['\\- test:lib:jar:1.0:compile', '   \\- test:by-default:jar:1:compile', ''].join('\n'),
  )
})

test('snapshots: the timestamped POM the version folder`s metadata names', async () => {
  const ts = '1.0-20240102.030405-7'
  const map = {
    'test/snap/1.0-SNAPSHOT/maven-metadata.xml': `<metadata><versioning><snapshot><timestamp>20240102.030405</timestamp><buildNumber>7</buildNumber></snapshot><snapshotVersions><snapshotVersion><extension>pom</extension><value>${ts}</value></snapshotVersion></snapshotVersions></versioning></metadata>`,
    [`test/snap/1.0-SNAPSHOT/snap-${ts}.pom`]: pomXml({
      a: 'snap',
      v: '1.0-SNAPSHOT',
      deps: [{ a: 'x', v: '1' }],
    }),
    ...repo({ a: 'x', v: '1' }),
  }
  const { tree, server } = await resolve({ a: 'app', deps: [{ a: 'snap', v: '1.0-SNAPSHOT' }] }, map)
  expect(tree).toBe(['\\- test:snap:jar:1.0-SNAPSHOT:compile', '   \\- test:x:jar:1:compile', ''].join('\n'))
  expect(server.notServed).toEqual([])
})
