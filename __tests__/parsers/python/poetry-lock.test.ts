import { parsePoetryLock } from '../../../src/parsers/python/poetry-lock.js'
import {
  edgeLabels,
  nameVersions,
  parseFixture,
  parseText,
  pkg,
  sha256Hex,
  thrown,
} from '../../helpers/parse.js'

/** The hand-written fixtures' hashes are sha256 of the file name. */
const sha = sha256Hex

const parseError = (text: string, neighbours: Record<string, string> = {}) =>
  thrown(() => parseText(parsePoetryLock, 'poetry.lock', text, neighbours))

describe('poetry.lock 2.0 (Poetry 1.8.2, corpus filewatch)', () => {
  const r = parseFixture(parsePoetryLock, 'python/filewatch/poetry.lock')

  test('exactly the 9 packages of the lockfile', () => {
    expect(r.format).toBe('poetry.lock v2.0')
    expect(r.packages).toHaveLength(9)
    expect(nameVersions(r)).toEqual(
      new Set([
        'certifi@2026.2.25',
        'charset-normalizer@3.4.4',
        'dotenv@0.9.9',
        'idna@3.11',
        'python-dotenv@1.2.1',
        'requests@2.32.5',
        'urllib3@2.6.3',
        'watchdog@6.0.0',
        'websockets@16.0',
      ]),
    )
    expect(r.complete).toBe(true)
    expect(r.issues).toEqual([])
  })

  test('the project from pyproject.toml ([tool.poetry]) and its direct dependencies', () => {
    expect(r.projects).toEqual([
      {
        id: '',
        ecosystem: 'pypi',
        name: 'filewatch',
        version: '0.1.0',
        purl: 'pkg:pypi/filewatch@0.1.0',
        manifest: 'python/filewatch/pyproject.toml',
        dir: 'python/filewatch',
      },
    ])
    // "python" is the interpreter constraint, not a dependency
    expect(r.edges.filter((e) => e.from === '').map((e) => `${e.to}:${e.scope}`)).toEqual([
      'watchdog@6.0.0:runtime',
      'requests@2.32.5:runtime',
      'dotenv@0.9.9:runtime',
      'websockets@16.0:runtime',
    ])
  })

  test('edges from [package.dependencies], names normalized (charset_normalizer)', () => {
    expect(edgeLabels(r)).toEqual(
      new Set([
        'project:filewatch -> watchdog@6.0.0',
        'project:filewatch -> requests@2.32.5',
        'project:filewatch -> dotenv@0.9.9',
        'project:filewatch -> websockets@16.0',
        'dotenv@0.9.9 -> python-dotenv@1.2.1',
        'requests@2.32.5 -> certifi@2026.2.25',
        'requests@2.32.5 -> charset-normalizer@3.4.4',
        'requests@2.32.5 -> idna@3.11',
        'requests@2.32.5 -> urllib3@2.6.3',
      ]),
    )
  })

  test('no category or groups in the file: scopes from the edges; every package is runtime', () => {
    for (const p of r.packages) expect([p.name, p.scope]).toEqual([p.name, 'runtime'])
  })

  test('hashes of every file, the sdist first; purls; lines', () => {
    const certifi = pkg(r, 'certifi')!
    expect(certifi.purl).toBe('pkg:pypi/certifi@2026.2.25')
    expect(certifi.source).toBe('registry')
    expect(certifi.resolved).toBeUndefined() // poetry.lock records file names, not URLs
    expect(certifi.hashes).toEqual([
      { alg: 'SHA-256', value: 'e887ab5cee78ea814d3472169153c2d12cd43b14bd03329a39a9c6e2e80bfba7' }, // .tar.gz
      { alg: 'SHA-256', value: '027692e4402ad994f1c42e52a4997a9763c646b73e4096e4d5d6db8af1d6f0fa' }, // wheel
    ])
    expect(pkg(r, 'websockets')!.hashes).toHaveLength(61)
    expect(pkg(r, 'websockets')!.hashes[0].value).toBe(
      '5f6261a5e56e8d5c42a4497b364ea24d94d9563e8fbd44e78ac40879c60179b5', // websockets-16.0.tar.gz
    )
    expect(pkg(r, 'certifi')!.line).toBe(3)
    expect(pkg(r, 'websockets')!.line).toBe(257)
  })
})

