import { ParseError, type ParseResult } from '../../../src/model.js'
import { composerLicense, parseComposerLock } from '../../../src/parsers/composer/composer-lock.js'
import { edgeLabels, nameVersions, parseFixture, parseText, pkg } from '../../helpers/parse.js'

const directOf = (r: ParseResult) =>
  r.edges
    .filter((e) => e.from === '')
    .map((e) => `${e.to}:${e.scope}`)
    .sort()

describe('composer.lock + composer.json (composer/composer)', () => {
  const r = parseFixture(parseComposerLock, 'composer/composer/composer.lock')

  test('16 packages and 8 dev packages, as the lock lists them', () => {
    expect(r.format).toBe('composer.lock (Composer 1)')
    expect(nameVersions(r)).toEqual(
      new Set([
        'composer/ca-bundle@1.2.7',
        'composer/semver@3.0.0',
        'composer/spdx-licenses@1.5.3',
        'composer/xdebug-handler@1.4.2',
        'justinrainbow/json-schema@5.2.10',
        'psr/log@1.1.3',
        'react/promise@v1.2.1',
        'seld/jsonlint@1.8.0',
        'seld/phar-utils@1.1.0',
        'symfony/console@v2.8.52',
        'symfony/debug@v2.8.52',
        'symfony/filesystem@v2.8.52',
        'symfony/finder@v2.8.52',
        'symfony/polyfill-ctype@v1.17.0',
        'symfony/polyfill-mbstring@v1.17.0',
        'symfony/process@v2.8.52',
        'doctrine/instantiator@1.0.5',
        'phpdocumentor/reflection-docblock@2.0.5',
        'phpspec/prophecy@v1.10.3',
        'sebastian/comparator@1.2.4',
        'sebastian/diff@1.4.3',
        'sebastian/exporter@2.0.0',
        'sebastian/recursion-context@2.0.0',
        'symfony/phpunit-bridge@v4.2.12',
      ]),
    )
    expect(r.packages.filter((p) => p.scope === 'runtime')).toHaveLength(16)
    expect(r.packages.filter((p) => p.scope === 'dev').map((p) => p.name)).toEqual([
      'doctrine/instantiator',
      'phpdocumentor/reflection-docblock',
      'phpspec/prophecy',
      'sebastian/comparator',
      'sebastian/diff',
      'sebastian/exporter',
      'sebastian/recursion-context',
      'symfony/phpunit-bridge',
    ])
    expect(r.complete).toBe(true)
  })

  test('the project and its 14 + 2 direct dependencies from composer.json (php is not a package)', () => {
    expect(r.projects).toEqual([
      {
        id: '',
        ecosystem: 'composer',
        name: 'composer/composer',
        version: undefined,
        purl: 'pkg:composer/composer/composer',
        manifest: 'composer/composer/composer.json',
        dir: 'composer/composer',
        platform: [{ name: 'php', constraint: '^5.3.2 || ^7.0 || ^8.0', scope: 'runtime' }],
      },
    ])
    expect(directOf(r)).toEqual(
      [
        'composer/ca-bundle:runtime',
        'composer/semver:runtime',
        'composer/spdx-licenses:runtime',
        'composer/xdebug-handler:runtime',
        'justinrainbow/json-schema:runtime',
        'phpspec/prophecy:dev',
        'psr/log:runtime',
        'react/promise:runtime',
        'seld/jsonlint:runtime',
        'seld/phar-utils:runtime',
        'symfony/console:runtime',
        'symfony/filesystem:runtime',
        'symfony/finder:runtime',
        'symfony/phpunit-bridge:dev',
        'symfony/process:runtime',
      ].sort(),
    )
    expect(r.packages.some((p) => p.name === 'php' || p.name.startsWith('ext-'))).toBe(false)
  })

  test('edges from each package’s require', () => {
    expect(edgeLabels(r)).toEqual(
      new Set([
        ...directOf(r).map(
          (d) =>
            `project:composer/composer -> ${d.slice(0, d.indexOf(':'))}@${pkg(r, d.slice(0, d.indexOf(':')))!.version}`,
        ),
        'composer/xdebug-handler@1.4.2 -> psr/log@1.1.3',
        'symfony/console@v2.8.52 -> symfony/debug@v2.8.52',
        'symfony/console@v2.8.52 -> symfony/polyfill-mbstring@v1.17.0',
        'symfony/debug@v2.8.52 -> psr/log@1.1.3',
        'symfony/filesystem@v2.8.52 -> symfony/polyfill-ctype@v1.17.0',
        'phpspec/prophecy@v1.10.3 -> doctrine/instantiator@1.0.5',
        'phpspec/prophecy@v1.10.3 -> phpdocumentor/reflection-docblock@2.0.5',
        'phpspec/prophecy@v1.10.3 -> sebastian/comparator@1.2.4',
        'phpspec/prophecy@v1.10.3 -> sebastian/recursion-context@2.0.0',
        'sebastian/comparator@1.2.4 -> sebastian/diff@1.4.3',
        'sebastian/comparator@1.2.4 -> sebastian/exporter@2.0.0',
        'sebastian/exporter@2.0.0 -> sebastian/recursion-context@2.0.0',
      ]),
    )
  })

  test('purls keep the lock’s version string; packagist vs a VCS repository; licenses; lines', () => {
    expect(pkg(r, 'symfony/console')).toEqual({
      id: 'symfony/console',
      ecosystem: 'composer',
      name: 'symfony/console',
      version: 'v2.8.52',
      purl: 'pkg:composer/symfony/console@v2.8.52',
      scope: 'runtime',
      hashes: [], // "shasum": "" is no hash
      resolved:
        'https://api.github.com/repos/symfony/console/zipball/cbcf4b5e233af15cd2bbd50dee1ccc9b7927dc12',
      source: 'registry',
      license: 'MIT',
      line: 563,
    })
    // composer/semver came from the VCS repository composer.json declares: no notification-url
    expect(pkg(r, 'composer/semver')).toEqual(
      expect.objectContaining({
        source: 'git',
        purl: 'pkg:composer/composer/semver@3.0.0?vcs_url=git%2Bhttps:%2F%2Fgithub.com%2Fcomposer%2Fsemver.git%403426bd5efa8a12d230824536c42a8a4ad30b7940',
        resolved: 'https://github.com/composer/semver.git#3426bd5efa8a12d230824536c42a8a4ad30b7940',
        line: 80,
      }),
    )
    expect(pkg(r, 'sebastian/diff')!.license).toBe('BSD-3-Clause')
    expect(pkg(r, 'composer/ca-bundle')!.line).toBe(9)
    expect(pkg(r, 'doctrine/instantiator')!.line).toBe(997)
  })

  test('platform requirements are not packages: the project holds them', () => {
    expect(r.projects.find((p) => p.id === '')!.platform).toEqual([
      { name: 'php', constraint: '^5.3.2 || ^7.0 || ^8.0', scope: 'runtime' },
    ])
    expect(r.packages.some((p) => p.name === 'php' || p.name.startsWith('ext-'))).toBe(false)
    expect(r.issues).toEqual([
      {
        file: 'composer/composer/composer.lock',
        line: 1489,
        severity: 'info',
        message: 'resolved for an overridden platform (config.platform): php 5.3.9',
      },
    ])
  })
})

