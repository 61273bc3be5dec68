// Self-tests of the end-to-end helpers: the fake GitHub (results service + REST) with azurite,
// exercised by the real @actions/artifact client and by plain fetch; and run-action's runner emulation.

import { DefaultArtifactClient } from '@actions/artifact'
import AdmZip from 'adm-zip'
import { createHash } from 'node:crypto'
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { startAzurite, type Azurite } from './helpers/azurite.js'
import {
  COMMENT_BODY_MAX,
  GITHUB_ACTIONS_BOT,
  backendIdFor,
  makeRuntimeToken,
  readRuntimeToken,
  startGitHubApi,
  type GitHubApi,
} from './helpers/github-api.js'
import {
  inputEnvName,
  makeTempDir,
  parseCommands,
  parseOutputFile,
  readActionInputs,
  runAction,
} from './helpers/run-action.js'

let azurite: Azurite
let api: GitHubApi
let temp: ReturnType<typeof makeTempDir>

beforeAll(async () => {
  temp = makeTempDir()
  azurite = await startAzurite()
  api = await startGitHubApi({ azurite })
})

afterAll(async () => {
  await api?.stop()
  await azurite?.stop()
  temp?.remove()
})

describe('runtime token', () => {
  test('carries the backend ids in the scp claim, unsigned', () => {
    const token = makeRuntimeToken('run-uuid', 'job-uuid')
    const [header, payload, signature] = token.split('.')
    expect(JSON.parse(Buffer.from(header, 'base64url').toString())).toEqual({ typ: 'JWT', alg: 'none' })
    expect(JSON.parse(Buffer.from(payload, 'base64url').toString()).scp).toBe(
      'Actions.ExampleScope Actions.Results:run-uuid:job-uuid',
    )
    expect(signature).toBe('')
    expect(readRuntimeToken(token)).toEqual({ runBackendId: 'run-uuid', jobBackendId: 'job-uuid' })
    expect(readRuntimeToken('not-a-jwt')).toBeUndefined()
    expect(backendIdFor('run-1')).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/)
  })
})

