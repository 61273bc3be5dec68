// Maven and Gradle files through the pipeline: discovery, the parsers (offline) or the resolver, the graph.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { scan } from '../../src/scan.js'
import { MAVEN_TESTDATA, startRepoServer } from './repo-server.js'

test('offline: the root pom.xml yields the build, the modules` pom.xml files nothing of their own', async () => {
  const { graph } = await scan(join(MAVEN_TESTDATA, 'multi-module'), { offline: true })
  expect(graph.files.map((f) => [f.path, f.format, f.projects, f.packages, f.complete])).toEqual([
    ['pom.xml', 'pom.xml (Maven; direct dependencies)', 4, 15, false],
    ['shop-api/pom.xml', 'pom.xml (Maven module, read with pom.xml)', 0, 0, true],
    ['shop-app/pom.xml', 'pom.xml (Maven module, read with pom.xml)', 0, 0, true],
    ['shop-core/pom.xml', 'pom.xml (Maven module, read with pom.xml)', 0, 0, true],
  ])
  expect([...graph.projects.values()].map((p) => [p.ref, p.complete])).toEqual([
    ['project:pom.xml', false],
    ['project:shop-api/pom.xml', false],
    ['project:shop-core/pom.xml', false],
    ['project:shop-app/pom.xml', false],
  ])
})

test('resolved: scan resolves pom.xml through the repositories it is given', async () => {
  const server = await startRepoServer()
  try {
    const root = join(MAVEN_TESTDATA, 'multi-module')
    const { graph } = await scan(root, {
      mavenRepositories: [`mirror=${server.url}`],
      maven: { cacheDir: false },
    })
    expect(graph.files.map((f) => [f.path, f.packages, f.complete])).toEqual([
      ['pom.xml', 36, true],
      ['shop-api/pom.xml', 0, true],
      ['shop-app/pom.xml', 0, true],
      ['shop-core/pom.xml', 0, true],
    ])
    const app = graph.projects.get('project:shop-app/pom.xml')!
    expect(app.complete).toBe(true)
    // a module's dependencies belong to it: shop-app reaches guava through shop-core, whose project it is
    const guava = graph.packages.get('pkg:maven/com.google.guava/guava@33.4.0-jre')!
    expect(guava.projects).toEqual(['project:shop-core/pom.xml'])
    expect(graph.packages.get('pkg:maven/org.jetbrains.kotlin/kotlin-stdlib@1.8.21')!.projects).toEqual([
      'project:shop-app/pom.xml',
    ])
    expect(graph.edges.get('project:shop-app/pom.xml')!.get('project:shop-core/pom.xml')).toBe('runtime')
    expect(guava.direct).toBe(true)
    expect(graph.packages.get('pkg:maven/com.google.guava/failureaccess@1.0.2')!.direct).toBe(false)
  } finally {
    await server.close()
  }
})

test('a pom.xml with a DOCTYPE: one error naming the file, and the other files are still read', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'lockgraph-xxe-'))
  try {
    writeFileSync(
      join(dir, 'pom.xml'),
      '<?xml version="1.0"?>\n<!DOCTYPE project [\n  <!ENTITY xxe SYSTEM "file:///etc/passwd">\n]>\n<project><groupId>&xxe;</groupId></project>\n',
    )
    writeFileSync(
      join(dir, 'gradle.lockfile'),
      readFileSync(join(MAVEN_TESTDATA, '..', 'gradle', 'corpus', 'fabricmc-mercury', 'gradle.lockfile')),
    )
    const { graph } = await scan(dir, { offline: true })
    expect(graph.issues.filter((i) => i.severity === 'error')).toEqual([
      {
        file: 'pom.xml',
        line: 2,
        severity: 'error',
        message:
          'pom.xml: refused, it declares a DOCTYPE or entities (XML entities are never expanded nor fetched); file skipped',
      },
    ])
    expect(graph.packages.size).toBe(44)
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
})
