import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { ParseError, type FileSource, type ParseResult } from '../../../src/model.js'
import { parseCargoLock } from '../../../src/parsers/cargo/cargo-lock.js'
import { cargoReqAdmits } from '../../../src/parsers/cargo/cargo-toml.js'
import { edgeLabels, nameVersions, parseFixture, parseText, pkg, TESTDATA } from '../../helpers/parse.js'

/** The [[package]] entries of a fixture, read with plain regular expressions: the oracle for package sets. */
function lockEntries(file: string) {
  const text = readFileSync(join(TESTDATA, file), 'utf8')
  return text
    .split(/^\[\[package\]\]\r?$/m)
    .slice(1)
    .map((block) => ({
      name: /^name = "(.*)"$/m.exec(block)![1],
      version: /^version = "(.*)"$/m.exec(block)![1],
      source: /^source = "(.*)"$/m.exec(block)?.[1],
      deps: (/^dependencies = \[([^\]]*)\]/m.exec(block)?.[1] ?? '').split(',').filter((d) => d.trim())
        .length,
    }))
}

function expectedPackages(file: string): Set<string> {
  return new Set(
    lockEntries(file)
      .filter((e) => e.source)
      .map((e) => `${e.name}@${e.version}`),
  )
}

const directOf = (r: ParseResult, id: string) =>
  r.edges
    .filter((e) => e.from === id)
    .map((e) => `${e.to}:${e.scope}`)
    .sort()

const SHA256 = /^[0-9a-f]{64}$/

describe('Cargo.lock v1 (update-ssh-keys): [metadata] checksums, "name version (source)" dependencies', () => {
  const file = 'cargo/update-ssh-keys/Cargo.lock'
  const r = parseFixture(parseCargoLock, file)

  test('the 29 crates.io packages, the root crate as the project', () => {
    expect(r.format).toBe('Cargo.lock v1')
    expect(lockEntries(file)).toHaveLength(30)
    expect(nameVersions(r)).toEqual(expectedPackages(file))
    expect(r.packages).toHaveLength(29)
    expect(r.projects).toEqual([
      {
        id: '',
        ecosystem: 'cargo',
        name: 'update-ssh-keys',
        version: '0.5.1-alpha.0',
        purl: 'pkg:cargo/update-ssh-keys@0.5.1-alpha.0',
        manifest: 'cargo/update-ssh-keys/Cargo.toml',
        dir: 'cargo/update-ssh-keys',
      },
    ])
    expect(r.complete).toBe(true)
    expect(r.issues).toEqual([
      expect.objectContaining({
        severity: 'info',
        message: expect.stringMatching(/no Cargo\.toml next to Cargo\.lock/),
      }),
    ])
  })

  test('checksums from [metadata] become SHA-256 hashes; purls, sources, lines', () => {
    const ansi = pkg(r, 'ansi_term', '0.11.0')!
    expect(ansi).toEqual({
      id: 'ansi_term@0.11.0',
      ecosystem: 'cargo',
      name: 'ansi_term',
      version: '0.11.0',
      purl: 'pkg:cargo/ansi_term@0.11.0',
      scope: 'runtime',
      hashes: [{ alg: 'SHA-256', value: 'ee49baf6cb617b853aa8d93bf420db2383fab46d314482ca2803b40d5fde979b' }],
      resolved: undefined,
      source: 'registry',
      line: 3,
    })
    for (const p of r.packages)
      expect([p.name, p.hashes.length, p.hashes[0]?.value]).toEqual([
        p.name,
        1,
        expect.stringMatching(SHA256),
      ])
  })

  test('edges from the "name version (source)" strings; the root crate’s dependencies are the direct ones', () => {
    const edges = edgeLabels(r)
    expect(edges).toContain('ansi_term@0.11.0 -> winapi@0.3.7')
    expect(edges).toContain('atty@0.2.13 -> libc@0.2.62')
    expect(r.edges).toHaveLength(lockEntries(file).reduce((n, e) => n + e.deps, 0))
    expect(directOf(r, '')).toEqual([
      'clap@2.33.0:runtime',
      'error-chain@0.12.1:runtime',
      'fs2@0.4.3:runtime',
      'openssh-keys@0.4.1:runtime',
      'users@0.9.1:runtime',
    ])
  })
})

