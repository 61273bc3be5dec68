import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { ParseError } from '../../../src/model.js'
import { parsePipfileLock, pipfileHash } from '../../../src/parsers/python/pipfile-lock.js'
import { nameVersions, parseFixture, parseText, pkg, TESTDATA } from '../../helpers/parse.js'
import { parse as parseToml } from 'smol-toml'

describe('Pipfile.lock pipfile-spec 6 (corpus: mozilla/stubattribution-tests)', () => {
  const r = parseFixture(parsePipfileLock, 'python/stubattribution-tests/Pipfile.lock')

  test('39 default packages, 0 develop, all runtime and pinned', () => {
    expect(r.format).toBe('Pipfile.lock v6')
    expect(nameVersions(r)).toEqual(
      new Set(
        (
          'apipkg@1.4 attrs@17.4.0 blessings@1.6.1 certifi@2018.1.18 chardet@3.0.4 configparser@3.5.0 ' +
          'enum34@1.1.6 execnet@1.5.0 flake8@3.5.0 flake8-isort@2.3 flake8-polyfill@1.0.2 funcsigs@1.0.2 ' +
          'idna@2.6 isort@4.2.15 mccabe@0.6.1 mozlog@3.7 mozterm@0.1.0 pluggy@0.6.0 py@1.5.2 ' +
          'pycodestyle@2.3.1 pyflakes@1.6.0 pypom@1.2.0 pytest@3.3.2 pytest-base-url@1.4.1 pytest-forked@0.2 ' +
          'pytest-html@1.16.1 pytest-metadata@1.5.1 pytest-selenium@1.11.4 pytest-variables@1.7.1 ' +
          'pytest-xdist@1.22.0 querystringsafe-base64@1.0.0 requests@2.18.4 selenium@3.8.1 six@1.11.0 ' +
          'testfixtures@5.4.0 urllib3@1.22 zope.component@4.4.1 zope.event@4.3.0 zope.interface@4.4.3'
        ).split(' '),
      ),
    )
    expect(r.packages).toHaveLength(39)
    expect(r.packages.every((p) => p.scope === 'runtime' && p.source === 'registry')).toBe(true)
  })

  test('purls normalized, hashes, lines', () => {
    expect(pkg(r, 'zope.interface')).toMatchObject({
      id: 'zope-interface',
      purl: 'pkg:pypi/zope-interface@4.4.3',
    })
    expect(pkg(r, 'zope.interface')!.hashes).toHaveLength(23)
    expect(pkg(r, 'apipkg')).toMatchObject({
      line: 32,
      hashes: [
        { alg: 'SHA-256', value: '65d2aa68b28e7d31233bb2ba8eb31cda40e4671f8ac2d6b241e358c9652a74b9' },
        { alg: 'SHA-256', value: '2e38399dbe842891fe85392601aab8f40a8f4cc5a9053c326de35a1cc0297ac6' },
      ],
    })
    // the two packages with markers are listed like the others (markers are not evaluated)
    expect(pkg(r, 'configparser')).toMatchObject({ version: '3.5.0', scope: 'runtime' })
    expect(pkg(r, 'enum34')).toMatchObject({ version: '1.1.6', scope: 'runtime' })
  })

  test('direct dependencies from the Pipfile; the rest have unknown parents', () => {
    expect(r.projects).toEqual([
      {
        id: '',
        ecosystem: 'pypi',
        name: 'stubattribution-tests',
        manifest: 'python/stubattribution-tests/Pipfile',
        dir: 'python/stubattribution-tests',
      },
    ])
    expect(r.edges.map((e) => e.to).sort()).toEqual([
      'flake8',
      'flake8-isort',
      'funcsigs',
      'mozlog',
      'pypom', // "PyPOM" in the Pipfile
      'pytest',
      'pytest-metadata',
      'pytest-selenium',
      'pytest-variables',
      'pytest-xdist',
      'querystringsafe-base64', // "querystringsafe_base64"
      'selenium',
    ])
    expect(r.edges.every((e) => e.from === '' && e.scope === 'runtime')).toBe(true)
    // the _meta hash matches the Pipfile (no "out of date" warning); the missing relations are a note
    expect(r.issues).toEqual([
      {
        file: 'python/stubattribution-tests/Pipfile.lock',
        severity: 'info',
        message:
          'Pipfile.lock records no dependency relations: what depends on the 27 locked packages Pipfile does not declare is unknown',
      },
    ])
    expect(r.complete).toBe(false)
  })
})

