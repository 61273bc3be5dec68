import { diffGraphs } from '../../src/diff/diff.js'
import { diffJson } from '../../src/render/diff-json.js'
import { renderText } from '../../src/render/diff-text.js'
import { flat, graphOf } from '../diff/graphs.js'
import { hostileDiff, typicalDiff } from './fixtures.js'

describe('diffJson: the diff-file shape', () => {
  const { diff, violations } = typicalDiff()
  const json = JSON.parse(JSON.stringify(diffJson(diff, violations)))

  test('version, counts, manifests in order', () => {
    expect(json.version).toBe(1)
    expect(json.hasChanges).toBe(true)
    expect(json.counts).toEqual({
      added: 5,
      removed: 1,
      upgraded: 3,
      downgraded: 1,
      changed: 1,
      moved: 1,
      manifestsAdded: 1,
      manifestsRemoved: 0,
      manifestsChanged: 3,
    })
    expect(
      json.manifests.map((m: { manifest: string; status: string; lockfiles: string[] }) => [
        m.manifest,
        m.status,
        m.lockfiles,
      ]),
    ).toEqual([
      ['api/package.json', 'changed', ['api/package-lock.json']],
      ['svc/requirements.txt', 'changed', ['svc/lockfile']],
      ['tools/requirements.txt', 'added', ['tools/lockfile']],
      ['web/package.json', 'changed', ['web/package-lock.json']],
    ])
  })

  test('an added transitive package with its path; absent fields left out', () => {
    const web = json.manifests.find((m: { manifest: string }) => m.manifest === 'web/package.json')
    expect(web.changes.find((c: { name: string }) => c.name === 'qs')).toEqual({
      kind: 'added',
      ecosystem: 'npm',
      name: 'qs',
      direct: false,
      changes: [],
      head: {
        purl: 'pkg:npm/qs@6.11.0',
        version: '6.11.0',
        scope: 'runtime',
        direct: false,
        license: 'BSD-3-Clause',
        source: 'registry',
        hashes: [],
      },
      path: [
        { name: 'express', version: '4.18.2', purl: 'pkg:npm/express@4.18.2' },
        { name: 'body-parser', version: '1.20.1', purl: 'pkg:npm/body-parser@1.20.1' },
        { name: 'qs', version: '6.11.0', purl: 'pkg:npm/qs@6.11.0' },
      ],
    })
    expect(web.changes.find((c: { name: string }) => c.name === 'debug')).toMatchObject({
      kind: 'changed',
      changes: ['scope'],
      base: { scope: 'dev', version: '2.6.9' },
      head: { scope: 'runtime', version: '2.6.9' },
    })
  })

  test('moves and violations', () => {
    expect(json.moved).toEqual([
      {
        ecosystem: 'npm',
        name: 'uuid',
        from: 'web/package.json',
        to: 'api/package.json',
        version: 'upgraded',
        changes: ['version'],
        base: {
          purl: 'pkg:npm/uuid@8.3.2',
          version: '8.3.2',
          scope: 'runtime',
          direct: true,
          license: 'MIT',
          source: 'registry',
          hashes: [],
        },
        head: {
          purl: 'pkg:npm/uuid@9.0.0',
          version: '9.0.0',
          scope: 'runtime',
          direct: true,
          license: 'MIT',
          source: 'registry',
          hashes: [],
        },
      },
    ])
    expect(
      json.violations.map((v: { rule: string; severity: string; name: string; lockfile: string }) => [
        v.rule,
        v.severity,
        v.name,
        v.lockfile,
      ]),
    ).toEqual([
      ['license', 'error', 'gpl-thing', 'web/package-lock.json'],
      ['denied-package', 'error', 'left-pad', 'web/package-lock.json'],
      ['downgrade', 'error', 'semver', 'web/package-lock.json'],
      ['license', 'warning', 'black', 'tools/lockfile'],
    ])
  })

  test('hashes as ALG:hex; no policy, no violations', () => {
    const h = { alg: 'SHA-512' as const, value: 'ab'.repeat(64) }
    const d = diffGraphs(
      graphOf(flat('package.json', [])),
      graphOf(flat('package.json', [{ name: 'a', version: '1.0.0', hashes: [h] }])),
    )
    const j = diffJson(d)
    expect(j.violations).toEqual([])
    expect(j.manifests[0].changes[0].head!.hashes).toEqual([`SHA-512:${'ab'.repeat(64)}`])
  })
})

describe('renderText', () => {
  test('the typical diff, violations first', () => {
    const { diff, violations } = typicalDiff()
    expect(renderText(diff, violations)).toBe(
      [
        'Policy:',
        '  error: web/package.json: [license] gpl-thing 1.0.0: license GPL-3.0-only is denied',
        '  error: web/package.json: [denied-package] left-pad 1.2.0 is denied by pkg:npm/left-pad <1.3.0: unpublished in 2016',
        '  error: web/package.json: [downgrade] semver is downgraded from 7.5.4 to 7.5.2',
        '  warning: tools/requirements.txt: [license] black 24.3.0: unknown license: no license recorded',
        '',
        '5 added, 1 removed, 3 upgraded, 1 downgraded, 1 changed, 1 moved in 4 manifests',
        '',
        'api/package.json [npm]: 0 added, 0 removed, 0 upgraded, 0 downgraded, 0 changed, 1 moved',
        '',
        'svc/requirements.txt [pypi]: 0 added, 0 removed, 1 upgraded, 0 downgraded, 0 changed, 0 moved',
        '  ↑ requests 2.30.0 → 2.31.0 (direct, runtime)',
        '',
        'tools/requirements.txt (new) [pypi]: 1 added, 0 removed, 0 upgraded, 0 downgraded, 0 changed, 0 moved',
        '  + black 24.3.0 (direct, runtime)',
        '',
        'web/package.json [npm]: 4 added, 1 removed, 2 upgraded, 1 downgraded, 1 changed, 1 moved',
        '  ↑ body-parser 1.19.0 → 1.20.1 (transitive, runtime)',
        '  ~ debug 2.6.9 (direct, dev → runtime)',
        '  ↑ express 4.17.1 → 4.18.2 (direct, runtime)',
        '  + gpl-thing 1.0.0 (direct, runtime)',
        '  + left-pad 1.2.0 (direct, runtime)',
        '  - lodash 4.17.20 (direct, runtime)',
        '  + qs 6.11.0 (transitive, runtime, via express → body-parser → qs)',
        '  ↓ semver 7.5.4 → 7.5.2 (direct, runtime)',
        '  + side-channel 1.0.4 (transitive, runtime, via express → body-parser → qs → side-channel)',
        '',
        'Moved between manifests:',
        '  > uuid 8.3.2 → 9.0.0: web/package.json → api/package.json',
        '',
      ].join('\n'),
    )
  })

  test('no changes', () => {
    const { diff } = typicalDiff()
    expect(renderText({ ...diff, manifests: [], moved: [], hasChanges: false })).toBe(
      'No dependency changes.\n',
    )
  })

  test('control characters from the data do not reach the terminal', () => {
    const { diff } = hostileDiff()
    const evil = { ...diff.manifests[0].entries[0], name: 'a\u001b[2Jb\u009bc\rd' }
    const out = renderText({ ...diff, manifests: [{ ...diff.manifests[0], entries: [evil] }] })
    expect(out).toContain('a?[2Jb?c?d')
    // eslint-disable-next-line no-control-regex
    expect(out.replace(/\n/g, '')).not.toMatch(/[\u0000-\u001f\u007f-\u009f]/)
  })
})
