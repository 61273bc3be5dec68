import type { ParseResult } from '../../../src/model.js'
import { parsePdmLock } from '../../../src/parsers/python/pdm-lock.js'
import {
  edgeLabels,
  nameVersions,
  parseFixture,
  parseText,
  pkg,
  sha256Hex,
  thrown,
} from '../../helpers/parse.js'

const sha = sha256Hex
const scopes = (r: ParseResult) =>
  Object.fromEntries(r.packages.map((p) => [`${p.name}@${p.version}`, p.scope]))

const parseError = (text: string) => thrown(() => parseText(parsePdmLock, 'pdm.lock', text))

describe('pdm.lock 4.4.1 (corpus gilded-rose-python)', () => {
  const r = parseFixture(parsePdmLock, 'python/gilded-rose-python/pdm.lock')

  test('22 [[package]] entries, 21 packages: coverage plain and with extras ["toml"] is one package', () => {
    expect(r.format).toBe('pdm.lock v4.4.1')
    expect(nameVersions(r)).toEqual(
      new Set([
        'astroid@3.1.0',
        'black@24.4.0',
        'click@8.1.7',
        'colorama@0.4.6',
        'coverage@7.4.4',
        'dill@0.3.8',
        'iniconfig@2.0.0',
        'isort@5.13.2',
        'mccabe@0.7.0',
        'mypy-extensions@1.0.0',
        'packaging@24.0',
        'pathspec@0.12.1',
        'platformdirs@4.2.0',
        'pluggy@1.4.0',
        'pyhamcrest@2.1.0',
        'pylint@3.1.0',
        'pytest@8.1.1',
        'pytest-cov@5.0.0',
        'pytest-watcher@0.4.2',
        'tomlkit@0.12.4',
        'watchdog@4.0.0',
      ]),
    )
    expect(r.packages).toHaveLength(21)
    expect(r.complete).toBe(true)
    expect(r.issues).toEqual([])
  })

  test('groups = ["dev"] on every package: all dev; the project has no runtime dependencies', () => {
    for (const p of r.packages) expect([p.name, p.scope]).toEqual([p.name, 'dev'])
    expect(r.projects).toEqual([
      expect.objectContaining({
        id: '',
        name: 'gilded-rose-python',
        version: '0.1.0',
        manifest: 'python/gilded-rose-python/pyproject.toml',
      }),
    ])
    // [tool.pdm.dev-dependencies] dev
    expect(
      r.edges
        .filter((e) => e.from === '')
        .map((e) => `${e.to}:${e.scope}`)
        .sort(),
    ).toEqual([
      'black@24.4.0:dev',
      'pyhamcrest@2.1.0:dev',
      'pylint@3.1.0:dev',
      'pytest-cov@5.0.0:dev',
      'pytest-watcher@0.4.2:dev',
      'pytest@8.1.1:dev',
    ])
  })

  test('edges from requirement strings with markers and extras; no self-edge for coverage[toml]', () => {
    const edges = edgeLabels(r)
    expect(edges).toContain('pytest-cov@5.0.0 -> coverage@7.4.4') // "coverage[toml]>=5.2.1"
    expect(edges).toContain('pylint@3.1.0 -> dill@0.3.8') // two requirements with different markers
    expect(edges).toContain('pylint@3.1.0 -> astroid@3.1.0') // "astroid<=3.2.0-dev0,>=3.1.0"
    expect(edges).toContain('click@8.1.7 -> colorama@0.4.6')
    expect(r.edges.filter((e) => e.from === e.to)).toEqual([])
    expect(r.edges.filter((e) => e.from !== '')).toHaveLength(20)
  })

  test('hashes of both coverage entries, once each; sdist first', () => {
    const coverage = pkg(r, 'coverage')!
    expect(coverage.hashes).toHaveLength(12)
    expect(new Set(coverage.hashes.map((h) => h.value)).size).toBe(12)
    expect(coverage.hashes[0]).toEqual({
      alg: 'SHA-256',
      value: 'c901df83d097649e257e803be22592aedfd5182f07b3cc87d640bbb9afd50f49', // coverage-7.4.4.tar.gz
    })
    expect(coverage.line).toBe(69)
  })
})