describe('Cargo.lock v2 (hexyl): inline checksums, "name version" only where a name is ambiguous', () => {
  const file = 'cargo/hexyl/Cargo.lock'
  const r = parseFixture(parseCargoLock, file)

  test('29 packages incl. two versions of ansi_term, hexyl as the project', () => {
    expect(r.format).toBe('Cargo.lock v2')
    expect(nameVersions(r)).toEqual(expectedPackages(file))
    expect(r.packages).toHaveLength(29)
    expect(r.projects.map((p) => [p.id, p.name, p.version])).toEqual([['', 'hexyl', '0.8.0']])
    expect(pkg(r, 'ansi_term', '0.11.0')).toBeDefined()
    expect(pkg(r, 'ansi_term', '0.12.1')).toBeDefined()
    expect(pkg(r, 'clap')!.hashes).toEqual([
      { alg: 'SHA-256', value: 'bdfa80d47f954d53a35a64987ca1422f495b8d6483c0fe9f7117b36c2a792129' },
    ])
  })

  test('"ansi_term 0.11.0" and "ansi_term 0.12.1" go to the right versions, plain names to the only one', () => {
    const edges = edgeLabels(r)
    expect(edges).toContain('clap@2.33.1 -> ansi_term@0.11.0')
    expect(edges).toContain('project:hexyl -> ansi_term@0.12.1')
    expect(edges).not.toContain('project:hexyl -> ansi_term@0.11.0')
    expect(edges).toContain('project:hexyl -> assert_cmd@1.0.1')
    expect(r.edges).toHaveLength(lockEntries(file).reduce((n, e) => n + e.deps, 0))
    expect(r.issues.filter((i) => i.severity !== 'info')).toEqual([])
  })
})

describe('Cargo.lock v3 (xsv medialab fork): many names in several versions', () => {
  const file = 'cargo/xsv-medialab/Cargo.lock'
  const r = parseFixture(parseCargoLock, file)

  test('211 packages, xsv as the project', () => {
    expect(r.format).toBe('Cargo.lock v3')
    expect(lockEntries(file)).toHaveLength(212)
    expect(nameVersions(r)).toEqual(expectedPackages(file))
    expect(r.packages).toHaveLength(211)
    expect(r.projects.map((p) => [p.name, p.version])).toEqual([['xsv', '0.13.0-medialab1']])
    expect(r.packages.filter((p) => p.name === 'rand_core').map((p) => p.version)).toEqual([
      '0.2.2',
      '0.3.1',
      '0.4.2',
      '0.5.1',
    ])
    expect(r.packages.filter((p) => p.name === 'cfg-if').map((p) => p.version)).toEqual(['0.1.10', '1.0.0'])
  })

  test('every dependency string resolves, each to the version it names', () => {
    expect(r.edges).toHaveLength(lockEntries(file).reduce((n, e) => n + e.deps, 0))
    expect(r.complete).toBe(true)
    const edges = edgeLabels(r)
    expect(edges).toContain('rand@0.5.6 -> rand_core@0.3.1')
    expect(edges).toContain('rand@0.7.3 -> rand_core@0.5.1')
    expect(edges).not.toContain('rand@0.5.6 -> rand_core@0.5.1')
    expect(directOf(r, '')).toContain('rand@0.5.6:runtime')
  })
})

describe('Cargo.lock v4 (alacritty): a virtual workspace with four members', () => {
  const file = 'cargo/alacritty/Cargo.lock'
  const r = parseFixture(parseCargoLock, file)

  test('295 registry packages; the virtual root and the four members are projects', () => {
    expect(r.format).toBe('Cargo.lock v4')
    expect(lockEntries(file)).toHaveLength(299)
    expect(nameVersions(r)).toEqual(expectedPackages(file))
    expect(r.packages).toHaveLength(295)
    expect(r.projects.map((p) => [p.id, p.name, p.version, p.manifest])).toEqual([
      ['', 'alacritty', undefined, 'cargo/alacritty/Cargo.toml'],
      ['alacritty', 'alacritty', '0.16.0-dev', 'cargo/alacritty/alacritty/Cargo.toml'],
      ['alacritty_config', 'alacritty_config', '0.2.3-dev', 'cargo/alacritty/alacritty_config/Cargo.toml'],
      [
        'alacritty_config_derive',
        'alacritty_config_derive',
        '0.2.5-dev',
        'cargo/alacritty/alacritty_config_derive/Cargo.toml',
      ],
      [
        'alacritty_terminal',
        'alacritty_terminal',
        '0.25.1-dev',
        'cargo/alacritty/alacritty_terminal/Cargo.toml',
      ],
    ])
    // the members' Cargo.toml files are not in the fixture: matched to the members by folder name, said once
    expect(r.issues).toEqual([
      expect.objectContaining({
        severity: 'info',
        message: expect.stringMatching(
          /^Cargo\.toml of workspace members not found, matched by folder name: alacritty →/,
        ),
      }),
    ])
  })

  test('members depend on each other as projects; every dependency string resolves', () => {
    expect(directOf(r, 'alacritty')).toEqual(
      expect.arrayContaining([
        'alacritty_terminal:runtime',
        'alacritty_config:runtime',
        'winit@0.30.11:runtime',
      ]),
    )
    expect(directOf(r, '')).toEqual([])
    expect(r.edges).toHaveLength(lockEntries(file).reduce((n, e) => n + e.deps, 0))
    expect(edgeLabels(r)).toContain('ahash@0.8.12 -> getrandom@0.3.3')
    // build metadata is kept in the version; the purl percent-encodes its "+" as the purl spec does
    expect(pkg(r, 'serde_yaml')!.version).toBe('0.9.34+deprecated')
    expect(pkg(r, 'serde_yaml')!.purl).toBe('pkg:cargo/serde_yaml@0.9.34%2Bdeprecated')
  })
})