describe('poetry.lock 1.1 (hand-written: [metadata.files], category, sources, a develop project)', () => {
  const r = parseFixture(parsePoetryLock, 'python/poetry-v1/poetry.lock')

  test('every [[package]] but the develop directory is a package; two numpy versions', () => {
    expect(r.format).toBe('poetry.lock v1.1')
    expect(nameVersions(r)).toEqual(
      new Set([
        'atomicwrites@1.4.1',
        'certifi@2021.10.8',
        'charset-normalizer@2.0.12',
        'colorama@0.4.4',
        'flask@2.0.3',
        'click@8.0.4',
        'idna@3.3',
        'itsdangerous@2.1.2',
        'jinja2@3.0.3',
        'markupsafe@2.1.1',
        'numpy@1.21.6',
        'numpy@1.24.2',
        'pysocks@1.7.1',
        'pytest@6.2.5',
        'requests@2.27.1',
        'internal-sdk@0.3.0',
        'legacy-tool@0.9',
        'urllib3@1.26.9',
        'werkzeug@2.0.3',
      ]),
    )
    expect(r.packages).toHaveLength(19)
    expect(r.complete).toBe(true)
    expect(r.issues).toEqual([])
  })

  test('the root from [tool.poetry] and the develop = true directory as a project of its own', () => {
    expect(r.projects.map((p) => [p.id, p.name, p.version, p.manifest, p.dir])).toEqual([
      ['', 'legacy-app', '1.2.0', 'python/poetry-v1/pyproject.toml', 'python/poetry-v1'],
      [
        'libs/shared',
        'shared',
        '0.1.0',
        'python/poetry-v1/libs/shared/pyproject.toml',
        'python/poetry-v1/libs/shared',
      ],
    ])
    expect(edgeLabels(r)).toContain('project:legacy-app -> project:shared')
    expect(edgeLabels(r)).toContain('project:shared -> requests@2.27.1')
  })

  test('scopes from category and optional', () => {
    const scopes = Object.fromEntries(r.packages.map((p) => [`${p.name}@${p.version}`, p.scope]))
    expect(scopes).toMatchObject({
      'pytest@6.2.5': 'dev',
      'atomicwrites@1.4.1': 'dev',
      'colorama@0.4.4': 'dev', // category "dev" although click (main) uses it on Windows: the file says so
      'pysocks@1.7.1': 'optional', // category main, optional = true
      'requests@2.27.1': 'runtime',
      'flask@2.0.3': 'runtime',
    })
  })

  test('direct dependencies with the scopes pyproject.toml gives them', () => {
    const direct = r.edges.filter((e) => e.from === '').map((e) => `${e.to}:${e.scope}`)
    expect(direct.sort()).toEqual(
      [
        'flask@2.0.3:runtime',
        'requests@2.27.1:optional', // optional = true, for the "socks" extra
        'numpy@1.21.6:runtime', // "~1.21" for python < 3.11 …
        'numpy@1.24.2:runtime', // … "^1.24" for python >= 3.11
        'internal-sdk@0.3.0:runtime',
        'legacy-tool@0.9:runtime',
        'libs/shared:runtime',
        'pytest@6.2.5:dev',
      ].sort(),
    )
  })

  test('edges: markers kept, optional dependencies of an extra nobody requests are optional', () => {
    const edges = edgeLabels(r)
    expect(edges).toContain('flask@2.0.3 -> jinja2@3.0.3') // "Jinja2" normalized
    expect(edges).toContain('jinja2@3.0.3 -> markupsafe@2.1.1') // "MarkupSafe"
    expect(edges).toContain('pytest@6.2.5 -> atomicwrites@1.4.1') // markers = win32
    expect(r.edges).toContainEqual({ from: 'requests@2.27.1', to: 'pysocks@1.7.1', scope: 'optional' })
    expect(r.edges).toContainEqual({ from: 'requests@2.27.1', to: 'urllib3@1.26.9', scope: 'runtime' })
  })

  test('sources: git with its resolved commit, legacy index, url; hashes from [metadata.files]', () => {
    const flask = pkg(r, 'flask')!
    const commit = '4e1b9c9ab2e5f4e8b1a3c0d7f6e5a4b3c2d1e0f9'
    expect(flask).toMatchObject({
      source: 'git',
      resolved: `git+https://github.com/pallets/flask.git@${commit}`,
      purl: `pkg:pypi/flask@2.0.3?vcs_url=git%2Bhttps:%2F%2Fgithub.com%2Fpallets%2Fflask.git%40${commit}`,
      hashes: [],
    })
    expect(pkg(r, 'internal-sdk')).toMatchObject({
      source: 'registry',
      purl: 'pkg:pypi/internal-sdk@0.3.0?repository_url=https:%2F%2Fpypi.example.com%2Fsimple',
      hashes: [{ alg: 'SHA-256', value: sha('internal_sdk-0.3.0-py3-none-any.whl') }],
    })
    expect(pkg(r, 'legacy-tool')).toMatchObject({
      source: 'url',
      resolved: 'https://downloads.example.com/legacy-tool-0.9.tar.gz',
      purl: 'pkg:pypi/legacy-tool@0.9?download_url=https:%2F%2Fdownloads.example.com%2Flegacy-tool-0.9.tar.gz',
    })
    // the sdist's hash first
    expect(pkg(r, 'requests')!.hashes).toEqual([
      { alg: 'SHA-256', value: sha('requests-2.27.1.tar.gz') },
      { alg: 'SHA-256', value: sha('requests-2.27.1-py2.py3-none-any.whl') },
    ])
  })

  test('two versions of one name share [metadata.files]: each gets its own files', () => {
    expect(pkg(r, 'numpy', '1.21.6')!.hashes).toEqual([
      { alg: 'SHA-256', value: sha('numpy-1.21.6.zip') },
      { alg: 'SHA-256', value: sha('numpy-1.21.6-cp310') },
    ])
    expect(pkg(r, 'numpy', '1.24.2')!.hashes.map((h) => h.value)).toEqual([
      sha('numpy-1.24.2.tar.gz'),
      sha('numpy-1.24.2-cp311'),
    ])
    expect(pkg(r, 'numpy', '1.21.6')!.id).not.toBe(pkg(r, 'numpy', '1.24.2')!.id)
  })
})

