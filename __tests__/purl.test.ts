// The purl wrapper against the purl-spec test suite: every "build" test of the types lockgraph writes.
import { readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { PackageURL } from 'packageurl-js'
import { buildPurl, buildPurlWithLibrary, npmPurl } from '../src/purl/purl.js'

const dir = join(import.meta.dirname, 'testdata', 'specs', 'purl')

interface SpecTest {
  description: string
  test_type: 'build' | 'parse' | 'validate' | 'roundtrip'
  input:
    | string
    | {
        type: string
        namespace: string | null
        name: string
        version: string | null
        qualifiers: Record<string, string> | null
        subpath: string | null
      }
  expected_output: unknown
  expected_failure: boolean
}

const builds: Array<[string, SpecTest]> = []
for (const file of readdirSync(dir)) {
  const { tests } = JSON.parse(readFileSync(join(dir, file), 'utf8')) as { tests: SpecTest[] }
  for (const t of tests) if (t.test_type === 'build') builds.push([`${file}: ${t.description}`, t])
}

describe('buildPurl follows the purl-spec build tests', () => {
  test('the suite is there', () => expect(builds.length).toBeGreaterThan(40))

  test.each(builds)('%s', (_name, t) => {
    const i = t.input as Exclude<SpecTest['input'], string>
    const build = () =>
      buildPurl(
        i.type,
        i.namespace ?? undefined,
        i.name,
        i.version ?? undefined,
        i.qualifiers ?? undefined,
        i.subpath ?? undefined,
      )
    if (t.expected_failure) expect(build).toThrow()
    else expect(build()).toBe(t.expected_output)
  })

  test('where packageurl-js alone departs from the spec, the wrapper does not', () => {
    // ':' stays literal in qualifier values (purl spec), packageurl-js encodes it.
    const raw = new PackageURL('npm', undefined, 'x', '1.0.0', {
      vcs_url: 'git+https://github.com/a/b.git',
    }).toString()
    expect(raw).toContain('%3A')
    expect(npmPurl('x', '1.0.0', { vcs_url: 'git+https://github.com/a/b.git' })).toBe(
      'pkg:npm/x@1.0.0?vcs_url=git%2Bhttps:%2F%2Fgithub.com%2Fa%2Fb.git',
    )
  })
})

describe('npmPurl', () => {
  test('scoped names encode the @ of the namespace', () => {
    expect(npmPurl('@angular/animation', '12.3.1')).toBe('pkg:npm/%40angular/animation@12.3.1')
  })
  test('names keep their case: the npm type is case sensitive (packageurl-js alone lowercases)', () => {
    expect(new PackageURL('npm', undefined, 'JSONStream', '1.3.5').toString()).toBe(
      'pkg:npm/jsonstream@1.3.5',
    )
    expect(npmPurl('JSONStream', '1.3.5')).toBe('pkg:npm/JSONStream@1.3.5')
    expect(npmPurl('@Scope/Name', '1.0.0')).toBe('pkg:npm/%40Scope/Name@1.0.0')
  })
  test('qualifiers are sorted and empty ones dropped', () => {
    expect(
      npmPurl('x', '1.0.0', { vcs_url: 'git+ssh://git@h/x.git#abc', download_url: '', a: undefined }),
    ).toBe('pkg:npm/x@1.0.0?vcs_url=git%2Bssh:%2F%2Fgit%40h%2Fx.git%23abc')
  })
})

describe('the fast path gives what packageurl-js gives', () => {
  test('for every package of every test lockfile (all ecosystems)', async () => {
    const { discover } = await import('../src/discover.js')
    const { diskSource, parseFiles } = await import('../src/scan.js')
    const root = join(import.meta.dirname, 'testdata')
    const graph = await parseFiles(discover(root).files, diskSource(root))
    expect(graph.packages.size).toBeGreaterThan(2400)
    let checked = 0
    for (const purl of graph.packages.keys()) {
      // split the canonical string back into its parts, keeping case (PackageURL.fromString lowercases npm)
      const [head, query] = purl.split('?')
      const m = /^pkg:([a-z]+)\/(?:(.+)\/)?([^/@]+)(?:@(.+))?$/.exec(head)!
      const [, type, ns, name, version] = m
      const qualifiers = query
        ? Object.fromEntries(new URLSearchParams(query.replace(/\+/g, '%2B')))
        : undefined
      const dec = (s?: string) => (s === undefined ? undefined : decodeURIComponent(s))
      expect(buildPurlWithLibrary(type, dec(ns), dec(name)!, dec(version), qualifiers)).toBe(purl)
      expect(buildPurl(type, dec(ns), dec(name)!, dec(version), qualifiers)).toBe(purl)
      checked++
    }
    expect(checked).toBe(graph.packages.size)
  })
})
