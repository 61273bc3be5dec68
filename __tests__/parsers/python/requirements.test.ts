import { ParseError } from '../../../src/model.js'
import { parseRequirements, scopeOfRequirementsFile } from '../../../src/parsers/python/requirements.js'
import { edgeLabels, nameVersions, parseFixture, parseText, pkg } from '../../helpers/parse.js'

describe('pip-compile --generate-hashes output (corpus: sigstore-python install/requirements.txt)', () => {
  const r = parseFixture(parseRequirements, 'python/sigstore-python/requirements.txt')

  test('exactly the 37 pinned requirements, complete, no issues', () => {
    expect(nameVersions(r)).toEqual(
      new Set(
        (
          'annotated-types@0.6.0 appdirs@1.4.4 betterproto@2.0.0b6 certifi@2023.11.17 cffi@1.16.0 ' +
          'charset-normalizer@3.3.2 cryptography@42.0.5 dnspython@2.4.2 email-validator@2.1.0.post1 ' +
          'grpclib@0.4.6 h2@4.1.0 hpack@4.0.0 hyperframe@6.0.1 id@1.3.0 idna@3.6 importlib-resources@5.13.0 ' +
          'markdown-it-py@3.0.0 mdurl@0.1.2 multidict@6.0.4 pycparser@2.21 pydantic@2.5.2 ' +
          'pydantic-core@2.14.5 pygments@2.17.2 pyjwt@2.8.0 pyopenssl@24.1.0 python-dateutil@2.8.2 ' +
          'requests@2.31.0 rich@13.7.1 securesystemslib@0.31.0 sigstore@2.1.5 sigstore-protobuf-specs@0.2.2 ' +
          'sigstore-rekor-types@0.0.11 six@1.16.0 tuf@3.1.1 typing-extensions@4.9.0 urllib3@2.1.0 zipp@3.17.0'
        ).split(' '),
      ),
    )
    expect(r.packages).toHaveLength(37)
    expect(r.format).toBe('pip requirements (pip-compile)')
    expect(r.complete).toBe(true)
    expect(r.issues).toEqual([])
    expect(r.projects).toEqual([
      {
        id: '',
        ecosystem: 'pypi',
        name: 'python/sigstore-python/requirements.txt',
        manifest: 'python/sigstore-python/requirements.txt',
        dir: 'python/sigstore-python',
      },
    ])
  })

  test('all 416 sha256 hashes, every one kept (one per distribution file)', () => {
    const all = r.packages.flatMap((p) => p.hashes)
    expect(all).toHaveLength(416)
    expect(all.filter((h) => h.alg !== 'SHA-256' || !/^[0-9a-f]{64}$/.test(h.value))).toEqual([])
    expect(new Set(all.map((h) => h.value)).size).toBe(416)
    expect(pkg(r, 'cffi')!.hashes).toHaveLength(52) // lines 23-74 of the file
    expect(pkg(r, 'annotated-types')!.hashes).toEqual([
      { alg: 'SHA-256', value: '0641064de18ba7a25dee8f96403ebc39113d0cb953a01429249d5c7564666a43' },
      { alg: 'SHA-256', value: '563339e807e53ffd9c267e99fc6d9ea23eb8443c08f112651963e24e22f84a5d' },
    ])
  })

  test('extras: pydantic[email] is the package pydantic, the extras kept in its id', () => {
    const pydantic = pkg(r, 'pydantic')!
    expect(pydantic).toMatchObject({
      id: 'pydantic[email]==2.5.2',
      version: '2.5.2',
      purl: 'pkg:pypi/pydantic@2.5.2',
      source: 'registry',
      line: 330,
    })
    expect(pkg(r, 'typing-extensions')!.purl).toBe('pkg:pypi/typing-extensions@4.9.0')
  })

  test('"# via" gives the edges: "-r requirements.in" the project, the rest their parents', () => {
    expect(r.edges.filter((e) => e.from === '')).toEqual([
      { from: '', to: 'sigstore==2.1.5', scope: 'runtime' },
    ])
    expect(r.edges).toHaveLength(45) // 44 "via <package>" entries + 1 "via -r"
    const edges = edgeLabels(r)
    expect(edges).toContain('project:python/sigstore-python/requirements.txt -> sigstore@2.1.5')
    expect(edges).toContain('pydantic@2.5.2 -> annotated-types@0.6.0') // single-line "# via pydantic"
    expect(edges).toContain('pydantic@2.5.2 -> email-validator@2.1.0.post1') // needed by the [email] extra
    // the multi-line form: "# via\n#   pyopenssl\n#   sigstore"
    expect(edges).toContain('pyopenssl@24.1.0 -> cryptography@42.0.5')
    expect(edges).toContain('sigstore@2.1.5 -> cryptography@42.0.5')
    for (const parent of ['id@1.3.0', 'sigstore@2.1.5', 'sigstore-rekor-types@0.0.11'])
      expect(edges).toContain(`${parent} -> pydantic@2.5.2`)
    expect(edges).toContain('importlib-resources@5.13.0 -> zipp@3.17.0') // the last entry of the file
    expect(r.packages.every((p) => p.scope === 'runtime')).toBe(true)
  })
})