/** A composer.lock with the given packages (objects) and dev packages. */
function lockText(packages: unknown[], dev: unknown[] = [], extra: object = {}): string {
  return JSON.stringify(
    {
      'content-hash': 'x',
      packages,
      'packages-dev': dev,
      platform: [],
      'platform-dev': [],
      'plugin-api-version': '2.6.0',
      ...extra,
    },
    null,
    4,
  )
}

const packagist = { 'notification-url': 'https://packagist.org/downloads/' }

describe('sources, hashes, licenses, replace / provide', () => {
  const text = lockText([
    {
      name: 'acme/app-core',
      version: 'dev-main',
      dist: { type: 'path', url: './packages/core', reference: 'abc' },
      require: { 'psr/log-implementation': '^1.0', 'symfony/polyfill-php80': '^1.20', php: '>=8.1' },
    },
    {
      name: 'monolog/monolog',
      version: '2.9.1',
      dist: {
        type: 'zip',
        url: 'https://api.github.com/repos/Seldaek/monolog/zipball/f259e2b',
        reference: 'f259e2b',
        shasum: 'A9993E364706816ABA3E25717850C26C9CD0D89D',
      },
      provide: { 'psr/log-implementation': '1.0.0 || 2.0.0' },
      license: ['MIT'],
      ...packagist,
    },
    {
      name: 'symfony/symfony',
      version: 'v6.4.0',
      replace: { 'symfony/polyfill-php80': '*' },
      license: ['MIT', 'GPL-2.0-or-later'],
      'notification-url': 'https://repo.packagist.com/acme/downloads/',
      dist: { type: 'zip', url: 'https://repo.packagist.com/acme/dists/symfony/symfony/v6.4.0/x.zip' },
    },
    {
      name: 'acme/tarball',
      version: '1.0.0',
      dist: { type: 'tar', url: 'https://downloads.example.com/tarball-1.0.0.tar.gz' },
      license: '(LGPL-2.1-only or GPL-3.0-or-later)',
    },
    {
      name: 'acme/private',
      version: '2.x-dev',
      source: {
        type: 'git',
        url: 'git@github.com:acme/private.git',
        reference: '0123456789abcdef0123456789abcdef01234567',
      },
    },
  ])
  const r = parseText(parseComposerLock, 'composer.lock', text, {
    'composer.json': JSON.stringify({
      name: 'acme/app',
      version: '1.2.0',
      require: { 'acme/app-core': '*', 'ext-json': '*' },
    }),
  })

  test('path repositories: source path; the branch version is kept for the purl', () => {
    expect(pkg(r, 'acme/app-core')).toEqual(
      expect.objectContaining({
        source: 'path',
        resolved: './packages/core',
        purl: 'pkg:composer/acme/app-core@dev-main',
      }),
    )
  })

  test('dist shasum → SHA-1; private Packagist → repository_url; zip/tar URLs → download_url; VCS → vcs_url', () => {
    expect(pkg(r, 'monolog/monolog')!.hashes).toEqual([
      { alg: 'SHA-1', value: 'a9993e364706816aba3e25717850c26c9cd0d89d' },
    ])
    expect(pkg(r, 'monolog/monolog')!.purl).toBe('pkg:composer/monolog/monolog@2.9.1')
    expect(pkg(r, 'symfony/symfony')!.purl).toBe(
      'pkg:composer/symfony/symfony@v6.4.0?repository_url=https:%2F%2Frepo.packagist.com%2Facme',
    )
    expect(pkg(r, 'acme/tarball')).toEqual(
      expect.objectContaining({
        source: 'url',
        purl: 'pkg:composer/acme/tarball@1.0.0?download_url=https:%2F%2Fdownloads.example.com%2Ftarball-1.0.0.tar.gz',
        resolved: 'https://downloads.example.com/tarball-1.0.0.tar.gz',
      }),
    )
    expect(pkg(r, 'acme/private')).toEqual(
      expect.objectContaining({
        source: 'git',
        purl: 'pkg:composer/acme/private@2.x-dev?vcs_url=git%2Bssh:%2F%2Fgit%40github.com%2Facme%2Fprivate.git%400123456789abcdef0123456789abcdef01234567',
        resolved: 'git@github.com:acme/private.git#0123456789abcdef0123456789abcdef01234567',
      }),
    )
  })

  test('license arrays are a choice: one OR expression', () => {
    expect(pkg(r, 'monolog/monolog')!.license).toBe('MIT')
    expect(pkg(r, 'symfony/symfony')!.license).toBe('(MIT OR GPL-2.0-or-later)')
    expect(pkg(r, 'acme/tarball')!.license).toBe('(LGPL-2.1-only or GPL-3.0-or-later)')
    expect(composerLicense(['MIT', 'GPL-2.0'])).toBe('(MIT OR GPL-2.0)')
    expect(composerLicense(['Apache-2.0 WITH LLVM-exception', 'MIT'])).toBe(
      '((Apache-2.0 WITH LLVM-exception) OR MIT)',
    )
    expect(composerLicense([])).toBeUndefined()
    expect(composerLicense(undefined)).toBeUndefined()
  })

  test('a requirement met by provide / replace is an edge to the package that provides it', () => {
    expect(edgeLabels(r)).toEqual(
      new Set([
        'project:acme/app -> acme/app-core@dev-main',
        'acme/app-core@dev-main -> monolog/monolog@2.9.1',
        'acme/app-core@dev-main -> symfony/symfony@v6.4.0',
      ]),
    )
    expect(r.projects[0]).toEqual(
      expect.objectContaining({ name: 'acme/app', version: '1.2.0', purl: 'pkg:composer/acme/app@1.2.0' }),
    )
    expect(r.format).toBe('composer.lock (Composer 2)')
    expect(r.issues).toEqual([])
    expect(r.complete).toBe(true)
  })
})