describe('Cargo.lock v4 + Cargo.toml (cli-debian-registry, made by cargo 1.95 with Debian’s crate registry)', () => {
  const file = 'cargo/cli-debian-registry/Cargo.lock'
  const r = parseFixture(parseCargoLock, file)

  test('149 packages, acme-cli as the project with its Cargo.toml', () => {
    expect(nameVersions(r)).toEqual(expectedPackages(file))
    expect(r.packages).toHaveLength(149)
    expect(r.projects).toEqual([
      expect.objectContaining({
        id: '',
        name: 'acme-cli',
        version: '0.3.1',
        purl: 'pkg:cargo/acme-cli@0.3.1',
        manifest: 'cargo/cli-debian-registry/Cargo.toml',
      }),
    ])
    // Debian patches the windows-* crates out of its registry: none are locked
    expect(r.packages.filter((p) => p.name.startsWith('windows'))).toEqual([])
    expect(pkg(r, 'winapi', '0.3.9')).toBeDefined() // the older winapi family is there
  })

  test('direct dependencies from Cargo.toml: 25 runtime and tempfile as dev', () => {
    const direct = directOf(r, '')
    expect(direct).toHaveLength(26)
    expect(direct.filter((d) => d.endsWith(':runtime'))).toHaveLength(25)
    expect(direct).toContain('tempfile@3.3.0:dev')
    expect(direct).toContain('reqwest@0.11.13:runtime')
  })

  test('dev scope reaches exactly what only tempfile needs', () => {
    expect(
      r.packages
        .filter((p) => p.scope === 'dev')
        .map((p) => p.id)
        .sort(),
    ).toEqual([
      'crossbeam-channel@0.5.6',
      'crossbeam-deque@0.8.1',
      'crossbeam-epoch@0.9.13',
      'crossbeam-utils@0.8.12',
      'fastrand@1.8.0',
      'memoffset@0.6.5',
      'rayon-core@1.10.1',
      'rayon@1.6.1',
      'redox_syscall@0.2.16',
      'remove_dir_all@0.7.0',
      'scopeguard@1.1.0',
      'tempfile@3.3.0',
    ])
    expect(r.packages.filter((p) => p.scope === 'runtime')).toHaveLength(137)
    expect(pkg(r, 'libc')!.scope).toBe('runtime') // tempfile needs it too, but so does tokio
  })

  test('the Debian checksum placeholder is not a hash: reported once, packages kept', () => {
    expect(r.packages.filter((p) => p.hashes.length === 0)).toHaveLength(62)
    expect(r.packages.filter((p) => p.hashes.length === 1 && SHA256.test(p.hashes[0].value))).toHaveLength(87)
    expect(r.issues).toEqual([
      {
        file,
        line: 61,
        severity: 'warning',
        message:
          '62 crates have the checksum "Could not get crate checksum" (written by Debian\'s packaged crate registry) instead of a SHA-256; they are listed without a hash',
      },
    ])
    expect(r.complete).toBe(true)
  })
})

