import { parseUvLock } from '../../../src/parsers/python/uv-lock.js'
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

const parseError = (text: string) => thrown(() => parseText(parseUvLock, 'uv.lock', text))

describe('uv.lock version 1 revision 3 (corpus brain-games)', () => {
  const r = parseFixture(parseUvLock, 'python/brain-games/uv.lock')

  test('10 [[package]] entries: the editable root is the project, the 9 others are packages', () => {
    expect(r.format).toBe('uv.lock v1 (revision 3)')
    expect(r.projects).toEqual([
      {
        id: '',
        ecosystem: 'pypi',
        name: 'brain-games-app',
        version: '0.1.0',
        purl: 'pkg:pypi/brain-games-app@0.1.0',
        manifest: 'python/brain-games/pyproject.toml',
        dir: 'python/brain-games',
      },
    ])
    expect(nameVersions(r)).toEqual(
      new Set([
        'colorama@0.4.6',
        'coverage@7.10.7',
        'iniconfig@2.1.0',
        'packaging@25.0',
        'pluggy@1.6.0',
        'pygments@2.19.2',
        'pytest@8.4.2',
        'pytest-cov@7.0.0',
        'ruff@0.7.1',
      ]),
    )
    expect(r.packages).toHaveLength(9)
    expect(r.complete).toBe(true)
    expect(r.issues).toEqual([])
  })

  test('dev group edges from the project; everything is dev', () => {
    expect(r.edges.filter((e) => e.from === '')).toEqual([
      { from: '', to: 'pytest@8.4.2', scope: 'dev' },
      { from: '', to: 'pytest-cov@7.0.0', scope: 'dev' },
      { from: '', to: 'ruff@0.7.1', scope: 'dev' },
    ])
    for (const p of r.packages) expect([p.name, p.scope]).toEqual([p.name, 'dev'])
    expect(edgeLabels(r)).toEqual(
      new Set([
        'project:brain-games-app -> pytest@8.4.2',
        'project:brain-games-app -> pytest-cov@7.0.0',
        'project:brain-games-app -> ruff@0.7.1',
        'pytest@8.4.2 -> colorama@0.4.6', // marker sys_platform == 'win32': still an edge
        'pytest@8.4.2 -> iniconfig@2.1.0',
        'pytest@8.4.2 -> packaging@25.0',
        'pytest@8.4.2 -> pluggy@1.6.0',
        'pytest@8.4.2 -> pygments@2.19.2',
        'pytest-cov@7.0.0 -> coverage@7.10.7',
        'pytest-cov@7.0.0 -> pluggy@1.6.0',
        'pytest-cov@7.0.0 -> pytest@8.4.2',
      ]),
    )
  })

  test('sdist and wheel hashes (sdist first), resolved sdist URL, purl, line', () => {
    const colorama = pkg(r, 'colorama')!
    expect(colorama).toMatchObject({
      purl: 'pkg:pypi/colorama@0.4.6',
      source: 'registry',
      resolved:
        'https://files.pythonhosted.org/packages/d8/53/6f443c9a4a8358a93a6792e2acffb9d9d5cb0a5cfd8802644b7b1c9a02e4/colorama-0.4.6.tar.gz',
      hashes: [
        { alg: 'SHA-256', value: '08695f5cb7ed6e0531a20572697297273c47b8cae5a63ffc6d6ed5c201be6e44' },
        { alg: 'SHA-256', value: '4f1d9991f5acc0ca119f9d443620b77f9d6b33703e51011c16baf57afb285fc6' },
      ],
      line: 26,
    })
    expect(pkg(r, 'coverage')!.hashes).toHaveLength(54) // 1 sdist + 53 wheels
    expect(pkg(r, 'ruff')!.hashes[0].value).toBe(
      '9d8a41d4aa2dad1575adb98a82870cf5db5f76b2938cf2206c22c940034a36f4',
    )
  })
})