describe('Pipfile.lock with develop, categories, indexes, git, path and file entries (hand-written)', () => {
  const r = parseFixture(parsePipfileLock, 'python/pipenv-mixed/Pipfile.lock')
  const byId = (id: string) => r.packages.find((p) => p.id === id)

  test('default is runtime, develop dev, a category (docs) dev; a package in both is one, runtime', () => {
    const scopes = Object.fromEntries(r.packages.map((p) => [p.id, p.scope]))
    expect(scopes).toEqual({
      certifi: 'runtime',
      'charset-normalizer': 'runtime',
      idna: 'runtime',
      'internal-tool': 'runtime',
      localpkg: 'runtime',
      mylib: 'runtime',
      pysocks: 'runtime',
      requests: 'runtime',
      urllib3: 'runtime',
      wheelpkg: 'runtime',
      'zope-interface': 'runtime',
      'develop:idna': 'dev', // another version than default's
      iniconfig: 'dev',
      packaging: 'dev',
      pluggy: 'dev',
      pytest: 'dev',
      alabaster: 'dev',
      sphinx: 'dev',
    })
    expect(byId('develop:idna')).toMatchObject({ name: 'idna', version: '3.4' })
    expect(byId('requests')!.hashes).toHaveLength(2) // not doubled by the develop copy
  })

  test('sources: "index" picks the index; a non-default one is the repository_url', () => {
    expect(byId('internal-tool')!.purl).toBe(
      'pkg:pypi/internal-tool@1.4.0?repository_url=https:%2F%2Fpypi.internal.example.com%2Fsimple',
    )
    expect(byId('requests')!.purl).toBe('pkg:pypi/requests@2.31.0')
  })

  test('git, editable path and file entries', () => {
    expect(byId('mylib')).toMatchObject({
      source: 'git',
      version: '0123456789abcdef0123456789abcdef01234567',
      resolved: 'git+https://github.com/example/mylib.git@0123456789abcdef0123456789abcdef01234567',
      purl:
        'pkg:pypi/mylib@0123456789abcdef0123456789abcdef01234567?vcs_url=' +
        'git%2Bhttps:%2F%2Fgithub.com%2Fexample%2Fmylib.git%400123456789abcdef0123456789abcdef01234567',
    })
    expect(byId('localpkg')).toMatchObject({
      source: 'path',
      version: undefined,
      resolved: 'python/pipenv-mixed/libs/localpkg',
      purl: 'pkg:pypi/localpkg',
    })
    expect(byId('wheelpkg')).toMatchObject({
      source: 'url',
      version: '0.3.1',
      resolved: 'https://files.example.com/wheelpkg-0.3.1-py3-none-any.whl',
      purl: 'pkg:pypi/wheelpkg@0.3.1?download_url=https:%2F%2Ffiles.example.com%2Fwheelpkg-0.3.1-py3-none-any.whl',
    })
  })

  test('direct dependencies per Pipfile table, with their scopes', () => {
    const direct = r.edges.map((e) => `${e.to}:${e.scope}`).sort()
    expect(direct).toEqual([
      'develop:idna:dev',
      'internal-tool:runtime',
      'localpkg:runtime',
      'mylib:runtime',
      'pytest:dev',
      'requests:runtime', // in [packages] and [dev-packages]: the stronger
      'sphinx:dev',
      'wheelpkg:runtime',
      'zope-interface:runtime', // "Zope.Interface" in the Pipfile
    ])
    expect(r.issues.map((i) => i.severity)).toEqual(['info']) // hash matches, everything declared is locked
  })
})

