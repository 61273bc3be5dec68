import type { Issue } from '../../../src/model.js'
import {
  isWorkspaceMember,
  parsePyproject,
  parseRequirement,
  pinnedVersion,
  pyprojectFrom,
  readPyproject,
} from '../../../src/parsers/python/pyproject.js'
import { parseTomlStrict } from '../../../src/parsers/python/toml.js'
import { diskSource } from '../../../src/scan.js'
import { parseFixture, parseText, TESTDATA } from '../../helpers/parse.js'

const read = (text: string, issues: Issue[] = []) =>
  pyprojectFrom(parseTomlStrict(text, 'pyproject.toml'), 'pyproject.toml', issues)
const deps = (text: string) =>
  read(text).dependencies.map(
    (d) => `${d.key}${d.extras.length ? `[${d.extras.join(',')}]` : ''} ${d.scope} ${d.group}`,
  )

describe('parseRequirement (PEP 508, and Poetry extras strings)', () => {
  test.each([
    ['requests', { name: 'requests', key: 'requests', extras: [], specifier: '' }],
    ['Foo_Bar.baz >= 1.0, < 2', { key: 'foo-bar-baz', specifier: '>= 1.0, < 2' }],
    ['coverage[toml]>=5.2.1', { key: 'coverage', extras: ['toml'], specifier: '>=5.2.1' }],
    ['pydantic[email, dotenv] ==2.5', { extras: ['email', 'dotenv'], specifier: '==2.5' }],
    ['colorama; sys_platform == "win32"', { specifier: '', marker: 'sys_platform == "win32"' }],
    ['dill>=0.3.6; python_version >= "3.11"', { specifier: '>=0.3.6', marker: 'python_version >= "3.11"' }],
    ['PyYAML (>=3.10)', { key: 'pyyaml', specifier: '>=3.10' }],
    [
      'pkg @ https://example.com/pkg-1.0.tar.gz ; python_version < "3.12"',
      { url: 'https://example.com/pkg-1.0.tar.gz', marker: 'python_version < "3.12"', specifier: '' },
    ],
    ['pkg[x] @ git+https://github.com/a/b@v1', { extras: ['x'], url: 'git+https://github.com/a/b@v1' }],
  ])('%s', (text, expected) => {
    expect(parseRequirement(text)).toMatchObject(expected)
  })

  test('no name', () => {
    expect(parseRequirement('>=1.0')).toBeUndefined()
  })
})