describe('Cargo.lock v4 + workspace Cargo.toml files (workspace-cargo195, made by cargo 1.95)', () => {
  const r = parseFixture(parseCargoLock, 'cargo/workspace-cargo195/Cargo.lock')
  const gitMain = 'gitdep@0.1.0 git+file:///tmp/cw/gitdep?branch=main'
  const gitFork = 'gitdep@0.1.0 git+file:///tmp/cw/gitdep2?tag=v0.1.0'

  test('the root crate, the glob and named members (minus exclude) are projects with their manifests', () => {
    expect(r.projects.map((p) => [p.id, p.name, p.version, p.manifest, p.dir])).toEqual([
      ['', 'app', '1.0.0', 'cargo/workspace-cargo195/Cargo.toml', 'cargo/workspace-cargo195'],
      [
        'crates/core',
        'acme-core',
        '0.2.0', // version.workspace = true
        'cargo/workspace-cargo195/crates/core/Cargo.toml',
        'cargo/workspace-cargo195/crates/core',
      ],
      [
        'crates/util',
        'acme-util',
        '0.1.0',
        'cargo/workspace-cargo195/crates/util/Cargo.toml',
        'cargo/workspace-cargo195/crates/util',
      ],
      [
        'crates/winhelp',
        'winhelp',
        '0.1.0',
        'cargo/workspace-cargo195/crates/winhelp/Cargo.toml',
        'cargo/workspace-cargo195/crates/winhelp',
      ],
      [
        'tools/gen',
        'gen',
        '0.3.0',
        'cargo/workspace-cargo195/tools/gen/Cargo.toml',
        'cargo/workspace-cargo195/tools/gen',
      ],
    ])
    expect(r.issues).toEqual([])
    expect(r.complete).toBe(true)
  })

  test('dependency kinds from Cargo.toml, as cargo metadata reports them', () => {
    // cargo metadata: core_lib normal, gen dev, gitdep_fork dev, gitdep build, winhelp normal (cfg(windows));
    // util is optional (not active by default, but locked)
    expect(directOf(r, '')).toEqual([
      'crates/core:runtime', // core-lib = { workspace = true } → package acme-core, path crates/core
      'crates/util:optional',
      'crates/winhelp:runtime',
      `${gitFork}:dev`,
      `${gitMain}:runtime`, // a build dependency counts as runtime
      'tools/gen:dev',
    ])
    expect(directOf(r, 'tools/gen')).toEqual(['crates/util:runtime']) // util2 = { package = "acme-util" }
    expect(directOf(r, 'crates/util')).toEqual(['crates/core:runtime'])
    expect(directOf(r, 'crates/core')).toEqual([`${gitMain}:runtime`])
  })

  test('two git crates of the same name and version: told apart by source, git purls and scopes', () => {
    expect(r.packages).toEqual([
      {
        id: gitFork,
        ecosystem: 'cargo',
        name: 'gitdep',
        version: '0.1.0',
        purl: 'pkg:cargo/gitdep@0.1.0?vcs_url=git%2Bfile:%2F%2F%2Ftmp%2Fcw%2Fgitdep2%4078643d5673dceb41315834094aee95f7fcdd8395',
        scope: 'dev',
        hashes: [],
        resolved: 'git+file:///tmp/cw/gitdep2?tag=v0.1.0#78643d5673dceb41315834094aee95f7fcdd8395',
        source: 'git',
        line: 38,
      },
      {
        id: gitMain,
        ecosystem: 'cargo',
        name: 'gitdep',
        version: '0.1.0',
        purl: 'pkg:cargo/gitdep@0.1.0?vcs_url=git%2Bfile:%2F%2F%2Ftmp%2Fcw%2Fgitdep%40d36ae232281ffbc8e60f192e75be0624dc48afb9',
        scope: 'runtime',
        hashes: [],
        resolved: 'git+file:///tmp/cw/gitdep?branch=main#d36ae232281ffbc8e60f192e75be0624dc48afb9',
        source: 'git',
        line: 43,
      },
    ])
  })
})

const CRATES_IO = 'registry+https://github.com/rust-lang/crates.io-index'
const SUM = 'a'.repeat(64)

function lock(...packages: string[]): string {
  return ['# This file is automatically @generated by Cargo.', 'version = 4', '', ...packages].join('\n')
}

function entry(name: string, version: string, extra: string[] = []): string {
  return ['[[package]]', `name = "${name}"`, `version = "${version}"`, ...extra, ''].join('\n')
}

const deps = (...list: string[]) => ['dependencies = [', ...list.map((d) => ` "${d}",`), ']']

