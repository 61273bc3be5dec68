// The corpus POMs resolved against the test repository, which lacks some of what they need: what can be
// resolved is, and each missing POM is said once.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { MavenResolver } from '../../src/maven/resolve.js'
import { renderTree } from '../../src/maven/tree-text.js'
import { diskSource } from '../../src/scan.js'
import { MAVEN_TESTDATA, startRepoServer, type RepoServer } from './repo-server.js'

let server: RepoServer
beforeAll(async () => {
  server = await startRepoServer()
})
afterAll(() => server.close())

async function resolve(dir: string, path = 'pom.xml') {
  const root = join(MAVEN_TESTDATA, 'corpus', dir)
  const resolver = new MavenResolver({ repositories: [`mirror=${server.url}`], cacheDir: false })
  return resolver.resolveBuild({
    path,
    text: readFileSync(join(root, path), 'utf8'),
    files: diskSource(root),
  })
}

test('gson: its parent comes from the repository; junit 4.12 is in none, which is said', async () => {
  const build = await resolve('gson')
  expect(build.modules.map((m) => renderTree(m.tree))).toEqual([
    'com.google.code.gson:gson-parent:pom:2.8.2-SNAPSHOT\n',
    'com.google.code.gson:gson:jar:2.8.2-SNAPSHOT\n\\- junit:junit:jar:4.12:test\n',
  ])
  expect(build.result.complete).toBe(false)
  expect(build.result.issues).toEqual([
    {
      file: 'pom.xml',
      severity: 'warning',
      message: 'junit:junit:4.12: its POM is in no repository asked: its dependencies are missing',
    },
  ])
  expect(build.result.packages.map((p) => [p.purl, p.scope])).toEqual([['pkg:maven/junit/junit@4.12', 'dev']])
})

test('jackson-databind: without its parent two versions are unknown; the rest is listed, what is missing said', async () => {
  const build = await resolve('jackson-databind')
  const r = build.result
  expect(r.complete).toBe(false)
  expect(r.packages.map((p) => `${p.purl} ${p.scope}`)).toEqual([
    'pkg:maven/com.fasterxml.jackson.core/jackson-annotations runtime',
    'pkg:maven/com.fasterxml.jackson.core/jackson-core runtime',
    'pkg:maven/org.powermock/powermock-core@2.0.9 dev',
    'pkg:maven/org.powermock/powermock-module-junit4@2.0.9 dev',
    'pkg:maven/org.powermock/powermock-api-mockito2@2.0.9 dev',
    'pkg:maven/com.google.guava/guava-testlib@31.1-jre dev',
    'pkg:maven/javax.measure/jsr-275@0.9.1 dev',
  ])
  expect(r.issues.map((i) => `${i.line ?? '-'} ${i.severity}: ${i.message}`)).toEqual([
    '9 warning: parent com.fasterxml.jackson:jackson-base:2.14.0-rc1 not found: what it declares (versions, dependencies, properties) is missing',
    '64 warning: dependency com.fasterxml.jackson.core:jackson-annotations: ${jackson.version.annotations} is not defined',
    '73 warning: dependency com.fasterxml.jackson.core:jackson-core: ${jackson.version.core} is not defined',
    '- warning: org.powermock:powermock-core:2.0.9: its POM is in no repository asked: its dependencies are missing',
    '- warning: org.powermock:powermock-module-junit4:2.0.9: its POM is in no repository asked: its dependencies are missing',
    '- warning: org.powermock:powermock-api-mockito2:2.0.9: its POM is in no repository asked: its dependencies are missing',
    '- warning: com.google.guava:guava-testlib:31.1-jre: its POM is in no repository asked: its dependencies are missing',
    '- warning: javax.measure:jsr-275:0.9.1: its POM is in no repository asked: its dependencies are missing',
  ])
})
