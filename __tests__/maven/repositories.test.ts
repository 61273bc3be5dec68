// Repositories that are down, slow to answer, return garbage or want credentials: a warning per artifact and
// the graph marked incomplete there, never a crash; credentials only ever go to repositories given as options.
import { CENTRAL } from '../../src/parsers/maven/model.js'
import { MavenResolver, type MavenOptions } from '../../src/maven/resolve.js'
import { RepositoryList, optionRepositories, refusedPomRepository } from '../../src/maven/repositories.js'
import { renderTree } from '../../src/maven/tree-text.js'
import { deadUrl, startRepoServer, type Fault, type RepoServer } from './repo-server.js'
import { files, pomXml, repo, type PomSpec } from './synthetic.js'

const servers: RepoServer[] = []
afterAll(async () => {
  for (const s of servers) await s.close()
})

async function serve(map: Record<string, string>, faults?: (path: string) => Fault | undefined) {
  const server = await startRepoServer([], faults, map)
  servers.push(server)
  return server
}

const http = { retryDelayMs: 5, timeoutMs: 5000 }

async function resolve(project: PomSpec, options: MavenOptions) {
  const resolver = new MavenResolver({ cacheDir: false, central: false, http, ...options })
  const build = await resolver.resolveBuild({ path: 'pom.xml', text: pomXml(project), files: files({}) })
  return {
    result: build.result,
    tree: renderTree(build.modules[0].tree),
    resolver,
    messages: build.result.issues.map((i) => `${i.severity}: ${i.message}`),
  }
}

const app: PomSpec = {
  a: 'app',
  deps: [
    { a: 'one', v: '1.0' },
    { a: 'two', v: '1.0' },
  ],
}
const map = repo({ a: 'one', deps: [{ a: 'leaf', v: '1.0' }] }, { a: 'two' }, { a: 'leaf' })