describe('uv.lock workspace (hand-written: members, git / url / path / directory sources, extras, groups)', () => {
  const r = parseFixture(parseUvLock, 'python/uv-workspace/uv.lock')

  test('the root and the members (editable and virtual) are projects with their own manifests', () => {
    expect(r.format).toBe('uv.lock v1 (revision 2)')
    expect(r.projects.map((p) => [p.id, p.name, p.version, p.manifest])).toEqual([
      ['', 'acme', '0.3.0', 'python/uv-workspace/pyproject.toml'],
      ['packages/cli', 'acme-cli', '0.1.0', 'python/uv-workspace/packages/cli/pyproject.toml'],
      ['packages/core', 'acme-core', '1.0.0', 'python/uv-workspace/packages/core/pyproject.toml'],
    ])
    expect(r.complete).toBe(true)
    expect(r.issues).toEqual([])
  })

  test('every other entry is a package, numpy twice', () => {
    expect(nameVersions(r)).toEqual(
      new Set([
        'attrs@24.2.0',
        'certifi@2024.8.30',
        'click@8.1.7',
        'colorama@0.4.6',
        'idna@3.10',
        'iniconfig@2.0.0',
        'legacy-lib@1.0',
        'localwheel@0.2.0',
        'numpy@1.26.4',
        'numpy@2.1.3',
        'packaging@24.1',
        'plotlib@1.2.0',
        'pluggy@1.5.0',
        'pysocks@1.7.1',
        'pytest@8.3.3',
        'requests@2.32.3',
        'ruff@0.7.1',
        'torchlite@2.5.0',
        'urllib3@2.2.3',
        'vendored@0.5.0',
      ]),
    )
  })

  test('direct dependencies of each project: runtime, optional (own extra), dev (groups), other members', () => {
    const directOf = (id: string) =>
      r.edges
        .filter((e) => e.from === id)
        .map((e) => `${e.to}:${e.scope}`)
        .sort()
    expect(directOf('')).toEqual([
      'numpy@1.26.4:runtime', // chosen by the dependency's version key
      'numpy@2.1.3:runtime',
      'packages/core:runtime',
      'plotlib@1.2.0:optional',
      'pytest@8.3.3:dev',
      'ruff@0.7.1:dev',
    ])
    expect(directOf('packages/cli')).toEqual([
      'click@8.1.7:runtime',
      'legacy-lib@1.0:runtime',
      'localwheel@0.2.0:runtime',
      'packages/core:runtime',
      'vendored@0.5.0:runtime',
    ])
    expect(directOf('packages/core')).toEqual([
      'attrs@24.2.0:runtime',
      'requests@2.32.3:runtime',
      'torchlite@2.5.0:runtime',
    ])
  })

  test('an extra something requests is needed: requests[socks] makes pysocks runtime', () => {
    expect(r.edges).toContainEqual({ from: 'requests@2.32.3', to: 'pysocks@1.7.1', scope: 'runtime' })
    const scopes = Object.fromEntries(r.packages.map((p) => [`${p.name}@${p.version}`, p.scope]))
    expect(scopes).toEqual({
      'attrs@24.2.0': 'runtime',
      'certifi@2024.8.30': 'runtime',
      'click@8.1.7': 'runtime',
      'colorama@0.4.6': 'runtime', // click needs it on Windows (and pytest, dev)
      'idna@3.10': 'runtime',
      'iniconfig@2.0.0': 'dev',
      'legacy-lib@1.0': 'runtime',
      'localwheel@0.2.0': 'runtime',
      'numpy@1.26.4': 'runtime',
      'numpy@2.1.3': 'runtime',
      'packaging@24.1': 'dev',
      'plotlib@1.2.0': 'optional',
      'pluggy@1.5.0': 'dev',
      'pysocks@1.7.1': 'runtime',
      'pytest@8.3.3': 'dev',
      'requests@2.32.3': 'runtime',
      'ruff@0.7.1': 'dev',
      'torchlite@2.5.0': 'runtime',
      'urllib3@2.2.3': 'runtime',
      'vendored@0.5.0': 'runtime',
    })
  })

  test('sources and their purls', () => {
    const commit = '874ca2bc1c30d2c4e5b5a5b2b1c5c4b8e0b0a1f2'
    expect(pkg(r, 'click')).toMatchObject({
      source: 'git',
      resolved: `git+https://github.com/pallets/click@${commit}`,
      purl: `pkg:pypi/click@8.1.7?vcs_url=git%2Bhttps:%2F%2Fgithub.com%2Fpallets%2Fclick%40${commit}`,
      hashes: [],
    })
    expect(pkg(r, 'legacy-lib')).toMatchObject({
      source: 'url',
      resolved: 'https://downloads.example.com/legacy_lib-1.0.tar.gz',
      purl: 'pkg:pypi/legacy-lib@1.0?download_url=https:%2F%2Fdownloads.example.com%2Flegacy_lib-1.0.tar.gz',
      hashes: [{ alg: 'SHA-256', value: sha('legacy_lib-1.0.tar.gz') }],
    })
    expect(pkg(r, 'localwheel')).toMatchObject({
      source: 'path',
      resolved: 'python/uv-workspace/dist/localwheel-0.2.0-py3-none-any.whl',
      purl: 'pkg:pypi/localwheel@0.2.0',
      hashes: [{ alg: 'SHA-256', value: sha('localwheel-0.2.0-py3-none-any.whl') }],
    })
    expect(pkg(r, 'vendored')).toMatchObject({
      source: 'path',
      resolved: 'python/uv-workspace/vendor/vendored',
    })
    expect(pkg(r, 'torchlite')).toMatchObject({
      source: 'registry',
      purl: 'pkg:pypi/torchlite@2.5.0?repository_url=https:%2F%2Fdownload.example.com%2Fwhl%2Fcpu',
      // no sdist: the wheel is the resolved file
      resolved: expect.stringMatching(/torchlite-2\.5\.0-cp312-cp312-linux_x86_64\.whl$/),
    })
    expect(pkg(r, 'numpy', '2.1.3')!.hashes.map((h) => h.value)).toEqual([
      sha('numpy-2.1.3.tar.gz'),
      sha('numpy-2.1.3-cp312-cp312-manylinux_2_17_x86_64.manylinux2014_x86_64.whl'),
      sha('numpy-2.1.3-cp312-cp312-macosx_14_0_arm64.whl'),
    ])
  })
})