describe('sources and purls', () => {
  const text = lock(
    entry('app', '0.1.0', deps('a', 'b', 'c', 'd', 'e')),
    entry('a', '1.0.0', [`source = "${CRATES_IO}"`, `checksum = "${SUM}"`]),
    entry('b', '1.0.0', ['source = "sparse+https://index.crates.io/"', `checksum = "${SUM}"`]),
    entry('c', '2.0.0', ['source = "registry+https://git.example.com/index"', `checksum = "${SUM}"`]),
    entry('d', '3.0.0', [
      'source = "sparse+https://cargo.example.com/api/v1/crates/"',
      `checksum = "${SUM}"`,
    ]),
    entry('e', '0.4.0', [
      'source = "git+https://github.com/acme/e?rev=abc1234#abc1234def5678abc1234def5678abc1234def56"',
    ]),
  )
  const r = parseText(parseCargoLock, 'Cargo.lock', text)

  test('crates.io (git or sparse index): no qualifier; other registries: repository_url', () => {
    expect(pkg(r, 'a')!.purl).toBe('pkg:cargo/a@1.0.0')
    expect(pkg(r, 'b')!.purl).toBe('pkg:cargo/b@1.0.0')
    expect(pkg(r, 'c')!.purl).toBe('pkg:cargo/c@2.0.0?repository_url=https:%2F%2Fgit.example.com%2Findex')
    expect(pkg(r, 'd')!.purl).toBe(
      'pkg:cargo/d@3.0.0?repository_url=sparse%2Bhttps:%2F%2Fcargo.example.com%2Fapi%2Fv1%2Fcrates%2F',
    )
    for (const name of ['a', 'b', 'c', 'd']) expect(pkg(r, name)!.source).toBe('registry')
    expect(pkg(r, 'a')!.hashes).toEqual([{ alg: 'SHA-256', value: SUM }])
  })

  test('git: vcs_url with the commit, resolved = the source as Cargo wrote it', () => {
    expect(pkg(r, 'e')).toEqual(
      expect.objectContaining({
        source: 'git',
        purl: 'pkg:cargo/e@0.4.0?vcs_url=git%2Bhttps:%2F%2Fgithub.com%2Facme%2Fe%40abc1234def5678abc1234def5678abc1234def56',
        resolved: 'git+https://github.com/acme/e?rev=abc1234#abc1234def5678abc1234def5678abc1234def56',
      }),
    )
    expect(r.issues.filter((i) => i.severity !== 'info')).toEqual([])
  })
})

describe('bad input', () => {
  test('an unknown lock version is a ParseError naming the versions read, at its line', () => {
    const text = '# comment\n\nversion = 5\n\n[[package]]\nname = "a"\nversion = "1.0.0"\n'
    expect(() => parseText(parseCargoLock, 'Cargo.lock', text)).toThrow(ParseError)
    try {
      parseText(parseCargoLock, 'Cargo.lock', text)
    } catch (err) {
      expect((err as ParseError).message).toBe(
        'unknown Cargo.lock version 5: lockgraph reads versions 1 and 2 (no version line), 3 and 4',
      )
      expect((err as ParseError).line).toBe(3)
    }
  })

  test('a TOML syntax error is a ParseError with its line', () => {
    const text = lock(entry('a', '1.0.0'), '[[package]]', 'name = "b"', 'version = "1.0.0', '')
    expect(() => parseText(parseCargoLock, 'Cargo.lock', text)).toThrow(
      expect.objectContaining({
        name: 'ParseError',
        line: 10,
        message: expect.stringMatching(/^not valid TOML \(Cargo\.lock\)/),
      }),
    )
  })

  test('not a Cargo.lock: a Cargo.toml, an empty file', () => {
    expect(() =>
      parseText(parseCargoLock, 'Cargo.lock', '[package]\nname = "x"\nversion = "1.0.0"\n'),
    ).toThrow(expect.objectContaining({ line: 1, message: expect.stringMatching(/\[package\] is a table/) }))
    expect(() => parseText(parseCargoLock, 'Cargo.lock', '')).toThrow(ParseError)
    expect(() => parseText(parseCargoLock, 'Cargo.lock', 'version = 4\n')).toThrow(
      /no \[\[package\]\] entries/,
    )
  })

  test('a [[package]] without a version: an error with its line, skipped; the rest is read', () => {
    const text = lock(
      entry('app', '0.1.0', deps('a', 'b')),
      entry('a', '1.0.0', [`source = "${CRATES_IO}"`, `checksum = "${SUM}"`]),
      ['[[package]]', 'name = "b"', `source = "${CRATES_IO}"`, ''].join('\n'),
    )
    const r = parseText(parseCargoLock, 'Cargo.lock', text)
    expect(nameVersions(r)).toEqual(new Set(['a@1.0.0']))
    expect(r.complete).toBe(false)
    expect(r.issues).toEqual(
      expect.arrayContaining([
        {
          file: 'Cargo.lock',
          line: 18,
          severity: 'error',
          message: '[[package]] "b" has no version; skipped',
        },
        {
          file: 'Cargo.lock',
          line: 4,
          severity: 'warning',
          message: 'app 0.1.0 depends on "b", which the lockfile does not contain',
        },
      ]),
    )
  })

  test('checksums: a non-hex value is a warning; the Debian placeholder is counted, once', () => {
    const text = lock(
      entry('app', '0.1.0', deps('a', 'b')),
      entry('a', '1.0.0', [`source = "${CRATES_IO}"`, 'checksum = "xyz"']),
      entry('b', '1.0.0', [`source = "${CRATES_IO}"`, 'checksum = "Could not get crate checksum"']),
    )
    const r = parseText(parseCargoLock, 'Cargo.lock', text)
    expect(r.packages.map((p) => p.hashes)).toEqual([[], []])
    expect(r.issues.filter((i) => i.severity === 'warning').map((i) => [i.line, i.message])).toEqual([
      [12, 'a 1.0.0: checksum "xyz" is not a SHA-256'],
      [
        18,
        '1 crate has the checksum "Could not get crate checksum" (written by Debian\'s packaged crate registry) instead of a SHA-256; they are listed without a hash',
      ],
    ])
  })
})

