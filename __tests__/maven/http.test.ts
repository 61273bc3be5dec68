import { mkdtempSync, readdirSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { DiskCache, defaultCacheDir } from '../../src/maven/cache.js'
import { HttpClient } from '../../src/maven/http.js'

/** A fetch that answers from a function, after a tick, and records how many requests were in flight. */
function fakeFetch(answer: (url: string, n: number) => Response | Error) {
  const state = { inFlight: 0, maxInFlight: 0, calls: 0 }
  const fn = async (input: string | URL | Request) => {
    state.calls++
    state.inFlight++
    state.maxInFlight = Math.max(state.maxInFlight, state.inFlight)
    await new Promise((resolve) => setTimeout(resolve, 5))
    state.inFlight--
    const out = answer(String(input), state.calls)
    if (out instanceof Error) throw out
    return out
  }
  return { fetch: fn as typeof fetch, state }
}

test('at most `concurrency` requests in flight', async () => {
  const { fetch, state } = fakeFetch(() => new Response('ok'))
  const client = new HttpClient({ fetch, concurrency: 3 })
  const got = await Promise.all(Array.from({ length: 10 }, (_, i) => client.get(`https://r.example/${i}`)))
  expect(got.every((g) => g.status === 'ok')).toBe(true)
  expect(state.maxInFlight).toBe(3)
  expect(client.stats).toEqual({ requests: 10, retries: 0, bytes: 20 })
})

test('retries transient failures, not missing or refused ones; a host that keeps failing is given up', async () => {
  const { fetch } = fakeFetch((url, n) =>
    url.endsWith('/flaky') && n < 3
      ? new Response('', { status: 503 })
      : url.endsWith('/gone')
        ? new Response('', { status: 404 })
        : url.endsWith('/denied')
          ? new Response('', { status: 403 })
          : url.includes('down.example')
            ? new TypeError('fetch failed', { cause: new Error('connect ECONNREFUSED') })
            : new Response('pom'),
  )
  const client = new HttpClient({ fetch, retryDelayMs: 1, giveUpAfter: 2 })
  expect(await client.get('https://r.example/flaky')).toEqual({ status: 'ok', text: 'pom' })
  expect(client.stats.retries).toBe(2)
  expect(await client.get('https://r.example/gone')).toEqual({ status: 'missing' })
  expect(await client.get('https://r.example/denied')).toEqual({
    status: 'error',
    message: 'HTTP 403 (credentials missing or refused)',
    final: true,
  })
  expect(await client.get('https://down.example/a')).toEqual({
    status: 'error',
    message: 'fetch failed: connect ECONNREFUSED',
    final: false,
  })
  await client.get('https://down.example/b')
  const before = client.stats.requests
  expect(await client.get('https://down.example/c')).toEqual({
    status: 'error',
    message: 'down.example failed 2 times in a row: not asked again',
    final: true,
  })
  expect(client.stats.requests).toBe(before)
})

test('responses over the size limit are refused', async () => {
  const { fetch } = fakeFetch(() => new Response('x'.repeat(100)))
  const client = new HttpClient({ fetch, maxBytes: 50 })
  expect(await client.get('https://r.example/big')).toEqual({
    status: 'error',
    message: 'response of 100 bytes is too large',
    final: true,
  })
})

test('the disk cache: atomic entries under safe keys, an age limit, a folder per platform', () => {
  const dir = mkdtempSync(join(tmpdir(), 'lockgraph-cache-test-'))
  try {
    const cache = new DiskCache(dir)
    cache.set('poms-v1/org/x/1.0.json', '{"a":1}')
    cache.set('../escape.json', 'no')
    cache.set('/abs.json', 'no')
    expect(cache.get('poms-v1/org/x/1.0.json')).toBe('{"a":1}')
    expect(cache.get('poms-v1/org/x/1.0.json', -1)).toBeUndefined() // older than allowed
    expect(cache.get('../escape.json')).toBeUndefined()
    expect(readdirSync(dir)).toEqual(['poms-v1'])
    expect(readdirSync(join(dir, 'poms-v1/org/x'))).toEqual(['1.0.json'])
    expect(new DiskCache(undefined).get('poms-v1/org/x/1.0.json')).toBeUndefined()
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
  expect(defaultCacheDir({ RUNNER_TEMP: '/runner/_temp' })).toBe('/runner/_temp/lockgraph/maven')
  expect(defaultCacheDir({ XDG_CACHE_HOME: '/home/u/.cache' })).toBe('/home/u/.cache/lockgraph/maven')
})
