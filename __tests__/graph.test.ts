import { addFailure, addResult, emptyGraph, projectRef } from '../src/graph/graph.js'
import type { ParseResult } from '../src/model.js'

const result = (
  file: string,
  pkgs: Array<[string, string, 'runtime' | 'dev']>,
  edges: Array<[string, string]>,
): ParseResult => ({
  format: 'test',
  projects: [{ id: '', ecosystem: 'npm', name: file, manifest: `${file}/package.json`, dir: file }],
  packages: pkgs.map(([id, version, scope]) => ({
    id,
    ecosystem: 'npm',
    name: id,
    version,
    purl: `pkg:npm/${id}@${version}`,
    scope,
    hashes: [],
    source: 'registry',
  })),
  edges: edges.map(([from, to]) => ({ from, to, scope: 'runtime' })),
  issues: [],
  complete: true,
})

describe('merging lockfiles into one graph', () => {
  const graph = emptyGraph()
  // project a: a → x → y (x is dev there); project b: b → y, b → x (x runtime)
  addResult(
    graph,
    'a/package-lock.json',
    result(
      'a',
      [
        ['x', '1.0.0', 'dev'],
        ['y', '2.0.0', 'dev'],
      ],
      [
        ['', 'x'],
        ['x', 'y'],
      ],
    ),
    'npm',
  )
  addResult(
    graph,
    'b/package-lock.json',
    result(
      'b',
      [
        ['y', '2.0.0', 'runtime'],
        ['x', '1.0.0', 'runtime'],
      ],
      [['', 'y']],
    ),
    'npm',
  )

  test('one package per purl, with every lockfile it came from', () => {
    expect([...graph.packages.keys()].sort()).toEqual(['pkg:npm/x@1.0.0', 'pkg:npm/y@2.0.0'])
    expect(graph.packages.get('pkg:npm/y@2.0.0')!.files).toEqual([
      'a/package-lock.json',
      'b/package-lock.json',
    ])
  })

  test('the strongest scope wins; direct when any project depends on it directly', () => {
    expect(graph.packages.get('pkg:npm/x@1.0.0')).toMatchObject({ scope: 'runtime', direct: true })
    expect(graph.packages.get('pkg:npm/y@2.0.0')).toMatchObject({ scope: 'runtime', direct: true })
  })

  test('which project uses what is kept, per lockfile', () => {
    expect(graph.packages.get('pkg:npm/x@1.0.0')!.projects).toEqual([projectRef('a/package.json')])
    expect(graph.packages.get('pkg:npm/y@2.0.0')!.projects.sort()).toEqual([
      projectRef('a/package.json'),
      projectRef('b/package.json'),
    ])
    expect(graph.edges.get(projectRef('a/package.json'))).toEqual(new Map([['pkg:npm/x@1.0.0', 'runtime']]))
    expect(graph.edges.get(projectRef('b/package.json'))).toEqual(new Map([['pkg:npm/y@2.0.0', 'runtime']]))
    expect(graph.edges.get('pkg:npm/x@1.0.0')).toEqual(new Map([['pkg:npm/y@2.0.0', 'runtime']]))
  })

  test('file summaries, and failures recorded with their issue', () => {
    addFailure(graph, 'c/package-lock.json', 'npm-package-lock', 'npm', {
      file: 'c/package-lock.json',
      severity: 'error',
      message: 'bad',
    })
    expect(graph.files.map((f) => [f.path, f.ok, f.packages])).toEqual([
      ['a/package-lock.json', true, 2],
      ['b/package-lock.json', true, 2],
      ['c/package-lock.json', false, 0],
    ])
    expect(graph.issues).toEqual([{ file: 'c/package-lock.json', severity: 'error', message: 'bad' }])
  })
})
