import { ParseError, type ParseResult } from '../../../src/model.js'
import { configurationScope, parseGradleLockfile } from '../../../src/parsers/gradle/lockfile.js'
import { parseVerificationMetadata } from '../../../src/parsers/gradle/verification-metadata.js'
import { parseVersionCatalog, readCatalog } from '../../../src/parsers/gradle/version-catalog.js'
import { formatOf } from '../../../src/parsers/registry.js'
import { parseFixture, parseText, pkg, thrown } from '../../helpers/parse.js'

const scopes = (r: ParseResult) =>
  Object.fromEntries(r.packages.map((p) => [`${p.name}@${p.version}`, p.scope]))
const direct = (r: ParseResult) =>
  r.edges
    .filter((e) => e.from === '')
    .map((e) => `${e.to} ${e.scope}`)
    .sort()
const messages = (r: ParseResult) => r.issues.map((i) => `${i.line ?? '-'} ${i.severity}: ${i.message}`)

test('the registry knows every Gradle file, in and out of the gradle/ folder', () => {
  expect(formatOf('gradle.lockfile')?.id).toBe('gradle-lockfile')
  expect(formatOf('settings-gradle.lockfile')?.id).toBe('gradle-lockfile')
  expect(formatOf('buildscript-gradle.lockfile')?.id).toBe('gradle-lockfile')
  expect(
    formatOf('compileClasspath.lockfile', 'a/gradle/dependency-locks/compileClasspath.lockfile')?.id,
  ).toBe('gradle-lockfile')
  expect(formatOf('compileClasspath.lockfile', 'a/compileClasspath.lockfile')).toBeUndefined()
  expect(formatOf('verification-metadata.xml', 'gradle/verification-metadata.xml')?.id).toBe(
    'gradle-verification-metadata',
  )
  expect(formatOf('libs.versions.toml', 'x/gradle/libs.versions.toml')?.id).toBe('gradle-version-catalog')
  expect(formatOf('libs.versions.toml', 'libs.versions.toml')).toBeUndefined()
  expect(formatOf('pom.xml')?.id).toBe('maven-pom')
})

test('configurations → scopes: classpaths runtime, test ones dev, the build`s own tooling dev', () => {
  const cases: Array<[string, boolean, string]> = [
    ['compileClasspath', false, 'runtime'],
    ['runtimeClasspath', false, 'runtime'],
    ['releaseRuntimeClasspath', false, 'runtime'],
    ['jdt', false, 'runtime'], // a configuration of the build's own: taken as shipped
    ['testCompileClasspath', false, 'dev'],
    ['testInputRuntimeClasspath', false, 'dev'],
    ['debugUnitTestRuntimeClasspath', false, 'dev'],
    ['androidTestCompileClasspath', false, 'dev'],
    ['annotationProcessor', false, 'dev'],
    ['kapt', false, 'dev'],
    ['kotlinCompilerPluginClasspathMain', false, 'dev'],
    ['classpath', false, 'dev'],
    ['runtimeClasspath', true, 'dev'], // in buildscript-gradle.lockfile
  ]
  for (const [configuration, buildscript, scope] of cases)
    expect([configuration, configurationScope(configuration, buildscript)]).toEqual([configuration, scope])
})

describe('gradle.lockfile (FabricMC/Mercury)', () => {
  const r = parseFixture(parseGradleLockfile, 'gradle/corpus/fabricmc-mercury/gradle.lockfile')

  test('44 locked packages, runtime or dev by their configurations, versions with +build kept', () => {
    expect(r.format).toBe('gradle.lockfile (Gradle 6+)')
    expect(r.packages).toHaveLength(44)
    expect(r.packages.filter((p) => p.scope === 'dev')).toHaveLength(19)
    expect(scopes(r)['org.ow2.asm:asm@9.6']).toBe('dev') // only testInput*
    expect(scopes(r)['org.ow2.asm:asm@9.7.1']).toBe('runtime')
    expect(scopes(r)['org.eclipse.jdt:ecj@3.40.0']).toBe('runtime')
    expect(pkg(r, 'net.fabricmc:tiny-remapper')).toMatchObject({
      version: '0.11.0+local',
      purl: 'pkg:maven/net.fabricmc/tiny-remapper@0.11.0%2Blocal',
      line: 8,
      hashes: [],
    })
  })

  test('no version catalog: every locked package is direct, and the project is its folder', () => {
    expect(r.projects).toEqual([
      {
        id: '',
        ecosystem: 'gradle',
        name: 'fabricmc-mercury',
        manifest: 'gradle/corpus/fabricmc-mercury/gradle.lockfile',
        dir: 'gradle/corpus/fabricmc-mercury',
      },
    ])
    expect(r.edges).toHaveLength(44)
    expect(r.complete).toBe(false)
    expect(messages(r)).toEqual([
      '- info: Gradle lockfiles record no dependency relations and this build has no version catalog: every locked package is taken as a direct dependency',
    ])
  })
})