describe('without composer.json, and when the lock is behind it', () => {
  const text = lockText(
    [
      { name: 'a/top', version: '1.0.0', require: { 'a/leaf': '^1' }, ...packagist },
      { name: 'a/leaf', version: '1.1.0', ...packagist },
    ],
    [{ name: 'a/test-tool', version: '3.0.0', require: { 'a/leaf': '^1', 'a/gone': '^2' }, ...packagist }],
  )

  test('no composer.json: the packages nothing requires are the direct ones, with their section’s scope', () => {
    const r = parseText(parseComposerLock, 'app/composer.lock', text)
    expect(r.projects.map((p) => [p.name, p.manifest])).toEqual([['app', 'app/composer.json']])
    expect(directOf(r)).toEqual(['a/test-tool:dev', 'a/top:runtime'])
    expect(r.issues).toEqual([
      {
        file: 'app/composer.lock',
        line: 19, // the entry's "{"
        severity: 'warning',
        message: 'a/test-tool 3.0.0 requires a/gone, which the lockfile does not contain',
      },
      {
        file: 'app/composer.lock',
        line: undefined,
        severity: 'info',
        message: 'no composer.json next to composer.lock: direct dependencies are inferred from the lockfile',
      },
    ])
    expect(r.complete).toBe(false)
  })

  test('a requirement of composer.json missing from the lock: warning at its line, listed unpinned', () => {
    const manifest =
      '{\n  "require": {\n    "a/top": "^1.0",\n    "a/new": "^4.0"\n  },\n  "require-dev": { "a/test-tool": "^3" }\n}\n'
    const r = parseText(parseComposerLock, 'composer.lock', text, { 'composer.json': manifest })
    expect(directOf(r)).toEqual(['a/new:runtime', 'a/test-tool:dev', 'a/top:runtime'])
    expect(pkg(r, 'a/new')).toEqual({
      id: 'a/new',
      ecosystem: 'composer',
      name: 'a/new',
      purl: 'pkg:composer/a/new',
      scope: 'runtime',
      hashes: [],
      source: 'registry',
    })
    expect(r.issues).toContainEqual({
      file: 'composer.json',
      line: 4,
      severity: 'warning',
      message:
        'composer.json require a/new ^4.0, which composer.lock does not contain (the lockfile is out of date?)',
    })
    expect(r.complete).toBe(false)
  })
})

