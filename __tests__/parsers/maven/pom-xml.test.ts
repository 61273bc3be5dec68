import { ParseError, type ParseResult } from '../../../src/model.js'
import { OFFLINE_FORMAT, parsePomXml } from '../../../src/parsers/maven/pom-xml.js'
import { parseFixture, thrown } from '../../helpers/parse.js'
import { files, pomXml } from '../../maven/synthetic.js'

const parse = (map: Record<string, string>, path = 'pom.xml') =>
  parsePomXml({ path, text: map[path], files: files(map) })

const edges = (r: ParseResult) => r.edges.map((e) => `${e.from || '(root)'} -> ${e.to} ${e.scope}`).sort()
const messages = (r: ParseResult) =>
  r.issues.map((i) => `${i.file}${i.line ? `:${i.line}` : ''} ${i.severity}: ${i.message}`)

describe('the corpus POMs, offline', () => {
  test('gson: the parent aggregator and its module; junit from the parent`s dependencyManagement', () => {
    const r = parseFixture(parsePomXml, 'maven/corpus/gson/pom.xml')
    expect(r.format).toBe(OFFLINE_FORMAT)
    expect(r.complete).toBe(false)
    expect(r.projects).toEqual([
      {
        id: '',
        ecosystem: 'maven',
        name: 'com.google.code.gson:gson-parent',
        version: '2.8.2-SNAPSHOT',
        purl: 'pkg:maven/com.google.code.gson/gson-parent@2.8.2-SNAPSHOT?type=pom',
        manifest: 'maven/corpus/gson/pom.xml',
        dir: 'maven/corpus/gson',
      },
      {
        id: 'maven/corpus/gson/gson/pom.xml',
        ecosystem: 'maven',
        name: 'com.google.code.gson:gson',
        version: '2.8.2-SNAPSHOT',
        purl: 'pkg:maven/com.google.code.gson/gson@2.8.2-SNAPSHOT',
        manifest: 'maven/corpus/gson/gson/pom.xml',
        dir: 'maven/corpus/gson/gson',
      },
    ])
    expect(r.packages).toEqual([
      {
        id: 'pkg:maven/junit/junit@4.12',
        ecosystem: 'maven',
        name: 'junit:junit',
        version: '4.12',
        purl: 'pkg:maven/junit/junit@4.12',
        scope: 'dev',
        hashes: [],
        source: 'registry',
        line: undefined, // declared in gson/pom.xml, not in the file read
      },
    ])
    expect(edges(r)).toEqual(['maven/corpus/gson/gson/pom.xml -> pkg:maven/junit/junit@4.12 dev'])
    expect(messages(r)).toEqual([
      'maven/corpus/gson/pom.xml:6 warning: parent org.sonatype.oss:oss-parent:7 not in the scanned files (repositories not read offline): what it declares (versions, dependencies, properties) is missing',
      'maven/corpus/gson/pom.xml info: 1 direct dependencies of 2 modules; transitive dependencies are not listed: they need the dependencies` POMs from a Maven repository, which were not read (offline)'.replace(
        '`',
        "'",
      ),
    ])
  })

  test('gson/gson/pom.xml is a module of ../pom.xml: it yields nothing of its own', () => {
    const r = parseFixture(parsePomXml, 'maven/corpus/gson/gson/pom.xml')
    expect(r).toEqual({
      format: 'pom.xml (Maven module, read with maven/corpus/gson/pom.xml)',
      projects: [],
      packages: [],
      edges: [],
      issues: [],
      complete: true,
    })
  })

  test('jackson-databind: the parent is missing, so two versions are unknown; the rest is read', () => {
    const r = parseFixture(parsePomXml, 'maven/corpus/jackson-databind/pom.xml')
    expect(r.projects.map((p) => p.purl)).toEqual([
      'pkg:maven/com.fasterxml.jackson.core/jackson-databind@2.14.0-rc2-SNAPSHOT', // a bundle is a jar
    ])
    expect(r.packages.map((p) => [p.purl, p.scope, p.line])).toEqual([
      ['pkg:maven/com.fasterxml.jackson.core/jackson-annotations', 'runtime', 64],
      ['pkg:maven/com.fasterxml.jackson.core/jackson-core', 'runtime', 73],
      ['pkg:maven/org.powermock/powermock-core@2.0.9', 'dev', 83],
      ['pkg:maven/org.powermock/powermock-module-junit4@2.0.9', 'dev', 89],
      ['pkg:maven/org.powermock/powermock-api-mockito2@2.0.9', 'dev', 95],
      ['pkg:maven/com.google.guava/guava-testlib@31.1-jre', 'dev', 101],
      ['pkg:maven/javax.measure/jsr-275@0.9.1', 'dev', 108],
    ])
    const file = 'maven/corpus/jackson-databind/pom.xml'
    expect(messages(r).slice(0, 3)).toEqual([
      `${file}:9 warning: parent com.fasterxml.jackson:jackson-base:2.14.0-rc1 not in the scanned files (repositories not read offline): what it declares (versions, dependencies, properties) is missing`,
      `${file}:64 warning: dependency com.fasterxml.jackson.core:jackson-annotations: \${jackson.version.annotations} is not defined`,
      `${file}:73 warning: dependency com.fasterxml.jackson.core:jackson-core: \${jackson.version.core} is not defined`,
    ])
  })
})