describe('a multi-project build: lockfiles per project, settings and buildscript, catalog, verification', () => {
  const app = parseFixture(parseGradleLockfile, 'gradle/multi-project/app/gradle.lockfile')
  const lib = parseFixture(parseGradleLockfile, 'gradle/multi-project/lib/gradle.lockfile')
  const buildscript = parseFixture(parseGradleLockfile, 'gradle/multi-project/buildscript-gradle.lockfile')
  const settings = parseFixture(parseGradleLockfile, 'gradle/multi-project/settings-gradle.lockfile')

  test('projects: the subproject folders, the root named by settings.gradle.kts', () => {
    expect(app.projects[0]).toEqual({
      id: '',
      ecosystem: 'gradle',
      name: 'app',
      manifest: 'gradle/multi-project/app/build.gradle.kts',
      dir: 'gradle/multi-project/app',
    })
    expect(buildscript.projects[0]).toMatchObject({
      name: 'shop',
      manifest: 'gradle/multi-project/build.gradle.kts',
    })
    expect(settings.projects[0]).toEqual(buildscript.projects[0])
  })

  test('direct dependencies are the locked packages the version catalog declares', () => {
    expect(direct(app)).toEqual([
      'pkg:maven/com.google.guava/guava@33.4.0-jre runtime',
      'pkg:maven/org.apache.commons/commons-lang3@3.17.0 runtime',
      'pkg:maven/org.junit.jupiter/junit-jupiter-api@5.11.4 dev',
      'pkg:maven/org.slf4j/slf4j-api@2.0.16 runtime',
    ])
    expect(scopes(app)).toEqual({
      'com.google.dagger:dagger-compiler@2.51': 'dev',
      'com.google.guava:failureaccess@1.0.2': 'runtime',
      'com.google.guava:guava@33.4.0-jre': 'runtime',
      'org.apache.commons:commons-lang3@3.17.0': 'runtime',
      'org.junit.jupiter:junit-jupiter-api@5.11.4': 'dev',
      'org.opentest4j:opentest4j@1.3.0': 'dev',
      'org.slf4j:slf4j-api@2.0.16': 'runtime',
    })
    expect(messages(app)).toEqual([
      '- info: Gradle lockfiles record no dependency relations: 4 locked packages are declared in the version catalog (direct); what depends on the other 3 is unknown',
      '- info: 2 locked packages have no checksum in gradle/verification-metadata.xml',
    ])
  })

  test('hashes from verification-metadata.xml: the jar`s sha256 (also-trust too) and sha512, not the POM`s', () => {
    expect(pkg(app, 'com.google.guava:guava')!.hashes).toEqual([
      { alg: 'SHA-256', value: 'b918c98a7e44dbe94ebd9fe3e40cddaadb5a93e6a78eb6008b42df237241e538' },
      { alg: 'SHA-256', value: '0000000000000000000000000000000000000000000000000000000000000001' },
      {
        alg: 'SHA-512',
        value:
          '778bd20c3ad83dd17d742368814cf97f28f3ec5723ef952a634290dbe0b4ced8c2a8f878d710fed10223d4393c510df39583c78921c592f605a0bb7003d98f84',
      },
    ])
    expect(pkg(app, 'com.google.dagger:dagger-compiler')!.hashes).toEqual([])
  })

  test('the build script`s and the settings` classpaths are build tooling; a line that is not an entry is said', () => {
    expect(buildscript.format).toBe('buildscript-gradle.lockfile (Gradle 6+)')
    expect(Object.values(scopes(buildscript))).toEqual(['dev', 'dev'])
    expect(Object.values(scopes(settings))).toEqual(['dev', 'dev'])
    expect(scopes(lib)).toEqual({
      'com.h2database:h2@2.3.232': 'dev',
      'org.apache.commons:commons-lang3@3.17.0': 'runtime',
      'org.slf4j:slf4j-api@2.0.16': 'runtime',
    })
    expect(messages(lib)[0]).toBe(
      '7 warning: not a locked dependency ("this line is not a locked dependency"): skipped',
    )
  })

  test('the catalog and the verification metadata yield nothing of their own next to a lockfile', () => {
    const catalog = parseFixture(parseVersionCatalog, 'gradle/multi-project/gradle/libs.versions.toml')
    expect(catalog).toEqual({
      format:
        'libs.versions.toml (Gradle version catalog; read with gradle/multi-project/gradle.lockfile)'.replace(
          'gradle/multi-project/gradle.lockfile',
          'gradle/multi-project/settings-gradle.lockfile',
        ),
      projects: [],
      packages: [],
      edges: [],
      issues: [],
      complete: true,
    })
    const verification = parseFixture(
      parseVerificationMetadata,
      'gradle/multi-project/gradle/verification-metadata.xml',
    )
    expect(verification.packages).toEqual([])
    expect(verification.format).toBe(
      'verification-metadata.xml (Gradle; hashes read with gradle/multi-project/settings-gradle.lockfile)',
    )
  })
})