describe('uv.lock edge cases', () => {
  test('a virtual workspace root: [manifest] requirements and dependency-groups are its (dev) edges', () => {
    const r = parseText(
      parseUvLock,
      'mono/uv.lock',
      `version = 1
revision = 1
requires-python = ">=3.12"

[manifest]
members = ["lib-a", "lib-b"]
requirements = [{ name = "ruff" }]

[manifest.dependency-groups]
test = [{ name = "pytest", specifier = ">=8" }]

[[package]]
name = "lib-a"
version = "0.1.0"
source = { editable = "libs/a" }
dependencies = [{ name = "six" }]

[[package]]
name = "pytest"
version = "8.0.0"
source = { registry = "https://pypi.org/simple" }

[[package]]
name = "ruff"
version = "0.5.0"
source = { registry = "https://pypi.org/simple" }

[[package]]
name = "six"
version = "1.16.0"
source = { registry = "https://pypi.org/simple" }
`,
      { 'mono/pyproject.toml': '[tool.uv.workspace]\nmembers = ["libs/*"]\n' },
    )
    expect(r.projects.map((p) => [p.id, p.name, p.manifest])).toEqual([
      ['', 'mono', 'mono/pyproject.toml'],
      ['libs/a', 'lib-a', 'mono/libs/a/pyproject.toml'],
    ])
    expect(r.edges).toEqual([
      { from: 'libs/a', to: 'six@1.16.0', scope: 'runtime' },
      { from: '', to: 'ruff@0.5.0', scope: 'dev' },
      { from: '', to: 'pytest@8.0.0', scope: 'dev' },
    ])
    expect(r.packages.map((p) => `${p.name}:${p.scope}`)).toEqual(['pytest:dev', 'ruff:dev', 'six:runtime'])
    // lib-b is a member without an entry
    expect(r.issues).toEqual([
      {
        file: 'mono/uv.lock',
        line: 6,
        severity: 'warning',
        message: 'workspace member lib-b has no [[package]] entry',
      },
    ])
    expect(r.complete).toBe(false)
  })

  test('uv before 0.3: [[distribution]] entries (already version = 1) are read as [[package]]', () => {
    // `uv init test && uv add urllib3` with uv 0.2.27, as quoted in pyproject-nix/uv2nix#99 (its wheels
    // line, cut there, left out)
    const r = parseText(
      parseUvLock,
      'uv.lock',
      `version = 1
requires-python = ">=3.12"

[[distribution]]
name = "test"
version = "0.1.0"
source = { editable = "." }
dependencies = [
    { name = "urllib3" },
]

[[distribution]]
name = "urllib3"
version = "2.3.0"
source = { registry = "https://pypi.org/simple" }
sdist = { url = "https://files.pythonhosted.org/packages/aa/63/e53da845320b757bf29ef6a9062f5c669fe997973f966045cb019c3f4b66/urllib3-2.3.0.tar.gz", hash = "sha256:f8c5449b3cf0861679ce7e0503c7b44b5ec981bec0d1d3795a07f1ba96f0204d", size = 307268 }
`,
    )
    expect(r.format).toBe('uv.lock v1')
    expect(r.projects.map((p) => [p.id, p.name, p.version])).toEqual([['', 'test', '0.1.0']])
    expect(r.packages).toEqual([
      expect.objectContaining({
        id: 'urllib3@2.3.0',
        purl: 'pkg:pypi/urllib3@2.3.0',
        scope: 'runtime',
        source: 'registry',
        hashes: [
          { alg: 'SHA-256', value: 'f8c5449b3cf0861679ce7e0503c7b44b5ec981bec0d1d3795a07f1ba96f0204d' },
        ],
        line: 12,
      }),
    ])
    expect(edgeLabels(r)).toEqual(new Set(['project:test -> urllib3@2.3.0']))
    expect(r.issues).toEqual([])
    expect(r.complete).toBe(true)
  })

  test('a dependency the file lacks and a malformed entry are reported with their lines', () => {
    const r = parseText(
      parseUvLock,
      'uv.lock',
      `version = 1

[[package]]
name = "app"
version = "1.0"
source = { virtual = "." }
dependencies = [{ name = "gone" }, { name = "ok" }]

[[package]]
version = "1"

[[package]]
name = "ok"
version = "2.0"
source = { registry = "https://pypi.org/simple" }
sdist = { url = "https://files.pythonhosted.org/ok-2.0.tar.gz", hash = "sha256:xyz" }
`,
    )
    expect(nameVersions(r)).toEqual(new Set(['ok@2.0']))
    expect(r.issues).toEqual([
      { file: 'uv.lock', line: 9, severity: 'error', message: '[[package]] entry 2 has no name; skipped' },
      { file: 'uv.lock', line: 12, severity: 'warning', message: 'ok 2.0: 1 unreadable file hash(es)' },
      {
        file: 'uv.lock',
        line: 3,
        severity: 'warning',
        message: 'app 1.0 depends on gone, which the lockfile does not contain',
      },
    ])
    expect(r.complete).toBe(false)
  })

  test.each([
    ['malformed TOML', 'version = 1\n\n[[package]\nname = "x"\n', /^not valid TOML \(uv\.lock\): /, 3],
    [
      'an unknown version',
      'version = 2\nrevision = 1\n',
      /^unknown uv\.lock version 2: lockgraph reads version 1$/,
      1,
    ],
    ['not a uv.lock', '[tool.poetry]\nname = "x"\n', /^not a uv\.lock: no version$/, 1],
  ])('%s throws one ParseError with its line', (_what, text, message, line) => {
    expect(parseError(text)).toMatchObject({
      name: 'ParseError',
      message: expect.stringMatching(message),
      line,
    })
  })
})