describe('pyproject.toml declarations', () => {
  test('PEP 621 dependencies and optional-dependencies; PEP 735 groups with include-group', () => {
    const text = `
[project]
name = "demo"
version = "1.0"
dependencies = ["requests>=2", "rich[jupyter]"]

[project.optional-dependencies]
cli = ["click>=8"]

[dependency-groups]
test = ["pytest>=8", "coverage[toml]"]
typing = ["mypy"]
dev = [{include-group = "test"}, {include-group = "typing"}, "ruff"]
`
    expect(deps(text)).toEqual([
      'requests runtime main',
      'rich[jupyter] runtime main',
      'click optional cli',
      'pytest dev test',
      'coverage[toml] dev test',
      'mypy dev typing',
      'pytest dev dev',
      'coverage[toml] dev dev',
      'mypy dev dev',
      'ruff dev dev',
    ])
    expect(read(text)).toMatchObject({ name: 'demo', version: '1.0', extras: ['cli'] })
  })

  test('an include-group cycle is a warning, not a hang', () => {
    const issues: Issue[] = []
    read('[dependency-groups]\na = [{include-group = "b"}, "x"]\nb = [{include-group = "a"}]\n', issues)
    expect(issues.map((i) => i.message)).toContain('dependency group "a" includes itself (a → b → a)')
  })

  test('Poetry: dependencies (python skipped), tables, optional, dev-dependencies, groups, extras', () => {
    const text = `
[tool.poetry]
name = "poet"
version = "0.2.0"

[tool.poetry.dependencies]
python = "^3.9"
Django = "^4.2"
psycopg = {version = "^3.1", extras = ["binary"], optional = true}
numpy = [{version = "<2", python = "<3.10"}, {version = ">=2", python = ">=3.10"}]
mylib = {path = "../mylib", develop = true}
tool = {git = "https://github.com/a/tool.git", tag = "v1.0"}

[tool.poetry.dev-dependencies]
black = "^23"

[tool.poetry.group.docs.dependencies]
mkdocs = "*"

[tool.poetry.extras]
pg = ["psycopg"]
`
    const py = read(text)
    expect(py).toMatchObject({ name: 'poet', version: '0.2.0', extras: ['pg'] })
    expect(py.dependencies.map((d) => [d.key, d.specifier, d.scope, d.group, d.declaredIn])).toEqual([
      ['django', '^4.2', 'runtime', 'main', 'poetry'],
      ['psycopg', '^3.1', 'optional', 'main', 'poetry'],
      ['numpy', '<2 || >=2', 'runtime', 'main', 'poetry'],
      ['mylib', '', 'runtime', 'main', 'poetry'],
      ['tool', '', 'runtime', 'main', 'poetry'],
      ['black', '^23', 'dev', 'dev', 'poetry-group'],
      ['mkdocs', '*', 'dev', 'docs', 'poetry-group'],
    ])
    expect(py.dependencies[1].extras).toEqual(['binary'])
    expect(py.dependencies[3].location).toEqual({ kind: 'path', value: '../mylib' })
    expect(py.dependencies[4].location).toEqual({
      kind: 'git',
      value: 'https://github.com/a/tool.git',
      ref: 'v1.0',
    })
  })

  test('PDM dev-dependencies (with -e editables) and uv dev-dependencies and workspace', () => {
    const text = `
[project]
name = "x"

[tool.pdm.dev-dependencies]
lint = ["flake8"]
local = ["-e file:///\${PROJECT_ROOT}/libs/util#egg=util", "-e ./nameless"]

[tool.uv]
dev-dependencies = ["pytest"]

[tool.uv.workspace]
members = ["packages/*", "tools/cli"]
exclude = ["packages/old"]
`
    const py = read(text)
    expect(py.dependencies.map((d) => [d.key, d.scope, d.group, d.declaredIn, d.location?.value])).toEqual([
      ['flake8', 'dev', 'lint', 'pdm-dev', undefined],
      ['util', 'dev', 'local', 'pdm-dev', 'libs/util'],
      ['pytest', 'dev', 'dev', 'uv-dev', undefined],
    ])
    expect(py.workspace).toEqual({ members: ['packages/*', 'tools/cli'], exclude: ['packages/old'] })
    expect(isWorkspaceMember(py.workspace!, 'packages/a')).toBe(true)
    expect(isWorkspaceMember(py.workspace!, 'packages/old')).toBe(false)
    expect(isWorkspaceMember(py.workspace!, 'tools/cli')).toBe(true)
    expect(isWorkspaceMember(py.workspace!, 'tools/other')).toBe(false)
  })

  test('a broken pyproject.toml next to a lockfile is a warning on its own file and line', () => {
    const issues: Issue[] = []
    const py = readPyproject(
      { read: () => '[project]\nname = "x"\nname = "y"\n' },
      'a/pyproject.toml',
      issues,
    )
    expect(py).toBeUndefined()
    expect(issues).toEqual([
      {
        file: 'a/pyproject.toml',
        line: 3,
        severity: 'warning',
        message: expect.stringMatching(/^not valid TOML \(pyproject\.toml\): /),
      },
    ])
  })

  test.each([
    ['==1.2.3', false, '1.2.3'],
    ['===1.0-custom', false, '1.0-custom'],
    ['==1.2.*', false, undefined],
    ['>=1.2', false, undefined],
    ['1.2.3', true, '1.2.3'],
    ['1.2.3', false, undefined],
    ['^1.2', true, undefined],
  ])('pinnedVersion(%s, poetry=%s) = %s', (spec, poetry, version) => {
    expect(pinnedVersion(spec, poetry)).toBe(version)
  })
})