test('Gradle 4.8 – 5: gradle/dependency-locks/<configuration>.lockfile, one configuration per file', () => {
  const compile = parseFixture(
    parseGradleLockfile,
    'gradle/legacy-locks/gradle/dependency-locks/compileClasspath.lockfile',
  )
  const test = parseFixture(
    parseGradleLockfile,
    'gradle/legacy-locks/gradle/dependency-locks/testRuntimeClasspath.lockfile',
  )
  const tooling = parseFixture(
    parseGradleLockfile,
    'gradle/legacy-locks/gradle/dependency-locks/buildscript-classpath.lockfile',
  )
  expect(compile.format).toBe('Gradle dependency-locks (Gradle 4.8 – 5)')
  expect(compile.projects[0]).toMatchObject({
    name: 'legacy-locks',
    manifest: 'gradle/legacy-locks/build.gradle',
  })
  expect(scopes(compile)).toEqual({ 'org.apache.commons:commons-lang3@3.17.0': 'runtime' })
  expect(scopes(test)).toEqual({
    'junit:junit@4.13.2': 'dev',
    'org.apache.commons:commons-lang3@3.17.0': 'dev',
    'org.hamcrest:hamcrest-core@1.3': 'dev',
  })
  expect(scopes(tooling)).toEqual({ 'com.github.ben-manes:gradle-versions-plugin@0.51.0': 'dev' })
})

test('a file that is not a Gradle lockfile is refused', () => {
  expect(thrown(() => parseText(parseGradleLockfile, 'gradle.lockfile', '{"lockfileVersion": 3}'))).toEqual(
    new ParseError('not a Gradle lockfile (no "group:name:version" line)'),
  )
  // an empty lock state is a lockfile
  expect(parseText(parseGradleLockfile, 'gradle.lockfile', 'empty=compileClasspath\n').packages).toEqual([])
})

describe('libs.versions.toml alone (android/nowinandroid)', () => {
  const r = parseFixture(parseVersionCatalog, 'gradle/corpus/nowinandroid/gradle/libs.versions.toml')

  test('77 libraries and 12 plugins, versions through [versions], none for BOM-managed ones', () => {
    expect(r.packages).toHaveLength(88) // the ksp plugin's marker is also a library
    expect(pkg(r, 'androidx.core:core-ktx')).toMatchObject({
      version: '1.9.0',
      purl: 'pkg:maven/androidx.core/core-ktx@1.9.0',
      scope: 'runtime',
      line: 78,
    })
    expect(pkg(r, 'androidx.window:window')!.version).toBe('1.0.0') // module = "g:a"
    expect(pkg(r, 'androidx.compose.runtime:runtime')).toMatchObject({
      version: undefined,
      purl: 'pkg:maven/androidx.compose.runtime/runtime',
    })
    expect(pkg(r, 'com.android.application:com.android.application.gradle.plugin')).toMatchObject({
      version: '7.4.1',
      scope: 'dev',
    })
    expect(r.edges).toHaveLength(88)
    expect(r.complete).toBe(false)
    expect(messages(r)).toEqual([
      '- info: no Gradle lockfile in this build: the 88 declared libraries and plugins are listed with their declared versions (13 without one: managed by a BOM or platform, or not a plain version); resolved versions and transitive dependencies are unknown',
    ])
  })

  test('rich versions: strictly, then require, then prefer', () => {
    const entries = readCatalog(
      '[versions]\nx = { require = "1.2", prefer = "1.3" }\n[libraries]\na = { module = "g:a", version.ref = "x" }\nb = { module = "g:b", version = { strictly = "[1,2)", prefer = "1.5" } }\nc = "g:c"\n',
    )
    expect(entries.map((e) => `${e.group}:${e.name}:${e.version}`)).toEqual([
      'g:a:1.2',
      'g:b:[1,2)',
      'g:c:undefined',
    ])
  })
})

test('verification-metadata.xml alone (coachtaal-tooling): the verified components with their hashes', () => {
  const r = parseFixture(
    parseVerificationMetadata,
    'gradle/corpus/coachtaal-tooling/gradle/verification-metadata.xml',
  )
  expect(r.format).toBe('verification-metadata.xml (Gradle dependency verification)')
  expect(pkg(r, 'com.google.code.gson:gson')).toMatchObject({
    version: '2.8.9',
    hashes: [{ alg: 'SHA-256', value: 'd3999291855de495c94c743761b8ab5176cfeabe281a5ab0d8e8d45326fd703e' }],
  })
  expect(pkg(r, 'com.google.code.gson:gson-parent')).toBeUndefined() // a parent POM, not a package
  expect(pkg(r, 'org.jetbrains.kotlin:kotlin-assignment')!.hashes).toEqual([
    { alg: 'SHA-256', value: '49b8075fa0e218ba11ba18a6f72504dfc5f0399428becf136bdc871dc78180c5' },
  ])
  expect(r.packages.every((p) => p.hashes.length > 0)).toBe(true)
  expect(r.complete).toBe(false)
  expect(messages(r)[0]).toMatch(/^- info: no Gradle lockfile in this build: the \d+ verified components/)
  expect(
    thrown(() => parseText(parseVerificationMetadata, 'gradle/verification-metadata.xml', '<x/>')),
  ).toEqual(
    new ParseError(
      'gradle/verification-metadata.xml: not Gradle verification metadata (no <verification-metadata> element)',
    ),
  )
})
