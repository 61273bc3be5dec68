import { markerScope, parsePylock } from '../../../src/parsers/python/pylock.js'
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

const parseError = (text: string) => thrown(() => parseText(parsePylock, 'pylock.toml', text))

describe('pylock.toml 1.0 created by pip (corpus tk-image-viewer: no dependencies, no pyproject.toml)', () => {
  const r = parseFixture(parsePylock, 'python/tk-image-viewer/pylock.toml')

  test('exactly the 10 [[packages]]', () => {
    expect(r.format).toBe('pylock.toml v1.0 (pip)')
    expect(nameVersions(r)).toEqual(
      new Set([
        'defusedxml@0.7.1',
        'packaging@25.0',
        'pillow@12.0.0',
        'pillow-avif-plugin@1.5.2',
        'pillow-heif@1.1.1',
        'pillow-jxl-plugin@1.3.7',
        'pygame@2.6.1',
        'pyperclip@1.11.0',
        'pyyaml@6.0.3',
        'tkinterdnd2@0.4.3',
      ]),
    )
    expect(r.packages).toHaveLength(10)
  })

  test('flat: every package hangs off the root project (named after the folder); incomplete, with a note', () => {
    expect(r.projects).toEqual([
      expect.objectContaining({
        id: '',
        name: 'tk-image-viewer',
        manifest: 'python/tk-image-viewer/pyproject.toml',
      }),
    ])
    expect(r.edges).toHaveLength(10)
    for (const e of r.edges) expect([e.from, e.scope]).toEqual(['', 'runtime'])
    expect(r.complete).toBe(false)
    expect(r.issues).toEqual([
      {
        file: 'python/tk-image-viewer/pylock.toml',
        line: undefined,
        severity: 'info',
        message:
          'the lockfile records no dependencies between packages (PEP 751 makes them optional): every package is attached to the root project',
      },
    ])
  })

  test('wheel hashes ([packages.wheels.hashes]), resolved wheel URL, purl, line', () => {
    expect(pkg(r, 'pillow-heif')).toMatchObject({
      purl: 'pkg:pypi/pillow-heif@1.1.1',
      source: 'registry',
      scope: 'runtime',
      resolved:
        'https://files.pythonhosted.org/packages/dd/0b/a559ad48a5c03db5ecdc7c8b8dd04df3cb1072c0f983bcaebd26e1e63442/pillow_heif-1.1.1-cp313-cp313-win_amd64.whl',
      hashes: [{ alg: 'SHA-256', value: 'ff158ff338082d39864abd31c69ae2ee57de3f193c85ccbe365f4d7260712229' }],
      line: 48,
    })
    expect(pkg(r, 'pyyaml')!.purl).toBe('pkg:pypi/pyyaml@6.0.3')
  })
})

describe('pylock.toml multi-use (hand-written, as uv exports: dependencies, group / extra markers, sources)', () => {
  const r = parseFixture(parsePylock, 'python/pylock-multi/pylock.toml')

  test('the lockfile folder entry is the root project, the editable directory a member project', () => {
    expect(r.format).toBe('pylock.toml v1.0 (uv)')
    expect(r.projects.map((p) => [p.id, p.name, p.version, p.manifest])).toEqual([
      ['', 'acme', undefined, 'python/pylock-multi/pyproject.toml'],
      ['packages/core', 'acme-core', '1.0.0', 'python/pylock-multi/packages/core/pyproject.toml'],
    ])
    expect(nameVersions(r)).toEqual(
      new Set([
        'attrs@24.2.0',
        'certifi@2024.8.30',
        'click@8.1.7',
        'colorama@0.4.6',
        'idna@3.10',
        'iniconfig@2.0.0',
        'legacy-lib@1.0',
        'plotlib@1.2.0',
        'pytest@8.3.3',
        'requests@2.32.3',
        'torchlite@2.5.0',
        'urllib3@2.2.3',
        'vendored@undefined', // a non-editable source tree: PEP 751 forbids a version
      ]),
    )
  })

  test('scopes from markers: default group → runtime, other group → dev, extra → optional', () => {
    const scopes = Object.fromEntries(r.packages.map((p) => [p.name, p.scope]))
    expect(scopes).toEqual({
      attrs: 'runtime',
      certifi: 'runtime',
      click: 'runtime',
      colorama: 'runtime', // win32 and (default or dev)
      idna: 'runtime',
      iniconfig: 'dev',
      'legacy-lib': 'runtime',
      plotlib: 'optional',
      pytest: 'dev',
      requests: 'runtime',
      torchlite: 'runtime',
      urllib3: 'runtime',
      vendored: 'runtime',
    })
  })

  test('edges from [[packages.dependencies]]; the root edges carry the scope', () => {
    expect(edgeLabels(r)).toEqual(
      new Set([
        'project:acme -> project:acme-core',
        'project:acme -> click@8.1.7',
        'project:acme -> legacy-lib@1.0',
        'project:acme -> plotlib@1.2.0',
        'project:acme -> pytest@8.3.3',
        'project:acme -> requests@2.32.3',
        'project:acme -> vendored@undefined',
        'project:acme-core -> attrs@24.2.0',
        'click@8.1.7 -> colorama@0.4.6',
        'pytest@8.3.3 -> colorama@0.4.6',
        'pytest@8.3.3 -> iniconfig@2.0.0',
        'requests@2.32.3 -> certifi@2024.8.30',
        'requests@2.32.3 -> idna@3.10',
        'requests@2.32.3 -> urllib3@2.2.3',
      ]),
    )
    expect(r.edges).toContainEqual({ from: '', to: 'pytest@8.3.3', scope: 'dev' })
    expect(r.edges).toContainEqual({ from: '', to: 'plotlib@1.2.0', scope: 'optional' })
    expect(r.edges).toContainEqual({ from: 'pytest@8.3.3', to: 'iniconfig@2.0.0', scope: 'runtime' })
  })

  test('vcs, archive, directory and index sources', () => {
    const commit = '874ca2bc1c30d2c4e5b5a5b2b1c5c4b8e0b0a1f2'
    expect(pkg(r, 'click')).toMatchObject({
      source: 'git',
      resolved: `git+https://github.com/pallets/click@${commit}`,
      purl: `pkg:pypi/click@8.1.7?vcs_url=git%2Bhttps:%2F%2Fgithub.com%2Fpallets%2Fclick%40${commit}`,
    })
    expect(pkg(r, 'legacy-lib')).toMatchObject({
      source: 'url',
      resolved: 'https://downloads.example.com/legacy_lib-1.0.tar.gz',
      hashes: [{ alg: 'SHA-256', value: sha('legacy_lib-1.0.tar.gz') }],
    })
    expect(pkg(r, 'vendored')).toMatchObject({
      source: 'path',
      version: undefined,
      purl: 'pkg:pypi/vendored',
      resolved: 'python/pylock-multi/vendor/vendored',
    })
    expect(pkg(r, 'torchlite')!.purl).toBe(
      'pkg:pypi/torchlite@2.5.0?repository_url=https:%2F%2Fdownload.example.com%2Fwhl%2Fcpu',
    )
    expect(pkg(r, 'requests')!.hashes.map((h) => h.value)).toEqual([
      sha('requests-2.32.3.tar.gz'),
      sha('requests-2.32.3-py3-none-any.whl'),
    ])
  })

  test('a package without a version makes the file incomplete, with a note on its line', () => {
    expect(r.complete).toBe(false)
    expect(r.issues).toEqual([
      {
        file: 'python/pylock-multi/pylock.toml',
        line: 135,
        severity: 'info',
        message: 'vendored has no version in the lockfile (path source)',
      },
    ])
  })
})