describe('every requirements syntax (hand-written requirements-syntax/requirements.txt)', () => {
  const r = parseFixture(parseRequirements, 'python/requirements-syntax/requirements.txt')
  const byId = (id: string) => r.packages.find((p) => p.id === id)
  const FILE = 'python/requirements-syntax/requirements.txt'

  test('the packages; options are not mistaken for packages', () => {
    expect(nameVersions(r)).toEqual(
      new Set([
        'requests@2.31.0',
        'Django@4.2.7',
        'numpy@1.24.4',
        'numpy@1.26.2',
        'pywin32@306',
        'six@1.16.0',
        'flask@undefined',
        'attrs@undefined',
        'mylib@0123456789abcdef0123456789abcdef01234567',
        'otherlib@2.0.0',
        'vcspkg@undefined',
        'Local_Pkg@0.9.0',
        'editable-pkg@undefined',
        'wheelpkg@0.3.1',
        'pydantic@2.5.2',
        'broken@1.0',
      ]),
    )
    expect(r.packages.map((p) => p.name)).not.toContain('wheels')
    expect(r.format).toBe('pip requirements')
  })

  test('a non-default --index-url is the repository_url of registry packages; hashes any case', () => {
    expect(byId('requests[security,socks]==2.31.0')).toMatchObject({
      name: 'requests',
      purl: 'pkg:pypi/requests@2.31.0?repository_url=https:%2F%2Fpypi.example.com%2Fsimple',
      line: 10,
      hashes: [
        { alg: 'SHA-256', value: '58cd2187c01e70e6e26505bca751777aa9f2ee0b7f4300988b709f44e013003f' },
        { alg: 'SHA-256', value: '942c5a758f98d790eaed1a29cb6eefc7ffb0d1cf7af05c3d2791656dbd6ad1e1' },
      ],
    })
    expect(byId('django===4.2.7')).toMatchObject({
      purl: 'pkg:pypi/django@4.2.7?repository_url=https:%2F%2Fpypi.example.com%2Fsimple',
    })
    // "six  ==  1.16.0 --hash sha256:..." (spaces in the pin, --hash with a space)
    expect(byId('six==1.16.0')!.hashes).toEqual([
      { alg: 'SHA-256', value: '8abb2f1d86890a2dfb989f9a77cfcfd3e47c2a354b01111771326f8aa26e0254' },
    ])
    expect(byId('pydantic==2.5.2')).toBeDefined() // "pydantic (==2.5.2)"
  })

  test('environment markers are kept, not evaluated: each variant is listed, the marker in its id', () => {
    expect(byId('numpy==1.24.4 ; python_version < "3.9"')).toMatchObject({ version: '1.24.4', line: 14 })
    expect(byId('numpy==1.26.2 ; python_version >= "3.9"')).toMatchObject({ version: '1.26.2', line: 15 })
    expect(byId('pywin32==306 ; sys_platform == "win32"')).toMatchObject({ version: '306' })
  })

  test('VCS, URL, path and editable requirements', () => {
    expect(pkg(r, 'mylib')).toMatchObject({
      source: 'git',
      version: '0123456789abcdef0123456789abcdef01234567',
      resolved: 'git+https://github.com/example/mylib.git@0123456789abcdef0123456789abcdef01234567',
      purl:
        'pkg:pypi/mylib@0123456789abcdef0123456789abcdef01234567?vcs_url=' +
        'git%2Bhttps:%2F%2Fgithub.com%2Fexample%2Fmylib.git%400123456789abcdef0123456789abcdef01234567',
    })
    expect(pkg(r, 'otherlib')).toMatchObject({
      source: 'url',
      version: '2.0.0', // from the wheel's file name
      resolved: 'https://files.example.com/packages/otherlib-2.0.0-py3-none-any.whl',
      purl:
        'pkg:pypi/otherlib@2.0.0?download_url=' +
        'https:%2F%2Ffiles.example.com%2Fpackages%2Fotherlib-2.0.0-py3-none-any.whl',
      hashes: [{ alg: 'SHA-256', value: '0f0c1e4aa5bbb8b7a4d1b71e3a8c4fa5d4fb1ba0d0d98e2d4c3a7c5c3d2e1f00' }],
    })
    // legacy "git+https://...@v1.2#egg=vcspkg": a tag is not a commit, so no version
    expect(pkg(r, 'vcspkg')).toMatchObject({
      source: 'git',
      version: undefined,
      resolved: 'git+https://github.com/example/vcspkg.git@v1.2',
      purl: 'pkg:pypi/vcspkg?vcs_url=git%2Bhttps:%2F%2Fgithub.com%2Fexample%2Fvcspkg.git%40v1.2',
    })
    // "-e ./libs/localpkg": name and version from its pyproject.toml
    expect(pkg(r, 'Local_Pkg')).toMatchObject({
      id: '-e local-pkg @ python/requirements-syntax/libs/localpkg',
      source: 'path',
      resolved: 'python/requirements-syntax/libs/localpkg',
      purl: 'pkg:pypi/local-pkg@0.9.0',
    })
    expect(pkg(r, 'editable-pkg')).toMatchObject({ source: 'git', id: expect.stringMatching(/^-e /) })
    expect(pkg(r, 'wheelpkg')).toMatchObject({
      source: 'path',
      version: '0.3.1',
      resolved: 'python/requirements-syntax/wheels/wheelpkg-0.3.1-py3-none-any.whl',
      purl: 'pkg:pypi/wheelpkg@0.3.1',
    })
  })

  test('without "# via", every requirement is a direct dependency', () => {
    expect(r.edges).toHaveLength(r.packages.length)
    expect(r.edges.every((e) => e.from === '' && e.scope === 'runtime')).toBe(true)
  })

  test('malformed lines are issues with their line; unpinned ones make the file incomplete', () => {
    expect(r.complete).toBe(false)
    expect(r.issues).toEqual([
      {
        file: FILE,
        line: 28,
        severity: 'error',
        message: expect.stringContaining('cannot read requirement "this is not a requirement"'),
      },
      { file: FILE, line: 29, severity: 'error', message: 'unknown option --unknown-option; line skipped' },
      { file: FILE, line: 30, severity: 'warning', message: 'broken: unreadable hash sha256:nothex' },
      {
        file: FILE,
        line: 31,
        severity: 'error',
        message: expect.stringContaining(
          'cannot tell the package name of "https://example.com/no-name-here"',
        ),
      },
      {
        file: FILE,
        severity: 'info',
        message:
          'requirements.txt is not a lockfile: 4 requirements are not pinned (flask, attrs>=23.1,<24, vcspkg, editable-pkg)',
      },
    ])
  })
})