describe('the multi-module build, offline', () => {
  const r = parseFixture(parsePomXml, 'maven/multi-module/pom.xml')
  const root = 'maven/multi-module'

  test('four projects; modules depend on modules; versions from the scanned POMs only', () => {
    expect(r.projects.map((p) => p.id)).toEqual([
      '',
      `${root}/shop-api/pom.xml`,
      `${root}/shop-core/pom.xml`,
      `${root}/shop-app/pom.xml`,
    ])
    const e = edges(r)
    expect(e.filter((x) => / -> maven\//.test(x))).toEqual([
      `${root}/shop-app/pom.xml -> ${root}/shop-api/pom.xml dev`,
      `${root}/shop-app/pom.xml -> ${root}/shop-core/pom.xml runtime`,
      `${root}/shop-core/pom.xml -> ${root}/shop-api/pom.xml runtime`,
    ])
    // the parent's dependency in every module; the profile active by default adds junit-jupiter (its version
    // is in the junit BOM, which is not in the scanned files)
    for (const m of ['(root)', ...['shop-api', 'shop-core', 'shop-app'].map((x) => `${root}/${x}/pom.xml`)]) {
      expect(e).toContain(`${m} -> pkg:maven/org.slf4j/slf4j-api@2.0.16 runtime`)
      expect(e).toContain(`${m} -> pkg:maven/org.junit.jupiter/junit-jupiter dev`)
    }
    expect(e).toContain(
      `${root}/shop-api/pom.xml -> pkg:maven/com.google.code.findbugs/jsr305@3.0.2 optional`,
    )
    expect(e).toContain(`${root}/shop-app/pom.xml -> pkg:maven/commons-io/commons-io runtime`) // a range
    expect(e).toContain(
      `${root}/shop-core/pom.xml -> pkg:maven/com.fasterxml.jackson.core/jackson-databind runtime`,
    )
    expect(e.some((x) => x.includes('commons-io@2.11.0'))).toBe(false) // the Windows profile is not active
    expect(r.packages.find((p) => p.name === 'com.google.guava:guava')!.line).toBeUndefined()
  })

  test('what is missing is said once, where it is', () => {
    expect(messages(r)).toEqual([
      `${root}/pom.xml:51 warning: imported BOM com.fasterxml.jackson:jackson-bom:2.17.2 not in the scanned files (repositories not read offline): the versions it manages are missing`,
      `${root}/pom.xml:58 warning: imported BOM org.junit:junit-bom:5.11.4 not in the scanned files (repositories not read offline): the versions it manages are missing`,
      `${root}/pom.xml:84 warning: dependency org.junit.jupiter:junit-jupiter has no version (none given and none in dependencyManagement)`,
      `${root}/shop-api/pom.xml:12 warning: dependency com.fasterxml.jackson.core:jackson-annotations has no version (none given and none in dependencyManagement)`,
      `${root}/shop-core/pom.xml:32 warning: dependency com.fasterxml.jackson.core:jackson-databind has no version (none given and none in dependencyManagement)`,
      `${root}/pom.xml info: 21 direct dependencies of 4 modules; transitive dependencies are not listed: they need the dependencies' POMs from a Maven repository, which were not read (offline)`,
    ])
  })
})