describe('poetry.lock 2.1 (hand-written: Poetry 2 groups and per-group markers)', () => {
  const r = parseFixture(parsePoetryLock, 'python/poetry-v2/poetry.lock')

  test('packages and scopes from groups: main → runtime, other groups → dev, optional → optional', () => {
    expect(r.format).toBe('poetry.lock v2.1')
    const scopes = Object.fromEntries(r.packages.map((p) => [`${p.name}@${p.version}`, p.scope]))
    expect(scopes).toEqual({
      'anyio@4.8.0': 'runtime',
      'colorama@0.4.6': 'runtime', // groups main and test
      'click@8.1.8': 'runtime',
      'idna@3.10': 'runtime',
      'iniconfig@2.0.0': 'dev',
      'mypy@1.15.0': 'dev', // optional group "lint"
      'pytest@8.3.4': 'dev',
      'rich@13.9.4': 'optional', // optional = true, extra "fancy"
      'sniffio@1.3.1': 'runtime',
      'typing-extensions@4.12.2': 'dev',
    })
    expect(r.complete).toBe(true)
    expect(r.issues).toEqual([])
  })

  test('direct dependencies from [project] and [tool.poetry.group.*]', () => {
    expect(
      r.edges
        .filter((e) => e.from === '')
        .map((e) => `${e.to}:${e.scope}`)
        .sort(),
    ).toEqual([
      'anyio@4.8.0:runtime',
      'click@8.1.8:runtime',
      'mypy@1.15.0:dev',
      'pytest@8.3.4:dev',
      'rich@13.9.4:optional',
    ])
    expect(edgeLabels(r)).toContain('mypy@1.15.0 -> typing-extensions@4.12.2') // typing_extensions
  })
})

