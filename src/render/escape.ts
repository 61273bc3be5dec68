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