describe('Cargo.toml: dependency tables, renames, optional, workspace inheritance', () => {
  const manifest = `
[package]
name = "app"
version = "0.1.0"

[workspace]
members = ["crates/*"]

[workspace.dependencies]
serde = { version = "1.0", features = ["derive"] }
rng = { package = "rand", version = "0.8" }

[dependencies]
serde.workspace = true
rng = { workspace = true, optional = true }
old-rand = { package = "rand", version = "0.7" }
log = "0.4"
missing = "2"

[dev-dependencies]
pretty = { version = "1", package = "pretty_assertions" }

[build-dependencies]
cc = "1.0"

[target.'cfg(unix)'.dependencies]
libc = "0.2"
`
  const reg = [`source = "${CRATES_IO}"`, `checksum = "${SUM}"`]
  const text = lock(
    entry(
      'app',
      '0.1.0',
      deps('cc', 'libc', 'log', 'pretty_assertions', 'rand 0.7.3', 'rand 0.8.5', 'serde'),
    ),
    entry('cc', '1.0.83', reg),
    entry('libc', '0.2.150', reg),
    entry('log', '0.4.20', reg),
    entry('pretty_assertions', '1.4.0', [...reg, ...deps('yansi')]),
    entry('rand', '0.7.3', [...reg, ...deps('libc')]),
    entry('rand', '0.8.5', [...reg, ...deps('libc')]),
    entry('serde', '1.0.190', reg),
    entry('yansi', '0.5.1', reg),
  )
  const r = parseText(parseCargoLock, 'Cargo.lock', text, { 'Cargo.toml': manifest })

  test('each table gives its scope; renamed crates are matched by their real name and version', () => {
    expect(directOf(r, '')).toEqual([
      'cc@1.0.83:runtime', // build-dependencies: runtime (build tooling that shapes the binary)
      'libc@0.2.150:runtime', // [target.'cfg(unix)'.dependencies]
      'log@0.4.20:runtime',
      'missing (not locked):runtime',
      'pretty_assertions@1.4.0:dev', // renamed dev dependency
      'rand@0.7.3:runtime', // old-rand = { package = "rand", version = "0.7" }
      'rand@0.8.5:optional', // rng = { workspace = true, optional = true } → rand 0.8
      'serde@1.0.190:runtime', // serde.workspace = true
    ])
  })

  test('scopes carried to transitive packages; a declared crate missing from the lock is listed unpinned', () => {
    expect(pkg(r, 'yansi')!.scope).toBe('dev')
    expect(pkg(r, 'libc')!.scope).toBe('runtime')
    expect(pkg(r, 'missing')).toEqual({
      id: 'missing (not locked)',
      ecosystem: 'cargo',
      name: 'missing',
      purl: 'pkg:cargo/missing',
      scope: 'runtime',
      hashes: [],
      source: 'registry',
      resolved: undefined,
    })
    expect(r.complete).toBe(false)
    expect(r.issues).toEqual([
      {
        file: 'Cargo.toml',
        line: 18,
        severity: 'warning',
        message: 'missing 2 is declared but not in Cargo.lock (the lockfile is out of date?)',
      },
    ])
  })

  test('a broken Cargo.toml is a warning on its own file; the lockfile is still read', () => {
    const broken = parseText(parseCargoLock, 'Cargo.lock', text, { 'Cargo.toml': '[package\nname = "app"\n' })
    expect(broken.packages).toHaveLength(8)
    expect(broken.issues).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          file: 'Cargo.toml',
          line: 1,
          severity: 'warning',
          message: expect.stringMatching(/^not valid TOML/),
        }),
      ]),
    )
    expect(directOf(broken, '')).toHaveLength(7) // every locked dependency, as runtime
  })
})