describe('Pipfile.lock edge cases', () => {
  const lock = (sections: object, meta: object = { 'pipfile-spec': 6, sources: [] }) =>
    JSON.stringify({ _meta: meta, ...sections }, null, 4)

  test('without a Pipfile every entry is direct, with its section scope', () => {
    const r = parseText(
      parsePipfileLock,
      'Pipfile.lock',
      lock({ default: { six: { version: '==1.16.0' } }, develop: { pytest: { version: '==7.4.3' } } }),
    )
    expect(r.edges).toEqual([
      { from: '', to: 'six', scope: 'runtime' },
      { from: '', to: 'pytest', scope: 'dev' },
    ])
    expect(r.projects[0]).toMatchObject({ name: 'root', manifest: 'Pipfile', dir: '' })
    expect(r.issues).toEqual([
      {
        file: 'Pipfile.lock',
        severity: 'info',
        message: 'no Pipfile next to Pipfile.lock: every locked package is taken as a direct dependency',
      },
    ])
    expect(r.complete).toBe(true)
  })

  test('malformed entries are issues with their line, the rest is read', () => {
    const text = lock({
      default: {
        six: { version: '==1.16.0', hashes: ['sha256:xyz'] },
        broken: 'not an object',
        'bad name!': { version: '==1.0' },
        noversion: { hashes: [] },
        ranged: { version: '>=1.0' },
        branch: { git: 'https://github.com/o/r.git', ref: 'main' },
      },
    })
    const r = parseText(parsePipfileLock, 'app/Pipfile.lock', text)
    expect(nameVersions(r)).toEqual(
      new Set(['six@1.16.0', 'noversion@undefined', 'ranged@undefined', 'branch@undefined']),
    )
    const line = (needle: string) => text.split('\n').findIndex((l) => l.includes(needle)) + 1
    expect(r.issues.filter((i) => i.severity !== 'info')).toEqual([
      {
        file: 'app/Pipfile.lock',
        line: line('"six"'),
        severity: 'warning',
        message: 'six: unreadable hash "sha256:xyz"',
      },
      {
        file: 'app/Pipfile.lock',
        line: line('"broken"'),
        severity: 'error',
        message: 'default entry "broken" is not an object; skipped',
      },
      {
        file: 'app/Pipfile.lock',
        line: line('"bad name!"'),
        severity: 'error',
        message: 'default entry "bad name!" is not a valid package name; skipped',
      },
      {
        file: 'app/Pipfile.lock',
        line: line('"noversion"'),
        severity: 'warning',
        message: 'noversion has no version',
      },
      {
        file: 'app/Pipfile.lock',
        line: line('"ranged"'),
        severity: 'warning',
        message: 'ranged: version ">=1.0" is not a pin (==)',
      },
      {
        file: 'app/Pipfile.lock',
        line: line('"branch"'),
        severity: 'warning',
        message: 'branch: git reference "main" is not a commit',
      },
    ])
    expect(r.complete).toBe(false)
  })

  test('a Pipfile.lock out of date with its Pipfile is a warning on the hash line', () => {
    const dir = join(TESTDATA, 'python/pipenv-mixed')
    const text = readFileSync(join(dir, 'Pipfile.lock'), 'utf8')
    const pipfile = readFileSync(join(dir, 'Pipfile'), 'utf8')
    const changed = pipfile.replace('pytest = "*"', 'pytest = ">=7"')
    const r = parseText(parsePipfileLock, 'Pipfile.lock', text, { Pipfile: changed })
    expect(r.issues[0]).toEqual({
      file: 'Pipfile.lock',
      line: 4,
      severity: 'warning',
      message: 'out of date: its _meta.hash does not match Pipfile (pipenv would lock again)',
    })
    // the hash as pipenv computes it (json.dumps with sorted keys, ASCII escapes) for both fixtures
    expect(pipfileHash(parseToml(pipfile))).toBe(JSON.parse(text)._meta.hash.sha256)
    expect(pipfileHash({ source: [], packages: { café: '*' } })).toBe(
      // python3 -c 'import json,hashlib; print(hashlib.sha256(json.dumps({"_meta":{"sources":[],"requires":{}},
      //   "default":{"café":"*"},"develop":{}},sort_keys=True,separators=(",",":")).encode()).hexdigest())'
      'dca26761c84d54e5728df812e43b421802f829b58c18e694b9453bff6a155508',
    )
  })

  test('a Pipfile that is not TOML is a warning with its line; direct dependencies from the lock', () => {
    const r = parseText(
      parsePipfileLock,
      'Pipfile.lock',
      lock({ default: { six: { version: '==1.16.0' } } }),
      {
        Pipfile: '[packages]\nsix = \n',
      },
    )
    expect(r.issues[0]).toMatchObject({ file: 'Pipfile', line: 2, severity: 'warning' })
    expect(r.edges).toEqual([{ from: '', to: 'six', scope: 'runtime' }])
  })

  test('a declared package the lock lacks is a warning and makes the result incomplete', () => {
    const r = parseText(
      parsePipfileLock,
      'Pipfile.lock',
      lock({ default: { six: { version: '==1.16.0' } } }),
      {
        Pipfile: '[packages]\nsix = "*"\nghost = "*"\n',
      },
    )
    expect(r.issues).toEqual([
      {
        file: 'Pipfile.lock',
        severity: 'warning',
        message: 'Pipfile [packages] declares ghost, which Pipfile.lock does not contain',
      },
    ])
    expect(r.complete).toBe(false)
  })

  test('not JSON, not a Pipfile.lock, or an unknown pipfile-spec: ParseError with the line', () => {
    const fail = (text: string): ParseError => {
      try {
        parseText(parsePipfileLock, 'Pipfile.lock', text)
      } catch (err) {
        return err as ParseError
      }
      throw new Error('no error')
    }
    expect(fail('{\n  "_meta": {\n    "hash": ,\n}')).toMatchObject({ name: 'ParseError', line: 3 })
    expect(fail('[1, 2]')).toMatchObject({ message: expect.stringContaining('not a Pipfile.lock'), line: 1 })
    expect(fail('{"name": "x"}')).toMatchObject({ message: expect.stringContaining('not a Pipfile.lock') })
    expect(fail('{\n"_meta": {\n"pipfile-spec": 7\n}, "default": {}}')).toMatchObject({
      message: 'unknown pipfile-spec 7: lockgraph reads Pipfile.lock up to pipfile-spec 6',
      line: 3,
    })
  })
})