describe('pdm.lock 4.5 (hand-written: groups, extras, git / url / path / editable entries)', () => {
  const r = parseFixture(parsePdmLock, 'python/pdm-groups/pdm.lock')

  test('packages, and the editable path entry as a project', () => {
    expect(r.format).toBe('pdm.lock v4.5.0')
    expect(r.projects.map((p) => [p.id, p.name, p.version, p.manifest])).toEqual([
      ['', 'pdm-app', '0.2.0', 'python/pdm-groups/pyproject.toml'],
      ['libs/helpers', 'helpers', '0.1.0', 'python/pdm-groups/libs/helpers/pyproject.toml'],
    ])
    expect(r.packages).toHaveLength(18)
    expect(r.complete).toBe(true)
    expect(r.issues).toEqual([])
  })

  test('scopes: default → runtime, a project extra → optional, other groups → dev, strongest group wins', () => {
    expect(scopes(r)).toEqual({
      'anyio@4.4.0': 'runtime',
      'certifi@2024.7.4': 'runtime',
      'exceptiongroup@1.2.2': 'runtime', // default and test
      'h11@0.14.0': 'runtime',
      'httpcore@1.0.5': 'runtime',
      'httpx@0.27.0': 'runtime',
      'idna@3.7': 'runtime',
      'iniconfig@2.0.0': 'dev',
      'packaging@24.1': 'dev',
      'plotlib@1.2.0': 'optional', // [project.optional-dependencies] plot
      'pluggy@1.5.0': 'dev',
      'pyparsing@3.1.2': 'optional',
      'pytest@8.3.2': 'dev', // [dependency-groups] test
      'ruff@0.5.5': 'dev', // [tool.pdm.dev-dependencies] dev
      'sniffio@1.3.1': 'runtime',
      'toolbox@0.4.0': 'runtime',
      'tarball-dep@2.0': 'runtime',
      'vendored@0.9.0': 'dev',
    })
  })

  test('direct dependencies: URL / git / ${PROJECT_ROOT} requirements; groups not locked are not expected', () => {
    expect(
      r.edges
        .filter((e) => e.from === '')
        .map((e) => `${e.to}:${e.scope}`)
        .sort(),
    ).toEqual([
      'httpx@0.27.0:runtime',
      'libs/helpers:runtime',
      'plotlib@1.2.0:optional',
      'pytest@8.3.2:dev',
      'ruff@0.5.5:dev',
      'tarball-dep@2.0:runtime',
      'toolbox@0.4.0:runtime',
      'vendored@0.9.0:dev', // "-e file:///${PROJECT_ROOT}/vendor/...#egg=vendored"
    ]) // mkdocs (group "docs") is not in metadata.groups: no warning
    expect(edgeLabels(r)).toContain('project:helpers -> idna@3.7')
    expect(edgeLabels(r)).toContain('httpx@0.27.0 -> httpcore@1.0.5') // "httpcore==1.*"
  })

  test('sources: git (revision), url, local wheel', () => {
    const commit = '0123456789abcdef0123456789abcdef01234567'
    expect(pkg(r, 'toolbox')).toMatchObject({
      source: 'git',
      resolved: `git+https://github.com/example/toolbox.git@${commit}`,
      purl: `pkg:pypi/toolbox@0.4.0?vcs_url=git%2Bhttps:%2F%2Fgithub.com%2Fexample%2Ftoolbox.git%40${commit}`,
    })
    expect(pkg(r, 'tarball-dep')).toMatchObject({
      source: 'url',
      resolved: 'https://downloads.example.com/tarball_dep-2.0.tar.gz',
      hashes: [{ alg: 'SHA-256', value: sha('tarball_dep-2.0.tar.gz') }],
    })
    expect(pkg(r, 'vendored')).toMatchObject({
      source: 'path',
      resolved: 'python/pdm-groups/vendor/vendored-0.9.0-py3-none-any.whl',
      purl: 'pkg:pypi/vendored@0.9.0',
    })
    expect(pkg(r, 'ruff')!.hashes.map((h) => h.value)).toEqual([
      sha('ruff-0.5.5.tar.gz'),
      sha('ruff-0.5.5-py3-none-manylinux_2_17_x86_64.manylinux2014_x86_64.whl'),
    ])
  })
})