describe('pylock.<name>.toml with a pyproject.toml beside it', () => {
  const r = parseFixture(parsePylock, 'python/pylock-named/pylock.web.toml')

  test('flat file: declared dependencies with their scopes, the rest runtime off the root', () => {
    expect(r.format).toBe('pylock.web.toml v1.0 (pdm)')
    expect(r.projects).toEqual([expect.objectContaining({ id: '', name: 'web', version: '3.1.0' })])
    expect(r.edges).toEqual([
      { from: '', to: 'gunicorn@23.0.0', scope: 'runtime' },
      { from: '', to: 'pytest@8.3.3', scope: 'dev' },
      { from: '', to: 'packaging@24.1', scope: 'runtime' },
    ])
    expect(Object.fromEntries(r.packages.map((p) => [p.name, p.scope]))).toEqual({
      gunicorn: 'runtime',
      packaging: 'runtime',
      pytest: 'dev',
    })
    expect(r.complete).toBe(false)
  })
})

describe('markerScope', () => {
  const defaults = new Set(['default'])
  test.each([
    ["sys_platform == 'win32'", undefined],
    ["'dev' in dependency_groups", 'dev'],
    ['"default" in dependency_groups', 'runtime'],
    ["'plot' in extras", 'optional'],
    ["'plot' in extras or 'dev' in dependency_groups", 'optional'],
    ["python_version < '3.11' and 'dev' in dependency_groups", 'dev'],
    ["sys_platform == 'win32' and ('default' in dependency_groups or 'dev' in dependency_groups)", 'runtime'],
    ["sys_platform == 'linux' or 'dev' in dependency_groups", undefined], // needed on Linux whatever the group
    ["'dev' not in dependency_groups", undefined],
  ])('%s → %s', (marker, scope) => {
    expect(markerScope(marker, defaults)).toBe(scope)
  })
})

describe('pylock.toml problems', () => {
  test('a dependency the file lacks is a warning with the entry line', () => {
    const r = parseText(
      parsePylock,
      'pylock.toml',
      "lock-version = '1.0'\ncreated-by = 'x'\n\n[[packages]]\nname = 'a'\nversion = '1'\ndependencies = [{ name = 'b' }]\n",
    )
    expect(r.issues).toEqual([
      {
        file: 'pylock.toml',
        line: 4,
        severity: 'warning',
        message: 'a depends on b, which the lockfile does not contain',
      },
    ])
    expect(r.complete).toBe(false)
  })

  test.each([
    [
      'malformed TOML',
      "lock-version = '1.0'\n[[packages]]\nname = 'a\n",
      /^not valid TOML \(pylock\.toml\): /,
      3,
    ],
    [
      'an unknown lock-version',
      "created-by = 'x'\nlock-version = '2.0'\n",
      /^unknown pylock\.toml lock-version "2\.0": lockgraph reads 1\.x \(PEP 751\)$/,
      2,
    ],
    ['not a pylock.toml', "[[packages]]\nname = 'a'\n", /^not a pylock\.toml: no lock-version$/, 1],
  ])('%s throws one ParseError with its line', (_what, text, message, line) => {
    expect(parseError(text)).toMatchObject({
      name: 'ParseError',
      message: expect.stringMatching(message),
      line,
    })
  })
})