test('a repository that is down: one warning per artifact, the graph incomplete, the direct dependencies kept', async () => {
  const url = await deadUrl()
  const { result, messages, resolver } = await resolve(app, { repositories: [`mirror=${url}`] })
  expect(result.complete).toBe(false)
  expect(result.packages.map((p) => p.purl).sort()).toEqual([
    'pkg:maven/test/one@1.0',
    'pkg:maven/test/two@1.0',
  ])
  expect(messages).toHaveLength(2)
  expect(messages[0]).toMatch(
    /^warning: test:one:1\.0: its POM could not be read \(http:\/\/127\.0\.0\.1:\d+: fetch failed: connect ECONNREFUSED/,
  )
  expect(messages[1]).toMatch(/^warning: test:two:1\.0: its POM could not be read/)
  expect(resolver.stats().retries).toBe(4) // two retries per artifact
})

test('garbage and refused POMs: a warning naming the artifact and why; the rest is resolved', async () => {
  const server = await serve(map, (path) =>
    path.endsWith('one-1.0.pom')
      ? { body: '<html><body>Service unavailable</body></html>' }
      : path.endsWith('two-1.0.pom')
        ? {
            body: '<?xml version="1.0"?><!DOCTYPE project [<!ENTITY xxe SYSTEM "file:///etc/passwd">]><project><artifactId>&xxe;</artifactId></project>',
          }
        : undefined,
  )
  const { result, messages } = await resolve(app, { repositories: [`mirror=${server.url}`] })
  expect(result.complete).toBe(false)
  expect(messages).toEqual([
    `warning: test:one:1.0: its POM could not be read (test:one:1.0 (${server.url}/test/one/1.0/one-1.0.pom): not a POM (no <project> element)): its dependencies are missing`,
    `warning: test:two:1.0: its POM could not be read (test:two:1.0 (${server.url}/test/two/1.0/two-1.0.pom): refused, it declares a DOCTYPE or entities (XML entities are never expanded nor fetched)): its dependencies are missing`,
  ])
})

test('transient failures are retried; a repository that does not have it is passed for the next', async () => {
  let failures = 2
  const flaky = await serve(map, (path) =>
    path.endsWith('one-1.0.pom') && failures-- > 0 ? { status: 503 } : undefined,
  )
  const empty = await serve({})
  const denied = await serve({}, () => ({ status: 401 }))
  const { result, tree, resolver } = await resolve(app, {
    repositories: [`first=${empty.url}`, `second=${denied.url}`, `third=${flaky.url}`],
  })
  expect(tree).toBe(
    [
      'test:app:jar:1.0',
      '+- test:one:jar:1.0:compile',
      '|  \\- test:leaf:jar:1.0:compile',
      '\\- test:two:jar:1.0:compile',
      '',
    ].join('\n'),
  )
  expect(result.complete).toBe(true)
  expect(resolver.stats().retries).toBe(2)
})

test('credentials from environment variables, sent only to the repository they are for', async () => {
  const priv = await serve(map, (path) => (path.includes('/two/') ? { status: 404 } : undefined))
  const tokenRepo = await serve(map)
  const open = await serve(map)
  const env = {
    LOCKGRAPH_MAVEN_PRIVATE_USERNAME: 'ci',
    LOCKGRAPH_MAVEN_PRIVATE_PASSWORD: 's3cret',
    LOCKGRAPH_MAVEN_NEXUS_TOKEN: 'tkn',
  }
  await resolve(app, { repositories: [`private=${priv.url}`, `nexus=${tokenRepo.url}`, open.url], env })
  expect(new Set(priv.authorizations)).toEqual(
    new Set([`Basic ${Buffer.from('ci:s3cret').toString('base64')}`]),
  )
  expect(tokenRepo.authorizations).toEqual(['Bearer tkn']) // two-1.0.pom, which the first does not have
  expect(open.authorizations).toEqual([])
})

test('repositories a POM declares: used after the given ones, except plain HTTP and private addresses', async () => {
  const server = await serve(map)
  const project = { ...app, repositories: ['http://repo.example.com/maven2', 'https://10.0.0.1/maven2'] }
  const { messages } = await resolve(project, { repositories: [server.url] })
  expect(messages).toEqual([
    'info: repository http://repo.example.com/maven2 (declared in a POM) not used: plain HTTP (Maven blocks http:// repositories since 3.8.1)',
    'info: repository https://10.0.0.1/maven2 (declared in a POM) not used: a loopback or private address',
  ])
  expect(refusedPomRepository('https://repo.spring.io/release')).toBeUndefined()
  expect(refusedPomRepository('file:///etc')).toBe('file: URLs are not fetched')
  expect(refusedPomRepository('https://localhost:8081/')).toBe('a loopback or private address')
})

test('the order repositories are asked in, and option values that are refused', () => {
  const options = optionRepositories(['https://a.example/m2/', 'corp=https://b.example/m2'], {})
  expect(options.map((r) => [r.id, r.url, r.authorization])).toEqual([
    ['repository-1', 'https://a.example/m2', undefined],
    ['corp', 'https://b.example/m2', undefined],
  ])
  const list = new RepositoryList(options)
  list.add([
    { id: 'spring', url: 'https://repo.spring.io/release', releases: true, snapshots: false },
    CENTRAL,
  ])
  expect(list.for('1.0').map((r) => r.url)).toEqual([
    'https://a.example/m2',
    'https://b.example/m2',
    'https://repo.spring.io/release',
    CENTRAL.url,
  ])
  expect(list.for('1.0-SNAPSHOT').map((r) => r.url)).toEqual(['https://a.example/m2', 'https://b.example/m2'])
  const mirrored = new RepositoryList(optionRepositories(['mirror=https://nexus.example/all'], {}))
  mirrored.add([{ id: 'spring', url: 'https://repo.spring.io/release', releases: true, snapshots: true }])
  expect(mirrored.for('1.0').map((r) => r.url)).toEqual(['https://nexus.example/all'])
  expect(() => optionRepositories(['https://user:pw@x.example/'], {})).toThrow(
    'put credentials in environment variables (LOCKGRAPH_MAVEN_USERNAME / LOCKGRAPH_MAVEN_PASSWORD), not in the URL',
  )
  expect(() => optionRepositories(['ftp://x.example/'], {})).toThrow('is not an http(s) URL')
  expect(() => optionRepositories(['not a url'], {})).toThrow('is not a URL')
})
