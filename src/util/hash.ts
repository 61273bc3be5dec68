// Subresource-integrity strings ("sha512-<base64> sha1-<base64>") and hex digests → Hash.
import type { Hash, HashAlg } from '../model.js'

const SRI_ALGS: Record<string, HashAlg> = {
  md5: 'MD5',
  sha1: 'SHA-1',
  sha256: 'SHA-256',
  sha384: 'SHA-384',
  sha512: 'SHA-512',
}

/** Length of a hex digest of each algorithm. */
export const HEX_LENGTH: Record<HashAlg, number> = {
  MD5: 32,
  'SHA-1': 40,
  'SHA-256': 64,
  'SHA-384': 96,
  'SHA-512': 128,
}

/** Parses an SRI value, which may hold several hashes. Returns the hashes and the parts it could not read. */
export function parseIntegrity(value: string): { hashes: Hash[]; invalid: string[] } {
  const hashes: Hash[] = []
  const invalid: string[] = []
  for (const part of value.trim().split(/\s+/)) {
    if (!part) continue
    const dash = part.indexOf('-')
    const alg = dash > 0 ? SRI_ALGS[part.slice(0, dash).toLowerCase()] : undefined
    const hex = alg ? Buffer.from(part.slice(dash + 1).replace(/\?.*$/, ''), 'base64').toString('hex') : ''
    if (alg && hex.length === HEX_LENGTH[alg]) hashes.push({ alg, value: hex })
    else invalid.push(part)
  }
  return { hashes, invalid }
}

/** A hex digest of a known algorithm, recognized by its length; undefined if it is not one. */
export function hexHash(value: string, alg?: HashAlg): Hash | undefined {
  const hex = value.trim().toLowerCase()
  if (!/^[0-9a-f]+$/.test(hex)) return undefined
  const found = alg ?? (Object.keys(HEX_LENGTH) as HashAlg[]).find((a) => HEX_LENGTH[a] === hex.length)
  return found && HEX_LENGTH[found] === hex.length ? { alg: found, value: hex } : undefined
}

/** Adds a hash unless the same algorithm is already there. */
export function addHash(hashes: Hash[], hash: Hash | undefined): void {
  if (hash && !hashes.some((h) => h.alg === hash.alg)) hashes.push(hash)
}