describe('poetry.lock without pyproject.toml, and older files', () => {
  const lock = `
[[package]]
name = "a"
version = "1.0"
category = "main"
optional = false

[package.dependencies]
b = ">=1"
missing = "*"
gone-on-py2 = {version = "*", markers = "python_version < \\"3\\""}

[[package]]
name = "b"
version = "2.0"
category = "dev"
optional = false

[metadata]
content-hash = "x"
python-versions = "*"

[metadata.hashes]
a = ["${'a'.repeat(64)}", "${'B'.repeat(64)}"]
b = ["not-a-hash"]
`

  test('Poetry < 1.0: [metadata.hashes]; inferred direct dependencies; missing dependencies', () => {
    const r = parseText(parsePoetryLock, 'app/poetry.lock', lock)
    expect(r.format).toBe('poetry.lock (Poetry < 1.0)')
    expect(r.projects).toEqual([
      expect.objectContaining({ id: '', name: 'app', manifest: 'app/pyproject.toml' }),
    ])
    expect(r.packages.map((p) => [p.name, p.scope, p.hashes.map((h) => h.value[0])])).toEqual([
      ['a', 'runtime', ['a', 'b']],
      ['b', 'dev', []],
    ])
    expect(r.edges).toEqual([
      { from: 'a@1.0', to: 'b@2.0', scope: 'runtime' },
      { from: '', to: 'a@1.0', scope: 'runtime' },
    ])
    expect(r.complete).toBe(false)
    expect(r.issues).toEqual([
      {
        file: 'app/poetry.lock',
        line: 13,
        severity: 'warning',
        message: 'b 2.0: 1 unreadable file hash(es)',
      },
      {
        file: 'app/poetry.lock',
        line: 2,
        severity: 'warning',
        message: 'a 1.0 depends on missing, which the lockfile does not contain', // not gone-on-py2: it has a marker
      },
      {
        file: 'app/poetry.lock',
        line: undefined,
        severity: 'info',
        message:
          'no pyproject.toml next to the lockfile: direct dependencies are inferred (the packages nothing else depends on)',
      },
    ])
  })

  test('a pyproject.toml dependency the lockfile lacks is a warning; the file is incomplete', () => {
    const r = parseText(parsePoetryLock, 'poetry.lock', lock.replace('missing = "*"\n', ''), {
      'pyproject.toml':
        '[tool.poetry]\nname = "x"\n[tool.poetry.dependencies]\npython = "^3.8"\na = "^1"\nzzz = "^2"\n',
    })
    expect(r.issues).toContainEqual({
      file: 'poetry.lock',
      line: undefined,
      severity: 'warning',
      message: 'pyproject.toml declares zzz ^2, which the lockfile does not contain',
    })
    expect(r.complete).toBe(false)
  })

  test('an empty lock (package = [])', () => {
    const r = parseText(parsePoetryLock, 'poetry.lock', 'package = []\n\n[metadata]\nlock-version = "2.0"\n')
    expect(r.packages).toEqual([])
    expect(r.projects).toHaveLength(1)
  })

  test('a malformed entry is skipped with its line; the rest is read', () => {
    const r = parseText(
      parsePoetryLock,
      'poetry.lock',
      '[[package]]\nname = "a"\n\n[[package]]\nname = "b"\nversion = "1"\n\n[metadata]\nlock-version = "2.0"\n',
    )
    expect(nameVersions(r)).toEqual(new Set(['b@1']))
    expect(r.issues[0]).toEqual({
      file: 'poetry.lock',
      line: 1,
      severity: 'error',
      message: '[[package]] a has no version; skipped',
    })
    expect(r.complete).toBe(false)
  })

  test.each([
    ['malformed TOML', '[[package]]\nname = "a"\nversion = = "1"\n', /^not valid TOML \(poetry\.lock\): /, 3],
    [
      'an unknown lock-version',
      '[metadata]\nlock-version = "3.0"\n',
      /^unknown poetry\.lock lock-version "3\.0": lockgraph reads 1\.x and 2\.x/,
      2,
    ],
    ['not a poetry.lock', 'name = "x"\n', /^not a poetry\.lock/, 1],
    ['empty', '', /^empty file/, undefined],
  ])('%s throws one ParseError with its line', (_what, text, message, line) => {
    expect(parseError(text)).toMatchObject({
      name: 'ParseError',
      message: expect.stringMatching(message),
      line,
    })
  })
})