describe('parsePyproject: a pyproject.toml without a lockfile', () => {
  test('declared dependencies as packages, versions only where pinned; incomplete', () => {
    const r = parseText(
      parsePyproject,
      'svc/pyproject.toml',
      `[project]
name = "svc"
version = "2.1.0"
dependencies = ["fastapi==0.115.0", "uvicorn[standard]>=0.30", "svc[extra]", "lib @ git+https://github.com/a/lib@v2"]

[project.optional-dependencies]
extra = ["orjson"]

[dependency-groups]
dev = ["pytest==8.3.3", "fastapi"]
`,
    )
    expect(r.format).toBe('pyproject.toml')
    expect(r.projects).toEqual([
      {
        id: '',
        ecosystem: 'pypi',
        name: 'svc',
        version: '2.1.0',
        purl: 'pkg:pypi/svc@2.1.0',
        manifest: 'svc/pyproject.toml',
        dir: 'svc',
      },
    ])
    expect(r.packages.map((p) => [p.id, p.version, p.scope, p.source, p.purl])).toEqual([
      ['fastapi', '0.115.0', 'runtime', 'registry', 'pkg:pypi/fastapi@0.115.0'],
      ['uvicorn', undefined, 'runtime', 'registry', 'pkg:pypi/uvicorn'],
      [
        'lib',
        undefined,
        'runtime',
        'git',
        'pkg:pypi/lib?vcs_url=git%2Bhttps:%2F%2Fgithub.com%2Fa%2Flib%40v2',
      ],
      ['orjson', undefined, 'optional', 'registry', 'pkg:pypi/orjson'],
      ['pytest', '8.3.3', 'dev', 'registry', 'pkg:pypi/pytest@8.3.3'],
    ])
    expect(r.edges).toEqual([
      { from: '', to: 'fastapi', scope: 'runtime' },
      { from: '', to: 'uvicorn', scope: 'runtime' },
      { from: '', to: 'lib', scope: 'runtime' },
      { from: '', to: 'orjson', scope: 'optional' },
      { from: '', to: 'pytest', scope: 'dev' },
    ])
    expect(r.complete).toBe(false)
    expect(r.issues).toEqual([
      {
        file: 'svc/pyproject.toml',
        severity: 'info',
        message:
          'no lockfile: 5 declared dependencies, 3 without an exact version; transitive dependencies are unknown',
      },
    ])
  })

  test('tool configuration only: no project, nothing to report', () => {
    const r = parseText(parsePyproject, 'pyproject.toml', '[tool.black]\nline-length = 100\n')
    expect(r).toEqual({
      format: 'pyproject.toml',
      projects: [],
      packages: [],
      edges: [],
      issues: [],
      complete: true,
    })
  })

  test('a uv workspace member or a local project of a lock above is read from that lock, not here', () => {
    const member = parseFixture(parsePyproject, 'python/uv-workspace/packages/core/pyproject.toml', TESTDATA)
    expect(member.projects).toEqual([])
    expect(member.issues).toEqual([
      {
        file: 'python/uv-workspace/packages/core/pyproject.toml',
        severity: 'info',
        message:
          'locked by python/uv-workspace/uv.lock (a workspace member or local project): its dependencies are read from there',
      },
    ])
    // a local project of a Poetry lock (a directory source), found by its path in the lockfile
    expect(
      parseText(
        parsePyproject,
        'app/libs/shared/pyproject.toml',
        '[project]\nname = "shared"\ndependencies = ["six"]\n',
        {
          'app/poetry.lock':
            '[[package]]\nname = "shared"\n[package.source]\ntype = "directory"\nurl = "libs/shared"\n',
        },
      ).issues[0].message,
    ).toBe(
      'locked by app/poetry.lock (a workspace member or local project): its dependencies are read from there',
    )
    // a folder whose name is merely a string in a lock above is not a local project of it
    expect(
      parseText(
        parsePyproject,
        'docs/pyproject.toml',
        '[project]\nname = "docs"\ndependencies = ["mkdocs"]\n',
        {
          'pdm.lock': '[metadata]\ngroups = ["default", "docs"]\nlock_version = "4.4"\n',
        },
      ).projects.map((p) => p.name),
    ).toEqual(['docs'])
    // excluded from the workspace: read on its own
    const legacy = parseFixture(
      parsePyproject,
      'python/uv-workspace/packages/legacy/pyproject.toml',
      TESTDATA,
    )
    expect(legacy.projects.map((p) => p.name)).toEqual(['acme-legacy'])
    expect(legacy.packages.map((p) => p.id)).toEqual(['six'])
    expect(diskSource(TESTDATA).read('python/uv-workspace/uv.lock')).toBeDefined()
  })

  test('a syntax error is a ParseError with its line', () => {
    let error: unknown
    try {
      parseText(parsePyproject, 'pyproject.toml', '[project]\nname = "x"\ndependencies = [\n  "a",\n  b\n]\n')
    } catch (err) {
      error = err
    }
    expect(error).toMatchObject({
      name: 'ParseError',
      message: expect.stringMatching(/^not valid TOML/),
      line: 5,
    })
  })
})
