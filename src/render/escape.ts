// Untrusted text (file paths, package names, versions, messages) into markdown that renders as that text:
// no HTML, no links, no table breaks, no @-mentions.

const SPECIAL = /[\\`*_{}[\]()<>#+!|~&]/g

export function escapeMarkdown(text: string): string {
  return text
    .replace(/\r?\n/g, ' ')
    .replace(SPECIAL, (c) => `&#${c.charCodeAt(0)};`)
    .replace(/@(?=[A-Za-z0-9])/g, '@\u200b') // no @-mention
}

/** Text for inside a code span: backticks cannot end it early. */
export function codeSpan(text: string): string {
  const clean = text.replace(/\r?\n/g, ' ').replace(/`/g, "'")
  return `\`${clean}\``
}

const PLAIN = /^[A-Za-z0-9. -]*$/
const RISKY_PLAIN = /www\.|gh-\d/i

/**
 * Untrusted text (package names, versions, licenses) for markdown and HTML blocks: escapeMarkdown, and also
 * no control characters or line breaks of any kind, no autolinks (`http://`, `www.`), no issue references
 * (`#12`, `GH-12` notify the timeline), cut to `max` characters. GitHub links mentions and
 * references in the rendered text, after entities are decoded, so those get a zero-width space instead of
 * an entity.
 */
export function escapeUntrusted(text: string, max = 200): string {
  // most names, versions and licenses: nothing to escape
  if (text.length <= max && PLAIN.test(text) && !RISKY_PLAIN.test(text)) return text
  // eslint-disable-next-line no-control-regex
  let t = text.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, ' ')
  if (t.length > max) {
    let end = max - 1
    if (/[\ud800-\udbff]/.test(t[end - 1])) end--
    t = `${t.slice(0, end)}…`
  }
  t = t.replace(/#(?=\d)/g, '#\u200b').replace(/\b(gh)-(?=\d)/gi, '$1-\u200b')
  return escapeMarkdown(t)
    .replace(/:\/\//g, ':\u200b//')
    .replace(/\bwww\./gi, 'www\u200b.')
}