describe('-r / -c includes (hand-written requirements-includes/)', () => {
  const r = parseFixture(parseRequirements, 'python/requirements-includes/requirements-dev.txt')
  const DIR = 'python/requirements-includes'

  test('included files are read relative to the including file; a constraint pins, it adds nothing', () => {
    expect(nameVersions(r)).toEqual(
      new Set(['certifi@2023.11.17', 'flask@3.0.0', 'requests@2.31.0', 'pytest@7.4.3']),
    )
    expect(pkg(r, 'werkzeug')).toBeUndefined() // only in constraints.txt
    expect(pkg(r, 'flask')).toMatchObject({
      id: 'flask>=2.2',
      version: '3.0.0',
      purl: 'pkg:pypi/flask@3.0.0',
    })
  })

  test('scopes come from each file name: requirements-dev.txt dev, requirements.txt and base.txt runtime', () => {
    expect(pkg(r, 'pytest')!.scope).toBe('dev')
    expect(pkg(r, 'flask')!.scope).toBe('runtime')
    expect(pkg(r, 'certifi')!.scope).toBe('runtime')
    expect(r.edges).toContainEqual({ from: '', to: 'pytest==7.4.3', scope: 'dev' })
    expect(r.edges).toContainEqual({ from: '', to: 'certifi==2023.11.17', scope: 'runtime' })
  })

  test('a cycle, a missing file, and a conflicting constraint are warnings with file and line', () => {
    expect(r.issues).toEqual([
      {
        file: `${DIR}/common/base.txt`,
        line: 1,
        severity: 'warning',
        message:
          `-r ../requirements.txt: include cycle (${DIR}/requirements-dev.txt -> ${DIR}/requirements.txt -> ` +
          `${DIR}/common/base.txt -> ${DIR}/requirements.txt); not read again`,
      },
      {
        file: `${DIR}/requirements-dev.txt`,
        line: 5,
        severity: 'warning',
        message: `-r missing.txt: ${DIR}/missing.txt not found`,
      },
      {
        file: `${DIR}/requirements-dev.txt`,
        line: 6,
        severity: 'warning',
        message: '-r ../../outside.txt: outside.txt not found',
      },
      {
        file: `${DIR}/requirements.txt`,
        line: 3,
        severity: 'warning',
        message: `requests==2.31.0 conflicts with the constraint requests==2.30.0 (${DIR}/constraints.txt:3)`,
      },
    ])
    expect(r.complete).toBe(false)
  })

  test('a file that includes itself, and includes out of the scanned folder or from the network', () => {
    const self = parseText(parseRequirements, 'requirements.txt', '-r requirements.txt\nsix==1.16.0\n')
    expect(nameVersions(self)).toEqual(new Set(['six@1.16.0']))
    expect(self.issues).toEqual([
      {
        file: 'requirements.txt',
        line: 1,
        severity: 'warning',
        message: '-r requirements.txt: include cycle (requirements.txt -> requirements.txt); not read again',
      },
    ])
    const out = parseText(
      parseRequirements,
      'app/requirements.txt',
      '-r ../../etc/x.txt\n-c /abs/c.txt\n-r https://example.com/r.txt\n',
      { 'etc/x.txt': 'evil==1.0\n' },
    )
    expect(out.packages).toEqual([])
    expect(out.issues.map((i) => [i.line, i.message])).toEqual([
      [1, '-r ../../etc/x.txt: outside the scanned folder; not read'],
      [2, '-c /abs/c.txt: outside the scanned folder; not read'],
      [3, '-r https://example.com/r.txt: remote files are not fetched'],
    ])
  })
})