describe('artifacts with the real @actions/artifact client', () => {
  const saved: Record<string, string | undefined> = {}
  const keys = ['ACTIONS_RUNTIME_TOKEN', 'ACTIONS_RESULTS_URL', 'GITHUB_SERVER_URL', 'GITHUB_WORKSPACE']
  const realWrite = process.stdout.write
  let logged = ''

  function asJob(runBackendId: string, jobBackendId: string): void {
    process.env.ACTIONS_RUNTIME_TOKEN = makeRuntimeToken(runBackendId, jobBackendId)
  }

  beforeAll(() => {
    for (const key of keys) saved[key] = process.env[key]
    process.env.ACTIONS_RESULTS_URL = `${api.url}/`
    process.env.GITHUB_SERVER_URL = 'https://github.com'
    process.env.GITHUB_WORKSPACE = temp.dir
    // @actions/core writes its log (and ::add-mask:: commands) to stdout: keep it out of jest's output.
    process.stdout.write = ((chunk: string | Uint8Array): boolean => {
      logged += chunk.toString()
      return true
    }) as typeof process.stdout.write
  })

  afterAll(() => {
    process.stdout.write = realWrite
    for (const key of keys) {
      if (saved[key] === undefined) delete process.env[key]
      else process.env[key] = saved[key]
    }
  })

  function writeFiles(): { root: string; files: string[] } {
    const root = join(temp.dir, 'upload')
    mkdirSync(join(root, 'sub'), { recursive: true })
    writeFileSync(join(root, 'a.txt'), 'hello artifact\n')
    writeFileSync(join(root, 'sub', 'b.json'), JSON.stringify({ bomFormat: 'CycloneDX', n: 2 }))
    return { root, files: [join(root, 'a.txt'), join(root, 'sub', 'b.json')] }
  }

  test('uploads a zip to azurite and records the artifact', async () => {
    const run = backendIdFor('harness-upload')
    asJob(run, 'job-1')
    const { root, files } = writeFiles()
    const client = new DefaultArtifactClient()
    const result = await client.uploadArtifact('sbom', files, root)

    const [artifact] = api.artifacts(run)
    expect(api.artifacts(run)).toHaveLength(1)
    expect(artifact).toMatchObject({
      name: 'sbom',
      runBackendId: run,
      jobBackendId: 'job-1',
      finalized: true,
    })
    expect(result.id).toBe(artifact.id)
    expect(artifact.mimeType).toBe('application/zip')
    expect(artifact.version).toBe(7)

    const zip = await api.artifactZip(artifact)
    expect(artifact.size).toBe(zip.length)
    expect(artifact.blobSize).toBe(zip.length)
    expect(result.size).toBe(zip.length)
    const sha256 = createHash('sha256').update(zip).digest('hex')
    expect(result.digest).toBe(sha256)
    expect(artifact.digest).toBe(`sha256:${sha256}`)

    const entries = new AdmZip(zip).getEntries().filter((e) => !e.isDirectory)
    expect(entries.map((e) => e.entryName).sort()).toEqual(['a.txt', 'sub/b.json'])
    expect(
      entries
        .find((e) => e.entryName === 'a.txt')!
        .getData()
        .toString(),
    ).toBe('hello artifact\n')
    expect(
      JSON.parse(
        entries
          .find((e) => e.entryName === 'sub/b.json')!
          .getData()
          .toString(),
      ),
    ).toEqual({
      bomFormat: 'CycloneDX',
      n: 2,
    })

    // The twirp calls the client made, in order.
    const calls = api.state.requests.filter((r) => r.twirp && r.runBackendId === run).map((r) => r.twirp)
    expect(calls).toEqual(['CreateArtifact', 'FinalizeArtifact'])
    // It masks the SAS signature of the upload URL.
    expect(logged).toMatch(/::add-mask::/)
  })

  test('a second artifact with the same name in the same run fails like GitHub (409 already_exists)', async () => {
    const run = backendIdFor('harness-conflict')
    const { root, files } = writeFiles()
    const client = new DefaultArtifactClient()
    asJob(run, 'job-1')
    const first = await client.uploadArtifact('sbom', files, root)

    // Another job of the same run (a matrix entry) with the same name.
    asJob(run, 'job-2')
    const error: unknown = await client.uploadArtifact('sbom', files, root).then(
      () => undefined,
      (e: unknown) => e,
    )
    expect(error).toBeInstanceOf(Error)
    expect((error as Error).name).toBe('Error')
    expect((error as Error).message).toBe(
      'Failed to CreateArtifact: Received non-retryable error: Failed request: (409) Conflict: ' +
        'an artifact with this name already exists on the workflow run',
    )
    const conflict = api.state.requests.filter((r) => r.runBackendId === run && r.status === 409)
    expect(conflict).toHaveLength(1) // not retried

    // The same job again: the same answer.
    asJob(run, 'job-1')
    await expect(client.uploadArtifact('sbom', files, root)).rejects.toThrow(/\(409\) Conflict/)

    // Another name in the same run, and the same name in another run, are fine.
    asJob(run, 'job-2')
    const second = await client.uploadArtifact('sbom-job-2', files, root)
    asJob(backendIdFor('harness-conflict-other-run'), 'job-1')
    const other = await client.uploadArtifact('sbom', files, root)
    expect(new Set([first.id, second.id, other.id]).size).toBe(3)
    expect(
      api
        .artifacts(run)
        .map((a) => a.name)
        .sort(),
    ).toEqual(['sbom', 'sbom-job-2'])
  })

  test('list, get and download go through ListArtifacts and GetSignedArtifactURL', async () => {
    const run = backendIdFor('harness-list')
    const { root, files } = writeFiles()
    const client = new DefaultArtifactClient()
    asJob(run, 'job-1')
    const a = await client.uploadArtifact('one', files, root)
    asJob(run, 'job-2')
    const b = await client.uploadArtifact('two', [files[0]], root)

    const { artifacts } = await client.listArtifacts()
    expect(artifacts.map((x) => [x.name, x.id]).sort()).toEqual([
      ['one', a.id],
      ['two', b.id],
    ])
    expect(artifacts.find((x) => x.name === 'two')!.size).toBe(b.size)
    const { artifact } = await client.getArtifact('one')
    expect(artifact.id).toBe(a.id)
    await expect(client.getArtifact('missing')).rejects.toThrow(/not found/i)

    const path = join(temp.dir, 'download')
    const downloaded = await client.downloadArtifact(a.id!, { path })
    expect(downloaded.downloadPath).toBe(path)
    expect(readFileSync(join(path, 'a.txt'), 'utf8')).toBe('hello artifact\n')
    expect(JSON.parse(readFileSync(join(path, 'sub', 'b.json'), 'utf8'))).toEqual({
      bomFormat: 'CycloneDX',
      n: 2,
    })
  })

  test('the results service checks the runtime token', async () => {
    const call = (method: string, headers: Record<string, string>, body: unknown): Promise<Response> =>
      fetch(`${api.url}/twirp/github.actions.results.api.v1.ArtifactService/${method}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: JSON.stringify(body),
      })
    const ids = { workflow_run_backend_id: 'r', workflow_job_run_backend_id: 'j' }

    let response = await call('ListArtifacts', {}, ids)
    expect(response.status).toBe(401)
    expect(await response.json()).toEqual({
      code: 'unauthenticated',
      msg: 'missing or invalid runtime token',
    })

    response = await call('ListArtifacts', { authorization: `Bearer ${makeRuntimeToken('other', 'j')}` }, ids)
    expect(response.status).toBe(403)
    expect(((await response.json()) as { code: string }).code).toBe('permission_denied')

    response = await call('ListArtifacts', { authorization: `Bearer ${makeRuntimeToken('r', 'j')}` }, ids)
    expect(response.status).toBe(200)
    expect(await response.json()).toEqual({ artifacts: [] })

    response = await call('NoSuchMethod', { authorization: `Bearer ${makeRuntimeToken('r', 'j')}` }, ids)
    expect(response.status).toBe(404)
    expect(((await response.json()) as { code: string }).code).toBe('bad_route')
  })
})

describe('REST API', () => {
  const get = (path: string, token?: string): Promise<Response> =>
    fetch(path.startsWith('http') ? path : `${api.url}${path}`, {
      headers: token ? { authorization: `token ${token}` } : {},
    })
  const send = (method: string, path: string, token: string | undefined, body: unknown): Promise<Response> =>
    fetch(`${api.url}${path}`, {
      method,
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify(body),
    })

  test('GET /repos/{owner}/{repo}, URL-decoded and case-insensitive', async () => {
    const response = await get('/repos/ac%6De/Storefront', api.token)
    expect(response.status).toBe(200)
    const repo = (await response.json()) as {
      full_name: string
      owner: { login: string }
      default_branch: string
    }
    expect(repo.full_name).toBe('acme/storefront')
    expect(repo.owner.login).toBe('acme')
    expect(repo.default_branch).toBe('main')
  })

  test('404 is JSON', async () => {
    for (const path of ['/repos/acme/nope', '/nowhere', '/repos/acme/storefront/issues/comments/999999']) {
      const response = await get(path, api.token)
      expect(response.status).toBe(404)
      expect(response.headers.get('content-type')).toMatch(/^application\/json/)
      expect(((await response.json()) as { message: string }).message).toBe('Not Found')
    }
  })

  test('a bad token is 401 Bad credentials', async () => {
    const response = await get('/repos/acme/storefront', 'ghs_wrong')
    expect(response.status).toBe(401)
    expect(await response.json()).toMatchObject({ message: 'Bad credentials', status: '401' })
    const anonymousWrite = await send('POST', '/repos/acme/storefront/issues/1/comments', undefined, {
      body: 'x',
    })
    expect(anonymousWrite.status).toBe(401)
  })

  test('issue comments: create, paginate with Link headers, edit', async () => {
    const issue = 11
    for (let i = 1; i <= 4; i++) api.seedComment({ issue, body: `review ${i}`, user: `reviewer${i}` })
    api.seedComment({ issue: 12, body: 'elsewhere', user: 'reviewer1' })

    const created = await send('POST', `/repos/acme/storefront/issues/${issue}/comments`, api.token, {
      body: '<!-- lockgraph -->\nSBOM diff',
    })
    expect(created.status).toBe(201)
    const comment = (await created.json()) as {
      id: number
      body: string
      user: { login: string; type: string }
      html_url: string
      performed_via_github_app: { slug: string } | null
    }
    expect(comment.user).toMatchObject({ login: GITHUB_ACTIONS_BOT.login, type: 'Bot' })
    expect(comment.performed_via_github_app?.slug).toBe('github-actions')
    expect(comment.html_url).toBe(
      `https://github.com/acme/storefront/issues/${issue}#issuecomment-${comment.id}`,
    )

    // Walk the pages the way a client does: follow rel="next" until there is none.
    const bodies: string[] = []
    const logins: string[] = []
    let next: string | undefined = `/repos/acme/storefront/issues/${issue}/comments?per_page=2`
    const links: string[] = []
    while (next) {
      const response = await get(next, api.token)
      expect(response.status).toBe(200)
      const page = (await response.json()) as { body: string; user: { login: string } }[]
      expect(page.length).toBeLessThanOrEqual(2)
      bodies.push(...page.map((c) => c.body))
      logins.push(...page.map((c) => c.user.login))
      const link = response.headers.get('link') ?? ''
      links.push(link)
      next = /<([^>]+)>; rel="next"/.exec(link)?.[1]
    }
    expect(bodies).toEqual(['review 1', 'review 2', 'review 3', 'review 4', '<!-- lockgraph -->\nSBOM diff'])
    expect(logins).toEqual(['reviewer1', 'reviewer2', 'reviewer3', 'reviewer4', 'github-actions[bot]'])
    expect(links).toHaveLength(3)
    expect(links[0]).toMatch(
      /<http:\/\/127\.0\.0\.1:\d+\/repositories\/\d+\/issues\/11\/comments\?per_page=2&page=2>; rel="next"/,
    )
    expect(links[0]).toMatch(/page=3>; rel="last"/)
    expect(links[2]).not.toMatch(/rel="next"/)
    expect(links[2]).toMatch(/page=2>; rel="prev"/)
    expect(links[2]).toMatch(/page=1>; rel="first"/)

    // Default page size 30: everything at once, no Link header.
    const all = await get(`/repos/acme/storefront/issues/${issue}/comments`, api.token)
    expect(((await all.json()) as unknown[]).length).toBe(5)
    expect(all.headers.get('link')).toBeNull()

    const edited = await send('PATCH', `/repos/acme/storefront/issues/comments/${comment.id}`, api.token, {
      body: '<!-- lockgraph -->\nSBOM diff v2',
    })
    expect(edited.status).toBe(200)
    expect(((await edited.json()) as { body: string }).body).toBe('<!-- lockgraph -->\nSBOM diff v2')
    expect(api.listComments(issue).map((c) => c.body)).toContain('<!-- lockgraph -->\nSBOM diff v2')
    expect(api.listComments(issue)).toHaveLength(5)
  })

  test('a body over 65,536 characters is 422', async () => {
    const path = '/repos/acme/storefront/issues/13/comments'
    const tooLong = await send('POST', path, api.token, { body: 'x'.repeat(COMMENT_BODY_MAX + 1) })
    expect(tooLong.status).toBe(422)
    const error = (await tooLong.json()) as { message: string; errors: { field: string; message: string }[] }
    expect(error.message).toBe('Validation Failed')
    expect(error.errors[0]).toMatchObject({
      field: 'body',
      message: 'body is too long (maximum is 65536 characters)',
    })
    // Characters, not UTF-16 units: 65,536 emoji fit.
    const atLimit = await send('POST', path, api.token, { body: '😀'.repeat(COMMENT_BODY_MAX) })
    expect(atLimit.status).toBe(201)
    const { id } = (await atLimit.json()) as { id: number }
    const editTooLong = await send('PATCH', `/repos/acme/storefront/issues/comments/${id}`, api.token, {
      body: 'y'.repeat(COMMENT_BODY_MAX + 1),
    })
    expect(editTooLong.status).toBe(422)
    expect(api.listComments(13)).toHaveLength(1)
  })

  test('a read-only token reads but gets 403 on writes', async () => {
    const token = 'ghs_readOnlyForkToken'
    api.addToken(token, { readOnly: true })
    api.seedComment({ issue: 14, body: 'from a human', user: 'contributor' })
    const read = await get('/repos/acme/storefront/issues/14/comments', token)
    expect(read.status).toBe(200)
    const [existing] = (await read.json()) as { id: number }[]
    const post = await send('POST', '/repos/acme/storefront/issues/14/comments', token, { body: 'x' })
    expect(post.status).toBe(403)
    expect(await post.json()).toMatchObject({
      message: 'Resource not accessible by integration',
      status: '403',
    })
    const patch = await send('PATCH', `/repos/acme/storefront/issues/comments/${existing.id}`, token, {
      body: 'x',
    })
    expect(patch.status).toBe(403)
    expect(api.listComments(14).map((c) => c.body)).toEqual(['from a human'])
  })

  test('GET /user: 403 for an installation token (GITHUB_TOKEN), the user for a personal token', async () => {
    const asInstallation = await get('/user', api.token)
    expect(asInstallation.status).toBe(403)
    expect(((await asInstallation.json()) as { message: string }).message).toBe(
      'Resource not accessible by integration',
    )
    const pat = 'ghp_personalToken'
    api.addToken(pat, { login: 'maintainer' })
    const asUser = await get('/user', pat)
    expect(asUser.status).toBe(200)
    expect(await asUser.json()).toMatchObject({ login: 'maintainer', type: 'User' })
    const created = await send('POST', '/repos/acme/storefront/issues/15/comments', pat, { body: 'by hand' })
    expect(((await created.json()) as { user: { login: string; type: string } }).user).toMatchObject({
      login: 'maintainer',
      type: 'User',
    })
    expect((await get('/user')).status).toBe(401)
  })

  test('failNext injects an answer', async () => {
    api.failNext({
      method: 'GET',
      path: '/repos/acme/storefront',
      status: 502,
      body: { message: 'Bad Gateway' },
    })
    expect((await get('/repos/acme/storefront', api.token)).status).toBe(502)
    expect((await get('/repos/acme/storefront', api.token)).status).toBe(200)
  })
})