describe('bad input', () => {
  test('not JSON: ParseError with the line', () => {
    expect(() => parseText(parseComposerLock, 'composer.lock', '{\n  "packages": [\n    {,\n  ]\n}')).toThrow(
      expect.objectContaining({ name: 'ParseError', line: 3 }),
    )
  })

  test('not a composer.lock', () => {
    expect(() => parseText(parseComposerLock, 'composer.lock', '[]')).toThrow(ParseError)
    expect(() => parseText(parseComposerLock, 'composer.lock', '{\n  "name": "x"\n}')).toThrow(
      /no "packages" list/,
    )
    expect(() => parseText(parseComposerLock, 'composer.lock', '{\n  "packages": {}\n}')).toThrow(
      expect.objectContaining({ line: 2, message: 'not a composer.lock: "packages" is not a list' }),
    )
  })

  test('an entry without a version, or not an object: an error at its line, skipped; the rest is read', () => {
    const text = lockText(
      [{ name: 'a/ok', version: '1.0.0' }, { name: 'a/broken' }, 'nope'],
      [{ name: 'a/dev', version: '2.0.0' }],
    )
    const r = parseText(parseComposerLock, 'composer.lock', text)
    expect(nameVersions(r)).toEqual(new Set(['a/ok@1.0.0', 'a/dev@2.0.0']))
    expect(pkg(r, 'a/dev')!.line).toBe(14) // lines stay right after an entry that is not an object
    expect(r.issues.filter((i) => i.severity === 'error')).toEqual([
      {
        file: 'composer.lock',
        line: 8,
        severity: 'error',
        message: 'package a/broken has no "version"; skipped',
      },
      {
        file: 'composer.lock',
        line: 11,
        severity: 'error',
        message: 'package entry is not an object; skipped',
      },
    ])
    expect(r.complete).toBe(false)
  })
})