describe('workspace members and guessed manifests', () => {
  /** A FileSource over a map of files, with listDirs derived from the paths. */
  function files(map: Record<string, string>): FileSource {
    return {
      read: (p) => map[p],
      listDirs: (dir) => {
        const prefix = dir ? `${dir}/` : ''
        const names = new Set<string>()
        for (const p of Object.keys(map))
          if (p.startsWith(prefix) && p.slice(prefix.length).includes('/'))
            names.add(p.slice(prefix.length).split('/')[0])
        return [...names].sort()
      },
    }
  }

  test('glob members found through listDirs, exclude honoured, path dependencies followed', () => {
    const text = lock(
      entry('a', '0.1.0', deps('b')),
      entry('b', '0.2.0', deps('common')),
      entry('common', '0.3.0'),
    )
    const r = parseCargoLock({
      path: 'ws/Cargo.lock',
      text,
      files: files({
        'ws/Cargo.toml': '[workspace]\nmembers = ["crates/*"]\nexclude = ["crates/old"]\n',
        'ws/crates/a/Cargo.toml':
          '[package]\nname = "a"\nversion = "0.1.0"\n[dependencies]\nb = { path = "../b" }\n',
        'ws/crates/b/Cargo.toml':
          '[package]\nname = "b"\nversion = "0.2.0"\n[dev-dependencies]\ncommon = { path = "../../../common" }\n',
        'ws/crates/old/Cargo.toml': '[package]\nname = "old"\nversion = "9.0.0"\n',
        'common/Cargo.toml': '[package]\nname = "common"\nversion = "0.3.0"\n',
      }),
    })
    expect(r.projects.map((p) => [p.id, p.name, p.manifest])).toEqual([
      ['', 'ws', 'ws/Cargo.toml'],
      ['../common', 'common', 'common/Cargo.toml'],
      ['crates/a', 'a', 'ws/crates/a/Cargo.toml'],
      ['crates/b', 'b', 'ws/crates/b/Cargo.toml'],
    ])
    expect(edgeLabels(r)).toEqual(new Set(['project:a -> project:b', 'project:b -> project:common']))
    expect(directOf(r, 'crates/b')).toEqual(['../common:dev'])
    expect(r.issues).toEqual([])
  })

  test('no Cargo.toml, several local crates: the one named like the folder is the root, the others guessed', () => {
    const text = lock(entry('tool', '1.0.0', deps('tool-core')), entry('tool-core', '1.0.0'))
    const r = parseText(parseCargoLock, 'tool/Cargo.lock', text)
    expect(r.projects.map((p) => [p.id, p.name, p.manifest])).toEqual([
      ['', 'tool', 'tool/Cargo.toml'],
      ['tool-core', 'tool-core', 'tool/tool-core/Cargo.toml'],
    ])
    expect(r.issues.map((i) => i.message)).toEqual([
      'workspace crates without a Cargo.toml found; their manifests are a guess: tool-core → tool/tool-core/Cargo.toml',
      'no Cargo.toml next to Cargo.lock: dev and build dependencies cannot be told apart, every dependency is taken as runtime',
    ])
  })

  test('the oldest format: [root] instead of a root [[package]]', () => {
    const text = [
      '[root]',
      'name = "old"',
      'version = "0.1.0"',
      'dependencies = [',
      ` "libc 0.2.0 (${CRATES_IO})",`,
      ']',
      '',
      '[[package]]',
      'name = "libc"',
      'version = "0.2.0"',
      `source = "${CRATES_IO}"`,
      '',
      '[metadata]',
      `"checksum libc 0.2.0 (${CRATES_IO})" = "${SUM}"`,
      '',
    ].join('\n')
    const r = parseText(parseCargoLock, 'Cargo.lock', text)
    expect(r.format).toBe('Cargo.lock v1')
    expect(r.projects.map((p) => p.name)).toEqual(['old'])
    expect(edgeLabels(r)).toEqual(new Set(['project:old -> libc@0.2.0']))
    expect(pkg(r, 'libc')!.hashes).toEqual([{ alg: 'SHA-256', value: SUM }])
  })

  test('a workspace crate and a registry crate of the same name and version: "name version" is the local one', () => {
    // Cargo writes the source of a dependency only where name and version are ambiguous, and never a path
    // source: "foo 0.1.0" is the workspace's foo, "foo 0.1.0 (registry+...)" the crates.io one
    const text = lock(
      entry('app', '0.1.0', deps('foo 0.1.0', 'other')),
      entry('foo', '0.1.0', []),
      entry('foo', '0.1.0', [`source = "${CRATES_IO}"`, `checksum = "${SUM}"`]),
      entry('other', '1.0.0', [
        `source = "${CRATES_IO}"`,
        `checksum = "${SUM}"`,
        ...deps(`foo 0.1.0 (${CRATES_IO})`),
      ]),
    )
    const r = parseText(parseCargoLock, 'Cargo.lock', text)
    expect(r.projects.map((p) => `${p.id}:${p.name}`)).toEqual([':app', 'foo:foo'])
    expect(r.packages.map((p) => p.id)).toEqual(['foo@0.1.0', 'other@1.0.0'])
    expect(edgeLabels(r)).toEqual(
      new Set(['project:app -> project:foo', 'project:app -> other@1.0.0', 'other@1.0.0 -> foo@0.1.0']),
    )
    expect(r.issues.filter((i) => i.severity !== 'info')).toEqual([])
    expect(r.complete).toBe(true)
  })
})