describe('run-action', () => {
  test('reads the inputs and defaults of action.yml', () => {
    const inputs = readActionInputs()
    const byName = new Map(inputs.map((input) => [input.name, input]))
    expect(byName.get('path')?.default).toBe('.')
    expect(byName.get('artifact-name')?.default).toBe('sbom')
    expect(byName.get('upload-artifact')?.default).toBe('true')
    expect(byName.get('github-token')?.default).toBe('${{ github.token }}')
    // Every input of this action has a default (core.getBooleanInput throws on '').
    for (const input of inputs) expect(input.default).toBeDefined()
    expect(inputEnvName('output-dir')).toBe('INPUT_OUTPUT-DIR')
    expect(inputEnvName('my input')).toBe('INPUT_MY_INPUT')

    const yml = [
      'name: x',
      'inputs:',
      '  a b:',
      '    description: >-',
      '      folded',
      '      default: not-this',
      '    default: "q\\"uoted"',
      '  c: { }',
      '  d:',
      "    default: 'it''s' # comment",
      'outputs:',
      '  e:',
      '    default: nope',
    ].join('\n')
    expect(readActionInputs(yml)).toEqual([
      { name: 'a b', default: 'q"uoted' },
      { name: 'c' },
      { name: 'd', default: "it's" },
    ])
  })

  test('parses GITHUB_OUTPUT and workflow commands', () => {
    expect(parseOutputFile('a<<ghadelimiter_1\nline 1\nline 2\nghadelimiter_1\nb=2\nc<<E\n\nE\n')).toEqual({
      a: 'line 1\nline 2',
      b: '2',
      c: '',
    })
    expect(
      parseCommands(
        'text\n::warning file=a%2Cb.json,line=3,col=2,title=T%3A x::bad%0Anext %25\n::error::boom\n::add-mask::s',
      ),
    ).toEqual([
      {
        command: 'warning',
        properties: { file: 'a,b.json', line: '3', col: '2', title: 'T: x' },
        message: 'bad\nnext %',
      },
      { command: 'error', properties: {}, message: 'boom' },
      { command: 'add-mask', properties: {}, message: 's' },
    ])
  })

  test('runs a script like the runner: clean environment, inputs, outputs, summary, annotations', async () => {
    const script = join(temp.dir, 'fake-action.mjs')
    writeFileSync(
      script,
      `import { appendFileSync, readFileSync } from 'node:fs'
const env = process.env
const event = JSON.parse(readFileSync(env.GITHUB_EVENT_PATH, 'utf8'))
appendFileSync(env.GITHUB_OUTPUT, 'env<<ghadelimiter_x\\n' + JSON.stringify(env) + '\\nghadelimiter_x\\n')
appendFileSync(env.GITHUB_OUTPUT, 'cwd<<ghadelimiter_y\\n' + process.cwd() + '\\nghadelimiter_y\\n')
appendFileSync(env.GITHUB_OUTPUT, 'pr=' + event.pull_request.number + '\\n')
appendFileSync(env.GITHUB_STEP_SUMMARY, '## Summary\\n')
console.log('::warning file=dir/package-lock.json,line=12::truncated%0Asecond line')
console.error('::error::failed')
process.exit(3)
`,
    )
    const workspace = join(temp.dir, 'ws')
    mkdirSync(workspace, { recursive: true })
    process.env.LOCKGRAPH_LEAK_CANARY = 'leaked'
    try {
      const result = await runAction({
        entry: script,
        workspace,
        apiUrl: api.url,
        token: 'ghs_x',
        inputs: { strict: true, 'artifact-name': 'custom' },
        event: { pull_request: { number: 5, head: { ref: 'feature' }, base: { ref: 'main' } } },
        eventName: 'pull_request',
        runId: '77',
        tempDir: temp.dir,
      })
      expect(result.code).toBe(3)
      const env = JSON.parse(result.outputs.env) as Record<string, string>
      expect(env.LOCKGRAPH_LEAK_CANARY).toBeUndefined()
      expect(env.NODE_OPTIONS).toBeUndefined()
      expect(env['INPUT_STRICT']).toBe('true')
      expect(env['INPUT_ARTIFACT-NAME']).toBe('custom')
      expect(env['INPUT_GITHUB-TOKEN']).toBe('ghs_x')
      expect(env['INPUT_PATH']).toBe('.')
      expect(env['INPUT_OUTPUT-DIR']).toBe('')
      expect(env.GITHUB_SERVER_URL).toBe('https://github.com')
      expect(env.GITHUB_API_URL).toBe(api.url)
      expect(env.GITHUB_EVENT_NAME).toBe('pull_request')
      expect(env.GITHUB_REF).toBe('refs/pull/5/merge')
      expect(env.GITHUB_HEAD_REF).toBe('feature')
      expect(env.GITHUB_RUN_ID).toBe('77')
      expect(env.NO_PROXY).toBe('127.0.0.1,localhost')
      expect(env.RUNNER_TEMP).toBe(result.runnerTemp)
      expect(readRuntimeToken(env.ACTIONS_RUNTIME_TOKEN)).toEqual({
        runBackendId: backendIdFor('run-77'),
        jobBackendId: result.jobBackendId,
      })
      expect(result.outputs.cwd).toBe(workspace)
      expect(result.outputs.pr).toBe('5')
      expect(result.summary).toBe('## Summary\n')
      expect(result.annotations).toEqual([
        { level: 'warning', file: 'dir/package-lock.json', line: 12, message: 'truncated\nsecond line' },
        { level: 'error', message: 'failed' },
      ])
    } finally {
      delete process.env.LOCKGRAPH_LEAK_CANARY
    }
    await expect(runAction({ entry: script, workspace, inputs: { nope: 'x' } })).rejects.toThrow(
      /no input "nope"/,
    )
  })
})