describe('pdm.lock 4.2 (hand-written: [metadata.files], no groups per package)', () => {
  const r = parseFixture(parsePdmLock, 'python/pdm-v42/pdm.lock')

  test('hashes and URLs from [metadata.files]; scopes from pyproject.toml through the edges', () => {
    expect(r.format).toBe('pdm.lock v4.2')
    expect(r.packages).toHaveLength(9)
    expect(pkg(r, 'requests')).toMatchObject({
      resolved:
        'https://files.pythonhosted.org/packages/9d/be/10918a2eac4ae9f02f6cfe6414b7a155ccd8f7f9d4380d62fd5b955065c3/requests-2.31.0.tar.gz',
      hashes: [
        { alg: 'SHA-256', value: sha('requests-2.31.0.tar.gz') },
        { alg: 'SHA-256', value: sha('requests-2.31.0-py3-none-any.whl') },
      ],
    })
    expect(scopes(r)).toEqual({
      'certifi@2023.5.7': 'runtime',
      'charset-normalizer@3.1.0': 'runtime',
      'idna@3.4': 'runtime',
      'iniconfig@2.0.0': 'optional', // "test" is an extra of the project
      'packaging@23.1': 'optional',
      'pluggy@1.0.0': 'optional',
      'pytest@7.3.1': 'optional',
      'requests@2.31.0': 'runtime',
      'urllib3@2.0.2': 'runtime',
    })
    expect(r.issues).toEqual([])
  })
})

describe('pdm.lock problems', () => {
  test('without pyproject.toml: direct dependencies inferred; a missing dependency without marker warns', () => {
    const r = parseText(
      parsePdmLock,
      'pdm.lock',
      `[metadata]
groups = ["default"]
lock_version = "4.4"

[[package]]
name = "a"
version = "1.0"
groups = ["default"]
dependencies = ["b>=1", "gone", "win-only; sys_platform == 'win32'"]

[[package]]
name = "b"
version = "1.5"
groups = ["default"]
files = [{file = "b-1.5.tar.gz", hash = "md5:zz"}]
`,
    )
    expect(r.edges).toEqual([
      { from: 'a@1.0', to: 'b@1.5', scope: 'runtime' },
      { from: '', to: 'a@1.0', scope: 'runtime' },
    ])
    expect(r.issues.map((i) => [i.line, i.severity, i.message])).toEqual([
      [11, 'warning', 'b 1.5: 1 unreadable file hash(es)'],
      [5, 'warning', 'a 1.0 depends on gone, which the lockfile does not contain'],
      [
        undefined,
        'info',
        'no pyproject.toml next to the lockfile: direct dependencies are inferred (the packages nothing else depends on)',
      ],
    ])
    expect(r.complete).toBe(false)
  })

  test.each([
    [
      'malformed TOML',
      '[metadata]\nlock_version = "4.4"\n[[package]]\nname = "x\n',
      /^not valid TOML \(pdm\.lock\): /,
      4,
    ],
    [
      'an unknown lock_version',
      '# @generated by PDM\n[metadata]\nlock_version = "3.1"\n',
      /^unknown pdm\.lock lock_version "3\.1": lockgraph reads 4\.x \(PDM 2\)$/,
      3,
    ],
    ['not a pdm.lock', '[[package]]\nname = "x"\n', /^not a pdm\.lock/, 1],
  ])('%s throws one ParseError with its line', (_what, text, message, line) => {
    expect(parseError(text)).toMatchObject({
      name: 'ParseError',
      message: expect.stringMatching(message),
      line,
    })
  })
})