describe('the line reader for files as Cargo writes them', () => {
  test.each([
    'cargo/update-ssh-keys/Cargo.lock',
    'cargo/hexyl/Cargo.lock',
    'cargo/xsv-medialab/Cargo.lock',
    'cargo/alacritty/Cargo.lock',
    'cargo/cli-debian-registry/Cargo.lock',
    'cargo/workspace-cargo195/Cargo.lock',
  ])('%s: the same result as the TOML parser', (file) => {
    const text = readFileSync(join(TESTDATA, file), 'utf8')
    // a comment after a value is valid TOML that Cargo never writes: it sends the file to smol-toml
    const viaToml = text.replace(/^(name = ".*")$/m, '$1 # comment')
    expect(viaToml).not.toBe(text)
    const read = (t: string) => parseCargoLock({ path: file, text: t, files: { read: () => undefined } })
    expect(read(viaToml)).toEqual(read(text))
  })
})

describe('cargoReqAdmits: Cargo version requirements', () => {
  test.each([
    ['1.2', '1.9.0', true],
    ['1.2', '2.0.0', false],
    ['1.2', '1.1.9', false],
    ['0.2', '0.2.9', true],
    ['0.2', '0.3.0', false],
    ['0.0.3', '0.0.4', false],
    ['^0.0', '0.0.9', true],
    ['~1.2.3', '1.2.9', true],
    ['~1.2.3', '1.3.0', false],
    ['~1', '1.9.0', true],
    ['=1.0.3', '1.0.3', true],
    ['=1.0.3', '1.0.4', false],
    ['=1.0', '1.0.7', true],
    ['>=1.2, <1.5', '1.4.9', true],
    ['>=1.2, <1.5', '1.5.0', false],
    ['>1.2', '1.2.5', false],
    ['>1.2.3', '1.2.4', true],
    ['<=1.2', '1.2.9', true],
    ['1.*', '1.7.0', true],
    ['1.2.*', '1.3.0', false],
    ['*', '9.9.9', true],
    ['1.0.0-alpha', '1.0.0-beta', true],
  ])('%s admits %s: %s', (req, version, expected) => {
    expect(cargoReqAdmits(req, version)).toBe(expected)
  })

  test('unreadable requirements or versions: undefined', () => {
    expect(cargoReqAdmits('banana', '1.0.0')).toBeUndefined()
    expect(cargoReqAdmits('1.0', 'x')).toBeUndefined()
  })
})