describe('model building', () => {
  test('a DOCTYPE is refused with the file named (XXE, billion laughs)', () => {
    const laughs =
      '<?xml version="1.0"?>\n<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;">]>\n<project><artifactId>&lol2;</artifactId></project>'
    const err = thrown(() => parse({ 'pom.xml': laughs }))
    expect(err).toBeInstanceOf(ParseError)
    expect((err as ParseError).message).toBe(
      'pom.xml: refused, it declares a DOCTYPE or entities (XML entities are never expanded nor fetched)',
    )
    expect((err as ParseError).line).toBe(2)
    // a commented-out one is only a comment
    const commented =
      '<!-- <!DOCTYPE x> --><project><groupId>g</groupId><artifactId>a</artifactId><version>1</version></project>'
    expect(parse({ 'pom.xml': commented }).projects[0].name).toBe('g:a')
    const broken = thrown(() => parse({ 'pom.xml': '<project>\n<groupId>g</groupId>\n</projekt>' }))
    expect((broken as ParseError).message).toMatch(/^pom\.xml: not well-formed XML \(/)
    expect(thrown(() => parse({ 'pom.xml': '<settings/>' }))).toEqual(
      new ParseError('pom.xml: not a POM (no <project> element)'),
    )
  })

  test('parents by relativePath; a cycle is reported; a POM that is not the parent is passed over', () => {
    const map = {
      'a/pom.xml': pomXml({
        a: 'a',
        parent: 'test:b:1.0',
        relativePath: '../b',
        deps: [{ a: 'x', v: '${x}' }],
      }),
      'b/pom.xml': pomXml({ a: 'b', parent: 'test:a:1.0', relativePath: '../a/pom.xml', props: { x: '7' } }),
      'c/pom.xml': pomXml({ a: 'c', parent: 'test:other:1.0', relativePath: '../b' }),
    }
    expect(messages(parse(map, 'a/pom.xml')).slice(0, 1)).toEqual([
      'b/pom.xml:3 error: cycle in parent POMs: a/pom.xml → b/pom.xml → a/pom.xml',
    ])
    expect(edges(parse(map, 'a/pom.xml'))).toEqual(['(root) -> pkg:maven/test/x@7 runtime'])
    expect(messages(parse(map, 'c/pom.xml')).slice(0, 2)).toEqual([
      'c/pom.xml:3 warning: b/pom.xml is not the parent test:other:1.0 (relativePath); looked it up by coordinates',
      'c/pom.xml:3 warning: parent test:other:1.0 not in the scanned files (repositories not read offline): what it declares (versions, dependencies, properties) is missing',
    ])
  })

  test('profiles: by a property that is not set (!name), by a file; activeByDefault only when none is', () => {
    const profile = (id: string, activation: string, artifact: string) =>
      `<profile><id>${id}</id><activation>${activation}</activation><dependencies><dependency><groupId>test</groupId><artifactId>${artifact}</artifactId><version>1</version></dependency></dependencies></profile>`
    const pom = (activations: string) => pomXml({ a: 'app', raw: `<profiles>${activations}</profiles>` })
    const dflt = profile('d', '<activeByDefault>true</activeByDefault>', 'by-default')
    const direct = (map: Record<string, string>) => edges(parse(map)).map((e) => e.split(' ')[2])
    expect(
      direct({ 'pom.xml': pom(dflt + profile('p', '<property><name>skipIt</name></property>', 'set')) }),
    ).toEqual(['pkg:maven/test/by-default@1'])
    expect(
      direct({ 'pom.xml': pom(dflt + profile('n', '<property><name>!skipIt</name></property>', 'unset')) }),
    ).toEqual(['pkg:maven/test/unset@1'])
    const withFile = pom(
      dflt + profile('f', '<file><exists>${basedir}/src/main/kotlin/App.kt</exists></file>', 'kotlin'),
    )
    expect(direct({ 'pom.xml': withFile, 'src/main/kotlin/App.kt': 'fun main() {}' })).toEqual([
      'pkg:maven/test/kotlin@1',
    ])
    expect(direct({ 'pom.xml': withFile })).toEqual(['pkg:maven/test/by-default@1'])
  })

  test('modules that are missing or outside the scanned folder are said, not read', () => {
    const r = parse({
      'pom.xml': pomXml({ a: 'agg', packaging: 'pom', modules: ['gone', '../outside', 'ok'] }),
      'ok/pom.xml': pomXml({ a: 'ok' }),
    })
    expect(r.projects.map((p) => p.manifest)).toEqual(['pom.xml', 'ok/pom.xml'])
    expect(messages(r).slice(0, 2)).toEqual([
      'pom.xml warning: module "gone": gone/pom.xml not found',
      'pom.xml warning: module "../outside" is outside the scanned folder: not read',
    ])
  })

  test('classifier and type make the purl; a type implies its classifier', () => {
    const r = parse({
      'pom.xml': pomXml({
        a: 'app',
        deps: [
          { a: 'natives', v: '1', classifier: 'linux-x86_64' },
          { a: 'tests', v: '1', type: 'test-jar', scope: 'test' },
          { a: 'web', v: '1', type: 'war' },
          { a: 'tools', v: '1', scope: 'system' },
          { a: 'servlet', v: '1', scope: 'provided' },
        ],
      }),
    })
    expect(r.packages.map((p) => [p.purl, p.scope])).toEqual([
      ['pkg:maven/test/natives@1?classifier=linux-x86_64', 'runtime'],
      ['pkg:maven/test/tests@1?classifier=tests&type=test-jar', 'dev'],
      ['pkg:maven/test/web@1?type=war', 'runtime'],
      ['pkg:maven/test/tools@1', 'optional'],
      ['pkg:maven/test/servlet@1', 'optional'],
    ])
  })
})

test('properties that expand exponentially are left unresolved, not expanded', () => {
  const props: Record<string, string> = { p0: 'lol' }
  for (let i = 1; i <= 40; i++) props[`p${i}`] = `\${p${i - 1}}\${p${i - 1}}`
  const r = parse({
    'pom.xml': pomXml({
      a: 'app',
      props,
      deps: [
        { a: 'x', v: '${p40}' },
        { a: 'y', v: '${p3}' },
      ],
    }),
  })
  expect(r.packages.map((p) => p.purl)).toEqual([
    'pkg:maven/test/x',
    'pkg:maven/test/y@lollollollollollollollol',
  ])
  expect(messages(r)[0]).toBe('pom.xml:11 warning: dependency test:x: ${p40} is not defined')
})

test('service-offline-m2 offline: its 21 direct dependencies, with the lines they are declared on', () => {
  const r = parseFixture(parsePomXml, 'maven/service-offline-m2/pom.xml')
  expect(r.packages).toHaveLength(21)
  expect(r.packages.filter((p) => p.scope === 'dev').map((p) => p.name)).toEqual([
    'org.junit.jupiter:junit-jupiter',
    'com.h2database:h2',
  ])
  expect(r.packages[0]).toMatchObject({ purl: 'pkg:maven/com.google.guava/guava@33.4.0-jre', line: 18 })
  expect(r.issues.map((i) => i.severity)).toEqual(['info'])
})

test('CI-friendly versions: ${revision} from the root, modules found by it, sibling dependencies as edges', () => {
  const map = {
    'pom.xml': pomXml({
      a: 'root',
      v: '${revision}',
      packaging: 'pom',
      props: { revision: '2.1.0' },
      modules: ['core', 'app'],
    }),
    'core/pom.xml': pomXml({ a: 'core', parent: 'test:root:${revision}', deps: [{ a: 'lib', v: '1' }] }),
    'app/pom.xml': pomXml({
      a: 'app',
      parent: 'test:root:${revision}',
      deps: [{ a: 'core', v: '${project.version}' }],
    }),
  }
  const r = parse(map)
  expect(r.projects.map((p) => p.purl)).toEqual([
    'pkg:maven/test/root@2.1.0?type=pom',
    'pkg:maven/test/core@2.1.0',
    'pkg:maven/test/app@2.1.0',
  ])
  expect(edges(r)).toEqual([
    'app/pom.xml -> core/pom.xml runtime',
    'core/pom.xml -> pkg:maven/test/lib@1 runtime',
  ])
  expect(r.issues.map((i) => i.severity)).toEqual(['info'])
})
