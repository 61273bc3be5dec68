// The diff of two real lockfiles: jest 27 → 29 in one app (see __tests__/testdata/diff/README.md).
import { join } from 'node:path'
import { diffGraphs } from '../../src/diff/diff.js'
import type { DiffEntry, GraphDiff } from '../../src/diff/model.js'
import { scan } from '../../src/scan.js'
import { TESTDATA } from '../helpers/parse.js'

const dir = join(TESTDATA, 'diff', 'npm-jest-27-to-29')
let diff: GraphDiff
let entries: DiffEntry[]

beforeAll(async () => {
  const [base, head] = await Promise.all([scan(join(dir, 'base')), scan(join(dir, 'head'))])
  diff = diffGraphs(base.graph, head.graph)
  entries = diff.manifests.flatMap((m) => m.entries)
})

const of = (kind: string, show: (e: DiffEntry) => string) =>
  new Set(entries.filter((e) => e.kind === kind).map(show))

describe('jest 27 → 29 (npm lockfile v3)', () => {
  test('one manifest, these counts', () => {
    expect(diff.manifests.map((m) => [m.manifest, m.status, m.files])).toEqual([
      ['package.json', 'changed', ['package-lock.json']],
    ])
    expect(diff.counts).toEqual({
      added: 7,
      removed: 66,
      upgraded: 43,
      downgraded: 1,
      changed: 0,
      moved: 0,
      manifestsAdded: 0,
      manifestsRemoved: 0,
      manifestsChanged: 1,
    })
  })

  test('upgraded: exactly these', () => {
    expect(of('upgraded', (e) => `${e.name} ${e.base!.version} -> ${e.head!.version}`)).toEqual(
      new Set(
        [
          '@jest/console 27.5.1>29.7.0',
          '@jest/core 27.5.1>29.7.0',
          '@jest/environment 27.5.1>29.7.0',
          '@jest/fake-timers 27.5.1>29.7.0',
          '@jest/globals 27.5.1>29.7.0',
          '@jest/reporters 27.5.1>29.7.0',
          '@jest/source-map 27.5.1>29.6.3',
          '@jest/test-result 27.5.1>29.7.0',
          '@jest/test-sequencer 27.5.1>29.7.0',
          '@jest/transform 27.5.1>29.7.0',
          '@sinonjs/commons 1.8.6>3.0.1',
          '@sinonjs/fake-timers 8.1.0>10.3.0',
          'babel-jest 27.5.1>29.7.0',
          'babel-plugin-jest-hoist 27.5.1>29.6.3',
          'babel-preset-jest 27.5.1>29.6.3',
          'cliui 7.0.4>8.0.1',
          'dedent 0.7.0>1.7.2',
          'emittery 0.8.1>0.13.1',
          'jest 27.5.1>29.7.0',
          'jest-changed-files 27.5.1>29.7.0',
          'jest-circus 27.5.1>29.7.0',
          'jest-cli 27.5.1>29.7.0',
          'jest-config 27.5.1>29.7.0',
          'jest-docblock 27.5.1>29.7.0',
          'jest-each 27.5.1>29.7.0',
          'jest-environment-node 27.5.1>29.7.0',
          'jest-haste-map 27.5.1>29.7.0',
          'jest-leak-detector 27.5.1>29.7.0',
          'jest-mock 27.5.1>29.7.0',
          'jest-regex-util 27.5.1>29.6.3',
          'jest-resolve 27.5.1>29.7.0',
          'jest-resolve-dependencies 27.5.1>29.7.0',
          'jest-runner 27.5.1>29.7.0',
          'jest-runtime 27.5.1>29.7.0',
          'jest-snapshot 27.5.1>29.7.0',
          'jest-validate 27.5.1>29.7.0',
          'jest-watcher 27.5.1>29.7.0',
          'jest-worker 27.5.1>29.7.0',
          'resolve.exports 1.1.1>2.0.4',
          'v8-to-istanbul 8.1.1>9.3.0',
          'write-file-atomic 3.0.3>4.0.2',
          'yargs 16.2.2>17.7.3',
          'yargs-parser 20.2.9>21.1.1',
        ].map((s) => s.replace('>', ' -> ')),
      ),
    )
  })

  test('downgraded: jest 29 pins source-map-support 0.5.13', () => {
    expect(of('downgraded', (e) => `${e.name} ${e.base!.version} -> ${e.head!.version}`)).toEqual(
      new Set(['source-map-support 0.5.21 -> 0.5.13']),
    )
  })

  test('removed: exactly these (nested copies of 27.x included, the 29.x copies kept)', () => {
    expect(of('removed', (e) => `${e.name}@${e.base!.version}`)).toEqual(
      new Set(
        (
          '@jest/types@27.5.1 @tootallnate/once@1.1.2 @types/prettier@2.7.3 @types/yargs@16.0.11 abab@2.0.6 ' +
          'acorn@7.4.1 acorn@8.19.0 acorn-globals@6.0.0 acorn-walk@7.2.0 browser-process-hrtime@1.0.0 ' +
          'convert-source-map@1.9.0 cssom@0.3.8 cssom@0.4.4 cssstyle@2.3.0 data-urls@2.0.0 decimal.js@10.6.0 ' +
          'diff-sequences@27.5.1 domexception@2.0.1 escodegen@2.1.0 estraverse@5.3.0 esutils@2.0.3 expect@27.5.1 ' +
          'form-data@3.0.5 html-encoding-sniffer@2.0.1 http-proxy-agent@4.0.1 is-potential-custom-element-name@1.0.1 ' +
          'is-typedarray@1.0.0 jest-diff@27.5.1 jest-environment-jsdom@27.5.1 jest-get-type@27.5.1 ' +
          'jest-jasmine2@27.5.1 jest-matcher-utils@27.5.1 jest-message-util@27.5.1 jest-serializer@27.5.1 ' +
          'jest-util@27.5.1 jsdom@16.7.0 nwsapi@2.2.28 parse5@6.0.1 pretty-format@27.5.1 psl@1.15.0 ' +
          'punycode@2.3.1 querystringify@2.2.0 react-is@17.0.2 requires-port@1.0.0 rimraf@3.0.2 saxes@5.0.1 ' +
          'source-map@0.7.6 supports-hyperlinks@2.3.0 symbol-tree@3.2.4 terminal-link@2.1.1 throat@6.0.2 ' +
          'tough-cookie@4.1.4 tr46@2.1.0 typedarray-to-buffer@3.1.5 universalify@0.2.0 url-parse@1.5.10 ' +
          'w3c-hr-time@1.0.2 w3c-xmlserializer@2.0.0 webidl-conversions@5.0.0 webidl-conversions@6.1.0 ' +
          'whatwg-encoding@1.0.5 whatwg-mimetype@2.3.0 whatwg-url@8.7.0 ws@7.5.14 xml-name-validator@3.0.0 xmlchars@2.2.0'
        ).split(' '),
      ),
    )
  })

  test('added: exactly these, each transitive with the path that brought it', () => {
    expect(
      of(
        'added',
        (e) => `${e.name}@${e.head!.version} ${e.direct ? 'direct' : e.path!.map((s) => s.name).join(' → ')}`,
      ),
    ).toEqual(
      new Set([
        '@babel/plugin-syntax-jsx@7.29.7 jest → @jest/core → jest-snapshot → @babel/plugin-syntax-jsx',
        '@jest/expect@29.7.0 jest → @jest/core → jest-config → jest-circus → @jest/expect',
        'create-jest@29.7.0 jest → jest-cli → create-jest',
        'istanbul-lib-instrument@6.0.3 jest → @jest/core → @jest/reporters → istanbul-lib-instrument',
        'p-limit@3.1.0 jest → @jest/core → jest-changed-files → p-limit',
        'pure-rand@6.1.0 jest → @jest/core → jest-config → jest-circus → pure-rand',
        'yocto-queue@0.1.0 jest → @jest/core → jest-changed-files → p-limit → yocto-queue',
      ]),
    )
  })

  test('jest is the only direct change, a dev dependency; the rest are transitive dev packages', () => {
    expect(entries.filter((e) => e.direct).map((e) => [e.name, e.kind, e.head!.scope])).toEqual([
      ['jest', 'upgraded', 'dev'],
    ])
    expect(new Set(entries.map((e) => (e.head ?? e.base)!.scope))).toEqual(new Set(['dev']))
    const jest = entries.find((e) => e.name === 'jest')!
    expect(jest.head!.purl).toBe('pkg:npm/jest@29.7.0')
    expect(jest.head!.hashes[0].alg).toBe('SHA-512')
  })

  test('the reverse diff mirrors it', async () => {
    const [base, head] = await Promise.all([scan(join(dir, 'base')), scan(join(dir, 'head'))])
    const back = diffGraphs(head.graph, base.graph)
    expect(back.counts).toMatchObject({ added: 66, removed: 7, upgraded: 1, downgraded: 43 })
  })
})