describe('pip-compile annotations and scopes (hand-written pip-compile-dev/requirements-dev.txt)', () => {
  const r = parseFixture(parseRequirements, 'python/pip-compile-dev/requirements-dev.txt')
  const scopes = Object.fromEntries(r.packages.map((p) => [p.name, p.scope]))

  test('"via -r <file>" takes the scope of that input file; the rest follow from the edges', () => {
    expect(r.complete).toBe(true)
    expect(r.issues).toEqual([])
    expect(r.packages).toHaveLength(13) // the commented-out unsafe "# setuptools" is not a package
    expect(r.edges.filter((e) => e.from === '').sort((a, b) => (a.to < b.to ? -1 : 1))).toEqual([
      { from: '', to: 'attrs==23.1.0', scope: 'runtime' }, // via myapp (pyproject.toml)
      { from: '', to: 'black==23.12.1', scope: 'dev' }, // via -r requirements-dev.in
      { from: '', to: 'flask==3.0.0', scope: 'runtime' }, // via -r requirements.in
      { from: '', to: 'packaging==23.2', scope: 'dev' }, // via -c constraints.txt, -r requirements-dev.in, black
    ])
    expect(scopes).toEqual({
      attrs: 'runtime',
      black: 'dev',
      blinker: 'runtime',
      click: 'runtime', // black (dev) and flask (runtime) need it: runtime wins
      flask: 'runtime',
      itsdangerous: 'runtime',
      jinja2: 'runtime',
      markupsafe: 'runtime',
      'mypy-extensions': 'dev',
      packaging: 'dev',
      pathspec: 'dev',
      platformdirs: 'dev',
      werkzeug: 'runtime',
    })
  })

  test('inline "# via a, b" (older pip-compile) and the multi-line block', () => {
    const edges = edgeLabels(r)
    expect(edges).toContain('black@23.12.1 -> mypy-extensions@1.0.0')
    expect(edges).toContain('black@23.12.1 -> pathspec@0.12.1')
    expect(edges).toContain('platformdirs@4.1.0 -> pathspec@0.12.1')
    expect(edges).toContain('werkzeug@3.0.1 -> markupsafe@2.1.3')
    expect(edges).toContain('jinja2@3.1.2 -> markupsafe@2.1.3')
    expect(edges).toContain('black@23.12.1 -> click@8.1.7')
    expect(edges).toContain('flask@3.0.0 -> click@8.1.7')
  })
})

describe('requirements syntax details', () => {
  const parse = (text: string, path = 'requirements.txt', neighbours: Record<string, string> = {}) =>
    parseText(parseRequirements, path, text, neighbours)

  test('continuation lines, comments, CRLF, blank lines, option forms', () => {
    const r = parse(
      [
        '# comment',
        '',
        '--index-url=https://pypi.org/simple',
        '-i https://pypi.org/simple/',
        '--extra-index-url https://extra.example/simple --trusted-host extra.example',
        'requests==2.31.0 \\',
        '    --hash=sha256:58cd2187c01e70e6e26505bca751777aa9f2ee0b7f4300988b709f44e013003f \\',
        '    --hash=sha256:942c5a758f98d790eaed1a29cb6eefc7ffb0d1cf7af05c3d2791656dbd6ad1e1',
        'urllib3==2.1.0 # a comment',
        'idna==3.6\\',
        '',
        'zipp==3.17.0',
      ].join('\r\n'),
    )
    expect(nameVersions(r)).toEqual(new Set(['requests@2.31.0', 'urllib3@2.1.0', 'idna@3.6', 'zipp@3.17.0']))
    expect(r.packages.find((p) => p.name === 'requests')!.hashes).toHaveLength(2)
    expect(r.packages.find((p) => p.name === 'requests')!.purl).toBe('pkg:pypi/requests@2.31.0') // PyPI itself
    expect(r.packages.find((p) => p.name === 'zipp')!.line).toBe(12)
    expect(r.issues).toEqual([])
    expect(r.complete).toBe(true)
  })

  test('-e editable paths: name from pyproject.toml, #egg=, or the folder', () => {
    const r = parse(
      '-e .\n-e ./tools/cli\n--editable=libs/thing#egg=thing-lib\n',
      'svc/requirements-dev.txt',
      {
        'svc/pyproject.toml': '[tool.poetry]\nname = "svc-app"\nversion = "1.0.0"\n',
      },
    )
    expect(r.packages.map((p) => [p.name, p.version, p.resolved, p.source, p.scope])).toEqual([
      ['svc-app', '1.0.0', 'svc', 'path', 'dev'],
      ['cli', undefined, 'svc/tools/cli', 'path', 'dev'],
      ['thing-lib', undefined, 'svc/libs/thing', 'path', 'dev'],
    ])
    expect(r.complete).toBe(true) // local paths have no version to pin
  })

  test('unpinned requirements: version undefined, info issue, incomplete', () => {
    const r = parse('flask>=2\nrequests\nsix==1.16.0\nnumpy==1.*\n')
    expect(r.packages.map((p) => [p.id, p.version])).toEqual([
      ['flask>=2', undefined],
      ['requests', undefined],
      ['six==1.16.0', '1.16.0'],
      ['numpy==1.*', undefined],
    ])
    expect(r.packages[0].purl).toBe('pkg:pypi/flask')
    expect(r.issues).toEqual([
      {
        file: 'requirements.txt',
        severity: 'info',
        message:
          'requirements.txt is not a lockfile: 3 requirements are not pinned (flask>=2, requests, numpy==1.*)',
      },
    ])
    expect(r.complete).toBe(false)
  })

  test('malformed requirements and options', () => {
    const r = parse('ok==1.0\nbad==\nfoo[bar==1\n--hash=sha256:00\n-r\nname @\nx==1 --no-such\n')
    expect(nameVersions(r)).toEqual(new Set(['ok@1.0']))
    expect(r.issues.map((i) => [i.line, i.severity])).toEqual([
      [2, 'error'],
      [3, 'error'],
      [4, 'error'],
      [5, 'error'],
      [6, 'error'],
      [7, 'error'],
    ])
    expect(r.issues[2].message).toBe('--hash must follow a requirement; line skipped')
    expect(r.complete).toBe(false)
  })

  test('a file that is not a requirements file at all is a ParseError with the line', () => {
    expect(() => parse('\nHello, this is prose.\nNot requirements.\n')).toThrow(ParseError)
    try {
      parse('\nHello, this is prose.\n')
    } catch (err) {
      expect((err as ParseError).line).toBe(2)
      expect((err as ParseError).message).toMatch(/^not a pip requirements file/)
    }
    expect(parse('').packages).toEqual([]) // empty is fine
  })

  test('the same requirement twice is one package; its hashes are merged', () => {
    const r = parse(
      'six==1.16.0 --hash=sha256:8abb2f1d86890a2dfb989f9a77cfcfd3e47c2a354b01111771326f8aa26e0254\n' +
        '-r more.txt\n',
      'requirements.txt',
      {
        'more.txt':
          'six==1.16.0 --hash=sha256:1e61c37477a1626458e36f7b1d82aa5c9b094fa4802892072e49de9c60c4c926\n',
      },
    )
    expect(r.packages).toHaveLength(1)
    expect(r.packages[0].hashes).toHaveLength(2)
  })

  test('a constraint that the requirement does not allow is a warning', () => {
    const r = parse('-c c.txt\nflask<2\n', 'requirements.txt', { 'c.txt': 'flask==3.0.0\n' })
    expect(r.packages[0].version).toBeUndefined()
    expect(r.issues[0]).toMatchObject({ line: 2, severity: 'warning' })
    expect(r.issues[0].message).toContain('does not allow the version 3.0.0')
  })

  test('a git requirement pinned to a commit is pinned; hg and other VCS are git-like sources', () => {
    const r = parse(
      'pkg @ git+ssh://git@github.com/org/pkg.git@1234567890abcdef1234567890abcdef12345678#subdirectory=py\n' +
        '-e hg+https://hg.example.org/repo@tip#egg=hgpkg\n',
    )
    expect(r.packages[0]).toMatchObject({
      version: '1234567890abcdef1234567890abcdef12345678',
      resolved:
        'git+ssh://git@github.com/org/pkg.git@1234567890abcdef1234567890abcdef12345678#subdirectory=py',
      source: 'git',
    })
    expect(r.packages[1]).toMatchObject({ name: 'hgpkg', source: 'git', version: undefined })
    expect(r.packages[1].purl).toBe('pkg:pypi/hgpkg?vcs_url=hg%2Bhttps:%2F%2Fhg.example.org%2Frepo%40tip')
  })
})

test('scope from the file name', () => {
  const cases: Array<[string, string]> = [
    ['requirements.txt', 'runtime'],
    ['requirements-prod.txt', 'runtime'],
    ['requirements/base.txt', 'runtime'],
    ['requirements-dev.txt', 'dev'],
    ['requirements_test.txt', 'dev'],
    ['dev-requirements.txt', 'dev'],
    ['test-requirements.txt', 'dev'],
    ['requirements/docs.txt', 'dev'],
    ['requirements/lint.in', 'dev'],
    ['tests/requirements.txt', 'dev'],
    ['test-app/requirements.txt', 'runtime'],
    ['requirements-optional.txt', 'optional'],
    ['install/requirements.in', 'runtime'],
  ]
  for (const [path, scope] of cases) expect([path, scopeOfRequirementsFile(path)]).toEqual([path, scope])
})
