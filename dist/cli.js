#!/usr/bin/env node
import { createRequire as __lgCreateRequire } from 'node:module'; const require = __lgCreateRequire(import.meta.url);
var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf, __hasOwnProp = Object.prototype.hasOwnProperty;
var __require = /* @__PURE__ */ ((x2) => typeof require < "u" ? require : typeof Proxy < "u" ? new Proxy(x2, {
  get: (a, b) => (typeof require < "u" ? require : a)[b]
}) : x2)(function(x2) {
  if (typeof require < "u") return require.apply(this, arguments);
  throw Error('Dynamic require of "' + x2 + '" is not supported');
});
var __esm = (fn, res, err) => function() {
  if (err) throw err[0];
  try {
    return fn && (res = (0, fn[__getOwnPropNames(fn)[0]])(fn = 0)), res;
  } catch (e) {
    throw err = [e], e;
  }
};
var __commonJS = (cb, mod) => function() {
  try {
    return mod || (0, cb[__getOwnPropNames(cb)[0]])((mod = { exports: {} }).exports, mod), mod.exports;
  } catch (e) {
    throw mod = 0, e;
  }
};
var __export = (target, all) => {
  for (var name in all)
    __defProp(target, name, { get: all[name], enumerable: !0 });
}, __copyProps = (to, from, except, desc) => {
  if (from && typeof from == "object" || typeof from == "function")
    for (let key of __getOwnPropNames(from))
      !__hasOwnProp.call(to, key) && key !== except && __defProp(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
  return to;
};
var __toESM = (mod, isNodeMode, target) => (target = mod != null ? __create(__getProtoOf(mod)) : {}, __copyProps(
  // If the importer is in node compatibility mode or this is not an ESM
  // file that has been converted to a CommonJS file using a Babel-
  // compatible transform (i.e. "__esModule" has not been set), then set
  // "default" to the CommonJS "module.exports" for node compatibility.
  isNodeMode || !mod || !mod.__esModule ? __defProp(target, "default", { value: mod, enumerable: !0 }) : target,
  mod
));

// node_modules/picomatch/lib/constants.js
var require_constants = __commonJS({
  "node_modules/picomatch/lib/constants.js"(exports, module) {
    "use strict";
    var WIN_NO_SLASH = "[^\\\\/]", ONE_CHAR = "(?=.)", QMARK = "[^/]", END_ANCHOR = "(?:\\/|$)", START_ANCHOR = "(?:^|\\/)", DOTS_SLASH = `\\.{1,2}${END_ANCHOR}`, NO_DOT = "(?!\\.)", NO_DOTS = `(?!${START_ANCHOR}${DOTS_SLASH})`, NO_DOT_SLASH = `(?!\\.{0,1}${END_ANCHOR})`, NO_DOTS_SLASH = `(?!${DOTS_SLASH})`, QMARK_NO_DOT = "[^.\\/]", STAR2 = `${QMARK}*?`, SEP = "/", POSIX_CHARS = {
      DOT_LITERAL: "\\.",
      PLUS_LITERAL: "\\+",
      QMARK_LITERAL: "\\?",
      SLASH_LITERAL: "\\/",
      ONE_CHAR,
      QMARK,
      END_ANCHOR,
      DOTS_SLASH,
      NO_DOT,
      NO_DOTS,
      NO_DOT_SLASH,
      NO_DOTS_SLASH,
      QMARK_NO_DOT,
      STAR: STAR2,
      START_ANCHOR,
      SEP
    }, WINDOWS_CHARS = {
      ...POSIX_CHARS,
      SLASH_LITERAL: "[\\\\/]",
      QMARK: WIN_NO_SLASH,
      STAR: `${WIN_NO_SLASH}*?`,
      DOTS_SLASH: "\\.{1,2}(?:[\\\\/]|$)",
      NO_DOT: "(?!\\.)",
      NO_DOTS: "(?!(?:^|[\\\\/])\\.{1,2}(?:[\\\\/]|$))",
      NO_DOT_SLASH: "(?!\\.{0,1}(?:[\\\\/]|$))",
      NO_DOTS_SLASH: "(?!\\.{1,2}(?:[\\\\/]|$))",
      QMARK_NO_DOT: "[^.\\\\/]",
      START_ANCHOR: "(?:^|[\\\\/])",
      END_ANCHOR: "(?:[\\\\/]|$)",
      SEP: "\\"
    }, POSIX_REGEX_SOURCE = {
      __proto__: null,
      alnum: "a-zA-Z0-9",
      alpha: "a-zA-Z",
      ascii: "\\x00-\\x7F",
      blank: " \\t",
      cntrl: "\\x00-\\x1F\\x7F",
      digit: "0-9",
      graph: "\\x21-\\x7E",
      lower: "a-z",
      print: "\\x20-\\x7E ",
      punct: "\\-!\"#$%&'()\\*+,./:;<=>?@[\\]^_`{|}~",
      space: " \\t\\r\\n\\v\\f",
      upper: "A-Z",
      word: "A-Za-z0-9_",
      xdigit: "A-Fa-f0-9"
    };
    module.exports = {
      DEFAULT_MAX_EXTGLOB_RECURSION: 0,
      MAX_LENGTH: 1024 * 64,
      POSIX_REGEX_SOURCE,
      // regular expressions
      REGEX_BACKSLASH: /\\(?![*+?^${}(|)[\]])/g,
      REGEX_NON_SPECIAL_CHARS: /^[^@![\].,$*+?^{}()|\\/]+/,
      REGEX_SPECIAL_CHARS: /[-*+?.^${}(|)[\]]/,
      REGEX_SPECIAL_CHARS_BACKREF: /(\\?)((\W)(\3*))/g,
      REGEX_SPECIAL_CHARS_GLOBAL: /([-*+?.^${}(|)[\]])/g,
      REGEX_REMOVE_BACKSLASH: /(?:\[.*?[^\\]\]|\\(?=.))/g,
      // Replace globs with equivalent patterns to reduce parsing time.
      REPLACEMENTS: {
        __proto__: null,
        "***": "*",
        "**/**": "**",
        "**/**/**": "**"
      },
      // Digits
      CHAR_0: 48,
      /* 0 */
      CHAR_9: 57,
      /* 9 */
      // Alphabet chars.
      CHAR_UPPERCASE_A: 65,
      /* A */
      CHAR_LOWERCASE_A: 97,
      /* a */
      CHAR_UPPERCASE_Z: 90,
      /* Z */
      CHAR_LOWERCASE_Z: 122,
      /* z */
      CHAR_LEFT_PARENTHESES: 40,
      /* ( */
      CHAR_RIGHT_PARENTHESES: 41,
      /* ) */
      CHAR_ASTERISK: 42,
      /* * */
      // Non-alphabetic chars.
      CHAR_AMPERSAND: 38,
      /* & */
      CHAR_AT: 64,
      /* @ */
      CHAR_BACKWARD_SLASH: 92,
      /* \ */
      CHAR_CARRIAGE_RETURN: 13,
      /* \r */
      CHAR_CIRCUMFLEX_ACCENT: 94,
      /* ^ */
      CHAR_COLON: 58,
      /* : */
      CHAR_COMMA: 44,
      /* , */
      CHAR_DOT: 46,
      /* . */
      CHAR_DOUBLE_QUOTE: 34,
      /* " */
      CHAR_EQUAL: 61,
      /* = */
      CHAR_EXCLAMATION_MARK: 33,
      /* ! */
      CHAR_FORM_FEED: 12,
      /* \f */
      CHAR_FORWARD_SLASH: 47,
      /* / */
      CHAR_GRAVE_ACCENT: 96,
      /* ` */
      CHAR_HASH: 35,
      /* # */
      CHAR_HYPHEN_MINUS: 45,
      /* - */
      CHAR_LEFT_ANGLE_BRACKET: 60,
      /* < */
      CHAR_LEFT_CURLY_BRACE: 123,
      /* { */
      CHAR_LEFT_SQUARE_BRACKET: 91,
      /* [ */
      CHAR_LINE_FEED: 10,
      /* \n */
      CHAR_NO_BREAK_SPACE: 160,
      /* \u00A0 */
      CHAR_PERCENT: 37,
      /* % */
      CHAR_PLUS: 43,
      /* + */
      CHAR_QUESTION_MARK: 63,
      /* ? */
      CHAR_RIGHT_ANGLE_BRACKET: 62,
      /* > */
      CHAR_RIGHT_CURLY_BRACE: 125,
      /* } */
      CHAR_RIGHT_SQUARE_BRACKET: 93,
      /* ] */
      CHAR_SEMICOLON: 59,
      /* ; */
      CHAR_SINGLE_QUOTE: 39,
      /* ' */
      CHAR_SPACE: 32,
      /*   */
      CHAR_TAB: 9,
      /* \t */
      CHAR_UNDERSCORE: 95,
      /* _ */
      CHAR_VERTICAL_LINE: 124,
      /* | */
      CHAR_ZERO_WIDTH_NOBREAK_SPACE: 65279,
      /* \uFEFF */
      /**
       * Create EXTGLOB_CHARS
       */
      extglobChars(chars) {
        return {
          "!": { type: "negate", open: "(?:(?!(?:", close: `))${chars.STAR})` },
          "?": { type: "qmark", open: "(?:", close: ")?" },
          "+": { type: "plus", open: "(?:", close: ")+" },
          "*": { type: "star", open: "(?:", close: ")*" },
          "@": { type: "at", open: "(?:", close: ")" }
        };
      },
      /**
       * Create GLOB_CHARS
       */
      globChars(win32) {
        return win32 === !0 ? WINDOWS_CHARS : POSIX_CHARS;
      }
    };
  }
});

// node_modules/picomatch/lib/utils.js
var require_utils = __commonJS({
  "node_modules/picomatch/lib/utils.js"(exports) {
    "use strict";
    var {
      REGEX_BACKSLASH,
      REGEX_REMOVE_BACKSLASH,
      REGEX_SPECIAL_CHARS,
      REGEX_SPECIAL_CHARS_GLOBAL
    } = require_constants();
    exports.isObject = (val) => val !== null && typeof val == "object" && !Array.isArray(val);
    exports.hasRegexChars = (str6) => REGEX_SPECIAL_CHARS.test(str6);
    exports.isRegexChar = (str6) => str6.length === 1 && exports.hasRegexChars(str6);
    exports.escapeRegex = (str6) => str6.replace(REGEX_SPECIAL_CHARS_GLOBAL, "\\$1");
    exports.toPosixSlashes = (str6) => str6.replace(REGEX_BACKSLASH, "/");
    exports.isWindows = () => {
      if (typeof navigator < "u" && navigator.platform) {
        let platform = navigator.platform.toLowerCase();
        return platform === "win32" || platform === "windows";
      }
      return typeof process < "u" && process.platform ? process.platform === "win32" : !1;
    };
    exports.removeBackslashes = (str6) => str6.replace(REGEX_REMOVE_BACKSLASH, (match) => match === "\\" ? "" : match);
    exports.escapeLast = (input, char, lastIdx) => {
      let idx = input.lastIndexOf(char, lastIdx);
      return idx === -1 ? input : input[idx - 1] === "\\" ? exports.escapeLast(input, char, idx - 1) : `${input.slice(0, idx)}\\${input.slice(idx)}`;
    };
    exports.removePrefix = (input, state = {}) => {
      let output = input;
      return output.startsWith("./") && (output = output.slice(2), state.prefix = "./"), output;
    };
    exports.wrapOutput = (input, state = {}, options = {}) => {
      let prepend = options.contains ? "" : "^", append = options.contains ? "" : "$", output = `${prepend}(?:${input})${append}`;
      return state.negated === !0 && (output = `(?:^(?!${output}).*$)`), output;
    };
    exports.basename = (path, { windows } = {}) => {
      let segs = path.split(windows ? /[\\/]/ : "/"), last = segs[segs.length - 1];
      return last === "" ? segs[segs.length - 2] : last;
    };
  }
});

// node_modules/picomatch/lib/scan.js
var require_scan = __commonJS({
  "node_modules/picomatch/lib/scan.js"(exports, module) {
    "use strict";
    var utils = require_utils(), {
      CHAR_ASTERISK,
      /* * */
      CHAR_AT,
      /* @ */
      CHAR_BACKWARD_SLASH,
      /* \ */
      CHAR_COMMA,
      /* , */
      CHAR_DOT,
      /* . */
      CHAR_EXCLAMATION_MARK,
      /* ! */
      CHAR_FORWARD_SLASH,
      /* / */
      CHAR_LEFT_CURLY_BRACE,
      /* { */
      CHAR_LEFT_PARENTHESES,
      /* ( */
      CHAR_LEFT_SQUARE_BRACKET,
      /* [ */
      CHAR_PLUS,
      /* + */
      CHAR_QUESTION_MARK,
      /* ? */
      CHAR_RIGHT_CURLY_BRACE,
      /* } */
      CHAR_RIGHT_PARENTHESES,
      /* ) */
      CHAR_RIGHT_SQUARE_BRACKET
      /* ] */
    } = require_constants(), isPathSeparator = (code) => code === CHAR_FORWARD_SLASH || code === CHAR_BACKWARD_SLASH, depth = (token) => {
      token.isPrefix !== !0 && (token.depth = token.isGlobstar ? 1 / 0 : 1);
    }, scan2 = (input, options) => {
      let opts = options || {}, length = input.length - 1, scanToEnd = opts.parts === !0 || opts.tokens === !0 || opts.scanToEnd === !0, slashes = [], tokens = [], parts = [], str6 = input, index = -1, start = 0, lastIndex = 0, isBrace = !1, isBracket = !1, isGlob = !1, isExtglob = !1, isGlobstar = !1, braceEscaped = !1, backslashes = !1, negated = !1, negatedExtglob = !1, finished = !1, braces = 0, prev, code, token = { value: "", depth: 0, isGlob: !1 }, eos = () => index >= length, peek = () => str6.charCodeAt(index + 1), advance = () => (prev = code, str6.charCodeAt(++index));
      for (; index < length; ) {
        code = advance();
        let next;
        if (code === CHAR_BACKWARD_SLASH) {
          backslashes = token.backslashes = !0, code = advance(), code === CHAR_LEFT_CURLY_BRACE && (braceEscaped = !0);
          continue;
        }
        if (braceEscaped === !0 || code === CHAR_LEFT_CURLY_BRACE) {
          for (braces++; eos() !== !0 && (code = advance()); ) {
            if (code === CHAR_BACKWARD_SLASH) {
              backslashes = token.backslashes = !0, advance();
              continue;
            }
            if (code === CHAR_LEFT_CURLY_BRACE) {
              braces++;
              continue;
            }
            if (braceEscaped !== !0 && code === CHAR_DOT && (code = advance()) === CHAR_DOT) {
              if (isBrace = token.isBrace = !0, isGlob = token.isGlob = !0, finished = !0, scanToEnd === !0)
                continue;
              break;
            }
            if (braceEscaped !== !0 && code === CHAR_COMMA) {
              if (isBrace = token.isBrace = !0, isGlob = token.isGlob = !0, finished = !0, scanToEnd === !0)
                continue;
              break;
            }
            if (code === CHAR_RIGHT_CURLY_BRACE && (braces--, braces === 0)) {
              braceEscaped = !1, isBrace = token.isBrace = !0, finished = !0;
              break;
            }
          }
          if (scanToEnd === !0)
            continue;
          break;
        }
        if (code === CHAR_FORWARD_SLASH) {
          if (slashes.push(index), tokens.push(token), token = { value: "", depth: 0, isGlob: !1 }, finished === !0) continue;
          if (prev === CHAR_DOT && index === start + 1) {
            start += 2;
            continue;
          }
          lastIndex = index + 1;
          continue;
        }
        if (opts.noext !== !0 && (code === CHAR_PLUS || code === CHAR_AT || code === CHAR_ASTERISK || code === CHAR_QUESTION_MARK || code === CHAR_EXCLAMATION_MARK) === !0 && peek() === CHAR_LEFT_PARENTHESES) {
          if (isGlob = token.isGlob = !0, isExtglob = token.isExtglob = !0, finished = !0, code === CHAR_EXCLAMATION_MARK && index === start && (negatedExtglob = !0), scanToEnd === !0) {
            let parens = 0;
            for (; eos() !== !0 && (code = advance()); ) {
              if (code === CHAR_BACKWARD_SLASH) {
                backslashes = token.backslashes = !0, advance();
                continue;
              }
              if (code === CHAR_LEFT_PARENTHESES) {
                parens++;
                continue;
              }
              if (code === CHAR_RIGHT_PARENTHESES && --parens === 0) {
                finished = !0;
                break;
              }
            }
            continue;
          }
          break;
        }
        if (code === CHAR_ASTERISK) {
          if (prev === CHAR_ASTERISK && (isGlobstar = token.isGlobstar = !0), isGlob = token.isGlob = !0, finished = !0, scanToEnd === !0)
            continue;
          break;
        }
        if (code === CHAR_QUESTION_MARK) {
          if (isGlob = token.isGlob = !0, finished = !0, scanToEnd === !0)
            continue;
          break;
        }
        if (code === CHAR_LEFT_SQUARE_BRACKET) {
          for (; eos() !== !0 && (next = advance()); ) {
            if (next === CHAR_BACKWARD_SLASH) {
              backslashes = token.backslashes = !0, advance();
              continue;
            }
            if (next === CHAR_RIGHT_SQUARE_BRACKET) {
              isBracket = token.isBracket = !0, isGlob = token.isGlob = !0, finished = !0;
              break;
            }
          }
          if (scanToEnd === !0)
            continue;
          break;
        }
        if (opts.nonegate !== !0 && code === CHAR_EXCLAMATION_MARK && index === start) {
          negated = token.negated = !0, start++;
          continue;
        }
        if (opts.noparen !== !0 && code === CHAR_LEFT_PARENTHESES) {
          if (isGlob = token.isGlob = !0, scanToEnd === !0) {
            let parens = 1;
            for (; eos() !== !0 && (code = advance()); ) {
              if (code === CHAR_BACKWARD_SLASH) {
                backslashes = token.backslashes = !0, advance();
                continue;
              }
              if (code === CHAR_LEFT_PARENTHESES) {
                parens++;
                continue;
              }
              if (code === CHAR_RIGHT_PARENTHESES && --parens === 0) {
                finished = !0;
                break;
              }
            }
            continue;
          }
          break;
        }
        if (isGlob === !0) {
          if (finished = !0, scanToEnd === !0)
            continue;
          break;
        }
      }
      opts.noext === !0 && (isExtglob = !1, isGlob = !1);
      let base = str6, prefix = "", glob = "";
      start > 0 && (prefix = str6.slice(0, start), str6 = str6.slice(start), lastIndex -= start), base && isGlob === !0 && lastIndex > 0 ? (base = str6.slice(0, lastIndex), glob = str6.slice(lastIndex)) : isGlob === !0 ? (base = "", glob = str6) : base = str6, base && base !== "" && base !== "/" && base !== str6 && isPathSeparator(base.charCodeAt(base.length - 1)) && (base = base.slice(0, -1)), opts.unescape === !0 && (glob && (glob = utils.removeBackslashes(glob)), base && backslashes === !0 && (base = utils.removeBackslashes(base)));
      let state = {
        prefix,
        input,
        start,
        base,
        glob,
        isBrace,
        isBracket,
        isGlob,
        isExtglob,
        isGlobstar,
        negated,
        negatedExtglob
      };
      if (opts.tokens === !0 && (state.maxDepth = 0, isPathSeparator(code) || tokens.push(token), state.tokens = tokens), opts.parts === !0 || opts.tokens === !0) {
        let prevIndex;
        for (let idx = 0; idx < slashes.length; idx++) {
          let n2 = prevIndex !== void 0 ? prevIndex + 1 : start, i = slashes[idx], value2 = input.slice(n2, i);
          opts.tokens && (idx === 0 && start !== 0 ? (tokens[idx].isPrefix = !0, tokens[idx].value = prefix) : tokens[idx].value = value2, depth(tokens[idx]), state.maxDepth += tokens[idx].depth), i >= start && (parts.push(value2), prevIndex = i);
        }
        let n = prevIndex !== void 0 ? prevIndex + 1 : start, value = input.slice(n);
        parts.push(value), opts.tokens && prevIndex && prevIndex + 1 < input.length && (tokens[tokens.length - 1].value = value, depth(tokens[tokens.length - 1]), state.maxDepth += tokens[tokens.length - 1].depth), state.slashes = slashes, state.parts = parts;
      }
      return state;
    };
    module.exports = scan2;
  }
});

// node_modules/picomatch/lib/parse.js
var require_parse = __commonJS({
  "node_modules/picomatch/lib/parse.js"(exports, module) {
    "use strict";
    var constants = require_constants(), utils = require_utils(), {
      MAX_LENGTH,
      POSIX_REGEX_SOURCE,
      REGEX_NON_SPECIAL_CHARS,
      REGEX_SPECIAL_CHARS_BACKREF,
      REPLACEMENTS
    } = constants, expandRange = (args, options) => {
      if (typeof options.expandRange == "function")
        return options.expandRange(...args, options);
      args.sort();
      let value = `[${args.join("-")}]`;
      try {
        new RegExp(value);
      } catch {
        return args.map((v) => utils.escapeRegex(v)).join("..");
      }
      return value;
    }, syntaxError = (type, char) => `Missing ${type}: "${char}" - use "\\\\${char}" to match literal characters`, splitTopLevel = (input) => {
      let parts = [], bracket = 0, paren = 0, quote = 0, value = "", escaped = !1;
      for (let ch of input) {
        if (escaped === !0) {
          value += ch, escaped = !1;
          continue;
        }
        if (ch === "\\") {
          value += ch, escaped = !0;
          continue;
        }
        if (ch === '"') {
          quote = quote === 1 ? 0 : 1, value += ch;
          continue;
        }
        if (quote === 0) {
          if (ch === "[")
            bracket++;
          else if (ch === "]" && bracket > 0)
            bracket--;
          else if (bracket === 0) {
            if (ch === "(")
              paren++;
            else if (ch === ")" && paren > 0)
              paren--;
            else if (ch === "|" && paren === 0) {
              parts.push(value), value = "";
              continue;
            }
          }
        }
        value += ch;
      }
      return parts.push(value), parts;
    }, isPlainBranch = (branch) => {
      let escaped = !1;
      for (let ch of branch) {
        if (escaped === !0) {
          escaped = !1;
          continue;
        }
        if (ch === "\\") {
          escaped = !0;
          continue;
        }
        if (/[?*+@!()[\]{}]/.test(ch))
          return !1;
      }
      return !0;
    }, normalizeSimpleBranch = (branch) => {
      let value = branch.trim(), changed = !0;
      for (; changed === !0; )
        changed = !1, /^@\([^\\()[\]{}|]+\)$/.test(value) && (value = value.slice(2, -1), changed = !0);
      if (isPlainBranch(value))
        return value.replace(/\\(.)/g, "$1");
    }, hasRepeatedCharPrefixOverlap = (branches) => {
      let values = branches.map(normalizeSimpleBranch).filter(Boolean);
      for (let i = 0; i < values.length; i++)
        for (let j = i + 1; j < values.length; j++) {
          let a = values[i], b = values[j], char = a[0];
          if (!(!char || a !== char.repeat(a.length) || b !== char.repeat(b.length)) && (a === b || a.startsWith(b) || b.startsWith(a)))
            return !0;
        }
      return !1;
    }, parseRepeatedExtglob = (pattern, requireEnd = !0) => {
      if (pattern[0] !== "+" && pattern[0] !== "*" || pattern[1] !== "(")
        return;
      let bracket = 0, paren = 0, quote = 0, escaped = !1;
      for (let i = 1; i < pattern.length; i++) {
        let ch = pattern[i];
        if (escaped === !0) {
          escaped = !1;
          continue;
        }
        if (ch === "\\") {
          escaped = !0;
          continue;
        }
        if (ch === '"') {
          quote = quote === 1 ? 0 : 1;
          continue;
        }
        if (quote !== 1) {
          if (ch === "[") {
            bracket++;
            continue;
          }
          if (ch === "]" && bracket > 0) {
            bracket--;
            continue;
          }
          if (!(bracket > 0)) {
            if (ch === "(") {
              paren++;
              continue;
            }
            if (ch === ")" && (paren--, paren === 0))
              return requireEnd === !0 && i !== pattern.length - 1 ? void 0 : {
                type: pattern[0],
                body: pattern.slice(2, i),
                end: i
              };
          }
        }
      }
    }, buildCharClassStar = (chars) => `${chars.length === 1 ? utils.escapeRegex(chars[0]) : `[${chars.map((ch) => utils.escapeRegex(ch)).join("")}]`}*`, getStarExtglobSequenceChars = (pattern) => {
      let index = 0, chars = [];
      for (; index < pattern.length; ) {
        let match = parseRepeatedExtglob(pattern.slice(index), !1);
        if (!match || match.type !== "*")
          return;
        let branches = splitTopLevel(match.body).map((branch2) => branch2.trim());
        if (branches.length !== 1)
          return;
        let branch = normalizeSimpleBranch(branches[0]);
        if (!branch || branch.length !== 1)
          return;
        chars.push(branch), index += match.end + 1;
      }
      if (!(chars.length < 1))
        return chars;
    }, repeatedExtglobRecursion = (pattern) => {
      let depth = 0, value = pattern.trim(), match = parseRepeatedExtglob(value);
      for (; match; )
        depth++, value = match.body.trim(), match = parseRepeatedExtglob(value);
      return depth;
    }, analyzeRepeatedExtglob = (body, options) => {
      if (options.maxExtglobRecursion === !1)
        return { risky: !1 };
      let max = typeof options.maxExtglobRecursion == "number" ? options.maxExtglobRecursion : constants.DEFAULT_MAX_EXTGLOB_RECURSION, branches = splitTopLevel(body).map((branch) => branch.trim());
      if (branches.length > 1 && (branches.some((branch) => branch === "") || branches.some((branch) => /^[*?]+$/.test(branch)) || hasRepeatedCharPrefixOverlap(branches)))
        return { risky: !0 };
      let safeChars = [], sawStarSequence = !1, combinable = !0;
      for (let branch of branches) {
        let chars = getStarExtglobSequenceChars(branch);
        if (chars) {
          sawStarSequence = !0, safeChars.push(...chars);
          continue;
        }
        let literal = normalizeSimpleBranch(branch);
        if (literal && literal.length === 1) {
          safeChars.push(literal);
          continue;
        }
        if (combinable = !1, repeatedExtglobRecursion(branch) > max)
          return { risky: !0 };
      }
      return sawStarSequence ? combinable ? { risky: !0, safeOutput: buildCharClassStar([...new Set(safeChars)]) } : { risky: !0 } : { risky: !1 };
    }, parse2 = (input, options) => {
      if (typeof input != "string")
        throw new TypeError("Expected a string");
      input = REPLACEMENTS[input] || input;
      let opts = { ...options }, max = typeof opts.maxLength == "number" ? Math.min(MAX_LENGTH, opts.maxLength) : MAX_LENGTH, len = input.length;
      if (len > max)
        throw new SyntaxError(`Input length: ${len}, exceeds maximum allowed length: ${max}`);
      let bos = { type: "bos", value: "", output: opts.prepend || "" }, tokens = [bos], capture = opts.capture ? "" : "?:", PLATFORM_CHARS = constants.globChars(opts.windows), EXTGLOB_CHARS = constants.extglobChars(PLATFORM_CHARS), {
        DOT_LITERAL,
        PLUS_LITERAL,
        SLASH_LITERAL,
        ONE_CHAR,
        DOTS_SLASH,
        NO_DOT,
        NO_DOT_SLASH,
        NO_DOTS_SLASH,
        QMARK,
        QMARK_NO_DOT,
        STAR: STAR2,
        START_ANCHOR
      } = PLATFORM_CHARS, globstar = (opts2) => `(${capture}(?:(?!${START_ANCHOR}${opts2.dot ? DOTS_SLASH : DOT_LITERAL}).)*?)`, nodot = opts.dot ? "" : NO_DOT, qmarkNoDot = opts.dot ? QMARK : QMARK_NO_DOT, star = opts.bash === !0 ? globstar(opts) : STAR2;
      opts.capture && (star = `(${star})`), typeof opts.noext == "boolean" && (opts.noextglob = opts.noext);
      let state = {
        input,
        index: -1,
        start: 0,
        dot: opts.dot === !0,
        consumed: "",
        output: "",
        prefix: "",
        backtrack: !1,
        negated: !1,
        brackets: 0,
        braces: 0,
        parens: 0,
        quotes: 0,
        globstar: !1,
        tokens
      };
      input = utils.removePrefix(input, state), len = input.length;
      let extglobs = [], braces = [], stack = [], prev = bos, value, eos = () => state.index === len - 1, peek = state.peek = (n = 1) => input[state.index + n], advance = state.advance = () => input[++state.index] || "", remaining = () => input.slice(state.index + 1), consume = (value2 = "", num = 0) => {
        state.consumed += value2, state.index += num;
      }, append = (token) => {
        state.output += token.output != null ? token.output : token.value, consume(token.value);
      }, negate = () => {
        let count = 1;
        for (; peek() === "!" && (peek(2) !== "(" || peek(3) === "?"); )
          advance(), state.start++, count++;
        return count % 2 === 0 ? !1 : (state.negated = !0, state.start++, !0);
      }, increment = (type) => {
        state[type]++, stack.push(type);
      }, decrement = (type) => {
        state[type]--, stack.pop();
      }, push = (tok) => {
        if (prev.type === "globstar") {
          let isBrace = state.braces > 0 && (tok.type === "comma" || tok.type === "brace"), isExtglob = tok.extglob === !0 || extglobs.length && (tok.type === "pipe" || tok.type === "paren");
          tok.type !== "slash" && tok.type !== "paren" && !isBrace && !isExtglob && (state.output = state.output.slice(0, -prev.output.length), prev.type = "star", prev.value = "*", prev.output = star, state.output += prev.output);
        }
        if (extglobs.length && tok.type !== "paren" && (extglobs[extglobs.length - 1].inner += tok.value), (tok.value || tok.output) && append(tok), prev && prev.type === "text" && tok.type === "text") {
          prev.output = (prev.output || prev.value) + tok.value, prev.value += tok.value;
          return;
        }
        tok.prev = prev, tokens.push(tok), prev = tok;
      }, extglobOpen = (type, value2) => {
        let token = { ...EXTGLOB_CHARS[value2], conditions: 1, inner: "" };
        token.prev = prev, token.parens = state.parens, token.output = state.output, token.startIndex = state.index, token.tokensIndex = tokens.length;
        let output = (opts.capture ? "(" : "") + token.open;
        increment("parens"), push({ type, value: value2, output: state.output ? "" : ONE_CHAR }), push({ type: "paren", extglob: !0, value: advance(), output }), extglobs.push(token);
      }, extglobClose = (token) => {
        let literal = input.slice(token.startIndex, state.index + 1), body = input.slice(token.startIndex + 2, state.index), analysis = analyzeRepeatedExtglob(body, opts);
        if ((token.type === "plus" || token.type === "star") && analysis.risky) {
          let safeOutput = analysis.safeOutput ? (token.output ? "" : ONE_CHAR) + (opts.capture ? `(${analysis.safeOutput})` : analysis.safeOutput) : void 0, open = tokens[token.tokensIndex];
          open.type = "text", open.value = literal, open.output = safeOutput || utils.escapeRegex(literal);
          for (let i = token.tokensIndex + 1; i < tokens.length; i++)
            tokens[i].value = "", tokens[i].output = "", delete tokens[i].suffix;
          state.output = token.output + open.output, state.backtrack = !0, push({ type: "paren", extglob: !0, value, output: "" }), decrement("parens");
          return;
        }
        let output = token.close + (opts.capture ? ")" : ""), rest;
        if (token.type === "negate") {
          let extglobStar = star;
          if (token.inner && token.inner.length > 1 && token.inner.includes("/") && (extglobStar = globstar(opts)), (extglobStar !== star || eos() || /^\)+$/.test(remaining())) && (output = token.close = `)$))${extglobStar}`), token.inner.includes("*") && (rest = remaining()) && /^\.[^\\/.]+$/.test(rest)) {
            let expression = parse2(rest, { ...options, fastpaths: !1 }).output;
            output = token.close = `)${expression})${extglobStar})`;
          }
          token.prev.type === "bos" && (state.negatedExtglob = !0);
        }
        push({ type: "paren", extglob: !0, value, output }), decrement("parens");
      };
      if (opts.fastpaths !== !1 && !/(^[*!]|[/()[\]{}"])/.test(input)) {
        let backslashes = !1, output = input.replace(REGEX_SPECIAL_CHARS_BACKREF, (m, esc, chars, first, rest, index) => first === "\\" ? (backslashes = !0, m) : first === "?" ? esc ? esc + first + (rest ? QMARK.repeat(rest.length) : "") : index === 0 ? qmarkNoDot + (rest ? QMARK.repeat(rest.length) : "") : QMARK.repeat(chars.length) : first === "." ? DOT_LITERAL.repeat(chars.length) : first === "*" ? esc ? esc + first + (rest ? star : "") : star : esc ? m : `\\${m}`);
        return backslashes === !0 && (opts.unescape === !0 ? output = output.replace(/\\/g, "") : output = output.replace(/\\+/g, (m) => m.length % 2 === 0 ? "\\\\" : m ? "\\" : "")), output === input && opts.contains === !0 ? (state.output = input, state) : (state.output = utils.wrapOutput(output, state, options), state);
      }
      for (; !eos(); ) {
        if (value = advance(), value === "\0")
          continue;
        if (value === "\\") {
          let next = peek();
          if (next === "/" && opts.bash !== !0 || next === "." || next === ";")
            continue;
          if (!next) {
            value += "\\", push({ type: "text", value });
            continue;
          }
          let match = /^\\+/.exec(remaining()), slashes = 0;
          if (match && match[0].length > 2 && (slashes = match[0].length, state.index += slashes, slashes % 2 !== 0 && (value += "\\")), opts.unescape === !0 ? value = advance() : value += advance(), state.brackets === 0) {
            push({ type: "text", value });
            continue;
          }
        }
        if (state.brackets > 0 && (value !== "]" || prev.value === "[" || prev.value === "[^")) {
          if (opts.posix !== !1 && value === ":") {
            let inner = prev.value.slice(1);
            if (inner.includes("[") && (prev.posix = !0, inner.includes(":"))) {
              let idx = prev.value.lastIndexOf("["), pre = prev.value.slice(0, idx), rest2 = prev.value.slice(idx + 2), posix19 = POSIX_REGEX_SOURCE[rest2];
              if (posix19) {
                prev.value = pre + posix19, state.backtrack = !0, advance(), !bos.output && tokens.indexOf(prev) === 1 && (bos.output = ONE_CHAR);
                continue;
              }
            }
          }
          (value === "[" && peek() !== ":" || value === "-" && peek() === "]") && (value = `\\${value}`), value === "]" && (prev.value === "[" || prev.value === "[^") && (value = `\\${value}`), opts.posix === !0 && value === "!" && prev.value === "[" && (value = "^"), prev.value += value, append({ value });
          continue;
        }
        if (state.quotes === 1 && value !== '"') {
          value = utils.escapeRegex(value), prev.value += value, append({ value });
          continue;
        }
        if (value === '"') {
          state.quotes = state.quotes === 1 ? 0 : 1, opts.keepQuotes === !0 && push({ type: "text", value });
          continue;
        }
        if (value === "(") {
          increment("parens"), push({ type: "paren", value });
          continue;
        }
        if (value === ")") {
          if (state.parens === 0 && opts.strictBrackets === !0)
            throw new SyntaxError(syntaxError("opening", "("));
          let extglob = extglobs[extglobs.length - 1];
          if (extglob && state.parens === extglob.parens + 1) {
            extglobClose(extglobs.pop());
            continue;
          }
          push({ type: "paren", value, output: state.parens ? ")" : "\\)" }), decrement("parens");
          continue;
        }
        if (value === "[") {
          if (opts.nobracket === !0 || !remaining().includes("]")) {
            if (opts.nobracket !== !0 && opts.strictBrackets === !0)
              throw new SyntaxError(syntaxError("closing", "]"));
            value = `\\${value}`;
          } else
            increment("brackets");
          push({ type: "bracket", value });
          continue;
        }
        if (value === "]") {
          if (opts.nobracket === !0 || prev && prev.type === "bracket" && prev.value.length === 1) {
            push({ type: "text", value, output: `\\${value}` });
            continue;
          }
          if (state.brackets === 0) {
            if (opts.strictBrackets === !0)
              throw new SyntaxError(syntaxError("opening", "["));
            push({ type: "text", value, output: `\\${value}` });
            continue;
          }
          decrement("brackets");
          let prevValue = prev.value.slice(1);
          if (prev.posix !== !0 && prevValue[0] === "^" && !prevValue.includes("/") && (value = `/${value}`), prev.value += value, append({ value }), opts.literalBrackets === !1 || utils.hasRegexChars(prevValue))
            continue;
          let escaped = utils.escapeRegex(prev.value);
          if (state.output = state.output.slice(0, -prev.value.length), opts.literalBrackets === !0) {
            state.output += escaped, prev.value = escaped;
            continue;
          }
          prev.value = `(${capture}${escaped}|${prev.value})`, state.output += prev.value;
          continue;
        }
        if (value === "{" && opts.nobrace !== !0) {
          increment("braces");
          let open = {
            type: "brace",
            value,
            output: "(",
            outputIndex: state.output.length,
            tokensIndex: state.tokens.length
          };
          braces.push(open), push(open);
          continue;
        }
        if (value === "}") {
          let brace = braces[braces.length - 1];
          if (opts.nobrace === !0 || !brace) {
            push({ type: "text", value, output: value });
            continue;
          }
          let output = ")";
          if (brace.dots === !0) {
            let arr = tokens.slice(), range = [];
            for (let i = arr.length - 1; i >= 0 && (tokens.pop(), arr[i].type !== "brace"); i--)
              arr[i].type !== "dots" && range.unshift(arr[i].value);
            output = expandRange(range, opts), state.backtrack = !0;
          }
          if (brace.comma !== !0 && brace.dots !== !0) {
            let out = state.output.slice(0, brace.outputIndex), toks = state.tokens.slice(brace.tokensIndex);
            brace.value = brace.output = "\\{", value = output = "\\}", state.output = out;
            for (let t of toks)
              state.output += t.output || t.value;
          }
          push({ type: "brace", value, output }), decrement("braces"), braces.pop();
          continue;
        }
        if (value === "|") {
          extglobs.length > 0 && extglobs[extglobs.length - 1].conditions++, push({ type: "text", value });
          continue;
        }
        if (value === ",") {
          let output = value, brace = braces[braces.length - 1];
          brace && stack[stack.length - 1] === "braces" && (brace.comma = !0, output = "|"), push({ type: "comma", value, output });
          continue;
        }
        if (value === "/") {
          if (prev.type === "dot" && state.index === state.start + 1) {
            state.start = state.index + 1, state.consumed = "", state.output = "", tokens.pop(), prev = bos;
            continue;
          }
          push({ type: "slash", value, output: SLASH_LITERAL });
          continue;
        }
        if (value === ".") {
          if (state.braces > 0 && prev.type === "dot") {
            prev.value === "." && (prev.output = DOT_LITERAL);
            let brace = braces[braces.length - 1];
            prev.type = "dots", prev.output += value, prev.value += value, brace.dots = !0;
            continue;
          }
          if (state.braces + state.parens === 0 && prev.type !== "bos" && prev.type !== "slash") {
            push({ type: "text", value, output: DOT_LITERAL });
            continue;
          }
          push({ type: "dot", value, output: DOT_LITERAL });
          continue;
        }
        if (value === "?") {
          if (!(prev && prev.value === "(") && opts.noextglob !== !0 && peek() === "(" && peek(2) !== "?") {
            extglobOpen("qmark", value);
            continue;
          }
          if (prev && prev.type === "paren") {
            let next = peek(), output = value;
            (prev.value === "(" && !/[!=<:]/.test(next) || next === "<" && !/<([!=]|\w+>)/.test(remaining())) && (output = `\\${value}`), push({ type: "text", value, output });
            continue;
          }
          if (opts.dot !== !0 && (prev.type === "slash" || prev.type === "bos")) {
            push({ type: "qmark", value, output: QMARK_NO_DOT });
            continue;
          }
          push({ type: "qmark", value, output: QMARK });
          continue;
        }
        if (value === "!") {
          if (opts.noextglob !== !0 && peek() === "(" && (peek(2) !== "?" || !/[!=<:]/.test(peek(3)))) {
            extglobOpen("negate", value);
            continue;
          }
          if (opts.nonegate !== !0 && state.index === 0) {
            negate();
            continue;
          }
        }
        if (value === "+") {
          if (opts.noextglob !== !0 && peek() === "(" && peek(2) !== "?") {
            extglobOpen("plus", value);
            continue;
          }
          if (prev && prev.value === "(" || opts.regex === !1) {
            push({ type: "plus", value, output: PLUS_LITERAL });
            continue;
          }
          if (prev && (prev.type === "bracket" || prev.type === "paren" || prev.type === "brace") || state.parens > 0) {
            push({ type: "plus", value });
            continue;
          }
          push({ type: "plus", value: PLUS_LITERAL });
          continue;
        }
        if (value === "@") {
          if (opts.noextglob !== !0 && peek() === "(" && peek(2) !== "?") {
            push({ type: "at", extglob: !0, value, output: "" });
            continue;
          }
          push({ type: "text", value });
          continue;
        }
        if (value !== "*") {
          (value === "$" || value === "^") && (value = `\\${value}`);
          let match = REGEX_NON_SPECIAL_CHARS.exec(remaining());
          match && (value += match[0], state.index += match[0].length), push({ type: "text", value });
          continue;
        }
        if (prev && (prev.type === "globstar" || prev.star === !0)) {
          prev.type = "star", prev.star = !0, prev.value += value, prev.output = star, state.backtrack = !0, state.globstar = !0, consume(value);
          continue;
        }
        let rest = remaining();
        if (opts.noextglob !== !0 && /^\([^?]/.test(rest)) {
          extglobOpen("star", value);
          continue;
        }
        if (prev.type === "star") {
          if (opts.noglobstar === !0) {
            consume(value);
            continue;
          }
          let prior = prev.prev, before = prior.prev, isStart = prior.type === "slash" || prior.type === "bos", afterStar = before && (before.type === "star" || before.type === "globstar");
          if (opts.bash === !0 && (!isStart || rest[0] && rest[0] !== "/")) {
            push({ type: "star", value, output: "" });
            continue;
          }
          let isBrace = state.braces > 0 && (prior.type === "comma" || prior.type === "brace"), isExtglob = extglobs.length && (prior.type === "pipe" || prior.type === "paren");
          if (!isStart && prior.type !== "paren" && !isBrace && !isExtglob) {
            push({ type: "star", value, output: "" });
            continue;
          }
          for (; rest.slice(0, 3) === "/**"; ) {
            let after = input[state.index + 4];
            if (after && after !== "/")
              break;
            rest = rest.slice(3), consume("/**", 3);
          }
          let isEnd = eos() || state.parens > 0 && rest === ")".repeat(state.parens) && !extglobs.some((extglob) => extglob.type === "negate");
          if (prior.type === "bos" && eos()) {
            prev.type = "globstar", prev.value += value, prev.output = globstar(opts), state.output = prev.output, state.globstar = !0, consume(value);
            continue;
          }
          if (prior.type === "slash" && prior.prev.type !== "bos" && !afterStar && isEnd) {
            state.output = state.output.slice(0, -(prior.output + prev.output).length), prior.output = `(?:${prior.output}`, prev.type = "globstar", prev.output = globstar(opts) + (opts.strictSlashes ? ")" : "|$)"), prev.value += value, state.globstar = !0, state.output += prior.output + prev.output, consume(value);
            continue;
          }
          if (prior.type === "slash" && prior.prev.type !== "bos" && rest[0] === "/") {
            let end = rest[1] !== void 0 ? "|$" : "";
            state.output = state.output.slice(0, -(prior.output + prev.output).length), prior.output = `(?:${prior.output}`, prev.type = "globstar", prev.output = `${globstar(opts)}${SLASH_LITERAL}|${SLASH_LITERAL}${end})`, prev.value += value, state.output += prior.output + prev.output, state.globstar = !0, consume(value + advance()), push({ type: "slash", value: "/", output: "" });
            continue;
          }
          if (prior.type === "bos" && rest[0] === "/") {
            prev.type = "globstar", prev.value += value, prev.output = `(?:^|${SLASH_LITERAL}|${globstar(opts)}${SLASH_LITERAL})`, state.output = prev.output, state.globstar = !0, consume(value + advance()), push({ type: "slash", value: "/", output: "" });
            continue;
          }
          state.output = state.output.slice(0, -prev.output.length), prev.type = "globstar", prev.output = globstar(opts), prev.value += value, state.output += prev.output, state.globstar = !0, consume(value);
          continue;
        }
        let token = { type: "star", value, output: star };
        if (opts.bash === !0) {
          token.output = ".*?", (prev.type === "bos" || prev.type === "slash") && (token.output = nodot + token.output), push(token);
          continue;
        }
        if (prev && (prev.type === "bracket" || prev.type === "paren") && opts.regex === !0) {
          token.output = value, push(token);
          continue;
        }
        (state.index === state.start || prev.type === "slash" || prev.type === "dot") && (prev.type === "dot" ? (state.output += NO_DOT_SLASH, prev.output += NO_DOT_SLASH) : opts.dot === !0 ? (state.output += NO_DOTS_SLASH, prev.output += NO_DOTS_SLASH) : (state.output += nodot, prev.output += nodot), peek() !== "*" && (state.output += ONE_CHAR, prev.output += ONE_CHAR)), push(token);
      }
      for (; state.brackets > 0; ) {
        if (opts.strictBrackets === !0) throw new SyntaxError(syntaxError("closing", "]"));
        state.output = utils.escapeLast(state.output, "["), decrement("brackets");
      }
      for (; state.parens > 0; ) {
        if (opts.strictBrackets === !0) throw new SyntaxError(syntaxError("closing", ")"));
        state.output = utils.escapeLast(state.output, "("), decrement("parens");
      }
      for (; state.braces > 0; ) {
        if (opts.strictBrackets === !0) throw new SyntaxError(syntaxError("closing", "}"));
        state.output = utils.escapeLast(state.output, "{"), decrement("braces");
      }
      if (opts.strictSlashes !== !0 && (prev.type === "star" || prev.type === "bracket") && push({ type: "maybe_slash", value: "", output: `${SLASH_LITERAL}?` }), state.backtrack === !0) {
        state.output = "";
        for (let token of state.tokens)
          state.output += token.output != null ? token.output : token.value, token.suffix && (state.output += token.suffix);
      }
      return state;
    };
    parse2.fastpaths = (input, options) => {
      let opts = { ...options }, max = typeof opts.maxLength == "number" ? Math.min(MAX_LENGTH, opts.maxLength) : MAX_LENGTH, len = input.length;
      if (len > max)
        throw new SyntaxError(`Input length: ${len}, exceeds maximum allowed length: ${max}`);
      input = REPLACEMENTS[input] || input;
      let {
        DOT_LITERAL,
        SLASH_LITERAL,
        ONE_CHAR,
        DOTS_SLASH,
        NO_DOT,
        NO_DOTS,
        NO_DOTS_SLASH,
        STAR: STAR2,
        START_ANCHOR
      } = constants.globChars(opts.windows), nodot = opts.dot ? NO_DOTS : NO_DOT, slashDot = opts.dot ? NO_DOTS_SLASH : NO_DOT, capture = opts.capture ? "" : "?:", state = { negated: !1, prefix: "" }, star = opts.bash === !0 ? ".*?" : STAR2;
      opts.capture && (star = `(${star})`);
      let globstar = (opts2) => opts2.noglobstar === !0 ? star : `(${capture}(?:(?!${START_ANCHOR}${opts2.dot ? DOTS_SLASH : DOT_LITERAL}).)*?)`, create = (str6) => {
        switch (str6) {
          case "*":
            return `${nodot}${ONE_CHAR}${star}`;
          case ".*":
            return `${DOT_LITERAL}${ONE_CHAR}${star}`;
          case "*.*":
            return `${nodot}${star}${DOT_LITERAL}${ONE_CHAR}${star}`;
          case "*/*":
            return `${nodot}${star}${SLASH_LITERAL}${ONE_CHAR}${slashDot}${star}`;
          case "**":
            return nodot + globstar(opts);
          case "**/*":
            return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${slashDot}${ONE_CHAR}${star}`;
          case "**/*.*":
            return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${slashDot}${star}${DOT_LITERAL}${ONE_CHAR}${star}`;
          case "**/.*":
            return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${DOT_LITERAL}${ONE_CHAR}${star}`;
          default: {
            let match = /^(.*?)\.(\w+)$/.exec(str6);
            if (!match) return;
            let source2 = create(match[1]);
            return source2 ? source2 + DOT_LITERAL + match[2] : void 0;
          }
        }
      }, output = utils.removePrefix(input, state), source = create(output);
      return source && opts.strictSlashes !== !0 && (source += `${SLASH_LITERAL}?`), source;
    };
    module.exports = parse2;
  }
});

// node_modules/picomatch/lib/picomatch.js
var require_picomatch = __commonJS({
  "node_modules/picomatch/lib/picomatch.js"(exports, module) {
    "use strict";
    var scan2 = require_scan(), parse2 = require_parse(), utils = require_utils(), constants = require_constants(), isObject = (val) => val && typeof val == "object" && !Array.isArray(val), picomatch6 = (glob, options, returnState = !1) => {
      if (Array.isArray(glob)) {
        let fns = glob.map((input) => picomatch6(input, options, returnState));
        return (str6) => {
          for (let isMatch of fns) {
            let state2 = isMatch(str6);
            if (state2) return state2;
          }
          return !1;
        };
      }
      let isState = isObject(glob) && glob.tokens && glob.input;
      if (glob === "" || typeof glob != "string" && !isState)
        throw new TypeError("Expected pattern to be a non-empty string");
      let opts = options || {}, posix19 = opts.windows, regex = isState ? picomatch6.compileRe(glob, options) : picomatch6.makeRe(glob, options, !1, !0), state = regex.state;
      delete regex.state;
      let isIgnored = () => !1;
      if (opts.ignore) {
        let ignoreOpts = { ...options, ignore: null, onMatch: null, onResult: null };
        isIgnored = picomatch6(opts.ignore, ignoreOpts, returnState);
      }
      let matcher = (input, returnObject = !1) => {
        let { isMatch, match, output } = picomatch6.test(input, regex, options, { glob, posix: posix19 }), result = { glob, state, regex, posix: posix19, input, output, match, isMatch };
        return typeof opts.onResult == "function" && opts.onResult(result), isMatch === !1 ? (result.isMatch = !1, returnObject ? result : !1) : isIgnored(input) ? (typeof opts.onIgnore == "function" && opts.onIgnore(result), result.isMatch = !1, returnObject ? result : !1) : (typeof opts.onMatch == "function" && opts.onMatch(result), returnObject ? result : !0);
      };
      return returnState && (matcher.state = state), matcher;
    };
    picomatch6.test = (input, regex, options, { glob, posix: posix19 } = {}) => {
      if (typeof input != "string")
        throw new TypeError("Expected input to be a string");
      if (input === "")
        return { isMatch: !1, output: "" };
      let opts = options || {}, format = opts.format || (posix19 ? utils.toPosixSlashes : null), match = input === glob, output = match && format ? format(input) : input;
      return match === !1 && (output = format ? format(input) : input, match = output === glob), (match === !1 || opts.capture === !0) && (opts.matchBase === !0 || opts.basename === !0 ? match = picomatch6.matchBase(input, regex, options, posix19) : match = regex.exec(output)), { isMatch: !!match, match, output };
    };
    picomatch6.matchBase = (input, glob, options, posix19 = options && options.windows) => (glob instanceof RegExp ? glob : picomatch6.makeRe(glob, options)).test(utils.basename(input, { windows: posix19 }));
    picomatch6.isMatch = (str6, patterns, options) => picomatch6(patterns, options)(str6);
    picomatch6.parse = (pattern, options) => Array.isArray(pattern) ? pattern.map((p) => picomatch6.parse(p, options)) : parse2(pattern, { ...options, fastpaths: !1 });
    picomatch6.scan = (input, options) => scan2(input, options);
    picomatch6.compileRe = (state, options, returnOutput = !1, returnState = !1) => {
      if (returnOutput === !0)
        return state.output;
      let opts = options || {}, prepend = opts.contains ? "" : "^", append = opts.contains ? "" : "$", source = `${prepend}(?:${state.output})${append}`;
      state && state.negated === !0 && (source = `^(?!${source}).*$`);
      let regex = picomatch6.toRegex(source, options);
      return returnState === !0 && (regex.state = state), regex;
    };
    picomatch6.makeRe = (input, options = {}, returnOutput = !1, returnState = !1) => {
      if (!input || typeof input != "string")
        throw new TypeError("Expected a non-empty string");
      let parsed = { negated: !1, fastpaths: !0 };
      return options.fastpaths !== !1 && (input[0] === "." || input[0] === "*") && (parsed.output = parse2.fastpaths(input, options)), parsed.output || (parsed = parse2(input, options)), picomatch6.compileRe(parsed, options, returnOutput, returnState);
    };
    picomatch6.toRegex = (source, options) => {
      try {
        let opts = options || {};
        return new RegExp(source, opts.flags || (opts.nocase ? "i" : ""));
      } catch (err) {
        if (options && options.debug === !0) throw err;
        return /$^/;
      }
    };
    picomatch6.constants = constants;
    module.exports = picomatch6;
  }
});

// node_modules/picomatch/index.js
var require_picomatch2 = __commonJS({
  "node_modules/picomatch/index.js"(exports, module) {
    "use strict";
    var pico = require_picomatch(), utils = require_utils();
    function picomatch6(glob, options, returnState = !1) {
      return options && (options.windows === null || options.windows === void 0) && (options = { ...options, windows: utils.isWindows() }), pico(glob, options, returnState);
    }
    Object.assign(picomatch6, pico);
    module.exports = picomatch6;
  }
});

// src/model.ts
function strongerScope(a, b) {
  return SCOPE_RANK[a] >= SCOPE_RANK[b] ? a : b;
}
var SCOPE_RANK, ParseError, init_model = __esm({
  "src/model.ts"() {
    "use strict";
    SCOPE_RANK = { runtime: 3, optional: 2, peer: 1, dev: 0 };
    ParseError = class extends Error {
      constructor(message, line) {
        super(message);
        this.line = line;
        this.name = "ParseError";
      }
      line;
    };
  }
});

// src/util/hash.ts
function parseIntegrity(value) {
  let hashes = [], invalid = [];
  for (let part of value.trim().split(/\s+/)) {
    if (!part) continue;
    let dash = part.indexOf("-"), alg = dash > 0 ? SRI_ALGS[part.slice(0, dash).toLowerCase()] : void 0, hex = alg ? Buffer.from(part.slice(dash + 1).replace(/\?.*$/, ""), "base64").toString("hex") : "";
    alg && hex.length === HEX_LENGTH[alg] ? hashes.push({ alg, value: hex }) : invalid.push(part);
  }
  return { hashes, invalid };
}
function hexHash(value, alg) {
  let hex = value.trim().toLowerCase();
  if (!/^[0-9a-f]+$/.test(hex)) return;
  let found = alg ?? Object.keys(HEX_LENGTH).find((a) => HEX_LENGTH[a] === hex.length);
  return found && HEX_LENGTH[found] === hex.length ? { alg: found, value: hex } : void 0;
}
function addHash(hashes, hash) {
  hash && !hashes.some((h) => h.alg === hash.alg) && hashes.push(hash);
}
var SRI_ALGS, HEX_LENGTH, init_hash = __esm({
  "src/util/hash.ts"() {
    "use strict";
    SRI_ALGS = {
      md5: "MD5",
      sha1: "SHA-1",
      sha256: "SHA-256",
      sha384: "SHA-384",
      sha512: "SHA-512"
    }, HEX_LENGTH = {
      MD5: 32,
      "SHA-1": 40,
      "SHA-256": 64,
      "SHA-384": 96,
      "SHA-512": 128
    };
  }
});

// src/parsers/result.ts
import { posix } from "node:path";
var ResultBuilder, init_result = __esm({
  "src/parsers/result.ts"() {
    "use strict";
    ResultBuilder = class {
      constructor(input) {
        this.input = input;
        let dir = posix.dirname(input.path);
        this.dir = dir === "." ? "" : dir;
      }
      input;
      packages = [];
      projects = [];
      issues = [];
      /** False once something was skipped or is unknown: the file does not give the full closure. */
      complete = !0;
      /** Folder of the file relative to the scan root ("" at the root). */
      dir;
      /** A path relative to the scan root, from parts relative to the file's folder ("" for the root). */
      rel(...parts) {
        return posix.normalize(posix.join(this.dir, ...parts)).replace(/^\.\/?$/, "").replace(/\/$/, "");
      }
      /** The ParseResult, with the edges however the reader keeps them. */
      finish(format, edges) {
        return {
          format,
          projects: this.projects,
          packages: this.packages,
          edges,
          issues: this.issues,
          complete: this.complete
        };
      }
    };
  }
});

// node_modules/packageurl-js/src/error.js
var require_error = __commonJS({
  "node_modules/packageurl-js/src/error.js"(exports, module) {
    "use strict";
    function formatPurlErrorMessage(message = "") {
      let { length } = message, formatted = "";
      if (length) {
        let code0 = message.charCodeAt(0);
        formatted = code0 >= 65 || code0 <= 90 ? `${message[0].toLowerCase()}${message.slice(1)}` : message, length > 1 && message.charCodeAt(length - 1) === 46 && message.charCodeAt(length - 2) !== 46 && (formatted = formatted.slice(0, -1));
      }
      return `Invalid purl: ${formatted}`;
    }
    var PurlError = class extends Error {
      constructor(message) {
        super(formatPurlErrorMessage(message));
      }
    };
    module.exports = {
      formatPurlErrorMessage,
      PurlError
    };
  }
});

// node_modules/packageurl-js/src/decode.js
var require_decode = __commonJS({
  "node_modules/packageurl-js/src/decode.js"(exports, module) {
    "use strict";
    var { PurlError } = require_error(), { decodeURIComponent: decodeURIComponent2 } = globalThis;
    function decodePurlComponent(comp, encodedURIComponent) {
      try {
        return decodeURIComponent2(encodedURIComponent);
      } catch {
      }
      throw new PurlError(`unable to decode "${comp}" component`);
    }
    module.exports = {
      decodePurlComponent
    };
  }
});

// node_modules/packageurl-js/src/constants.js
var require_constants2 = __commonJS({
  "node_modules/packageurl-js/src/constants.js"(exports, module) {
    "use strict";
    var REUSED_SEARCH_PARAMS = new URLSearchParams(), REUSED_SEARCH_PARAMS_KEY = "_", REUSED_SEARCH_PARAMS_OFFSET = 2;
    module.exports = {
      LOOP_SENTINEL: 1e6,
      REUSED_SEARCH_PARAMS,
      REUSED_SEARCH_PARAMS_KEY,
      REUSED_SEARCH_PARAMS_OFFSET
    };
  }
});

// node_modules/packageurl-js/src/objects.js
var require_objects = __commonJS({
  "node_modules/packageurl-js/src/objects.js"(exports, module) {
    "use strict";
    var { LOOP_SENTINEL } = require_constants2();
    function isObject(value) {
      return value !== null && typeof value == "object";
    }
    function recursiveFreeze(value_) {
      if (value_ === null || !(typeof value_ == "object" || typeof value_ == "function") || Object.isFrozen(value_))
        return value_;
      let queue = [value_], { length: queueLength } = queue, pos = 0;
      for (; pos < queueLength; ) {
        if (pos === LOOP_SENTINEL)
          throw new Error(
            "Detected infinite loop in object crawl of recursiveFreeze"
          );
        let obj = queue[pos++];
        if (Object.freeze(obj), Array.isArray(obj))
          for (let i = 0, { length } = obj; i < length; i += 1) {
            let item = obj[i];
            item !== null && (typeof item == "object" || typeof item == "function") && !Object.isFrozen(item) && (queue[queueLength++] = item);
          }
        else {
          let keys = Reflect.ownKeys(obj);
          for (let i = 0, { length } = keys; i < length; i += 1) {
            let propValue = obj[keys[i]];
            propValue !== null && (typeof propValue == "object" || typeof propValue == "function") && !Object.isFrozen(propValue) && (queue[queueLength++] = propValue);
          }
        }
      }
      return value_;
    }
    module.exports = {
      isObject,
      recursiveFreeze
    };
  }
});

// node_modules/packageurl-js/src/strings.js
var require_strings = __commonJS({
  "node_modules/packageurl-js/src/strings.js"(exports, module) {
    "use strict";
    var { compare: localeCompare } = new Intl.Collator(), regexSemverNumberedGroups = /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-((?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*)(?:\.(?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*))*))?(?:\+([0-9a-zA-Z-]+(?:\.[0-9a-zA-Z-]+)*))?$/;
    function isBlank(str6) {
      for (let i = 0, { length } = str6; i < length; i += 1) {
        let code = str6.charCodeAt(i);
        if (!// Whitespace characters according to ECMAScript spec:
        // https://tc39.es/ecma262/#sec-white-space
        (code === 32 || // Space
        code === 9 || // Tab
        code === 10 || // Line Feed
        code === 11 || // Vertical Tab
        code === 12 || // Form Feed
        code === 13 || // Carriage Return
        code === 160 || // No-Break Space
        code === 5760 || // Ogham Space Mark
        code === 8192 || // En Quad
        code === 8193 || // Em Quad
        code === 8194 || // En Space
        code === 8195 || // Em Space
        code === 8196 || // Three-Per-Em Space
        code === 8197 || // Four-Per-Em Space
        code === 8198 || // Six-Per-Em Space
        code === 8199 || // Figure Space
        code === 8200 || // Punctuation Space
        code === 8201 || // Thin Space
        code === 8202 || // Hair Space
        code === 8232 || // Line Separator
        code === 8233 || // Paragraph Separator
        code === 8239 || // Narrow No-Break Space
        code === 8287 || // Medium Mathematical Space
        code === 12288 || // Ideographic Space
        code === 65279))
          return !1;
      }
      return !0;
    }
    function isNonEmptyString(value) {
      return typeof value == "string" && value.length > 0;
    }
    function isSemverString(value) {
      return typeof value == "string" && regexSemverNumberedGroups.test(value);
    }
    function lowerName(purl) {
      purl.name = purl.name.toLowerCase();
    }
    function lowerNamespace(purl) {
      let { namespace } = purl;
      typeof namespace == "string" && (purl.namespace = namespace.toLowerCase());
    }
    function lowerVersion(purl) {
      let { version } = purl;
      typeof version == "string" && (purl.version = version.toLowerCase());
    }
    function replaceDashesWithUnderscores(str6) {
      let result = "", fromIndex = 0, index = 0;
      for (; (index = str6.indexOf("-", fromIndex)) !== -1; )
        result = result + str6.slice(fromIndex, index) + "_", fromIndex = index + 1;
      return fromIndex ? result + str6.slice(fromIndex) : str6;
    }
    function replaceUnderscoresWithDashes(str6) {
      let result = "", fromIndex = 0, index = 0;
      for (; (index = str6.indexOf("_", fromIndex)) !== -1; )
        result = result + str6.slice(fromIndex, index) + "-", fromIndex = index + 1;
      return fromIndex ? result + str6.slice(fromIndex) : str6;
    }
    function trimLeadingSlashes(str6) {
      let start = 0;
      for (; str6.charCodeAt(start) === 47; )
        start += 1;
      return start === 0 ? str6 : str6.slice(start);
    }
    module.exports = {
      isBlank,
      isNonEmptyString,
      isSemverString,
      localeCompare,
      lowerName,
      lowerNamespace,
      lowerVersion,
      replaceDashesWithUnderscores,
      replaceUnderscoresWithDashes,
      trimLeadingSlashes
    };
  }
});

// node_modules/packageurl-js/src/encode.js
var require_encode = __commonJS({
  "node_modules/packageurl-js/src/encode.js"(exports, module) {
    "use strict";
    var {
      REUSED_SEARCH_PARAMS,
      REUSED_SEARCH_PARAMS_KEY,
      REUSED_SEARCH_PARAMS_OFFSET
    } = require_constants2(), { isObject } = require_objects(), { isNonEmptyString } = require_strings(), { encodeURIComponent: encodeURIComponent2 } = globalThis;
    function encodeNamespace(namespace) {
      return isNonEmptyString(namespace) ? encodeURIComponent2(namespace).replace(/%3A/g, ":").replace(/%2F/g, "/") : "";
    }
    function encodeQualifierParam(param) {
      return isNonEmptyString(param) ? (REUSED_SEARCH_PARAMS.set(REUSED_SEARCH_PARAMS_KEY, param), replacePlusSignWithPercentEncodedSpace(
        REUSED_SEARCH_PARAMS.toString().slice(REUSED_SEARCH_PARAMS_OFFSET)
      )) : "";
    }
    function encodeQualifiers2(qualifiers) {
      if (isObject(qualifiers)) {
        let qualifiersKeys = Object.keys(qualifiers).sort(), searchParams = new URLSearchParams();
        for (let i = 0, { length } = qualifiersKeys; i < length; i += 1) {
          let key = qualifiersKeys[i];
          searchParams.set(key, qualifiers[key]);
        }
        return replacePlusSignWithPercentEncodedSpace(searchParams.toString());
      }
      return "";
    }
    function encodeSubpath(subpath) {
      return isNonEmptyString(subpath) ? encodeURIComponent2(subpath).replace(/%2F/g, "/") : "";
    }
    function encodeVersion(version) {
      return isNonEmptyString(version) ? encodeURIComponent2(version).replace(/%3A/g, ":").replace(/%2B/g, "+") : "";
    }
    function replacePlusSignWithPercentEncodedSpace(str6) {
      return str6.replace(/\+/g, "%20");
    }
    module.exports = {
      encodeNamespace,
      encodeVersion,
      encodeQualifiers: encodeQualifiers2,
      encodeQualifierParam,
      encodeSubpath,
      encodeURIComponent: encodeURIComponent2
    };
  }
});

// node_modules/packageurl-js/src/helpers.js
var require_helpers = __commonJS({
  "node_modules/packageurl-js/src/helpers.js"(exports, module) {
    "use strict";
    function createHelpersNamespaceObject(helpers, options_ = {}) {
      let { comparator, ...defaults } = { __proto__: null, ...options_ }, helperNames = Object.keys(helpers).sort(), propNames = [
        ...new Set([...Object.values(helpers)].map(Object.keys).flat())
      ].sort(comparator), nsObject = /* @__PURE__ */ Object.create(null);
      for (let i = 0, { length } = propNames; i < length; i += 1) {
        let propName = propNames[i], helpersForProp = /* @__PURE__ */ Object.create(null);
        for (let j = 0, { length: length_j } = helperNames; j < length_j; j += 1) {
          let helperName = helperNames[j], helperValue = helpers[helperName][propName] ?? defaults[helperName];
          helperValue !== void 0 && (helpersForProp[helperName] = helperValue);
        }
        nsObject[propName] = helpersForProp;
      }
      return nsObject;
    }
    module.exports = {
      createHelpersNamespaceObject
    };
  }
});

// node_modules/packageurl-js/src/normalize.js
var require_normalize = __commonJS({
  "node_modules/packageurl-js/src/normalize.js"(exports, module) {
    "use strict";
    var { isObject } = require_objects(), { isBlank } = require_strings();
    function normalizeName(rawName) {
      return typeof rawName == "string" ? rawName.trim() : void 0;
    }
    function normalizeNamespace(rawNamespace) {
      return typeof rawNamespace == "string" ? normalizePath(rawNamespace) : void 0;
    }
    function normalizePath(pathname, callback) {
      let collapsed = "", start = 0;
      for (; pathname.charCodeAt(start) === 47; )
        start += 1;
      let nextIndex = pathname.indexOf("/", start);
      if (nextIndex === -1)
        return pathname.slice(start);
      for (; nextIndex !== -1; ) {
        let segment = pathname.slice(start, nextIndex);
        for ((callback === void 0 || callback(segment)) && (collapsed = collapsed + (collapsed.length === 0 ? "" : "/") + segment), start = nextIndex + 1; pathname.charCodeAt(start) === 47; )
          start += 1;
        nextIndex = pathname.indexOf("/", start);
      }
      let lastSegment = pathname.slice(start);
      return lastSegment.length !== 0 && (callback === void 0 || callback(lastSegment)) && (collapsed = collapsed + "/" + lastSegment), collapsed;
    }
    function normalizeQualifiers(rawQualifiers) {
      let qualifiers;
      for (let { 0: key, 1: value } of qualifiersToEntries(rawQualifiers)) {
        let trimmed = (typeof value == "string" ? value : String(value)).trim();
        trimmed.length !== 0 && (qualifiers === void 0 && (qualifiers = { __proto__: null }), qualifiers[key.toLowerCase()] = trimmed);
      }
      return qualifiers;
    }
    function normalizeSubpath(rawSubpath) {
      return typeof rawSubpath == "string" ? normalizePath(rawSubpath, subpathFilter) : void 0;
    }
    function normalizeType(rawType) {
      return typeof rawType == "string" ? rawType.trim().toLowerCase() : void 0;
    }
    function normalizeVersion(rawVersion) {
      return typeof rawVersion == "string" ? rawVersion.trim() : void 0;
    }
    function qualifiersToEntries(rawQualifiers) {
      return isObject(rawQualifiers) ? rawQualifiers instanceof URLSearchParams ? rawQualifiers.entries() : Object.entries(rawQualifiers) : typeof rawQualifiers == "string" ? new URLSearchParams(rawQualifiers).entries() : Object.entries({});
    }
    function subpathFilter(segment) {
      let { length } = segment;
      return length === 1 && segment.charCodeAt(0) === 46 || length === 2 && segment.charCodeAt(0) === 46 && segment.charCodeAt(1) === 46 ? !1 : !isBlank(segment);
    }
    module.exports = {
      normalizeName,
      normalizeNamespace,
      normalizePath,
      normalizeQualifiers,
      normalizeSubpath,
      normalizeType,
      normalizeVersion
    };
  }
});

// node_modules/packageurl-js/src/lang.js
var require_lang = __commonJS({
  "node_modules/packageurl-js/src/lang.js"(exports, module) {
    "use strict";
    function isNullishOrEmptyString(value) {
      return value == null || typeof value == "string" && value.length === 0;
    }
    module.exports = {
      isNullishOrEmptyString
    };
  }
});

// node_modules/packageurl-js/src/validate.js
var require_validate = __commonJS({
  "node_modules/packageurl-js/src/validate.js"(exports, module) {
    "use strict";
    var { PurlError } = require_error(), { isNullishOrEmptyString } = require_lang(), { isNonEmptyString } = require_strings();
    function validateEmptyByType(type, name, value, throws2) {
      if (!isNullishOrEmptyString(value)) {
        if (throws2)
          throw new PurlError(`${type} "${name}" component must be empty`);
        return !1;
      }
      return !0;
    }
    function validateName(name, throws2) {
      return validateRequired("name", name, throws2) && validateStrings("name", name, throws2);
    }
    function validateNamespace(namespace, throws2) {
      return validateStrings("namespace", namespace, throws2);
    }
    function validateQualifiers(qualifiers, throws2) {
      if (qualifiers == null)
        return !0;
      if (typeof qualifiers != "object") {
        if (throws2)
          throw new PurlError('"qualifiers" must be an object');
        return !1;
      }
      let keysIterable = (
        // URL searchParams have an "keys" method that returns an iterator.
        typeof qualifiers.keys == "function" ? qualifiers.keys() : Object.keys(qualifiers)
      );
      for (let key of keysIterable)
        if (!validateQualifierKey(key, throws2))
          return !1;
      return !0;
    }
    function validateQualifierKey(key, throws2) {
      if (!validateStartsWithoutNumber("qualifier", key, throws2))
        return !1;
      for (let i = 0, { length } = key; i < length; i += 1) {
        let code = key.charCodeAt(i);
        if (!(code >= 48 && code <= 57 || // 0-9
        code >= 65 && code <= 90 || // A-Z
        code >= 97 && code <= 122 || // a-z
        code === 46 || // .
        code === 45 || // -
        code === 95)) {
          if (throws2)
            throw new PurlError(
              `qualifier "${key}" contains an illegal character`
            );
          return !1;
        }
      }
      return !0;
    }
    function validateRequired(name, value, throws2) {
      if (isNullishOrEmptyString(value)) {
        if (throws2)
          throw new PurlError(`"${name}" is a required component`);
        return !1;
      }
      return !0;
    }
    function validateRequiredByType(type, name, value, throws2) {
      if (isNullishOrEmptyString(value)) {
        if (throws2)
          throw new PurlError(`${type} requires a "${name}" component`);
        return !1;
      }
      return !0;
    }
    function validateStartsWithoutNumber(name, value, throws2) {
      if (isNonEmptyString(value)) {
        let code = value.charCodeAt(0);
        if (code >= 48 && code <= 57) {
          if (throws2)
            throw new PurlError(
              `${name} "${value}" cannot start with a number`
            );
          return !1;
        }
      }
      return !0;
    }
    function validateStrings(name, value, throws2) {
      if (value == null || typeof value == "string")
        return !0;
      if (throws2)
        throw new PurlError(`"'${name}" must be a string`);
      return !1;
    }
    function validateSubpath(subpath, throws2) {
      return validateStrings("subpath", subpath, throws2);
    }
    function validateType(type, throws2) {
      if (!validateRequired("type", type, throws2) || !validateStrings("type", type, throws2) || !validateStartsWithoutNumber("type", type, throws2))
        return !1;
      for (let i = 0, { length } = type; i < length; i += 1) {
        let code = type.charCodeAt(i);
        if (!(code >= 48 && code <= 57 || // 0-9
        code >= 65 && code <= 90 || // A-Z
        code >= 97 && code <= 122 || // a-z
        code === 46 || // .
        code === 43 || // +
        code === 45)) {
          if (throws2)
            throw new PurlError(
              `type "${type}" contains an illegal character`
            );
          return !1;
        }
      }
      return !0;
    }
    function validateVersion(version, throws2) {
      return validateStrings("version", version, throws2);
    }
    module.exports = {
      validateEmptyByType,
      validateName,
      validateNamespace,
      validateQualifiers,
      validateQualifierKey,
      validateRequired,
      validateRequiredByType,
      validateStartsWithoutNumber,
      validateStrings,
      validateSubpath,
      validateType,
      validateVersion
    };
  }
});

// node_modules/packageurl-js/src/purl-component.js
var require_purl_component = __commonJS({
  "node_modules/packageurl-js/src/purl-component.js"(exports, module) {
    "use strict";
    var {
      encodeNamespace,
      encodeVersion,
      encodeQualifiers: encodeQualifiers2,
      encodeQualifierParam,
      encodeSubpath,
      encodeURIComponent: encodeURIComponent2
    } = require_encode(), { createHelpersNamespaceObject } = require_helpers(), {
      normalizeType,
      normalizeNamespace,
      normalizeName,
      normalizeVersion,
      normalizeQualifiers,
      normalizeSubpath
    } = require_normalize(), { localeCompare, isNonEmptyString } = require_strings(), {
      validateType,
      validateNamespace,
      validateName,
      validateVersion,
      validateQualifiers,
      validateQualifierKey,
      validateSubpath
    } = require_validate(), PurlComponentEncoder = (comp) => isNonEmptyString(comp) ? encodeURIComponent2(comp) : "", PurlComponentStringNormalizer = (comp) => typeof comp == "string" ? comp : void 0, PurlComponentValidator = (_comp, _throws) => !0, componentSortOrderLookup = {
      __proto__: null,
      type: 0,
      namespace: 1,
      name: 2,
      version: 3,
      qualifiers: 4,
      qualifierKey: 5,
      qualifierValue: 6,
      subpath: 7
    };
    function componentSortOrder(comp) {
      return componentSortOrderLookup[comp] ?? comp;
    }
    function componentComparator(compA, compB) {
      return localeCompare(componentSortOrder(compA), componentSortOrder(compB));
    }
    module.exports = {
      // Rules for each purl component:
      // https://github.com/package-url/purl-spec/blob/master/PURL-SPECIFICATION.rst#rules-for-each-purl-component
      PurlComponent: createHelpersNamespaceObject(
        {
          encode: {
            namespace: encodeNamespace,
            version: encodeVersion,
            qualifiers: encodeQualifiers2,
            qualifierKey: encodeQualifierParam,
            qualifierValue: encodeQualifierParam,
            subpath: encodeSubpath
          },
          normalize: {
            type: normalizeType,
            namespace: normalizeNamespace,
            name: normalizeName,
            version: normalizeVersion,
            qualifiers: normalizeQualifiers,
            subpath: normalizeSubpath
          },
          validate: {
            type: validateType,
            namespace: validateNamespace,
            name: validateName,
            version: validateVersion,
            qualifierKey: validateQualifierKey,
            qualifiers: validateQualifiers,
            subpath: validateSubpath
          }
        },
        {
          comparator: componentComparator,
          encode: PurlComponentEncoder,
          normalize: PurlComponentStringNormalizer,
          validate: PurlComponentValidator
        }
      )
    };
  }
});

// node_modules/packageurl-js/src/purl-qualifier-names.js
var require_purl_qualifier_names = __commonJS({
  "node_modules/packageurl-js/src/purl-qualifier-names.js"(exports, module) {
    "use strict";
    module.exports = {
      // Known qualifiers:
      // https://github.com/package-url/purl-spec/blob/master/PURL-SPECIFICATION.rst#known-qualifiers-keyvalue-pairs
      PurlQualifierNames: {
        __proto__: null,
        RepositoryUrl: "repository_url",
        DownloadUrl: "download_url",
        VcsUrl: "vcs_url",
        FileName: "file_name",
        Checksum: "checksum"
      }
    };
  }
});

// node_modules/packageurl-js/src/purl-type.js
var require_purl_type = __commonJS({
  "node_modules/packageurl-js/src/purl-type.js"(exports, module) {
    "use strict";
    var { isNullishOrEmptyString } = require_lang(), { createHelpersNamespaceObject } = require_helpers(), {
      isSemverString,
      lowerName,
      lowerNamespace,
      lowerVersion,
      replaceDashesWithUnderscores,
      replaceUnderscoresWithDashes
    } = require_strings(), { validateEmptyByType, validateRequiredByType } = require_validate(), { PurlError } = require_error(), PurlTypNormalizer = (purl) => purl, PurlTypeValidator = (_purl, _throws) => !0;
    module.exports = {
      // PURL types:
      // https://github.com/package-url/purl-spec/blob/master/PURL-TYPES.rst
      PurlType: createHelpersNamespaceObject(
        {
          normalize: {
            // https://github.com/package-url/purl-spec/blob/master/PURL-TYPES.rst#alpm
            alpm(purl) {
              return lowerNamespace(purl), lowerName(purl), purl;
            },
            // https://github.com/package-url/purl-spec/blob/master/PURL-TYPES.rst#apk
            apk(purl) {
              return lowerNamespace(purl), lowerName(purl), purl;
            },
            // https://github.com/package-url/purl-spec/blob/master/PURL-TYPES.rst#bitbucket
            bitbucket(purl) {
              return lowerNamespace(purl), lowerName(purl), purl;
            },
            // https://github.com/package-url/purl-spec/blob/master/PURL-TYPES.rst#bitnami
            bitnami(purl) {
              return lowerName(purl), purl;
            },
            // https://github.com/package-url/purl-spec/blob/master/PURL-TYPES.rst#composer
            composer(purl) {
              return lowerNamespace(purl), lowerName(purl), purl;
            },
            // https://github.com/package-url/purl-spec/blob/master/PURL-TYPES.rst#deb
            deb(purl) {
              return lowerNamespace(purl), lowerName(purl), purl;
            },
            // https://github.com/package-url/purl-spec/blob/master/PURL-TYPES.rst#other-candidate-types-to-define
            gitlab(purl) {
              return lowerNamespace(purl), lowerName(purl), purl;
            },
            // https://github.com/package-url/purl-spec/blob/master/PURL-TYPES.rst#github
            github(purl) {
              return lowerNamespace(purl), lowerName(purl), purl;
            },
            // https://github.com/package-url/purl-spec/blob/master/PURL-TYPES.rst#golang
            // golang(purl) {
            //     // Ignore case-insensitive rule because go.mod are case-sensitive.
            //     // Pending spec change: https://github.com/package-url/purl-spec/pull/196
            //     lowerNamespace(purl)
            //     lowerName(purl)
            //     return purl
            // },
            // https://github.com/package-url/purl-spec/blob/master/PURL-TYPES.rst#hex
            hex(purl) {
              return lowerNamespace(purl), lowerName(purl), purl;
            },
            // https://github.com/package-url/purl-spec/blob/master/PURL-TYPES.rst#huggingface
            huggingface(purl) {
              return lowerVersion(purl), purl;
            },
            // https://github.com/package-url/purl-spec/blob/master/PURL-TYPES.rst#mlflow
            mlflow(purl) {
              return purl.qualifiers?.repository_url?.includes("databricks") && lowerName(purl), purl;
            },
            // https://github.com/package-url/purl-spec/blob/master/PURL-TYPES.rst#npm
            npm(purl) {
              return lowerNamespace(purl), lowerName(purl), purl;
            },
            // https://github.com/package-url/purl-spec/blob/master/PURL-TYPES.rst#luarocks
            luarocks(purl) {
              return lowerVersion(purl), purl;
            },
            // https://github.com/package-url/purl-spec/blob/master/PURL-TYPES.rst#oci
            oci(purl) {
              return lowerName(purl), purl;
            },
            // https://github.com/package-url/purl-spec/blob/master/PURL-TYPES.rst#pub
            pub(purl) {
              return lowerName(purl), purl.name = replaceDashesWithUnderscores(purl.name), purl;
            },
            // https://github.com/package-url/purl-spec/blob/master/PURL-TYPES.rst#pypi
            pypi(purl) {
              return lowerNamespace(purl), lowerName(purl), purl.name = replaceUnderscoresWithDashes(purl.name), purl;
            },
            // https://github.com/package-url/purl-spec/blob/master/PURL-TYPES.rst#qpkg
            qpkg(purl) {
              return lowerNamespace(purl), purl;
            },
            // https://github.com/package-url/purl-spec/blob/master/PURL-TYPES.rst#rpm
            rpm(purl) {
              return lowerNamespace(purl), purl;
            }
          },
          validate: {
            // TODO: cocoapods name validation
            // TODO: cpan namespace validation
            // TODO: swid qualifier validation
            // https://github.com/package-url/purl-spec/blob/master/PURL-TYPES.rst#conan
            conan(purl, throws2) {
              if (isNullishOrEmptyString(purl.namespace)) {
                if (purl.qualifiers?.channel) {
                  if (throws2)
                    throw new PurlError(
                      'conan requires a "namespace" component when a "channel" qualifier is present'
                    );
                  return !1;
                }
              } else if (isNullishOrEmptyString(purl.qualifiers)) {
                if (throws2)
                  throw new PurlError(
                    'conan requires a "qualifiers" component when a namespace is present'
                  );
                return !1;
              }
              return !0;
            },
            // https://github.com/package-url/purl-spec/blob/master/PURL-TYPES.rst#cran
            cran(purl, throws2) {
              return validateRequiredByType(
                "cran",
                "version",
                purl.version,
                throws2
              );
            },
            // https://github.com/package-url/purl-spec/blob/master/PURL-TYPES.rst#golang
            golang(purl) {
              let { version } = purl;
              if ((typeof version == "string" ? version.length : 0) && version.charCodeAt(0) === 118 && !isSemverString(version.slice(1))) {
                if (throws)
                  throw new PurlError(
                    'golang "version" component starting with a "v" must be followed by a valid semver version'
                  );
                return !1;
              }
              return !0;
            },
            // https://github.com/package-url/purl-spec/blob/master/PURL-TYPES.rst#maven
            maven(purl, throws2) {
              return validateRequiredByType(
                "maven",
                "namespace",
                purl.namespace,
                throws2
              );
            },
            // https://github.com/package-url/purl-spec/blob/master/PURL-TYPES.rst#mlflow
            mlflow(purl, throws2) {
              return validateEmptyByType(
                "mlflow",
                "namespace",
                purl.namespace,
                throws2
              );
            },
            // https://github.com/package-url/purl-spec/blob/master/PURL-TYPES.rst#oci
            oci(purl, throws2) {
              return validateEmptyByType(
                "oci",
                "namespace",
                purl.namespace,
                throws2
              );
            },
            // https://github.com/package-url/purl-spec/blob/master/PURL-TYPES.rst#pub
            pub(purl, throws2) {
              let { name } = purl;
              for (let i = 0, { length } = name; i < length; i += 1) {
                let code = name.charCodeAt(i);
                if (!(code >= 48 && code <= 57 || // 0-9
                code >= 97 && code <= 122 || // a-z
                code === 95)) {
                  if (throws2)
                    throw new PurlError(
                      'pub "name" component may only contain [a-z0-9_] characters'
                    );
                  return !1;
                }
              }
              return !0;
            },
            // https://github.com/package-url/purl-spec/blob/master/PURL-TYPES.rst#swift
            swift(purl, throws2) {
              return validateRequiredByType(
                "swift",
                "namespace",
                purl.namespace,
                throws2
              ) && validateRequiredByType(
                "swift",
                "version",
                purl.version,
                throws2
              );
            }
          }
        },
        {
          normalize: PurlTypNormalizer,
          validate: PurlTypeValidator
        }
      )
    };
  }
});

// node_modules/packageurl-js/src/package-url.js
var require_package_url = __commonJS({
  "node_modules/packageurl-js/src/package-url.js"(exports, module) {
    "use strict";
    var { decodePurlComponent } = require_decode(), { isObject, recursiveFreeze } = require_objects(), { isBlank, isNonEmptyString, trimLeadingSlashes } = require_strings(), { PurlComponent } = require_purl_component(), { PurlQualifierNames } = require_purl_qualifier_names(), { PurlType } = require_purl_type(), { PurlError } = require_error(), PackageURL = class _PackageURL {
      static Component = recursiveFreeze(PurlComponent);
      static KnownQualifierNames = recursiveFreeze(PurlQualifierNames);
      static Type = recursiveFreeze(PurlType);
      constructor(rawType, rawNamespace, rawName, rawVersion, rawQualifiers, rawSubpath) {
        let type = isNonEmptyString(rawType) ? PurlComponent.type.normalize(rawType) : rawType;
        PurlComponent.type.validate(type, !0);
        let namespace = isNonEmptyString(rawNamespace) ? PurlComponent.namespace.normalize(rawNamespace) : rawNamespace;
        PurlComponent.namespace.validate(namespace, !0);
        let name = isNonEmptyString(rawName) ? PurlComponent.name.normalize(rawName) : rawName;
        PurlComponent.name.validate(name, !0);
        let version = isNonEmptyString(rawVersion) ? PurlComponent.version.normalize(rawVersion) : rawVersion;
        PurlComponent.version.validate(version, !0);
        let qualifiers = typeof rawQualifiers == "string" || isObject(rawQualifiers) ? PurlComponent.qualifiers.normalize(rawQualifiers) : rawQualifiers;
        PurlComponent.qualifiers.validate(qualifiers, !0);
        let subpath = isNonEmptyString(rawSubpath) ? PurlComponent.subpath.normalize(rawSubpath) : rawSubpath;
        PurlComponent.subpath.validate(subpath, !0), this.type = type, this.name = name, this.namespace = namespace ?? void 0, this.version = version ?? void 0, this.qualifiers = qualifiers ?? void 0, this.subpath = subpath ?? void 0;
        let typeHelpers = PurlType[type];
        typeHelpers && (typeHelpers.normalize(this), typeHelpers.validate(this, !0));
      }
      toString() {
        let { namespace, name, version, qualifiers, subpath, type } = this, purlStr = `pkg:${PurlComponent.type.encode(type)}/`;
        return namespace && (purlStr = `${purlStr}${PurlComponent.namespace.encode(namespace)}/`), purlStr = `${purlStr}${PurlComponent.name.encode(name)}`, version && (purlStr = `${purlStr}@${PurlComponent.version.encode(version)}`), qualifiers && (purlStr = `${purlStr}?${PurlComponent.qualifiers.encode(qualifiers)}`), subpath && (purlStr = `${purlStr}#${PurlComponent.subpath.encode(subpath)}`), purlStr;
      }
      static fromString(purlStr) {
        return new _PackageURL(..._PackageURL.parseString(purlStr));
      }
      static parseString(purlStr) {
        if (typeof purlStr != "string")
          throw new Error("A purl string argument is required.");
        if (isBlank(purlStr))
          return [
            void 0,
            void 0,
            void 0,
            void 0,
            void 0,
            void 0
          ];
        let colonIndex = purlStr.indexOf(":"), url, maybeUrlWithAuth;
        if (colonIndex !== -1)
          try {
            let beforeColon = purlStr.slice(0, colonIndex), afterColon = purlStr.slice(colonIndex + 1), trimmedAfterColon = trimLeadingSlashes(afterColon);
            url = new URL(`${beforeColon}:${trimmedAfterColon}`), maybeUrlWithAuth = afterColon.length === trimmedAfterColon.length ? url : new URL(purlStr);
          } catch (e) {
            throw new PurlError("failed to parse as URL", {
              cause: e
            });
          }
        if (url?.protocol !== "pkg:")
          throw new PurlError('missing required "pkg" scheme component');
        if (maybeUrlWithAuth.username !== "" || maybeUrlWithAuth.password !== "")
          throw new PurlError('cannot contain a "user:pass@host:port"');
        let { pathname } = url, firstSlashIndex = pathname.indexOf("/"), rawType = decodePurlComponent(
          "type",
          firstSlashIndex === -1 ? pathname : pathname.slice(0, firstSlashIndex)
        );
        if (firstSlashIndex < 1)
          return [
            rawType,
            void 0,
            void 0,
            void 0,
            void 0,
            void 0
          ];
        let rawVersion, atSignIndex = pathname.lastIndexOf("@");
        atSignIndex !== -1 && pathname.charCodeAt(atSignIndex - 1) === 47 && (atSignIndex = -1);
        let beforeVersion = pathname.slice(
          rawType.length + 1,
          atSignIndex === -1 ? pathname.length : atSignIndex
        );
        atSignIndex !== -1 && (rawVersion = decodePurlComponent(
          "version",
          pathname.slice(atSignIndex + 1)
        ));
        let rawNamespace, rawName, lastSlashIndex = beforeVersion.lastIndexOf("/");
        lastSlashIndex === -1 ? rawName = decodePurlComponent("name", beforeVersion) : (rawName = decodePurlComponent(
          "name",
          beforeVersion.slice(lastSlashIndex + 1)
        ), rawNamespace = decodePurlComponent(
          "namespace",
          beforeVersion.slice(0, lastSlashIndex)
        ));
        let rawQualifiers, { searchParams } = url;
        searchParams.size !== 0 && (searchParams.forEach(
          (value) => decodePurlComponent("qualifiers", value)
        ), rawQualifiers = searchParams);
        let rawSubpath, { hash } = url;
        return hash.length !== 0 && (rawSubpath = decodePurlComponent("subpath", hash.slice(1))), [
          rawType,
          rawNamespace,
          rawName,
          rawVersion,
          rawQualifiers,
          rawSubpath
        ];
      }
    };
    for (let staticProp of ["Component", "KnownQualifierNames", "Type"])
      Reflect.defineProperty(PackageURL, staticProp, {
        ...Reflect.getOwnPropertyDescriptor(PackageURL, staticProp),
        writable: !1
      });
    Reflect.setPrototypeOf(PackageURL.prototype, null);
    module.exports = {
      PackageURL,
      PurlComponent,
      PurlQualifierNames,
      PurlType
    };
  }
});

// node_modules/packageurl-js/index.js
var require_packageurl_js = __commonJS({
  "node_modules/packageurl-js/index.js"(exports, module) {
    "use strict";
    var {
      PackageURL,
      PurlComponent,
      PurlQualifierNames,
      PurlType
    } = require_package_url();
    module.exports = {
      PackageURL,
      PurlComponent,
      PurlQualifierNames,
      PurlType
    };
  }
});

// src/purl/library.ts
import { createRequire } from "node:module";
function packageUrlLibrary() {
  return library ??= typeof __require == "function" ? (
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    require_packageurl_js()
  ) : createRequire(import.meta.url)("packageurl-js"), library;
}
var library, init_library = __esm({
  "src/purl/library.ts"() {
    "use strict";
  }
});

// src/purl/purl.ts
function encodeQualifierValue(value) {
  return encodeURIComponent(value).replace(/%3A/gi, ":");
}
function encodeQualifiers(qualifiers) {
  if (!qualifiers) return "";
  let parts = [];
  for (let key of Object.keys(qualifiers).sort()) {
    let value = qualifiers[key];
    if (!(value === void 0 || value === "")) {
      if (!/^[A-Za-z.\-_][A-Za-z0-9.\-_]*$/.test(key)) throw new Error(`invalid purl qualifier key "${key}"`);
      parts.push(`${key.toLowerCase()}=${encodeQualifierValue(value)}`);
    }
  }
  return parts.length ? `?${parts.join("&")}` : "";
}
function buildPurl(type, namespace, name, version, qualifiers, subpath) {
  return fastPurl(type, namespace, name, version, qualifiers, subpath) ?? buildPurlWithLibrary(type, namespace, name, version, qualifiers, subpath);
}
function fastPurl(type, namespace, name, version, qualifiers, subpath) {
  let rule = FAST_TYPES[type];
  if (!rule || subpath || !rule.plain.test(name) || version && !PLAIN_VERSION.test(version))
    return;
  let ns = "";
  if (namespace) {
    if (rule.namespace === "none") return;
    let scoped = type === "npm" && namespace.startsWith("@"), bare = scoped ? namespace.slice(1) : namespace;
    if (!rule.plain.test(bare)) return;
    ns = `${scoped ? "%40" : ""}${bare}/`;
  } else if (rule.namespace === "required") return;
  return `pkg:${type}/${ns}${name}${version ? `@${version}` : ""}${encodeQualifiers(qualifiers)}`;
}
function buildPurlWithLibrary(type, namespace, name, version, qualifiers, subpath) {
  let { PackageURL } = packageUrlLibrary(), base = new PackageURL(
    type,
    namespace || void 0,
    name,
    version || void 0,
    void 0,
    subpath || void 0
  );
  CASE_KEPT.has(type) && (base.name = name, base.namespace = namespace || void 0);
  let text = base.toString(), hash = text.indexOf("#"), head = hash === -1 ? text : text.slice(0, hash), at = head.lastIndexOf("@");
  version && at !== -1 && (head = head.slice(0, at + 1) + head.slice(at + 1).replace(/\+/g, "%2B"));
  let tail = hash === -1 ? "" : text.slice(hash);
  return head + encodeQualifiers(qualifiers) + tail;
}
function npmPurl(name, version, qualifiers) {
  let slash = name.startsWith("@") ? name.indexOf("/") : -1;
  return slash > 0 ? buildPurl("npm", name.slice(0, slash), name.slice(slash + 1), version, qualifiers) : buildPurl("npm", void 0, name, version, qualifiers);
}
var CASE_KEPT, PLAIN, PLAIN_LOWER, PLAIN_VERSION, FAST_TYPES, init_purl = __esm({
  "src/purl/purl.ts"() {
    "use strict";
    init_library();
    CASE_KEPT = /* @__PURE__ */ new Set(["npm"]);
    PLAIN = /^[A-Za-z0-9._~-]+$/, PLAIN_LOWER = /^[a-z0-9.~-]+$/, PLAIN_VERSION = /^[A-Za-z0-9._~-]+$/, FAST_TYPES = {
      npm: { plain: PLAIN, namespace: "optional" },
      cargo: { plain: PLAIN, namespace: "none" },
      maven: { plain: PLAIN, namespace: "required" },
      pypi: { plain: PLAIN_LOWER, namespace: "none" },
      composer: { plain: PLAIN_LOWER, namespace: "required" }
    };
  }
});

// src/parsers/npm/source.ts
function isGitSpec(spec) {
  return /^(git\+|git:|git@|github:|gitlab:|bitbucket:|gist:)/.test(spec) || /^[\w.-]+\/[\w.-]+(#.*)?$/.test(spec);
}
function classifyResolved(name, resolved) {
  if (!resolved) return { source: "registry" };
  if (isGitSpec(resolved)) return { source: "git", qualifiers: { vcs_url: resolved } };
  if (/^https?:\/\//.test(resolved)) {
    let marker = `/${name}/-/`, at = resolved.indexOf(marker);
    if (at > 0) {
      let registry = resolved.slice(0, at).replace(/\/$/, "");
      return DEFAULT_REGISTRIES.includes(registry.replace(/^http:/, "https:")) ? { source: "registry" } : { source: "registry", qualifiers: { repository_url: registry } };
    }
    return { source: "url", qualifiers: { download_url: resolved } };
  }
  return resolved.startsWith("link:") ? { source: "link" } : { source: "path" };
}
function npmPackagePurl(name, version, where) {
  return npmPurl(name, version, where.qualifiers);
}
function projectPurl(name, version) {
  try {
    return npmPurl(name, version);
  } catch {
    return;
  }
}
var DEFAULT_REGISTRIES, init_source = __esm({
  "src/parsers/npm/source.ts"() {
    "use strict";
    init_purl();
    DEFAULT_REGISTRIES = [
      "https://registry.npmjs.org",
      "https://registry.yarnpkg.com",
      "https://registry.npmjs.com"
    ];
  }
});

// src/parsers/npm/npm-result.ts
import { posix as posix2 } from "node:path";
var NpmResultBuilder, init_npm_result = __esm({
  "src/parsers/npm/npm-result.ts"() {
    "use strict";
    init_result();
    init_source();
    NpmResultBuilder = class extends ResultBuilder {
      /** Adds the project of folder `id` (relative to the lockfile's folder; "" for the root). */
      addProject(id, name, version) {
        let projectName = typeof name == "string" && name ? name : posix2.basename(this.rel(id)) || "root", projectVersion = typeof version == "string" && version ? version : void 0, project = {
          id,
          ecosystem: "npm",
          name: projectName,
          version: projectVersion,
          purl: projectPurl(projectName, projectVersion),
          manifest: this.rel(id, "package.json"),
          dir: this.rel(id)
        };
        return this.projects.push(project), project;
      }
    };
  }
});

// src/util/text.ts
function lineAt(text, offset) {
  let line = 1, end = Math.min(offset, text.length);
  for (let i = text.indexOf(`
`); i !== -1 && i < end; i = text.indexOf(`
`, i + 1)) line++;
  return line;
}
function lineOf(text, needle, from = 0) {
  let at = text.indexOf(needle, from);
  return at === -1 ? void 0 : lineAt(text, at);
}
function jsonErrorOffset(text) {
  let i = 0, ws = () => {
    for (; i < text.length && ` 	
\r`.includes(text[i]); ) i++;
  }, fail = () => {
    throw i;
  }, value = () => {
    ws();
    let c = text[i];
    if (c === "{") {
      if (i++, ws(), text[i] === "}") return void i++;
      for (; ; )
        if (ws(), text[i] !== '"' && fail(), string(), ws(), text[i] !== ":" && fail(), i++, value(), ws(), text[i] === ",") i++;
        else {
          if (text[i] === "}") return void i++;
          fail();
        }
    }
    if (c === "[") {
      if (i++, ws(), text[i] === "]") return void i++;
      for (; ; )
        if (value(), ws(), text[i] === ",") i++;
        else {
          if (text[i] === "]") return void i++;
          fail();
        }
    }
    if (c === '"') return string();
    let m = /^(-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?|true|false|null)/.exec(text.slice(i, i + 400));
    m || fail(), i += m[0].length;
  }, string = () => {
    for (i++; i < text.length && text[i] !== '"'; )
      text[i] === "\\" ? i++ : text.charCodeAt(i) < 32 && fail(), i++;
    i >= text.length && fail(), i++;
  };
  try {
    return value(), ws(), i < text.length ? i : -1;
  } catch (at) {
    return typeof at == "number" ? at : -1;
  }
}
function parseJson(text, what = "JSON") {
  try {
    return JSON.parse(text);
  } catch (err) {
    if (text.trim() === "") throw new ParseError(`empty file, expected ${what}`);
    let message = err instanceof Error ? err.message : String(err), at = jsonErrorOffset(text), truncated = at >= text.trimEnd().length || /end of JSON input/.test(message), found = at >= 0 && !truncated ? JSON.stringify(text.slice(at, at + 12).split(`
`)[0]) : "", reason = truncated ? "unexpected end of file (truncated?)" : `unexpected ${found || "input"}`;
    throw new ParseError(`not valid ${what}: ${reason}`, at >= 0 ? lineAt(text, at) : void 0);
  }
}
function isRecord(value) {
  return typeof value == "object" && value !== null && !Array.isArray(value);
}
function stringRecord(value) {
  if (!isRecord(value)) return {};
  let out = {};
  for (let [k, v] of Object.entries(value)) typeof v == "string" && (out[k] = v);
  return out;
}
var init_text = __esm({
  "src/util/text.ts"() {
    "use strict";
    init_model();
  }
});

// src/parsers/npm/manifest.ts
import { posix as posix3 } from "node:path";
function eachDeclaredDep(entry, withDev, visit) {
  let optional = isRecord(entry.optionalDependencies) ? entry.optionalDependencies : void 0;
  if (isRecord(entry.dependencies))
    for (let name in entry.dependencies) {
      let spec = entry.dependencies[name];
      typeof spec == "string" && !(optional && name in optional) && visit({ name, spec, scope: "runtime", optional: !1 });
    }
  if (optional)
    for (let name in optional) {
      let spec = optional[name];
      typeof spec == "string" && visit({ name, spec, scope: "optional", optional: !0 });
    }
  if (isRecord(entry.peerDependencies)) {
    let meta = isRecord(entry.peerDependenciesMeta) ? entry.peerDependenciesMeta : {};
    for (let name in entry.peerDependencies) {
      let spec = entry.peerDependencies[name], m = meta[name];
      typeof spec == "string" && visit({ name, spec, scope: "peer", optional: isRecord(m) && m.optional === !0 });
    }
  }
  if (withDev && isRecord(entry.devDependencies))
    for (let name in entry.devDependencies) {
      let spec = entry.devDependencies[name];
      typeof spec == "string" && visit({ name, spec, scope: "dev", optional: !1 });
    }
}
function workspaceGlobs(manifest) {
  let ws = manifest.workspaces;
  return (Array.isArray(ws) ? ws : isRecord(ws) && Array.isArray(ws.packages) ? ws.packages : []).filter((w) => typeof w == "string").map((w) => w.replace(/^\.\//, "").replace(/\/+$/, ""));
}
function readManifest(files, path, issues) {
  let text = files.read(path);
  if (text !== void 0)
    try {
      let parsed = parseJson(text, "package.json");
      if (isRecord(parsed)) return parsed;
      issues.push({ file: path, line: 1, severity: "warning", message: "package.json is not a JSON object" });
    } catch (err) {
      issues.push({
        file: path,
        line: err instanceof ParseError ? err.line : void 0,
        severity: "warning",
        message: err instanceof Error ? err.message : String(err)
      });
    }
}
function expandWorkspaces(files, root, globs) {
  if (!files.listDirs || globs.length === 0) return [];
  let positive = globs.filter((g) => !g.startsWith("!")), negative = globs.filter((g) => g.startsWith("!")).map((g) => g.slice(1)), isMatch = (0, import_picomatch.default)(positive, { dot: !1 }), isExcluded = negative.length ? (0, import_picomatch.default)(negative) : () => !1, depth = Math.max(...positive.map((g) => g.includes("**") ? 6 : g.split("/").length)), found = [], walk = (rel, level) => {
    if (!(level > depth))
      for (let name of files.listDirs(posix3.join(root, rel))) {
        let child = rel ? `${rel}/${name}` : name;
        isMatch(child) && !isExcluded(child) && files.read(posix3.join(root, child, "package.json")) !== void 0 && found.push(child), walk(child, level + 1);
      }
  };
  return walk("", 1), found.sort();
}
var import_picomatch, init_manifest = __esm({
  "src/parsers/npm/manifest.ts"() {
    "use strict";
    import_picomatch = __toESM(require_picomatch2(), 1);
    init_model();
    init_text();
  }
});

// src/parsers/npm/package-lock.ts
var package_lock_exports = {};
__export(package_lock_exports, {
  parsePackageLock: () => parsePackageLock
});
import { posix as posix4 } from "node:path";
function entryScope(entry) {
  return entry.dev === !0 ? "dev" : entry.optional === !0 || entry.devOptional === !0 ? "optional" : entry.peer === !0 ? "peer" : "runtime";
}
function installName(location) {
  let at = location.lastIndexOf(NM);
  if (at !== -1)
    return location.slice(at + NM.length);
}
function parentDir(location) {
  if (location === "") return;
  let slash = location.lastIndexOf("/");
  return slash === -1 ? "" : location.slice(0, slash);
}
function readPackages(r, lock, packages) {
  let root = isRecord(packages[""]) ? packages[""] : {};
  r.addProject("", root.name ?? lock.name, root.version ?? lock.version);
  let isWorkspace = (0, import_picomatch2.default)(workspaceGlobs(root), { dot: !0 }), entries = /* @__PURE__ */ new Map(), links = /* @__PURE__ */ new Map(), projectIds = /* @__PURE__ */ new Set([""]);
  for (let [location, value] of Object.entries(packages))
    if (location !== "") {
      if (!isRecord(value)) {
        r.issue("error", `entry "${location}" is not an object; skipped`, `"${location}"`), r.complete = !1;
        continue;
      }
      if (value.link === !0) {
        typeof value.resolved == "string" ? links.set(location, value.resolved) : r.issue("warning", `link "${location}" has no target; skipped`, `"${location}"`);
        continue;
      }
      entries.set(location, value);
    }
  for (let [location, entry] of entries) {
    let inNodeModules = location.startsWith(NM) || location.includes("/" + NM);
    if (!inNodeModules && isWorkspace(location)) {
      projectIds.add(location), r.addProject(location, entry.name, entry.version);
      continue;
    }
    let name = typeof entry.name == "string" && entry.name ? entry.name : installName(location) ?? posix4.basename(location), version = typeof entry.version == "string" && entry.version ? entry.version : void 0;
    if (!version) {
      r.issue("error", `"${location}" has no version; skipped`, `"${location}"`), r.complete = !1, entries.delete(location);
      continue;
    }
    let where = inNodeModules ? classifyResolved(name, typeof entry.resolved == "string" ? entry.resolved : void 0) : { source: "path" };
    r.addPackage(location, name, version, entry, where);
  }
  let installed = /* @__PURE__ */ new Map(), noteInstall = (location) => {
    let name = installName(location);
    if (name === void 0) return;
    let at = installed.get(name);
    at ? at.push(location) : installed.set(name, [location]);
  };
  for (let location of entries.keys()) noteInstall(location);
  for (let location of links.keys()) noteInstall(location);
  let target = (location) => {
    let link = links.get(location);
    return link === void 0 ? location : posix4.normalize(link);
  }, resolve3 = (from, name) => {
    let places = installed.get(name);
    if (places) {
      if (places.length === 1 && places[0].length === NM.length + name.length) return target(places[0]);
      for (let dir = from; dir !== void 0; dir = parentDir(dir)) {
        if (dir.endsWith("/node_modules") || dir === "node_modules") continue;
        let candidate = dir === "" ? NM + name : `${dir}/${NM}${name}`;
        if (links.has(candidate) || entries.has(candidate)) return target(candidate);
      }
    }
  }, addEdges = (from, entry, withDev) => eachDeclaredDep(entry, withDev, (dep) => {
    let to = resolve3(from, dep.name);
    to !== void 0 && (entries.has(to) || projectIds.has(to)) ? r.edges.push({ from, to, scope: dep.scope }) : !dep.optional && dep.scope !== "peer" && (r.issue(
      "warning",
      `"${from || "(root)"}" depends on ${dep.name}@${dep.spec}, which the lockfile does not contain`,
      from ? `"${from}"` : void 0
    ), r.complete = !1);
  });
  addEdges("", root, !0);
  for (let [location, entry] of entries) addEdges(location, entry, projectIds.has(location));
}
function readNested(r, lock, legacy) {
  let manifest = readManifest(r.input.files, r.rel("package.json"), r.issues);
  r.addProject("", manifest?.name ?? lock.name, manifest?.version ?? lock.version);
  let entries = /* @__PURE__ */ new Map(), children = /* @__PURE__ */ new Map();
  children.set("", /* @__PURE__ */ new Map());
  let walk = (parentId, deps) => {
    if (!isRecord(deps)) return;
    let kids = children.get(parentId);
    for (let [installAs, value] of Object.entries(deps)) {
      let id = parentId === "" ? NM + installAs : `${parentId}/${NM}${installAs}`;
      if (!isRecord(value)) {
        r.issue("error", `entry "${installAs}" is not an object; skipped`, `"${installAs}": `), r.complete = !1;
        continue;
      }
      let spec = typeof value.version == "string" ? value.version : "";
      if (!spec) {
        r.issue("error", `"${installAs}" has no version; skipped`, `"${installAs}": {`), r.complete = !1;
        continue;
      }
      let name = installAs, version = spec, resolved = typeof value.resolved == "string" ? value.resolved : void 0, where;
      if (spec.startsWith("npm:")) {
        let at = spec.lastIndexOf("@");
        name = spec.slice(4, at > 4 ? at : void 0), version = at > 4 ? spec.slice(at + 1) : void 0, where = classifyResolved(name, resolved);
      } else spec.startsWith("file:") || spec.startsWith("link:") ? (version = void 0, where = { source: spec.startsWith("link:") ? "link" : "path" }) : isGitSpec(spec) ? (version = /#([0-9a-f]{7,40})$/.exec(spec)?.[1], where = { source: "git", qualifiers: { vcs_url: spec } }) : /^https?:\/\//.test(spec) ? (version = void 0, where = { source: "url", qualifiers: { download_url: spec } }) : where = classifyResolved(name, resolved);
      entries.set(id, value), kids.set(installAs, id), children.set(id, /* @__PURE__ */ new Map()), r.addPackage(
        id,
        name,
        version,
        { ...value, resolved: resolved ?? (where.source === "registry" ? void 0 : spec) },
        where
      ), walk(id, value.dependencies);
    }
  };
  walk("", lock.dependencies);
  let parentOf = (id) => {
    if (id === "") return;
    let at = id.lastIndexOf("/" + NM);
    return at === -1 ? "" : id.slice(0, at);
  }, resolve3 = (from, name) => {
    for (let at = from; at !== void 0; at = parentOf(at)) {
      let hit = children.get(at)?.get(name);
      if (hit) return hit;
    }
  }, required = /* @__PURE__ */ new Set();
  for (let [id, entry] of entries) {
    if (legacy || !isRecord(entry.requires)) {
      if (legacy)
        for (let child of children.get(id).values())
          r.edges.push({
            from: id,
            to: child,
            scope: entryScope(entries.get(child)) === "optional" ? "optional" : "runtime"
          }), required.add(child);
      continue;
    }
    let optional = stringRecord(entry.optionalDependencies);
    for (let name of Object.keys(entry.requires)) {
      let to = resolve3(id, name);
      to ? (r.edges.push({ from: id, to, scope: name in optional ? "optional" : "runtime" }), required.add(to)) : !(name in optional) && entries.get(id)?.optional !== !0 && (r.issue(
        "warning",
        `"${installAsOf(id)}" requires ${name}, which the lockfile does not contain`,
        `"${installAsOf(id)}": {`
      ), r.complete = !1);
    }
  }
  if (manifest)
    eachDeclaredDep(manifest, !0, (dep) => {
      let to = children.get("").get(dep.name);
      to ? r.edges.push({ from: "", to, scope: dep.scope }) : !dep.optional && dep.scope !== "peer" && (r.issue(
        "warning",
        `package.json declares ${dep.name}@${dep.spec}, which the lockfile does not contain`
      ), r.complete = !1);
    });
  else {
    for (let [, id] of children.get(""))
      required.has(id) || r.edges.push({ from: "", to: id, scope: entryScope(entries.get(id)) });
    r.issue(
      "info",
      "no package.json next to the lockfile: direct dependencies are inferred from the lockfile"
    );
  }
  legacy && (r.issue(
    "info",
    "npm-shrinkwrap.json without lockfileVersion (npm <= 4) records no dependency relations: edges are inferred from nesting"
  ), r.complete = !1);
}
function installAsOf(id) {
  return installName(id) ?? id;
}
function parsePackageLock(input) {
  let lock = parseJson(input.text, "JSON");
  if (!isRecord(lock)) throw new ParseError("not an npm lockfile: the top level is not a JSON object", 1);
  let version = lock.lockfileVersion, r = new LockReader(input), file = posix4.basename(input.path);
  if (version === 2 || version === 3) {
    if (isRecord(lock.packages))
      return readPackages(r, lock, lock.packages), r.result(`${file} v${version}`);
    if (version === 3)
      throw new ParseError(
        'lockfileVersion 3 without a "packages" object',
        lineOf(input.text, '"lockfileVersion"')
      );
    return readNested(r, lock, !1), r.result(`${file} v2`);
  }
  if (version === 1 || version === void 0) {
    if (lock.dependencies !== void 0 && !isRecord(lock.dependencies))
      throw new ParseError('"dependencies" is not an object', lineOf(input.text, '"dependencies"'));
    if (version === void 0 && lock.dependencies === void 0 && lock.packages === void 0)
      throw new ParseError('not an npm lockfile: no lockfileVersion, "packages" or "dependencies"', 1);
    return readNested(r, lock, version === void 0), r.result(version === void 0 ? `${file} (npm <= 4)` : `${file} v1`);
  }
  throw new ParseError(
    `unknown lockfileVersion ${JSON.stringify(version)}: lockgraph reads versions 1, 2 and 3`,
    lineOf(input.text, '"lockfileVersion"')
  );
}
var import_picomatch2, NM, LockReader, init_package_lock = __esm({
  "src/parsers/npm/package-lock.ts"() {
    "use strict";
    import_picomatch2 = __toESM(require_picomatch2(), 1);
    init_model();
    init_hash();
    init_npm_result();
    init_text();
    init_manifest();
    init_source();
    NM = "node_modules/";
    LockReader = class extends NpmResultBuilder {
      edges = [];
      issue(severity, message, needle) {
        let line = needle ? lineOf(this.input.text, needle) : void 0;
        this.issues.push({ file: this.input.path, line, severity, message });
      }
      addPackage(id, name, version, entry, where) {
        let { hashes, invalid } = typeof entry.integrity == "string" ? parseIntegrity(entry.integrity) : { hashes: [], invalid: [] };
        invalid.length && this.issue("warning", `${name}@${version}: unreadable integrity value ${invalid.join(" ")}`, `"${id}"`);
        let alias = installName(id);
        this.packages.push({
          id,
          ecosystem: "npm",
          name,
          version,
          purl: npmPackagePurl(name, version, where),
          scope: entryScope(entry),
          hashes,
          resolved: typeof entry.resolved == "string" ? entry.resolved : void 0,
          source: where.source,
          license: typeof entry.license == "string" ? entry.license : void 0,
          alias: alias && alias !== name ? alias : void 0
        });
      }
      result(format) {
        return this.finish(format, this.edges);
      }
    };
  }
});

// src/graph/scopes.ts
function deriveScopes(result) {
  let out = /* @__PURE__ */ new Map();
  for (let e of result.edges) {
    let list = out.get(e.from);
    list || out.set(e.from, list = []), list.push({ to: e.to, rank: SCOPE_RANK[e.scope] });
  }
  let best = /* @__PURE__ */ new Map(), queue = result.projects.map((p) => [p.id, SCOPE_RANK.runtime]), projectIds = new Set(result.projects.map((p) => p.id));
  for (; queue.length; ) {
    let [node, rank] = queue.pop();
    for (let { to, rank: edgeRank } of out.get(node) ?? []) {
      if (projectIds.has(to)) continue;
      let r = Math.min(rank, edgeRank);
      (best.get(to) ?? -1) >= r || (best.set(to, r), queue.push([to, r]));
    }
  }
  let unreached = [];
  for (let p of result.packages) {
    let r = best.get(p.id);
    r === void 0 ? unreached.push(p.id) : p.scope = BY_RANK[r];
  }
  return unreached;
}
var BY_RANK, init_scopes = __esm({
  "src/graph/scopes.ts"() {
    "use strict";
    init_model();
    BY_RANK = ["dev", "peer", "optional", "runtime"];
  }
});

// src/parsers/npm/yarn-common.ts
function splitDescriptor(descriptor) {
  let at = descriptor.indexOf("@", 1);
  if (at === -1) return;
  let name = descriptor.slice(0, at);
  if (!(name.startsWith("@") ? !/^@[^/@\s]+\/[^/@\s]+$/.test(name) : /[/@\s]/.test(name)))
    return { name, range: descriptor.slice(at + 1) };
}
function npmAlias(range) {
  return range.startsWith("npm:") ? splitDescriptor(range.slice(4)) ?? void 0 : void 0;
}
var YarnLock, init_yarn_common = __esm({
  "src/parsers/npm/yarn-common.ts"() {
    "use strict";
    init_text();
    init_manifest();
    init_npm_result();
    YarnLock = class extends NpmResultBuilder {
      edges = [];
      issue(severity, message, line) {
        this.issues.push({ file: this.input.path, line, severity, message });
      }
      topLines;
      /** Line of an entry: known from the fast reader, else looked up among the top-level lines. */
      lineOf(entry) {
        if (entry.line !== void 0) return entry.line;
        if (!this.topLines) {
          this.topLines = /* @__PURE__ */ new Map();
          let lines = this.input.text.split(`
`);
          for (let i = 0; i < lines.length; i++) {
            let m = /^(?:"((?:[^"\\]|\\.)*)"|'((?:[^']|'')*)'|([^\s#'"][^:#]*)):/.exec(lines[i]), key2 = m && (m[1] ?? m[2]?.replaceAll("''", "'") ?? m[3].trimEnd());
            key2 && !this.topLines.has(key2) && this.topLines.set(key2, i + 1);
          }
        }
        let key = entry.keys.join(", ");
        return this.topLines.get(key) ?? lineOf(this.input.text, entry.keys[0]);
      }
      /** A path relative to the scan root, from parts relative to the lockfile's folder. */
      /** The package.json of a project folder (relative to the lockfile's folder); undefined when absent. */
      manifest(dir) {
        return readManifest(this.input.files, this.rel(dir, "package.json"), this.issues);
      }
      result(format) {
        return this.finish(format, this.edges);
      }
    };
  }
});

// src/parsers/npm/yarn-berry.ts
import { posix as posix5 } from "node:path";
function locate(name, reference, depth = 0) {
  let paramsAt = reference.indexOf("::"), base = paramsAt === -1 ? reference : reference.slice(0, paramsAt), protocol = PROTOCOL.exec(base)?.[1]?.toLowerCase();
  switch (protocol) {
    case "npm": {
      let archive = paramsAt === -1 ? void 0 : new URLSearchParams(reference.slice(paramsAt + 2)).get("__archiveUrl") ?? void 0;
      return archive ? { where: classifyResolved(name, archive), resolved: archive } : { where: { source: "registry" } };
    }
    case "patch": {
      let inner = decode(base.slice(6, base.includes("#") ? base.indexOf("#") : void 0)), target = inner && splitDescriptor(inner);
      return target && depth < 5 ? locate(target.name, target.range, depth + 1) : { where: { source: "registry" } };
    }
    case "virtual": {
      let hash = base.indexOf("#");
      return hash !== -1 && depth < 5 ? locate(name, base.slice(hash + 1), depth + 1) : { where: { source: "path" } };
    }
    case "file":
    case "exec":
      return { where: { source: "path" }, resolved: base };
    case "link":
    case "portal":
      return { where: { source: "link" }, resolved: base };
    case "http":
    case "https":
    case "git":
    case "git+ssh":
    case "git+https":
    case "git+http":
    case "git+file":
    case "ssh":
    case "github": {
      let hash = base.indexOf("#"), url = hash === -1 ? base : base.slice(0, hash), commit = hash === -1 ? void 0 : /(?:^|&)commit[=:]([0-9a-f]{7,40})/.exec(base.slice(hash + 1))?.[1];
      return (protocol !== "http" && protocol !== "https" ? !0 : commit !== void 0 || /\.git$/.test(url)) ? { where: { source: "git", qualifiers: { vcs_url: (/^https?:/.test(url) ? `git+${url}` : url) + (commit ? `#${commit}` : "") } }, resolved: base } : { where: { source: "url", qualifiers: { download_url: base } }, resolved: base };
    }
    default: {
      let gh = /^([\w.-]+\/[\w.-]+)#(?:.*&)?commit[=:]([0-9a-f]{7,40})/.exec(base);
      return gh ? {
        where: { source: "git", qualifiers: { vcs_url: `git+https://github.com/${gh[1]}.git#${gh[2]}` } },
        resolved: base
      } : { where: classifyResolved(name, base), resolved: base };
    }
  }
}
function decode(text) {
  try {
    return decodeURIComponent(text);
  } catch {
    return;
  }
}
function normalizeRange(range) {
  return PROTOCOL.test(range) ? range : `npm:${range}`;
}
function parseRules(manifest) {
  let byName = /* @__PURE__ */ new Map(), resolutions = manifest?.resolutions;
  if (!isRecord(resolutions)) return byName;
  let rules = [];
  for (let [pattern, to] of Object.entries(resolutions)) {
    if (typeof to != "string") continue;
    let m = /^(?:\*\*\/)?(?:((?:@[^/]+\/)?[^/@]+)(?:@[^/]*)?\/)?((?:@[^/]+\/)?[^/@]+)(?:@(.+))?$/.exec(
      pattern
    );
    m && rules.push({ parent: m[1], name: m[2], range: m[3] && normalizeRange(m[3]), to: normalizeRange(to) });
  }
  rules.sort((a, b) => +!!b.parent - +!!a.parent || +!!b.range - +!!a.range);
  for (let rule of rules) byName.set(rule.name, [...byName.get(rule.name) ?? [], rule]);
  return byName;
}
function readBerryLock(r, doc) {
  let metaEntry = doc.entries.find((e) => e.keys.length === 1 && e.keys[0] === "__metadata"), meta = metaEntry && isRecord(metaEntry.value) ? metaEntry.value : void 0, lockVersion2 = str(meta?.version), nodes = /* @__PURE__ */ new Map(), byDescriptor = /* @__PURE__ */ new Map(), byName = /* @__PURE__ */ new Map(), builtinPatch = /* @__PURE__ */ new Map(), patchSources = /* @__PURE__ */ new Map(), workspaces = [];
  for (let at of doc.entries) {
    if (at === metaEntry) continue;
    let label = at.keys.join(", "), entry = at.value;
    if (!isRecord(entry)) {
      r.issue("error", `entry "${label}" is not a map of fields; skipped`, r.lineOf(at)), r.complete = !1;
      continue;
    }
    let resolution = str(entry.resolution), locator = resolution && splitDescriptor(resolution);
    if (!locator) {
      r.issue(
        "error",
        resolution ? `"${label}": cannot read the resolution "${resolution}"; skipped` : `"${label}" has no resolution; skipped`,
        r.lineOf(at)
      ), r.complete = !1;
      continue;
    }
    let descriptors = at.keys.map((key) => ({ key, d: splitDescriptor(key) })), good = descriptors.filter((k) => k.d);
    if (!good.length) {
      r.issue("error", `cannot read the key "${label}" (expected name@range); entry skipped`, r.lineOf(at)), r.complete = !1;
      continue;
    }
    good.length < descriptors.length && r.issue(
      "warning",
      `cannot read ${descriptors.filter((k) => !k.d).map((k) => `"${k.key}"`).join(", ")} (expected name@range)`,
      r.lineOf(at)
    );
    let id = nodes.has(resolution) ? `${resolution} (${label})` : resolution, reference = locator.range;
    reference.startsWith("virtual:") && reference.includes("#") && (reference = reference.slice(reference.indexOf("#") + 1));
    let node = { id, name: locator.name, entry, at };
    if (reference.startsWith("workspace:")) {
      let dir = posix5.normalize(reference.slice(10)).replace(/\/+$/, "");
      node.project = dir === "." ? "" : dir, workspaces.push(node);
    } else {
      let version = str(entry.version);
      if (!version) {
        r.issue("error", `"${label}" has no version; skipped`, r.lineOf(at)), r.complete = !1;
        continue;
      }
      let { where, resolved } = locate(locator.name, reference), hashes = [], installed = good.map((k) => k.d.name).find((n) => n !== locator.name);
      r.packages.push({
        id,
        ecosystem: "npm",
        name: locator.name,
        version: version === LOCAL_VERSION ? linkVersion(r, reference) : version,
        purl: "",
        scope: "runtime",
        hashes,
        resolved,
        source: where.source,
        alias: installed,
        line: r.lineOf(at)
      });
      let pkg = r.packages[r.packages.length - 1];
      pkg.purl = npmPackagePurl(pkg.name, pkg.version, where);
    }
    nodes.set(id, node);
    for (let { key, d } of good) {
      byDescriptor.set(key, id);
      let list = byName.get(d.name);
      if (list ? list.includes(id) || list.push(id) : byName.set(d.name, [id]), d.range.startsWith("patch:")) {
        let hash = d.range.indexOf("#"), inner = decode(d.range.slice(6, hash === -1 ? void 0 : hash)), of = inner ? splitDescriptor(inner) : void 0;
        if (!of) continue;
        let source = `${of.name}@${normalizeRange(of.range)}`, list2 = patchSources.get(id);
        list2 ? list2.push(source) : patchSources.set(id, [source]), hash !== -1 && /^(optional!|~)?builtin</.test(d.range.slice(hash + 1)) && builtinPatch.set(source, id);
      }
    }
  }
  let projectOf = /* @__PURE__ */ new Map(), manifests = /* @__PURE__ */ new Map(), addProject = (dir, ws) => {
    if (ws && projectOf.set(ws.id, dir), manifests.has(dir)) return;
    let manifest = r.manifest(dir);
    manifests.set(dir, manifest);
    let version = str(ws?.entry.version), lockName = ws && !/^root-workspace-[0-9a-f]{6}$/.test(ws.name) ? ws.name : void 0;
    r.addProject(
      dir,
      manifest ? manifest.name : lockName,
      manifest ? manifest.version : version !== LOCAL_VERSION ? version : void 0
    );
  }, root = workspaces.find((ws) => ws.project === "");
  addProject("", root);
  for (let ws of workspaces) addProject(ws.project, ws);
  let target = (id) => projectOf.get(id) ?? id, only = (name) => {
    let named = byName.get(name);
    if (named?.length === 1) return target(named[0]);
    if (named?.length === 2) {
      let patched = named.find((id) => patchSources.has(id));
      if (patched && named.some((id) => id !== patched)) return target(patched);
    }
  }, rules = parseRules(manifests.get("")), resolve3 = (parent, name, range) => {
    let wanted = range;
    for (let rule of rules.get(name) ?? [])
      if ((rule.parent === void 0 || rule.parent === parent.name) && (rule.range === void 0 || rule.range === normalizeRange(range))) {
        wanted = rule.to;
        break;
      }
    let descriptor = `${name}@${wanted}`, hit = builtinPatch.get(descriptor) ?? byDescriptor.get(descriptor);
    if (hit !== void 0) return target(hit);
    if (!PROTOCOL.test(wanted)) {
      let npm = `${name}@npm:${wanted}`, found = builtinPatch.get(npm) ?? byDescriptor.get(npm);
      if (found !== void 0) return target(found);
    }
    let bound = byDescriptor.get(
      `${name}@${wanted}::locator=${encodeURIComponent(str(parent.entry.resolution) ?? "")}`
    );
    return bound !== void 0 ? target(bound) : only(name);
  }, provides = /* @__PURE__ */ new Map(), children = /* @__PURE__ */ new Map(), noManifest = [];
  for (let node of nodes.values()) {
    let from = target(node.id), deps = isRecord(node.entry.dependencies) ? node.entry.dependencies : {}, meta2 = isRecord(node.entry.dependenciesMeta) ? node.entry.dependenciesMeta : {}, scopes;
    if (node.project !== void 0) {
      let manifest = manifests.get(node.project);
      manifest ? scopes = declaredScopes(r, node, manifest, deps) : noManifest.push(node.project || ".");
    }
    let mine = /* @__PURE__ */ new Map(), kids = [];
    for (let name of Object.keys(deps)) {
      let range = deps[name];
      if (typeof range != "string") continue;
      let m = meta2[name], optional = isRecord(m) && (m.optional === "true" || m.optional === !0), to = resolve3(node, name, range);
      if (to === void 0) {
        optional || (r.issue(
          "warning",
          `"${node.at.keys[0]}" depends on ${name}@${range}, which the lockfile does not contain`,
          r.lineOf(node.at)
        ), r.complete = !1);
        continue;
      }
      if (to === from) continue;
      let scope = scopes?.get(name) ?? (optional ? "optional" : "runtime");
      r.edges.push({ from, to, scope }), mine.set(name, to), kids.push(to);
    }
    let sources = new Set((patchSources.get(node.id) ?? []).map((d) => byDescriptor.get(d)));
    for (let to of sources)
      to !== void 0 && to !== node.id && (r.edges.push({ from, to: target(to), scope: "runtime" }), kids.push(target(to)));
    let had = provides.get(from);
    if (had) for (let [name, to] of mine) had.set(name, to);
    else provides.set(from, mine);
    let hadKids = children.get(from);
    hadKids ? hadKids.push(...kids) : children.set(from, kids);
  }
  return noManifest.length && r.issue(
    "info",
    `no package.json for workspace ${noManifest.join(", ")}: its dev dependencies cannot be told from the others, all are taken as runtime`
  ), resolvePeers(r, nodes, target, only, provides, children), deriveScopes(r.result("")), lockVersion2 ?? "";
}
function linkVersion(r, reference) {
  let m = /^(?:link|portal):([^#:]+)(?:#[^:]*)?(?:::(.*))?$/.exec(reference), parent = m && splitDescriptor(new URLSearchParams(m[2] ?? "").get("locator") ?? "");
  if (!parent?.range.startsWith("workspace:")) return;
  let dir = r.rel(parent.range.slice(10), m[1]);
  if (dir === "" || dir === ".." || dir.startsWith("../")) return;
  let text = r.input.files.read(`${dir}/package.json`);
  try {
    let version = text ? JSON.parse(text).version : void 0;
    return typeof version == "string" && version ? version : void 0;
  } catch {
    return;
  }
}
function declaredScopes(r, ws, manifest, deps) {
  let scopes = /* @__PURE__ */ new Map(), missing = [];
  return eachDeclaredDep(manifest, !0, (dep) => {
    let had = scopes.get(dep.name);
    scopes.set(dep.name, had ? strongerScope(had, dep.scope) : dep.scope), dep.scope !== "peer" && !(dep.name in deps) && missing.push(`${dep.name}@${dep.spec}`);
  }), missing.length && (r.issue(
    "warning",
    `${r.rel(ws.project, "package.json")} declares ${missing.join(", ")}, which the lockfile's entry for the workspace does not list (out of date?)`,
    r.lineOf(ws.at)
  ), r.complete = !1), scopes;
}
function resolvePeers(r, nodes, target, only, provides, children) {
  let peersOf = /* @__PURE__ */ new Map(), nameOf = /* @__PURE__ */ new Map();
  for (let node of nodes.values()) {
    let id = target(node.id);
    if (nameOf.set(id, node.name), node.project !== void 0 || !isRecord(node.entry.peerDependencies)) continue;
    let own = isRecord(node.entry.dependencies) ? node.entry.dependencies : {}, names = Object.keys(node.entry.peerDependencies).filter((n) => !(n in own));
    names.length && peersOf.set(id, names);
  }
  let got = /* @__PURE__ */ new Map(), queue = [];
  for (let [from, kids] of children) for (let kid of kids) peersOf.has(kid) && queue.push([from, kid]);
  for (; queue.length; ) {
    let [parent, child] = queue.pop();
    for (let name of peersOf.get(child)) {
      let direct = provides.get(parent)?.get(name), providers = direct !== void 0 ? [direct] : [...got.get(parent)?.get(name) ?? []];
      !providers.length && nameOf.get(parent) === name && providers.push(parent);
      for (let to of providers) {
        let byName = got.get(child);
        byName || got.set(child, byName = /* @__PURE__ */ new Map());
        let set = byName.get(name);
        if (set || byName.set(name, set = /* @__PURE__ */ new Set()), !(set.has(to) || to === child)) {
          set.add(to), r.edges.push({ from: child, to, scope: "peer" });
          for (let grandchild of children.get(child) ?? [])
            peersOf.get(grandchild)?.includes(name) && provides.get(child)?.get(name) === void 0 && queue.push([child, grandchild]);
        }
      }
    }
  }
  for (let [child, names] of peersOf)
    for (let name of names) {
      if (got.get(child)?.get(name)?.size) continue;
      let to = provides.get("")?.get(name) ?? only(name);
      to !== void 0 && to !== child && r.edges.push({ from: child, to, scope: "peer" });
    }
}
var LOCAL_VERSION, PROTOCOL, str, init_yarn_berry = __esm({
  "src/parsers/npm/yarn-berry.ts"() {
    "use strict";
    init_scopes();
    init_model();
    init_text();
    init_manifest();
    init_source();
    init_yarn_common();
    LOCAL_VERSION = "0.0.0-use.local", PROTOCOL = /^([a-z][a-z0-9+.-]*):/i;
    str = (v) => typeof v == "string" && v ? v : void 0;
  }
});

// src/parsers/npm/yarn-classic.ts
function locate2(name, resolved, range) {
  if (!resolved)
    return range.startsWith("link:") || range.startsWith("portal:") ? { where: { source: "link" }, resolved: range } : range.startsWith("file:") ? { where: { source: "path" }, resolved: range } : isGitSpec(range) ? { where: { source: "git", qualifiers: { vcs_url: range } }, resolved: range } : /^https?:\/\//.test(range) ? { where: { source: "url", qualifiers: { download_url: range } }, resolved: range } : { where: { source: "registry" } };
  let gh = CODELOAD.exec(resolved);
  if (gh)
    return { where: { source: "git", qualifiers: { vcs_url: `git+https://github.com/${gh[1]}/${gh[2]}.git#${gh[3]}` } }, resolved };
  let hash = resolved.lastIndexOf("#"), base = hash === -1 ? resolved : resolved.slice(0, hash), http = resolved.startsWith("https://") || resolved.startsWith("http://");
  if (http ? base.endsWith(".git") : isGitSpec(resolved))
    return { where: { source: "git", qualifiers: { vcs_url: resolved } }, resolved };
  if (resolved.startsWith("link:")) return { where: { source: "link" }, resolved };
  let sha1 = hash === -1 ? void 0 : hexHash(resolved.slice(hash + 1), "SHA-1");
  return { where: http ? classifyResolved(name, base) : { source: "path" }, resolved: base, sha1 };
}
function readClassicLock(r, doc) {
  for (let e of doc.errors) r.issue("error", `${e.message}; entry skipped`, e.line);
  doc.errors.length && (r.complete = !1);
  let byKey = /* @__PURE__ */ new Map(), ids2 = /* @__PURE__ */ new Set(), read = [];
  for (let at of doc.entries) {
    let entry = at.value;
    if (!isRecord(entry)) {
      r.issue("error", `entry "${at.keys.join(", ")}" is not a block of fields; skipped`, r.lineOf(at)), r.complete = !1;
      continue;
    }
    let name, alias, range, keys = [], bad = [];
    for (let key of at.keys) {
      let d = splitDescriptor(key);
      if (!d) {
        bad.push(key);
        continue;
      }
      keys.push(key);
      let real = npmAlias(d.range);
      real ? (name ??= real.name, real.name === name && (alias ??= d.name)) : (range ??= d.range, name ??= d.name);
    }
    let label = at.keys.join(", ");
    if (!name || !keys.length) {
      r.issue("error", `cannot read the key "${label}" (expected name@range); entry skipped`, r.lineOf(at)), r.complete = !1;
      continue;
    }
    bad.length && r.issue(
      "warning",
      `cannot read ${bad.map((b) => `"${b}"`).join(", ")} (expected name@range)`,
      r.lineOf(at)
    );
    let version = typeof entry.version == "string" && entry.version ? entry.version : void 0;
    if (!version) {
      r.issue("error", `"${label}" has no version; skipped`, r.lineOf(at)), r.complete = !1;
      continue;
    }
    let resolved = typeof entry.resolved == "string" && entry.resolved ? entry.resolved : void 0, where = locate2(name, resolved, range ?? ""), hashes = [];
    if (typeof entry.integrity == "string") {
      let sri = parseIntegrity(entry.integrity);
      hashes.push(...sri.hashes), sri.invalid.length && r.issue(
        "warning",
        `${name}@${version}: unreadable integrity value ${sri.invalid.join(" ")}`,
        r.lineOf(at)
      );
    }
    addHash(hashes, where.sha1);
    let id = ids2.has(`${name}@${version}`) ? label : `${name}@${version}`;
    ids2.add(id), r.packages.push({
      id,
      ecosystem: "npm",
      name,
      version,
      purl: npmPackagePurl(name, version, where.where),
      scope: "runtime",
      hashes,
      resolved: where.resolved,
      source: where.where.source,
      alias,
      line: r.lineOf(at)
    });
    for (let key of keys) byKey.set(key, id);
    read.push({ id, entry, at });
  }
  let required = /* @__PURE__ */ new Set();
  for (let { id, entry, at } of read)
    eachDeclaredDep(entry, !1, (dep) => {
      let to = byKey.get(`${dep.name}@${dep.spec}`);
      to !== void 0 ? (r.edges.push({ from: id, to, scope: dep.scope }), required.add(to)) : !dep.optional && dep.scope !== "peer" && (r.issue(
        "warning",
        `"${at.keys[0]}" depends on ${dep.name}@${dep.spec}, which the lockfile does not contain`,
        r.lineOf(at)
      ), r.complete = !1);
    });
  addProjects(r, byKey, read, required), deriveScopes(r.result(""));
}
function addProjects(r, byKey, read, required) {
  let root = r.manifest("");
  if (r.addProject("", root?.name, root?.version), !root) {
    for (let { id } of read) required.has(id) || r.edges.push({ from: "", to: id, scope: "runtime" });
    r.issue(
      "info",
      "no package.json next to the lockfile: direct dependencies are inferred from the lockfile, and dev dependencies cannot be told apart"
    );
    return;
  }
  let manifests = [["", root]];
  for (let dir of expandWorkspaces(r.input.files, r.dir, workspaceGlobs(root))) {
    let manifest = r.manifest(dir);
    manifest && (r.addProject(dir, manifest.name, manifest.version), manifests.push([dir, manifest]));
  }
  let workspaceByName = /* @__PURE__ */ new Map();
  for (let [dir, manifest] of manifests)
    typeof manifest.name == "string" && workspaceByName.set(manifest.name, dir);
  for (let [dir, manifest] of manifests)
    eachDeclaredDep(manifest, !0, (dep) => {
      let to = byKey.get(`${dep.name}@${dep.spec}`) ?? workspaceByName.get(dep.name);
      to !== void 0 && to !== dir ? r.edges.push({ from: dir, to, scope: dep.scope }) : to === void 0 && !dep.optional && dep.scope !== "peer" && (r.issue(
        "warning",
        `${r.rel(dir, "package.json")} declares ${dep.name}@${dep.spec}, which the lockfile does not contain`
      ), r.complete = !1);
    });
}
var CODELOAD, init_yarn_classic = __esm({
  "src/parsers/npm/yarn-classic.ts"() {
    "use strict";
    init_scopes();
    init_hash();
    init_text();
    init_manifest();
    init_source();
    init_yarn_common();
    CODELOAD = /^https:\/\/codeload\.github\.com\/([^/]+)\/([^/]+)\/tar\.gz\/([0-9a-f]{40})$/;
  }
});

// node_modules/js-yaml/dist/js-yaml.mjs
function defineScalarTag(tagName, options) {
  return {
    tagName,
    nodeKind: "scalar",
    implicit: options.implicit ?? !1,
    matchByTagPrefix: options.matchByTagPrefix ?? !1,
    implicitFirstChars: options.implicitFirstChars ?? null,
    resolve: options.resolve,
    identify: options.identify,
    represent: options.represent ?? ((data) => String(data)),
    representTagName: options.representTagName ?? (() => tagName)
  };
}
function defineSequenceTag(tagName, options) {
  let carrierIsResult = options.finalize === void 0;
  return {
    tagName,
    nodeKind: "sequence",
    implicit: !1,
    matchByTagPrefix: options.matchByTagPrefix ?? !1,
    create: options.create,
    addItem: options.addItem,
    finalize: options.finalize ?? ((carrier) => carrier),
    carrierIsResult,
    identify: options.identify,
    represent: options.represent ?? ((data) => data),
    representTagName: options.representTagName ?? (() => tagName)
  };
}
function defineMappingTag(tagName, options) {
  let carrierIsResult = options.finalize === void 0;
  return {
    tagName,
    nodeKind: "mapping",
    implicit: !1,
    matchByTagPrefix: options.matchByTagPrefix ?? !1,
    create: options.create,
    addPair: options.addPair,
    has: options.has,
    keys: options.keys,
    get: options.get,
    finalize: options.finalize ?? ((carrier) => carrier),
    carrierIsResult,
    identify: options.identify,
    represent: options.represent ?? ((data) => data),
    representTagName: options.representTagName ?? (() => tagName)
  };
}
function parseYamlInteger$2(source) {
  let value = source, sign = 1;
  return (value[0] === "-" || value[0] === "+") && (value[0] === "-" && (sign = -1), value = value.slice(1)), value.startsWith("0b") ? sign * parseInt(value.slice(2), 2) : value.startsWith("0o") ? sign * parseInt(value.slice(2), 8) : value.startsWith("0x") ? sign * parseInt(value.slice(2), 16) : sign * parseInt(value, 10);
}
function resolveYamlInteger$2(source, isExplicit) {
  if (isExplicit) {
    if (!YAML_INTEGER_EXPLICIT_PATTERN$1.test(source)) return NOT_RESOLVED;
  } else if (!YAML_INTEGER_IMPLICIT_PATTERN$1.test(source)) return NOT_RESOLVED;
  let result = parseYamlInteger$2(source);
  return Number.isFinite(result) ? result : NOT_RESOLVED;
}
function parseYamlInteger$1(source) {
  let value = source, sign = 1;
  return (value[0] === "-" || value[0] === "+") && (value[0] === "-" && (sign = -1), value = value.slice(1)), value.startsWith("0b") ? sign * parseInt(value.slice(2), 2) : value.startsWith("0o") ? sign * parseInt(value.slice(2), 8) : value.startsWith("0x") ? sign * parseInt(value.slice(2), 16) : sign * parseInt(value, 10);
}
function resolveYamlInteger$1(source, isExplicit) {
  if (isExplicit) {
    if (!YAML_INTEGER_EXPLICIT_PATTERN.test(source)) return NOT_RESOLVED;
  } else if (!YAML_INTEGER_IMPLICIT_PATTERN.test(source)) return NOT_RESOLVED;
  let result = parseYamlInteger$1(source);
  return Number.isFinite(result) ? result : NOT_RESOLVED;
}
function parseYamlInteger(source) {
  let value = source.replace(/_/g, ""), sign = 1;
  if ((value[0] === "-" || value[0] === "+") && (value[0] === "-" && (sign = -1), value = value.slice(1)), value.startsWith("0b")) return sign * parseInt(value.slice(2), 2);
  if (value.startsWith("0x")) return sign * parseInt(value.slice(2), 16);
  if (value.includes(":")) {
    let result = 0;
    for (let part of value.split(":")) result = result * 60 + Number(part);
    return sign * result;
  }
  return value !== "0" && value[0] === "0" ? sign * parseInt(value, 8) : sign * parseInt(value, 10);
}
function resolveYamlInteger(source) {
  if (!YAML_INTEGER_PATTERN.test(source)) return NOT_RESOLVED;
  let result = parseYamlInteger(source);
  return Number.isFinite(result) ? result : NOT_RESOLVED;
}
function resolveYamlFloat$2(source) {
  if (!YAML_FLOAT_PATTERN$1.test(source)) return NOT_RESOLVED;
  let value = source.toLowerCase(), sign = value[0] === "-" ? -1 : 1;
  if ("+-".includes(value[0]) && (value = value.slice(1)), value === ".inf") return sign === 1 ? Number.POSITIVE_INFINITY : Number.NEGATIVE_INFINITY;
  if (value === ".nan") return NaN;
  let result = sign * parseFloat(value);
  return Number.isFinite(result) || YAML_FLOAT_SPECIAL_PATTERN$1.test(source) ? result : NOT_RESOLVED;
}
function representYamlFloat$2(object) {
  if (isNaN(object)) return ".nan";
  if (object === Number.POSITIVE_INFINITY) return ".inf";
  if (object === Number.NEGATIVE_INFINITY) return "-.inf";
  if (Object.is(object, -0)) return "-0.0";
  let result = object.toString(10);
  return /^[-+]?[0-9]+e/.test(result) ? result.replace("e", ".e") : result;
}
function resolveYamlFloat$1(source, isExplicit) {
  if (isExplicit) {
    if (!YAML_FLOAT_EXPLICIT_PATTERN.test(source)) return NOT_RESOLVED;
    let value = source.toLowerCase(), sign = value[0] === "-" ? -1 : 1;
    if ("+-".includes(value[0]) && (value = value.slice(1)), value === ".inf") return sign === 1 ? Number.POSITIVE_INFINITY : Number.NEGATIVE_INFINITY;
    if (value === ".nan") return NaN;
    let result2 = sign * parseFloat(value);
    return Number.isFinite(result2) ? result2 : NOT_RESOLVED;
  }
  if (!YAML_FLOAT_IMPLICIT_PATTERN.test(source)) return NOT_RESOLVED;
  let result = Number(source);
  return Number.isFinite(result) ? result : NOT_RESOLVED;
}
function representYamlFloat$1(object) {
  if (isNaN(object)) return ".nan";
  if (object === Number.POSITIVE_INFINITY) return ".inf";
  if (object === Number.NEGATIVE_INFINITY) return "-.inf";
  if (Object.is(object, -0)) return "-0.0";
  let result = object.toString(10);
  return /^[-+]?[0-9]+e/.test(result) ? result.replace("e", ".e") : result;
}
function resolveYamlFloat(source) {
  if (!YAML_FLOAT_PATTERN.test(source)) return NOT_RESOLVED;
  let value = source.toLowerCase().replace(/_/g, ""), sign = value[0] === "-" ? -1 : 1;
  if ("+-".includes(value[0]) && (value = value.slice(1)), value === ".inf") return sign === 1 ? Number.POSITIVE_INFINITY : Number.NEGATIVE_INFINITY;
  if (value === ".nan") return NaN;
  let result = 0;
  if (value.includes(":")) {
    for (let part of value.split(":")) result = result * 60 + Number(part);
    result *= sign;
  } else result = sign * parseFloat(value);
  return Number.isFinite(result) || YAML_FLOAT_SPECIAL_PATTERN.test(source) ? result : NOT_RESOLVED;
}
function representYamlFloat(object) {
  if (isNaN(object)) return ".nan";
  if (object === Number.POSITIVE_INFINITY) return ".inf";
  if (object === Number.NEGATIVE_INFINITY) return "-.inf";
  if (Object.is(object, -0)) return "-0.0";
  let result = object.toString(10);
  return /^[-+]?[0-9]+e/.test(result) ? result.replace("e", ".e") : result;
}
function resolveYamlBinary(source) {
  let input = source.replace(/\s/g, "");
  if (input.length % 4 !== 0 || !BASE64_PATTERN.test(input)) return NOT_RESOLVED;
  let binary = atob(input), result = new Uint8Array(binary.length);
  for (let index = 0; index < binary.length; index++) result[index] = binary.charCodeAt(index);
  return result;
}
function representYamlBinary(object) {
  let binary = "";
  for (let index = 0; index < object.length; index++) binary += String.fromCharCode(object[index]);
  return btoa(binary);
}
function makeUtcDate(year, month, day, hour = 0, minute = 0, second = 0, fraction = 0) {
  let date = new Date(Date.UTC(year, month, day, hour, minute, second, fraction));
  return date.setUTCFullYear(year, month, day), date;
}
function resolveYamlTimestamp(source) {
  let match = YAML_DATE_REGEXP.exec(source);
  if (match === null && (match = YAML_TIMESTAMP_REGEXP.exec(source)), match === null) return NOT_RESOLVED;
  let year = +match[1], month = +match[2] - 1, day = +match[3];
  if (!match[4]) {
    let date2 = makeUtcDate(year, month, day);
    return date2.getUTCFullYear() !== year || date2.getUTCMonth() !== month || date2.getUTCDate() !== day ? NOT_RESOLVED : date2;
  }
  let hour = +match[4], minute = +match[5], second = +match[6], fraction = 0;
  if (hour > 23 || minute > 59 || second > 59) return NOT_RESOLVED;
  if (match[7]) {
    let value = match[7].slice(0, 3);
    for (; value.length < 3; ) value += "0";
    fraction = +value;
  }
  let date = makeUtcDate(year, month, day, hour, minute, second, fraction);
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month || date.getUTCDate() !== day) return NOT_RESOLVED;
  if (match[9]) {
    let offsetHour = +match[10], offsetMinute = +(match[11] || 0);
    if (offsetHour > 23 || offsetMinute > 59) return NOT_RESOLVED;
    let offset = (offsetHour * 60 + offsetMinute) * 6e4;
    date.setTime(date.getTime() - (match[9] === "-" ? -offset : offset));
  }
  return date;
}
function isPlainObject(data) {
  if (data === null || typeof data != "object" || Array.isArray(data)) return !1;
  let prototype = Object.getPrototypeOf(data);
  return prototype === null || prototype === Object.prototype;
}
function pick(object, keys) {
  let result = {};
  for (let key of keys) object[key] !== void 0 && (result[key] = object[key]);
  return result;
}
function createTagDefinitionMap() {
  return {
    scalar: /* @__PURE__ */ Object.create(null),
    sequence: /* @__PURE__ */ Object.create(null),
    mapping: /* @__PURE__ */ Object.create(null)
  };
}
function createTagDefinitionListMap() {
  return {
    scalar: [],
    sequence: [],
    mapping: []
  };
}
function compileTags(tags) {
  let result = [];
  for (let tag of tags) {
    let index = result.length;
    for (let previousIndex = 0; previousIndex < result.length; previousIndex++) {
      let previous = result[previousIndex];
      if (previous.nodeKind === tag.nodeKind && previous.tagName === tag.tagName && previous.matchByTagPrefix === tag.matchByTagPrefix) {
        index = previousIndex;
        break;
      }
    }
    result[index] = tag;
  }
  return result;
}
function normalizeKey(key) {
  if (Array.isArray(key)) {
    let array = Array.prototype.slice.call(key);
    for (let index = 0; index < array.length; index++) {
      if (Array.isArray(array[index])) return null;
      typeof array[index] == "object" && Object.prototype.toString.call(array[index]) === "[object Object]" && (array[index] = "[object Object]");
    }
    return String(array);
  }
  return typeof key == "object" && Object.prototype.toString.call(key) === "[object Object]" ? "[object Object]" : String(key);
}
function getLine(buffer, lineStart, lineEnd, position, maxLineLength) {
  let head = "", tail = "", maxHalfLength = Math.floor(maxLineLength / 2) - 1;
  return position - lineStart > maxHalfLength && (head = " ... ", lineStart = position - maxHalfLength + head.length), lineEnd - position > maxHalfLength && (tail = " ...", lineEnd = position + maxHalfLength - tail.length), {
    str: head + buffer.slice(lineStart, lineEnd).replace(/\t/g, "\u2192") + tail,
    pos: position - lineStart + head.length
  };
}
function padStart(string, max) {
  return " ".repeat(Math.max(max - string.length, 0)) + string;
}
function makeSnippet(mark, options) {
  if (!mark.buffer) return null;
  let opts = {
    ...DEFAULT_SNIPPET_OPTIONS,
    ...options
  }, re = /\r?\n|\r|\0/g, lineStarts = [0], lineEnds = [], match, foundLineNo = -1;
  for (; match = re.exec(mark.buffer); )
    lineEnds.push(match.index), lineStarts.push(match.index + match[0].length), mark.position <= match.index && foundLineNo < 0 && (foundLineNo = lineStarts.length - 2);
  foundLineNo < 0 && (foundLineNo = lineStarts.length - 1);
  let result = "", lineNoLength = Math.min(mark.line + opts.linesAfter, lineEnds.length).toString().length, maxLineLength = opts.maxLength - (opts.indent + lineNoLength + 3);
  for (let i = 1; i <= opts.linesBefore && !(foundLineNo - i < 0); i++) {
    let line2 = getLine(mark.buffer, lineStarts[foundLineNo - i], lineEnds[foundLineNo - i], mark.position - (lineStarts[foundLineNo] - lineStarts[foundLineNo - i]), maxLineLength);
    result = `${" ".repeat(opts.indent)}${padStart((mark.line - i + 1).toString(), lineNoLength)} | ${line2.str}
${result}`;
  }
  let line = getLine(mark.buffer, lineStarts[foundLineNo], lineEnds[foundLineNo], mark.position, maxLineLength);
  result += `${" ".repeat(opts.indent)}${padStart((mark.line + 1).toString(), lineNoLength)} | ${line.str}
`, result += `${"-".repeat(opts.indent + lineNoLength + 3 + line.pos)}^
`;
  for (let i = 1; i <= opts.linesAfter && !(foundLineNo + i >= lineEnds.length); i++) {
    let line2 = getLine(mark.buffer, lineStarts[foundLineNo + i], lineEnds[foundLineNo + i], mark.position - (lineStarts[foundLineNo] - lineStarts[foundLineNo + i]), maxLineLength);
    result += `${" ".repeat(opts.indent)}${padStart((mark.line + i + 1).toString(), lineNoLength)} | ${line2.str}
`;
  }
  return result.replace(/\n$/, "");
}
function formatError(exception, compact) {
  let where = "";
  return exception.mark ? (exception.mark.name && (where += `in "${exception.mark.name}" `), where += `(${exception.mark.line + 1}:${exception.mark.column + 1})`, !compact && exception.mark.snippet && (where += `

${exception.mark.snippet}`), `${exception.reason} ${where}`) : exception.reason;
}
function simpleEscapeSequence(c) {
  switch (c) {
    case 48:
      return "\0";
    case 97:
      return "\x07";
    case 98:
      return "\b";
    case 116:
      return "	";
    case 9:
      return "	";
    case 110:
      return `
`;
    case 118:
      return "\v";
    case 102:
      return "\f";
    case 114:
      return "\r";
    case 101:
      return "\x1B";
    case 32:
      return " ";
    case 34:
      return '"';
    case 47:
      return "/";
    case 92:
      return "\\";
    case 78:
      return "\x85";
    case 95:
      return "\xA0";
    case 76:
      return "\u2028";
    case 80:
      return "\u2029";
    default:
      return "";
  }
}
function charFromCodepoint(c) {
  return c <= 65535 ? String.fromCharCode(c) : String.fromCharCode((c - 65536 >> 10) + 55296, (c - 65536 & 1023) + 56320);
}
function fromHexCode$1(c) {
  return c >= 48 && c <= 57 ? c - 48 : (c | 32) - 97 + 10;
}
function escapedHexLen$1(c) {
  return c === 120 ? 2 : c === 117 ? 4 : 8;
}
function skipFoldedBreaks(input, position, end) {
  let breaks = 0;
  for (; position < end; ) {
    let ch = input.charCodeAt(position);
    if (ch === 10)
      breaks++, position++;
    else if (ch === 13)
      breaks++, position++, input.charCodeAt(position) === 10 && position++;
    else if (ch === 32 || ch === 9) position++;
    else break;
  }
  return {
    position,
    breaks
  };
}
function foldedBreaks(count) {
  return count === 1 ? " " : `
`.repeat(count - 1);
}
function getPlainValue(input, start, end) {
  let result = "", position = start, captureStart = start, captureEnd = start;
  for (; position < end; ) {
    let ch = input.charCodeAt(position);
    if (ch === 10 || ch === 13) {
      result += input.slice(captureStart, captureEnd);
      let fold = skipFoldedBreaks(input, position, end);
      result += foldedBreaks(fold.breaks), position = captureStart = captureEnd = fold.position;
    } else
      position++, ch !== 32 && ch !== 9 && (captureEnd = position);
  }
  return result + input.slice(captureStart, captureEnd);
}
function getSingleQuotedValue(input, start, end) {
  let result = "", position = start, captureStart = start, captureEnd = start;
  for (; position < end; ) {
    let ch = input.charCodeAt(position);
    if (ch === 39)
      result += input.slice(captureStart, position) + "'", position += 2, captureStart = captureEnd = position;
    else if (ch === 10 || ch === 13) {
      result += input.slice(captureStart, captureEnd);
      let fold = skipFoldedBreaks(input, position, end);
      result += foldedBreaks(fold.breaks), position = captureStart = captureEnd = fold.position;
    } else
      position++, ch !== 32 && ch !== 9 && (captureEnd = position);
  }
  return result + input.slice(captureStart, end);
}
function getDoubleQuotedValue(input, start, end) {
  let result = "", position = start, captureStart = start, captureEnd = start;
  for (; position < end; ) {
    let ch = input.charCodeAt(position);
    if (ch === 92) {
      result += input.slice(captureStart, position), position++;
      let escaped = input.charCodeAt(position);
      if (escaped === 10 || escaped === 13) position = skipFoldedBreaks(input, position, end).position;
      else if (escaped < 256 && simpleEscapeCheck[escaped])
        result += simpleEscapeMap[escaped], position++;
      else {
        let hexLength = escapedHexLen$1(escaped), hexResult = 0;
        for (; hexLength > 0; hexLength--) {
          position++;
          let digit = fromHexCode$1(input.charCodeAt(position));
          hexResult = (hexResult << 4) + digit;
        }
        result += charFromCodepoint(hexResult), position++;
      }
      captureStart = captureEnd = position;
    } else if (ch === 10 || ch === 13) {
      result += input.slice(captureStart, captureEnd);
      let fold = skipFoldedBreaks(input, position, end);
      result += foldedBreaks(fold.breaks), position = captureStart = captureEnd = fold.position;
    } else
      position++, ch !== 32 && ch !== 9 && (captureEnd = position);
  }
  return result + input.slice(captureStart, end);
}
function getBlockValue(input, start, end, indent, chomping, folded) {
  let textIndent = indent < 0 ? 0 : indent, region = input.slice(start, end).replace(/\r\n?/g, `
`), lines = region === "" ? [] : (region.endsWith(`
`) ? region.slice(0, -1) : region).split(`
`), result = "", didReadContent = !1, emptyLines = 0, atMoreIndented = !1;
  for (let line of lines) {
    let column = 0;
    for (; column < textIndent && line.charCodeAt(column) === 32; ) column++;
    if (indent < 0 || column >= line.length) {
      emptyLines++;
      continue;
    }
    let content = line.slice(textIndent), first = content.charCodeAt(0);
    folded ? first === 32 || first === 9 ? (atMoreIndented = !0, result += `
`.repeat(didReadContent ? 1 + emptyLines : emptyLines)) : atMoreIndented ? (atMoreIndented = !1, result += `
`.repeat(emptyLines + 1)) : emptyLines === 0 ? didReadContent && (result += " ") : result += `
`.repeat(emptyLines) : result += `
`.repeat(didReadContent ? 1 + emptyLines : emptyLines), result += content, didReadContent = !0, emptyLines = 0;
  }
  return chomping === CHOMPING_MODE.KEEP ? result += `
`.repeat(didReadContent ? 1 + emptyLines : emptyLines) : chomping !== CHOMPING_MODE.STRIP && didReadContent && (result += `
`), result;
}
function getScalarValue(input, scalar) {
  if (scalar.valueStart === NO_RANGE$3) return "";
  let { valueStart, valueEnd } = scalar;
  if (scalar.fast) return input.slice(valueStart, valueEnd);
  switch (scalar.style) {
    case SCALAR_STYLE.SINGLE_QUOTED:
      return getSingleQuotedValue(input, valueStart, valueEnd);
    case SCALAR_STYLE.DOUBLE_QUOTED:
      return getDoubleQuotedValue(input, valueStart, valueEnd);
    case SCALAR_STYLE.LITERAL_BLOCK:
      return getBlockValue(input, valueStart, valueEnd, scalar.indent, scalar.chomping, !1);
    case SCALAR_STYLE.FOLDED_BLOCK:
      return getBlockValue(input, valueStart, valueEnd, scalar.indent, scalar.chomping, !0);
    default:
      return getPlainValue(input, valueStart, valueEnd);
  }
}
function tagPercentDecode(source) {
  let result = "", index = 0;
  for (; index < source.length; ) {
    if (source.charCodeAt(index) !== 37) {
      result += source[index++];
      continue;
    }
    let ch = parseInt(source.slice(index + 1, index + 3), 16);
    if (index += 3, ch >= 192) {
      let remaining = ch < 224 ? 1 : ch < 240 ? 2 : 3;
      for (ch &= (1 << 6 - remaining) - 1; remaining-- > 0; )
        ch = ch << 6 | parseInt(source.slice(index + 1, index + 3), 16) & 63, index += 3;
    }
    ch < 65536 ? result += String.fromCharCode(ch) : (ch -= 65536, result += String.fromCharCode(55296 | ch >> 10, 56320 | ch & 1023));
  }
  return result;
}
function tagNameFull(rawTag, tagHandlers) {
  if (rawTag.startsWith("!<") && rawTag.endsWith(">")) return tagPercentDecode(rawTag.slice(2, -1));
  let handleEnd = rawTag.indexOf("!", 1), handle = handleEnd === -1 ? "!" : rawTag.slice(0, handleEnd + 1);
  return tagPercentDecode(tagHandlers?.[handle] ?? DEFAULT_TAG_HANDLERS[handle] ?? handle) + tagPercentDecode(rawTag.slice(handle.length));
}
function eventPosition$1(event) {
  return "tagStart" in event && event.tagStart !== NO_RANGE$2 ? event.tagStart : "anchorStart" in event && event.anchorStart !== NO_RANGE$2 ? event.anchorStart : "valueStart" in event && event.valueStart !== NO_RANGE$2 ? event.valueStart : "start" in event ? event.start : 0;
}
function throwError$1(state, message) {
  YAMLException.throwAt(state.source, state.position, message, state.filename);
}
function finalizeCollection(state, position, tag, carrier) {
  try {
    return tag.finalize(carrier);
  } catch (error) {
    if (error instanceof YAMLException) throw error;
    YAMLException.throwAt(state.source, position, error instanceof Error ? error.message : String(error), state.filename);
  }
}
function constructScalar(state, event) {
  let source = getScalarValue(state.source, event), rawTag = event.tagStart === NO_RANGE$2 ? "" : state.source.slice(event.tagStart, event.tagEnd), strTag2 = state.schema.defaultScalarTag;
  if (rawTag !== "") {
    if (rawTag === "!") return {
      value: source,
      tag: strTag2
    };
    let tagName = tagNameFull(rawTag, state.tagHandlers), scalarTag = state.schema.lookupScalarTag(tagName);
    if (scalarTag) {
      let result = scalarTag.resolve(source, !0, tagName);
      return result === NOT_RESOLVED && throwError$1(state, `cannot resolve a node with !<${tagName}> explicit tag`), {
        value: result,
        tag: scalarTag
      };
    }
    let collectionTagDef = state.schema.lookupMappingTag(tagName) ?? state.schema.lookupSequenceTag(tagName);
    if (collectionTagDef) {
      source !== "" && throwError$1(state, `cannot resolve a node with !<${tagName}> explicit tag`);
      let carrier = collectionTagDef.create(tagName);
      return {
        value: collectionTagDef.carrierIsResult ? carrier : finalizeCollection(state, state.position, collectionTagDef, carrier),
        tag: collectionTagDef
      };
    }
    throwError$1(state, `unknown scalar tag !<${tagName}>`);
  }
  return event.style === SCALAR_STYLE.PLAIN ? state.schema.resolveImplicitScalarTag(source) : {
    value: strTag2.resolve(source, !1, strTag2.tagName),
    tag: strTag2
  };
}
function collectionTagName(state, event, defaultTagName) {
  let rawTag = event.tagStart === NO_RANGE$2 ? "" : state.source.slice(event.tagStart, event.tagEnd);
  return rawTag === "" || rawTag === "!" ? defaultTagName : tagNameFull(rawTag, state.tagHandlers);
}
function isMappingTag(tag) {
  return tag.nodeKind === "mapping";
}
function chargeMergeWork(state) {
  state.totalMergeKeys++, state.maxTotalMergeKeys !== -1 && state.totalMergeKeys > state.maxTotalMergeKeys && throwError$1(state, `merge keys exceeded maxTotalMergeKeys (${state.maxTotalMergeKeys})`);
}
function mergeKeys(state, frame, source, sourceTag) {
  chargeMergeWork(state);
  for (let sourceKey3 of sourceTag.keys(source)) {
    if (chargeMergeWork(state), frame.tag.has(frame.value, sourceKey3)) continue;
    let err = frame.tag.addPair(frame.value, sourceKey3, sourceTag.get(source, sourceKey3));
    err && throwError$1(state, err), frame.overridable ??= /* @__PURE__ */ new Set(), frame.overridable.add(sourceKey3);
  }
}
function mergeSource(state, frame, source, sourceTag) {
  if (state.position = frame.keyPosition, isMappingTag(sourceTag)) mergeKeys(state, frame, source, sourceTag);
  else if (sourceTag.nodeKind === "sequence" && Array.isArray(source)) {
    source.length > 100 && throwError$1(state, "abnormal merge sequence size");
    for (let element of source) {
      let elementTag = state.nodeTags.get(element);
      elementTag || throwError$1(state, "cannot merge mappings; the provided source object is unacceptable"), mergeKeys(state, frame, element, elementTag);
    }
  } else throwError$1(state, "cannot merge mappings; the provided source object is unacceptable");
}
function addMappingValue(state, frame, key, value, tag) {
  if (state.position = frame.keyPosition, frame.keyIsMerge) {
    mergeSource(state, frame, value, tag);
    return;
  }
  !state.json && frame.tag.has(frame.value, key) && !frame.overridable?.has(key) && throwError$1(state, "duplicated mapping key");
  let err = frame.tag.addPair(frame.value, key, value);
  err && throwError$1(state, err), frame.overridable?.delete(key);
}
function addValue(state, value, tag) {
  let frame = state.frames[state.frames.length - 1];
  if (frame.kind === "document")
    frame.value = value, frame.hasValue = !0;
  else if (frame.kind === "sequence") {
    isMappingTag(tag) && state.nodeTags.set(value, tag);
    let err = frame.tag.addItem(frame.value, value, frame.index++);
    err && throwError$1(state, err);
  } else if (frame.hasKey) {
    let key = frame.key;
    frame.key = void 0, frame.hasKey = !1, addMappingValue(state, frame, key, value, tag);
  } else
    frame.key = value, frame.keyPosition = state.position, frame.hasKey = !0, frame.keyIsMerge = tag.tagName === MERGE_TAG_NAME;
}
function storeAnchor(state, event, value, tag, isValueFinal) {
  if (event.anchorStart !== NO_RANGE$2) {
    let anchor = {
      value,
      tag,
      isValueFinal
    };
    return state.anchors.set(state.source.slice(event.anchorStart, event.anchorEnd), anchor), anchor;
  }
  return null;
}
function constructFromEvents(events, options) {
  let state = {
    ...DEFAULT_CONSTRUCTOR_OPTIONS,
    ...options,
    events,
    documents: [],
    eventIndex: 0,
    position: 0,
    frames: [],
    anchors: /* @__PURE__ */ new Map(),
    nodeTags: /* @__PURE__ */ new Map(),
    tagHandlers: /* @__PURE__ */ Object.create(null),
    totalMergeKeys: 0,
    aliasCount: 0
  };
  for (; state.eventIndex < state.events.length; ) {
    let event = state.events[state.eventIndex++];
    switch (state.position = eventPosition$1(event), event.type) {
      case EVENT_ID.DOCUMENT:
        state.anchors = /* @__PURE__ */ new Map(), state.nodeTags = /* @__PURE__ */ new Map(), state.aliasCount = 0, state.tagHandlers = /* @__PURE__ */ Object.create(null);
        for (let directive of event.directives) directive.kind === "tag" && (state.tagHandlers[directive.handle] = directive.prefix);
        state.frames.push({
          kind: "document",
          position: state.position,
          value: void 0,
          hasValue: !1
        });
        break;
      case EVENT_ID.SCALAR: {
        let { value, tag } = constructScalar(state, event);
        storeAnchor(state, event, value, tag, !0), addValue(state, value, tag);
        break;
      }
      case EVENT_ID.SEQUENCE: {
        let tagName = collectionTagName(state, event, "tag:yaml.org,2002:seq"), tag = state.schema.lookupSequenceTag(tagName);
        tag || throwError$1(state, `unknown sequence tag !<${tagName}>`);
        let value = tag.create(tagName), anchor = storeAnchor(state, event, value, tag, tag.carrierIsResult);
        state.frames.push({
          kind: "sequence",
          position: state.position,
          value,
          tag,
          anchor,
          index: 0
        });
        break;
      }
      case EVENT_ID.MAPPING: {
        let tagName = collectionTagName(state, event, "tag:yaml.org,2002:map"), tag = state.schema.lookupMappingTag(tagName);
        tag || throwError$1(state, `unknown mapping tag !<${tagName}>`);
        let value = tag.create(tagName), anchor = storeAnchor(state, event, value, tag, tag.carrierIsResult);
        state.frames.push({
          kind: "mapping",
          position: state.position,
          value,
          tag,
          anchor,
          key: void 0,
          keyPosition: state.position,
          hasKey: !1,
          keyIsMerge: !1,
          overridable: null
        });
        break;
      }
      case EVENT_ID.ALIAS: {
        state.maxAliases !== -1 && ++state.aliasCount > state.maxAliases && throwError$1(state, `aliases exceeded maxAliases (${state.maxAliases})`);
        let name = state.source.slice(event.anchorStart, event.anchorEnd), anchor = state.anchors.get(name);
        anchor || throwError$1(state, `unidentified alias "${name}"`), anchor.isValueFinal || throwError$1(state, `recursive alias "${name}" is not supported for tag ${anchor.tag.tagName} because it uses finalize()`), addValue(state, anchor.value, anchor.tag);
        break;
      }
      case EVENT_ID.POP: {
        let frame = state.frames.pop();
        if (frame.kind === "mapping" && frame.hasKey && (state.position = frame.keyPosition, throwError$1(state, "incomplete mapping pair in event stream")), frame.kind === "document") state.documents.push(frame.value);
        else {
          let value = frame.tag.carrierIsResult ? frame.value : finalizeCollection(state, frame.position, frame.tag, frame.value);
          frame.anchor && (frame.anchor.value = value, frame.anchor.isValueFinal = !0), addValue(state, value, frame.tag);
        }
        break;
      }
    }
  }
  return state.documents;
}
function addDocumentEvent(state, explicitStart, explicitEnd) {
  state.events.push({
    type: EVENT_ID.DOCUMENT,
    explicitStart,
    explicitEnd,
    directives: state.directives
  });
}
function addSequenceEvent(state, start, anchorStart, anchorEnd, tagStart, tagEnd, style) {
  state.events.push({
    type: EVENT_ID.SEQUENCE,
    start,
    anchorStart,
    anchorEnd,
    tagStart,
    tagEnd,
    style
  });
}
function addMappingEvent(state, start, anchorStart, anchorEnd, tagStart, tagEnd, style) {
  state.events.push({
    type: EVENT_ID.MAPPING,
    start,
    anchorStart,
    anchorEnd,
    tagStart,
    tagEnd,
    style
  });
}
function insertFlowPairMappingEvent(state, snapshot) {
  state.events.splice(snapshot.eventsLength, 0, {
    type: EVENT_ID.MAPPING,
    start: snapshot.position,
    anchorStart: NO_RANGE$1,
    anchorEnd: NO_RANGE$1,
    tagStart: NO_RANGE$1,
    tagEnd: NO_RANGE$1,
    style: COLLECTION_STYLE.FLOW
  });
}
function addScalarEvent(state, valueStart, valueEnd, anchorStart, anchorEnd, tagStart, tagEnd, style, chomping = CHOMPING_MODE.CLIP, indent = -1, fast = !1) {
  state.events.push({
    type: EVENT_ID.SCALAR,
    valueStart,
    valueEnd,
    anchorStart,
    anchorEnd,
    tagStart,
    tagEnd,
    style,
    chomping,
    indent,
    fast
  });
}
function addAliasEvent(state, anchorStart, anchorEnd) {
  state.events.push({
    type: EVENT_ID.ALIAS,
    anchorStart,
    anchorEnd
  });
}
function addPopEvent(state) {
  state.events.push({ type: EVENT_ID.POP });
}
function addEmptyScalarEvent(state) {
  addScalarEvent(state, NO_RANGE$1, NO_RANGE$1, NO_RANGE$1, NO_RANGE$1, NO_RANGE$1, NO_RANGE$1, SCALAR_STYLE.PLAIN);
}
function emptyProperties() {
  return {
    anchorStart: NO_RANGE$1,
    anchorEnd: NO_RANGE$1,
    tagStart: NO_RANGE$1,
    tagEnd: NO_RANGE$1
  };
}
function snapshotState(state) {
  return {
    position: state.position,
    line: state.line,
    lineStart: state.lineStart,
    lineIndent: state.lineIndent,
    firstTabInLine: state.firstTabInLine,
    eventsLength: state.events.length
  };
}
function restoreState(state, snapshot) {
  state.position = snapshot.position, state.line = snapshot.line, state.lineStart = snapshot.lineStart, state.lineIndent = snapshot.lineIndent, state.firstTabInLine = snapshot.firstTabInLine, state.events.length = snapshot.eventsLength;
}
function throwError(state, message) {
  YAMLException.throwAt(state.input.slice(0, state.length), state.position, message, state.filename);
}
function isEol(c) {
  return c === 10 || c === 13;
}
function isWhiteSpace(c) {
  return c === 9 || c === 32;
}
function isWsOrEol(c) {
  return isWhiteSpace(c) || isEol(c);
}
function isWsOrEolOrEnd(c) {
  return c === 0 || isWsOrEol(c);
}
function isFlowIndicator(c) {
  return c === 44 || c === 91 || c === 93 || c === 123 || c === 125;
}
function fromDecimalCode(c) {
  return c >= 48 && c <= 57 ? c - 48 : -1;
}
function fromHexCode(c) {
  if (c >= 48 && c <= 57) return c - 48;
  let lc = c | 32;
  return lc >= 97 && lc <= 102 ? lc - 97 + 10 : -1;
}
function escapedHexLen(c) {
  return c === 120 ? 2 : c === 117 ? 4 : c === 85 ? 8 : 0;
}
function isSimpleEscape(c) {
  return c === 48 || c === 97 || c === 98 || c === 116 || c === 9 || c === 110 || c === 118 || c === 102 || c === 114 || c === 101 || c === 32 || c === 34 || c === 47 || c === 92 || c === 78 || c === 95 || c === 76 || c === 80;
}
function consumeLineBreak(state) {
  state.input.charCodeAt(state.position) === 10 ? state.position++ : (state.position++, state.input.charCodeAt(state.position) === 10 && state.position++), state.line++, state.lineStart = state.position, state.lineIndent = 0, state.firstTabInLine = -1;
}
function skipSeparationSpace(state, allowComments) {
  let lineBreaks = 0, ch = state.input.charCodeAt(state.position), hasSeparation = state.position === state.lineStart || isWsOrEol(state.input.charCodeAt(state.position - 1));
  for (; ch !== 0; ) {
    for (; isWhiteSpace(ch); )
      hasSeparation = !0, ch === 9 && state.firstTabInLine === -1 && (state.firstTabInLine = state.position), ch = state.input.charCodeAt(++state.position);
    if (allowComments && hasSeparation && ch === 35) do
      ch = state.input.charCodeAt(++state.position);
    while (!isEol(ch) && ch !== 0);
    if (!isEol(ch)) break;
    for (consumeLineBreak(state), lineBreaks++, hasSeparation = !0, ch = state.input.charCodeAt(state.position); ch === 32; )
      state.lineIndent++, ch = state.input.charCodeAt(++state.position);
  }
  return lineBreaks;
}
function testDocumentSeparator(state, position = state.position) {
  let ch = state.input.charCodeAt(position);
  if ((ch === 45 || ch === 46) && ch === state.input.charCodeAt(position + 1) && ch === state.input.charCodeAt(position + 2)) {
    let following = state.input.charCodeAt(position + 3);
    return following === 0 || isWsOrEol(following);
  }
  return !1;
}
function skipByteOrderMark(state) {
  state.position === state.lineStart && state.input.charCodeAt(state.position) === 65279 && (state.position++, state.lineStart = state.position);
}
function testDocumentBoundary(state) {
  if (state.position !== state.lineStart) return !1;
  if (testDocumentSeparator(state)) return !0;
  if (state.input.charCodeAt(state.position) !== 65279) return !1;
  let snapshot = snapshotState(state);
  skipByteOrderMark(state), skipSeparationSpace(state, !0);
  let ch = state.input.charCodeAt(state.position), result = state.position === state.lineStart && (ch === 37 || ch === 45 && testDocumentSeparator(state));
  return restoreState(state, snapshot), result;
}
function skipUntilLineEnd(state) {
  let ch = state.input.charCodeAt(state.position);
  for (; ch !== 0 && !isEol(ch); ) ch = state.input.charCodeAt(++state.position);
}
function checkPrintable(state, start, end) {
  let match = PATTERN_NON_PRINTABLE.exec(state.input.slice(start, end));
  match !== null && (state.position = start + match.index + match[0].length - 1, throwError(state, "the stream contains non-printable characters"));
}
function readTagProperty(state, props, inFlow) {
  if (state.input.charCodeAt(state.position) !== 33) return !1;
  props.tagStart !== NO_RANGE$1 && throwError(state, "duplication of a tag property");
  let start = state.position, isVerbatim = !1, isNamed = !1, tagHandle = "!", ch = state.input.charCodeAt(++state.position);
  ch === 60 ? (isVerbatim = !0, ch = state.input.charCodeAt(++state.position)) : ch === 33 && (isNamed = !0, tagHandle = "!!", ch = state.input.charCodeAt(++state.position));
  let suffixStart = state.position, tagName;
  if (isVerbatim) {
    for (; ch !== 0 && ch !== 62; ) ch = state.input.charCodeAt(++state.position);
    ch !== 62 && throwError(state, "unexpected end of the stream within a verbatim tag"), tagName = state.input.slice(suffixStart, state.position), state.position++;
  } else {
    for (; ch !== 0 && !isWsOrEol(ch) && !(inFlow && isFlowIndicator(ch)); )
      ch === 33 && (isNamed ? throwError(state, "tag suffix cannot contain exclamation marks") : (tagHandle = state.input.slice(suffixStart - 1, state.position + 1), PATTERN_TAG_HANDLE.test(tagHandle) || throwError(state, "named tag handle cannot contain such characters"), isNamed = !0, suffixStart = state.position + 1)), ch = state.input.charCodeAt(++state.position);
    tagName = state.input.slice(suffixStart, state.position), PATTERN_FLOW_INDICATORS.test(tagName) && throwError(state, "tag suffix cannot contain flow indicator characters");
  }
  return tagName && !(isVerbatim ? PATTERN_TAG_URI.test(tagName) : PATTERN_TAG_SUFFIX.test(tagName)) && throwError(state, `tag name cannot contain such characters: ${tagName}`), !isVerbatim && tagHandle !== "!" && tagHandle !== "!!" && !HAS_OWN.call(state.tagHandlers, tagHandle) && throwError(state, `undeclared tag handle "${tagHandle}"`), props.tagStart = start, props.tagEnd = state.position, !0;
}
function readAnchorProperty(state, props) {
  if (state.input.charCodeAt(state.position) !== 38) return !1;
  props.anchorStart !== NO_RANGE$1 && throwError(state, "duplication of an anchor property"), state.position++;
  let start = state.position;
  for (; state.input.charCodeAt(state.position) !== 0 && !isWsOrEol(state.input.charCodeAt(state.position)) && !isFlowIndicator(state.input.charCodeAt(state.position)); ) state.position++;
  return state.position === start && throwError(state, "name of an anchor node must contain at least one character"), props.anchorStart = start, props.anchorEnd = state.position, !0;
}
function readAlias(state, props) {
  if (state.input.charCodeAt(state.position) !== 42) return !1;
  (props.anchorStart !== NO_RANGE$1 || props.tagStart !== NO_RANGE$1) && throwError(state, "alias node should not have any properties"), state.position++;
  let start = state.position;
  for (; state.input.charCodeAt(state.position) !== 0 && !isWsOrEol(state.input.charCodeAt(state.position)) && !isFlowIndicator(state.input.charCodeAt(state.position)); ) state.position++;
  return state.position === start && throwError(state, "name of an alias node must contain at least one character"), addAliasEvent(state, start, state.position), !0;
}
function readFlowScalarBreak(state, nodeIndent) {
  skipSeparationSpace(state, !1), state.lineIndent < nodeIndent && throwError(state, "deficient indentation");
}
function readSingleQuotedScalar(state, nodeIndent, props) {
  if (state.input.charCodeAt(state.position) !== 39) return !1;
  state.position++;
  let start = state.position, simple = !0;
  for (; state.input.charCodeAt(state.position) !== 0; ) {
    let ch = state.input.charCodeAt(state.position);
    if (ch === 39) {
      if (state.input.charCodeAt(state.position + 1) === 39) {
        simple = !1, state.position += 2;
        continue;
      }
      let end = state.position;
      return state.position++, addScalarEvent(state, start, end, props.anchorStart, props.anchorEnd, props.tagStart, props.tagEnd, SCALAR_STYLE.SINGLE_QUOTED, CHOMPING_MODE.CLIP, -1, simple), !0;
    }
    isEol(ch) ? (simple = !1, readFlowScalarBreak(state, nodeIndent)) : state.position === state.lineStart && testDocumentSeparator(state) ? throwError(state, "unexpected end of the document within a single quoted scalar") : ch !== 9 && ch < 32 ? throwError(state, "expected valid JSON character") : state.position++;
  }
  throwError(state, "unexpected end of the stream within a single quoted scalar");
}
function readDoubleQuotedScalar(state, nodeIndent, props) {
  if (state.input.charCodeAt(state.position) !== 34) return !1;
  state.position++;
  let start = state.position, simple = !0;
  for (; state.input.charCodeAt(state.position) !== 0; ) {
    let ch = state.input.charCodeAt(state.position);
    if (ch === 34) {
      let end = state.position;
      return state.position++, addScalarEvent(state, start, end, props.anchorStart, props.anchorEnd, props.tagStart, props.tagEnd, SCALAR_STYLE.DOUBLE_QUOTED, CHOMPING_MODE.CLIP, -1, simple), !0;
    }
    if (ch === 92) {
      simple = !1;
      let escaped = state.input.charCodeAt(++state.position);
      if (isEol(escaped)) readFlowScalarBreak(state, nodeIndent);
      else if (isSimpleEscape(escaped)) state.position++;
      else {
        let hexLength = escapedHexLen(escaped);
        for (hexLength === 0 && throwError(state, "unknown escape sequence"); hexLength-- > 0; )
          state.position++, fromHexCode(state.input.charCodeAt(state.position)) < 0 && throwError(state, "expected hexadecimal character");
        state.position++;
      }
    } else isEol(ch) ? (simple = !1, readFlowScalarBreak(state, nodeIndent)) : state.position === state.lineStart && testDocumentSeparator(state) ? throwError(state, "unexpected end of the document within a double quoted scalar") : ch !== 9 && ch < 32 ? throwError(state, "expected valid JSON character") : state.position++;
  }
  throwError(state, "unexpected end of the stream within a double quoted scalar");
}
function readBlockScalar(state, parentIndent, props) {
  let ch = state.input.charCodeAt(state.position), chomping = CHOMPING_MODE.CLIP, indent = -1, detectedIndent = !1;
  if (ch !== 124 && ch !== 62) return !1;
  let style = ch === 124 ? SCALAR_STYLE.LITERAL_BLOCK : SCALAR_STYLE.FOLDED_BLOCK;
  for (state.position++; state.input.charCodeAt(state.position) !== 0; ) {
    let current = state.input.charCodeAt(state.position), digit = fromDecimalCode(current);
    if (current === 43 || current === 45)
      chomping !== CHOMPING_MODE.CLIP && throwError(state, "repeat of a chomping mode identifier"), chomping = current === 43 ? CHOMPING_MODE.KEEP : CHOMPING_MODE.STRIP, state.position++;
    else if (digit >= 0)
      digit === 0 && throwError(state, "bad explicit indentation width of a block scalar; it cannot be less than one"), detectedIndent && throwError(state, "repeat of an indentation width identifier"), indent = parentIndent + digit - 1, detectedIndent = !0, state.position++;
    else break;
  }
  let hadWhitespace = !1;
  for (; isWhiteSpace(state.input.charCodeAt(state.position)); )
    hadWhitespace = !0, state.position++;
  hadWhitespace && state.input.charCodeAt(state.position) === 35 && skipUntilLineEnd(state), isEol(state.input.charCodeAt(state.position)) ? consumeLineBreak(state) : state.input.charCodeAt(state.position) !== 0 && throwError(state, "a line break is expected");
  let contentIndent = detectedIndent ? indent : -1, maxLeadingIndent = 0, valueStart = state.position, valueEnd = state.position;
  for (; state.input.charCodeAt(state.position) !== 0; ) {
    let linePosition = state.position, column = 0;
    for (; state.input.charCodeAt(linePosition + column) === 32; ) column++;
    let first = state.input.charCodeAt(linePosition + column);
    if (first === 0) {
      contentIndent >= 0 ? column > contentIndent && (valueEnd = linePosition + column) : column > 0 && (valueEnd = linePosition + column);
      break;
    }
    if (testDocumentBoundary(state)) break;
    if (!detectedIndent && contentIndent === -1 && isEol(first) && (maxLeadingIndent = Math.max(maxLeadingIndent, column)), !detectedIndent && contentIndent === -1 && !isEol(first) && (first === 9 && column < parentIndent && (state.position = linePosition + column, throwError(state, "tab characters must not be used in indentation")), column >= parentIndent && column < maxLeadingIndent && (state.position = linePosition + column, throwError(state, "bad indentation of a mapping entry"))), contentIndent === -1 && first !== 0 && !isEol(first) && column < parentIndent) {
      state.lineIndent = column, state.position = linePosition + column;
      break;
    }
    !detectedIndent && first !== 0 && !isEol(first) && contentIndent === -1 && (contentIndent = column);
    let requiredIndent = contentIndent === -1 ? parentIndent + 1 : contentIndent;
    if (first !== 0 && !isEol(first) && column < requiredIndent) {
      state.lineIndent = column, state.position = linePosition + column;
      break;
    }
    skipUntilLineEnd(state), valueEnd = state.position, isEol(state.input.charCodeAt(state.position)) && (consumeLineBreak(state), valueEnd = state.position);
  }
  return checkPrintable(state, valueStart, valueEnd), addScalarEvent(state, valueStart, valueEnd, props.anchorStart, props.anchorEnd, props.tagStart, props.tagEnd, style, chomping, contentIndent), !0;
}
function canStartPlainScalar(state, nodeContext) {
  let ch = state.input.charCodeAt(state.position), inFlow = nodeContext === CONTEXT_FLOW_IN;
  if (ch === 0 || isWsOrEol(ch) || ch === 35 || ch === 38 || ch === 42 || ch === 33 || ch === 124 || ch === 62 || ch === 39 || ch === 34 || ch === 37 || ch === 64 || ch === 96 || isFlowIndicator(ch)) return !1;
  if (ch === 63 || ch === 45) {
    let following = state.input.charCodeAt(state.position + 1);
    if (isWsOrEolOrEnd(following) || inFlow && isFlowIndicator(following)) return !1;
  }
  return !0;
}
function readPlainScalar(state, nodeIndent, nodeContext, props) {
  if (!canStartPlainScalar(state, nodeContext)) return !1;
  let start = state.position, end = state.position, ch = state.input.charCodeAt(state.position), inFlow = nodeContext === CONTEXT_FLOW_IN, multiline = !1;
  for (; ch !== 0 && !testDocumentBoundary(state); ) {
    if (ch === 58) {
      let following = state.input.charCodeAt(state.position + 1);
      if (isWsOrEolOrEnd(following) || inFlow && isFlowIndicator(following)) break;
    } else if (ch === 35) {
      if (isWsOrEol(state.input.charCodeAt(state.position - 1))) break;
    } else {
      if (inFlow && isFlowIndicator(ch)) break;
      if (isEol(ch)) {
        let savedPosition = state.position, savedLine = state.line, savedLineStart = state.lineStart, savedLineIndent = state.lineIndent;
        if (skipSeparationSpace(state, !1), state.lineIndent >= nodeIndent) {
          multiline = !0, ch = state.input.charCodeAt(state.position);
          continue;
        }
        state.position = savedPosition, state.line = savedLine, state.lineStart = savedLineStart, state.lineIndent = savedLineIndent;
        break;
      }
    }
    isWhiteSpace(ch) || (end = state.position + 1), ch = state.input.charCodeAt(++state.position);
  }
  return end === start ? !1 : (checkPrintable(state, start, end), addScalarEvent(state, start, end, props.anchorStart, props.anchorEnd, props.tagStart, props.tagEnd, SCALAR_STYLE.PLAIN, CHOMPING_MODE.CLIP, -1, !multiline), !0);
}
function skipFlowSeparationSpace(state, nodeIndent) {
  let startLine = state.line;
  skipSeparationSpace(state, !0), (state.line > startLine && state.lineIndent < nodeIndent || state.firstTabInLine !== -1 && state.lineIndent < nodeIndent) && throwError(state, "deficient indentation");
}
function readFlowCollection(state, nodeIndent, props) {
  let ch = state.input.charCodeAt(state.position), isMapping = ch === 123, start = state.position, readNext = !0;
  if (ch !== 91 && ch !== 123) return !1;
  let terminator = isMapping ? 125 : 93;
  for (isMapping ? addMappingEvent(state, start, props.anchorStart, props.anchorEnd, props.tagStart, props.tagEnd, COLLECTION_STYLE.FLOW) : addSequenceEvent(state, start, props.anchorStart, props.anchorEnd, props.tagStart, props.tagEnd, COLLECTION_STYLE.FLOW), state.position++; state.input.charCodeAt(state.position) !== 0; ) {
    skipFlowSeparationSpace(state, nodeIndent);
    let ch2 = state.input.charCodeAt(state.position);
    if (ch2 === terminator)
      return state.position++, addPopEvent(state), !0;
    readNext ? ch2 === 44 && throwError(state, "expected the node content, but found ','") : throwError(state, "missed comma between flow collection entries");
    let isPair = !1, isExplicitPair = !1;
    ch2 === 63 && isWsOrEol(state.input.charCodeAt(state.position + 1)) && (isPair = isExplicitPair = !0, state.position += 1, skipFlowSeparationSpace(state, nodeIndent));
    let entryLine = state.line, entryStart = snapshotState(state), keyWasRead = parseNode(state, nodeIndent, CONTEXT_FLOW_IN, !1, !0);
    skipFlowSeparationSpace(state, nodeIndent), ch2 = state.input.charCodeAt(state.position), (isMapping || isExplicitPair || state.line === entryLine) && ch2 === 58 ? (isPair = !0, state.position++, skipFlowSeparationSpace(state, nodeIndent), isMapping || insertFlowPairMappingEvent(state, entryStart), keyWasRead || addEmptyScalarEvent(state), parseNode(state, nodeIndent, CONTEXT_FLOW_IN, !1, !0) || addEmptyScalarEvent(state), skipFlowSeparationSpace(state, nodeIndent), isMapping || addPopEvent(state)) : isMapping && isPair ? (keyWasRead || addEmptyScalarEvent(state), addEmptyScalarEvent(state)) : isMapping ? addEmptyScalarEvent(state) : isPair && (insertFlowPairMappingEvent(state, entryStart), keyWasRead || addEmptyScalarEvent(state), addEmptyScalarEvent(state), addPopEvent(state)), ch2 = state.input.charCodeAt(state.position), ch2 === 44 ? (readNext = !0, state.position++) : readNext = !1;
  }
  throwError(state, "unexpected end of the stream within a flow collection");
}
function readBlockSequence(state, nodeIndent, props) {
  if (state.firstTabInLine !== -1 || state.input.charCodeAt(state.position) !== 45 || !isWsOrEolOrEnd(state.input.charCodeAt(state.position + 1))) return !1;
  for (addSequenceEvent(state, state.position, props.anchorStart, props.anchorEnd, props.tagStart, props.tagEnd, COLLECTION_STYLE.BLOCK); state.input.charCodeAt(state.position) === 45 && isWsOrEolOrEnd(state.input.charCodeAt(state.position + 1)); ) {
    state.firstTabInLine !== -1 && (state.position = state.firstTabInLine, throwError(state, "tab characters must not be used in indentation"));
    let entryLine = state.line;
    state.position++;
    let hadBreak = skipSeparationSpace(state, !0) > 0;
    if (state.firstTabInLine !== -1 && state.input.charCodeAt(state.position) === 45 && isWsOrEolOrEnd(state.input.charCodeAt(state.position + 1)) && throwError(state, "bad indentation of a sequence entry"), hadBreak && state.lineIndent <= nodeIndent ? addEmptyScalarEvent(state) : parseNode(state, nodeIndent, CONTEXT_BLOCK_IN, !1, !0), skipSeparationSpace(state, !0), state.lineIndent < nodeIndent || state.position >= state.length) break;
    state.lineIndent > nodeIndent && throwError(state, "bad indentation of a sequence entry"), state.line === entryLine && state.input.charCodeAt(state.position) === 45 && isWsOrEolOrEnd(state.input.charCodeAt(state.position + 1)) && throwError(state, "bad indentation of a sequence entry");
  }
  return addPopEvent(state), !0;
}
function readBlockMapping(state, nodeIndent, flowIndent, props) {
  let atExplicitKey = !1, detected = !1, mappingOpened = !1, pendingExplicitKey = !1;
  if (state.firstTabInLine !== -1) return !1;
  let ch = state.input.charCodeAt(state.position);
  for (; ch !== 0; ) {
    !atExplicitKey && state.firstTabInLine !== -1 && (state.position = state.firstTabInLine, throwError(state, "tab characters must not be used in indentation"));
    let following = state.input.charCodeAt(state.position + 1), entryLine = state.line;
    if ((ch === 63 || ch === 58) && isWsOrEolOrEnd(following))
      mappingOpened || (addMappingEvent(state, state.position, props.anchorStart, props.anchorEnd, props.tagStart, props.tagEnd, COLLECTION_STYLE.BLOCK), mappingOpened = !0), ch === 63 ? (atExplicitKey && addEmptyScalarEvent(state), detected = !0, atExplicitKey = !0) : (atExplicitKey || (addEmptyScalarEvent(state), detected = !0), atExplicitKey = !1), state.position += 1, pendingExplicitKey = !0;
    else {
      atExplicitKey && (addEmptyScalarEvent(state), atExplicitKey = !1);
      let beforeKey = snapshotState(state);
      if (!parseNode(state, flowIndent, CONTEXT_FLOW_OUT, !1, !0)) break;
      if (state.line === entryLine) {
        for (ch = state.input.charCodeAt(state.position); isWhiteSpace(ch); ) ch = state.input.charCodeAt(++state.position);
        if (ch === 58)
          ch = state.input.charCodeAt(++state.position), isWsOrEolOrEnd(ch) || throwError(state, "a whitespace character is expected after the key-value separator within a block mapping"), mappingOpened || (state.events.splice(beforeKey.eventsLength, 0, {
            type: EVENT_ID.MAPPING,
            start: beforeKey.position,
            anchorStart: props.anchorStart,
            anchorEnd: props.anchorEnd,
            tagStart: props.tagStart,
            tagEnd: props.tagEnd,
            style: COLLECTION_STYLE.BLOCK
          }), mappingOpened = !0), detected = !0, atExplicitKey = !1, pendingExplicitKey = !1;
        else if (detected) throwError(state, "expected ':' after a mapping key");
        else
          return props.anchorStart !== NO_RANGE$1 || props.tagStart !== NO_RANGE$1 ? (restoreState(state, beforeKey), !1) : !0;
      } else if (detected) throwError(state, "can not read a block mapping entry; a multiline key may not be an implicit key");
      else
        return props.anchorStart !== NO_RANGE$1 || props.tagStart !== NO_RANGE$1 ? (restoreState(state, beforeKey), !1) : !0;
    }
    if (parseNode(state, nodeIndent, CONTEXT_BLOCK_OUT, !0, pendingExplicitKey) && (pendingExplicitKey = !1), atExplicitKey || pendingExplicitKey && (addEmptyScalarEvent(state), pendingExplicitKey = !1), skipSeparationSpace(state, !0), ch = state.input.charCodeAt(state.position), (state.line === entryLine || state.lineIndent > nodeIndent) && ch !== 0) throwError(state, "bad indentation of a mapping entry");
    else if (state.lineIndent < nodeIndent) break;
  }
  return detected ? (atExplicitKey && addEmptyScalarEvent(state), mappingOpened && addPopEvent(state), !0) : !1;
}
function parseNode(state, parentIndent, nodeContext, allowToSeek, allowCompact, allowPropertyMapping = !0) {
  state.depth >= state.maxDepth && throwError(state, `nesting exceeded maxDepth (${state.maxDepth})`), state.depth++;
  let indentStatus = 1, atNewLine = !1, hasContent = !1, propertyStart = null, props = emptyProperties(), allowBlockScalars = nodeContext === CONTEXT_BLOCK_OUT || nodeContext === CONTEXT_BLOCK_IN, allowBlockCollections = allowBlockScalars, allowBlockStyles = allowBlockScalars;
  if (allowToSeek && skipSeparationSpace(state, !0) && (atNewLine = !0, state.lineIndent > parentIndent ? indentStatus = 1 : state.lineIndent === parentIndent ? indentStatus = 0 : indentStatus = -1), indentStatus === 1) for (; ; ) {
    let ch = state.input.charCodeAt(state.position), propertyState = snapshotState(state);
    if (atNewLine && indentStatus !== 1 && (ch === 33 || ch === 38)) break;
    if (atNewLine && allowBlockStyles && (props.tagStart !== NO_RANGE$1 || props.anchorStart !== NO_RANGE$1) && (ch === 33 || ch === 38)) {
      let fallbackState = snapshotState(state), flowIndent = parentIndent + 1;
      if (readBlockMapping(state, state.position - state.lineStart, flowIndent, props) && state.events[fallbackState.eventsLength]?.type === EVENT_ID.MAPPING)
        return state.depth--, !0;
      restoreState(state, fallbackState);
    }
    if (atNewLine && (ch === 33 && props.tagStart !== NO_RANGE$1 || ch === 38 && props.anchorStart !== NO_RANGE$1) || !readTagProperty(state, props, nodeContext === CONTEXT_FLOW_IN) && !readAnchorProperty(state, props)) break;
    propertyStart === null && (propertyStart = propertyState), skipSeparationSpace(state, !0) ? (atNewLine = !0, allowBlockCollections = allowBlockStyles, state.lineIndent > parentIndent ? indentStatus = 1 : state.lineIndent === parentIndent ? indentStatus = 0 : indentStatus = -1) : allowBlockCollections = !1;
  }
  if (allowBlockCollections && (allowBlockCollections = atNewLine || allowCompact), indentStatus === 1 || nodeContext === CONTEXT_BLOCK_OUT) {
    let flowIndent = nodeContext === CONTEXT_FLOW_IN || nodeContext === CONTEXT_FLOW_OUT ? parentIndent : parentIndent + 1, blockIndent = state.position - state.lineStart;
    if (indentStatus === 1)
      if (allowBlockCollections && (readBlockSequence(state, blockIndent, props) || readBlockMapping(state, blockIndent, flowIndent, props)) || readFlowCollection(state, flowIndent, props)) hasContent = !0;
      else {
        let ch = state.input.charCodeAt(state.position);
        if (propertyStart !== null && allowPropertyMapping && allowBlockStyles && !allowBlockCollections && ch !== 124 && ch !== 62) {
          let fallbackState = snapshotState(state), propertyIndent = propertyStart.position - propertyStart.lineStart;
          restoreState(state, propertyStart), readBlockMapping(state, propertyIndent, flowIndent, emptyProperties()) && state.events[fallbackState.eventsLength]?.type === EVENT_ID.MAPPING ? hasContent = !0 : restoreState(state, fallbackState);
        }
        !hasContent && (allowBlockScalars && readBlockScalar(state, flowIndent, props) || readSingleQuotedScalar(state, flowIndent, props) || readDoubleQuotedScalar(state, flowIndent, props) || readAlias(state, props) || readPlainScalar(state, flowIndent, nodeContext, props)) && (hasContent = !0);
      }
    else indentStatus === 0 && (hasContent = allowBlockCollections && readBlockSequence(state, blockIndent, props));
  }
  return allowBlockScalars = allowBlockScalars && !hasContent, !hasContent && (props.anchorStart !== NO_RANGE$1 || props.tagStart !== NO_RANGE$1 || allowBlockScalars) && (addScalarEvent(state, NO_RANGE$1, NO_RANGE$1, props.anchorStart, props.anchorEnd, props.tagStart, props.tagEnd, SCALAR_STYLE.PLAIN), hasContent = !0), state.depth--, hasContent || props.anchorStart !== NO_RANGE$1 || props.tagStart !== NO_RANGE$1;
}
function readDirective(state) {
  if (state.lineIndent > 0 || state.input.charCodeAt(state.position) !== 37) return !1;
  state.position++;
  let nameStart = state.position;
  for (; state.input.charCodeAt(state.position) !== 0 && !isWsOrEol(state.input.charCodeAt(state.position)); ) state.position++;
  let name = state.input.slice(nameStart, state.position), args = [];
  for (name.length === 0 && throwError(state, "directive name must not be less than one character in length"); state.input.charCodeAt(state.position) !== 0 && !isEol(state.input.charCodeAt(state.position)); ) {
    for (; isWhiteSpace(state.input.charCodeAt(state.position)); ) state.position++;
    if (state.input.charCodeAt(state.position) === 35 || isEol(state.input.charCodeAt(state.position)) || state.input.charCodeAt(state.position) === 0) break;
    let start = state.position;
    for (; state.input.charCodeAt(state.position) !== 0 && !isWsOrEol(state.input.charCodeAt(state.position)); ) state.position++;
    args.push(state.input.slice(start, state.position));
  }
  if (isEol(state.input.charCodeAt(state.position)) && consumeLineBreak(state), name === "YAML") {
    state.directives.some((directive) => directive.kind === "yaml") && throwError(state, "duplication of %YAML directive"), args.length !== 1 && throwError(state, "YAML directive accepts exactly one argument");
    let match = /^([0-9]+)\.([0-9]+)$/.exec(args[0]);
    match === null && throwError(state, "ill-formed argument of the YAML directive"), parseInt(match[1], 10) !== 1 && throwError(state, "unacceptable YAML version of the document"), state.directives.push({
      kind: "yaml",
      version: args[0]
    });
  } else if (name === "TAG") {
    args.length !== 2 && throwError(state, "TAG directive accepts exactly two arguments");
    let [handle, prefix] = args;
    PATTERN_TAG_HANDLE.test(handle) || throwError(state, "ill-formed tag handle (first argument) of the TAG directive"), HAS_OWN.call(state.tagHandlers, handle) && throwError(state, `there is a previously declared suffix for "${handle}" tag handle`), PATTERN_TAG_PREFIX.test(prefix) || throwError(state, "ill-formed tag prefix (second argument) of the TAG directive"), state.tagHandlers[handle] = prefix, state.directives.push({
      kind: "tag",
      handle,
      prefix
    });
  }
  return !0;
}
function readDocument(state) {
  state.directives = [], state.tagHandlers = /* @__PURE__ */ Object.create(null);
  let hasDirectives = !1;
  for (skipSeparationSpace(state, !0); readDirective(state); )
    hasDirectives = !0, skipSeparationSpace(state, !0);
  let explicitStart = !1, explicitEnd = !1, allowCompact = !0;
  if (state.lineIndent === 0 && state.input.charCodeAt(state.position) === 45 && state.input.charCodeAt(state.position + 1) === 45 && state.input.charCodeAt(state.position + 2) === 45 && isWsOrEolOrEnd(state.input.charCodeAt(state.position + 3))) {
    explicitStart = !0;
    let markerLine = state.line;
    state.position += 3, skipSeparationSpace(state, !0), allowCompact = state.line > markerLine;
  } else hasDirectives && throwError(state, "directives end mark is expected");
  let documentEventIndex = state.events.length;
  if (!explicitStart && state.position === state.lineStart && state.input.charCodeAt(state.position) === 46 && testDocumentSeparator(state)) {
    state.position += 3, skipSeparationSpace(state, !0);
    return;
  }
  if (addDocumentEvent(state, explicitStart, !1), parseNode(state, state.lineIndent - 1, CONTEXT_BLOCK_OUT, !1, allowCompact, allowCompact) || addEmptyScalarEvent(state), skipSeparationSpace(state, !0), state.position === state.lineStart && testDocumentSeparator(state) && (explicitEnd = state.input.charCodeAt(state.position) === 46, explicitEnd)) {
    let markerLine = state.line;
    state.position += 3, skipSeparationSpace(state, !0), state.line === markerLine && state.position < state.length && throwError(state, "end of the stream or a document separator is expected");
  }
  let documentEvent = state.events[documentEventIndex];
  documentEvent?.type === EVENT_ID.DOCUMENT && (documentEvent.explicitEnd = explicitEnd), addPopEvent(state), !explicitEnd && state.position < state.length && !testDocumentBoundary(state) && throwError(state, "end of the stream or a document separator is expected");
}
function parseEvents(input, options) {
  let length = input.length, state = {
    ...DEFAULT_PARSER_OPTIONS,
    ...options,
    input: `${input}\0`,
    length,
    position: 0,
    line: 0,
    lineStart: 0,
    lineIndent: 0,
    firstTabInLine: -1,
    depth: 0,
    directives: [],
    tagHandlers: /* @__PURE__ */ Object.create(null),
    events: []
  }, nullpos = input.indexOf("\0");
  for (nullpos !== -1 && YAMLException.throwAt(input, nullpos, "null byte is not allowed in input", state.filename); state.position < state.length && (skipByteOrderMark(state), skipSeparationSpace(state, !0), !(state.position >= state.length)); ) {
    let documentStart = state.position;
    readDocument(state), state.position === documentStart && throwError(state, "can not read a document");
  }
  return state.events;
}
function loadDocuments(input, options = {}) {
  let opts = {
    ...DEFAULT_LOAD_OPTIONS,
    ...options
  }, source = String(input), PARSER_OPT_KEYS = Object.keys(DEFAULT_PARSER_OPTIONS), CONSTRUCTOR_OPT_KEYS = Object.keys(DEFAULT_CONSTRUCTOR_OPTIONS);
  return constructFromEvents(parseEvents(source, pick(opts, PARSER_OPT_KEYS)), {
    ...pick(opts, CONSTRUCTOR_OPT_KEYS),
    source
  });
}
function load(input, options) {
  let documents = loadDocuments(input, options);
  if (documents.length === 0) throw new YAMLException("expected a document, but the input is empty");
  if (documents.length === 1) return documents[0];
  throw new YAMLException("expected a single document in the stream, but found more");
}
function hasBit(mask, bit) {
  return (mask & 1 << bit) !== 0;
}
function _preferredQuotedStyle(layout) {
  return layout.presenterOptions.quoteStyle === "single" && hasBit(layout.allowedStylesMask, SCALAR_STYLE.SINGLE_QUOTED) ? SCALAR_STYLE.SINGLE_QUOTED : SCALAR_STYLE.DOUBLE_QUOTED;
}
function applyQuoteFlowKeysOption(layout) {
  layout.presenterOptions.quoteFlowKeys && (!layout.isKey || !layout.flowOnly || layout.style !== SCALAR_STYLE.PLAIN || (layout.style = SCALAR_STYLE.DOUBLE_QUOTED));
}
function doubleQuoteForInvisibles(layout) {
  layout.style === SCALAR_STYLE.PLAIN && /[\t\x7F-\xA0\u2028\u2029\uFEFF\uFFFE\uFFFF]/.test(layout.node.value) && (layout.style = SCALAR_STYLE.DOUBLE_QUOTED);
}
function doubleQuoteWhitespaceOnly(layout) {
  layout.style === SCALAR_STYLE.PLAIN && /^\s+$/.test(layout.node.value) && (layout.style = SCALAR_STYLE.DOUBLE_QUOTED);
}
function applyForceQuotesOption(layout) {
  layout.presenterOptions.forceQuotes && (layout.isKey || layout.style !== SCALAR_STYLE.PLAIN || layout.node.tag === layout.presenterOptions.schema.defaultScalarTag.tagName && (layout.style = layout.node.value.includes(`
`) ? SCALAR_STYLE.DOUBLE_QUOTED : _preferredQuotedStyle(layout)));
}
function tryLongOrMultilineAsBlock(layout) {
  if (layout.style !== SCALAR_STYLE.PLAIN || layout.isKey) return;
  let value = layout.node.value, multiline = value.indexOf(`
`) !== -1;
  if (!hasBit(layout.allowedStylesMask, SCALAR_STYLE.LITERAL_BLOCK)) {
    multiline && (layout.style = SCALAR_STYLE.DOUBLE_QUOTED);
    return;
  }
  let w = layout.presenterOptions.lineWidth;
  if (w === -1) {
    multiline && (layout.style = SCALAR_STYLE.LITERAL_BLOCK);
    return;
  }
  let availableWidth = Math.max(Math.min(w, 40), w - layout.shiftOfContent), position = 0, shouldFold = !1;
  for (; position <= value.length; ) {
    let lineEnd = value.length, nextLineBreak = value.indexOf(`
`, position);
    nextLineBreak !== -1 && (lineEnd = nextLineBreak);
    let line = value.slice(position, lineEnd);
    if (line.length > availableWidth && line[0] !== " " && / [^ \t]/.test(line) && (shouldFold = !0), nextLineBreak === -1) break;
    position = nextLineBreak + 1;
  }
  shouldFold ? layout.style = SCALAR_STYLE.FOLDED_BLOCK : multiline && (layout.style = SCALAR_STYLE.LITERAL_BLOCK);
}
function quoteInvalidPlain(layout) {
  layout.style === SCALAR_STYLE.PLAIN && !hasBit(layout.allowedStylesMask, SCALAR_STYLE.PLAIN) && (layout.style = _preferredQuotedStyle(layout));
}
function fallbackToDoubleQuoted(layout) {
  hasBit(layout.allowedStylesMask, layout.style) || (layout.style = SCALAR_STYLE.DOUBLE_QUOTED);
}
var NOT_RESOLVED, strTag, NULL_VALUES$1, nullCoreTag, nullJsonTag, NULL_VALUES, nullYaml11Tag, TRUE_VALUES$2, FALSE_VALUES$2, boolCoreTag, TRUE_VALUES$1, FALSE_VALUES$1, boolJsonTag, TRUE_VALUES, FALSE_VALUES, boolYaml11Tag, YAML_INTEGER_IMPLICIT_PATTERN$1, YAML_INTEGER_EXPLICIT_PATTERN$1, intCoreTag, YAML_INTEGER_IMPLICIT_PATTERN, YAML_INTEGER_EXPLICIT_PATTERN, intJsonTag, YAML_INTEGER_PATTERN, intYaml11Tag, YAML_FLOAT_PATTERN$1, YAML_FLOAT_SPECIAL_PATTERN$1, floatCoreTag, YAML_FLOAT_IMPLICIT_PATTERN, YAML_FLOAT_EXPLICIT_PATTERN, floatJsonTag, YAML_FLOAT_PATTERN, YAML_FLOAT_SPECIAL_PATTERN, floatYaml11Tag, mergeTag, BASE64_PATTERN, binaryTag, YAML_DATE_REGEXP, YAML_TIMESTAMP_REGEXP, timestampTag, seqTag, omapTag, pairsTag, mapTag, setTag, Schema, FAILSAFE_SCHEMA, JSON_SCHEMA, CORE_SCHEMA, YAML11_SCHEMA, DUMP_SCHEMA, realMapTag, legacyMapTag, DEFAULT_SNIPPET_OPTIONS, YAMLException, EVENT_ID, SCALAR_STYLE, COLLECTION_STYLE, CHOMPING_MODE, NO_RANGE$3, simpleEscapeCheck, simpleEscapeMap, DEFAULT_TAG_HANDLERS, TAG_SUFFIX_CHARS, TAG_URI_CHARS, NO_RANGE$2, MERGE_TAG_NAME, DEFAULT_CONSTRUCTOR_OPTIONS, NO_RANGE$1, HAS_OWN, CONTEXT_FLOW_IN, CONTEXT_FLOW_OUT, CONTEXT_BLOCK_IN, CONTEXT_BLOCK_OUT, PATTERN_NON_PRINTABLE, PATTERN_FLOW_INDICATORS, PATTERN_TAG_HANDLE, NS_URI_CHAR, NS_TAG_CHAR, PATTERN_TAG_URI, PATTERN_TAG_SUFFIX, PATTERN_TAG_PREFIX, DEFAULT_PARSER_OPTIONS, DEFAULT_LOAD_OPTIONS, DEFAULT_SCALAR_STYLE_RULES, SRC_C_PRINTABLE, SRC_B_CHAR, SRC_C_BYTE_ORDER_MARK, SRC_S_WHITE, SRC_NB_CHAR, SRC_NS_CHAR, SRC_NB_JSON, SRC_C_INDICATOR, SRC_C_FLOW_INDICATOR, SRC_NS_PLAIN_SAFE_FLOW_OUT, SRC_NS_PLAIN_SAFE_FLOW_IN, SRC_NS_PLAIN_FIRST_FLOW_OUT, SRC_NS_PLAIN_FIRST_FLOW_IN, SRC_NS_PLAIN_CHAR_FLOW_OUT, SRC_NS_PLAIN_CHAR_FLOW_IN, SRC_NB_NS_PLAIN_IN_LINE_FLOW_OUT, SRC_NB_NS_PLAIN_IN_LINE_FLOW_IN, SRC_NS_PLAIN_ONE_LINE_FLOW_OUT, SRC_NS_PLAIN_ONE_LINE_FLOW_IN, SRC_NS_PLAIN_ONE_LINE_BLOCK_KEY, SRC_NS_PLAIN_ONE_LINE_FLOW_KEY, SRC_S_NS_PLAIN_NEXT_LINE_FLOW_OUT, SRC_S_NS_PLAIN_NEXT_LINE_FLOW_IN, SRC_NS_PLAIN_MULTI_LINE_FLOW_OUT, SRC_NS_PLAIN_MULTI_LINE_FLOW_IN, NS_PLAIN_FLOW_OUT, NS_PLAIN_FLOW_IN, NS_PLAIN_BLOCK_KEY, NS_PLAIN_FLOW_KEY, NB_SINGLE_ONE_LINE, NB_SINGLE_MULTI_LINE, BLOCK_SCALAR_CONTENT, DEFAULT_PRESENTER_OPTIONS, DEFAULT_DUMP_OPTIONS, EVENT_DOCUMENT, EVENT_SEQUENCE, EVENT_MAPPING, EVENT_SCALAR, EVENT_ALIAS, EVENT_POP, SCALAR_STYLE_PLAIN, SCALAR_STYLE_SINGLE_QUOTED, SCALAR_STYLE_DOUBLE_QUOTED, SCALAR_STYLE_LITERAL_BLOCK, SCALAR_STYLE_FOLDED_BLOCK, COLLECTION_STYLE_BLOCK, COLLECTION_STYLE_FLOW, CHOMPING_CLIP, CHOMPING_STRIP, CHOMPING_KEEP, init_js_yaml = __esm({
  "node_modules/js-yaml/dist/js-yaml.mjs"() {
    NOT_RESOLVED = /* @__PURE__ */ Symbol("NOT_RESOLVED");
    strTag = defineScalarTag("tag:yaml.org,2002:str", {
      resolve: (source) => source,
      identify: (data) => typeof data == "string"
    }), NULL_VALUES$1 = [
      "",
      "~",
      "null",
      "Null",
      "NULL"
    ], nullCoreTag = defineScalarTag("tag:yaml.org,2002:null", {
      implicit: !0,
      implicitFirstChars: [
        "",
        "~",
        "n",
        "N"
      ],
      resolve: (source) => NULL_VALUES$1.indexOf(source) !== -1 ? null : NOT_RESOLVED,
      identify: (object) => object === null,
      represent: () => "null"
    }), nullJsonTag = defineScalarTag("tag:yaml.org,2002:null", {
      implicit: !0,
      implicitFirstChars: ["n"],
      resolve: (source, isExplicit) => source === "null" || isExplicit && source === "" ? null : NOT_RESOLVED,
      identify: (object) => object === null,
      represent: () => "null"
    }), NULL_VALUES = [
      "",
      "~",
      "null",
      "Null",
      "NULL"
    ], nullYaml11Tag = defineScalarTag("tag:yaml.org,2002:null", {
      implicit: !0,
      implicitFirstChars: [
        "",
        "~",
        "n",
        "N"
      ],
      resolve: (source) => NULL_VALUES.indexOf(source) !== -1 ? null : NOT_RESOLVED,
      identify: (object) => object === null,
      represent: () => "null"
    }), TRUE_VALUES$2 = [
      "true",
      "True",
      "TRUE"
    ], FALSE_VALUES$2 = [
      "false",
      "False",
      "FALSE"
    ], boolCoreTag = defineScalarTag("tag:yaml.org,2002:bool", {
      implicit: !0,
      implicitFirstChars: [
        "t",
        "T",
        "f",
        "F"
      ],
      resolve: (source) => TRUE_VALUES$2.indexOf(source) !== -1 ? !0 : FALSE_VALUES$2.indexOf(source) !== -1 ? !1 : NOT_RESOLVED,
      identify: (object) => Object.prototype.toString.call(object) === "[object Boolean]",
      represent: (object) => object ? "true" : "false"
    }), TRUE_VALUES$1 = ["true"], FALSE_VALUES$1 = ["false"], boolJsonTag = defineScalarTag("tag:yaml.org,2002:bool", {
      implicit: !0,
      implicitFirstChars: ["t", "f"],
      resolve: (source) => TRUE_VALUES$1.indexOf(source) !== -1 ? !0 : FALSE_VALUES$1.indexOf(source) !== -1 ? !1 : NOT_RESOLVED,
      identify: (object) => Object.prototype.toString.call(object) === "[object Boolean]",
      represent: (object) => object ? "true" : "false"
    }), TRUE_VALUES = [
      "true",
      "True",
      "TRUE",
      "y",
      "Y",
      "yes",
      "Yes",
      "YES",
      "on",
      "On",
      "ON"
    ], FALSE_VALUES = [
      "false",
      "False",
      "FALSE",
      "n",
      "N",
      "no",
      "No",
      "NO",
      "off",
      "Off",
      "OFF"
    ], boolYaml11Tag = defineScalarTag("tag:yaml.org,2002:bool", {
      implicit: !0,
      implicitFirstChars: [
        "y",
        "Y",
        "n",
        "N",
        "t",
        "T",
        "f",
        "F",
        "o",
        "O"
      ],
      resolve: (source) => TRUE_VALUES.indexOf(source) !== -1 ? !0 : FALSE_VALUES.indexOf(source) !== -1 ? !1 : NOT_RESOLVED,
      identify: (object) => Object.prototype.toString.call(object) === "[object Boolean]",
      represent: (object) => object ? "true" : "false"
    }), YAML_INTEGER_IMPLICIT_PATTERN$1 = /* @__PURE__ */ new RegExp("^(?:0o[0-7]+|0x[0-9a-fA-F]+|[-+]?[0-9]+)$"), YAML_INTEGER_EXPLICIT_PATTERN$1 = /* @__PURE__ */ new RegExp("^(?:[-+]?0b[0-1]+|[-+]?0o[0-7]+|[-+]?0x[0-9a-fA-F]+|[-+]?[0-9]+)$");
    intCoreTag = defineScalarTag("tag:yaml.org,2002:int", {
      implicit: !0,
      implicitFirstChars: [
        "-",
        "+",
        ..."0123456789"
      ],
      resolve: resolveYamlInteger$2,
      identify: (object) => Number.isInteger(object) && !Object.is(object, -0) && object.toString(10).indexOf("e") < 0,
      represent: (object) => object.toString(10)
    }), YAML_INTEGER_IMPLICIT_PATTERN = /* @__PURE__ */ new RegExp("^-?(?:0|[1-9][0-9]*)$"), YAML_INTEGER_EXPLICIT_PATTERN = /* @__PURE__ */ new RegExp("^(?:[-+]?0b[0-1]+|[-+]?0o[0-7]+|[-+]?0x[0-9a-fA-F]+|[-+]?[0-9]+)$");
    intJsonTag = defineScalarTag("tag:yaml.org,2002:int", {
      implicit: !0,
      implicitFirstChars: ["-", ..."0123456789"],
      resolve: resolveYamlInteger$1,
      identify: (object) => Number.isInteger(object) && !Object.is(object, -0) && object.toString(10).indexOf("e") < 0,
      represent: (object) => object.toString(10)
    }), YAML_INTEGER_PATTERN = /* @__PURE__ */ new RegExp("^(?:[-+]?0b[0-1_]+|[-+]?0[0-7_]+|[-+]?0x[0-9a-fA-F_]+|[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+|[-+]?(?:0|[1-9][0-9_]*))$");
    intYaml11Tag = defineScalarTag("tag:yaml.org,2002:int", {
      implicit: !0,
      implicitFirstChars: [
        "-",
        "+",
        ..."0123456789"
      ],
      resolve: resolveYamlInteger,
      identify: (object) => Number.isInteger(object) && !Object.is(object, -0) && object.toString(10).indexOf("e") < 0,
      represent: (object) => object.toString(10)
    }), YAML_FLOAT_PATTERN$1 = /* @__PURE__ */ new RegExp("^(?:[-+]?[0-9]+(?:\\.[0-9]*)?(?:[eE][-+]?[0-9]+)?|[-+]?\\.[0-9]+(?:[eE][-+]?[0-9]+)?|[-+]?\\.(?:inf|Inf|INF)|\\.(?:nan|NaN|NAN))$"), YAML_FLOAT_SPECIAL_PATTERN$1 = /* @__PURE__ */ new RegExp("^(?:[-+]?\\.(?:inf|Inf|INF)|\\.(?:nan|NaN|NAN))$");
    floatCoreTag = defineScalarTag("tag:yaml.org,2002:float", {
      implicit: !0,
      implicitFirstChars: [
        "-",
        "+",
        ".",
        ..."0123456789"
      ],
      resolve: resolveYamlFloat$2,
      identify: (object) => typeof object == "number" && (!Number.isInteger(object) || Object.is(object, -0) || object.toString(10).indexOf("e") >= 0),
      represent: representYamlFloat$2
    }), YAML_FLOAT_IMPLICIT_PATTERN = /* @__PURE__ */ new RegExp("^-?(?:0|[1-9][0-9]*)(?:\\.[0-9]*)?(?:[eE][-+]?[0-9]+)?$"), YAML_FLOAT_EXPLICIT_PATTERN = /* @__PURE__ */ new RegExp("^(?:[-+]?[0-9]+(?:\\.[0-9]*)?(?:[eE][-+]?[0-9]+)?|[-+]?\\.[0-9]+(?:[eE][-+]?[0-9]+)?|[-+]?\\.(?:inf|Inf|INF)|\\.(?:nan|NaN|NAN))$");
    floatJsonTag = defineScalarTag("tag:yaml.org,2002:float", {
      implicit: !0,
      implicitFirstChars: ["-", ..."0123456789"],
      resolve: resolveYamlFloat$1,
      identify: (object) => typeof object == "number" && (!Number.isInteger(object) || Object.is(object, -0) || object.toString(10).indexOf("e") >= 0),
      represent: representYamlFloat$1
    }), YAML_FLOAT_PATTERN = /* @__PURE__ */ new RegExp("^(?:[-+]?(?:(?:[0-9][0-9_]*)?\\.[0-9_]*)(?:[eE][-+][0-9]+)?|[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\\.[0-9_]*|[-+]?\\.(?:inf|Inf|INF)|\\.(?:nan|NaN|NAN))$"), YAML_FLOAT_SPECIAL_PATTERN = /* @__PURE__ */ new RegExp("^(?:[-+]?\\.(?:inf|Inf|INF)|\\.(?:nan|NaN|NAN))$");
    floatYaml11Tag = defineScalarTag("tag:yaml.org,2002:float", {
      implicit: !0,
      implicitFirstChars: [
        "-",
        "+",
        ".",
        ..."0123456789"
      ],
      resolve: resolveYamlFloat,
      identify: (object) => typeof object == "number" && (!Number.isInteger(object) || Object.is(object, -0) || object.toString(10).indexOf("e") >= 0),
      represent: representYamlFloat
    }), mergeTag = defineScalarTag("tag:yaml.org,2002:merge", {
      implicit: !0,
      implicitFirstChars: ["<"],
      resolve: (source, isExplicit) => source === "<<" || isExplicit && source === "" ? "<<" : NOT_RESOLVED,
      identify: () => !1
    }), BASE64_PATTERN = /^[A-Za-z0-9+/]*={0,2}$/;
    binaryTag = defineScalarTag("tag:yaml.org,2002:binary", {
      resolve: resolveYamlBinary,
      identify: (object) => Object.prototype.toString.call(object) === "[object Uint8Array]",
      represent: representYamlBinary
    }), YAML_DATE_REGEXP = /* @__PURE__ */ new RegExp("^([0-9][0-9][0-9][0-9])-([0-9][0-9])-([0-9][0-9])$"), YAML_TIMESTAMP_REGEXP = /* @__PURE__ */ new RegExp("^([0-9][0-9][0-9][0-9])-([0-9][0-9]?)-([0-9][0-9]?)(?:[Tt]|[ \\t]+)([0-9][0-9]?):([0-9][0-9]):([0-9][0-9])(?:\\.([0-9]*))?(?:[ \\t]*(Z|([-+])([0-9][0-9]?)(?::([0-9][0-9]))?))?$");
    timestampTag = defineScalarTag("tag:yaml.org,2002:timestamp", {
      implicit: !0,
      implicitFirstChars: [..."0123456789"],
      resolve: resolveYamlTimestamp,
      identify: (object) => object instanceof Date,
      represent: (object) => object.toISOString()
    }), seqTag = defineSequenceTag("tag:yaml.org,2002:seq", {
      create: () => [],
      addItem: (container, item) => {
        container.push(item);
      },
      identify: Array.isArray
    });
    omapTag = defineSequenceTag("tag:yaml.org,2002:omap", {
      create: () => ({
        list: [],
        seen: /* @__PURE__ */ new Set()
      }),
      addItem: (carrier, item) => {
        let key;
        if (item instanceof Map) {
          if (item.size !== 1) return "cannot resolve an ordered map item";
          key = item.keys().next().value;
        } else if (isPlainObject(item)) {
          let itemKeys = Object.keys(item);
          if (itemKeys.length !== 1) return "cannot resolve an ordered map item";
          key = itemKeys[0];
        } else return "cannot resolve an ordered map item";
        return carrier.seen.has(key) ? "duplicate key in ordered map" : (carrier.seen.add(key), carrier.list.push(item), "");
      },
      finalize: (carrier) => carrier.list,
      identify: () => !1
    }), pairsTag = defineSequenceTag("tag:yaml.org,2002:pairs", {
      create: () => [],
      addItem: (container, item) => {
        if (item instanceof Map)
          return item.size !== 1 ? "cannot resolve a pairs item" : (container.push(item.entries().next().value), "");
        if (Object.prototype.toString.call(item) !== "[object Object]") return "cannot resolve a pairs item";
        let object = item, keys = Object.keys(object);
        return keys.length !== 1 ? "cannot resolve a pairs item" : (container.push([keys[0], object[keys[0]]]), "");
      },
      identify: () => !1
    }), mapTag = defineMappingTag("tag:yaml.org,2002:map", {
      create: () => ({}),
      identify: isPlainObject,
      represent: (o) => {
        let map = /* @__PURE__ */ new Map();
        for (let key of Object.keys(o)) map.set(key, o[key]);
        return map;
      },
      addPair: (container, key, value) => {
        if (key !== null && typeof key == "object") return "object-based map does not support complex keys";
        let normalizedKey = String(key);
        return normalizedKey === "__proto__" ? Object.defineProperty(container, normalizedKey, {
          value,
          enumerable: !0,
          configurable: !0,
          writable: !0
        }) : container[normalizedKey] = value, "";
      },
      has: (container, key) => key !== null && typeof key == "object" ? !1 : Object.prototype.hasOwnProperty.call(container, String(key)),
      keys: (container) => Object.keys(container),
      get: (container, key) => {
        let normalizedKey = String(key);
        return Object.prototype.hasOwnProperty.call(container, normalizedKey) ? container[normalizedKey] : null;
      }
    }), setTag = defineMappingTag("tag:yaml.org,2002:set", {
      create: () => /* @__PURE__ */ new Set(),
      identify: (data) => data instanceof Set,
      represent: (data) => {
        let map = /* @__PURE__ */ new Map();
        for (let key of data) map.set(key, null);
        return map;
      },
      addPair: (container, key, value) => value !== null ? "cannot resolve a set item" : (container.add(key), ""),
      has: (container, key) => container.has(key),
      keys: (container) => container.keys(),
      get: () => null
    });
    Schema = class Schema2 {
      tags;
      /** @internal */
      implicitScalarTags;
      /**
      * Dispatch implicit scalar resolvers by `source.charAt(0)`. Each bucket holds
      * the resolvers that may match that key, in schema order; a key absent from
      * the map uses
      * {@link Schema.implicitScalarAnyFirstChar}
      * (resolvers that declared no first-char constraint, so they apply to any
      * first character).
      */
      implicitScalarByFirstChar;
      implicitScalarAnyFirstChar;
      /**
      * The default scalar tag (`!!str`), resolved once so the composer's fallback
      * for unresolved plain scalars avoids a keyed lookup per scalar.
      *
      * @internal
      */
      defaultScalarTag;
      /**
      * The default container tags (`!!seq` / `!!map`), used by the dumper: when a
      * value is identified by its default tag, the tag is implicit and not
      * printed. Undefined if the schema does not define them (then such values
      * can't be dumped).
      *
      * @internal
      */
      defaultSequenceTag;
      /** @internal */
      defaultMappingTag;
      exact;
      prefix;
      constructor(tags) {
        let compiledTags = compileTags(tags), implicitScalarTags = [], exact = createTagDefinitionMap(), prefix = createTagDefinitionListMap();
        for (let tag of compiledTags) {
          if (tag.nodeKind === "scalar" && tag.implicit) {
            if (tag.matchByTagPrefix) throw new Error("Implicit scalar tags cannot match by tag prefix");
            implicitScalarTags.push(tag);
          }
          switch (tag.nodeKind) {
            case "scalar":
              tag.matchByTagPrefix ? prefix.scalar.push(tag) : exact.scalar[tag.tagName] = tag;
              break;
            case "sequence":
              tag.matchByTagPrefix ? prefix.sequence.push(tag) : exact.sequence[tag.tagName] = tag;
              break;
            case "mapping":
              tag.matchByTagPrefix ? prefix.mapping.push(tag) : exact.mapping[tag.tagName] = tag;
          }
        }
        let implicitScalarAnyFirstChar = implicitScalarTags.filter((tag) => tag.implicitFirstChars === null), keys = /* @__PURE__ */ new Set();
        for (let tag of implicitScalarTags) if (tag.implicitFirstChars !== null) for (let key of tag.implicitFirstChars) keys.add(key);
        let implicitScalarByFirstChar = /* @__PURE__ */ new Map();
        for (let key of keys) implicitScalarByFirstChar.set(key, implicitScalarTags.filter((tag) => tag.implicitFirstChars === null || tag.implicitFirstChars.indexOf(key) !== -1));
        let defaultScalarTag = exact.scalar["tag:yaml.org,2002:str"];
        if (!defaultScalarTag) throw new Error("schema does not define the default scalar tag (tag:yaml.org,2002:str)");
        this.tags = compiledTags, this.implicitScalarTags = implicitScalarTags, this.implicitScalarByFirstChar = implicitScalarByFirstChar, this.implicitScalarAnyFirstChar = implicitScalarAnyFirstChar, this.defaultScalarTag = defaultScalarTag, this.defaultSequenceTag = exact.sequence["tag:yaml.org,2002:seq"], this.defaultMappingTag = exact.mapping["tag:yaml.org,2002:map"], this.exact = exact, this.prefix = prefix;
      }
      /** @internal */
      lookupScalarTag(tagName) {
        let exactTag = this.exact.scalar[tagName];
        if (exactTag) return exactTag;
        for (let tag of this.prefix.scalar) if (tagName.startsWith(tag.tagName)) return tag;
      }
      /** @internal */
      lookupSequenceTag(tagName) {
        let exactTag = this.exact.sequence[tagName];
        if (exactTag) return exactTag;
        for (let tag of this.prefix.sequence) if (tagName.startsWith(tag.tagName)) return tag;
      }
      /** @internal */
      lookupMappingTag(tagName) {
        let exactTag = this.exact.mapping[tagName];
        if (exactTag) return exactTag;
        for (let tag of this.prefix.mapping) if (tagName.startsWith(tag.tagName)) return tag;
      }
      /** @internal */
      resolveImplicitScalarTag(source) {
        let candidates = this.implicitScalarByFirstChar.get(source.charAt(0)) ?? this.implicitScalarAnyFirstChar;
        for (let tag2 of candidates) {
          let value = tag2.resolve(source, !1, tag2.tagName);
          if (value !== NOT_RESOLVED) return {
            value,
            tag: tag2
          };
        }
        let tag = this.defaultScalarTag;
        return {
          value: tag.resolve(source, !1, tag.tagName),
          tag
        };
      }
      /**
      * Creates a new schema with the specified tags added. If a tag already
      * exists, it is replaced by the specified tag.
      *
      * @example
      *
      * ```javascript
      * import { CORE_SCHEMA, mergeTag, realMapTag } from 'js-yaml'
      *
      * const schema = CORE_SCHEMA.withTags(mergeTag, realMapTag)
      * ```
      */
      withTags(...tags) {
        let flatTags = [];
        for (let tag of tags) flatTags = flatTags.concat(tag);
        return new Schema2([...this.tags, ...flatTags]);
      }
    }, FAILSAFE_SCHEMA = new Schema([
      strTag,
      seqTag,
      mapTag
    ]), JSON_SCHEMA = new Schema([
      ...FAILSAFE_SCHEMA.tags,
      nullJsonTag,
      boolJsonTag,
      intJsonTag,
      floatJsonTag
    ]), CORE_SCHEMA = new Schema([
      ...FAILSAFE_SCHEMA.tags,
      nullCoreTag,
      boolCoreTag,
      intCoreTag,
      floatCoreTag
    ]), YAML11_SCHEMA = new Schema([
      ...FAILSAFE_SCHEMA.tags,
      nullYaml11Tag,
      boolYaml11Tag,
      intYaml11Tag,
      floatYaml11Tag,
      timestampTag,
      mergeTag,
      binaryTag,
      omapTag,
      pairsTag,
      setTag
    ]), DUMP_SCHEMA = YAML11_SCHEMA.withTags({
      ...intYaml11Tag,
      resolve: (source, isExplicit, tagName) => {
        let result = intYaml11Tag.resolve(source, isExplicit, tagName);
        return result === NOT_RESOLVED ? intCoreTag.resolve(source, isExplicit, tagName) : result;
      }
    }, {
      ...floatYaml11Tag,
      resolve: (source, isExplicit, tagName) => {
        let result = floatYaml11Tag.resolve(source, isExplicit, tagName);
        return result === NOT_RESOLVED ? floatCoreTag.resolve(source, isExplicit, tagName) : result;
      }
    }), realMapTag = defineMappingTag("tag:yaml.org,2002:map", {
      create: () => /* @__PURE__ */ new Map(),
      addPair: (container, key, value) => (container.set(key, value), ""),
      has: (container, key) => container.has(key),
      keys: (container) => container.keys(),
      get: (container, key) => container.get(key),
      identify: (data) => data instanceof Map || isPlainObject(data),
      represent: (data) => {
        if (data instanceof Map) return data;
        let map = /* @__PURE__ */ new Map(), obj = data;
        for (let key of Object.keys(obj)) map.set(key, obj[key]);
        return map;
      }
    });
    legacyMapTag = defineMappingTag("tag:yaml.org,2002:map", {
      create: () => ({}),
      identify: isPlainObject,
      represent: (o) => {
        let map = /* @__PURE__ */ new Map();
        for (let key of Object.keys(o)) map.set(key, o[key]);
        return map;
      },
      addPair: (container, key, value) => {
        let normalizedKey = normalizeKey(key);
        return normalizedKey === null ? "nested arrays are not supported inside keys" : (normalizedKey === "__proto__" ? Object.defineProperty(container, normalizedKey, {
          value,
          enumerable: !0,
          configurable: !0,
          writable: !0
        }) : container[normalizedKey] = value, "");
      },
      has: (container, key) => {
        let normalizedKey = normalizeKey(key);
        return normalizedKey !== null && Object.prototype.hasOwnProperty.call(container, normalizedKey);
      },
      keys: (container) => Object.keys(container),
      get: (container, key) => {
        let normalizedKey = String(key);
        return Object.prototype.hasOwnProperty.call(container, normalizedKey) ? container[normalizedKey] : null;
      }
    }), DEFAULT_SNIPPET_OPTIONS = {
      maxLength: 79,
      indent: 1,
      linesBefore: 3,
      linesAfter: 2
    };
    YAMLException = class YAMLException2 extends Error {
      reason;
      mark;
      /**
      * Optional `mark` contains source snippet data. Usually, use
      * {@link YAMLException.throwAt} instead of passing it directly.
      */
      constructor(reason, mark) {
        super(), this.name = "YAMLException", this.reason = reason, this.mark = mark, this.message = formatError(this, !1), Error.captureStackTrace && Error.captureStackTrace(this, this.constructor);
      }
      /**
      * Returns the formatted error, omitting the source snippet in compact mode.
      */
      toString(compact) {
        return `${this.name}: ${formatError(this, compact)}`;
      }
      /**
      * Builds a YAMLException with a source snippet and throws it. `source` is
      * the raw input text; `position` is an offset into it.
      */
      static throwAt(source, position, message, filename = "") {
        let line = 0, lineStart = 0;
        for (let index = 0; index < position; index++) {
          let ch = source.charCodeAt(index);
          ch === 10 ? (line++, lineStart = index + 1) : ch === 13 && (line++, source.charCodeAt(index + 1) === 10 && index++, lineStart = index + 1);
        }
        let mark = {
          name: filename,
          buffer: source,
          position,
          line,
          column: position - lineStart
        };
        throw mark.snippet = makeSnippet(mark), new YAMLException2(message, mark);
      }
    }, EVENT_ID = {
      DOCUMENT: 1,
      SEQUENCE: 2,
      MAPPING: 3,
      SCALAR: 4,
      ALIAS: 5,
      POP: 6
    }, SCALAR_STYLE = {
      PLAIN: 1,
      SINGLE_QUOTED: 2,
      DOUBLE_QUOTED: 3,
      LITERAL_BLOCK: 4,
      FOLDED_BLOCK: 5
    }, COLLECTION_STYLE = {
      BLOCK: 1,
      FLOW: 2
    }, CHOMPING_MODE = {
      CLIP: 1,
      STRIP: 2,
      KEEP: 3
    }, NO_RANGE$3 = -1;
    simpleEscapeCheck = new Array(256), simpleEscapeMap = new Array(256);
    for (let i = 0; i < 256; i++)
      simpleEscapeCheck[i] = simpleEscapeSequence(i) ? 1 : 0, simpleEscapeMap[i] = simpleEscapeSequence(i);
    DEFAULT_TAG_HANDLERS = Object.assign(/* @__PURE__ */ Object.create(null), {
      "!": "!",
      "!!": "tag:yaml.org,2002:"
    }), TAG_SUFFIX_CHARS = "-#;/?:@&=+$_.~*'()", TAG_URI_CHARS = TAG_SUFFIX_CHARS + "!,[]";
    NO_RANGE$2 = -1, MERGE_TAG_NAME = "tag:yaml.org,2002:merge", DEFAULT_CONSTRUCTOR_OPTIONS = {
      filename: "",
      schema: CORE_SCHEMA,
      json: !1,
      maxTotalMergeKeys: 1e4,
      maxAliases: -1
    };
    NO_RANGE$1 = -1, HAS_OWN = Object.prototype.hasOwnProperty, CONTEXT_FLOW_IN = 1, CONTEXT_FLOW_OUT = 2, CONTEXT_BLOCK_IN = 3, CONTEXT_BLOCK_OUT = 4, PATTERN_NON_PRINTABLE = /[\x00-\x08\x0B\x0C\x0E-\x1F\x7F-\x84\x86-\x9F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?:[^\uD800-\uDBFF]|^)[\uDC00-\uDFFF]/, PATTERN_FLOW_INDICATORS = /[,\[\]{}]/, PATTERN_TAG_HANDLE = /^(?:!|!!|![0-9A-Za-z-]+!)$/, NS_URI_CHAR = String.raw`(?:%[0-9A-Fa-f]{2}|[0-9A-Za-z\-#;/?:@&=+$,_.!~*'()\[\]])`, NS_TAG_CHAR = String.raw`(?:%[0-9A-Fa-f]{2}|[0-9A-Za-z\-#;/?:@&=+$.~*'()_])`, PATTERN_TAG_URI = new RegExp(`^(?:${NS_URI_CHAR})*$`), PATTERN_TAG_SUFFIX = new RegExp(`^(?:${NS_TAG_CHAR})+$`), PATTERN_TAG_PREFIX = new RegExp(`^(?:!(?:${NS_URI_CHAR})*|${NS_TAG_CHAR}(?:${NS_URI_CHAR})*)$`), DEFAULT_PARSER_OPTIONS = {
      filename: "",
      maxDepth: 100
    };
    DEFAULT_LOAD_OPTIONS = {
      ...DEFAULT_PARSER_OPTIONS,
      ...DEFAULT_CONSTRUCTOR_OPTIONS
    };
    DEFAULT_SCALAR_STYLE_RULES = {
      applyQuoteFlowKeysOption,
      doubleQuoteForInvisibles,
      doubleQuoteWhitespaceOnly,
      applyForceQuotesOption,
      tryLongOrMultilineAsBlock,
      quoteInvalidPlain,
      fallbackToDoubleQuoted
    };
    SRC_C_PRINTABLE = "[\\x09\\x0A\\x0D\\x20-\\x7E\\x85\\xA0-\\uD7FF\\uE000-\\uFFFD\\u{10000}-\\u{10FFFF}]", SRC_B_CHAR = "[\\n\\r]", SRC_C_BYTE_ORDER_MARK = "\\uFEFF", SRC_S_WHITE = "[ \\t]", SRC_NB_CHAR = `(?:(?!(?:${SRC_B_CHAR}|${SRC_C_BYTE_ORDER_MARK}))${SRC_C_PRINTABLE})`, SRC_NS_CHAR = `(?:(?!${SRC_S_WHITE})${SRC_NB_CHAR})`, SRC_NB_JSON = "[\\x09\\x20-\\uD7FF\\uE000-\\uFFFF\\u{10000}-\\u{10FFFF}]", SRC_C_INDICATOR = "[-?:,\\[\\]{}#&*!|>'\"%@`]", SRC_C_FLOW_INDICATOR = "[,\\[\\]{}]", SRC_NS_PLAIN_SAFE_FLOW_OUT = SRC_NS_CHAR, SRC_NS_PLAIN_SAFE_FLOW_IN = `(?:(?!${SRC_C_FLOW_INDICATOR})${SRC_NS_CHAR})`, SRC_NS_PLAIN_FIRST_FLOW_OUT = `(?:(?:(?!${SRC_C_INDICATOR})${SRC_NS_CHAR})|[?:-](?=${SRC_NS_PLAIN_SAFE_FLOW_OUT}))`, SRC_NS_PLAIN_FIRST_FLOW_IN = `(?:(?:(?!${SRC_C_INDICATOR})${SRC_NS_CHAR})|[?:-](?=${SRC_NS_PLAIN_SAFE_FLOW_IN}))`, SRC_NS_PLAIN_CHAR_FLOW_OUT = `(?:(?:(?![:#])${SRC_NS_PLAIN_SAFE_FLOW_OUT})|:(?=${SRC_NS_PLAIN_SAFE_FLOW_OUT}))#*`, SRC_NS_PLAIN_CHAR_FLOW_IN = `(?:(?:(?![:#])${SRC_NS_PLAIN_SAFE_FLOW_IN})|:(?=${SRC_NS_PLAIN_SAFE_FLOW_IN}))#*`, SRC_NB_NS_PLAIN_IN_LINE_FLOW_OUT = `(?:${SRC_S_WHITE}*${SRC_NS_PLAIN_CHAR_FLOW_OUT})*`, SRC_NB_NS_PLAIN_IN_LINE_FLOW_IN = `(?:${SRC_S_WHITE}*${SRC_NS_PLAIN_CHAR_FLOW_IN})*`, SRC_NS_PLAIN_ONE_LINE_FLOW_OUT = `${SRC_NS_PLAIN_FIRST_FLOW_OUT}#*${SRC_NB_NS_PLAIN_IN_LINE_FLOW_OUT}`, SRC_NS_PLAIN_ONE_LINE_FLOW_IN = `${SRC_NS_PLAIN_FIRST_FLOW_IN}#*${SRC_NB_NS_PLAIN_IN_LINE_FLOW_IN}`, SRC_NS_PLAIN_ONE_LINE_BLOCK_KEY = SRC_NS_PLAIN_ONE_LINE_FLOW_OUT, SRC_NS_PLAIN_ONE_LINE_FLOW_KEY = SRC_NS_PLAIN_ONE_LINE_FLOW_IN, SRC_S_NS_PLAIN_NEXT_LINE_FLOW_OUT = `\\n+${SRC_NS_PLAIN_CHAR_FLOW_OUT}${SRC_NB_NS_PLAIN_IN_LINE_FLOW_OUT}`, SRC_S_NS_PLAIN_NEXT_LINE_FLOW_IN = `\\n+${SRC_NS_PLAIN_CHAR_FLOW_IN}${SRC_NB_NS_PLAIN_IN_LINE_FLOW_IN}`, SRC_NS_PLAIN_MULTI_LINE_FLOW_OUT = `${SRC_NS_PLAIN_ONE_LINE_FLOW_OUT}(?:${SRC_S_NS_PLAIN_NEXT_LINE_FLOW_OUT})*`, SRC_NS_PLAIN_MULTI_LINE_FLOW_IN = `${SRC_NS_PLAIN_ONE_LINE_FLOW_IN}(?:${SRC_S_NS_PLAIN_NEXT_LINE_FLOW_IN})*`, NS_PLAIN_FLOW_OUT = new RegExp(`^(?:${SRC_NS_PLAIN_MULTI_LINE_FLOW_OUT})$`, "u"), NS_PLAIN_FLOW_IN = new RegExp(`^(?:${SRC_NS_PLAIN_MULTI_LINE_FLOW_IN})$`, "u"), NS_PLAIN_BLOCK_KEY = new RegExp(`^(?:${SRC_NS_PLAIN_ONE_LINE_BLOCK_KEY})$`, "u"), NS_PLAIN_FLOW_KEY = new RegExp(`^(?:${SRC_NS_PLAIN_ONE_LINE_FLOW_KEY})$`, "u"), NB_SINGLE_ONE_LINE = new RegExp(`^(?:${SRC_NB_JSON})*$`, "u"), NB_SINGLE_MULTI_LINE = new RegExp(`^(?:${SRC_NB_JSON}|\\n)*$`, "u"), BLOCK_SCALAR_CONTENT = new RegExp(`^(?:${SRC_NB_CHAR}|\\n)*$`, "u"), DEFAULT_PRESENTER_OPTIONS = {
      indent: 2,
      seqNoIndent: !1,
      seqInlineFirst: !0,
      lineWidth: 80,
      flowBracketPadding: !1,
      flowSkipCommaSpace: !1,
      flowSkipColonSpace: !1,
      quoteFlowKeys: !1,
      quoteStyle: "single",
      forceQuotes: !1,
      scalarStyleRules: Object.keys(DEFAULT_SCALAR_STYLE_RULES).map((name) => Reflect.get(DEFAULT_SCALAR_STYLE_RULES, name)),
      tagBeforeAnchor: !1
    }, DEFAULT_DUMP_OPTIONS = {
      ...DEFAULT_PRESENTER_OPTIONS,
      schema: DUMP_SCHEMA,
      skipInvalid: !1,
      noRefs: !1,
      flowLevel: -1,
      sortKeys: !1,
      transform: () => {
      }
    }, EVENT_DOCUMENT = EVENT_ID.DOCUMENT, EVENT_SEQUENCE = EVENT_ID.SEQUENCE, EVENT_MAPPING = EVENT_ID.MAPPING, EVENT_SCALAR = EVENT_ID.SCALAR, EVENT_ALIAS = EVENT_ID.ALIAS, EVENT_POP = EVENT_ID.POP, SCALAR_STYLE_PLAIN = SCALAR_STYLE.PLAIN, SCALAR_STYLE_SINGLE_QUOTED = SCALAR_STYLE.SINGLE_QUOTED, SCALAR_STYLE_DOUBLE_QUOTED = SCALAR_STYLE.DOUBLE_QUOTED, SCALAR_STYLE_LITERAL_BLOCK = SCALAR_STYLE.LITERAL_BLOCK, SCALAR_STYLE_FOLDED_BLOCK = SCALAR_STYLE.FOLDED_BLOCK, COLLECTION_STYLE_BLOCK = COLLECTION_STYLE.BLOCK, COLLECTION_STYLE_FLOW = COLLECTION_STYLE.FLOW, CHOMPING_CLIP = CHOMPING_MODE.CLIP, CHOMPING_STRIP = CHOMPING_MODE.STRIP, CHOMPING_KEEP = CHOMPING_MODE.KEEP;
  }
});

// src/parsers/npm/yarn-syml.ts
function plainValue(raw) {
  let hash = raw.indexOf(" #");
  return (hash === -1 ? raw : raw.slice(0, hash)).trimEnd();
}
function unescape(raw) {
  if (!raw.includes("\\")) return raw;
  try {
    return JSON.parse(`"${raw}"`);
  } catch {
    return;
  }
}
function classicProblem(line) {
  return /^ *\t/.test(line) ? "tab in indentation" : ((line.match(/(?<!\\)"/g) ?? []).length & 1) === 1 ? "unterminated string" : `expected "key value" or "key:", found ${JSON.stringify(line.trim().slice(0, 60))}`;
}
function otherLine(text, from, to) {
  for (let at = from; at < to; ) {
    let end = text.indexOf(`
`, at);
    (end === -1 || end > to) && (end = to);
    let line = text.slice(at, end), t = line.trim();
    if (t !== "" && t.charCodeAt(0) !== 35) return { at, end: end + 1, line: line.replace(/\r$/, "") };
    at = end + 1;
  }
}
function readLines(text, berry, errors) {
  let re = berry ? BERRY_LINE : CLASSIC_LINE;
  re.lastIndex = 0;
  let entries = [], indents = [-1], childIndents = [0], maps = [newMap()], current, skipping = !1, counted = 0, line = 1, lineAt2 = (offset) => {
    for (let i = text.indexOf(`
`, counted); i !== -1 && i < offset; i = text.indexOf(`
`, i + 1)) line++;
    return counted = offset, line;
  }, fail = (offset, lineText, message) => {
    let nested = lineText.charCodeAt(0) === 32 || lineText.charCodeAt(0) === 9;
    if (!nested && MERGE_MARKER.test(lineText))
      throw new ParseError("unresolved merge conflict (git conflict markers in the lockfile)", lineAt2(offset));
    if (berry) throw NEEDS_YAML;
    errors.push({ line: lineAt2(offset), message }), nested && current && entries[entries.length - 1] === current && entries.pop(), current = void 0, indents.length = childIndents.length = maps.length = 1, skipping = !0;
  }, passedOver = (from, to) => {
    for (let other = otherLine(text, from, to); other; other = otherLine(text, other.end, to))
      fail(other.at, other.line, berry ? "" : classicProblem(other.line));
  }, last = -1;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    m.index > last + 1 && passedOver(last + 1, m.index), last = re.lastIndex;
    let indent = m[1].length;
    if (skipping) {
      if (indent > 0) continue;
      skipping = !1;
    }
    if (indent === 0 && MERGE_MARKER.test(m[0]))
      throw new ParseError(
        "unresolved merge conflict (git conflict markers in the lockfile)",
        lineAt2(m.index)
      );
    let depth = indents.length - 1;
    for (; indent <= indents[depth]; ) depth--;
    if (depth < indents.length - 1 && (indents.length = childIndents.length = maps.length = depth + 1), childIndents[depth] === -1) childIndents[depth] = indent;
    else if (indent !== childIndents[depth]) {
      fail(m.index, m[0], "unexpected indentation");
      continue;
    }
    let key, keys, value;
    if (berry) {
      if (m[2] !== void 0 || m[4] !== void 0 ? key = unescape(m[2] ?? m[4]) : m[5] !== void 0 ? key = m[5].replaceAll("''", "'") : key = m[3] ?? m[6], m[7] !== void 0 ? value = unescape(m[7]) : m[8] !== void 0 ? value = m[8].replaceAll("''", "'") : m[9] !== void 0 && (value = plainValue(m[9])), key === void 0 || m[7] !== void 0 && value === void 0) throw NEEDS_YAML;
    } else {
      let raw = m[2];
      if (depth === 0 || raw.includes(",")) {
        keys = [], CLASSIC_KEYS.lastIndex = 0;
        for (let k = CLASSIC_KEYS.exec(raw); k !== null; k = CLASSIC_KEYS.exec(raw)) {
          let one = k[1] !== void 0 ? unescape(k[1]) : k[2];
          if (one === void 0) {
            keys.length = 0;
            break;
          }
          keys.push(one);
        }
        key = keys[0];
      } else key = raw.charCodeAt(0) === 34 ? unescape(raw.slice(1, -1)) : raw;
      let quoted = m[4] ?? m[6];
      if (value = quoted !== void 0 ? unescape(quoted) : (m[5] ?? m[7])?.trimEnd(), key === void 0 || quoted !== void 0 && value === void 0) {
        fail(m.index, m[0], `unreadable string in ${JSON.stringify(m[0].trim().slice(0, 60))}`);
        continue;
      }
    }
    let map = maps[depth], child = value === void 0 ? newMap() : value;
    if (keys) for (let k = 0; k < keys.length; k++) map[keys[k]] = child;
    else map[key] = child;
    depth === 0 && (current = { keys: keys ?? [key], line: lineAt2(m.index), value: child }, entries.push(current)), typeof child != "string" && (indents.push(indent), childIndents.push(-1), maps.push(child));
  }
  return last + 1 < text.length && passedOver(last + 1, text.length), entries;
}
function splitKey(key) {
  return key.includes(",") ? key.split(",").map((k) => k.trim()) : [key];
}
function readClassic(text) {
  let errors = [];
  return { entries: readLines(text, !1, errors), errors, viaYaml: !1 };
}
function readBerry(text) {
  try {
    let entries = readLines(text, !0, []);
    for (let e of entries) e.keys = splitKey(e.keys[0]);
    return { entries, errors: [], viaYaml: !1 };
  } catch (err) {
    if (err === NEEDS_YAML) return readYaml(text);
    throw err;
  }
}
function readYaml(text) {
  let doc;
  try {
    doc = load(text, { schema: FAILSAFE_SCHEMA, json: !0, maxAliases: 0 });
  } catch (err) {
    let e = err, line = typeof e.mark?.line == "number" ? e.mark.line + 1 : void 0, reason = e.reason ?? e.message ?? String(err);
    throw /alias/i.test(reason) ? new ParseError(
      "YAML aliases (*name) are refused: yarn never writes them, and they can expand without bound",
      line
    ) : new ParseError(`not valid YAML: ${reason}`, line);
  }
  if (doc == null) return { entries: [], errors: [], viaYaml: !0 };
  if (typeof doc != "object" || Array.isArray(doc))
    throw new ParseError("not a yarn lockfile: the top level is not a map of entries", 1);
  return { entries: Object.entries(doc).map(([key, value]) => ({
    keys: splitKey(key),
    line: void 0,
    value
  })), errors: [], viaYaml: !0 };
}
var newMap, NEEDS_YAML, QUOTED, CLASSIC_KEY, CLASSIC_LINE, CLASSIC_KEYS, PLAIN_START, PLAIN_KEY, BERRY_LINE, MERGE_MARKER, init_yarn_syml = __esm({
  "src/parsers/npm/yarn-syml.ts"() {
    "use strict";
    init_js_yaml();
    init_model();
    newMap = () => /* @__PURE__ */ Object.create(null), NEEDS_YAML = new Error("YAML beyond the subset yarn writes"), QUOTED = String.raw`"((?:[^"\\\n]|\\.)*)"`, CLASSIC_KEY = String.raw`(?:"(?:[^"\\\n]|\\.)*"|[^\s:,"#][^\s:,]*)`, CLASSIC_LINE = new RegExp(
      String.raw`^( *)(${CLASSIC_KEY}(?:, *${CLASSIC_KEY})*)(?:(:)(?: +(?:${QUOTED}|([^\s"#][^\n]*)))?| +(?:${QUOTED}|([^\s"][^\n]*)))(?: *\r)?$`,
      "gm"
    ), CLASSIC_KEYS = /"((?:[^"\\\n]|\\.)*)"|([^\s:,"]+)/g, PLAIN_START = String.raw`[^\s"'#\-?:,\[\]{}&*!|>%@\x60]`, PLAIN_KEY = String.raw`${PLAIN_START}(?:[^\n:#]*[^\s:#])?`, BERRY_LINE = new RegExp(
      String.raw`^( *)(?:\? +(?:${QUOTED}|(${PLAIN_KEY})) *\r?\n\1|${QUOTED}|'((?:[^'\n]|'')*)'|(${PLAIN_KEY})) *:(?:(?: +(?:${QUOTED}|'((?:[^'\n]|'')*)'))? *(?:#[^\n]*)?\r?| +(${PLAIN_START}[^\n]*))$`,
      "gm"
    );
    MERGE_MARKER = /^(<{7}|={7}|>{7}|\|{7})/;
  }
});

// src/parsers/npm/yarn-lock.ts
var yarn_lock_exports = {};
__export(yarn_lock_exports, {
  parseYarnLock: () => parseYarnLock
});
function flavour(text) {
  if (BERRY_METADATA.test(text)) return "berry";
  if (CLASSIC_HEADER.test(text)) return "classic";
  let field = /^[ \t]+("[^"\n]*"|[^\s"':#]+)(:?)[ \t]*(\S?)/m.exec(text);
  if (field) {
    if (field[2] === ":" && field[3] !== "") return "berry";
    if (field[2] === "" && field[3] !== "") return "classic";
  }
}
function parseYarnLock(input) {
  let { text } = input;
  if (text.trim() === "") throw new ParseError("empty file, expected a yarn lockfile");
  let kind = flavour(text);
  if (!kind)
    throw new ParseError(
      'not a yarn lockfile: no "# yarn lockfile v1" header, no __metadata and no entries',
      1
    );
  let r = new YarnLock(input);
  if (kind === "classic") {
    let doc2 = readClassic(text), versioned = doc2.entries.some((e) => typeof e.value.version == "string");
    if (!CLASSIC_HEADER.test(text) && !versioned)
      throw new ParseError(
        'not a yarn lockfile: no "# yarn lockfile v1" header and no entry with a version',
        1
      );
    return readClassicLock(r, doc2), r.result("yarn.lock v1 (classic)");
  }
  let doc = readBerry(text);
  if (!BERRY_METADATA.test(text) && !doc.entries.some((e) => typeof e.value?.resolution == "string"))
    throw new ParseError("not a yarn lockfile: no __metadata and no entry with a resolution", 1);
  let version = readBerryLock(r, doc);
  return r.result(version ? `yarn.lock v${version} (berry)` : "yarn.lock (berry)");
}
var CLASSIC_HEADER, BERRY_METADATA, init_yarn_lock = __esm({
  "src/parsers/npm/yarn-lock.ts"() {
    "use strict";
    init_model();
    init_yarn_berry();
    init_yarn_classic();
    init_yarn_common();
    init_yarn_syml();
    CLASSIC_HEADER = /^# yarn lockfile v1\r?$/m, BERRY_METADATA = /^["']?__metadata["']?\s*:/m;
  }
});

// src/parsers/npm/pnpm-paths.ts
function indexOfParenSuffix(path) {
  if (path.charCodeAt(path.length - 1) !== 41) return -1;
  let depth = 0;
  for (let i = path.length - 1; i >= 0; i--) {
    let c = path.charCodeAt(i);
    if (c === 41) depth++;
    else if (c === 40) depth--;
    else if (depth === 0) return i + 1;
  }
  return -1;
}
function stripPeers(dialect, key) {
  if (dialect === 5) {
    let slash = key.lastIndexOf("/"), us = key.indexOf("_", slash + 1);
    return us === -1 ? key : key.startsWith("/") || V5_PEERS.test(key.slice(us + 1)) ? key.slice(0, us) : key;
  }
  let at = indexOfParenSuffix(key);
  return at > 0 ? key.slice(0, at) : key;
}
function refToPath(dialect, ref, name) {
  if (!ref.startsWith("link:")) {
    if (dialect === 9) {
      if (ref.startsWith("@")) return ref;
      let at = ref.indexOf("@");
      if (at === -1) return `${name}@${ref}`;
      let colon = ref.indexOf(":"), paren = ref.indexOf("(");
      return (colon === -1 || at < colon) && (paren === -1 || at < paren) ? ref : `${name}@${ref}`;
    }
    if (ref.startsWith("file:")) return ref;
    if (dialect === 6) {
      let paren = ref.indexOf("(");
      return (paren === -1 ? ref : ref.slice(0, paren)).includes("/") ? ref : `/${name}@${ref}`;
    }
    return ref.includes("/") ? ref : `/${name}/${ref}`;
  }
}
function nameFromSegments(path) {
  let parts = path.split("/").filter(Boolean);
  return parts.length >= 2 && parts[parts.length - 2].startsWith("@") ? `${parts[parts.length - 2]}/${parts[parts.length - 1]}` : parts[parts.length - 1] ?? "";
}
function registryQualified(version) {
  let m = /^([A-Za-z][\w.-]*):(\d+\.\d+\.\d+\S*)$/.exec(version);
  return m && !RESERVED_PREFIXES.has(m[1]) ? { registry: m[1], version: m[2] } : void 0;
}
function validName(name) {
  if (!name || name.startsWith(".") || /[\s]/.test(name)) return !1;
  if (!name.startsWith("@")) return !name.includes("/");
  let slash = name.indexOf("/");
  return slash > 1 && slash < name.length - 1 && name.indexOf("/", slash + 1) === -1;
}
function validVersion(version) {
  if (!version || /\s/.test(version)) return !1;
  let c = version.charCodeAt(0);
  return c >= 48 && c <= 57 || version.includes(":");
}
function nameVersionOfId(dialect, id) {
  let name, version;
  if (dialect === 5) {
    let slash = id.lastIndexOf("/");
    if (slash <= 0) return;
    name = nameFromSegments(id.slice(0, slash)), version = id.slice(slash + 1);
  } else {
    let rest = id;
    dialect === 6 && rest.startsWith("/") && (rest = rest.slice(1));
    let at = rest.indexOf("@", 1);
    if (at <= 0) return;
    name = rest.slice(0, at), version = rest.slice(at + 1), dialect === 6 && name.includes("/") && !(name.startsWith("@") && name.indexOf("/") === name.lastIndexOf("/")) && (name = nameFromSegments(name));
  }
  return validName(name) && validVersion(version) ? { name, version } : void 0;
}
function sourceOf(name, resolution) {
  if (!resolution) return { where: { source: "registry" } };
  let type = typeof resolution.type == "string" ? resolution.type : void 0;
  if (type === "directory" || typeof resolution.directory == "string" && !resolution.tarball) {
    let dir = typeof resolution.directory == "string" ? resolution.directory : "";
    return { where: { source: "path" }, resolved: dir, directory: dir };
  }
  if (type === "git" || typeof resolution.repo == "string" && typeof resolution.commit == "string") {
    let repo = String(resolution.repo ?? ""), commit = String(resolution.commit ?? ""), base = /^(git\+|git:|ssh:|git@)/.test(repo) ? repo : `git+${repo}`, url = commit ? `${base}#${commit}` : base;
    return { where: { source: "git", qualifiers: { vcs_url: url } }, resolved: url };
  }
  let tarball = typeof resolution.tarball == "string" ? resolution.tarball : void 0;
  if (tarball) {
    for (let [re, toVcs] of GIT_ARCHIVES) {
      let m = re.exec(tarball);
      if (m) return { where: { source: "git", qualifiers: { vcs_url: toVcs(m) } }, resolved: tarball };
    }
    return tarball.startsWith("file:") ? { where: { source: "path" }, resolved: tarball } : { where: classifyResolved(name, tarball), resolved: tarball };
  }
  return { where: { source: "registry" } };
}
var V5_PEERS, RESERVED_PREFIXES, GIT_ARCHIVES, init_pnpm_paths = __esm({
  "src/parsers/npm/pnpm-paths.ts"() {
    "use strict";
    init_source();
    V5_PEERS = /^(?:@?[^@+/]+@[^+/]+)(?:\+@?[^@+/]+@[^+/]+)*$|^[a-z2-7]{20,}$|^[0-9a-f]{20,}$/;
    RESERVED_PREFIXES = new Set(
      "bitbucket catalog custom file git github gitlab http https jsr link npm runtime ssh workspace".split(" ")
    );
    GIT_ARCHIVES = [
      [
        /^https:\/\/codeload\.github\.com\/([^/]+)\/([^/]+)\/tar\.gz\/([0-9a-f]{7,40})$/,
        (m) => `git+https://github.com/${m[1]}/${m[2]}.git#${m[3]}`
      ],
      [
        /^https:\/\/gitlab\.com\/api\/v4\/projects\/([^/]+)\/repository\/archive\.tar\.gz\?sha=([0-9a-f]{7,40})$/,
        (m) => `git+https://gitlab.com/${decodeURIComponent(m[1])}.git#${m[2]}`
      ],
      [
        /^https:\/\/bitbucket\.org\/([^/]+)\/([^/]+)\/get\/([0-9a-f]{7,40})\.tar\.gz$/,
        (m) => `git+https://bitbucket.org/${m[1]}/${m[2]}.git#${m[3]}`
      ]
    ];
  }
});

// src/parsers/npm/pnpm-yaml.ts
function singleQuoted(text, i, end) {
  let value = "", from = i + 1;
  for (; ; ) {
    let q = text.indexOf("'", from);
    if (q === -1 || q >= end) return;
    if (value += text.slice(from, q), q + 1 < end && text.charCodeAt(q + 1) === 39) {
      value += "'", from = q + 2;
      continue;
    }
    return { value, next: q + 1 };
  }
}
function doubleQuoted(text, i, end) {
  let q = text.indexOf('"', i + 1);
  if (q === -1 || q >= end) return;
  let value = text.slice(i + 1, q);
  return value.includes("\\") ? void 0 : { value, next: q + 1 };
}
function skipSpaces(text, i, end) {
  for (; i < end && text.charCodeAt(i) === 32; ) i++;
  return i;
}
function plainStart(s) {
  return s !== "" && !SPECIAL_START.includes(s[0]) && !(s[0] === "-" && (s.length === 1 || s[1] === " "));
}
function flowScalar(text, i, end, isKey) {
  let c = text[i];
  if (c === "'") return singleQuoted(text, i, end);
  if (c === '"') return doubleQuoted(text, i, end);
  let j = i;
  for (; j < end; j++) {
    let ch = text.charCodeAt(j);
    if (ch === 44) break;
    if (ch === 58 && (j + 1 === end || text.charCodeAt(j + 1) === 32)) {
      if (isKey) break;
      return;
    }
    if (ch === 39 || ch === 34) return;
  }
  let value = text.slice(i, j).trimEnd();
  return plainStart(value) ? { value, next: j } : void 0;
}
function quotedFlow(text, start, close, isMap) {
  let map = {}, list = [], i = start + 1;
  for (; i = skipSpaces(text, i, close), !(i >= close); ) {
    let item = flowScalar(text, i, close, isMap);
    if (!item) return;
    if (i = skipSpaces(text, item.next, close), isMap) {
      if (text.charCodeAt(i) !== 58) return;
      i = skipSpaces(text, i + 1, close);
      let value = "";
      if (i < close && text.charCodeAt(i) !== 44) {
        let v = flowScalar(text, i, close, !1);
        if (!v) return;
        value = v.value, i = skipSpaces(text, v.next, close);
      }
      if (item.value === "__proto__" || Object.hasOwn(map, item.value)) return;
      map[item.value] = value;
    } else list.push(item.value);
    if (i >= close) break;
    if (text.charCodeAt(i) !== 44) return;
    i++;
  }
  return isMap ? map : list;
}
function flowCollection(text, start, close) {
  let isMap = text.charCodeAt(start) === 123, inner = text.slice(start + 1, close);
  if (FLOW_UNSUPPORTED.test(inner)) return;
  if (inner.includes("'") || inner.includes('"')) return quotedFlow(text, start, close, isMap);
  let parts = inner.split(","), map = {}, list = [];
  for (let k = 0; k < parts.length; k++) {
    let part = parts[k].trim();
    if (part === "") {
      if (k === parts.length - 1 && k > 0 || parts.length === 1) break;
      return;
    }
    let colon = part.indexOf(": ");
    if (!isMap) {
      if (colon !== -1 || part.endsWith(":") || !plainStart(part)) return;
      list.push(part);
      continue;
    }
    let key, value;
    if (colon === -1) {
      if (!part.endsWith(":")) return;
      key = part.slice(0, -1).trimEnd(), value = "";
    } else if (key = part.slice(0, colon).trimEnd(), value = part.slice(colon + 2).trim(), value.includes(": ") || value.endsWith(":") || value !== "" && !plainStart(value))
      return;
    if (!plainStart(key) || key === "__proto__" || Object.hasOwn(map, key)) return;
    map[key] = value;
  }
  return isMap ? map : list;
}
function readYamlSubset(text, start = 0) {
  let n = text.length, hasTab = text.indexOf("	", start) !== -1, colonSpace = -1, spaceHash = text.indexOf("#", start) !== -1 ? -1 : n, nextColonSpace = (from) => (colonSpace < from && (colonSpace = text.indexOf(": ", from), colonSpace === -1 && (colonSpace = n)), colonSpace), nextSpaceHash = (from) => (spaceHash < from && (spaceHash = text.indexOf(" #", from), spaceHash === -1 && (spaceHash = n)), spaceHash), inlineValue = (i, end) => {
    let c = text.charCodeAt(i);
    if (c === 39 || c === 34) {
      let s = c === 39 ? singleQuoted(text, i, end) : doubleQuoted(text, i, end);
      if (!s) return;
      let rest = skipSpaces(text, s.next, end);
      return rest === end || text.charCodeAt(rest) === 35 ? s.value : void 0;
    }
    if (c === 123 || c === 91) {
      let last = end;
      for (; last > i && text.charCodeAt(last - 1) === 32; ) last--;
      return text.charCodeAt(last - 1) !== (c === 123 ? 125 : 93) ? void 0 : flowCollection(text, i, last - 1);
    }
    let stop = end, hash = nextSpaceHash(i);
    for (hash < end && (stop = hash); stop > i && text.charCodeAt(stop - 1) === 32; ) stop--;
    if (nextColonSpace(i) < stop || text.charCodeAt(stop - 1) === 58) return;
    let value = text.slice(i, stop);
    if (!(!plainStart(value) || hasTab && value.includes("	")))
      return value;
  }, root = {}, nodes = [root], indents = [0], pendingParent, pendingKey = "", pendingIndent = 0, pos = start, first = !0;
  for (; pos < n; ) {
    let next = text.indexOf(`
`, pos);
    next === -1 && (next = n);
    let end = next;
    end > pos && text.charCodeAt(end - 1) === 13 && end--;
    let lineStart = pos;
    pos = next + 1;
    let i = lineStart;
    for (; i < end && text.charCodeAt(i) === 32; ) i++;
    if (i === end) continue;
    let c = text.charCodeAt(i);
    if (c === 35) continue;
    if (c === 9) return;
    let indent = i - lineStart;
    if (indent === 0 && (c === 45 || c === 46) && (text.startsWith("---", i) || text.startsWith("...", i))) {
      if (first && text.slice(i, end).trimEnd() === "---") {
        first = !1;
        continue;
      }
      return;
    }
    first = !1;
    let isItem = c === 45 && (i + 1 === end || text.charCodeAt(i + 1) === 32);
    if (pendingParent) {
      if (indent > pendingIndent || isItem && indent === pendingIndent) {
        let child = isItem ? [] : {};
        pendingParent[pendingKey] = child, nodes.push(child), indents.push(indent);
      } else pendingParent[pendingKey] = "";
      pendingParent = void 0;
    }
    for (; indents[indents.length - 1] > indent; )
      nodes.pop(), indents.pop();
    if (indents[indents.length - 1] !== indent) return;
    let node = nodes[nodes.length - 1];
    if (Array.isArray(node)) {
      if (!isItem) return;
      let j2 = skipSpaces(text, i + 1, end);
      if (j2 === end) return;
      let value2 = inlineValue(j2, end);
      if (value2 === void 0) return;
      node.push(value2);
      continue;
    }
    if (isItem) return;
    let key, j;
    if (c === 39 || c === 34) {
      let q = c === 39 ? singleQuoted(text, i, end) : doubleQuoted(text, i, end);
      if (!q || (key = q.value, j = skipSpaces(text, q.next, end), j >= end || text.charCodeAt(j) !== 58) || j + 1 < end && text.charCodeAt(j + 1) !== 32) return;
    } else {
      let colon = nextColonSpace(i);
      if (colon >= end) {
        let last = end;
        for (; last > i && text.charCodeAt(last - 1) === 32; ) last--;
        if (text.charCodeAt(last - 1) !== 58) return;
        colon = last - 1;
      }
      if (nextSpaceHash(i) < colon) return;
      let keyEnd = colon;
      for (; keyEnd > i && text.charCodeAt(keyEnd - 1) === 32; ) keyEnd--;
      if (key = text.slice(i, keyEnd), !plainStart(key)) return;
      j = colon;
    }
    if (j = skipSpaces(text, j + 1, end), key === "__proto__" || Object.hasOwn(node, key)) return;
    if (j === end || text.charCodeAt(j) === 35) {
      pendingParent = node, pendingKey = key, pendingIndent = indent;
      continue;
    }
    let value = inlineValue(j, end);
    if (value === void 0) return;
    node[key] = value;
  }
  return pendingParent && (pendingParent[pendingKey] = ""), root;
}
function conflictMarker(text) {
  for (let marker of ["<<<<<<<", ">>>>>>>", "======="])
    for (let at = text.indexOf(marker); at !== -1; at = text.indexOf(marker, at + 1)) {
      let after = text.charCodeAt(at + 7);
      if ((at === 0 || text.charCodeAt(at - 1) === 10) && (Number.isNaN(after) || after === 32 || after === 10 || after === 13))
        return at;
    }
  return -1;
}
function readLockDocument(text) {
  let offset = text.charCodeAt(0) === 65279 ? 1 : 0;
  if (text.startsWith("---", offset)) {
    let sep2 = /\r?\n---[ \t]*\r?\n/g;
    sep2.lastIndex = offset + 3;
    let m = sep2.exec(text);
    m && (offset = m.index + m[0].length);
  }
  let conflict = conflictMarker(text);
  if (conflict !== -1)
    throw new ParseError(
      "unresolved git merge conflict markers: resolve the conflict (or run pnpm install) first",
      lineAt(text, conflict)
    );
  let fast = readYamlSubset(text, offset);
  if (fast) return { doc: fast, offset, reader: "fast" };
  let base = lineAt(text, offset) - 1;
  try {
    return { doc: load(offset ? text.slice(offset) : text, {
      schema: FAILSAFE_SCHEMA,
      maxAliases: 0,
      json: !1
    }), offset, reader: "js-yaml" };
  } catch (err) {
    let e = err, line = typeof e.mark?.line == "number" ? e.mark.line + 1 + base : void 0, reason = e.reason ?? e.message ?? String(err);
    throw /maxAliases/.test(reason) ? new ParseError(
      "YAML alias (*name) found: pnpm never writes aliases, and lockgraph does not expand them (an alias bomb would exhaust memory)",
      line
    ) : /unknown .*tag/.test(reason) ? new ParseError(`YAML tag not allowed in a lockfile: ${reason}`, line) : new ParseError(`not valid YAML: ${reason}`, line);
  }
}
var SPECIAL_START, FLOW_UNSUPPORTED, init_pnpm_yaml = __esm({
  "src/parsers/npm/pnpm-yaml.ts"() {
    "use strict";
    init_js_yaml();
    init_model();
    init_text();
    SPECIAL_START = "&*!|>%@`?{}[],#\"'", FLOW_UNSUPPORTED = /[{}[\]\t]| #/;
  }
});

// src/parsers/npm/pnpm-lock.ts
var pnpm_lock_exports = {};
__export(pnpm_lock_exports, {
  parsePnpmLock: () => parsePnpmLock
});
import { posix as posix6 } from "node:path";
function dialectOf(version) {
  let m = /^(\d+)(?:\.(\d+))?(?:-[\w.-]+)?$/.exec(version);
  if (!m) return;
  let major = Number(m[1]);
  return major === 5 ? 5 : major === 6 ? 6 : major === 9 || major === 7 ? 9 : void 0;
}
function foreignFormat(text, doc) {
  let head = text.trimStart();
  if (/^# (THIS IS AN AUTOGENERATED FILE|yarn lockfile v1)/.test(head)) return "a yarn.lock (yarn 1)";
  if (head.startsWith("{") || head.startsWith("[")) return "a JSON file";
  if (isRecord(doc) && isRecord(doc.__metadata)) return "a yarn.lock (yarn 2+)";
  if (isRecord(doc) && doc.shrinkwrapVersion !== void 0)
    return "a shrinkwrap.yaml of pnpm 1\u20132 (shrinkwrapVersion)";
}
function parsePnpmLock(input) {
  let text = input.text;
  if (text.trim() === "") throw new ParseError(`empty file, expected a pnpm lockfile; ${SUPPORTED}`);
  let foreignText = foreignFormat(text, void 0);
  if (foreignText) throw new ParseError(`not a pnpm lockfile: this is ${foreignText}; ${SUPPORTED}`, 1);
  let { doc, offset } = readLockDocument(text);
  if (!isRecord(doc))
    throw new ParseError(
      `not a pnpm lockfile: the top level is not a YAML mapping; ${SUPPORTED}`,
      lineAt(text, offset)
    );
  let raw = doc.lockfileVersion;
  if (raw === void 0 || raw === "") {
    let what = foreignFormat(text, doc);
    throw new ParseError(
      `not a pnpm lockfile: ${what ? `this is ${what}` : "no lockfileVersion"}; ${SUPPORTED}`,
      lineAt(text, offset)
    );
  }
  let version = typeof raw == "string" ? raw : String(raw), dialect = dialectOf(version);
  if (dialect === void 0)
    throw new ParseError(
      `unknown pnpm lockfileVersion ${JSON.stringify(version)}; ${SUPPORTED}`,
      lineOf(text, "lockfileVersion", offset)
    );
  let r = new PnpmReader(input, doc, dialect, offset), importers = isRecord(doc.importers) ? doc.importers : void 0;
  !importers && doc.importers !== void 0 && doc.importers !== "" && (r.issue(
    "error",
    '"importers" is not a mapping; only the top level is read',
    () => r.keyLine("", "importers", offset)
  ), r.complete = !1);
  let importerKeys = /* @__PURE__ */ new Map();
  if (importers)
    for (let key in importers) {
      let id = key === "." ? "" : posix6.normalize(key).replace(/^\.\//, "");
      importerKeys.set(id, key), r.addProject(id);
    }
  else r.addProject("");
  let infos = r.collect();
  if (r.addPackages(infos), importers)
    for (let [id, key] of importerKeys) {
      let importer = importers[key];
      isRecord(importer) ? r.importerEdges(id, importer, key) : importer !== "" && importer !== null && (r.issue("error", `importer "${key}" is not a mapping; skipped`, () => r.keyLine("importers", key)), r.complete = !1);
    }
  else r.importerEdges("", doc, void 0);
  r.packageEdges(infos);
  let result = r.result(`${posix6.basename(input.path)} v${version}`);
  return r.deriveScopes(result), result;
}
var MAX_ISSUES, IMPORTER_FIELDS, PnpmReader, SUPPORTED, init_pnpm_lock = __esm({
  "src/parsers/npm/pnpm-lock.ts"() {
    "use strict";
    init_model();
    init_scopes();
    init_purl();
    init_hash();
    init_text();
    init_manifest();
    init_source();
    init_pnpm_paths();
    init_pnpm_yaml();
    init_result();
    MAX_ISSUES = 200, IMPORTER_FIELDS = [
      ["dependencies", "runtime"],
      ["optionalDependencies", "optional"],
      ["devDependencies", "dev"]
    ], PnpmReader = class extends ResultBuilder {
      constructor(input, lock, dialect, offset) {
        super(input);
        this.lock = lock;
        this.dialect = dialect;
        this.offset = offset;
      }
      lock;
      dialect;
      offset;
      edges = /* @__PURE__ */ new Map();
      /** package id → node id it stands for (a project id for injected workspace packages). */
      nodeOf = /* @__PURE__ */ new Map();
      /** dependency path (with peer suffix) → package id */
      idOfPath = /* @__PURE__ */ new Map();
      importerIds = /* @__PURE__ */ new Set();
      byId = /* @__PURE__ */ new Map();
      linkPackages = /* @__PURE__ */ new Map();
      unlisted = 0;
      /**
       * Records a problem. Lines are found by searching the text, so only for the first MAX_ISSUES problems; the
       * rest are counted (a broken file of 100,000 entries must not cost 100,000 searches).
       */
      issue(severity, message, line) {
        if (this.issues.length >= MAX_ISSUES) {
          this.unlisted++;
          return;
        }
        this.issues.push({
          file: this.input.path,
          line: typeof line == "function" ? line() : line,
          severity,
          message
        });
      }
      /**
       * 1-based line of `key` written as a mapping key (plain or quoted) in the top-level `section`, or after
       * offset `from`. Only used when reporting, so a plain text search is enough.
       */
      keyLine(section, key, from) {
        let at = this.keyOffset(key, from ?? this.sectionOffset(section));
        return at === void 0 ? void 0 : lineAt(this.input.text, at);
      }
      /** Offset of a top-level key ("packages:") of the main document. */
      sectionOffset(section) {
        let text = this.input.text;
        if (text.startsWith(`${section}:`, this.offset)) return this.offset;
        let at = text.indexOf(`
${section}:`, this.offset);
        return at === -1 ? this.offset : at + 1;
      }
      keyOffset(key, from) {
        let text = this.input.text, best = -1;
        for (let spelled of [key, `'${key.replace(/'/g, "''")}'`, `"${key}"`])
          for (let at = text.indexOf(spelled + ":", from); at !== -1; at = text.indexOf(spelled + ":", at + 1)) {
            let before = text.charCodeAt(at - 1);
            if (before === 32 || before === 10) {
              (best === -1 || at < best) && (best = at);
              break;
            }
          }
        if (best !== -1) return best;
        let plain = text.indexOf(key, from);
        return plain === -1 ? void 0 : plain;
      }
      /** `weak`: only an optional peer, which does not make its target needed (npm does not count it either). */
      addEdge(from, to, scope, weak = !1) {
        if (from === to) return;
        let out = this.edges.get(from);
        out || this.edges.set(from, out = /* @__PURE__ */ new Map());
        let had = out.get(to);
        out.set(to, had ? { scope: strongerScope(had.scope, scope), weak: had.weak && weak } : { scope, weak });
      }
      addProject(id) {
        let manifest = readManifest(this.input.files, this.rel(id, "package.json"), this.issues), name = typeof manifest?.name == "string" && manifest.name ? manifest.name : posix6.basename(this.rel(id)) || "root", version = typeof manifest?.version == "string" && manifest.version ? manifest.version : void 0, purl;
        try {
          purl = npmPurl(name, version);
        } catch {
          purl = void 0;
        }
        this.importerIds.add(id), this.projects.push({
          id,
          ecosystem: "npm",
          name,
          version,
          purl,
          manifest: this.rel(id, "package.json"),
          dir: this.rel(id)
        });
      }
      /** Collects package ids, their metadata and their peer variants. */
      collect() {
        let infos = /* @__PURE__ */ new Map(), info = (id) => {
          let i = infos.get(id);
          return i || infos.set(id, i = { id, meta: void 0, metaKey: id, variants: [] }), i;
        }, packages = this.section("packages"), snapshots = this.dialect === 9 ? this.section("snapshots") : void 0;
        for (let key in packages) {
          let entry = packages[key];
          if (!isRecord(entry)) {
            this.malformed("packages", key, "is not a mapping");
            continue;
          }
          let id = stripPeers(this.dialect, key);
          if (!this.knownName(id, entry)) {
            this.malformed("packages", key, "is not a package name and version");
            continue;
          }
          let i = info(id);
          i.meta || (i.meta = entry, i.metaKey = key), this.dialect !== 9 && (i.variants.push([key, entry]), this.idOfPath.set(key, id));
        }
        if (snapshots)
          for (let key in snapshots) {
            let entry = snapshots[key];
            if (!isRecord(entry)) {
              this.malformed("snapshots", key, "is not a mapping");
              continue;
            }
            let id = stripPeers(9, key);
            if (!infos.has(id) && !this.knownName(id, void 0)) {
              this.malformed("snapshots", key, "is not a package name and version");
              continue;
            }
            let i = info(id);
            i.meta || this.issue(
              "warning",
              `snapshot "${key}" has no entry under packages (no resolution or hashes)`,
              () => this.keyLine("snapshots", key)
            ), i.variants.push([key, entry]), this.idOfPath.set(key, id);
          }
        return this.dialect === 9 && snapshots === void 0 && Object.keys(packages).length > 0 && this.issue("warning", 'lockfileVersion 9 without "snapshots": dependency relations are unknown'), infos;
      }
      knownName(id, meta) {
        return meta && typeof meta.name == "string" && meta.name && typeof meta.version == "string" ? !0 : nameVersionOfId(this.dialect, id) !== void 0;
      }
      malformed(section, key, what) {
        this.issue("error", `${section} entry "${key}" ${what}; skipped`, () => this.keyLine(section, key)), this.complete = !1;
      }
      section(name) {
        let value = this.lock[name];
        return value === void 0 || value === "" || value === null ? {} : isRecord(value) ? value : (this.issue(
          "error",
          `"${name}" is not a mapping; ignored`,
          lineAt(this.input.text, this.sectionOffset(name))
        ), this.complete = !1, {});
      }
      /** One ParsedPackage per package id. */
      addPackages(infos) {
        for (let info of infos.values()) {
          let meta = info.meta, resolution = meta && isRecord(meta.resolution) ? meta.resolution : void 0, fromId = nameVersionOfId(this.dialect, info.id), name = meta && typeof meta.name == "string" && meta.name ? meta.name : fromId?.name, version = meta && typeof meta.version == "string" && meta.version ? meta.version : fromId?.version;
          if (!name) continue;
          let src = sourceOf(name, resolution), where = src.where;
          if (src.directory !== void 0) {
            let projectId = this.projectIdOfDir(src.directory);
            if (projectId !== void 0) {
              this.nodeOf.set(info.id, projectId);
              continue;
            }
          }
          let ecosystem = "npm";
          if (version?.includes(":")) {
            let qualified = registryQualified(version);
            version.startsWith("runtime:") ? (ecosystem = "generic", version = version.slice(8), where = { source: "url" }) : qualified ? (version = qualified.version, where.source === "registry" && !where.qualifiers && qualified.registry === "gh" && (where = { source: "registry", qualifiers: { repository_url: "https://npm.pkg.github.com" } })) : version = void 0;
          }
          meta && !resolution && this.issue(
            "warning",
            `"${info.metaKey}" has no resolution (integrity, tarball, git or directory)`,
            () => this.keyLine("packages", info.metaKey)
          );
          let integrity = resolution && typeof resolution.integrity == "string" ? resolution.integrity : void 0, { hashes, invalid } = integrity ? parseIntegrity(integrity) : { hashes: [], invalid: [] };
          invalid.length && this.issue(
            "warning",
            `"${info.metaKey}": unreadable integrity value ${invalid.join(" ")}`,
            () => this.keyLine("packages", info.metaKey)
          );
          let purl;
          try {
            purl = ecosystem === "generic" ? buildPurl("generic", void 0, name, version) : npmPackagePurl(name, version, where);
          } catch (err) {
            this.issue(
              "error",
              `"${info.metaKey}": ${err instanceof Error ? err.message : String(err)}; skipped`,
              () => this.keyLine("packages", info.metaKey)
            ), this.complete = !1;
            continue;
          }
          let pkg = {
            id: info.id,
            ecosystem,
            name,
            version,
            purl,
            scope: this.flagScope(info),
            hashes,
            resolved: src.resolved,
            source: where.source
          };
          this.packages.push(pkg), this.byId.set(info.id, pkg), this.nodeOf.set(info.id, info.id);
        }
      }
      /** 5.x/6.x record dev/optional per package: dev true = dev only, false = prod, absent = both. */
      flagScope(info) {
        if (this.dialect === 9 || info.variants.length === 0) return "runtime";
        let flag = (v) => v === "true" || v === !0;
        return info.variants.every(([, entry]) => flag(entry.dev)) ? "dev" : info.variants.every(([, entry]) => flag(entry.optional)) ? "optional" : "runtime";
      }
      /** The importer in folder `dir` (relative to the lockfile), if any. */
      projectIdOfDir(dir) {
        let id = posix6.normalize(dir).replace(/^\.\/?$/, "").replace(/\/$/, "");
        return this.importerIds.has(id) ? id : void 0;
      }
      /** The node a reference resolves to: a package id, a project id, or undefined (missing). */
      resolveRef(ref, depName, fromDir) {
        if (ref.startsWith("link:")) {
          let base = fromDir ?? "", target = posix6.normalize(posix6.join(base, ref.slice(5))).replace(/^\.\/?$/, "");
          return this.importerIds.has(target) ? target : this.linkPackage(depName, target);
        }
        let path = refToPath(this.dialect, ref, depName);
        if (path === void 0) return;
        let id = this.idOfPath.get(path) ?? stripPeers(this.dialect, path);
        return this.nodeOf.get(id);
      }
      /** A "link:" to a folder that is not an importer: a package of source "link", named from its package.json. */
      linkPackage(depName, target) {
        let id = `link:${target}`;
        if (this.linkPackages.has(id)) return id;
        let manifest = readManifest(this.input.files, this.rel(target, "package.json"), this.issues), name = typeof manifest?.name == "string" && manifest.name ? manifest.name : depName, version = typeof manifest?.version == "string" && manifest.version ? manifest.version : void 0, purl;
        try {
          purl = npmPurl(name, version);
        } catch {
          purl = npmPurl(depName, version);
        }
        let pkg = {
          id,
          ecosystem: "npm",
          name,
          version,
          purl,
          scope: "runtime",
          hashes: [],
          resolved: `link:${target}`,
          source: "link"
        };
        return this.linkPackages.set(id, pkg), this.packages.push(pkg), this.byId.set(id, pkg), id;
      }
      noteAlias(to, installedAs) {
        let pkg = this.byId.get(to);
        pkg && pkg.name !== installedAs && !pkg.alias && (pkg.alias = installedAs);
      }
      /** Edges of one importer (or of the top level of a single-project 5.x/6.x file). */
      importerEdges(projectId, importer, importerKey) {
        let specifiers = isRecord(importer.specifiers) ? importer.specifiers : {};
        for (let [field, scope] of IMPORTER_FIELDS) {
          let deps = importer[field];
          if (isRecord(deps))
            for (let depName in deps) {
              let value = deps[depName], ref = isRecord(value) ? value.version : value, spec = isRecord(value) ? value.specifier : specifiers[depName];
              if (typeof ref != "string" || !ref) {
                this.issue(
                  "error",
                  `${projectId || "(root)"}: ${field}.${depName} has no version; skipped`,
                  () => this.importerLine(importerKey, field, depName)
                ), this.complete = !1;
                continue;
              }
              let to = this.resolveRef(ref, depName, projectId);
              to !== void 0 ? (this.addEdge(projectId, to, scope), this.noteAlias(to, depName)) : scope !== "optional" && (this.issue(
                "warning",
                `"${projectId || "(root)"}" depends on ${depName}@${typeof spec == "string" ? spec : ref} (${ref}), which the lockfile does not contain`,
                () => this.importerLine(importerKey, field, depName)
              ), this.complete = !1);
            }
        }
      }
      /** Line of dependency `depName` in `field` of an importer (or of the top level of a single-project file). */
      importerLine(importerKey, field, depName) {
        let importer = importerKey === void 0 ? this.offset : this.keyOffset(importerKey, this.sectionOffset("importers"));
        if (importer === void 0) return;
        let block = this.keyOffset(field, importer);
        return this.keyLine("", depName, block ?? importer);
      }
      /** Edges of every package: the union over its peer variants. */
      packageEdges(infos) {
        for (let info of infos.values()) {
          let from = this.nodeOf.get(info.id);
          if (from === void 0 || this.importerIds.has(from)) continue;
          let peers = info.meta && isRecord(info.meta.peerDependencies) ? info.meta.peerDependencies : {}, peersMeta = info.meta && isRecord(info.meta.peerDependenciesMeta) ? info.meta.peerDependenciesMeta : {};
          for (let [key, entry] of info.variants)
            for (let field of ["dependencies", "optionalDependencies"]) {
              let deps = entry[field];
              if (!isRecord(deps)) continue;
              let optional = field === "optionalDependencies";
              for (let depName in deps) {
                let ref = deps[depName];
                if (typeof ref != "string" || !ref) continue;
                let to = this.resolveRef(ref, depName, void 0);
                if (to !== void 0) {
                  let peer = Object.hasOwn(peers, depName) || Object.hasOwn(peersMeta, depName), peerMeta = peersMeta[depName], optionalPeer = peer && isRecord(peerMeta) && (peerMeta.optional === "true" || peerMeta.optional === !0);
                  this.addEdge(from, to, peer ? "peer" : optional ? "optional" : "runtime", optionalPeer), this.noteAlias(to, depName);
                } else optional || (this.issue(
                  "warning",
                  `"${key}" depends on ${depName} (${ref}), which the lockfile does not contain`,
                  () => this.keyLine(this.dialect === 9 ? "snapshots" : "packages", key)
                ), this.complete = !1);
              }
            }
        }
      }
      /**
       * Scopes from reachability, not counting optional peers: for every package of 9.x (which records no
       * dev/optional flags), for "link:" packages only in 5.x/6.x (the flags cover the others).
       */
      deriveScopes(result) {
        if (this.dialect !== 9 && this.linkPackages.size === 0) return;
        let strong = [];
        for (let [from, out] of this.edges)
          for (let [to, { scope, weak }] of out) weak || strong.push({ from, to, scope });
        let flags = this.dialect === 9 ? void 0 : result.packages.map((p) => p.scope);
        deriveScopes({ ...result, edges: strong }), flags && result.packages.forEach((p, i) => {
          p.source !== "link" && (p.scope = flags[i]);
        });
      }
      result(format) {
        this.unlisted && this.issues.push({
          file: this.input.path,
          severity: "warning",
          message: `${this.unlisted} more problems not listed`
        });
        let edges = [];
        for (let [from, out] of this.edges) for (let [to, { scope }] of out) edges.push({ from, to, scope });
        return {
          format,
          projects: this.projects,
          packages: this.packages,
          edges,
          issues: this.issues,
          complete: this.complete
        };
      }
    };
    SUPPORTED = "lockgraph reads pnpm lockfileVersion 5.x (pnpm 3\u20137), 6.x (pnpm 8) and 9.x (pnpm 9 and later; 7.0 of its pre-releases)";
  }
});

// src/parsers/npm/bun-lock.ts
var bun_lock_exports = {};
__export(bun_lock_exports, {
  parseBunLock: () => parseBunLock,
  parseBunLockb: () => parseBunLockb,
  stripJsonc: () => stripJsonc
});
function skipTrivia(text, i) {
  for (; ; ) {
    let c = text.charCodeAt(i);
    if (c === 32 || c === 10 || c === 13 || c === 9) i++;
    else if (c === SLASH && text.charCodeAt(i + 1) === SLASH) {
      let end = text.indexOf(`
`, i);
      if (end === -1) return text.length;
      i = end;
    } else if (c === SLASH && text.charCodeAt(i + 1) === STAR) {
      let end = text.indexOf("*/", i + 2);
      if (end === -1) return text.length;
      i = end + 2;
    } else return i;
  }
}
function stripJsonc(text) {
  let parts = [], copied = 0, i = 0, n = text.length;
  for (; i < n; ) {
    let c = text.charCodeAt(i);
    if (c === QUOTE) {
      let open = i;
      for (i++; ; ) {
        let q = text.indexOf('"', i);
        if (q === -1) return text;
        let backslashes = 0;
        for (let b = q - 1; b > open && text.charCodeAt(b) === BACKSLASH; b--) backslashes++;
        if (i = q + 1, backslashes % 2 === 0) break;
      }
    } else if (c === COMMA) {
      let next = text.charCodeAt(skipTrivia(text, i + 1));
      (next === CLOSE_BRACE || next === CLOSE_BRACKET) && (parts.push(text.slice(copied, i)), copied = i + 1), i++;
    } else if (c === SLASH && (text.charCodeAt(i + 1) === SLASH || text.charCodeAt(i + 1) === STAR)) {
      let block = text.charCodeAt(i + 1) === STAR, close = block ? text.indexOf("*/", i + 2) : text.indexOf(`
`, i), end = close === -1 ? n : block ? close + 2 : close;
      parts.push(text.slice(copied, i)), block && parts.push(text.slice(i, end).replace(/[^\n]+/g, "")), copied = i = end;
    } else i++;
  }
  return copied === 0 ? text : (parts.push(text.slice(copied)), parts.join(""));
}
function parseJsonc(text) {
  try {
    return JSON.parse(text.replace(/,(\s*\n\s*[}\]])/g, "$1"));
  } catch {
    return parseJson(stripJsonc(text), "JSON");
  }
}
function pathNames(key) {
  let slash = key.indexOf("/");
  if (slash === -1 || key.charCodeAt(0) === 64 && key.indexOf("/", slash + 1) === -1) return [key];
  let parts = key.split("/"), names = [];
  for (let i = 0; i < parts.length; i++)
    names.push(parts[i].startsWith("@") && i + 1 < parts.length ? `${parts[i]}/${parts[++i]}` : parts[i]);
  return names;
}
function parentPath(key) {
  let last = key.lastIndexOf("/");
  if (last === -1) return "";
  let prev = key.lastIndexOf("/", last - 1);
  return key.charCodeAt(prev + 1) === 64 ? prev === -1 ? "" : key.slice(0, prev) : key.slice(0, last);
}
function splitIdent(ident) {
  let at = ident.indexOf("@", 1);
  if (!(at <= 0 || at === ident.length - 1))
    return [ident.slice(0, at), ident.slice(at + 1)];
}
function tarballVersion(name, url) {
  let file = `/-/${name.slice(name.indexOf("/") + 1)}-`, at = url.lastIndexOf(file);
  if (at === -1 || !url.endsWith(".tgz")) return;
  let version = url.slice(at + file.length, -4);
  return SEMVER.test(version) ? version : void 0;
}
function optionalMeta(names) {
  let meta = {};
  for (let name of names) typeof name == "string" && (meta[name] = { optional: !0 });
  return meta;
}
function parseBunLock(input) {
  let text = input.text, lock = parseJsonc(text);
  if (!isRecord(lock)) throw new ParseError("not a bun.lock: the top level is not a JSON object", 1);
  let version = lock.lockfileVersion;
  if (version === void 0) throw new ParseError('not a bun.lock: no "lockfileVersion"', 1);
  if (typeof version != "number" || !VERSIONS.includes(version))
    throw new ParseError(
      `unknown lockfileVersion ${JSON.stringify(version)}: lockgraph reads bun.lock versions 0, 1 and 2`,
      lineOf(text, '"lockfileVersion"')
    );
  let r = new BunReader(input, lock, version);
  r.readWorkspaces(), r.readPackages(), r.readEdges();
  let result = r.result();
  return deriveScopes({ ...result, edges: result.edges.filter((e) => !r.optionalPeerEdges.has(e)) }), result;
}
function parseBunLockb(_input) {
  throw new ParseError(
    "bun.lockb is bun's binary lockfile, which lockgraph cannot read. Write the text lockfile bun.lock next to it with `bun install --save-text-lockfile --frozen-lockfile --lockfile-only` (bun 1.1.39 or later), or upgrade to bun 1.2 or later, which writes bun.lock by default; then commit bun.lock and delete bun.lockb"
  );
}
var VERSIONS, DEFAULT_REGISTRY, SEMVER, GIT_SPEC, TARBALL_PATH, QUOTE, BACKSLASH, SLASH, STAR, COMMA, CLOSE_BRACE, CLOSE_BRACKET, BunReader, init_bun_lock = __esm({
  "src/parsers/npm/bun-lock.ts"() {
    "use strict";
    init_scopes();
    init_model();
    init_hash();
    init_text();
    init_manifest();
    init_source();
    init_npm_result();
    VERSIONS = [0, 1, 2], DEFAULT_REGISTRY = "https://registry.npmjs.org", SEMVER = /^\d+\.\d+\.\d+(?:[-+][0-9A-Za-z.+-]*)?$/, GIT_SPEC = /^(?:git\+|git:\/\/|git@|ssh:\/\/|github:|gitlab:|bitbucket:)/, TARBALL_PATH = /\.(?:tgz|tar\.gz|tar)$/i, QUOTE = 34, BACKSLASH = 92, SLASH = 47, STAR = 42, COMMA = 44, CLOSE_BRACE = 125, CLOSE_BRACKET = 93;
    BunReader = class extends NpmResultBuilder {
      constructor(input, lock, version) {
        super(input);
        this.lock = lock;
        this.version = version;
      }
      lock;
      version;
      edges = [];
      /** install path → node */
      nodes = /* @__PURE__ */ new Map();
      /** install paths that have copies nested under them: the only places a lookup can stop before the top */
      parents = /* @__PURE__ */ new Set();
      /** workspace name → project id */
      workspaceByName = /* @__PURE__ */ new Map();
      /** Edges to optional peers: in the graph, but they install nothing, so they do not make a package needed. */
      optionalPeerEdges = /* @__PURE__ */ new Set();
      /** project id → its declared dependencies and the name its nested install paths start with */
      projectDeps = /* @__PURE__ */ new Map();
      issue(severity, message, line) {
        this.issues.push({ file: this.input.path, line, severity, message });
      }
      /** Line of a key of the object that starts at `section` ("packages", "workspaces"). */
      keyLine(section, key) {
        let text = this.input.text, start = text.indexOf(`"${section}"`);
        if (start === -1) return;
        let needle = JSON.stringify(key) + ":";
        for (let at = text.indexOf(needle, start); at !== -1; at = text.indexOf(needle, at + 1)) {
          let b = at - 1;
          for (; b >= 0 && (text[b] === " " || text[b] === "	"); ) b--;
          if (b < 0 || text[b] === `
` || text[b] === "{" || text[b] === ",") return lineAt(text, at);
        }
        return lineOf(text, needle, start);
      }
      readWorkspaces() {
        let lock = this.lock, workspaces = isRecord(lock.workspaces) ? lock.workspaces : {};
        if (lock.workspaces !== void 0 && !isRecord(lock.workspaces))
          throw new ParseError('"workspaces" is not an object', lineOf(this.input.text, '"workspaces"'));
        let manifest = readManifest(this.input.files, this.rel("package.json"), this.issues), root = workspaces[""], rootDeps;
        isRecord(root) ? rootDeps = root : manifest ? (rootDeps = manifest, this.issue(
          "warning",
          'no root workspace ("") in "workspaces": direct dependencies are read from package.json'
        )) : (rootDeps = {}, this.issue(
          "warning",
          'no root workspace ("") in "workspaces" and no package.json: direct dependencies unknown'
        ), this.complete = !1), this.addProject("", manifest?.name ?? rootDeps.name, manifest?.version), this.projectDeps.set("", { deps: rootDeps, name: "" });
        for (let [path, value] of Object.entries(workspaces)) {
          if (path === "") continue;
          let id = path.replace(/^\.\//, "").replace(/\/+$/, "");
          if (!isRecord(value) || typeof value.name != "string" || !value.name) {
            this.issue("error", `workspace "${path}" has no name; skipped`, this.keyLine("workspaces", path)), this.complete = !1;
            continue;
          }
          this.addMember(id, value.name, value.version, value);
        }
      }
      addMember(id, name, version, deps) {
        this.addProject(id, name, version), this.workspaceByName.set(name, id), this.projectDeps.set(id, { deps, name }), this.nodes.has(name) || this.nodes.set(name, { id });
      }
      readPackages() {
        let packages = this.lock.packages;
        if (packages === void 0) return;
        if (!isRecord(packages))
          throw new ParseError('"packages" is not an object', lineOf(this.input.text, '"packages"'));
        let projectIds = new Set(this.projects.map((p) => p.id)), workspaceKeys = /* @__PURE__ */ new Set();
        for (let key in packages) {
          let tuple = packages[key];
          if (!Array.isArray(tuple) || typeof tuple[0] != "string" || !tuple[0].includes("@workspace:")) continue;
          let ident = splitIdent(tuple[0]);
          if (!ident || !ident[1].startsWith("workspace:")) continue;
          let path = ident[1].slice(10).replace(/^\.\//, "").replace(/\/+$/, "");
          projectIds.has(path) || (projectIds.add(path), this.addMember(path, ident[0], void 0, isRecord(tuple[1]) ? tuple[1] : {})), this.nodes.set(key, { id: path }), workspaceKeys.add(key);
        }
        for (let key in packages) {
          if (workspaceKeys.has(key)) continue;
          let tuple = packages[key], fail = (why) => {
            this.issue("error", `package "${key}" ${why}; skipped`, this.keyLine("packages", key)), this.complete = !1;
          };
          if (!key) {
            fail("has an empty install path");
            continue;
          }
          if (!Array.isArray(tuple) || typeof tuple[0] != "string") {
            fail('is not an array starting with "name@resolution"');
            continue;
          }
          let ident = tuple[0].startsWith("@root:") ? ["", "root:"] : splitIdent(tuple[0]);
          if (!ident) {
            fail(`has an unreadable resolution ${JSON.stringify(tuple[0])}`);
            continue;
          }
          let [name, spec] = ident;
          if (spec.startsWith("root:")) {
            this.nodes.set(key, { id: "" });
            continue;
          }
          let registry = SEMVER.test(spec);
          if (registry && typeof tuple[1] != "string") {
            fail("has no registry URL (second element)");
            continue;
          }
          let info = tuple[registry ? 2 : 1];
          if (!isRecord(info)) {
            fail(`has no dependency object (${registry ? "third" : "second"} element)`);
            continue;
          }
          let names = pathNames(key), id = this.installPath(names), pkg = this.readPackage(name, spec, registry ? tuple[1] : void 0, tuple);
          if (!pkg) {
            fail(`has an unrecognized resolution ${JSON.stringify(spec)}`);
            continue;
          }
          let installedAs = names[names.length - 1];
          names.length > 1 && this.parents.add(key.slice(0, key.length - installedAs.length - 1));
          let { hashes, invalid } = pkg.integrity ? parseIntegrity(pkg.integrity) : { hashes: [], invalid: [] };
          invalid.length && this.issue(
            "warning",
            `${name}@${pkg.version ?? spec}: unreadable integrity value ${invalid.join(" ")}`,
            this.keyLine("packages", key)
          ), this.packages.push({
            id,
            ecosystem: "npm",
            name,
            version: pkg.version,
            purl: npmPackagePurl(name, pkg.version, pkg.where),
            scope: "runtime",
            hashes,
            resolved: pkg.resolved,
            source: pkg.where.source,
            alias: installedAs !== name ? installedAs : void 0
          }), this.nodes.set(key, { id, info });
        }
      }
      /** node_modules path of an install path: "a/b" → "node_modules/a/node_modules/b"; "<workspace>/b" → "<folder>/node_modules/b". */
      installPath(names) {
        let workspace = names.length > 1 ? this.workspaceByName.get(names[0]) : void 0;
        return workspace === void 0 ? "node_modules/" + names.join("/node_modules/") : (workspace ? workspace + "/" : "") + "node_modules/" + names.slice(1).join("/node_modules/");
      }
      /** Version, source and integrity of a package from its resolution; undefined when it is not one bun writes. */
      readPackage(name, spec, registryUrl, tuple) {
        let str6 = (v) => typeof v == "string" && v ? v : void 0;
        if (registryUrl !== void 0) {
          let tarball = `${DEFAULT_REGISTRY}/${name}/-/${name.slice(name.indexOf("/") + 1)}-${spec}.tgz`;
          return {
            version: spec,
            resolved: registryUrl || tarball,
            where: registryUrl ? classifyResolved(name, registryUrl) : { source: "registry" },
            integrity: str6(tuple[3])
          };
        }
        if (GIT_SPEC.test(spec)) {
          let commit = spec.slice(spec.lastIndexOf("#") + 1);
          return {
            version: spec.includes("#") && /^[0-9a-f]{7,40}$/.test(commit) ? commit : void 0,
            resolved: spec,
            where: { source: "git", qualifiers: { vcs_url: spec } },
            integrity: str6(tuple[3])
          };
        }
        if (/^https?:\/\//.test(spec))
          return {
            version: tarballVersion(name, spec),
            resolved: spec,
            where: classifyResolved(name, spec),
            integrity: str6(tuple[2])
          };
        if (spec.startsWith("link:")) return { resolved: spec, where: { source: "link" } };
        if (spec.startsWith("file:") || TARBALL_PATH.test(spec)) {
          let path = spec.replace(/^file:/, "");
          if (TARBALL_PATH.test(path))
            return { resolved: path, where: { source: "path" }, integrity: str6(tuple[2]) };
          let manifest = readManifest(this.input.files, this.rel(path, "package.json"), []);
          return { version: str6(manifest?.version), resolved: path, where: { source: "path" } };
        }
      }
      /** The node a dependency `name` resolves to from install path `from` ("" for the root), as bun looks it up. */
      resolve(from, name) {
        for (let at = from; at; at = parentPath(at)) {
          let hit = this.parents.has(at) ? this.nodes.get(`${at}/${name}`) : void 0;
          if (hit) return hit;
        }
        return this.nodes.get(name);
      }
      /**
       * Edges from a project or package to what each dependency it declares resolves to. `path` is where bun starts
       * looking: the install path of a package, the name of a workspace, "" for the root.
       */
      addEdges(from, path, info, project) {
        let declared = Array.isArray(info.optionalPeers) ? { ...info, peerDependenciesMeta: optionalMeta(info.optionalPeers) } : info;
        eachDeclaredDep(declared, project, (dep) => {
          let to = this.resolve(path, dep.name)?.id;
          if (to !== void 0) {
            if (to === from) return;
            let edge = { from, to, scope: dep.scope };
            this.edges.push(edge), dep.optional && dep.scope === "peer" && this.optionalPeerEdges.add(edge);
          } else if (!dep.optional && dep.scope !== "peer") {
            let who = project ? from ? `workspace "${from}"` : "the root workspace" : `"${path}"`;
            this.issue(
              "warning",
              `${who} depends on ${dep.name}@${dep.spec}, which the lockfile does not contain`,
              project ? this.keyLine("workspaces", from) : this.keyLine("packages", path)
            ), this.complete = !1;
          }
        });
      }
      readEdges() {
        for (let [id, { deps, name }] of this.projectDeps) this.addEdges(id, name, deps, !0);
        for (let [key, node] of this.nodes) node.info && this.addEdges(node.id, key, node.info, !1);
      }
      result() {
        return {
          format: `bun.lock v${this.version}`,
          projects: this.projects,
          packages: this.packages,
          edges: this.edges,
          issues: this.issues,
          complete: this.complete
        };
      }
    };
  }
});

// node_modules/smol-toml/dist/error.js
function getLineColFromPtr(string, ptr) {
  let lines = string.slice(0, ptr).split(/\r?\n/);
  return [lines.length, lines.pop().length + 1];
}
function makeCodeBlock(string, line, column) {
  let lines = string.split(/\r?\n/), codeblock = "", numberLen = (Math.log10(line + 1) | 0) + 1;
  for (let i = line - 1; i <= line + 1; i++) {
    let l = lines[i - 1];
    l && (codeblock += i.toString().padEnd(numberLen, " "), codeblock += ":  ", codeblock += l, codeblock += `
`, i === line && (codeblock += " ".repeat(numberLen + column + 2), codeblock += `^
`));
  }
  return codeblock;
}
var TomlError, init_error = __esm({
  "node_modules/smol-toml/dist/error.js"() {
    TomlError = class _TomlError extends Error {
      line;
      column;
      codeblock;
      constructor(message, options) {
        let [line, column] = getLineColFromPtr(options.toml, options.ptr), codeblock = makeCodeBlock(options.toml, line, column);
        super(`Invalid TOML document: ${message}

${codeblock}`, options), this.line = line, this.column = column, this.codeblock = codeblock;
      }
      /** @internal */
      static x(message, ctx, ptr) {
        throw new _TomlError(message, { toml: ctx.s, ptr: ptr ?? ctx.p });
      }
    };
  }
});

// node_modules/smol-toml/dist/primitive.js
function parseString(ctx) {
  let startPtr = ctx.p, c = ctx.s.charCodeAt(ctx.p++), first = c, isLiteral = c === 39, isMultiline = c === ctx.s.charCodeAt(ctx.p) && c === ctx.s.charCodeAt(ctx.p + 1);
  isMultiline && ((c = ctx.s.charCodeAt(ctx.p += 2)) === 10 ? ctx.p++ : c === 13 && ctx.s.charCodeAt(ctx.p + 1) === 10 && (ctx.p += 2));
  let parsed = "", sliceStart = ctx.p, state = 0;
  for (; ctx.p < ctx.s.length; ctx.p++)
    if (c = ctx.s.charCodeAt(ctx.p), isMultiline && (c === 10 || c === 13 && ctx.s.charCodeAt(ctx.p + 1) === 10))
      state = state && 3;
    else if (c < 32 && c !== 9 || c === 127)
      TomlError.x("control characters are not allowed in strings", ctx);
    else if ((!state || state === 3) && c === first && (!isMultiline || ctx.s.charCodeAt(ctx.p + 1) === first && ctx.s.charCodeAt(ctx.p + 2) === first)) {
      if (isMultiline && (ctx.s.charCodeAt(ctx.p + 3) === first && ctx.p++, ctx.s.charCodeAt(ctx.p + 3) === first && ctx.p++), !state) {
        let s = ctx.s.slice(sliceStart, ctx.p);
        parsed = parsed ? parsed + s : s;
      }
      return ctx.p += isMultiline ? 3 : 1, parsed;
    } else if (!state)
      !isLiteral && c === 92 && (parsed += ctx.s.slice(sliceStart, sliceStart = ctx.p), state = 1);
    else if (state === 1)
      if (c === 120 || c === 117 || c === 85) {
        let errPtr = ctx.p++ - 1, value = 0, len = c === 120 ? 2 : c === 117 ? 4 : 8;
        for (let j = 0; j < len; j++, ctx.p++) {
          let hex = ctx.s.charCodeAt(ctx.p), digit = (
            /* 0-9 */
            hex >= 48 && hex <= 57 ? hex - 48 : (
              /* A-F */
              hex >= 65 && hex <= 70 ? hex - 65 + 10 : (
                /* a-f */
                hex >= 97 && hex <= 102 ? hex - 97 + 10 : -1
              )
            )
          );
          digit < 0 && TomlError.x("invalid non-hex character in unicode escape", ctx), value = value << 4 | digit;
        }
        (value < 0 || value > 1114111 || value >= 55296 && value <= 57343) && TomlError.x("invalid unicode escape", ctx, errPtr), parsed += String.fromCodePoint(value), sliceStart = ctx.p--, state = 0;
      } else isMultiline && (c === 32 || c === 9) ? state = 2 : (c === 98 ? parsed += "\b" : c === 116 ? parsed += "	" : c === 110 ? parsed += `
` : c === 102 ? parsed += "\f" : c === 114 ? parsed += "\r" : c === 101 ? parsed += "\x1B" : c === 34 ? parsed += '"' : c === 92 ? parsed += "\\" : TomlError.x("unrecognised escape sequence", ctx), sliceStart = ctx.p + 1, state = 0);
    else c !== 32 && c !== 9 && (state === 2 && TomlError.x("invalid escape: only line-ending whitespace may be escaped", ctx, sliceStart), state = !isLiteral && c === 92 ? 1 : 0, sliceStart = ctx.p);
  TomlError.x("unfinished string", ctx, startPtr);
}
var init_primitive = __esm({
  "node_modules/smol-toml/dist/primitive.js"() {
    init_error();
  }
});

// node_modules/smol-toml/dist/date.js
var DATE_TIME_RE, TomlDate, init_date = __esm({
  "node_modules/smol-toml/dist/date.js"() {
    DATE_TIME_RE = /^(\d{4}-\d{2}-\d{2})?[Tt ]?(?:(\d{2}):\d{2}(?::\d{2}(?:\.\d+)?)?)?(Z|z|[-+]\d{2}:\d{2})?$/i, TomlDate = class _TomlDate extends Date {
      #hasDate = !1;
      #hasTime = !1;
      #offset = null;
      constructor(date, fasttype, unsafeDelim) {
        let hasDate = !0, hasTime = !0, offset = "Z", c;
        if (typeof date == "string")
          if (fasttype)
            prep: {
              if (fasttype < 3) {
                if (+date.slice(11, 13) > 23) {
                  date = "";
                  break prep;
                }
                fasttype === 2 ? (offset = null, date += "Z") : (c = date.charCodeAt(date.length - 1)) !== 90 && c !== 122 && (offset = date.slice(date.length - 6)), unsafeDelim && (date = date.slice(0, 10) + "T" + date.slice(11));
              } else fasttype === 4 && (date = +date.slice(0, 2) > 23 ? "" : `0000-01-01T${date}Z`);
              hasDate = fasttype !== 4, hasTime = fasttype !== 3;
            }
          else {
            let match = date.match(DATE_TIME_RE);
            match ? (match[1] || (hasDate = !1, date = `0000-01-01T${date}`), hasTime = !!match[2], hasTime && date[10] === " " && (date = date.replace(" ", "T")), match[2] && +match[2] > 23 ? date = "" : (offset = match[3] || null, !offset && hasTime && (date += "Z"))) : date = "";
          }
        super(date), isNaN(this.getTime()) || (this.#hasDate = hasDate, this.#hasTime = hasTime, this.#offset = offset);
      }
      isDateTime() {
        return this.#hasDate && this.#hasTime;
      }
      isLocal() {
        return !this.#hasDate || !this.#hasTime || !this.#offset;
      }
      isDate() {
        return this.#hasDate && !this.#hasTime;
      }
      isTime() {
        return this.#hasTime && !this.#hasDate;
      }
      isValid() {
        return this.#hasDate || this.#hasTime;
      }
      toISOString() {
        let iso = super.toISOString();
        if (this.isDate())
          return iso.slice(0, 10);
        if (this.isTime())
          return iso.slice(11, 23);
        if (this.#offset === null)
          return iso.slice(0, -1);
        if (this.#offset === "Z" || this.#offset === "z")
          return iso;
        let offset = +this.#offset.slice(1, 3) * 60 + +this.#offset.slice(4, 6);
        return offset = this.#offset[0] === "-" ? offset : -offset, new Date(this.getTime() - offset * 6e4).toISOString().slice(0, -1) + this.#offset;
      }
      static wrapAsOffsetDateTime(jsDate, offset = "Z") {
        let date = new _TomlDate(jsDate);
        return date.#offset = offset, date;
      }
      static wrapAsLocalDateTime(jsDate) {
        let date = new _TomlDate(jsDate);
        return date.#offset = null, date;
      }
      static wrapAsLocalDate(jsDate) {
        let date = new _TomlDate(jsDate);
        return date.#hasTime = !1, date.#offset = null, date;
      }
      static wrapAsLocalTime(jsDate) {
        let date = new _TomlDate(jsDate);
        return date.#hasDate = !1, date.#offset = null, date;
      }
    };
  }
});

// node_modules/smol-toml/dist/extract.js
function isDigit(char, base = 10) {
  return base === 16 ? char > 47 && char < 58 || char > 64 && char < 71 || char > 96 && char < 103 : char > 47 && char < 48 + base;
}
function isEndOfValue(char, delim) {
  return char === 32 || char === 9 || char === 10 || char === 13 || // Structure end or next value delimiter
  delim && (char === delim || char === 44) || // Comment
  char === 35;
}
function extractValue(ctx, end) {
  let errPtr = ctx.p, c = ctx.s.charCodeAt(ctx.p);
  if (c === 91 || c === 123) {
    ctx.d-- || TomlError.x("document contains excessively nested structures. aborting.", ctx);
    let value = c === 91 ? parseArray(ctx) : parseInlineTable(ctx);
    return ctx.d++, value;
  }
  return c === 34 || c === 39 ? parseString(ctx) : c === 116 ? ((ctx.s.charCodeAt(++ctx.p) !== 114 || ctx.s.charCodeAt(++ctx.p) !== 117 || ctx.s.charCodeAt(++ctx.p) !== 101) && TomlError.x("invalid value", ctx, errPtr), ctx.p++, !0) : c === 102 ? ((ctx.s.charCodeAt(++ctx.p) !== 97 || ctx.s.charCodeAt(++ctx.p) !== 108 || ctx.s.charCodeAt(++ctx.p) !== 115 || ctx.s.charCodeAt(++ctx.p) !== 101) && TomlError.x("invalid value", ctx, errPtr), ctx.p++, !1) : c === 43 || c === 45 ? parseNumber(ctx, ctx.p, ctx.s.charCodeAt(++ctx.p), 44 - c, end) : ctx.s.charCodeAt(ctx.p + 4) === 45 && ctx.s.charCodeAt(ctx.p + 7) === 45 ? parseDate(ctx, c, end) : ctx.s.charCodeAt(ctx.p + 2) === 58 ? parseTime(ctx, c, end) : parseNumber(ctx, ctx.p, c, 0, end);
}
function parseNumber(ctx, startPtr, startChr, sign, endChr) {
  let c = startChr, state = 0, hasUnderscores = !1;
  if (c === 105)
    return (ctx.s.charCodeAt(++ctx.p) !== 110 || ctx.s.charCodeAt(++ctx.p) !== 102) && TomlError.x("invalid value", ctx, startPtr), ctx.p++, (sign || 1) / 0;
  if (c === 110)
    return (ctx.s.charCodeAt(++ctx.p) !== 97 || ctx.s.charCodeAt(++ctx.p) !== 110) && TomlError.x("invalid value", ctx, startPtr), ctx.p++, NaN;
  if (c === 48) {
    if (++ctx.p >= ctx.s.length || isEndOfValue(c = ctx.s.charCodeAt(ctx.p), endChr))
      return ctx.bi === !0 ? 0n : 0;
    if (!sign) {
      if (c === 120)
        return parseIntegerBaseN(ctx, startPtr, 16, endChr);
      if (c === 98)
        return parseIntegerBaseN(ctx, startPtr, 2, endChr);
      if (c === 111)
        return parseIntegerBaseN(ctx, startPtr, 8, endChr);
    }
    c === 46 ? state = 2 : c === 101 || c === 69 ? state = 4 : TomlError.x("illegal leading zero", ctx, startPtr);
  } else isDigit(c) || TomlError.x("invalid value", ctx, startPtr);
  for (; ++ctx.p < ctx.s.length && (c = ctx.s.charCodeAt(ctx.p), !isEndOfValue(c, endChr)); )
    state || (state = 1), c === 95 ? (state & 1 || TomlError.x("illegal underscore", ctx), state += 11, hasUnderscores = !0) : state === 1 && c === 46 ? state = 2 : (state === 1 || state === 3) && (c === 101 || c === 69) ? state = 4 : state === 4 && (c === 43 || c === 45) ? state = 6 : isDigit(c) ? state > 9 ? state -= 11 : state & 1 || state++ : TomlError.x("illegal character in numeric literal", ctx);
  if (!state) {
    let val = (startChr - 48) * (sign || 1);
    return ctx.bi === !0 ? BigInt(val) : val;
  }
  state & 1 || TomlError.x("unfinished numeric value", ctx, startPtr);
  let str6 = ctx.s.slice(startPtr, ctx.p);
  return hasUnderscores && (str6 = str6.replaceAll("_", "")), state > 1 ? parseFloat(str6) : parseInteger(ctx, str6, 10, startPtr);
}
function parseIntegerBaseN(ctx, startPtr, base, endChr) {
  let c, underscore = 1;
  for (; ++ctx.p < ctx.s.length && (c = ctx.s.charCodeAt(ctx.p), !isEndOfValue(c, endChr)); )
    c === 95 ? (underscore & 1 && TomlError.x("illegal underscore", ctx), underscore = 3) : isDigit(c, base) ? underscore & 1 && underscore-- : TomlError.x("illegal character in numeric literal", ctx);
  underscore & 1 && TomlError.x("unfinished numeric value", ctx);
  let str6 = ctx.s.slice(startPtr + 2, ctx.p);
  return underscore && (str6 = str6.replaceAll("_", "")), parseInteger(ctx, str6, base, startPtr);
}
function parseInteger(ctx, str6, base, startPtr) {
  if (ctx.bi !== !0)
    int: {
      let val = parseInt(str6, base);
      if (!Number.isSafeInteger(val)) {
        if (ctx.bi)
          break int;
        TomlError.x("integer value cannot be represented losslessly", ctx, startPtr);
      }
      return val;
    }
  return BigInt(base === 10 ? str6 : (base === 2 ? "0b" : base === 8 ? "0o" : "0x") + str6);
}
function parseDate(ctx, c, endChr) {
  let startPtr = ctx.p++, unsafeSeparator;
  if (!isDigit(c) || !isDigit(ctx.s.charCodeAt(ctx.p++)) || !isDigit(ctx.s.charCodeAt(ctx.p++)) || !isDigit(ctx.s.charCodeAt(ctx.p++)))
    return parseNumber(ctx, ctx.p = startPtr, c, 0, endChr);
  if (ctx.p += 5, isDigit(ctx.s.charCodeAt(ctx.p++)) || TomlError.x("invalid date-time: date part is malformed", ctx, startPtr), ctx.p >= ctx.s.length || ((c = ctx.s.charCodeAt(ctx.p)) !== 32 || (unsafeSeparator = !0, !isDigit(ctx.s.charCodeAt(ctx.p + 1)))) && c !== 84 && c !== 116) {
    let t2 = ctx.s.slice(startPtr, ctx.p);
    return readDate(ctx, t2, 3, !1, startPtr);
  }
  if (ctx.s.charCodeAt(ctx.p += 3) !== 58 && TomlError.x("invalid date-time: time part is malformed", ctx, startPtr), ctx.s.charCodeAt(ctx.p += 3) === 58 && (ctx.p += 3), ctx.s.charCodeAt(ctx.p) === 46)
    for (; isDigit(ctx.s.charCodeAt(++ctx.p)); )
      ;
  if (c = ctx.s.charCodeAt(ctx.p)) {
    if (c === 90 || c === 122) {
      let t2 = ctx.s.slice(startPtr, ++ctx.p);
      return readDate(ctx, t2, 1, unsafeSeparator, startPtr, "[+00:00]");
    }
    if (c === 43 || c === 45) {
      let t2 = ctx.s.slice(startPtr, ctx.p += 6);
      return readDate(ctx, t2, 1, unsafeSeparator, startPtr, !ctx.ld && "[" + ctx.s.slice(ctx.p - 6, ctx.p) + "]");
    }
  }
  let t = ctx.s.slice(startPtr, ctx.p);
  return readDate(ctx, t, 2, unsafeSeparator, startPtr);
}
function parseTime(ctx, c, endChr) {
  let start = ctx.p;
  if (!isDigit(c) || !isDigit(ctx.s.charCodeAt(++ctx.p)))
    return parseNumber(ctx, --ctx.p, c, 0, endChr);
  if (ctx.s.charCodeAt(ctx.p += 4) === 58 && (ctx.p += 3), ctx.s.charCodeAt(ctx.p) === 46)
    for (; isDigit(ctx.s.charCodeAt(++ctx.p)); )
      ;
  let t = ctx.s.slice(start, ctx.p);
  return readDate(ctx, t, 4, !1, start);
}
function readDate(ctx, str6, type, unsafeDelim, errPtr, temporalSuffix) {
  if (ctx.ld) {
    let date = new TomlDate(str6, type, unsafeDelim);
    return date.isValid() || TomlError.x("invalid date", ctx, errPtr), date;
  }
  try {
    switch (temporalSuffix && (str6 += temporalSuffix), type) {
      case 1:
        return Temporal.ZonedDateTime.from(str6);
      case 2:
        return Temporal.PlainDateTime.from(str6);
      case 3:
        return Temporal.PlainDate.from(str6);
      case 4:
        return Temporal.PlainTime.from(str6);
    }
  } catch (e) {
    TomlError.x(e instanceof Error ? e.message : "" + e, ctx, errPtr);
  }
}
var init_extract = __esm({
  "node_modules/smol-toml/dist/extract.js"() {
    init_primitive();
    init_struct();
    init_error();
    init_date();
  }
});

// node_modules/smol-toml/dist/util.js
function skipComment(ctx) {
  for (; ctx.p < ctx.s.length; ctx.p++) {
    let c = ctx.s.charCodeAt(ctx.p);
    if (c === 10)
      break;
    if (c === 13 && ctx.s.charCodeAt(ctx.p + 1) === 10) {
      ctx.p++;
      break;
    }
    (c < 32 && c !== 9 || c === 127) && TomlError.x("control characters are not allowed in comments", ctx);
  }
}
function skipVoid(ctx, banNewLines, banComments) {
  let c;
  for (; ctx.p < ctx.s.length; ) {
    for (; ctx.p < ctx.s.length && ((c = ctx.s.charCodeAt(ctx.p)) === 32 || c === 9 || !banNewLines && (c === 10 || c === 13 && ctx.s.charCodeAt(ctx.p + 1) === 10)); )
      ctx.p++;
    if (banComments || c !== 35)
      break;
    skipComment(ctx);
  }
}
var init_util = __esm({
  "node_modules/smol-toml/dist/util.js"() {
    init_error();
  }
});

// node_modules/smol-toml/dist/struct.js
function parseKey(ctx, end = 61) {
  let startPtr, state = 0, parsed = [], sliceStart, c = ctx.s.charCodeAt(startPtr = ctx.p);
  do {
    if (c === end)
      return state || TomlError.x("unexpected end of key", ctx), state === 1 && parsed.push(ctx.s.slice(sliceStart, ctx.p)), ctx.p++, parsed;
    c === 46 ? (state || TomlError.x("illegal empty bare key", ctx), state === 1 && parsed.push(ctx.s.slice(sliceStart, ctx.p)), state = 0) : !state && (c === 34 || c === 39) ? (c === ctx.s.charCodeAt(ctx.p + 1) && c === ctx.s.charCodeAt(ctx.p + 2) && TomlError.x("illegal quoted key: multiline strings are not allowed", ctx), parsed.push(parseString(ctx)), state = 2, ctx.p--) : c === 32 || c === 9 ? state === 1 && (parsed.push(ctx.s.slice(sliceStart, ctx.p)), state = 2) : state === 2 || c < 48 && c !== 45 || c > 57 && c < 65 || c > 90 && c < 97 && c !== 95 || c > 122 ? TomlError.x("illegal character in key", ctx) : state || (state = 1, sliceStart = ctx.p);
  } while (c = ctx.s.charCodeAt(++ctx.p));
  TomlError.x("incomplete key-value: cannot find end of key", ctx, startPtr);
}
function parseInlineTable(ctx) {
  let startPtr = ctx.p++, res = /* @__PURE__ */ Object.create(null), seen = /* @__PURE__ */ new Set(), c;
  for (; ctx.p < ctx.s.length; ) {
    if (skipVoid(ctx), (c = ctx.s.charCodeAt(ctx.p)) === 125)
      return ctx.p++, res;
    let k, t = res, hasOwn = !1, errPtr = ctx.p, key = parseKey(ctx);
    for (let i = 0; i < key.length; i++) {
      i && (t = hasOwn ? t[k] : t[k] = /* @__PURE__ */ Object.create(null)), k = key[i], (hasOwn = Object.hasOwn(t, k)) && (typeof t[k] != "object" || seen.has(t[k])) && TomlError.x("trying to redefine an already defined value", ctx, errPtr);
      let unsafe = k === "__proto__";
      if (ctx.uk && (unsafe || k === "constructor")) {
        t = ctx.uk !== 1 && TomlError.x("document contains an unsafe property", ctx, errPtr);
        break;
      }
      !hasOwn && unsafe && Object.defineProperty(t, k, { enumerable: !0, configurable: !0, writable: !0 });
    }
    hasOwn && TomlError.x("trying to redefine an already defined value", ctx, errPtr), skipVoid(ctx, !0, !0);
    let value = extractValue(
      ctx,
      125
      /* } */
    );
    if (t && typeof (t[k] = value) == "object" && seen.add(value), skipVoid(ctx), (c = ctx.s.charCodeAt(ctx.p++)) === 125)
      return res;
    c !== 44 && TomlError.x("expected comma or end of structure", ctx, ctx.p - 1);
  }
  TomlError.x("unfinished table", ctx, startPtr);
}
function parseArray(ctx) {
  let startPtr = ctx.p++, res = [], c;
  for (; ctx.p < ctx.s.length; ) {
    if (skipVoid(ctx), (c = ctx.s.charCodeAt(ctx.p)) === 93)
      return ctx.p++, res;
    if (res.push(extractValue(
      ctx,
      93
      /* ] */
    )), skipVoid(ctx), (c = ctx.s.charCodeAt(ctx.p++)) === 93)
      return res;
    c !== 44 && TomlError.x("expected comma or end of structure", ctx, ctx.p - 1);
  }
  TomlError.x("unfinished array", ctx, startPtr);
}
var init_struct = __esm({
  "node_modules/smol-toml/dist/struct.js"() {
    init_primitive();
    init_extract();
    init_util();
    init_error();
  }
});

// node_modules/smol-toml/dist/parse.js
function peekTable(ctx, key, table, meta, type) {
  let t = table, m = meta, k, hasOwn = !1, state;
  for (let i = 0; i < key.length; i++) {
    if (i) {
      if (t = hasOwn ? t[k] : t[k] = /* @__PURE__ */ Object.create(null), m = (state = m[k]).c, type === 0 && (state.t === 1 || state.t === 2))
        return null;
      if (state.t === 2) {
        let l = t.length - 1;
        t = t[l], m = m[l].c;
      }
    }
    if (k = key[i], (hasOwn = Object.hasOwn(t, k)) && m[k]?.t === 0 && m[k]?.d)
      return null;
    if (!hasOwn) {
      let unsafe = k === "__proto__";
      if (ctx.uk && (unsafe || k === "constructor"))
        return !1;
      unsafe && (Object.defineProperty(t, k, { enumerable: !0, configurable: !0, writable: !0 }), Object.defineProperty(m, k, { enumerable: !0, configurable: !0, writable: !0 })), m[k] = {
        t: i < key.length - 1 && type === 2 ? 3 : type,
        d: !1,
        i: 0,
        c: /* @__PURE__ */ Object.create(null)
      };
    }
  }
  if (state = m[k], state.t !== type && !(type === 1 && state.t === 3) || (type === 2 && (state.d || (state.d = !0, t[k] = []), t[k].push(t = /* @__PURE__ */ Object.create(null)), state.c[state.i++] = state = { t: 1, d: !1, i: 0, c: /* @__PURE__ */ Object.create(null) }), state.d))
    return null;
  if (state.d = !0, type === 1)
    t = hasOwn ? t[k] : t[k] = /* @__PURE__ */ Object.create(null);
  else if (type === 0 && hasOwn)
    return null;
  return [k, t, state.c];
}
function validateTablePeek(ctx, peek, ptr) {
  (peek === null || ctx.uk === 2) && TomlError.x(peek === null ? "trying to redefine an already defined table or value" : "document contains an unsafe property", ctx, ptr);
}
function parse(toml, options = {}) {
  let ctx = {
    s: toml,
    p: 0,
    d: options.maxDepth ?? 1e3,
    bi: options.integersAsBigInt ?? !1,
    ld: options.useLegacyDate ?? !0,
    uk: options.unsafeKeyBehaviour === "throw" ? 2 : options.unsafeKeyBehaviour === "drop" ? 1 : 0
  }, res = /* @__PURE__ */ Object.create(null), meta = /* @__PURE__ */ Object.create(null), tmp, skipping = !1, tbl = res, m = meta;
  for (toml.charCodeAt(0) === 65279 && ctx.p++, skipVoid(ctx); ctx.p < toml.length; ) {
    if (toml.charCodeAt(ctx.p) === 91) {
      let isTableArray = toml.charCodeAt(++ctx.p) === 91;
      tmp = ctx.p += +isTableArray, skipping = !1;
      let k = parseKey(
        ctx,
        93
        /* ] */
      );
      isTableArray && (toml.charCodeAt(ctx.p) !== 93 && TomlError.x("expected end of table array declaration", ctx), ctx.p++);
      let p = peekTable(
        ctx,
        k,
        res,
        meta,
        isTableArray ? 2 : 1
        /* Type.EXPLICIT */
      );
      p ? (m = p[2], tbl = p[1]) : (validateTablePeek(ctx, p, tmp), skipping = !0);
    } else {
      tmp = ctx.p;
      let k = parseKey(ctx), p = peekTable(
        ctx,
        k,
        tbl,
        m,
        0
        /* Type.DOTTED */
      );
      !p && !skipping && validateTablePeek(ctx, p, tmp), skipVoid(ctx, !0, !0);
      let v = extractValue(ctx, void 0);
      p && !skipping && (p[1][p[0]] = v);
    }
    skipVoid(ctx, !0), ctx.p < toml.length && (tmp = toml.charCodeAt(ctx.p)) !== 10 && (tmp !== 13 || toml.charCodeAt(ctx.p + 1) !== 10) && TomlError.x("each key-value declaration must be followed by an end-of-line", ctx), skipVoid(ctx);
  }
  return res;
}
var init_parse = __esm({
  "node_modules/smol-toml/dist/parse.js"() {
    init_struct();
    init_extract();
    init_util();
    init_error();
  }
});

// node_modules/smol-toml/dist/stringify.js
var HAS_WELLFORMED, init_stringify = __esm({
  "node_modules/smol-toml/dist/stringify.js"() {
    HAS_WELLFORMED = !!"".isWellFormed;
  }
});

// node_modules/smol-toml/dist/index.js
var init_dist = __esm({
  "node_modules/smol-toml/dist/index.js"() {
    init_parse();
    init_stringify();
    init_date();
    init_error();
  }
});

// src/parsers/cargo/cargo-toml.ts
import { posix as posix7 } from "node:path";
function parseCargoToml(text, what) {
  if (text.trim() === "") throw new ParseError(`empty file, expected ${what}`);
  try {
    return parse(text);
  } catch (err) {
    if (err instanceof TomlError) {
      let reason = err.message.split(`
`)[0].replace(/^Invalid TOML document: /, "");
      throw new ParseError(`not valid TOML (${what}): ${reason}`, err.line);
    }
    throw err;
  }
}
function scopeOfDep(dep) {
  return dep.kind === "dev" ? "dev" : dep.optional ? "optional" : "runtime";
}
function str2(value) {
  return typeof value == "string" && value !== "" ? value : void 0;
}
function joinPath(dir, path) {
  return posix7.normalize(posix7.join(dir, path)).replace(/^\.\/?$/, "").replace(/\/$/, "");
}
function collectDeps(table, kind, dir, ws, target, out) {
  if (isRecord(table))
    for (let [key, value] of Object.entries(table)) {
      if (typeof value == "string") {
        out.push({ key, name: key, kind, optional: !1, req: value, target });
        continue;
      }
      if (!isRecord(value)) continue;
      let spec = value, base = dir;
      if (value.workspace === !0 && ws) {
        let inherited = ws.dependencies[key], from = typeof inherited == "string" ? { version: inherited } : isRecord(inherited) ? inherited : {};
        spec = { ...from, optional: value.optional ?? from.optional }, base = ws.dir;
      }
      let path = str2(spec.path);
      out.push({
        key,
        name: str2(spec.package) ?? key,
        kind,
        optional: spec.optional === !0,
        req: str2(spec.version),
        path: path !== void 0 ? joinPath(base, path) : void 0,
        git: str2(spec.git),
        target
      });
    }
}
function cargoManifest(raw, path, ws) {
  let dir = posix7.dirname(path) === "." ? "" : posix7.dirname(path), pkg = isRecord(raw.package) ? raw.package : isRecord(raw.project) ? raw.project : void 0, version = str2(pkg?.version);
  !version && isRecord(pkg?.version) && pkg.version.workspace === !0 && (version = str2(ws?.package.version));
  let deps = [];
  for (let [name, kind] of DEP_TABLES) collectDeps(raw[name], kind, dir, ws, void 0, deps);
  if (isRecord(raw.target)) {
    for (let [target, tables] of Object.entries(raw.target))
      if (isRecord(tables))
        for (let [name, kind] of DEP_TABLES) collectDeps(tables[name], kind, dir, ws, target, deps);
  }
  return { path, dir, name: str2(pkg?.name), version, deps, workspace: cargoWorkspace(raw, dir) };
}
function cargoWorkspace(raw, dir) {
  let w = raw.workspace;
  if (!isRecord(w)) return;
  let list = (v) => Array.isArray(v) ? v.filter((s) => typeof s == "string").map(
    (s) => posix7.normalize(s).replace(/^\.\/?$/, "").replace(/\/$/, "")
  ) : [];
  return {
    dir,
    members: [.../* @__PURE__ */ new Set([...list(w.members), ...list(w["default-members"])])],
    exclude: list(w.exclude),
    dependencies: isRecord(w.dependencies) ? w.dependencies : {},
    package: isRecord(w.package) ? w.package : {}
  };
}
function readCargoToml(files, path, issues) {
  let text = files.read(path);
  if (text !== void 0)
    try {
      return parseCargoToml(text, "Cargo.toml");
    } catch (err) {
      issues.push({
        file: path,
        line: err instanceof ParseError ? err.line : void 0,
        severity: "warning",
        message: err instanceof Error ? err.message : String(err)
      });
      return;
    }
}
function expandMembers(files, ws) {
  let found = /* @__PURE__ */ new Set(), excluded = (rel) => ws.exclude.some((e) => e !== "" && (rel === e || rel.startsWith(e + "/"))), globs = [];
  for (let member of ws.members)
    GLOB_CHARS.test(member) ? globs.push(member) : found.add(member);
  if (globs.length && files.listDirs) {
    let isMatch = (0, import_picomatch3.default)(globs, { dot: !1 }), depth = Math.max(...globs.map((g) => g.includes("**") ? 6 : g.split("/").length)), walk = (rel, level) => {
      if (!(level > depth))
        for (let name of files.listDirs(joinPath(ws.dir, rel))) {
          let child = rel ? `${rel}/${name}` : name;
          isMatch(child) && !excluded(child) && files.read(joinPath(ws.dir, `${child}/Cargo.toml`)) !== void 0 && found.add(child), walk(child, level + 1);
        }
    };
    walk("", 1);
  }
  return [...found].sort().map((m) => joinPath(ws.dir, m));
}
function readVersion(text) {
  let m = /^(\d+)(?:\.(\d+|[*xX]))?(?:\.(\d+|[*xX]))?(?:-([0-9A-Za-z.-]+))?(?:\+[0-9A-Za-z.-]+)?$/.exec(
    text
  );
  if (!m) return;
  let part = (p) => p === void 0 || !/^\d+$/.test(p) ? -1 : Number(p);
  return [Number(m[1]), part(m[2]), part(m[3]), m[4] ?? ""];
}
function precedence(a, b) {
  for (let i = 0; i < 3; i++) if (a[i] !== b[i]) return a[i] < b[i] ? -1 : 1;
  if (a[3] === b[3]) return 0;
  if (!a[3] || !b[3]) return a[3] ? -1 : 1;
  let x2 = a[3].split("."), y = b[3].split(".");
  for (let i = 0; i < Math.min(x2.length, y.length); i++) {
    if (x2[i] === y[i]) continue;
    let nx = /^\d+$/.test(x2[i]), ny = /^\d+$/.test(y[i]);
    return nx && ny ? Number(x2[i]) < Number(y[i]) ? -1 : 1 : nx !== ny ? nx ? -1 : 1 : x2[i] < y[i] ? -1 : 1;
  }
  return x2.length < y.length ? -1 : x2.length > y.length ? 1 : 0;
}
function comparatorRange(op, v) {
  let [major, minor, patch, pre] = v, next = (i) => i === 0 ? [major + 1, 0, 0, ""] : i === 1 ? [major, minor + 1, 0, ""] : [major, minor, patch + 1, ""], low = [major, Math.max(minor, 0), Math.max(patch, 0), pre], last = minor === -1 ? 0 : patch === -1 ? 1 : 2;
  switch (op) {
    case "^":
      return major > 0 || last === 0 ? { low, high: next(0) } : minor > 0 || last === 1 ? { low, high: next(1) } : { low, high: next(2) };
    case "~":
      return { low, high: next(last === 0 ? 0 : 1) };
    case "=":
      return last === 2 ? { low, high: low, highClosed: !0 } : { low, high: next(last) };
    case ">":
      return last === 2 ? { low, lowOpen: !0 } : { low: next(last) };
    case ">=":
      return { low };
    case "<":
      return { high: low };
    case "<=":
      return last === 2 ? { high: low, highClosed: !0 } : { high: next(last) };
  }
  return {};
}
function cargoReqAdmits(req, version) {
  let v = readVersion(version.trim());
  if (!(!v || v[1] < 0 || v[2] < 0)) {
    for (let part of req.split(",")) {
      let m = /^\s*(\^|~|=|>=|<=|>|<)?\s*(\S+)\s*$/.exec(part);
      if (!m) return;
      if (m[2] === "*" && !m[1]) continue;
      let wanted = readVersion(m[2]);
      if (!wanted) return;
      let b = comparatorRange(/[*xX]/.test(m[2]) ? "~" : m[1] ?? "^", wanted);
      if (b.low && precedence(v, b.low) < (b.lowOpen ? 1 : 0) || b.high && precedence(v, b.high) > (b.highClosed ? 0 : -1)) return !1;
    }
    return !0;
  }
}
var import_picomatch3, DEP_TABLES, GLOB_CHARS, init_cargo_toml = __esm({
  "src/parsers/cargo/cargo-toml.ts"() {
    "use strict";
    import_picomatch3 = __toESM(require_picomatch2(), 1);
    init_dist();
    init_model();
    init_text();
    DEP_TABLES = [
      ["dependencies", "normal"],
      ["dev-dependencies", "dev"],
      ["dev_dependencies", "dev"],
      ["build-dependencies", "build"],
      ["build_dependencies", "build"]
    ];
    GLOB_CHARS = /[*?[\]{}]/;
  }
});

// src/parsers/cargo/cargo-lock.ts
var cargo_lock_exports = {};
__export(cargo_lock_exports, {
  classifyCargoSource: () => classifyCargoSource,
  parseCargoLock: () => parseCargoLock
});
import { posix as posix8 } from "node:path";
function classifyCargoSource(source) {
  if (CRATES_IO.has(source) || CRATES_IO.has(`${source}/`)) return { source: "registry" };
  if (source.startsWith("registry+"))
    return { source: "registry", qualifiers: { repository_url: source.slice(9) } };
  if (source.startsWith("sparse+")) return { source: "registry", qualifiers: { repository_url: source } };
  if (source.startsWith("git+")) {
    let hash = source.indexOf("#"), commit = hash === -1 ? "" : source.slice(hash + 1);
    return {
      source: "git",
      qualifiers: { vcs_url: `git+${source.slice(4, hash === -1 ? void 0 : hash).replace(/\?.*$/, "")}${commit ? `@${commit}` : ""}` },
      resolved: source
    };
  }
  if (source.startsWith("path+")) return { source: "path", resolved: source.slice(5) };
}
function sourceKey(source) {
  if (!source) return "";
  let hash = source.indexOf("#");
  return hash === -1 ? source : source.slice(0, hash);
}
function headerLines(text) {
  let packages = [], root, re = /^[ \t]*\[(\[package\]|root)\][ \t]*(?:#.*)?\r?$/gm, line = 1, counted = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    for (let nl = text.indexOf(`
`, counted); nl !== -1 && nl < m.index; nl = text.indexOf(`
`, nl + 1))
      line++, counted = nl + 1;
    m[1] === "root" ? root = line : packages.push(line);
  }
  return { packages, root };
}
function readLockAsCargoWritesIt(text) {
  let lock = {}, packages = [], lines = { packages: [] }, n = text.length, table = lock, array, lineNo = 0, backslash = -1, plainString = (start, end) => {
    if (!(end - start < 2 || text.charCodeAt(start) !== 34 || text.charCodeAt(end - 1) !== 34) && text.indexOf('"', start + 1) === end - 1)
      return backslash < start && (backslash = text.indexOf("\\", start), backslash === -1 && (backslash = n)), backslash < end ? void 0 : text.slice(start + 1, end - 1);
  };
  for (let pos = 0, end; pos < n; pos = end + 1) {
    end = text.indexOf(`
`, pos), end === -1 && (end = n);
    let stop = end;
    if (stop > pos && text.charCodeAt(stop - 1) === 13 && stop--, lineNo++, array) {
      let start = pos;
      for (; start < stop && text.charCodeAt(start) === 32; ) start++;
      if (stop - start === 1 && text.charCodeAt(start) === 93) {
        array = void 0;
        continue;
      }
      let item = plainString(start, text.charCodeAt(stop - 1) === 44 ? stop - 1 : stop);
      if (item === void 0) return;
      array.push(item);
      continue;
    }
    let first = text.charCodeAt(pos);
    if (stop === pos || first === 35) continue;
    if (first === 91) {
      let header = text.slice(pos, stop);
      if (header === "[[package]]")
        table = {}, packages.push(table), lines.packages.push(lineNo);
      else if ((header === "[metadata]" || header === "[root]") && !(header.slice(1, -1) in lock))
        table = {}, lock[header.slice(1, -1)] = table, header === "[root]" && (lines.root = lineNo);
      else return;
      continue;
    }
    let eq = text.indexOf(" = ", pos);
    if (eq === -1 || eq >= stop) return;
    let key = first === 34 ? plainString(pos, eq) : text.slice(pos, eq);
    if (key === void 0 || first !== 34 && !BARE_KEY.test(key) || key === "__proto__" || Object.prototype.hasOwnProperty.call(table, key)) return;
    let at = eq + 3, c = text.charCodeAt(at);
    if (c === 34) {
      let value = plainString(at, stop);
      if (value === void 0) return;
      table[key] = value;
    } else if (c === 91 && stop - at === 1) table[key] = array = [];
    else if (c === 91 && stop - at === 2 && text.charCodeAt(at + 1) === 93) table[key] = [];
    else {
      let value = text.slice(at, stop);
      if (!/^(?:0|[1-9]\d{0,8})$/.test(value)) return;
      table[key] = Number(value);
    }
  }
  if (!array) {
    if (packages.length) {
      if ("package" in lock) return;
      lock.package = packages;
    }
    return { lock, lines };
  }
}
function joinPath2(...parts) {
  return posix8.normalize(posix8.join(...parts)).replace(/^\.\/?$/, "").replace(/\/$/, "");
}
function escapeRegExp(text) {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
function readEntries(r, lock, lines) {
  let text = r.input.text;
  if (lock.package !== void 0 && !Array.isArray(lock.package))
    throw new ParseError(
      "not a Cargo.lock: [package] is a table, not [[package]] entries (is this a Cargo.toml?)",
      lineOfPattern(text, /^\[package\]/m)
    );
  let raw = [];
  isRecord(lock.root) && raw.push({ value: lock.root, line: lines.root });
  let list = Array.isArray(lock.package) ? lock.package : [];
  for (let i = 0; i < list.length; i++) raw.push({ value: list[i], line: lines.packages[i] });
  if (raw.length === 0) throw new ParseError("not a Cargo.lock: no [[package]] entries", 1);
  let entries = [], seen = /* @__PURE__ */ new Set();
  for (let { value, line } of raw) {
    if (!isRecord(value)) {
      r.issue("error", "[[package]] entry is not a table; skipped", line), r.complete = !1;
      continue;
    }
    let name = typeof value.name == "string" && value.name ? value.name : void 0, version = typeof value.version == "string" && value.version ? value.version : void 0;
    if (!name || !version) {
      let what = !name && !version ? "name and version" : name ? "version" : "name";
      r.issue("error", `[[package]]${name ? ` "${name}"` : ""} has no ${what}; skipped`, line), r.complete = !1;
      continue;
    }
    if (value.source !== void 0 && typeof value.source != "string") {
      r.issue("error", `${name} ${version}: "source" is not a string; skipped`, line), r.complete = !1;
      continue;
    }
    let source = value.source || void 0, key = `${name} ${version} ${sourceKey(source)}`;
    if (seen.has(key)) {
      r.issue("warning", `${name} ${version} is listed twice; the second entry is ignored`, line);
      continue;
    }
    seen.add(key), value.dependencies !== void 0 && !Array.isArray(value.dependencies) && (r.issue(
      "warning",
      `${name} ${version}: "dependencies" is not an array; its dependencies are unknown`,
      line
    ), r.complete = !1), entries.push({
      name,
      version,
      source,
      sourceKey: sourceKey(source),
      checksum: typeof value.checksum == "string" ? value.checksum : void 0,
      deps: Array.isArray(value.dependencies) ? value.dependencies : [],
      line,
      id: ""
    });
  }
  if (isRecord(lock.metadata)) {
    let byKey = new Map(entries.map((e) => [`${e.name} ${e.version} ${e.sourceKey}`, e]));
    for (let [k, v] of Object.entries(lock.metadata)) {
      if (!k.startsWith("checksum ") || typeof v != "string") continue;
      let [, name, version, source = ""] = k.split(" "), entry = byKey.get(`${name} ${version} ${sourceKey(source.replace(/^\(|\)$/g, ""))}`);
      entry && entry.checksum === void 0 && v !== "<none>" && (entry.checksum = v);
    }
  }
  return entries;
}
function lineOfPattern(text, re) {
  let m = re.exec(text);
  return m ? lineAt(text, m.index) : void 0;
}
function lockVersion(lock, text) {
  let v = lock.version;
  if (v === void 0)
    return (Array.isArray(lock.package) ? lock.package : []).some((p) => isRecord(p) && p.checksum !== void 0) ? 2 : 1;
  if (v === 3 || v === 4) return v;
  throw new ParseError(
    `unknown Cargo.lock version ${JSON.stringify(v)}: lockgraph reads versions 1 and 2 (no version line), 3 and 4`,
    lineOfPattern(text, /^version\s*=/m)
  );
}
function readWorkspace(r) {
  let files = r.input.files, w = { manifests: /* @__PURE__ */ new Map(), texts: /* @__PURE__ */ new Map(), unreadMembers: [] }, rootPath = joinPath2(r.dir, "Cargo.toml"), rootRaw = readCargoToml(files, rootPath, r.issues);
  if (!rootRaw) return w;
  let ws = cargoWorkspace(rootRaw, r.dir);
  w.root = cargoManifest(rootRaw, rootPath, ws), w.manifests.set(r.dir, w.root), w.texts.set(rootPath, files.read(rootPath) ?? "");
  let tried = /* @__PURE__ */ new Set([r.dir]), queue = [w.root], load2 = (dir, member) => {
    if (tried.has(dir)) return;
    tried.add(dir);
    let path = joinPath2(dir, "Cargo.toml"), raw = readCargoToml(files, path, r.issues);
    if (!raw) {
      member && w.unreadMembers.push(dir);
      return;
    }
    let m = cargoManifest(raw, path, ws);
    w.manifests.set(dir, m), w.texts.set(path, files.read(path) ?? ""), queue.push(m);
  };
  if (ws) for (let dir of expandMembers(files, ws)) load2(dir, !0);
  for (; queue.length; ) for (let dep of queue.pop().deps) dep.path !== void 0 && load2(dep.path, !1);
  return w;
}
function assignProjects(r, local, ws) {
  let byName = /* @__PURE__ */ new Map();
  for (let m of ws.manifests.values())
    if (m.name) {
      let list = byName.get(m.name);
      list ? list.push(m) : byName.set(m.name, [m]);
    }
  let used = /* @__PURE__ */ new Set(), dirOf = /* @__PURE__ */ new Map(), unmatched = [];
  for (let e of local) {
    let candidates = (byName.get(e.name) ?? []).filter((m2) => !used.has(m2));
    if (candidates.length > 1) {
      let sameVersion = candidates.filter((m2) => m2.version === e.version);
      sameVersion.length && (candidates = sameVersion);
    }
    let m = candidates[0];
    m ? (used.add(m), e.manifest = m, dirOf.set(e, m.dir)) : unmatched.push(e);
  }
  let unread = [...ws.unreadMembers], norm = (s) => s.replace(/-/g, "_").toLowerCase(), guessedMembers = [];
  for (let e of [...unmatched]) {
    let at = unread.findIndex((dir) => norm(posix8.basename(dir)) === norm(e.name));
    at !== -1 && (dirOf.set(e, unread[at]), guessedMembers.push(`${e.name} \u2192 ${joinPath2(unread[at], "Cargo.toml")}`), unread.splice(at, 1), unmatched.splice(unmatched.indexOf(e), 1));
  }
  if (!ws.root && unmatched.length) {
    let root;
    if (unmatched.length === 1) root = unmatched[0];
    else {
      let folder = posix8.basename(r.dir);
      if (root = unmatched.find((e) => folder !== "" && norm(e.name) === norm(folder)), !root) {
        let depended = /* @__PURE__ */ new Set();
        for (let e of local)
          for (let d of e.deps) typeof d == "string" && depended.add(d.split(" ")[0]);
        let tops = unmatched.filter((e) => !depended.has(e.name));
        tops.length === 1 && (root = tops[0]);
      }
    }
    root && (dirOf.set(root, r.dir), unmatched.splice(unmatched.indexOf(root), 1));
  }
  let guessed = [], taken = new Set(dirOf.values());
  for (let e of unmatched) {
    let dir = joinPath2(r.dir, e.name);
    for (; taken.has(dir); ) dir = `${dir}_`;
    taken.add(dir), dirOf.set(e, dir), guessed.push(`${e.name} \u2192 ${joinPath2(dir, "Cargo.toml")}`);
  }
  let made = [];
  for (let e of local) {
    let dir = dirOf.get(e), id = dir === r.dir ? "" : posix8.relative(r.dir || ".", dir || ".");
    e.id = id, made.push({
      id,
      ecosystem: "cargo",
      name: e.name,
      version: e.version,
      purl: cratePurl(e.name, e.version),
      manifest: joinPath2(dir, "Cargo.toml"),
      dir
    });
  }
  if (!made.some((p) => p.id === "")) {
    let name = ws.root?.name ?? (posix8.basename(r.dir) || "workspace");
    made.push({
      id: "",
      ecosystem: "cargo",
      name,
      version: ws.root?.version,
      purl: ws.root?.name ? cratePurl(ws.root.name, ws.root.version) : void 0,
      manifest: joinPath2(r.dir, "Cargo.toml"),
      dir: r.dir
    });
  }
  made.sort((a, b) => a.id === "" ? -1 : b.id === "" ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0), r.projects.push(...made), guessedMembers.length && r.issue(
    "info",
    `Cargo.toml of workspace members not found, matched by folder name: ${guessedMembers.join(", ")}; their dependencies are all taken as runtime`
  ), guessed.length && r.issue(
    "info",
    `workspace crates without a Cargo.toml found; their manifests are a guess: ${guessed.join(", ")}`
  );
}
function cratePurl(name, version, qualifiers) {
  try {
    return buildPurl("cargo", void 0, name, version, qualifiers);
  } catch {
    return;
  }
}
function resolveDep(byName, spec) {
  if (!spec.includes(" ")) return byName.get(spec) ?? [];
  let [name, version, source] = spec.trim().split(/\s+/), found = byName.get(name) ?? [];
  if (version !== void 0 && found.length && (found = found.filter((e) => e.version === version)), source !== void 0 && found.length) {
    let key = sourceKey(source.replace(/^\(|\)$/g, ""));
    found = found.filter((e) => e.sourceKey === key);
  } else if (found.length > 1) {
    let local = found.filter((e) => e.source === void 0);
    local.length === 1 && (found = local);
  }
  return found;
}
function gitBase(url) {
  return url.replace(/^git\+/, "").replace(/[?#].*$/, "").replace(/\/+$/, "").replace(/\.git$/, "").toLowerCase();
}
function declares(dep, e) {
  return dep.name !== e.name ? !1 : dep.path !== void 0 ? e.source === void 0 : dep.git !== void 0 ? e.source?.startsWith("git+") === !0 && gitBase(e.source) === gitBase(dep.git) : e.source === void 0 || e.source.startsWith("git+") ? !1 : dep.req === void 0 || cargoReqAdmits(dep.req, e.version) !== !1;
}
function parseCargoLock(input) {
  let fast = readLockAsCargoWritesIt(input.text), lock = fast?.lock ?? parseCargoToml(input.text, "Cargo.lock"), version = lockVersion(lock, input.text), r = new CargoReader(input), entries = readEntries(r, lock, fast?.lines ?? headerLines(input.text)), byName = /* @__PURE__ */ new Map();
  for (let e of entries) {
    let list = byName.get(e.name);
    list ? list.push(e) : byName.set(e.name, [e]);
  }
  let placeholders = 0, placeholderLine, unknownSources = /* @__PURE__ */ new Set();
  for (let e of entries) {
    if (e.source === void 0) continue;
    let twins = byName.get(e.name).filter((o) => o.version === e.version && o.source !== void 0);
    e.id = twins.length > 1 ? `${e.name}@${e.version} ${e.sourceKey}` : `${e.name}@${e.version}`;
    let where = classifyCargoSource(e.source);
    where || (unknownSources.has(e.source) || r.issue("warning", `unknown kind of source "${e.source}"; read as a registry`, e.line), unknownSources.add(e.source), where = { source: "registry", qualifiers: { repository_url: e.source } });
    let hashes = [];
    if (e.checksum !== void 0) {
      let hash = hexHash(e.checksum, "SHA-256");
      hash ? hashes.push(hash) : e.checksum === DEBIAN_NO_CHECKSUM ? (placeholders++, placeholderLine ??= e.line) : r.issue("warning", `${e.name} ${e.version}: checksum "${e.checksum}" is not a SHA-256`, e.line);
    }
    r.packages.push({
      id: e.id,
      ecosystem: "cargo",
      name: e.name,
      version: e.version,
      purl: cratePurl(e.name, e.version, where.qualifiers) ?? `pkg:cargo/${encodeURIComponent(e.name)}`,
      scope: "runtime",
      hashes,
      resolved: where.resolved,
      source: where.source,
      line: e.line
    });
  }
  placeholders && r.issue(
    "warning",
    `${placeholders} crate${placeholders === 1 ? " has" : "s have"} the checksum "${DEBIAN_NO_CHECKSUM}" (written by Debian's packaged crate registry) instead of a SHA-256; they are listed without a hash`,
    placeholderLine
  );
  let local = entries.filter((e) => e.source === void 0), ws = readWorkspace(r);
  assignProjects(r, local, ws), ws.root || r.issue(
    "info",
    "no Cargo.toml next to Cargo.lock: dev and build dependencies cannot be told apart, every dependency is taken as runtime"
  );
  let declaredOnly = /* @__PURE__ */ new Map();
  for (let e of entries) {
    let targets = [];
    for (let spec of e.deps) {
      if (typeof spec != "string") {
        r.issue("warning", `${e.name} ${e.version}: a dependency is not a string; ignored`, e.line), r.complete = !1;
        continue;
      }
      let found = resolveDep(byName, spec);
      found.length === 1 ? targets.push(found[0]) : (r.issue(
        "warning",
        found.length ? `${e.name} ${e.version}: dependency "${spec}" matches ${found.length} crates; ignored` : `${e.name} ${e.version} depends on "${spec}", which the lockfile does not contain`,
        e.line
      ), r.complete = !1);
    }
    let m = e.manifest;
    if (!m) {
      for (let t of targets) r.edges.push({ from: e.id, to: t.id, scope: "runtime" });
      continue;
    }
    for (let t of targets) {
      let named = m.deps.filter((d) => d.name === t.name), matching = named.filter((d) => declares(d, t)), scope;
      for (let d of matching.length ? matching : named)
        scope = scope ? strongerScope(scope, scopeOfDep(d)) : scopeOfDep(d);
      r.edges.push({ from: e.id, to: t.id, scope: scope ?? "runtime" });
    }
    let lockedNames = new Set(targets.map((t) => t.name));
    for (let d of m.deps) {
      if (lockedNames.has(d.name)) continue;
      lockedNames.add(d.name);
      let text = ws.texts.get(m.path) ?? "";
      r.issue(
        "warning",
        `${d.key}${d.key !== d.name ? ` (crate ${d.name})` : ""}${d.req ? ` ${d.req}` : ""} is declared but not in Cargo.lock (the lockfile is out of date?)`,
        lineOfPattern(text, new RegExp(`^\\s*"?${escapeRegExp(d.key)}"?\\s*[=.]`, "m")),
        m.path
      ), r.complete = !1;
      let id = `${d.name} (not locked)`, pkg = declaredOnly.get(id);
      pkg || (pkg = {
        id,
        ecosystem: "cargo",
        name: d.name,
        purl: cratePurl(d.name) ?? `pkg:cargo/${encodeURIComponent(d.name)}`,
        scope: scopeOfDep(d),
        hashes: [],
        source: d.git ? "git" : d.path !== void 0 ? "path" : "registry",
        resolved: d.git ?? d.path
      }, declaredOnly.set(id, pkg), r.packages.push(pkg)), r.edges.push({ from: e.id, to: id, scope: scopeOfDep(d) });
    }
  }
  for (let dir of ws.unreadMembers)
    r.projects.some((p) => p.dir === dir) || r.issue(
      "warning",
      `workspace member ${dir} has no Cargo.toml and no crate in Cargo.lock`,
      void 0,
      ws.root?.path
    );
  return deriveScopes(r.result("")), r.result(`Cargo.lock v${version}`);
}
var CRATES_IO, DEBIAN_NO_CHECKSUM, BARE_KEY, CargoReader, init_cargo_lock = __esm({
  "src/parsers/cargo/cargo-lock.ts"() {
    "use strict";
    init_scopes();
    init_model();
    init_purl();
    init_hash();
    init_text();
    init_cargo_toml();
    init_result();
    CRATES_IO = /* @__PURE__ */ new Set([
      "registry+https://github.com/rust-lang/crates.io-index",
      "sparse+https://index.crates.io/"
    ]), DEBIAN_NO_CHECKSUM = "Could not get crate checksum";
    BARE_KEY = /^[A-Za-z0-9_-]+$/;
    CargoReader = class extends ResultBuilder {
      edges = [];
      issue(severity, message, line, file = this.input.path) {
        this.issues.push({ file, line, severity, message });
      }
      result(format) {
        return this.finish(format, this.edges);
      }
    };
  }
});

// src/parsers/composer/composer-lock.ts
var composer_lock_exports = {};
__export(composer_lock_exports, {
  classifyComposerSource: () => classifyComposerSource,
  composerLicense: () => composerLicense,
  composerPurl: () => composerPurl,
  isPlatformPackage: () => isPlatformPackage,
  parseComposerLock: () => parseComposerLock
});
import { posix as posix9 } from "node:path";
function isPlatformPackage(name) {
  return PLATFORM.test(name);
}
function composerLicense(value) {
  let list = (typeof value == "string" ? [value] : Array.isArray(value) ? value : []).filter((l) => typeof l == "string").map((l) => l.trim()).filter(Boolean);
  return list.length <= 1 ? list[0] : `(${list.map((l) => /\s/.test(l) && !/^\(.*\)$/.test(l) ? `(${l})` : l).join(" OR ")})`;
}
function vcsUrl(url) {
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(url)) return url;
  let scp = /^([^@/:]+@)?([^:/]+):(.+)$/.exec(url);
  return scp ? `ssh://${scp[1] ?? ""}${scp[2]}/${scp[3].replace(/^\//, "")}` : url;
}
function str3(value) {
  return typeof value == "string" && value !== "" ? value : void 0;
}
function classifyComposerSource(entry) {
  let dist = isRecord(entry.dist) ? entry.dist : {}, src = isRecord(entry.source) ? entry.source : {}, distUrl = str3(dist.url), srcUrl = str3(src.url), srcType = str3(src.type), ref = str3(src.reference);
  if (dist.type === "path" || srcType === "path") return { source: "path", resolved: distUrl ?? srcUrl };
  let atCommit = srcUrl && ref ? `${srcUrl}#${ref}` : srcUrl, notification = str3(entry["notification-url"]);
  if (notification === PACKAGIST_NOTIFICATION_URL)
    return { source: "registry", resolved: distUrl ?? atCommit };
  if (notification)
    return {
      source: "registry",
      qualifiers: { repository_url: notification.replace(/\/downloads\/?$/, "") },
      resolved: distUrl ?? atCommit
    };
  if (srcUrl && srcType) {
    let vcs = `${srcType === "git" ? "git" : srcType}+${vcsUrl(srcUrl)}${ref ? `@${ref}` : ""}`;
    return { source: srcType === "git" ? "git" : "url", qualifiers: { vcs_url: vcs }, resolved: atCommit };
  }
  return distUrl ? { source: "url", qualifiers: { download_url: distUrl }, resolved: distUrl } : { source: "registry" };
}
function composerPurl(name, version, qualifiers) {
  let slash = name.indexOf("/");
  if (!(slash <= 0 || slash === name.length - 1))
    try {
      return buildPurl("composer", name.slice(0, slash), name.slice(slash + 1), version, qualifiers);
    } catch {
      return;
    }
}
function entryLines(text) {
  let out = { packages: [], "packages-dev": [] }, offsets = [], lists = [], re = /["{}[\],]/g, depth = 0, key = "", current, elementAfter = (at) => {
    let j = at + 1;
    for (let c = text.charCodeAt(j); c === 32 || c === 10 || c === 13 || c === 9; c = text.charCodeAt(++j)) ;
    j < text.length && text.charCodeAt(j) !== 93 && (offsets.push(j), lists.push(current));
  };
  for (let m = re.exec(text); m; m = re.exec(text)) {
    let c = m[0], at = m.index;
    if (c === '"') {
      let end = text.indexOf('"', at + 1);
      for (; end !== -1; ) {
        let backslashes = 0;
        for (let j = end - 1; text.charCodeAt(j) === 92; j--) backslashes++;
        if (backslashes % 2 === 0) break;
        end = text.indexOf('"', end + 1);
      }
      if (end === -1) break;
      depth === 1 && (key = text.slice(at + 1, end)), re.lastIndex = end + 1;
    } else c === "," ? depth === 2 && current && elementAfter(at) : c === "{" || c === "[" ? (depth++, depth === 2 && (current = c === "[" && (key === "packages" || key === "packages-dev") ? out[key] : void 0, current && elementAfter(at))) : (depth--, depth === 1 && (current = void 0));
  }
  let line = 1, counted = 0;
  for (let i = 0; i < offsets.length; i++) {
    for (let nl = text.indexOf(`
`, counted); nl !== -1 && nl < offsets[i]; nl = text.indexOf(`
`, nl + 1))
      line++, counted = nl + 1;
    lists[i].push(line);
  }
  return out;
}
function readComposerJson(r, path) {
  let text = r.input.files.read(path);
  if (text !== void 0)
    try {
      let parsed = parseJson(text, "composer.json");
      if (isRecord(parsed)) return parsed;
      r.issue("warning", "composer.json is not a JSON object", 1, path);
    } catch (err) {
      r.issue(
        "warning",
        err instanceof Error ? err.message : String(err),
        err instanceof ParseError ? err.line : void 0,
        path
      );
    }
}
function platformList(value, scope) {
  return isRecord(value) ? Object.entries(value).map(([name, constraint]) => ({
    name,
    constraint: typeof constraint == "string" ? constraint : "*",
    scope
  })) : [];
}
function formatOf(lock) {
  let api = str3(lock["plugin-api-version"]), major = api ? /^(\d+)\./.exec(api)?.[1] : void 0;
  return major ? `composer.lock (Composer ${major})` : "composer.lock";
}
function parseComposerLock(input) {
  let text = input.text, lock = parseJson(text, "JSON");
  if (!isRecord(lock)) throw new ParseError("not a composer.lock: the top level is not a JSON object", 1);
  if (!Array.isArray(lock.packages))
    throw new ParseError(
      lock.packages === void 0 ? 'not a composer.lock: no "packages" list' : 'not a composer.lock: "packages" is not a list',
      lineOf(text, '"packages"') ?? 1
    );
  let r = new ComposerReader(input);
  lock["packages-dev"] !== void 0 && lock["packages-dev"] !== null && !Array.isArray(lock["packages-dev"]) && (r.issue("error", '"packages-dev" is not a list; dev packages skipped', lineOf(text, '"packages-dev"')), r.complete = !1);
  let lines = entryLines(text), manifestPath = r.rel("composer.json"), manifest = readComposerJson(r, manifestPath), rootName = str3(manifest?.name) ?? (posix9.basename(r.dir) || "root"), rootVersion = str3(manifest?.version);
  r.projects.push({
    id: "",
    ecosystem: "composer",
    name: rootName,
    version: rootVersion,
    purl: composerPurl(rootName.toLowerCase(), rootVersion),
    manifest: manifestPath,
    dir: r.dir
  });
  let byName = /* @__PURE__ */ new Map(), entries = /* @__PURE__ */ new Map(), providers = /* @__PURE__ */ new Map(), sections = [
    [lock.packages, "runtime", lines.packages],
    [Array.isArray(lock["packages-dev"]) ? lock["packages-dev"] : [], "dev", lines["packages-dev"]]
  ];
  for (let [list, scope, at] of sections) {
    let items = list;
    for (let i = 0; i < items.length; i++) {
      let entry = items[i], line = at[i];
      if (!isRecord(entry)) {
        r.issue("error", "package entry is not an object; skipped", line), r.complete = !1;
        continue;
      }
      let name = str3(entry.name), version = str3(entry.version);
      if (!name || !version) {
        let what = !name && !version ? '"name" and "version"' : name ? '"version"' : '"name"';
        r.issue("error", `package${name ? ` ${name}` : ""} has no ${what}; skipped`, line), r.complete = !1;
        continue;
      }
      let id = name.toLowerCase();
      if (byName.has(id)) {
        r.issue("warning", `${name} is locked twice; the second entry is ignored`, line);
        continue;
      }
      let where = classifyComposerSource(entry), purl = composerPurl(id, version, where.qualifiers);
      if (!purl) {
        r.issue("error", `"${name}" is not a vendor/name package name; skipped`, line), r.complete = !1;
        continue;
      }
      let hashes = [], shasum = isRecord(entry.dist) ? str3(entry.dist.shasum) : void 0;
      if (shasum) {
        let hash = hexHash(shasum, "SHA-1");
        hash ? hashes.push(hash) : r.issue("warning", `${name} ${version}: dist shasum "${shasum}" is not a SHA-1`, line);
      }
      let pkg = {
        id,
        ecosystem: "composer",
        name: id,
        version,
        purl,
        scope,
        hashes,
        resolved: where.resolved,
        source: where.source,
        license: composerLicense(entry.license),
        line
      };
      r.packages.push(pkg), byName.set(id, pkg), entries.set(id, entry);
      for (let field of ["replace", "provide"])
        if (isRecord(entry[field]))
          for (let other of Object.keys(entry[field])) {
            let key = other.toLowerCase(), list2 = providers.get(key);
            list2 ? list2.push(id) : providers.set(key, [id]);
          }
    }
  }
  let rootProvides = /* @__PURE__ */ new Set();
  for (let field of ["replace", "provide"])
    if (isRecord(manifest?.[field]))
      for (let n of Object.keys(manifest[field])) rootProvides.add(n.toLowerCase());
  let resolve3 = (name) => {
    let key = name.toLowerCase(), pkg = byName.get(key);
    return pkg ? [pkg.id] : providers.get(key) ?? (rootProvides.has(key) ? [] : void 0);
  }, required = /* @__PURE__ */ new Set();
  for (let [id, entry] of entries) {
    if (!isRecord(entry.require)) continue;
    let from = byName.get(id);
    for (let name of Object.keys(entry.require)) {
      if (isPlatformPackage(name)) continue;
      let to = resolve3(name);
      if (!to) {
        r.issue(
          "warning",
          `${from.name} ${from.version} requires ${name}, which the lockfile does not contain`,
          from.line
        ), r.complete = !1;
        continue;
      }
      for (let t of to)
        t !== id && (r.edges.push({ from: id, to: t, scope: "runtime" }), required.add(t));
    }
  }
  if (manifest) {
    let declared = [
      [manifest.require, "runtime", "require"],
      [manifest["require-dev"], "dev", "require-dev"]
    ], manifestText = input.files.read(manifestPath) ?? "";
    for (let [table, scope, field] of declared)
      if (isRecord(table))
        for (let [name, constraint] of Object.entries(table)) {
          if (isPlatformPackage(name)) continue;
          let to = resolve3(name);
          if (to) {
            for (let t of to) r.edges.push({ from: "", to: t, scope });
            continue;
          }
          let id = name.toLowerCase(), purl = composerPurl(id);
          if (r.issue(
            "warning",
            `composer.json ${field} ${name} ${typeof constraint == "string" ? constraint : ""}`.trimEnd() + ", which composer.lock does not contain (the lockfile is out of date?)",
            lineOf(manifestText, JSON.stringify(name)),
            manifestPath
          ), r.complete = !1, !purl || byName.has(id)) continue;
          let pkg = {
            id,
            ecosystem: "composer",
            name: id,
            purl,
            scope,
            hashes: [],
            source: "registry"
          };
          r.packages.push(pkg), byName.set(id, pkg), r.edges.push({ from: "", to: id, scope });
        }
  } else {
    for (let pkg of r.packages)
      required.has(pkg.id) || r.edges.push({ from: "", to: pkg.id, scope: pkg.scope });
    r.issue(
      "info",
      "no composer.json next to composer.lock: direct dependencies are inferred from the lockfile"
    );
  }
  let root = r.projects.find((p) => p.id === "");
  root && (root.platform = [...platformList(lock.platform, "runtime"), ...platformList(lock["platform-dev"], "dev")]);
  let overrides = platformList(lock["platform-overrides"], "runtime");
  return overrides.length && r.issue(
    "info",
    `resolved for an overridden platform (config.platform): ${overrides.map((o) => `${o.name} ${o.constraint}`).join(", ")}`,
    lineAt(text, text.lastIndexOf('"platform-overrides"'))
  ), {
    format: formatOf(lock),
    projects: r.projects,
    packages: r.packages,
    edges: r.edges,
    issues: r.issues,
    complete: r.complete
  };
}
var PACKAGIST_NOTIFICATION_URL, PLATFORM, ComposerReader, init_composer_lock = __esm({
  "src/parsers/composer/composer-lock.ts"() {
    "use strict";
    init_model();
    init_purl();
    init_hash();
    init_text();
    init_result();
    PACKAGIST_NOTIFICATION_URL = "https://packagist.org/downloads/", PLATFORM = /^(?:php(?:-64bit|-ipv6|-zts|-debug)?|hhvm|(?:ext|lib)-[a-z0-9](?:[_.-]?[a-z0-9]+)*|composer(?:-(?:plugin|runtime)-api)?)$/i;
    ComposerReader = class extends ResultBuilder {
      edges = [];
      issue(severity, message, line, file = this.input.path) {
        this.issues.push({ file, line, severity, message });
      }
    };
  }
});

// node_modules/@renovatebot/pep440/lib/version.js
var require_version = __commonJS({
  "node_modules/@renovatebot/pep440/lib/version.js"(exports, module) {
    var VERSION_PATTERN = [
      "v?",
      "(?:",
      /* */
      "(?:(?<epoch>[0-9]+)!)?",
      // epoch
      /* */
      "(?<release>[0-9]+(?:\\.[0-9]+)*)",
      // release segment
      /* */
      "(?<pre>",
      // pre-release
      /*    */
      "[-_\\.]?",
      /*    */
      "(?<pre_l>(a|b|c|rc|alpha|beta|pre|preview))",
      /*    */
      "[-_\\.]?",
      /*    */
      "(?<pre_n>[0-9]+)?",
      /* */
      ")?",
      /* */
      "(?<post>",
      // post release
      /*    */
      "(?:-(?<post_n1>[0-9]+))",
      /*    */
      "|",
      /*    */
      "(?:",
      /*        */
      "[-_\\.]?",
      /*        */
      "(?<post_l>post|rev|r)",
      /*        */
      "[-_\\.]?",
      /*        */
      "(?<post_n2>[0-9]+)?",
      /*    */
      ")",
      /* */
      ")?",
      /* */
      "(?<dev>",
      // dev release
      /*    */
      "[-_\\.]?",
      /*    */
      "(?<dev_l>dev)",
      /*    */
      "[-_\\.]?",
      /*    */
      "(?<dev_n>[0-9]+)?",
      /* */
      ")?",
      ")",
      "(?:\\+(?<local>[a-z0-9]+(?:[-_\\.][a-z0-9]+)*))?"
      // local version
    ].join("");
    module.exports = {
      VERSION_PATTERN,
      valid,
      clean,
      explain,
      parse: parse2,
      stringify: stringify2
    };
    var validRegex = new RegExp("^" + VERSION_PATTERN + "$", "i");
    function valid(version) {
      return validRegex.test(version) ? version : null;
    }
    var cleanRegex = new RegExp("^\\s*" + VERSION_PATTERN + "\\s*$", "i");
    function clean(version) {
      return stringify2(parse2(version, cleanRegex));
    }
    function parse2(version, regex) {
      let { groups } = (regex || validRegex).exec(version) || {};
      return groups ? {
        epoch: Number(groups.epoch ? groups.epoch : 0),
        release: groups.release.split(".").map(Number),
        pre: normalize_letter_version(groups.pre_l, groups.pre_n),
        post: normalize_letter_version(
          groups.post_l,
          groups.post_n1 || groups.post_n2
        ),
        dev: normalize_letter_version(groups.dev_l, groups.dev_n),
        local: parse_local_version(groups.local)
      } : null;
    }
    function stringify2(parsed) {
      if (!parsed)
        return null;
      let { epoch, release, pre, post, dev, local } = parsed, parts = [];
      return epoch !== 0 && parts.push(`${epoch}!`), parts.push(release.join(".")), pre && parts.push(pre.join("")), post && parts.push("." + post.join("")), dev && parts.push("." + dev.join("")), local && parts.push(`+${local}`), parts.join("");
    }
    function normalize_letter_version(letterIn, numberIn) {
      let letter = letterIn, number = numberIn;
      return letter ? (number || (number = 0), letter = letter.toLowerCase(), letter === "alpha" ? letter = "a" : letter === "beta" ? letter = "b" : ["c", "pre", "preview"].includes(letter) ? letter = "rc" : ["rev", "r"].includes(letter) && (letter = "post"), [letter, Number(number)]) : !letter && number ? (letter = "post", [letter, Number(number)]) : null;
    }
    function parse_local_version(local) {
      return local ? local.split(/[._-]/).map(
        (part) => Number.isNaN(Number(part)) ? part.toLowerCase() : Number(part)
      ) : null;
    }
    function explain(version) {
      let parsed = parse2(version);
      if (!parsed)
        return parsed;
      let { epoch, release, pre, post, dev, local } = parsed, base_version = "";
      epoch !== 0 && (base_version += epoch + "!"), base_version += release.join(".");
      let is_prerelease = !!(dev || pre), is_devrelease = !!dev, is_postrelease = !!post;
      return {
        epoch,
        release,
        pre,
        post: post && post[1],
        dev: dev && dev[1],
        local: local && local.join("."),
        public: stringify2(parsed).split("+", 1)[0],
        base_version,
        is_prerelease,
        is_devrelease,
        is_postrelease
      };
    }
  }
});

// node_modules/@renovatebot/pep440/lib/operator.js
var require_operator = __commonJS({
  "node_modules/@renovatebot/pep440/lib/operator.js"(exports, module) {
    var { parse: parse2 } = require_version();
    module.exports = {
      compare,
      rcompare,
      lt,
      le,
      eq,
      ne,
      ge,
      gt,
      "<": lt,
      "<=": le,
      "==": eq,
      "!=": ne,
      ">=": ge,
      ">": gt,
      "===": arbitrary
    };
    function lt(version, other) {
      return compare(version, other) < 0;
    }
    function le(version, other) {
      return compare(version, other) <= 0;
    }
    function eq(version, other) {
      return compare(version, other) === 0;
    }
    function ne(version, other) {
      return compare(version, other) !== 0;
    }
    function ge(version, other) {
      return compare(version, other) >= 0;
    }
    function gt(version, other) {
      return compare(version, other) > 0;
    }
    function arbitrary(version, other) {
      return version.toLowerCase() === other.toLowerCase();
    }
    function compare(version, other) {
      let parsedVersion = parse2(version), parsedOther = parse2(other), keyVersion = calculateKey(parsedVersion), keyOther = calculateKey(parsedOther);
      return pyCompare(keyVersion, keyOther);
    }
    function rcompare(version, other) {
      return -compare(version, other);
    }
    function pyCompare(elemIn, otherIn) {
      let elem = elemIn, other = otherIn;
      if (elem === other)
        return 0;
      if (Array.isArray(elem) !== Array.isArray(other) && (elem = Array.isArray(elem) ? elem : [elem], other = Array.isArray(other) ? other : [other]), Array.isArray(elem)) {
        let len = Math.min(elem.length, other.length);
        for (let i = 0; i < len; i += 1) {
          let res = pyCompare(elem[i], other[i]);
          if (res !== 0)
            return res;
        }
        return elem.length - other.length;
      }
      return elem === -1 / 0 || other === 1 / 0 ? -1 : elem === 1 / 0 || other === -1 / 0 ? 1 : elem < other ? -1 : 1;
    }
    function calculateKey(input) {
      let { epoch } = input, { release, pre, post, local, dev } = input;
      for (release = release.concat(), release.reverse(); release.length && release[0] === 0; )
        release.shift();
      return release.reverse(), !pre && !post && dev ? pre = -1 / 0 : pre || (pre = 1 / 0), post || (post = -1 / 0), dev || (dev = 1 / 0), local ? local = local.map(
        (i) => Number.isNaN(Number(i)) ? [-1 / 0, i] : [Number(i), ""]
      ) : local = -1 / 0, [epoch, release, pre, post, dev, local];
    }
  }
});

// node_modules/@renovatebot/pep440/lib/specifier.js
var require_specifier = __commonJS({
  "node_modules/@renovatebot/pep440/lib/specifier.js"(exports, module) {
    var { VERSION_PATTERN, explain: explainVersion } = require_version(), Operator = require_operator(), RANGE_PATTERN = [
      "(?<operator>(===|~=|==|!=|<=|>=|<|>))",
      "\\s*",
      "(",
      /*  */
      "(?<version>(?:" + VERSION_PATTERN.replace(/\?<\w+>/g, "?:") + "))",
      /*  */
      "(?<prefix>\\.\\*)?",
      /*  */
      "|",
      /*  */
      "(?<legacy>[^,;\\s)]+)",
      ")"
    ].join("");
    module.exports = {
      RANGE_PATTERN,
      parse: parse2,
      satisfies: satisfies2,
      filter,
      validRange,
      maxSatisfying,
      minSatisfying
    };
    var isEqualityOperator = (op) => ["==", "!=", "==="].includes(op), rangeRegex = new RegExp("^" + RANGE_PATTERN + "$", "i");
    function parse2(ranges) {
      if (!ranges.trim())
        return [];
      let specifiers = ranges.split(",").map((range) => rangeRegex.exec(range.trim()) || {}).map(({ groups }) => {
        if (!groups)
          return null;
        let { ...spec } = groups, { operator, version, prefix, legacy } = groups;
        return version && (spec = { ...spec, ...explainVersion(version) }, operator === "~=" && spec.release.length < 2 || !isEqualityOperator(operator) && spec.local || prefix && (!isEqualityOperator(operator) || spec.dev || spec.local)) || legacy && operator !== "===" ? null : spec;
      });
      return specifiers.filter(Boolean).length !== specifiers.length ? null : specifiers;
    }
    function filter(versions, specifier, options = {}) {
      let filtered = pick2(versions, specifier, options);
      return filtered.length === 0 && options.prereleases === void 0 ? pick2(versions, specifier, { prereleases: !0 }) : filtered;
    }
    function maxSatisfying(versions, range, options) {
      let found = filter(versions, range, options).sort(Operator.compare);
      return found.length === 0 ? null : found[found.length - 1];
    }
    function minSatisfying(versions, range, options) {
      let found = filter(versions, range, options).sort(Operator.compare);
      return found.length === 0 ? null : found[0];
    }
    function pick2(versions, specifier, options) {
      let parsed = parse2(specifier);
      return parsed ? versions.filter((version) => {
        let explained = explainVersion(version);
        return parsed.length ? parsed.reduce((pass, spec) => pass ? contains({ ...spec, ...options }, { version, explained }) : !1, !0) : explained && !(explained.is_prerelease && !options.prereleases);
      }) : [];
    }
    function satisfies2(version, specifier, options = {}) {
      return pick2([version], specifier, options).length === 1;
    }
    function arrayStartsWith(array, prefix) {
      if (prefix.length > array.length)
        return !1;
      for (let i = 0; i < prefix.length; i += 1)
        if (prefix[i] !== array[i])
          return !1;
      return !0;
    }
    function contains(specifier, input) {
      let { explained } = input, { version } = input, { ...spec } = specifier;
      if (spec.prereleases === void 0 && (spec.prereleases = spec.is_prerelease), explained && explained.is_prerelease && !spec.prereleases)
        return !1;
      if (spec.operator === "~=") {
        let compatiblePrefix = spec.release.slice(0, -1).concat("*").join(".");
        return spec.epoch && (compatiblePrefix = spec.epoch + "!" + compatiblePrefix), satisfies2(version, `>=${spec.version}, ==${compatiblePrefix}`, {
          prereleases: spec.prereleases
        });
      }
      if (spec.prefix) {
        let isMatching = explained.epoch === spec.epoch && arrayStartsWith(explained.release, spec.release);
        return spec.operator !== "!=" ? isMatching : !isMatching;
      }
      if (explained && explained.local && spec.version && (version = explained.public, spec.version = explainVersion(spec.version).public), (spec.operator === "<" || spec.operator === ">") && Operator.eq(spec.release.join("."), explained.release.join(".")))
        return !1;
      let op = Operator[spec.operator];
      return op(version, spec.version || spec.legacy);
    }
    function validRange(specifier) {
      return !!parse2(specifier);
    }
  }
});

// node_modules/@renovatebot/pep440/lib/semantic.js
var require_semantic = __commonJS({
  "node_modules/@renovatebot/pep440/lib/semantic.js"(exports, module) {
    var { explain, parse: parse2, stringify: stringify2 } = require_version();
    module.exports = {
      major,
      minor,
      patch,
      inc
    };
    function major(input) {
      let version = explain(input);
      if (!version)
        throw new TypeError("Invalid Version: " + input);
      return version.release[0];
    }
    function minor(input) {
      let version = explain(input);
      if (!version)
        throw new TypeError("Invalid Version: " + input);
      return version.release.length < 2 ? 0 : version.release[1];
    }
    function patch(input) {
      let version = explain(input);
      if (!version)
        throw new TypeError("Invalid Version: " + input);
      return version.release.length < 3 ? 0 : version.release[2];
    }
    function inc(input, release, preReleaseIdentifier) {
      let identifier = preReleaseIdentifier || "a", version = parse2(input);
      if (!version || !["a", "b", "c", "rc", "alpha", "beta", "pre", "preview"].includes(
        identifier
      ))
        return null;
      switch (release) {
        case "premajor":
          {
            let [majorVersion] = version.release;
            version.release.fill(0), version.release[0] = majorVersion + 1;
          }
          version.pre = [identifier, 0], delete version.post, delete version.dev, delete version.local;
          break;
        case "preminor":
          {
            let [majorVersion, minorVersion = 0] = version.release;
            version.release.fill(0), version.release[0] = majorVersion, version.release[1] = minorVersion + 1;
          }
          version.pre = [identifier, 0], delete version.post, delete version.dev, delete version.local;
          break;
        case "prepatch":
          {
            let [majorVersion, minorVersion = 0, patchVersion = 0] = version.release;
            version.release.fill(0), version.release[0] = majorVersion, version.release[1] = minorVersion, version.release[2] = patchVersion + 1;
          }
          version.pre = [identifier, 0], delete version.post, delete version.dev, delete version.local;
          break;
        case "prerelease":
          if (version.pre === null) {
            let [majorVersion, minorVersion = 0, patchVersion = 0] = version.release;
            version.release.fill(0), version.release[0] = majorVersion, version.release[1] = minorVersion, version.release[2] = patchVersion + 1, version.pre = [identifier, 0];
          } else {
            preReleaseIdentifier === void 0 && version.pre !== null && ([identifier] = version.pre);
            let [letter, number] = version.pre;
            letter === identifier ? version.pre = [letter, number + 1] : version.pre = [identifier, 0];
          }
          delete version.post, delete version.dev, delete version.local;
          break;
        case "major":
          if (version.release.slice(1).some((value) => value !== 0) || version.pre === null) {
            let [majorVersion] = version.release;
            version.release.fill(0), version.release[0] = majorVersion + 1;
          }
          delete version.pre, delete version.post, delete version.dev, delete version.local;
          break;
        case "minor":
          if (version.release.slice(2).some((value) => value !== 0) || version.pre === null) {
            let [majorVersion, minorVersion = 0] = version.release;
            version.release.fill(0), version.release[0] = majorVersion, version.release[1] = minorVersion + 1;
          }
          delete version.pre, delete version.post, delete version.dev, delete version.local;
          break;
        case "patch":
          if (version.release.slice(3).some((value) => value !== 0) || version.pre === null) {
            let [majorVersion, minorVersion = 0, patchVersion = 0] = version.release;
            version.release.fill(0), version.release[0] = majorVersion, version.release[1] = minorVersion, version.release[2] = patchVersion + 1;
          }
          delete version.pre, delete version.post, delete version.dev, delete version.local;
          break;
        default:
          return null;
      }
      return stringify2(version);
    }
  }
});

// node_modules/@renovatebot/pep440/index.js
var require_pep440 = __commonJS({
  "node_modules/@renovatebot/pep440/index.js"(exports, module) {
    var { valid, clean, explain, parse: parse2 } = require_version(), { lt, le, eq, ne, ge, gt, compare, rcompare } = require_operator(), {
      filter,
      maxSatisfying,
      minSatisfying,
      RANGE_PATTERN,
      satisfies: satisfies2,
      validRange
    } = require_specifier(), { major, minor, patch, inc } = require_semantic();
    module.exports = {
      // version
      valid,
      clean,
      explain,
      parse: parse2,
      // operator
      lt,
      le,
      lte: le,
      eq,
      ne,
      neq: ne,
      ge,
      gte: ge,
      gt,
      compare,
      rcompare,
      // range
      filter,
      maxSatisfying,
      minSatisfying,
      RANGE_PATTERN,
      satisfies: satisfies2,
      validRange,
      // semantic
      major,
      minor,
      patch,
      inc
    };
  }
});

// src/versions/pep440.ts
function comparePep440(a, b) {
  let ta = a.trim(), tb = b.trim(), va = import_pep440.default.valid(ta) !== null, vb = import_pep440.default.valid(tb) !== null;
  return va && vb ? Math.sign(import_pep440.default.compare(ta, tb)) : va !== vb ? va ? 1 : -1 : byCodeUnit(ta.toLowerCase(), tb.toLowerCase()) || byCodeUnit(ta, tb);
}
function satisfiesPep440(version, specifier) {
  let v = version.trim();
  if (import_pep440.default.valid(v) !== null)
    try {
      return import_pep440.default.validRange(specifier) ? import_pep440.default.satisfies(v, specifier) : void 0;
    } catch {
      return;
    }
}
var import_pep440, byCodeUnit, init_pep440 = __esm({
  "src/versions/pep440.ts"() {
    "use strict";
    import_pep440 = __toESM(require_pep440(), 1), byCodeUnit = (a, b) => a < b ? -1 : a > b ? 1 : 0;
  }
});

// src/parsers/python/names.ts
function normalizePythonName(name) {
  return name.replace(/[-_.]+/g, "-").toLowerCase();
}
function pypiPurl(name, version, qualifiers) {
  return buildPurl("pypi", void 0, normalizePythonName(name), version, qualifiers);
}
var init_names = __esm({
  "src/parsers/python/names.ts"() {
    "use strict";
    init_purl();
  }
});

// src/parsers/python/toml.ts
function parseToml(text, what, skim) {
  if (text.trim() === "") throw new ParseError(`empty file, expected ${what}`);
  try {
    return new FastToml(text, skim && { keys: skim, what }).parse();
  } catch (err) {
    if (err !== GIVE_UP) throw err;
  }
  return parseTomlStrict(text, what);
}
function readFileEntries(raw) {
  let out = [];
  if (EMPTY_ARRAY.test(raw)) return out;
  let at = 1;
  for (; ; ) {
    FILE_ENTRY.lastIndex = at;
    let m = FILE_ENTRY.exec(raw);
    if (!m) return;
    if (out.push(
      m[3] !== void 0 ? { kind: m[1], location: m[2], hash: `sha256:${m[3]}`, sha256: m[3] } : { kind: m[1], location: m[2], hash: m[4] }
    ), at = FILE_ENTRY.lastIndex, m[5] === "]") return at === raw.length ? out : void 0;
    if (ARRAY_END.lastIndex = at, ARRAY_END.test(raw)) return out;
  }
}
function arrayValue(value) {
  return value instanceof Skimmed ? value.parse() : Array.isArray(value) ? value : void 0;
}
function distributionFiles(value) {
  if (value instanceof Skimmed) {
    let files = readFileEntries(value.raw);
    if (files) return files;
  }
  return (arrayValue(value) ?? []).map((f) => {
    if (typeof f != "object" || f === null || Array.isArray(f)) return {};
    let t = f, kind = ["url", "path", "filename", "file"].find((k) => typeof t[k] == "string");
    return { kind, location: kind ? String(t[kind]) : void 0, hash: t.hash };
  });
}
function parseTomlStrict(text, what) {
  if (text.trim() === "") throw new ParseError(`empty file, expected ${what}`);
  try {
    return parse(text);
  } catch (err) {
    if (err instanceof TomlError) {
      let reason = err.message.split(`
`)[0].replace(/^Invalid TOML document: /, "");
      throw new ParseError(`not valid TOML (${what}): ${reason}`, err.line);
    }
    throw err;
  }
}
function headerLines2(text, header) {
  let lines = [], line = 1, counted = 0;
  for (let at = text.indexOf(header); at !== -1; at = text.indexOf(header, at + header.length)) {
    if (at > 0 && text[at - 1] !== `
`) continue;
    let end = at + header.length, next = text.charCodeAt(end);
    if (!(end < text.length && next !== 10 && next !== 13 && next !== 32 && next !== 9 && next !== 35)) {
      for (let nl = text.indexOf(`
`, counted); nl !== -1 && nl < at; nl = text.indexOf(`
`, nl + 1))
        line++, counted = nl + 1;
      lines.push(line);
    }
  }
  return lines;
}
function giveUp() {
  throw GIVE_UP;
}
function isTable(v) {
  return typeof v == "object" && v !== null && !Array.isArray(v);
}
function isBareKeyChar(c) {
  return c >= 97 && c <= 122 || c >= 65 && c <= 90 || c >= 48 && c <= 57 || c === 95 || c === 45;
}
function indexOrEnd(s, needle, from) {
  let at = s.indexOf(needle, from);
  return at === -1 ? s.length : at;
}
var EMPTY_ARRAY, ARRAY_END, Skimmed, FILE_ENTRY, GIVE_UP, SKIM, STRING_LINE, SIMPLE_VALUE, SIMPLE_PAIR, SIMPLE_TABLE, TABLE_PAIR, INTEGER, FLOAT, DATE, TIME, FastToml, init_toml = __esm({
  "src/parsers/python/toml.ts"() {
    "use strict";
    init_dist();
    init_model();
    EMPTY_ARRAY = /^\[\s*\]$/, ARRAY_END = /\s*\]$/y;
    Skimmed = class {
      constructor(raw, file, what) {
        this.raw = raw;
        this.file = file;
        this.what = what;
      }
      raw;
      file;
      what;
      /** The array itself. */
      parse() {
        try {
          return new FastToml(`x = ${this.raw}`).parse().x;
        } catch (err) {
          if (err !== GIVE_UP) throw err;
        }
        return parseTomlStrict(this.file, this.what), parse(`x = ${this.raw}`).x;
      }
    };
    FILE_ENTRY = /\s*\{\s*(url|path|filename|file) = "([^"\\\n]*)",\s*hash = "(?:sha256:([0-9a-f]{64})|([^"\\\n]*))"(?:,\s*size = \d+)?(?:,\s*upload-time = "[^"\\\n]*")?\s*\}\s*(,|\])/y;
    GIVE_UP = /* @__PURE__ */ Symbol("give up");
    SKIM = /\[(?:[^[\]"'#\\]|"[^"\\\n]*"|'[^'\n]*')*\]/y, STRING_LINE = /([A-Za-z0-9_-]+)[ \t]*=[ \t]*"([^"\\\n\r]*)"[ \t]*(?:\r?\n|$)/y, SIMPLE_VALUE = String.raw`(?:"[^"\\\n\r]*"|[1-9]\d{0,14}|0)`, SIMPLE_PAIR = String.raw`[A-Za-z0-9_-]+[ \t]*=[ \t]*` + SIMPLE_VALUE, SIMPLE_TABLE = new RegExp(
      String.raw`\{[ \t]*(` + SIMPLE_PAIR + String.raw`(?:[ \t]*,[ \t]*` + SIMPLE_PAIR + String.raw`)*)[ \t]*\}`,
      "y"
    ), TABLE_PAIR = /([A-Za-z0-9_-]+)[ \t]*=[ \t]*(?:"([^"\\\n\r]*)"|(\d+))/g, INTEGER = /^[+-]?(?:0|[1-9]\d*)$/, FLOAT = /^[+-]?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?$/, DATE = /^\d{4}-\d{2}-\d{2}(?:[Tt ]\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:[Zz]|[+-]\d{2}:\d{2})?)?$/, TIME = /^\d{2}:\d{2}:\d{2}(?:\.\d+)?$/, FastToml = class {
      constructor(s, skim) {
        this.s = s;
        this.skim = skim;
      }
      s;
      skim;
      i = 0;
      // Tables made by headers (explicitly: `defined`, which cannot be opened twice; or implicitly as a
      // header's parent: `open`) and arrays of tables. Any other table or array met on a header's path is an
      // inline value, which TOML closes. Only header-made objects are recorded: there are few of them.
      defined = /* @__PURE__ */ new Set();
      open = /* @__PURE__ */ new Set();
      tableArrays = /* @__PURE__ */ new Set();
      // Next newline / backslash at or after the scan position, cached: strings must not cross a newline and
      // are copied as they are when they hold no escape.
      nextNewline = -1;
      nextBackslash = -1;
      parse() {
        let s = this.s, root = {};
        this.open.add(root);
        let current = root, n = s.length;
        for (; ; ) {
          if (this.skipBlank(!0), this.i >= n) return root;
          if (s.charCodeAt(this.i) === 91)
            if (s.charCodeAt(this.i + 1) === 91) {
              this.i += 2;
              let path = this.keyPath(93);
              (s.charCodeAt(this.i) !== 93 || s.charCodeAt(this.i + 1) !== 93) && giveUp(), this.i += 2, current = this.arrayTable(root, path);
            } else {
              this.i++;
              let path = this.keyPath(93);
              s.charCodeAt(this.i) !== 93 && giveUp(), this.i++, current = this.table(root, path);
            }
          else {
            STRING_LINE.lastIndex = this.i;
            let m = STRING_LINE.exec(s);
            if (m !== null) {
              let key2 = m[1];
              (current[key2] !== void 0 || key2 === "__proto__") && giveUp(), current[key2] = m[2], this.i = STRING_LINE.lastIndex;
              continue;
            }
            let key = this.key();
            current[key] !== void 0 && giveUp(), current[key] = this.skim?.keys.has(key) ? this.skimmed() : this.value();
          }
          this.endOfLine();
        }
      }
      table(root, path) {
        let parent = this.walk(root, path.length - 1, path), key = path[path.length - 1], had = parent[key];
        if (had === void 0) {
          let t = {};
          return parent[key] = t, this.defined.add(t), this.open.add(t), t;
        }
        return (!isTable(had) || this.defined.has(had) || !this.open.has(had)) && giveUp(), this.defined.add(had), had;
      }
      arrayTable(root, path) {
        let parent = this.walk(root, path.length - 1, path), key = path[path.length - 1], list = parent[key];
        list === void 0 ? (list = [], parent[key] = list, this.tableArrays.add(list)) : (!Array.isArray(list) || !this.tableArrays.has(list)) && giveUp();
        let t = {};
        return this.open.add(t), list.push(t), t;
      }
      /** The table at path[0..count), creating implicit tables; the last element of an array of tables. */
      walk(root, count, path) {
        let t = root;
        for (let k = 0; k < count; k++) {
          let next = t[path[k]];
          if (next === void 0) {
            let fresh = {};
            t[path[k]] = fresh, this.open.add(fresh), next = fresh;
          } else Array.isArray(next) && ((!this.tableArrays.has(next) || next.length === 0) && giveUp(), next = next[next.length - 1]);
          (!isTable(next) || !this.open.has(next)) && giveUp(), t = next;
        }
        return t;
      }
      /**
       * The key of a key/value pair and the "=" after it; the scan is left at the value. A bare key is read
       * directly (the common case); dotted keys give up.
       */
      key() {
        let s = this.s, start = this.i, j = start;
        for (; isBareKeyChar(s.charCodeAt(j)); ) j++;
        let key;
        if (j > start)
          key = s.slice(start, j), this.i = j, this.skipSpaces();
        else {
          let path = this.keyPath(61);
          path.length !== 1 && giveUp(), key = path[0];
        }
        return (s.charCodeAt(this.i) !== 61 || key === "__proto__") && giveUp(), this.i++, this.skipSpaces(), key;
      }
      /** A dotted key up to `end` (']' or '='), spaces allowed around the dots. */
      keyPath(end) {
        let s = this.s, path = [];
        for (; ; ) {
          this.skipSpaces();
          let c = s.charCodeAt(this.i), key;
          if (c === 34) key = this.basicString();
          else if (c === 39) key = this.literalString();
          else {
            let start = this.i;
            for (; this.i < s.length && isBareKeyChar(s.charCodeAt(this.i)); ) this.i++;
            this.i === start && giveUp(), key = s.slice(start, this.i);
          }
          key === "__proto__" && giveUp(), path.push(key), this.skipSpaces();
          let d = s.charCodeAt(this.i);
          if (d === 46) {
            this.i++;
            continue;
          }
          return d !== end && giveUp(), path;
        }
      }
      /** An array of inline tables without comments, escapes or nested arrays, kept as text; else parsed. */
      skimmed() {
        if (SKIM.lastIndex = this.i, !SKIM.test(this.s)) return this.value();
        let raw = this.s.slice(this.i, SKIM.lastIndex);
        return this.i = SKIM.lastIndex, new Skimmed(raw, this.s, this.skim.what);
      }
      value() {
        let s = this.s, c = s.charCodeAt(this.i);
        if (c === 34) return this.basicString();
        if (c === 39) return this.literalString();
        if (c === 91) return this.array();
        if (c === 123) return this.inlineTable();
        if (c === 116 && s.startsWith("true", this.i))
          return this.i += 4, !0;
        if (c === 102 && s.startsWith("false", this.i))
          return this.i += 5, !1;
        let start = this.i;
        for (; this.i < s.length; ) {
          let d = s.charCodeAt(this.i);
          if (d === 32 || d === 9 || d === 10 || d === 13 || d === 44 || d === 93 || d === 125 || d === 35) break;
          this.i++;
        }
        let token = s.slice(start, this.i);
        if (INTEGER.test(token)) {
          let v = Number(token);
          return Number.isSafeInteger(v) || giveUp(), v;
        }
        return FLOAT.test(token) ? Number(token) : DATE.test(token) ? (s.charCodeAt(this.i) === 32 && /\d/.test(s[this.i + 1] ?? "") && giveUp(), token) : TIME.test(token) ? token : giveUp();
      }
      basicString() {
        let s = this.s;
        s.charCodeAt(this.i + 1) === 34 && s.charCodeAt(this.i + 2) === 34 && giveUp();
        let start = this.i + 1, close = s.indexOf('"', start);
        if (close === -1 && giveUp(), this.nextNewline < start && (this.nextNewline = indexOrEnd(s, `
`, start)), this.nextBackslash < start && (this.nextBackslash = indexOrEnd(s, "\\", start)), this.nextBackslash > close)
          return this.nextNewline < close && giveUp(), this.i = close + 1, s.slice(start, close);
        let out = "", j = start;
        for (; ; ) {
          let c = s.charCodeAt(j);
          if (c === 34) break;
          if ((c === 10 || c === 13 || j >= s.length) && giveUp(), c === 92) {
            let e = s[j + 1];
            if (e === '"' || e === "\\") out += e;
            else if (e === "n") out += `
`;
            else if (e === "t") out += "	";
            else if (e === "r") out += "\r";
            else if (e === "b") out += "\b";
            else if (e === "f") out += "\f";
            else if (e === "u" || e === "U") {
              let len = e === "u" ? 4 : 8, hex = s.slice(j + 2, j + 2 + len);
              (!/^[0-9A-Fa-f]+$/.test(hex) || hex.length !== len) && giveUp();
              let code = parseInt(hex, 16);
              (code > 1114111 || code >= 55296 && code <= 57343) && giveUp(), out += String.fromCodePoint(code), j += len;
            } else giveUp();
            j += 2;
            continue;
          }
          out += s[j], j++;
        }
        return this.i = j + 1, out;
      }
      literalString() {
        let s = this.s;
        s.charCodeAt(this.i + 1) === 39 && s.charCodeAt(this.i + 2) === 39 && giveUp();
        let start = this.i + 1, close = s.indexOf("'", start);
        return close === -1 && giveUp(), this.nextNewline < start && (this.nextNewline = indexOrEnd(s, `
`, start)), this.nextNewline < close && giveUp(), this.i = close + 1, s.slice(start, close);
      }
      array() {
        let s = this.s, list = [];
        for (this.i++; ; ) {
          if (this.skipBlank(!0), s.charCodeAt(this.i) === 93)
            return this.i++, list;
          list.push(this.value()), this.skipBlank(!0);
          let c = s.charCodeAt(this.i);
          c === 44 ? this.i++ : c !== 93 && giveUp();
        }
      }
      inlineTable() {
        let s = this.s, t = {};
        SIMPLE_TABLE.lastIndex = this.i;
        let whole = SIMPLE_TABLE.exec(s);
        if (whole !== null) {
          let body = whole[1];
          TABLE_PAIR.lastIndex = 0;
          for (let m = TABLE_PAIR.exec(body); m !== null; m = TABLE_PAIR.exec(body)) {
            let key = m[1];
            (t[key] !== void 0 || key === "__proto__") && giveUp(), t[key] = m[2] !== void 0 ? m[2] : Number(m[3]);
          }
          return this.i = SIMPLE_TABLE.lastIndex, t;
        }
        if (this.i++, this.skipSpaces(), s.charCodeAt(this.i) === 125)
          return this.i++, t;
        for (; ; ) {
          let key = this.key();
          t[key] !== void 0 && giveUp(), t[key] = this.value(), this.skipSpaces();
          let c = s.charCodeAt(this.i);
          if (this.i++, c === 125) return t;
          c !== 44 && giveUp(), this.skipSpaces(), s.charCodeAt(this.i) === 125 && giveUp();
        }
      }
      skipSpaces() {
        let s = this.s;
        for (; ; ) {
          let c = s.charCodeAt(this.i);
          if (c === 32 || c === 9) this.i++;
          else return;
        }
      }
      /** Spaces, newlines and comments. */
      skipBlank(newlines) {
        let s = this.s;
        for (; this.i < s.length; ) {
          let c = s.charCodeAt(this.i);
          if (c === 32 || c === 9) this.i++;
          else if (newlines && c === 10) this.i++;
          else if (newlines && c === 13 && s.charCodeAt(this.i + 1) === 10) this.i += 2;
          else if (c === 35) this.skipComment();
          else return;
        }
      }
      skipComment() {
        let s = this.s, nl = s.indexOf(`
`, this.i), end = nl === -1 ? s.length : nl;
        for (let j = this.i; j < end; j++) {
          let c = s.charCodeAt(j);
          (c < 32 && c !== 9 && !(c === 13 && j === end - 1) || c === 127) && giveUp();
        }
        this.i = end;
      }
      /** After a key/value pair or header: only spaces and a comment before the newline. */
      endOfLine() {
        this.skipBlank(!1);
        let s = this.s;
        if (this.i >= s.length) return;
        let c = s.charCodeAt(this.i);
        c === 10 ? this.i++ : c === 13 && s.charCodeAt(this.i + 1) === 10 ? this.i += 2 : giveUp();
      }
    };
  }
});

// src/parsers/python/pyproject.ts
var pyproject_exports = {};
__export(pyproject_exports, {
  isWorkspaceMember: () => isWorkspaceMember,
  parsePyproject: () => parsePyproject,
  parseRequirement: () => parseRequirement,
  pinnedVersion: () => pinnedVersion,
  pyprojectFrom: () => pyprojectFrom,
  readPyproject: () => readPyproject,
  safePurl: () => safePurl
});
import { posix as posix10 } from "node:path";
function parseRequirement(text) {
  let m = REQUIREMENT.exec(text);
  if (!m) return;
  let name = m[1], extras = m[2] ? m[2].split(",").map((e) => e.trim()).filter(Boolean) : [], rest = text.slice(m[0].length), marker, url;
  if (rest.startsWith("@")) {
    let m2 = /^@\s*(\S+)\s*(?:;(.*))?$/s.exec(rest);
    url = m2?.[1], url?.endsWith(";") && (url = url.slice(0, -1)), marker = m2?.[2]?.trim() || void 0, rest = "";
  } else {
    let semi = rest.indexOf(";");
    semi !== -1 && (marker = rest.slice(semi + 1).trim() || void 0, rest = rest.slice(0, semi));
  }
  let specifier = rest.trim();
  return specifier.startsWith("(") && specifier.endsWith(")") && (specifier = specifier.slice(1, -1).trim()), { name, key: normalizePythonName(name), extras, specifier, url, marker };
}
function readPyproject(files, path, issues) {
  let text = files.read(path);
  if (text !== void 0)
    try {
      return pyprojectFrom(parseTomlStrict(text.replace(/^\uFEFF/, ""), "pyproject.toml"), path, issues);
    } catch (err) {
      issues.push({
        file: path,
        line: err instanceof ParseError ? err.line : void 0,
        severity: "warning",
        message: err instanceof Error ? err.message : String(err)
      });
      return;
    }
}
function pyprojectFrom(doc, path, issues) {
  let project = isRecord(doc.project) ? doc.project : void 0, tool = isRecord(doc.tool) ? doc.tool : {}, poetry = isRecord(tool.poetry) ? tool.poetry : void 0, pdm = isRecord(tool.pdm) ? tool.pdm : void 0, uv = isRecord(tool.uv) ? tool.uv : void 0, deps = [], seen = /* @__PURE__ */ new Set(), add = (dep) => {
    let id = `${dep.key}\0${dep.group}\0${dep.declaredIn}`;
    seen.has(id) || (seen.add(id), deps.push(dep));
  }, bad = (what, value) => {
    issues.push({ file: path, severity: "warning", message: `${what}: cannot read ${JSON.stringify(value)}` });
  }, addRequirement = (text, scope, group, declaredIn) => {
    let req = typeof text == "string" ? parseRequirement(text) : void 0;
    if (!req) return bad(`${declaredIn} ${group}`, text);
    add({ ...req, scope, group, declaredIn, location: req.url ? urlLocation(req.url) : void 0 });
  }, extras = /* @__PURE__ */ new Set();
  if (project) {
    for (let r of asList(project.dependencies)) addRequirement(r, "runtime", "main", "project");
    if (isRecord(project["optional-dependencies"]))
      for (let [extra, list] of Object.entries(project["optional-dependencies"])) {
        extras.add(extra);
        for (let r of asList(list)) addRequirement(r, "optional", extra, "optional-dependencies");
      }
  }
  if (isRecord(doc["dependency-groups"])) {
    let groups = doc["dependency-groups"], expand = (group, into, stack) => {
      if (stack.includes(group)) {
        issues.push({
          file: path,
          severity: "warning",
          message: `dependency group "${into}" includes itself (${[...stack, group].join(" \u2192 ")})`
        });
        return;
      }
      for (let item of asList(groups[group]))
        isRecord(item) && typeof item["include-group"] == "string" ? item["include-group"] in groups ? expand(item["include-group"], into, [...stack, group]) : bad(`dependency group "${group}" includes an unknown group`, item["include-group"]) : addRequirement(item, "dev", into, "dependency-groups");
    };
    for (let group of Object.keys(groups)) expand(group, group, []);
  }
  if (poetry) {
    let poetryDeps = (table, scope, group, declaredIn) => {
      if (isRecord(table))
        for (let [name2, value] of Object.entries(table)) {
          if (name2.toLowerCase() === "python") continue;
          let dep = poetryDependency(name2, value, scope, group, declaredIn);
          dep ? add(dep) : bad(`[tool.poetry] dependency ${name2}`, value);
        }
    };
    if (poetryDeps(poetry.dependencies, "runtime", "main", "poetry"), poetryDeps(poetry["dev-dependencies"], "dev", "dev", "poetry-group"), isRecord(poetry.group))
      for (let [group, def] of Object.entries(poetry.group))
        isRecord(def) && poetryDeps(def.dependencies, group === "main" ? "runtime" : "dev", group, "poetry-group");
    if (isRecord(poetry.extras)) for (let extra of Object.keys(poetry.extras)) extras.add(extra);
  }
  if (pdm && isRecord(pdm["dev-dependencies"]))
    for (let [group, list] of Object.entries(pdm["dev-dependencies"]))
      for (let item of asList(list)) {
        let text = typeof item == "string" ? pdmEditable(item) : item;
        text !== void 0 && addRequirement(text, "dev", group, "pdm-dev");
      }
  let workspace;
  if (uv) {
    for (let r of asList(uv["dev-dependencies"])) addRequirement(r, "dev", "dev", "uv-dev");
    isRecord(uv.workspace) && (workspace = { members: strings(uv.workspace.members), exclude: strings(uv.workspace.exclude) });
  }
  let name = str4(project?.name) ?? str4(poetry?.name), version = str4(project?.version) ?? str4(poetry?.version), dynamic = strings(project?.dynamic);
  return {
    path,
    name,
    version,
    dependencies: deps,
    extras: [...extras],
    workspace,
    dynamicDependencies: dynamic.includes("dependencies") && !poetry
  };
}
function str4(v) {
  return typeof v == "string" && v ? v : void 0;
}
function asList(v) {
  return Array.isArray(v) ? v : [];
}
function pdmEditable(text) {
  if (!text.startsWith("-e ")) return text;
  let target = text.slice(3).trim(), egg = /#egg=([A-Za-z0-9._-]+)/.exec(target);
  if (egg) return `${egg[1]} @ ${target.replace(/#.*$/, "")}`;
  let named = /^([A-Za-z0-9._-]+)\s*@\s*(.+)$/.exec(target);
  return named ? `${named[1]} @ ${named[2]}` : void 0;
}
function urlLocation(url) {
  if (/^git\+/i.test(url)) return { kind: "git", value: url };
  if (/^file:/i.test(url)) {
    let rooted = /^file:\/\/\/?\$\{PROJECT_ROOT\}\/?(.*)$/i.exec(url);
    return { kind: "path", value: rooted ? rooted[1] || "." : url.replace(/^file:(\/\/(localhost)?)?/i, "") };
  }
  return { kind: "url", value: url };
}
function poetryDependency(name, value, scope, group, declaredIn) {
  let base = { name, key: normalizePythonName(name), group, declaredIn };
  if (typeof value == "string") return { ...base, extras: [], specifier: value.trim(), scope };
  let tables = Array.isArray(value) ? value.filter(isRecord) : isRecord(value) ? [value] : [];
  if (!tables.length) return;
  let specifiers = [], extras = /* @__PURE__ */ new Set(), markers = [], optional = !0, location;
  for (let t of tables) {
    typeof t.version == "string" && specifiers.push(t.version.trim());
    for (let e of strings(t.extras)) extras.add(e);
    typeof t.markers == "string" && markers.push(t.markers), t.optional !== !0 && (optional = !1), location || (typeof t.path == "string" ? location = { kind: "path", value: t.path } : typeof t.git == "string" ? location = { kind: "git", value: t.git, ref: str4(t.rev) ?? str4(t.tag) ?? str4(t.branch) } : typeof t.url == "string" && (location = { kind: "url", value: t.url }));
  }
  return {
    ...base,
    extras: [...extras],
    specifier: specifiers.join(" || "),
    marker: markers.length === 1 ? markers[0] : void 0,
    scope: optional && scope === "runtime" ? "optional" : scope,
    location
  };
}
function isWorkspaceMember(workspace, dir) {
  let clean = (g) => g.replace(/^\.\//, "").replace(/\/+$/, ""), members = workspace.members.map(clean);
  if (!members.length || !(0, import_picomatch4.default)(members, { dot: !0 })(dir)) return !1;
  let exclude = workspace.exclude.map(clean);
  return !(exclude.length && (0, import_picomatch4.default)(exclude, { dot: !0 })(dir));
}
function pinnedVersion(specifier, poetry) {
  let s = specifier.trim(), m = /^(===?)\s*([A-Za-z0-9_.!+-]+)$/.exec(s);
  if (m && !m[2].endsWith(".*")) return m[2];
  if (poetry && /^\d[A-Za-z0-9_.!+-]*$/.test(s) && !s.includes("*")) return s;
}
function parsePyproject(input) {
  let doc = parseTomlStrict(input.text, "pyproject.toml"), issues = [], result = {
    format: "pyproject.toml",
    projects: [],
    packages: [],
    edges: [],
    issues,
    complete: !0
  }, dir = posix10.dirname(input.path) === "." ? "" : posix10.dirname(input.path), py = pyprojectFrom(doc, input.path, issues);
  if (!isRecord(doc.project) && !(isRecord(doc.tool) && isRecord(doc.tool.poetry)) && !py.dependencies.length)
    return result;
  let owner = lockOwner(input.files, dir);
  if (owner)
    return issues.push({
      file: input.path,
      severity: "info",
      message: `locked by ${owner} (a workspace member or local project): its dependencies are read from there`
    }), result;
  let projectName = py.name ?? (posix10.basename(dir) || "root");
  result.projects.push({
    id: "",
    ecosystem: "pypi",
    name: projectName,
    version: py.version,
    purl: safePurl(projectName, py.version),
    manifest: input.path,
    dir
  });
  let byKey = /* @__PURE__ */ new Map(), edgeScope = /* @__PURE__ */ new Map(), unpinned = 0;
  for (let dep of py.dependencies) {
    if (dep.key === normalizePythonName(projectName)) continue;
    let pkg = byKey.get(dep.key);
    if (pkg)
      SCOPE_RANK[dep.scope] > SCOPE_RANK[pkg.scope] && (pkg.scope = dep.scope);
    else {
      let where = locationSource(dep, dir), version = where.source === "registry" ? pinnedVersion(dep.specifier, POETRY.has(dep.declaredIn)) : void 0;
      version === void 0 && unpinned++, pkg = {
        id: dep.key,
        ecosystem: "pypi",
        name: dep.name,
        version,
        purl: pypiPurl(dep.name, version, where.qualifiers),
        scope: dep.scope,
        hashes: [],
        resolved: where.resolved,
        source: where.source
      }, byKey.set(dep.key, pkg), result.packages.push(pkg);
    }
    let had = edgeScope.get(dep.key);
    (!had || SCOPE_RANK[dep.scope] > SCOPE_RANK[had]) && edgeScope.set(dep.key, dep.scope);
  }
  for (let [to, scope] of edgeScope) result.edges.push({ from: "", to, scope });
  return py.dynamicDependencies && (issues.push({
    file: input.path,
    severity: "info",
    message: "dependencies are dynamic (computed by the build backend): the declared list may be incomplete"
  }), result.complete = !1), result.packages.length && (result.complete = !1, issues.push({
    file: input.path,
    severity: "info",
    message: `no lockfile: ${result.packages.length} declared dependencies, ${unpinned} without an exact version; transitive dependencies are unknown`
  })), result;
}
function lockOwner(files, dir) {
  if (!dir) return;
  let parts = dir.split("/");
  for (let up = parts.length - 1; up >= 0; up--) {
    let root = parts.slice(0, up).join("/"), rel = parts.slice(up).join("/");
    for (let name of OWNER_LOCKS) {
      let lock = root ? `${root}/${name}` : name, text = files.read(lock);
      if (text === void 0) continue;
      let quoted = `["'](?:\\./)?${rel.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}/?["']`;
      if (new RegExp(`\\b(?:url|path|editable|virtual|directory)\\s*=\\s*${quoted}`).test(text)) return lock;
      if (name !== "uv.lock") continue;
      let manifest = files.read(root ? `${root}/pyproject.toml` : "pyproject.toml");
      if (manifest !== void 0)
        try {
          let py = pyprojectFrom(parseTomlStrict(manifest, "pyproject.toml"), "", []);
          if (py.workspace && isWorkspaceMember(py.workspace, rel)) return lock;
        } catch {
        }
    }
  }
}
function locationSource(dep, dir) {
  let loc = dep.location;
  if (!loc) return { source: "registry" };
  if (loc.kind === "git") {
    let url = /^git\+/.test(loc.value) ? loc.value : `git+${loc.value}`, resolved = loc.ref && !url.includes("@", url.indexOf("://") + 3) ? `${url}@${loc.ref}` : url;
    return { source: "git", resolved, qualifiers: { vcs_url: resolved } };
  }
  return loc.kind === "url" ? { source: "url", resolved: loc.value, qualifiers: { download_url: loc.value } } : { source: "path", resolved: posix10.normalize(posix10.join(dir, loc.value)).replace(/\/$/, "") };
}
function safePurl(name, version) {
  try {
    return pypiPurl(name, version);
  } catch {
    return;
  }
}
var import_picomatch4, REQUIREMENT, strings, POETRY, OWNER_LOCKS, init_pyproject = __esm({
  "src/parsers/python/pyproject.ts"() {
    "use strict";
    import_picomatch4 = __toESM(require_picomatch2(), 1);
    init_model();
    init_text();
    init_names();
    init_toml();
    REQUIREMENT = /^\s*([A-Za-z0-9](?:[A-Za-z0-9._-]*[A-Za-z0-9])?)\s*(?:\[([^\]]*)\])?\s*/;
    strings = (v) => Array.isArray(v) ? v.filter((x2) => typeof x2 == "string") : [];
    POETRY = /* @__PURE__ */ new Set(["poetry", "poetry-group"]);
    OWNER_LOCKS = ["uv.lock", "poetry.lock", "pdm.lock", "pylock.toml"];
  }
});

// src/parsers/python/lockfile.ts
import { posix as posix11 } from "node:path";
function purlOf(key, name, version, qualifiers) {
  return !qualifiers && PLAIN_NAME.test(key) && (version === void 0 || PLAIN_VERSION2.test(version)) ? version === void 0 ? `pkg:pypi/${key}` : `pkg:pypi/${key}@${version}` : pypiPurl(name, version, qualifiers);
}
function pyKey(name) {
  let key = KEYS.get(name);
  return key === void 0 && (key = normalizePythonName(name), KEYS.size < 1e5 && KEYS.set(name, key)), key;
}
function satisfies(version, specifier, poetry) {
  let spec = specifier.trim();
  if (spec === "" || spec === "*") return !0;
  if (!poetry) return satisfiesPep440(version, spec);
  let unknown = !1;
  for (let alternative of spec.split("||")) {
    let pep = poetryToPep440(alternative.trim()), ok = pep === void 0 ? void 0 : pep === "" ? !0 : satisfiesPep440(version, pep);
    if (ok === !0) return !0;
    ok === void 0 && (unknown = !0);
  }
  return unknown ? void 0 : !1;
}
function poetryToPep440(constraint) {
  let parts = constraint.split(/\s*,\s*|\s+(?=[<>=!~^])/).map((p) => p.trim()).filter(Boolean), out = [];
  for (let part of parts) {
    if (part === "*") continue;
    let m = /^(\^|~=|~|===|==|!=|<=|>=|<|>|=)?\s*v?(\d+(?:\.\d+)*)(\.\*)?([A-Za-z0-9.+-]*)$/.exec(part);
    if (!m) return;
    let [, op = "", release, star = "", tail] = m, nums = release.split(".").map(Number), version = release + star + tail;
    if (op === "^") {
      let first = nums.findIndex((n) => n !== 0), at = first === -1 ? nums.length - 1 : first, upper = nums.slice(0, at + 1);
      upper[at]++, out.push(`>=${release}${tail}`, `<${upper.join(".")}`);
    } else if (op === "~") {
      let upper = nums.length === 1 ? [nums[0] + 1] : [nums[0], nums[1] + 1];
      out.push(`>=${release}${tail}`, `<${upper.join(".")}`);
    } else op === "" || op === "=" ? out.push(`==${version}`) : out.push(`${op}${version}`);
  }
  return out.join(",");
}
function addPythonHash(hashes, value, alg) {
  if (typeof value != "string") return !1;
  if (alg === void 0 && value.length === 71 && value.startsWith("sha256:") && SHA256.test(value))
    return addSha256(hashes, value.slice(7)), !0;
  let algName = alg, hex = value;
  if (algName === void 0) {
    let colon = value.indexOf(":");
    if (colon <= 0) return !1;
    algName = value.slice(0, colon), hex = value.slice(colon + 1);
  }
  let known = HASH_ALGS[algName.toLowerCase()];
  if (!known) return /^(blake2[bs]|sha3_\d+|sha224)$/i.test(algName);
  let hash = hexHash(hex, known);
  return hash ? (hashes.some((h) => h.alg === hash.alg && h.value === hash.value) || hashes.push(hash), !0) : !1;
}
function addSha256(hashes, hex) {
  for (let i = 0; i < hashes.length; i++) if (hashes[i].value === hex) return;
  hashes.push({ alg: "SHA-256", value: hex });
}
function addFileHash(hashes, file) {
  return file.sha256 !== void 0 ? (addSha256(hashes, file.sha256), !0) : addPythonHash(hashes, file.hash);
}
function indexQualifiers(url) {
  if (!url) return;
  let clean = url.trim().replace(/\/+$/, "");
  if (!DEFAULT_INDEXES.has(clean.replace(/^http:/, "https:").toLowerCase()))
    return { repository_url: clean };
}
function gitLocation(url, commit, subdirectory) {
  let base = url.trim();
  return /^git\+/i.test(base) || (base = `git+${base}`), `${base}${commit ? `@${commit}` : ""}${subdirectory ? `#subdirectory=${subdirectory}` : ""}`;
}
function gitSource(url, commit, subdirectory) {
  let resolved = gitLocation(url, commit, subdirectory);
  return { source: "git", resolved, qualifiers: { vcs_url: resolved } };
}
function urlSource(url) {
  return { source: "url", resolved: url, qualifiers: { download_url: url } };
}
function lockPyproject(lock, dir = "") {
  return readPyproject(lock.input.files, lock.rel(dir, "pyproject.toml"), lock.issues);
}
function declaredEdges(lock, projectId, py, activations, options = {}) {
  let self = py.name ? normalizePythonName(py.name) : void 0, missing = /* @__PURE__ */ new Map();
  for (let dep of py.dependencies) {
    if (dep.key === self || options.lockedGroups && !lockedGroup(dep, options.lockedGroups)) continue;
    activations?.add(dep.key, dep.extras);
    let nodes = lock.resolve(dep.key, dep.location ? void 0 : dep.specifier, options.poetry);
    if (!nodes.length) {
      missing.has(dep.key) || missing.set(dep.key, dep);
      continue;
    }
    for (let n of nodes) lock.edge(projectId, nodeId(n), dep.scope);
  }
  for (let dep of missing.values())
    lock.issue(
      "warning",
      `${py.path} declares ${dep.name}${dep.specifier ? ` ${dep.specifier}` : ""}${dep.group !== "main" ? ` (${dep.group})` : ""}, which the lockfile does not contain`
    ), lock.complete = !1;
}
function lockedGroup(dep, groups) {
  return dep.declaredIn === "project" ? groups.has("default") : groups.has(dep.group) || groups.has(normalizePythonName(dep.group));
}
function inferredEdges(lock, projectId) {
  let reached = lock.hasIncoming();
  for (let p of lock.packages) reached.has(p.id) || lock.edge(projectId, p.id, p.scope);
  lock.issue(
    "info",
    "no pyproject.toml next to the lockfile: direct dependencies are inferred (the packages nothing else depends on)"
  );
}
var PyLock, PLAIN_NAME, PLAIN_VERSION2, KEYS, nodeId, SHA256, HASH_ALGS, DEFAULT_INDEXES, Activations, init_lockfile = __esm({
  "src/parsers/python/lockfile.ts"() {
    "use strict";
    init_model();
    init_hash();
    init_text();
    init_pep440();
    init_names();
    init_pyproject();
    init_result();
    PyLock = class extends ResultBuilder {
      /** Normalized name → packages and projects of that name. */
      byKey = /* @__PURE__ */ new Map();
      ids = /* @__PURE__ */ new Set();
      edgeMap = /* @__PURE__ */ new Map();
      issue(severity, message, line) {
        this.issues.push({ file: this.input.path, line, severity, message });
      }
      /**
       * A [[package]] table with its name and version; undefined, with the reason reported on its line and the
       * file marked incomplete, when it is not a table or lacks either.
       */
      namedEntry(value, index, line) {
        if (!isRecord(value)) {
          this.issue("error", `[[package]] entry ${index + 1} is not a table; skipped`, line), this.complete = !1;
          return;
        }
        let name = typeof value.name == "string" && value.name ? value.name : void 0, version = typeof value.version == "string" && value.version ? value.version : void 0;
        if (!name || !version) {
          this.issue(
            "error",
            `[[package]] ${name ?? `entry ${index + 1}`} has no ${name ? "version" : "name"}; skipped`,
            line
          ), this.complete = !1;
          return;
        }
        return { entry: value, name, version };
      }
      addProject(id, name, version) {
        let dir = this.rel(id), projectName = name || posix11.basename(dir) || "root", project = {
          id,
          ecosystem: "pypi",
          name: projectName,
          version: version || void 0,
          purl: safePurl(projectName, version || void 0),
          manifest: dir ? `${dir}/pyproject.toml` : "pyproject.toml",
          dir
        };
        return this.projects.push(project), this.ids.add(id), this.index(pyKey(projectName), { kind: "project", project }), project;
      }
      addPackage(init) {
        let key = pyKey(init.name), id = init.id ?? `${key}@${init.version ?? ""}`;
        for (let n = 2; this.ids.has(id); n++) id = `${init.id ?? `${key}@${init.version ?? ""}`}#${n}`;
        this.ids.add(id);
        let pkg = {
          id,
          ecosystem: "pypi",
          name: init.name,
          version: init.version,
          purl: purlOf(key, init.name, init.version, init.qualifiers),
          scope: init.scope ?? "runtime",
          hashes: init.hashes ?? [],
          resolved: init.resolved,
          source: init.source ?? "registry",
          line: init.line
        };
        return this.packages.push(pkg), this.index(key, { kind: "package", pkg }), pkg;
      }
      index(key, node) {
        let list = this.byKey.get(key);
        list ? list.push(node) : this.byKey.set(key, [node]);
      }
      /** An edge; the same pair twice keeps the stronger scope. Self-edges are dropped. */
      edge(from, to, scope) {
        if (from === to) return;
        let out = this.edgeMap.get(from);
        out || this.edgeMap.set(from, out = /* @__PURE__ */ new Map());
        let had = out.get(to);
        (had === void 0 || SCOPE_RANK[scope] > SCOPE_RANK[had]) && out.set(to, scope);
      }
      hasEdge(from, to) {
        return this.edgeMap.get(from)?.has(to) ?? !1;
      }
      hasIncoming() {
        let to = /* @__PURE__ */ new Set();
        for (let out of this.edgeMap.values()) for (let id of out.keys()) to.add(id);
        return to;
      }
      edges() {
        let edges = [];
        for (let [from, out] of this.edgeMap) for (let [to, scope] of out) edges.push({ from, to, scope });
        return edges;
      }
      result(format) {
        return {
          format,
          projects: this.projects,
          packages: this.packages,
          edges: this.edges(),
          issues: this.issues,
          complete: this.complete
        };
      }
      /**
       * The nodes a dependency on `key` with `specifier` resolves to: the only node of that name, or those whose
       * version satisfies the specifier (all of them when none does, or when it cannot be read).
       */
      resolve(key, specifier, poetry = !1) {
        let nodes = this.byKey.get(key);
        if (!nodes || nodes.length <= 1 || !specifier) return nodes ?? [];
        let fits = nodes.filter((n) => {
          let version = n.kind === "package" ? n.pkg.version : n.project.version;
          return version === void 0 || satisfies(version, specifier, poetry) !== !1;
        });
        return fits.length ? fits : nodes;
      }
    }, PLAIN_NAME = /^[a-z0-9]+(?:-[a-z0-9]+)*$/, PLAIN_VERSION2 = /^[A-Za-z0-9]+(?:\.[A-Za-z0-9]+)*$/;
    KEYS = /* @__PURE__ */ new Map();
    nodeId = (n) => n.kind === "package" ? n.pkg.id : n.project.id;
    SHA256 = /^sha256:[0-9a-f]{64}$/, HASH_ALGS = {
      md5: "MD5",
      sha1: "SHA-1",
      sha256: "SHA-256",
      sha384: "SHA-384",
      sha512: "SHA-512"
    };
    DEFAULT_INDEXES = /* @__PURE__ */ new Set([
      "https://pypi.org/simple",
      "https://pypi.python.org/simple",
      "https://pypi.org/pypi",
      "https://pypi.python.org/pypi"
    ]);
    Activations = class {
      map = /* @__PURE__ */ new Map();
      add(key, extras) {
        if (!extras.length) return;
        let set = this.map.get(key);
        set || this.map.set(key, set = /* @__PURE__ */ new Set());
        for (let e of extras) set.add(normalizePythonName(e));
      }
      has(key, extra) {
        return this.map.get(key)?.has(normalizePythonName(extra)) ?? !1;
      }
    };
  }
});

// src/parsers/python/requirements.ts
var requirements_exports = {};
__export(requirements_exports, {
  NAME_RE: () => NAME_RE,
  classifyLocation: () => classifyLocation,
  parseRequirements: () => parseRequirements,
  scopeOfRequirementsFile: () => scopeOfRequirementsFile
});
import { posix as posix12 } from "node:path";
function canonicalSpecifier(specifier) {
  if (!specifier.trim()) return "";
  let out = [];
  for (let part of specifier.split(",")) {
    let m = CLAUSE_RE.exec(part.trim());
    if (!m) return;
    out.push(m[1] + m[2]);
  }
  return out.join(",");
}
function versionFromFileName(file, name) {
  let base = decode2(file.slice(file.lastIndexOf("/") + 1)), ext = ARCHIVE_RE.exec(base);
  if (!ext) return;
  let stem = base.slice(0, ext.index);
  if (ext[1].toLowerCase() === "whl") {
    let parts = stem.split("-");
    return parts.length >= 5 ? parts[1] : void 0;
  }
  if (name) {
    let norm = normalizePythonName(name);
    for (let at = stem.indexOf("-"); at !== -1; at = stem.indexOf("-", at + 1))
      if (normalizePythonName(stem.slice(0, at)) === norm) return stem.slice(at + 1) || void 0;
    return;
  }
  let m = /-(\d[^-]*)$/.exec(stem);
  return m ? m[1] : void 0;
}
function nameFromFileName(file) {
  let base = decode2(file.slice(file.lastIndexOf("/") + 1)), ext = ARCHIVE_RE.exec(base);
  if (!ext) return;
  let stem = base.slice(0, ext.index);
  if (ext[1].toLowerCase() === "whl") return stem.split("-")[0];
  let m = /^(.+?)-\d/.exec(stem);
  return m ? m[1] : void 0;
}
function decode2(text) {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
function splitFragment(url) {
  let hash = url.indexOf("#");
  if (hash === -1) return { base: url, hashes: [] };
  let hashes = [], egg, subdirectory;
  for (let part of url.slice(hash + 1).split("&")) {
    let eq = part.indexOf("="), key = part.slice(0, eq).toLowerCase(), value = part.slice(eq + 1);
    key === "egg" ? egg = value : key === "subdirectory" ? subdirectory = value : /^(md5|sha1|sha256|sha384|sha512)$/.test(key) && addPythonHash(hashes, value, key);
  }
  return { base: url.slice(0, hash), egg, subdirectory, hashes };
}
function vcsRef(url) {
  let scheme = url.indexOf("://"), pathStart = scheme === -1 ? url.indexOf(":") + 1 : url.indexOf("/", scheme + 3), at = pathStart > 0 ? url.lastIndexOf("@") : -1;
  return at > pathStart ? url.slice(at + 1) : void 0;
}
function classifyLocation(location, dir, name) {
  let { base, subdirectory, hashes } = splitFragment(location);
  if (VCS_RE.test(base)) {
    let ref = vcsRef(base), commit = ref && COMMIT_RE.test(ref) ? ref : void 0, resolved = subdirectory ? `${base}#subdirectory=${subdirectory}` : base;
    return {
      source: "git",
      resolved,
      qualifiers: { vcs_url: resolved },
      version: commit?.toLowerCase(),
      movingRef: !commit,
      hashes
    };
  }
  if (/^file:/i.test(base)) {
    let path = decode2(base.replace(/^file:(\/\/(localhost)?)?/i, ""));
    return {
      source: "path",
      resolved: base,
      qualifiers: {},
      version: versionFromFileName(path, name),
      hashes
    };
  }
  return /^[A-Za-z][A-Za-z0-9+.-]*:\/\//.test(base) ? {
    source: "url",
    resolved: base,
    qualifiers: { download_url: base },
    version: versionFromFileName(base, name),
    hashes
  } : {
    source: "path",
    resolved: joinPath3(dir, base),
    qualifiers: {},
    version: versionFromFileName(base, name),
    hashes
  };
}
function inside(path) {
  return !path.startsWith("/") && path !== ".." && !path.startsWith("../");
}
function joinPath3(dir, path) {
  return path.startsWith("/") ? posix12.normalize(path) : posix12.normalize(posix12.join(dir, path)).replace(/^\.\/?$/, "").replace(/\/$/, "");
}
function scopeOfRequirementsFile(path) {
  let words = posix12.basename(path).replace(/\.(txt|in|pip)$/i, "").toLowerCase().split(/[-_.\s]+/), folder = posix12.basename(posix12.dirname(path)).toLowerCase();
  return words.some((w) => DEV_WORDS.has(w)) || DEV_WORDS.has(folder) ? "dev" : words.includes("optional") ? "optional" : "runtime";
}
function shellWords(text) {
  let trimmed = text.trim();
  if (!trimmed) return [];
  if (!trimmed.includes('"') && !trimmed.includes("'")) return trimmed.split(/[ \t]+/);
  let words = [], word = "", quote = "", has = !1;
  for (let c of trimmed)
    quote ? c === quote ? quote = "" : word += c : c === '"' || c === "'" ? (quote = c, has = !0) : c === " " || c === "	" ? (has && words.push(word), word = "", has = !1) : (word += c, has = !0);
  return has && words.push(word), words;
}
function commentStart(line) {
  for (let at = line.indexOf("#"); at !== -1; at = line.indexOf("#", at + 1))
    if (at === 0 || isSpace(line[at - 1])) return at;
  return -1;
}
function stripCr(line) {
  return line.endsWith("\r") ? line.slice(0, -1) : line;
}
function addVia(req, items) {
  req.via ??= [];
  for (let item of items) {
    let text = item.trim();
    text && req.via.push(text);
  }
}
function looksLikeLocation(spec) {
  if (/^[A-Za-z][A-Za-z0-9+.-]*:\/\//.test(spec) || /^file:/i.test(spec) || VCS_RE.test(spec)) return !0;
  let head = spec.split(/\s*;/)[0];
  return /^[./~]/.test(head) || head.includes("/") || head.includes("\\") || ARCHIVE_RE.test(head);
}
function readOption(words, k) {
  let word = words[k];
  if (FLAG_OPTIONS.has(word)) return { option: "flag", next: k };
  let eq = word.indexOf("=");
  if (word.startsWith("--") && eq !== -1)
    return { option: VALUE_OPTIONS[word.slice(0, eq)], value: word.slice(eq + 1), next: k };
  let option = VALUE_OPTIONS[word];
  return option ? { option, value: words[k + 1], next: k + 1 } : /^-[a-zA-Z]./.test(word) && VALUE_OPTIONS[word.slice(0, 2)] ? { option: VALUE_OPTIONS[word.slice(0, 2)], value: word.slice(2), next: k } : { next: k };
}
function reqId(req) {
  let extras = req.extras.length ? `[${[...new Set(req.extras.map(normalizePythonName))].sort().join(",")}]` : "", head = req.editable ? `-e ${req.norm}${extras}` : `${req.norm}${extras}`, body = req.where ? ` @ ${req.where.resolved || "."}` : req.specifier;
  return req.marker ? `${head}${body} ; ${req.marker}` : `${head}${body}`;
}
function parseRequirements(input) {
  let r = new RequirementsReader(input);
  r.readFile(input.path, input.text, "requirement");
  let file = posix12.basename(input.path), dir = posix12.dirname(input.path) === "." ? "" : posix12.dirname(input.path);
  if (r.understood === 0 && r.issues.some((i) => i.severity === "error" && i.file === input.path)) {
    let first = r.issues.find((i) => i.severity === "error" && i.file === input.path);
    throw new ParseError(`not a pip requirements file: ${first.message}`, first.line);
  }
  let repository = indexQualifiers(r.indexUrl), packages = [], byId = /* @__PURE__ */ new Map(), byName = /* @__PURE__ */ new Map(), unpinned = [], entries = [];
  for (let req of r.reqs) {
    if (!req.location) {
      let c = r.constraints.get(req.norm);
      if (c && !req.version) {
        let spec = req.specifier;
        !spec || satisfiesPep440(c.version, spec) !== !1 ? req.version = c.version : r.issue(
          "warning",
          req.file,
          req.line,
          `${req.name}${spec} does not allow the version ${c.version} the constraint ${c.file}:${c.line} pins`
        );
      } else c && req.version && comparePep440(c.version, req.version) !== 0 && r.issue(
        "warning",
        req.file,
        req.line,
        `${req.name}==${req.version} conflicts with the constraint ${req.name}==${c.version} (${c.file}:${c.line})`
      );
    }
    let id = reqId(req), known = byId.get(id);
    if (known) {
      for (let h of req.hashes)
        known.pkg.hashes.some((k) => k.alg === h.alg && k.value === h.value) || known.pkg.hashes.push(h);
      SCOPE_RANK[req.scope] > SCOPE_RANK[known.req.scope] && (known.req.scope = req.scope), req.via && addVia(known.req, req.via);
      continue;
    }
    let where = req.where;
    (where ? where.source !== "git" || !where.movingRef : req.version !== void 0) || unpinned.push(`${req.name}${req.specifier}`);
    let qualifiers = where ? where.qualifiers : repository, pkg = {
      id,
      ecosystem: "pypi",
      name: req.name,
      version: req.version,
      purl: pypiPurl(req.norm, req.version, qualifiers),
      scope: req.scope,
      hashes: req.hashes,
      resolved: where?.resolved,
      source: where?.source ?? "registry",
      line: req.file === input.path ? req.line : void 0
    };
    packages.push(pkg);
    let entry = { pkg, req };
    byId.set(id, entry), entries.push(entry);
    let same = byName.get(req.norm);
    same ? same.push(pkg) : byName.set(req.norm, [pkg]);
  }
  let edges = [];
  for (let { pkg, req } of entries) {
    let direct, linked = !1, project = (scope) => {
      direct = direct ? strongerScope(direct, scope) : scope;
    };
    for (let item of req.via ?? [])
      if (item.startsWith("-r ")) project(scopeOfRequirementsFile(item.slice(3).trim()));
      else {
        if (item.startsWith("-c ")) continue;
        if (item.endsWith(")") && item.includes(" ("))
          project(scopeOfRequirementsFile(item.slice(item.lastIndexOf(" (") + 2, -1)));
        else
          for (let parent of byName.get(normalizePythonName(item.replace(/\[.*$/, ""))) ?? [])
            parent !== pkg && (edges.push({ from: parent.id, to: pkg.id, scope: "runtime" }), linked = !0);
      }
    (direct || !linked) && edges.push({ from: "", to: pkg.id, scope: direct ?? req.scope });
  }
  let result = {
    format: r.reqs.some((q) => q.via) ? "pip requirements (pip-compile)" : "pip requirements",
    projects: [{ id: "", ecosystem: "pypi", name: input.path, manifest: input.path, dir }],
    packages,
    edges,
    issues: r.issues,
    complete: r.complete
  };
  if (deriveScopes(result), unpinned.length) {
    let shown = unpinned.slice(0, 5).join(", ") + (unpinned.length > 5 ? ", ..." : "");
    r.issues.push({
      file: input.path,
      severity: "info",
      message: `${file} is not a lockfile: ${unpinned.length} requirement${unpinned.length === 1 ? " is" : "s are"} not pinned (${shown})`
    }), result.complete = !1;
  }
  return result;
}
var CLAUSE_RE, NAME_RE, VCS_RE, COMMIT_RE, ARCHIVE_RE, DEV_WORDS, VALUE_OPTIONS, FLAG_OPTIONS, PER_REQUIREMENT, isSpace, VIA_RE, VIA_ITEM_RE, RequirementsReader, init_requirements = __esm({
  "src/parsers/python/requirements.ts"() {
    "use strict";
    init_model();
    init_scopes();
    init_pep440();
    init_lockfile();
    init_names();
    init_pyproject();
    CLAUSE_RE = /^(~=|===|==|!=|<=|>=|<|>)\s*([A-Za-z0-9_.*+!-]+)$/, NAME_RE = /^[A-Za-z0-9](?:[A-Za-z0-9._-]*[A-Za-z0-9])?$/;
    VCS_RE = /^(git|hg|svn|bzr)\+/i, COMMIT_RE = /^[0-9a-f]{7,40}$/i, ARCHIVE_RE = /\.(whl|tar\.gz|tgz|tar\.bz2|tbz|tar\.xz|txz|tar|zip)$/i;
    DEV_WORDS = /* @__PURE__ */ new Set([
      "dev",
      "devel",
      "develop",
      "development",
      "test",
      "tests",
      "testing",
      "lint",
      "linting",
      "linters",
      "doc",
      "docs",
      "ci",
      "typing",
      "mypy",
      "tox"
    ]);
    VALUE_OPTIONS = {
      "-r": "requirement",
      "--requirement": "requirement",
      "-c": "constraint",
      "--constraint": "constraint",
      "-e": "editable",
      "--editable": "editable",
      "-i": "index-url",
      "--index-url": "index-url",
      "--extra-index-url": "extra-index-url",
      "-f": "find-links",
      "--find-links": "find-links",
      "--trusted-host": "trusted-host",
      "--no-binary": "no-binary",
      "--only-binary": "only-binary",
      "--use-feature": "use-feature",
      "--hash": "hash",
      "--global-option": "global-option",
      "--install-option": "install-option",
      "--config-settings": "config-settings",
      "--config-setting": "config-settings"
    }, FLAG_OPTIONS = /* @__PURE__ */ new Set([
      "--no-index",
      "--prefer-binary",
      "--require-hashes",
      "--pre",
      "-Z",
      "--always-unzip"
    ]), PER_REQUIREMENT = /* @__PURE__ */ new Set(["hash", "global-option", "install-option", "config-settings"]);
    isSpace = (c) => c === " " || c === "	", VIA_RE = /^#\s*via(?:\s+(.*?))?\s*$/, VIA_ITEM_RE = /^#\s{2,}(\S.*?)\s*$/, RequirementsReader = class {
      constructor(input) {
        this.input = input;
      }
      input;
      reqs = [];
      constraints = /* @__PURE__ */ new Map();
      issues = [];
      complete = !0;
      indexUrl;
      /** Files being read (the include chain), and files read, per mode. */
      chain = [];
      done = /* @__PURE__ */ new Set();
      /** Lines of the top file that were requirements or options (to tell a requirements file from prose). */
      understood = 0;
      issue(severity, file, line, message) {
        this.issues.push({ file, line, severity, message });
      }
      error(file, line, message) {
        this.issue("error", file, line, message), this.complete = !1;
      }
      readFile(path, text, mode) {
        this.chain.push(path), this.done.add(`${mode}:${path}`);
        let top = this.chain.length === 1, scope = scopeOfRequirementsFile(path), dir = posix12.dirname(path) === "." ? "" : posix12.dirname(path), lines = text.split(`
`), last, viaBlock = !1;
        for (let i = 0; i < lines.length; ) {
          let lineNo = i + 1, line = stripCr(lines[i++]), trimmed = line.trimStart();
          if (trimmed.startsWith("#")) {
            let via = last && VIA_RE.exec(trimmed);
            if (via)
              via[1] && addVia(last, via[1].split(",")), viaBlock = !via[1];
            else if (viaBlock && last) {
              let item = VIA_ITEM_RE.exec(trimmed);
              item ? addVia(last, [item[1]]) : viaBlock = !1;
            }
            continue;
          }
          if (viaBlock = !1, !trimmed) {
            last = void 0;
            continue;
          }
          if (line.endsWith("\\")) {
            let parts = [line.slice(0, -1)];
            for (; i < lines.length && !lines[i].trimStart().startsWith("#"); ) {
              let next = stripCr(lines[i++]);
              if (!next.endsWith("\\")) {
                parts.push(next);
                break;
              }
              parts.push(next.slice(0, -1));
            }
            line = parts.join("");
          }
          let hash = commentStart(line), comment = hash === -1 ? "" : line.slice(hash), content = (hash === -1 ? line : line.slice(0, hash)).trim();
          if (!content) continue;
          (content.startsWith("-") ? this.readOptions(path, dir, lineNo, content, mode, scope) : this.readRequirementLine(path, dir, lineNo, content, mode, scope)) && top && this.understood++;
          let added = this.reqs[this.reqs.length - 1];
          last = added && added.file === path && added.line === lineNo ? added : void 0;
          let inline = last && VIA_RE.exec(comment);
          inline && inline[1] && addVia(last, inline[1].split(","));
        }
        this.chain.pop();
      }
      /** A line that starts with a requirement; pip's per-requirement options (--hash) may follow it. */
      readRequirementLine(file, dir, line, content, mode, scope) {
        let cut = content.indexOf(" -"), spec = cut === -1 ? content : content.slice(0, cut).trim(), req = this.requirement(file, dir, line, spec, !1, scope);
        return !req || cut !== -1 && !this.perRequirementOptions(file, line, shellWords(content.slice(cut)), req) ? !1 : (this.add(req, mode), !0);
      }
      /** A line of options: -r, -c, -e, index options and the like. */
      readOptions(file, dir, line, content, mode, scope) {
        let words = shellWords(content), current, ok = !0;
        for (let k = 0; k < words.length; k++) {
          let { option, value, next } = readOption(words, k);
          if (!option)
            return this.error(file, line, `unknown option ${words[k]}; line skipped`), !1;
          if (option !== "flag") {
            if (value === void 0)
              return this.error(file, line, `${words[k]} needs a value; line skipped`), !1;
            switch (k = next, option) {
              case "requirement":
              case "constraint":
                this.include(
                  file,
                  dir,
                  line,
                  value,
                  option === "constraint" || mode === "constraint" ? "constraint" : "requirement"
                );
                break;
              case "editable": {
                current && this.add(current, mode), current = this.requirement(file, dir, line, value, !0, scope), current || (ok = !1);
                break;
              }
              case "index-url":
                this.indexUrl = value;
                break;
              case "extra-index-url":
              case "find-links":
              case "trusted-host":
              case "no-binary":
              case "only-binary":
              case "use-feature":
                break;
              default:
                if (!PER_REQUIREMENT.has(option)) break;
                if (!current)
                  return this.error(file, line, `--${option} must follow a requirement; line skipped`), !1;
                if (!this.perRequirementOptions(file, line, [`--${option}=${value}`], current)) return !1;
            }
          }
        }
        return current && this.add(current, mode), ok;
      }
      /** --hash and the other options pip allows after a requirement. */
      perRequirementOptions(file, line, words, req) {
        for (let k = 0; k < words.length; k++) {
          if (words[k].startsWith("--hash=")) {
            let value2 = words[k].slice(7);
            addPythonHash(req.hashes, value2) || this.issue("warning", file, line, `${req.name}: unreadable hash ${value2}`);
            continue;
          }
          let { option, value, next } = readOption(words, k);
          if (!option || option === "flag" || !PER_REQUIREMENT.has(option))
            return this.error(file, line, `${words[k]} is not an option a requirement can have; ${req.name} skipped`), !1;
          if (value === void 0)
            return this.error(file, line, `${words[k]} needs a value; ${req.name} skipped`), !1;
          k = next, option === "hash" && (addPythonHash(req.hashes, value) || this.issue("warning", file, line, `${req.name}: unreadable hash ${value}`));
        }
        return !0;
      }
      /** A requirement: PEP 508, or pip's bare URL / path forms (`git+https://...#egg=name`, `./pkg`). */
      requirement(file, dir, line, spec, editable, scope) {
        let base = { file, line, editable, hashes: [], scope }, named = /^[A-Za-z0-9][A-Za-z0-9._-]*\s*(\[[^\]]*\])?\s*@/.test(spec);
        if (named || !editable && !looksLikeLocation(spec)) {
          let p = parseRequirement(spec), specifier = p && !p.url ? canonicalSpecifier(p.specifier) : "", badExtra = p?.extras.find((e) => !NAME_RE.test(e)), bad = p ? named && !p.url ? 'no URL after "@"' : specifier === void 0 ? `cannot read the version specifier "${p.specifier}"` : badExtra !== void 0 ? `invalid extra "${badExtra}"` : void 0 : "no package name";
          if (!p || bad || specifier === void 0) {
            this.error(file, line, `cannot read requirement "${spec}": ${bad}; skipped`);
            return;
          }
          let req = { ...base, name: p.name, norm: p.key, extras: p.extras, specifier, marker: p.marker };
          return p.url ? (req.location = p.url, req.where = classifyLocation(p.url, dir, p.name), req.version = req.where.version, req.hashes.push(...req.where.hashes), req) : (req.version = pinnedVersion(specifier, !1), req);
        }
        let isUrl = /^[A-Za-z][A-Za-z0-9+.-]*:/.test(spec) && !/^[A-Za-z]:[\\/]/.test(spec), sep2 = isUrl ? spec.indexOf("; ") : spec.indexOf(";"), location = (sep2 === -1 ? spec : spec.slice(0, sep2)).trim(), marker = sep2 === -1 ? void 0 : spec.slice(sep2 + 1).trim() || void 0, extras = [], ex = isUrl ? null : /^(.+)\[([^\]]*)\]$/.exec(location);
        ex && (location = ex[1], extras = ex[2].split(",").map((e) => e.trim()).filter(Boolean));
        let frag = splitFragment(location), name = frag.egg?.replace(/\[.*$/, ""), where = classifyLocation(location, dir, name), version = where.version;
        if (where.source === "path" && !/^file:/i.test(frag.base) && !ARCHIVE_RE.test(frag.base) && inside(where.resolved)) {
          let at = where.resolved ? `${where.resolved}/pyproject.toml` : "pyproject.toml", py = readPyproject(this.input.files, at, this.issues);
          name ??= py?.name, version ??= py?.version, !name && where.resolved && (name = posix12.basename(where.resolved));
        }
        if (name ??= nameFromFileName(frag.base), !name || !NAME_RE.test(name)) {
          this.error(
            file,
            line,
            `cannot tell the package name of "${spec}" (add #egg=name or write "name @ ${location}"); skipped`
          );
          return;
        }
        version ??= versionFromFileName(frag.base, name);
        let norm = normalizePythonName(name);
        return {
          ...base,
          name,
          norm,
          extras,
          specifier: "",
          marker,
          location,
          where,
          version,
          hashes: [...where.hashes]
        };
      }
      add(req, mode) {
        if (mode === "requirement") {
          this.reqs.push(req);
          return;
        }
        if (req.version && !req.location) {
          let known = this.constraints.get(req.norm);
          known && comparePep440(known.version, req.version) !== 0 ? this.issue(
            "warning",
            req.file,
            req.line,
            `constraint ${req.name}==${req.version} conflicts with ${req.name}==${known.version} (${known.file}:${known.line})`
          ) : known || this.constraints.set(req.norm, { version: req.version, file: req.file, line: req.line });
        }
      }
      /** -r / -c: another file, relative to the including one, read through input.files with cycle detection. */
      include(file, dir, line, target, mode) {
        let flag = mode === "constraint" ? "-c" : "-r";
        if (/^[A-Za-z][A-Za-z0-9+.-]*:\/\//.test(target)) {
          this.issue("warning", file, line, `${flag} ${target}: remote files are not fetched`), this.complete = !1;
          return;
        }
        let path = joinPath3(dir, target);
        if (target.startsWith("/") || !inside(path)) {
          this.issue("warning", file, line, `${flag} ${target}: outside the scanned folder; not read`), this.complete = !1;
          return;
        }
        if (this.chain.includes(path)) {
          this.issue(
            "warning",
            file,
            line,
            `${flag} ${target}: include cycle (${[...this.chain, path].join(" -> ")}); not read again`
          );
          return;
        }
        if (this.done.has(`${mode}:${path}`)) return;
        let text = this.input.files.read(path);
        if (text === void 0) {
          this.issue("warning", file, line, `${flag} ${target}: ${path} not found`), this.complete = !1;
          return;
        }
        this.readFile(path, text.replace(/^\uFEFF/, ""), mode);
      }
    };
  }
});

// src/parsers/python/pipfile-lock.ts
var pipfile_lock_exports = {};
__export(pipfile_lock_exports, {
  parsePipfileLock: () => parsePipfileLock,
  pipfileHash: () => pipfileHash
});
import { createHash } from "node:crypto";
import { posix as posix13 } from "node:path";
function mergeHash(hashes, hash) {
  hashes.some((h) => h.alg === hash.alg && h.value === hash.value) || hashes.push(hash);
}
function pythonJson(value) {
  if (value === null) return "null";
  if (typeof value == "boolean") return String(value);
  if (typeof value == "number") return Number.isInteger(value) ? String(value) : void 0;
  if (typeof value == "string")
    return JSON.stringify(value).replace(
      /[\u007f-\uffff]/g,
      (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`
    );
  if (Array.isArray(value)) {
    let parts = value.map(pythonJson);
    return parts.includes(void 0) ? void 0 : `[${parts.join(",")}]`;
  }
  if (isRecord(value) && !(value instanceof Date)) {
    let parts = [];
    for (let key of Object.keys(value).sort()) {
      let v = pythonJson(value[key]);
      if (v === void 0) return;
      parts.push(`${pythonJson(key)}:${v}`);
    }
    return `{${parts.join(",")}}`;
  }
}
function pipfileHash(pipfile) {
  if (!Array.isArray(pipfile.source)) return;
  let data = {
    _meta: { sources: pipfile.source, requires: pipfile.requires ?? {} },
    default: pipfile.packages ?? {},
    develop: pipfile["dev-packages"] ?? {}
  };
  for (let [key, value] of Object.entries(pipfile))
    !(key in PIPFILE_SECTIONS) && !NOT_PACKAGES.has(key) && key !== "default" && key !== "develop" && (data[key] = value);
  let text = pythonJson(data);
  return text === void 0 ? void 0 : createHash("sha256").update(text, "utf8").digest("hex");
}
function parsePipfileLock(input) {
  let lock = parseJson(input.text, "JSON");
  if (!isRecord(lock)) throw new ParseError("not a Pipfile.lock: the top level is not a JSON object", 1);
  let lines = new Lines(input.text), lineOfKey = (key, from = 0) => {
    let at = lines.key(key, from);
    return at === -1 ? void 0 : lines.at(at);
  }, meta = isRecord(lock._meta) ? lock._meta : void 0;
  if (!meta && !isRecord(lock.default) && !isRecord(lock.develop))
    throw new ParseError('not a Pipfile.lock: no "_meta", "default" or "develop"', 1);
  let spec = meta?.["pipfile-spec"];
  if (spec !== void 0 && !(typeof spec == "number" && Number.isInteger(spec) && spec >= 1 && spec <= 6))
    throw new ParseError(
      `unknown pipfile-spec ${JSON.stringify(spec)}: lockgraph reads Pipfile.lock up to pipfile-spec 6`,
      lineOfKey("pipfile-spec")
    );
  let file = input.path, dir = posix13.dirname(file) === "." ? "" : posix13.dirname(file), manifest = dir ? `${dir}/Pipfile` : "Pipfile", issues = [], complete = !0, issue = (severity, message, line, where = file) => {
    issues.push({ file: where, line, severity, message });
  };
  meta ? spec === void 0 && issue("warning", 'no "pipfile-spec" in "_meta": read as pipfile-spec 6') : issue("warning", 'no "_meta" section: index URLs and the Pipfile hash are unknown');
  let sources = /* @__PURE__ */ new Map(), defaultIndex;
  for (let s of Array.isArray(meta?.sources) ? meta.sources : [])
    !isRecord(s) || typeof s.url != "string" || (defaultIndex ??= s.url, typeof s.name == "string" && sources.set(s.name, s.url));
  let sections = [];
  for (let [key, value] of Object.entries(lock))
    if (key !== "_meta") {
      if (!isRecord(value)) {
        issue("error", `section "${key}" is not an object; skipped`, lineOfKey(key)), complete = !1;
        continue;
      }
      sections.push([key, key === "default" ? "runtime" : "dev"]);
    }
  sections.sort((a, b) => a[0] === "default" ? -1 : b[0] === "default" ? 1 : 0);
  let packages = [], byName = /* @__PURE__ */ new Map(), byPurl = /* @__PURE__ */ new Map(), inSection = /* @__PURE__ */ new Map(), unpinned = [];
  for (let [section, scope] of sections) {
    let entries = lock[section], here = /* @__PURE__ */ new Map();
    inSection.set(section, here);
    let cursor = Math.max(0, lines.key(section, 0));
    for (let [key, value] of Object.entries(entries)) {
      let at = lines.key(key, cursor);
      at !== -1 && (cursor = at + key.length);
      let line = at === -1 ? void 0 : lines.at(at);
      if (!isRecord(value)) {
        issue("error", `${section} entry "${key}" is not an object; skipped`, line), complete = !1;
        continue;
      }
      if (!NAME_RE.test(key)) {
        issue("error", `${section} entry "${key}" is not a valid package name; skipped`, line), complete = !1;
        continue;
      }
      let norm = normalizePythonName(key), hashes = [];
      for (let h of Array.isArray(value.hashes) ? value.hashes : [])
        addPythonHash(hashes, h) || issue("warning", `${key}: unreadable hash ${JSON.stringify(h)}`, line);
      let version = typeof value.version == "string" ? value.version.replace(/^===?\s*/, "") : void 0;
      version !== void 0 && !/^===?/.test(value.version) && (issue("warning", `${key}: version "${value.version}" is not a pin (==)`, line), version = void 0);
      let where, vcs = VCS_KEYS.find((k) => typeof value[k] == "string");
      if (vcs) {
        let url = value[vcs].trim(), ref = typeof value.ref == "string" && value.ref ? value.ref : void 0, sub = typeof value.subdirectory == "string" && value.subdirectory ? value.subdirectory : void 0, location = vcs === "git" ? gitLocation(url, ref, sub) : `${/^[a-z]+\+/i.test(url) ? url : `${vcs}+${url}`}${ref ? `@${ref}` : ""}${sub ? `#subdirectory=${sub}` : ""}`;
        where = classifyLocation(location, dir, key);
      } else typeof value.path == "string" ? where = classifyLocation(value.path, dir, key) : typeof value.file == "string" && (where = classifyLocation(value.file, dir, key));
      version ??= where?.version, (where ? where.source === "git" && where.movingRef : version === void 0) && (unpinned.push(key), where ? issue("warning", `${key}: ${vcs} reference "${value.ref ?? ""}" is not a commit`, line) : value.version === void 0 && issue("warning", `${key} has no version`, line));
      let index = typeof value.index == "string" ? sources.get(value.index) ?? defaultIndex : defaultIndex, qualifiers = where ? where.qualifiers : indexQualifiers(index), purl = pypiPurl(norm, version, qualifiers);
      for (let h of where?.hashes ?? []) mergeHash(hashes, h);
      let same = byPurl.get(purl);
      if (same) {
        for (let h of hashes) mergeHash(same.hashes, h);
        here.set(norm, same);
        continue;
      }
      let pkg = {
        id: byName.has(norm) ? `${section}:${norm}` : norm,
        ecosystem: "pypi",
        name: key,
        version,
        purl,
        scope,
        hashes,
        resolved: where?.resolved,
        source: where?.source ?? "registry",
        line
      };
      packages.push(pkg), here.set(norm, pkg), byPurl.set(purl, pkg), byName.has(norm) || byName.set(norm, pkg);
    }
  }
  let edges = [], pipfile = readPipfile(input, manifest, issues);
  if (pipfile) {
    let expected = pipfileHash(pipfile), recorded = isRecord(meta?.hash) ? meta.hash.sha256 : void 0;
    expected && typeof recorded == "string" && recorded.toLowerCase() !== expected && issue(
      "warning",
      `out of date: its _meta.hash does not match ${posix13.basename(manifest)} (pipenv would lock again)`,
      lineOfKey("sha256")
    );
    let direct = /* @__PURE__ */ new Map();
    for (let [table, value] of Object.entries(pipfile)) {
      if (NOT_PACKAGES.has(table) || !isRecord(value)) continue;
      let section = PIPFILE_SECTIONS[table] ?? table, scope = section === "default" ? "runtime" : "dev";
      for (let name of Object.keys(value)) {
        let norm = normalizePythonName(name), pkg = inSection.get(section)?.get(norm) ?? byName.get(norm);
        if (pkg) {
          let had = direct.get(pkg.id);
          direct.set(pkg.id, had ? strongerScope(had, scope) : scope);
        } else
          issue(
            "warning",
            `${posix13.basename(manifest)} [${table}] declares ${name}, which Pipfile.lock does not contain`
          ), complete = !1;
      }
    }
    for (let [to, scope] of direct) edges.push({ from: "", to, scope });
    let rest = packages.length - direct.size;
    rest > 0 && (issue(
      "info",
      `Pipfile.lock records no dependency relations: what depends on the ${rest} locked package${rest === 1 ? "" : "s"} ${posix13.basename(manifest)} does not declare is unknown`
    ), complete = !1);
  } else {
    for (let pkg of packages) edges.push({ from: "", to: pkg.id, scope: pkg.scope });
    packages.length && issue("info", "no Pipfile next to Pipfile.lock: every locked package is taken as a direct dependency");
  }
  return unpinned.length && (complete = !1), {
    format: `Pipfile.lock v${typeof spec == "number" ? spec : 6}`,
    projects: [{ id: "", ecosystem: "pypi", name: posix13.basename(dir) || "root", manifest, dir }],
    packages,
    edges,
    issues,
    complete
  };
}
function readPipfile(input, path, issues) {
  let text = input.files.read(path);
  if (text !== void 0)
    try {
      return parse(text.replace(/^\uFEFF/, ""));
    } catch (err) {
      let line = err instanceof TomlError ? err.line : void 0, message = err instanceof Error ? err.message.split(`
`)[0] : String(err);
      issues.push({
        file: path,
        line,
        severity: "warning",
        message: `${message}; direct dependencies of Pipfile.lock taken from the lockfile instead`
      });
      return;
    }
}
var PIPFILE_SECTIONS, NOT_PACKAGES, VCS_KEYS, Lines, init_pipfile_lock = __esm({
  "src/parsers/python/pipfile-lock.ts"() {
    "use strict";
    init_dist();
    init_model();
    init_text();
    init_lockfile();
    init_names();
    init_requirements();
    PIPFILE_SECTIONS = { packages: "default", "dev-packages": "develop" }, NOT_PACKAGES = /* @__PURE__ */ new Set(["source", "requires", "scripts", "pipenv"]), VCS_KEYS = ["git", "hg", "svn", "bzr"], Lines = class {
      constructor(text) {
        this.text = text;
        for (let i = text.indexOf(`
`); i !== -1; i = text.indexOf(`
`, i + 1)) this.starts.push(i + 1);
      }
      text;
      starts = [0];
      at(offset) {
        let lo = 0, hi = this.starts.length - 1;
        for (; lo < hi; ) {
          let mid = lo + hi + 1 >> 1;
          this.starts[mid] <= offset ? lo = mid : hi = mid - 1;
        }
        return lo + 1;
      }
      /** Offset of the object key `key` (a quoted string followed by ":") at or after `from`; -1 if absent. */
      key(key, from) {
        let needle = JSON.stringify(key);
        for (let at = this.text.indexOf(needle, from); at !== -1; at = this.text.indexOf(needle, at + 1)) {
          let i = at + needle.length;
          for (; i < this.text.length && ` 	\r
`.includes(this.text[i]); ) i++;
          if (this.text[i] === ":") return at;
        }
        return -1;
      }
    };
  }
});

// src/parsers/python/poetry-lock.ts
var poetry_lock_exports = {};
__export(poetry_lock_exports, {
  parsePoetryLock: () => parsePoetryLock
});
import { posix as posix14 } from "node:path";
function readDependencies(value) {
  if (!isRecord(value)) return [];
  let deps = [];
  for (let [name, spec] of Object.entries(value)) {
    let key = pyKey(name);
    if (typeof spec == "string") {
      deps.push({ key, name, specifier: spec, optional: !1, extras: [], conditional: !1 });
      continue;
    }
    let tables = Array.isArray(spec) ? spec.filter(isRecord) : isRecord(spec) ? [spec] : [];
    if (!tables.length) continue;
    let extras = /* @__PURE__ */ new Set();
    for (let t of tables)
      if (Array.isArray(t.extras)) for (let e of t.extras) typeof e == "string" && extras.add(e);
    deps.push({
      key,
      name,
      specifier: tables.map((t) => typeof t.version == "string" ? t.version : "*").filter((v) => v !== "*").join(" || "),
      optional: tables.every((t) => t.optional === !0),
      extras: [...extras],
      conditional: tables.some((t) => typeof t.markers == "string" || typeof t.python == "string")
    });
  }
  return deps;
}
function fileOfVersion(file, version) {
  return file.includes(`-${version}-`) || file.includes(`-${version}.`);
}
function parsePoetryLock(input) {
  let doc = parseToml(input.text, "poetry.lock", SKIM2), metadata = isRecord(doc.metadata) ? doc.metadata : void 0;
  if (!metadata && doc.package === void 0)
    throw new ParseError("not a poetry.lock: no [[package]] and no [metadata]", 1);
  let raw = metadata?.["lock-version"], lockVersion2 = typeof raw == "string" ? raw : void 0, major = lockVersion2 === void 0 ? 0 : Number(/^(\d+)\.\d+$/.exec(lockVersion2)?.[1] ?? NaN);
  if (raw !== void 0 && major !== 1 && major !== 2)
    throw new ParseError(
      `unknown poetry.lock lock-version ${JSON.stringify(raw)}: lockgraph reads 1.x and 2.x (and files of Poetry before 1.0, which have none)`,
      lineOf(input.text, "lock-version")
    );
  if (doc.package !== void 0 && !Array.isArray(doc.package))
    throw new ParseError('"package" is not an array of tables', lineOf(input.text, "package"));
  let entries = doc.package ?? [], lock = new PyLock(input), lines = headerLines2(input.text, "[[package]]"), format = lockVersion2 === void 0 ? "poetry.lock (Poetry < 1.0)" : `poetry.lock v${lockVersion2}`, sharedFiles = /* @__PURE__ */ new Map();
  for (let table of [metadata?.files, metadata?.hashes])
    if (isRecord(table))
      for (let [name, list] of Object.entries(table))
        Array.isArray(list) && sharedFiles.set(pyKey(name), list);
  let nameCount = /* @__PURE__ */ new Map();
  for (let e of entries)
    if (isRecord(e) && typeof e.name == "string") {
      let key = pyKey(e.name);
      nameCount.set(key, (nameCount.get(key) ?? 0) + 1);
    }
  let py = lockPyproject(lock);
  lock.addProject("", py?.name, py?.version);
  let scopesRecorded = !1, recorded = [], activations = new Activations();
  entries.forEach((raw2, index) => {
    let line = lines[index], named = lock.namedEntry(raw2, index, line);
    if (!named) return;
    let { entry: value, name, version } = named, key = pyKey(name), deps = readDependencies(value.dependencies);
    for (let d of deps) activations.add(d.key, d.extras);
    let source = isRecord(value.source) ? value.source : void 0, sourceType = typeof source?.type == "string" ? source.type : void 0, sourceUrl = typeof source?.url == "string" ? source.url : void 0;
    if (sourceType === "directory" && value.develop === !0 && sourceUrl !== void 0) {
      let id = localId(sourceUrl);
      if (id !== "") {
        lock.addProject(id, name, version), recorded.push({ id, entry: value, deps, line });
        return;
      }
    }
    let scope;
    Array.isArray(value.groups) ? (scopesRecorded = !0, scope = value.groups.includes("main") ? "runtime" : "dev") : typeof value.category == "string" && (scopesRecorded = !0, scope = value.category === "dev" ? "dev" : "runtime"), scope === "runtime" && value.optional === !0 && (scope = "optional");
    let hashes = [], invalid = 0, shared = value.files === void 0 ? sharedFiles.get(key) : void 0;
    if (shared && shared.some((f) => typeof f == "string"))
      for (let f of shared) addPythonHash(hashes, f, "sha256") || invalid++;
    else {
      let several = (nameCount.get(key) ?? 0) > 1, files = distributionFiles(shared ?? value.files);
      files.sort((a, b) => Number(isSdist(b)) - Number(isSdist(a)));
      for (let f of files)
        several && f.location !== void 0 && !fileOfVersion(f.location, version) || addFileHash(hashes, f) || invalid++;
    }
    invalid && lock.issue("warning", `${name} ${version}: ${invalid} unreadable file hash(es)`, line);
    let where = {};
    if (sourceType === "git" && sourceUrl) {
      let commit = typeof source?.resolved_reference == "string" ? source.resolved_reference : typeof source?.reference == "string" ? source.reference : void 0;
      where = gitSource(
        sourceUrl,
        commit,
        typeof source?.subdirectory == "string" ? source.subdirectory : void 0
      );
    } else sourceType === "url" && sourceUrl ? where = urlSource(sourceUrl) : (sourceType === "file" || sourceType === "directory") && sourceUrl ? where = { source: "path", resolved: /^\//.test(sourceUrl) ? sourceUrl : lock.rel(sourceUrl) } : sourceType && sourceUrl && (where = { source: "registry", qualifiers: indexQualifiers(sourceUrl) });
    let pkg = lock.addPackage({ name, version, scope, hashes, line, ...where });
    recorded.push({ id: pkg.id, entry: value, deps, line });
  });
  for (let { id, entry, deps, line } of recorded) {
    let extras = isRecord(entry.extras) ? entry.extras : {}, ownKey = pyKey(String(entry.name));
    for (let d of deps) {
      let nodes = lock.resolve(d.key, d.specifier, !0);
      if (!nodes.length) {
        !d.optional && !d.conditional && (lock.issue(
          "warning",
          `${String(entry.name)} ${String(entry.version)} depends on ${d.name}, which the lockfile does not contain`,
          line
        ), lock.complete = !1);
        continue;
      }
      let scope = "runtime";
      d.optional && (scope = Object.entries(extras).some(
        ([extra, reqs]) => activations.has(ownKey, extra) && Array.isArray(reqs) && reqs.some((r) => typeof r == "string" && parseRequirement(r)?.key === d.key)
      ) ? "runtime" : "optional");
      for (let n of nodes) lock.edge(id, nodeId(n), scope);
    }
  }
  py ? declaredEdges(lock, "", py, activations, { poetry: !0 }) : inferredEdges(lock, "");
  let result = lock.result(format);
  return scopesRecorded || deriveScopes(result), result;
}
function localId(path) {
  return posix14.normalize(path).replace(/^\.\/?$/, "").replace(/\/$/, "");
}
function isSdist(f) {
  return f.location !== void 0 && SDIST.test(f.location);
}
var SKIM2, SDIST, init_poetry_lock = __esm({
  "src/parsers/python/poetry-lock.ts"() {
    "use strict";
    init_scopes();
    init_model();
    init_text();
    init_lockfile();
    init_pyproject();
    init_toml();
    SKIM2 = /* @__PURE__ */ new Set(["files"]);
    SDIST = /\.(tar\.gz|tar\.bz2|tar\.xz|zip|tgz)$/i;
  }
});

// src/parsers/python/uv-lock.ts
var uv_lock_exports = {};
__export(uv_lock_exports, {
  parseUvLock: () => parseUvLock
});
import { posix as posix15 } from "node:path";
function sourceKey2(source) {
  return isRecord(source) ? Object.keys(source).sort().map((k) => `${k}=${String(source[k])}`).join("&") : "";
}
function parseGitSource(value) {
  let hash = value.indexOf("#"), commit = hash === -1 ? void 0 : value.slice(hash + 1) || void 0, noHash = hash === -1 ? value : value.slice(0, hash), q = noHash.indexOf("?"), url = q === -1 ? noHash : noHash.slice(0, q), subdirectory = q === -1 ? void 0 : new URLSearchParams(noHash.slice(q + 1)).get("subdirectory") ?? void 0;
  return { url, commit, subdirectory };
}
function localId2(path) {
  return posix15.normalize(path).replace(/^\.\/?$/, "").replace(/\/$/, "");
}
function parseUvLock(input) {
  let doc = parseToml(input.text, "uv.lock", SKIM3), version = doc.version;
  if (version === void 0) throw new ParseError("not a uv.lock: no version", 1);
  if (version !== 1)
    throw new ParseError(
      `unknown uv.lock version ${JSON.stringify(version)}: lockgraph reads version 1`,
      lineOf(input.text, "version")
    );
  let table = doc.package === void 0 && doc.distribution !== void 0 ? "distribution" : "package";
  if (doc[table] !== void 0 && !Array.isArray(doc[table]))
    throw new ParseError(`"${table}" is not an array of tables`, lineOf(input.text, table));
  let entries = doc[table] ?? [], revision = typeof doc.revision == "number" ? doc.revision : void 0, format = `uv.lock v1${revision !== void 0 ? ` (revision ${revision})` : ""}`, lock = new PyLock(input), lines = headerLines2(input.text, `[[${table}]]`), sources = /* @__PURE__ */ new Map(), recorded = [], activations = new Activations(), order = [];
  for (let rank = 0; rank <= 2; rank++)
    for (let index = 0; index < entries.length; index++)
      projectRank(entries[index]) === rank && order.push(index);
  for (let index of order) {
    let value = entries[index], line = lines[index];
    if (!isRecord(value)) {
      lock.issue("error", `[[${table}]] entry ${index + 1} is not a table; skipped`, line), lock.complete = !1;
      continue;
    }
    let name = typeof value.name == "string" && value.name ? value.name : void 0;
    if (!name) {
      lock.issue("error", `[[${table}]] entry ${index + 1} has no name; skipped`, line), lock.complete = !1;
      continue;
    }
    let pkgVersion = typeof value.version == "string" && value.version ? value.version : void 0, source = isRecord(value.source) ? value.source : {};
    collectActivations(activations, value);
    let local = typeof source.editable == "string" ? source.editable : typeof source.virtual == "string" ? source.virtual : void 0;
    if (local !== void 0) {
      let id = localId2(local);
      if (id === "" && lock.projects.some((p) => p.id === "")) {
        lock.issue("warning", `a second package at the lockfile's own folder (${name}); skipped`, line);
        continue;
      }
      let project = lock.addProject(id, name, pkgVersion);
      sources.set(project.id, value.source), recorded.push({ id: project.id, entry: value, line, isProject: !0 });
      continue;
    }
    let where;
    if (typeof source.registry == "string")
      where = { source: "registry", qualifiers: indexQualifiers(source.registry) };
    else if (typeof source.git == "string") {
      let git = parseGitSource(source.git);
      where = gitSource(git.url, git.commit, git.subdirectory);
    } else if (typeof source.url == "string") where = urlSource(source.url);
    else if (typeof source.path == "string" || typeof source.directory == "string") {
      let path = String(source.path ?? source.directory);
      where = { source: "path", resolved: path.startsWith("/") ? path : lock.rel(path) };
    } else
      lock.issue(
        "warning",
        `${name}: unknown source ${JSON.stringify(value.source ?? null)}; read as a registry package`,
        line
      ), where = { source: "registry" };
    let hashes = [], invalid = 0, sdist = isRecord(value.sdist) ? value.sdist : void 0;
    sdist?.hash !== void 0 && !addPythonHash(hashes, sdist.hash) && invalid++;
    let wheels = distributionFiles(value.wheels);
    for (let w of wheels) w.hash !== void 0 && !addFileHash(hashes, w) && invalid++;
    invalid && lock.issue("warning", `${name} ${pkgVersion ?? ""}: ${invalid} unreadable file hash(es)`, line), where.source === "registry" && (where.resolved = typeof sdist?.url == "string" ? sdist.url : wheels.find((w) => w.kind === "url")?.location), pkgVersion === void 0 && (lock.issue("info", `${name} has no version in the lockfile (${where.source} source)`, line), lock.complete = !1);
    let pkg = lock.addPackage({ name, version: pkgVersion, hashes, line, ...where });
    sources.set(pkg.id, value.source), recorded.push({ id: pkg.id, entry: value, line, isProject: !1 });
  }
  if (!lock.projects.some((p) => p.id === "")) {
    let py = lockPyproject(lock);
    lock.addProject("", py?.name, py?.version), lock.projects.unshift(lock.projects.pop());
  }
  let target = (dep) => {
    let key = pyKey(String(dep.name)), nodes = lock.byKey.get(key) ?? [];
    if (nodes.length > 1 && typeof dep.version == "string" && (nodes = nodes.filter((n) => (n.kind === "package" ? n.pkg.version : n.project.version) === dep.version)), nodes.length > 1 && dep.source !== void 0) {
      let want = sourceKey2(dep.source);
      nodes = nodes.filter((n) => sourceKey2(sources.get(nodeId(n))) === want);
    }
    return nodes;
  }, link = (from, fromId, list, scope, what) => {
    if (Array.isArray(list))
      for (let dep of list) {
        if (!isRecord(dep) || typeof dep.name != "string") {
          lock.issue("warning", `${what}: unreadable dependency ${JSON.stringify(dep)}`, from?.line);
          continue;
        }
        let nodes = target(dep);
        if (!nodes.length) {
          lock.issue(
            "warning",
            `${what} depends on ${dep.name}, which the lockfile does not contain`,
            from?.line
          ), lock.complete = !1;
          continue;
        }
        for (let n of nodes) lock.edge(fromId, nodeId(n), scope);
      }
  };
  for (let r of recorded) {
    let e = r.entry, what = `${String(e.name)}${typeof e.version == "string" ? ` ${e.version}` : ""}`, key = pyKey(String(e.name));
    if (link(r, r.id, e.dependencies, "runtime", what), isRecord(e["optional-dependencies"]))
      for (let [extra, list] of Object.entries(e["optional-dependencies"])) {
        let scope = !r.isProject && activations.has(key, extra) ? "runtime" : "optional";
        link(r, r.id, list, scope, `${what} [${extra}]`);
      }
    if (isRecord(e["dev-dependencies"]))
      for (let [group, list] of Object.entries(e["dev-dependencies"]))
        link(r, r.id, list, "dev", `${what} (${group})`);
  }
  let manifest = isRecord(doc.manifest) ? doc.manifest : void 0;
  if (manifest) {
    if (link(void 0, "", manifest.requirements, "dev", "the workspace root"), isRecord(manifest["dependency-groups"]))
      for (let [group, list] of Object.entries(manifest["dependency-groups"]))
        link(void 0, "", list, "dev", `the workspace root (${group})`);
    if (Array.isArray(manifest.members)) {
      let known = new Set(lock.projects.map((p) => pyKey(p.name)));
      for (let m of manifest.members)
        typeof m == "string" && !known.has(pyKey(m)) && (lock.issue(
          "warning",
          `workspace member ${m} has no [[package]] entry`,
          lineOf(input.text, "members")
        ), lock.complete = !1);
    }
  }
  let result = lock.result(format);
  return deriveScopes(result), result;
}
function projectRank(value) {
  if (!isRecord(value) || !isRecord(value.source)) return 2;
  let local = value.source.editable ?? value.source.virtual;
  return typeof local != "string" ? 2 : localId2(local) === "" ? 0 : 1;
}
function collectActivations(activations, entry) {
  let lists = [entry.dependencies];
  for (let table of [entry["optional-dependencies"], entry["dev-dependencies"]])
    isRecord(table) && lists.push(...Object.values(table));
  for (let list of lists)
    if (Array.isArray(list))
      for (let dep of list)
        isRecord(dep) && typeof dep.name == "string" && Array.isArray(dep.extra) && activations.add(
          pyKey(dep.name),
          dep.extra.filter((x2) => typeof x2 == "string")
        );
}
var SKIM3, init_uv_lock = __esm({
  "src/parsers/python/uv-lock.ts"() {
    "use strict";
    init_scopes();
    init_model();
    init_text();
    init_lockfile();
    init_toml();
    SKIM3 = /* @__PURE__ */ new Set(["wheels", "requires-dist"]);
  }
});

// src/parsers/python/pdm-lock.ts
var pdm_lock_exports = {};
__export(pdm_lock_exports, {
  parsePdmLock: () => parsePdmLock
});
import { posix as posix16 } from "node:path";
function localId3(path) {
  return posix16.normalize(path.replace(/^file:\/\/\/?\$\{PROJECT_ROOT\}\/?/, "")).replace(/^\.\/?$/, "").replace(/\/$/, "");
}
function parsePdmLock(input) {
  let doc = parseToml(input.text, "pdm.lock", SKIM4), metadata = isRecord(doc.metadata) ? doc.metadata : void 0, raw = metadata?.lock_version;
  if (raw === void 0) throw new ParseError("not a pdm.lock: no [metadata] lock_version", 1);
  let lockVersion2 = String(raw);
  if (!/^4\.\d+(\.\d+)?$/.test(lockVersion2))
    throw new ParseError(
      `unknown pdm.lock lock_version ${JSON.stringify(raw)}: lockgraph reads 4.x (PDM 2)`,
      lineOf(input.text, "lock_version")
    );
  if (doc.package !== void 0 && !Array.isArray(doc.package))
    throw new ParseError('"package" is not an array of tables', lineOf(input.text, "package"));
  let entries = doc.package ?? [], lock = new PyLock(input), lines = headerLines2(input.text, "[[package]]"), py = lockPyproject(lock);
  lock.addProject("", py?.name, py?.version);
  let lockedGroups = Array.isArray(metadata?.groups) ? new Set(metadata.groups.filter((g) => typeof g == "string")) : void 0, extrasOfProject = new Set((py?.extras ?? []).map((e) => pyKey(e))), groupScope = (group) => group === "default" ? "runtime" : extrasOfProject.has(pyKey(group)) ? "optional" : "dev", sharedFiles = /* @__PURE__ */ new Map();
  if (isRecord(metadata?.files))
    for (let [k, list] of Object.entries(metadata.files)) {
      let space = k.lastIndexOf(" ");
      space > 0 && Array.isArray(list) && sharedFiles.set(`${pyKey(k.slice(0, space))}@${k.slice(space + 1)}`, list);
    }
  let scopesRecorded = !1, byNameVersion = /* @__PURE__ */ new Map(), recorded = [];
  entries.forEach((raw2, index) => {
    let line = lines[index], named = lock.namedEntry(raw2, index, line);
    if (!named) return;
    let { entry: value, name, version } = named, key = pyKey(name), scope;
    if (Array.isArray(value.groups)) {
      scopesRecorded = !0;
      for (let g of value.groups)
        if (typeof g == "string") {
          let s = groupScope(g);
          (!scope || SCOPE_RANK[s] > SCOPE_RANK[scope]) && (scope = s);
        }
    }
    let known = byNameVersion.get(`${key}@${version}`);
    if (known) {
      if (known.pkg && scope && SCOPE_RANK[scope] > SCOPE_RANK[known.pkg.scope] && (known.pkg.scope = scope), known.pkg) for (let h of hashesOf(value, key, version).hashes) addHash2(known.pkg.hashes, h);
      recorded.push({ id: known.id, entry: value, line });
      return;
    }
    if (typeof value.path == "string" && value.editable === !0) {
      let id = localId3(value.path);
      if (id !== "") {
        lock.addProject(id, name, version), byNameVersion.set(`${key}@${version}`, { id }), recorded.push({ id, entry: value, line });
        return;
      }
    }
    let { hashes, invalid, url } = hashesOf(value, key, version);
    invalid && lock.issue("warning", `${name} ${version}: ${invalid} unreadable file hash(es)`, line);
    let where = { source: "registry", resolved: url };
    typeof value.git == "string" ? where = gitSource(
      value.git,
      typeof value.revision == "string" ? value.revision : typeof value.ref == "string" ? value.ref : void 0,
      typeof value.subdirectory == "string" ? value.subdirectory : void 0
    ) : typeof value.url == "string" ? where = urlSource(value.url) : typeof value.path == "string" && (where = {
      source: "path",
      resolved: value.path.startsWith("/") ? value.path : lock.rel(localId3(value.path))
    });
    let pkg = lock.addPackage({ name, version, scope, hashes, line, ...where });
    byNameVersion.set(`${key}@${version}`, { id: pkg.id, pkg }), recorded.push({ id: pkg.id, entry: value, line });
  });
  function hashesOf(entry, key, version) {
    let files = distributionFiles(entry.files ?? sharedFiles.get(`${key}@${version}`));
    files.sort((a, b) => Number(isSdist2(b)) - Number(isSdist2(a)));
    let hashes = [], invalid = 0;
    for (let f of files) addFileHash(hashes, f) || invalid++;
    return { hashes, invalid, url: files.find((f) => f.kind === "url")?.location };
  }
  for (let { id, entry, line } of recorded)
    if (Array.isArray(entry.dependencies))
      for (let text of entry.dependencies) {
        let req = typeof text == "string" ? parseRequirement(text) : void 0;
        if (!req) {
          lock.issue("warning", `${String(entry.name)}: unreadable dependency ${JSON.stringify(text)}`, line);
          continue;
        }
        let nodes = lock.resolve(req.key, req.url ? void 0 : req.specifier);
        if (!nodes.length) {
          req.marker || (lock.issue(
            "warning",
            `${String(entry.name)} ${String(entry.version)} depends on ${req.name}, which the lockfile does not contain`,
            line
          ), lock.complete = !1);
          continue;
        }
        for (let n of nodes) lock.edge(id, nodeId(n), "runtime");
      }
  py ? declaredEdges(lock, "", py, void 0, { lockedGroups }) : inferredEdges(lock, "");
  let result = lock.result(`pdm.lock v${lockVersion2}`);
  return scopesRecorded || deriveScopes(result), result;
}
function addHash2(hashes, hash) {
  hashes.some((h) => h.alg === hash.alg && h.value === hash.value) || hashes.push(hash);
}
var SKIM4, SDIST2, isSdist2, init_pdm_lock = __esm({
  "src/parsers/python/pdm-lock.ts"() {
    "use strict";
    init_scopes();
    init_model();
    init_text();
    init_lockfile();
    init_pyproject();
    init_toml();
    SKIM4 = /* @__PURE__ */ new Set(["files"]), SDIST2 = /\.(tar\.gz|tar\.bz2|tar\.xz|zip|tgz)$/i, isSdist2 = (f) => f.location !== void 0 && SDIST2.test(f.location);
  }
});

// src/parsers/python/pylock.ts
var pylock_exports = {};
__export(pylock_exports, {
  markerScope: () => markerScope,
  parsePylock: () => parsePylock
});
import { posix as posix17 } from "node:path";
function markerScope(marker, defaultGroups) {
  if (!marker.includes("dependency_groups") && !marker.includes("extras")) return;
  let tokens = markerTokens(marker), at = 0, leaf = (text) => {
    let m = GROUP_TERM.exec(text.trim());
    return m ? m[3] === "extras" ? "optional" : defaultGroups.has(m[2]) ? "runtime" : "dev" : NEUTRAL;
  }, primary = () => {
    let t = tokens[at++];
    if (t === "(") {
      let v2 = or();
      return tokens[at] === ")" && at++, v2;
    }
    return t === void 0 || t === ")" ? NEUTRAL : leaf(t);
  }, and = () => {
    let v2 = primary();
    for (; tokens[at] === "and"; ) {
      at++;
      let w = primary();
      (v2 === NEUTRAL || w !== NEUTRAL && SCOPE_RANK[w] < SCOPE_RANK[v2]) && (v2 = w);
    }
    return v2;
  }, or = () => {
    let v2 = and();
    for (; tokens[at] === "or"; ) {
      at++;
      let w = and();
      v2 === NEUTRAL || w === NEUTRAL ? v2 = NEUTRAL : SCOPE_RANK[w] > SCOPE_RANK[v2] && (v2 = w);
    }
    return v2;
  }, v = or();
  return v === NEUTRAL ? void 0 : v;
}
function markerTokens(marker) {
  let tokens = [], current = "", flush = () => {
    current.trim() && tokens.push(current.trim()), current = "";
  };
  for (let i = 0; i < marker.length; i++) {
    let c = marker[i];
    if (c === '"' || c === "'") {
      let end = marker.indexOf(c, i + 1), stop = end === -1 ? marker.length : end + 1;
      current += marker.slice(i, stop), i = stop - 1;
    } else if (c === "(" || c === ")")
      flush(), tokens.push(c);
    else if (/\s/.test(c)) {
      let word = /^(and|or)(?=[\s(]|$)/.exec(marker.slice(i + 1));
      word && !current.trim().endsWith("not") ? (flush(), tokens.push(word[1]), i += word[1].length) : current += c;
    } else current += c;
  }
  return flush(), tokens;
}
function localId4(path) {
  return posix17.normalize(path).replace(/^\.\/?$/, "").replace(/\/$/, "");
}
function parsePylock(input) {
  let doc = parseToml(input.text, "pylock.toml"), raw = doc["lock-version"];
  if (raw === void 0) throw new ParseError("not a pylock.toml: no lock-version", 1);
  let lockVersion2 = String(raw), versionLine = lineOf(input.text, "lock-version");
  if (!/^1(\.\d+)?$/.test(lockVersion2))
    throw new ParseError(
      `unknown pylock.toml lock-version ${JSON.stringify(raw)}: lockgraph reads 1.x (PEP 751)`,
      versionLine
    );
  if (doc.packages !== void 0 && !Array.isArray(doc.packages))
    throw new ParseError('"packages" is not an array of tables', lineOf(input.text, "packages"));
  let entries = doc.packages ?? [], createdBy = str5(doc["created-by"]), format = `${posix17.basename(input.path)} v${lockVersion2}${createdBy ? ` (${createdBy})` : ""}`, lock = new PyLock(input);
  lockVersion2 !== "1.0" && lockVersion2 !== "1" && lock.issue(
    "info",
    `lock-version ${lockVersion2} is newer than 1.0: keys added since are ignored`,
    versionLine
  );
  let lines = headerLines2(input.text, "[[packages]]"), defaultGroups = new Set(
    Array.isArray(doc["default-groups"]) ? doc["default-groups"].filter((g) => typeof g == "string") : []
  ), py = lockPyproject(lock), rootEntry = entries.find(
    (e) => isRecord(e) && isRecord(e.directory) && typeof e.directory.path == "string" && localId4(e.directory.path) === ""
  );
  lock.addProject("", py?.name ?? str5(rootEntry?.name), py?.version ?? str5(rootEntry?.version));
  let scopesRecorded = !1, hasDependencies = !1, recorded = [], locations = /* @__PURE__ */ new Map();
  entries.forEach((value, index) => {
    let line = lines[index];
    if (!isRecord(value)) {
      lock.issue("error", `[[packages]] entry ${index + 1} is not a table; skipped`, line), lock.complete = !1;
      return;
    }
    let name = str5(value.name);
    if (!name) {
      lock.issue("error", `[[packages]] entry ${index + 1} has no name; skipped`, line), lock.complete = !1;
      return;
    }
    let version = str5(value.version);
    Array.isArray(value.dependencies) && (hasDependencies = !0);
    let marker = str5(value.marker), scope = marker ? markerScope(marker, defaultGroups) : void 0;
    scope && (scopesRecorded = !0);
    let vcs = isRecord(value.vcs) ? value.vcs : void 0, directory = isRecord(value.directory) ? value.directory : void 0, archive = isRecord(value.archive) ? value.archive : void 0;
    if (value === rootEntry) {
      recorded.push({ id: "", entry: value, line });
      return;
    }
    if (directory && typeof directory.path == "string" && directory.editable === !0) {
      let id = localId4(directory.path);
      lock.addProject(id, name, version), locations.set(id, directory.path), recorded.push({ id, entry: value, line });
      return;
    }
    let hashes = [], invalid = 0, readHashes = (table) => {
      if (isRecord(table))
        for (let [alg, hex] of Object.entries(table)) addPythonHash(hashes, hex, alg) || invalid++;
    }, where, location;
    if (vcs) {
      let url = str5(vcs.url) ?? str5(vcs.path), type = str5(vcs.type) ?? "git", commit = str5(vcs["commit-id"]), subdirectory = str5(vcs.subdirectory);
      location = url, where = url ? gitSource(`${type}+${url.replace(/^git\+/, "")}`, commit, subdirectory) : { source: "git" };
    } else if (directory)
      location = str5(directory.path), where = {
        source: "path",
        resolved: location && (location.startsWith("/") ? location : lock.rel(location))
      };
    else if (archive) {
      readHashes(archive.hashes);
      let url = str5(archive.url), path = str5(archive.path);
      location = url ?? path, where = url ? urlSource(url) : { source: "path", resolved: path && (path.startsWith("/") ? path : lock.rel(path)) };
    } else {
      let sdist = isRecord(value.sdist) ? value.sdist : void 0, wheels = Array.isArray(value.wheels) ? value.wheels.filter(isRecord) : [];
      readHashes(sdist?.hashes);
      for (let w of wheels) readHashes(w.hashes);
      let first = sdist ?? wheels[0];
      where = { source: "registry", resolved: str5(first?.url) ?? (str5(first?.path) && lock.rel(String(first?.path))), qualifiers: indexQualifiers(str5(value.index)) };
    }
    invalid && lock.issue("warning", `${name} ${version ?? ""}: ${invalid} unreadable file hash(es)`, line), version === void 0 && (lock.issue(
      "info",
      `${name} has no version in the lockfile (${where.source ?? "registry"} source)`,
      line
    ), lock.complete = !1);
    let pkg = lock.addPackage({ name, version, scope, hashes, line, ...where });
    location && locations.set(pkg.id, location), recorded.push({ id: pkg.id, entry: value, line });
  });
  let target = (dep) => {
    let nodes = lock.byKey.get(pyKey(String(dep.name))) ?? [];
    nodes.length > 1 && typeof dep.version == "string" && (nodes = nodes.filter((n) => (n.kind === "package" ? n.pkg.version : n.project.version) === dep.version));
    for (let k of ["vcs", "directory", "archive"])
      if (nodes.length > 1 && isRecord(dep[k])) {
        let t = dep[k], want = str5(t.url) ?? str5(t.path);
        want && (nodes = nodes.filter((n) => locations.get(nodeId(n)) === want));
      }
    return nodes;
  };
  if (hasDependencies) {
    let projectIds = new Set(lock.projects.map((p) => p.id));
    for (let { id, entry, line } of recorded)
      if (Array.isArray(entry.dependencies))
        for (let dep of entry.dependencies) {
          if (!isRecord(dep) || typeof dep.name != "string") {
            lock.issue("warning", `${String(entry.name)}: unreadable dependency ${JSON.stringify(dep)}`, line);
            continue;
          }
          let nodes = target(dep);
          if (!nodes.length) {
            lock.issue(
              "warning",
              `${String(entry.name)} depends on ${dep.name}, which the lockfile does not contain`,
              line
            ), lock.complete = !1;
            continue;
          }
          let isProject = projectIds.has(id);
          for (let n of nodes)
            lock.edge(
              id,
              nodeId(n),
              isProject && n.kind === "package" && scopesRecorded ? n.pkg.scope : "runtime"
            );
        }
    if (!rootEntry)
      if (py) declaredEdges(lock, "", py, void 0);
      else {
        let reached = lock.hasIncoming();
        for (let p of lock.packages) reached.has(p.id) || lock.edge("", p.id, p.scope);
        for (let p of lock.projects) p.id !== "" && !reached.has(p.id) && lock.edge("", p.id, "runtime");
      }
  } else {
    py && declaredEdges(lock, "", py, void 0);
    for (let p of lock.packages) lock.hasEdge("", p.id) || lock.edge("", p.id, p.scope);
    lock.packages.length && (lock.issue(
      "info",
      "the lockfile records no dependencies between packages (PEP 751 makes them optional): every package is attached to the root project"
    ), lock.complete = !1);
  }
  let result = lock.result(format);
  return scopesRecorded || deriveScopes(result), result;
}
var GROUP_TERM, NEUTRAL, str5, init_pylock = __esm({
  "src/parsers/python/pylock.ts"() {
    "use strict";
    init_scopes();
    init_model();
    init_text();
    init_lockfile();
    init_toml();
    GROUP_TERM = /^(['"])([^'"]+)\1\s+in\s+(dependency_groups|extras)$/, NEUTRAL = "neutral";
    str5 = (v) => typeof v == "string" && v ? v : void 0;
  }
});

// node_modules/@cyclonedx/cyclonedx-library/res/schema/spdx.SNAPSHOT.schema.json
var require_spdx_SNAPSHOT_schema = __commonJS({
  "node_modules/@cyclonedx/cyclonedx-library/res/schema/spdx.SNAPSHOT.schema.json"(exports, module) {
    module.exports = {
      $schema: "http://json-schema.org/draft-07/schema#",
      $id: "http://cyclonedx.org/schema/spdx.schema.json",
      $comment: "v1.1-3.29.0",
      type: "string",
      enum: [
        "0BSD",
        "3D-Slicer-1.0",
        "AAL",
        "Abstyles",
        "AdaCore-doc",
        "Adobe-2006",
        "Adobe-Display-PostScript",
        "Adobe-Glyph",
        "Adobe-Utopia",
        "ADSL",
        "Advanced-Cryptics-Dictionary",
        "AFL-1.1",
        "AFL-1.2",
        "AFL-2.0",
        "AFL-2.1",
        "AFL-3.0",
        "Afmparse",
        "AGPL-1.0",
        "AGPL-1.0-only",
        "AGPL-1.0-or-later",
        "AGPL-3.0",
        "AGPL-3.0-only",
        "AGPL-3.0-or-later",
        "Aladdin",
        "ALGLIB-Documentation",
        "AMD-newlib",
        "AMDPLPA",
        "AML",
        "AML-glslang",
        "AMPAS",
        "ANTLR-PD",
        "ANTLR-PD-fallback",
        "any-OSI",
        "any-OSI-perl-modules",
        "Apache-1.0",
        "Apache-1.1",
        "Apache-2.0",
        "APAFML",
        "APL-1.0",
        "App-s2p",
        "APSL-1.0",
        "APSL-1.1",
        "APSL-1.2",
        "APSL-2.0",
        "Arphic-1999",
        "Artistic-1.0",
        "Artistic-1.0-cl8",
        "Artistic-1.0-Perl",
        "Artistic-2.0",
        "Artistic-dist",
        "Aspell-RU",
        "ASWF-Digital-Assets-1.0",
        "ASWF-Digital-Assets-1.1",
        "atc-game",
        "Baekmuk",
        "Bahyph",
        "Barr",
        "bcrypt-Solar-Designer",
        "Beerware",
        "Bitstream-Charter",
        "Bitstream-Vera",
        "BitTorrent-1.0",
        "BitTorrent-1.1",
        "blessing",
        "BlueOak-1.0.0",
        "Boehm-GC",
        "Boehm-GC-without-fee",
        "BOLA-1.1",
        "Borceux",
        "Brian-Gladman-2-Clause",
        "Brian-Gladman-3-Clause",
        "Brian-Gladman-3-Clause-no-conversion",
        "BSD-1-Clause",
        "BSD-2-Clause",
        "BSD-2-Clause-Darwin",
        "BSD-2-Clause-first-lines",
        "BSD-2-Clause-FreeBSD",
        "BSD-2-Clause-NetBSD",
        "BSD-2-Clause-Patent",
        "BSD-2-Clause-pkgconf-disclaimer",
        "BSD-2-Clause-pos-unchanged",
        "BSD-2-Clause-Views",
        "BSD-3-Clause",
        "BSD-3-Clause-acpica",
        "BSD-3-Clause-Attribution",
        "BSD-3-Clause-Clear",
        "BSD-3-Clause-flex",
        "BSD-3-Clause-HP",
        "BSD-3-Clause-LBNL",
        "BSD-3-Clause-Modification",
        "BSD-3-Clause-No-Military-License",
        "BSD-3-Clause-No-Nuclear-License",
        "BSD-3-Clause-No-Nuclear-License-2014",
        "BSD-3-Clause-No-Nuclear-Warranty",
        "BSD-3-Clause-Open-MPI",
        "BSD-3-Clause-OpenWebUI",
        "BSD-3-Clause-Sun",
        "BSD-3-Clause-Tso",
        "BSD-4-Clause",
        "BSD-4-Clause-Shortened",
        "BSD-4-Clause-UC",
        "BSD-4.3RENO",
        "BSD-4.3TAHOE",
        "BSD-Advertising-Acknowledgement",
        "BSD-ask-to-endorse",
        "BSD-Attribution-HPND-disclaimer",
        "BSD-Inferno-Nettverk",
        "BSD-Mark-Modifications",
        "BSD-Protection",
        "BSD-Source-alt-GPL",
        "BSD-Source-beginning-file",
        "BSD-Source-Code",
        "BSD-Source-Code-no-disclaimer",
        "BSD-Systemics",
        "BSD-Systemics-W3Works",
        "BSL-1.0",
        "Buddy",
        "Bugroff",
        "BUSL-1.1",
        "bzip2-1.0.5",
        "bzip2-1.0.6",
        "C-UDA-1.0",
        "CAL-1.0",
        "CAL-1.0-Combined-Work-Exception",
        "Caldera",
        "Caldera-no-preamble",
        "CAPEC-tou",
        "Catharon",
        "CATOSL-1.1",
        "CC-BY-1.0",
        "CC-BY-2.0",
        "CC-BY-2.5",
        "CC-BY-2.5-AU",
        "CC-BY-3.0",
        "CC-BY-3.0-AT",
        "CC-BY-3.0-AU",
        "CC-BY-3.0-DE",
        "CC-BY-3.0-IGO",
        "CC-BY-3.0-NL",
        "CC-BY-3.0-US",
        "CC-BY-4.0",
        "CC-BY-NC-1.0",
        "CC-BY-NC-2.0",
        "CC-BY-NC-2.5",
        "CC-BY-NC-3.0",
        "CC-BY-NC-3.0-DE",
        "CC-BY-NC-3.0-IGO",
        "CC-BY-NC-4.0",
        "CC-BY-NC-ND-1.0",
        "CC-BY-NC-ND-2.0",
        "CC-BY-NC-ND-2.5",
        "CC-BY-NC-ND-3.0",
        "CC-BY-NC-ND-3.0-DE",
        "CC-BY-NC-ND-3.0-IGO",
        "CC-BY-NC-ND-4.0",
        "CC-BY-NC-SA-1.0",
        "CC-BY-NC-SA-2.0",
        "CC-BY-NC-SA-2.0-DE",
        "CC-BY-NC-SA-2.0-FR",
        "CC-BY-NC-SA-2.0-UK",
        "CC-BY-NC-SA-2.5",
        "CC-BY-NC-SA-3.0",
        "CC-BY-NC-SA-3.0-DE",
        "CC-BY-NC-SA-3.0-IGO",
        "CC-BY-NC-SA-4.0",
        "CC-BY-ND-1.0",
        "CC-BY-ND-2.0",
        "CC-BY-ND-2.5",
        "CC-BY-ND-3.0",
        "CC-BY-ND-3.0-DE",
        "CC-BY-ND-4.0",
        "CC-BY-SA-1.0",
        "CC-BY-SA-2.0",
        "CC-BY-SA-2.0-UK",
        "CC-BY-SA-2.1-JP",
        "CC-BY-SA-2.5",
        "CC-BY-SA-3.0",
        "CC-BY-SA-3.0-AT",
        "CC-BY-SA-3.0-DE",
        "CC-BY-SA-3.0-IGO",
        "CC-BY-SA-4.0",
        "CC-PDDC",
        "CC-PDM-1.0",
        "CC-SA-1.0",
        "CC0-1.0",
        "CDDL-1.0",
        "CDDL-1.1",
        "CDL-1.0",
        "CDLA-Permissive-1.0",
        "CDLA-Permissive-2.0",
        "CDLA-Sharing-1.0",
        "CECILL-1.0",
        "CECILL-1.1",
        "CECILL-2.0",
        "CECILL-2.1",
        "CECILL-B",
        "CECILL-C",
        "CERN-OHL-1.1",
        "CERN-OHL-1.2",
        "CERN-OHL-P-2.0",
        "CERN-OHL-S-2.0",
        "CERN-OHL-W-2.0",
        "CFITSIO",
        "check-cvs",
        "checkmk",
        "ClArtistic",
        "Clips",
        "CMU-Mach",
        "CMU-Mach-nodoc",
        "CNRI-Jython",
        "CNRI-Python",
        "CNRI-Python-GPL-Compatible",
        "COIL-1.0",
        "Community-Spec-1.0",
        "Condor-1.1",
        "copyleft-next-0.3.0",
        "copyleft-next-0.3.1",
        "Cornell-Lossless-JPEG",
        "CPAL-1.0",
        "CPL-1.0",
        "CPOL-1.02",
        "Cronyx",
        "Crossword",
        "CryptoSwift",
        "CrystalStacker",
        "CUA-OPL-1.0",
        "Cube",
        "curl",
        "cve-tou",
        "D-FSL-1.0",
        "DEC-3-Clause",
        "diffmark",
        "DL-DE-BY-2.0",
        "DL-DE-ZERO-2.0",
        "DOC",
        "DocBook-DTD",
        "DocBook-Schema",
        "DocBook-Stylesheet",
        "DocBook-XML",
        "Dotseqn",
        "DRL-1.0",
        "DRL-1.1",
        "DSDP",
        "dtoa",
        "dvipdfm",
        "ECL-1.0",
        "ECL-2.0",
        "eCos-2.0",
        "EFL-1.0",
        "EFL-2.0",
        "eGenix",
        "Elastic-2.0",
        "Entessa",
        "EPICS",
        "EPL-1.0",
        "EPL-2.0",
        "ErlPL-1.1",
        "ESA-PL-permissive-2.4",
        "ESA-PL-strong-copyleft-2.4",
        "ESA-PL-weak-copyleft-2.4",
        "etalab-2.0",
        "EUDatagrid",
        "EUPL-1.0",
        "EUPL-1.1",
        "EUPL-1.2",
        "Eurosym",
        "Fair",
        "FBM",
        "FDK-AAC",
        "FDK-MPEG-H",
        "Ferguson-Twofish",
        "Frameworx-1.0",
        "FreeBSD-DOC",
        "FreeImage",
        "FSFAP",
        "FSFAP-no-warranty-disclaimer",
        "FSFUL",
        "FSFULLR",
        "FSFULLRSD",
        "FSFULLRWD",
        "FSL-1.1-ALv2",
        "FSL-1.1-MIT",
        "FTL",
        "Furuseth",
        "fwlw",
        "Game-Programming-Gems",
        "GCR-docs",
        "GD",
        "generic-xts",
        "GFDL-1.1",
        "GFDL-1.1-invariants-only",
        "GFDL-1.1-invariants-or-later",
        "GFDL-1.1-no-invariants-only",
        "GFDL-1.1-no-invariants-or-later",
        "GFDL-1.1-only",
        "GFDL-1.1-or-later",
        "GFDL-1.2",
        "GFDL-1.2-invariants-only",
        "GFDL-1.2-invariants-or-later",
        "GFDL-1.2-no-invariants-only",
        "GFDL-1.2-no-invariants-or-later",
        "GFDL-1.2-only",
        "GFDL-1.2-or-later",
        "GFDL-1.3",
        "GFDL-1.3-invariants-only",
        "GFDL-1.3-invariants-or-later",
        "GFDL-1.3-no-invariants-only",
        "GFDL-1.3-no-invariants-or-later",
        "GFDL-1.3-only",
        "GFDL-1.3-or-later",
        "Giftware",
        "GL2PS",
        "Glide",
        "Glulxe",
        "GLWTPL",
        "gnuplot",
        "GPL-1.0",
        "GPL-1.0+",
        "GPL-1.0-only",
        "GPL-1.0-or-later",
        "GPL-2.0",
        "GPL-2.0+",
        "GPL-2.0-only",
        "GPL-2.0-or-later",
        "GPL-2.0-with-autoconf-exception",
        "GPL-2.0-with-bison-exception",
        "GPL-2.0-with-classpath-exception",
        "GPL-2.0-with-font-exception",
        "GPL-2.0-with-GCC-exception",
        "GPL-3.0",
        "GPL-3.0+",
        "GPL-3.0-only",
        "GPL-3.0-or-later",
        "GPL-3.0-with-autoconf-exception",
        "GPL-3.0-with-GCC-exception",
        "Graphics-Gems",
        "gSOAP-1.3b",
        "gtkbook",
        "Gutmann",
        "HaskellReport",
        "HDF5",
        "hdparm",
        "HIDAPI",
        "Hippocratic-2.1",
        "Hippocratic-3.0-core",
        "HP-1986",
        "HP-1989",
        "HPND",
        "HPND-DEC",
        "HPND-doc",
        "HPND-doc-sell",
        "HPND-export-US",
        "HPND-export-US-acknowledgement",
        "HPND-export-US-modify",
        "HPND-export2-US",
        "HPND-Fenneberg-Livingston",
        "HPND-INRIA-IMAG",
        "HPND-Intel",
        "HPND-Kevlin-Henney",
        "HPND-Markus-Kuhn",
        "HPND-merchantability-variant",
        "HPND-MIT-disclaimer",
        "HPND-Netrek",
        "HPND-Pbmplus",
        "HPND-sell-MIT-disclaimer-xserver",
        "HPND-sell-regexpr",
        "HPND-sell-variant",
        "HPND-sell-variant-critical-systems",
        "HPND-sell-variant-MIT-disclaimer",
        "HPND-sell-variant-MIT-disclaimer-rev",
        "HPND-SMC",
        "HPND-UC",
        "HPND-UC-export-US",
        "HTMLTIDY",
        "hyphen-bulgarian",
        "IBM-pibs",
        "ICU",
        "IEC-Code-Components-EULA",
        "IJG",
        "IJG-short",
        "ImageMagick",
        "iMatix",
        "Imlib2",
        "Info-ZIP",
        "Informatica",
        "Inner-Net-2.0",
        "InnoSetup",
        "Intel",
        "Intel-ACPI",
        "Interbase-1.0",
        "IPA",
        "IPL-1.0",
        "ISC",
        "ISC-Veillard",
        "ISO-permission",
        "Jam",
        "JasPer-2.0",
        "jove",
        "JPL-image",
        "JPNIC",
        "JSON",
        "Kastrup",
        "Kazlib",
        "Knuth-CTAN",
        "LAL-1.2",
        "LAL-1.3",
        "Latex2e",
        "Latex2e-translated-notice",
        "Leptonica",
        "LGPL-2.0",
        "LGPL-2.0+",
        "LGPL-2.0-only",
        "LGPL-2.0-or-later",
        "LGPL-2.1",
        "LGPL-2.1+",
        "LGPL-2.1-only",
        "LGPL-2.1-or-later",
        "LGPL-3.0",
        "LGPL-3.0+",
        "LGPL-3.0-only",
        "LGPL-3.0-or-later",
        "LGPLLR",
        "Libpng",
        "libpng-1.6.35",
        "libpng-2.0",
        "libselinux-1.0",
        "libtiff",
        "libutil-David-Nugent",
        "LiLiQ-P-1.1",
        "LiLiQ-R-1.1",
        "LiLiQ-Rplus-1.1",
        "Linux-man-pages-1-para",
        "Linux-man-pages-copyleft",
        "Linux-man-pages-copyleft-2-para",
        "Linux-man-pages-copyleft-var",
        "Linux-OpenIB",
        "LOOP",
        "LPD-document",
        "LPL-1.0",
        "LPL-1.02",
        "LPPL-1.0",
        "LPPL-1.1",
        "LPPL-1.2",
        "LPPL-1.3a",
        "LPPL-1.3c",
        "lsof",
        "Lucida-Bitmap-Fonts",
        "LZMA-SDK-9.11-to-9.20",
        "LZMA-SDK-9.22",
        "Mackerras-3-Clause",
        "Mackerras-3-Clause-acknowledgment",
        "magaz",
        "mailprio",
        "MakeIndex",
        "man2html",
        "Martin-Birgmeier",
        "McPhee-slideshow",
        "metamail",
        "Minpack",
        "MIPS",
        "MirOS",
        "MIT",
        "MIT-0",
        "MIT-advertising",
        "MIT-Click",
        "MIT-CMU",
        "MIT-enna",
        "MIT-feh",
        "MIT-Festival",
        "MIT-Khronos-old",
        "MIT-Modern-Variant",
        "MIT-open-group",
        "MIT-STK",
        "MIT-testregex",
        "MIT-Wu",
        "MITNFA",
        "MMIXware",
        "MMPL-1.0.1",
        "Motosoto",
        "MPEG-SSG",
        "mpi-permissive",
        "mpich2",
        "MPL-1.0",
        "MPL-1.1",
        "MPL-2.0",
        "MPL-2.0-no-copyleft-exception",
        "mplus",
        "MS-LPL",
        "MS-PL",
        "MS-RL",
        "MTLL",
        "MulanPSL-1.0",
        "MulanPSL-2.0",
        "Multics",
        "Mup",
        "MVT-1.1",
        "NAIST-2003",
        "NASA-1.3",
        "Naumen",
        "NBPL-1.0",
        "NCBI-PD",
        "NCGL-UK-2.0",
        "NCL",
        "NCSA",
        "Net-SNMP",
        "NetCDF",
        "Newsletr",
        "NGPL",
        "ngrep",
        "NICTA-1.0",
        "NIST-PD",
        "NIST-PD-fallback",
        "NIST-PD-TNT",
        "NIST-Software",
        "NLOD-1.0",
        "NLOD-2.0",
        "NLPL",
        "Nokia",
        "NOSL",
        "Noweb",
        "NPL-1.0",
        "NPL-1.1",
        "NPOSL-3.0",
        "NRL",
        "NTIA-PD",
        "NTP",
        "NTP-0",
        "Nunit",
        "O-UDA-1.0",
        "OAR",
        "OCCT-PL",
        "OCLC-2.0",
        "ODbL-1.0",
        "ODC-By-1.0",
        "OFFIS",
        "OFL-1.0",
        "OFL-1.0-no-RFN",
        "OFL-1.0-RFN",
        "OFL-1.1",
        "OFL-1.1-no-RFN",
        "OFL-1.1-RFN",
        "OGC-1.0",
        "OGDL-Taiwan-1.0",
        "OGL-Canada-2.0",
        "OGL-UK-1.0",
        "OGL-UK-2.0",
        "OGL-UK-3.0",
        "OGTSL",
        "OLDAP-1.1",
        "OLDAP-1.2",
        "OLDAP-1.3",
        "OLDAP-1.4",
        "OLDAP-2.0",
        "OLDAP-2.0.1",
        "OLDAP-2.1",
        "OLDAP-2.2",
        "OLDAP-2.2.1",
        "OLDAP-2.2.2",
        "OLDAP-2.3",
        "OLDAP-2.4",
        "OLDAP-2.5",
        "OLDAP-2.6",
        "OLDAP-2.7",
        "OLDAP-2.8",
        "OLFL-1.3",
        "OML",
        "OpenMDW-1.0",
        "OpenPBS-2.3",
        "OpenSSL",
        "OpenSSL-standalone",
        "OpenVision",
        "OPL-1.0",
        "OPL-UK-3.0",
        "OPUBL-1.0",
        "OSC-1.0",
        "OSET-PL-2.1",
        "OSL-1.0",
        "OSL-1.1",
        "OSL-2.0",
        "OSL-2.1",
        "OSL-3.0",
        "OSSP",
        "PADL",
        "ParaType-Free-Font-1.3",
        "Parity-6.0.0",
        "Parity-7.0.0",
        "PDDL-1.0",
        "PHP-3.0",
        "PHP-3.01",
        "Pixar",
        "pkgconf",
        "Plexus",
        "pnmstitch",
        "PolyForm-Noncommercial-1.0.0",
        "PolyForm-Small-Business-1.0.0",
        "PostgreSQL",
        "PPL",
        "PSF-2.0",
        "psfrag",
        "psutils",
        "Python-2.0",
        "Python-2.0.1",
        "python-ldap",
        "Qhull",
        "QPL-1.0",
        "QPL-1.0-INRIA-2004",
        "radvd",
        "Rdisc",
        "RHeCos-1.1",
        "RPL-1.1",
        "RPL-1.5",
        "RPSL-1.0",
        "RSA-MD",
        "RSCPL",
        "Ruby",
        "Ruby-pty",
        "SAX-PD",
        "SAX-PD-2.0",
        "Saxpath",
        "SCEA",
        "SchemeReport",
        "Sendmail",
        "Sendmail-8.23",
        "Sendmail-Open-Source-1.1",
        "SGI-B-1.0",
        "SGI-B-1.1",
        "SGI-B-2.0",
        "SGI-OpenGL",
        "SGMLUG-PM",
        "SGP4",
        "SHL-0.5",
        "SHL-0.51",
        "SimPL-2.0",
        "SISSL",
        "SISSL-1.2",
        "SL",
        "Sleepycat",
        "SMAIL-GPL",
        "SMLNJ",
        "SMPPL",
        "SNIA",
        "snprintf",
        "SOFA",
        "softSurfer",
        "Soundex",
        "Spencer-86",
        "Spencer-94",
        "Spencer-99",
        "SPL-1.0",
        "ssh-keyscan",
        "SSH-OpenSSH",
        "SSH-short",
        "SSLeay-standalone",
        "SSPL-1.0",
        "StandardML-NJ",
        "SugarCRM-1.1.3",
        "SUL-1.0",
        "Sun-PPP",
        "Sun-PPP-2000",
        "SunPro",
        "SWL",
        "swrule",
        "Symlinks",
        "TAPR-OHL-1.0",
        "TCL",
        "TCP-wrappers",
        "TekHVC",
        "TermReadKey",
        "TGPPL-1.0",
        "ThirdEye",
        "threeparttable",
        "TMate",
        "TORQUE-1.1",
        "TOSL",
        "TPDL",
        "TPL-1.0",
        "TrustedQSL",
        "TTWL",
        "TTYP0",
        "TU-Berlin-1.0",
        "TU-Berlin-2.0",
        "Ubuntu-font-1.0",
        "UCAR",
        "UCL-1.0",
        "ulem",
        "UMich-Merit",
        "Unicode-3.0",
        "Unicode-DFS-2015",
        "Unicode-DFS-2016",
        "Unicode-TOU",
        "UnixCrypt",
        "Unlicense",
        "Unlicense-libtelnet",
        "Unlicense-libwhirlpool",
        "UnRAR",
        "UPL-1.0",
        "URT-RLE",
        "Vim",
        "Vixie-Cron",
        "VOSTROM",
        "VSL-1.0",
        "W3C",
        "W3C-19980720",
        "W3C-20150513",
        "w3m",
        "Watcom-1.0",
        "Widget-Workshop",
        "WordNet",
        "Wsuipa",
        "WTFNMFPL",
        "WTFPL",
        "wwl",
        "wxWindows",
        "X11",
        "X11-distribute-modifications-variant",
        "X11-no-permit-persons",
        "X11-swapped",
        "Xdebug-1.03",
        "Xerox",
        "Xfig",
        "XFree86-1.1",
        "xinetd",
        "xkeyboard-config-Zinoviev",
        "xlock",
        "Xnet",
        "xpp",
        "XSkat",
        "xzoom",
        "YPL-1.0",
        "YPL-1.1",
        "Zed",
        "Zeeff",
        "Zend-2.0",
        "Zimbra-1.3",
        "Zimbra-1.4",
        "Zlib",
        "zlib-acknowledgement",
        "ZPL-1.1",
        "ZPL-2.0",
        "ZPL-2.1",
        "389-exception",
        "Asterisk-exception",
        "Asterisk-linking-protocols-exception",
        "Autoconf-exception-2.0",
        "Autoconf-exception-3.0",
        "Autoconf-exception-generic",
        "Autoconf-exception-generic-3.0",
        "Autoconf-exception-macro",
        "Bison-exception-1.24",
        "Bison-exception-2.2",
        "Bootloader-exception",
        "CGAL-linking-exception",
        "Classpath-exception-2.0",
        "Classpath-exception-2.0-short",
        "CLISP-exception-2.0",
        "cryptsetup-OpenSSL-exception",
        "Digia-Qt-LGPL-exception-1.1",
        "DigiRule-FOSS-exception",
        "eCos-exception-2.0",
        "erlang-otp-linking-exception",
        "Fawkes-Runtime-exception",
        "FLTK-exception",
        "fmt-exception",
        "Font-exception-2.0",
        "freertos-exception-2.0",
        "GCC-exception-2.0",
        "GCC-exception-2.0-note",
        "GCC-exception-3.1",
        "Gmsh-exception",
        "GNAT-exception",
        "GNOME-examples-exception",
        "GNU-compiler-exception",
        "gnu-javamail-exception",
        "Google-Patent-WebM",
        "GPL-3.0-389-ds-base-exception",
        "GPL-3.0-interface-exception",
        "GPL-3.0-linking-exception",
        "GPL-3.0-linking-source-exception",
        "GPL-CC-1.0",
        "GStreamer-exception-2005",
        "GStreamer-exception-2008",
        "harbour-exception",
        "i2p-gpl-java-exception",
        "Independent-modules-exception",
        "KiCad-libraries-exception",
        "kvirc-openssl-exception",
        "LGPL-3.0-linking-exception",
        "libpri-OpenH323-exception",
        "Libtool-exception",
        "Linux-syscall-note",
        "LLGPL",
        "LLVM-exception",
        "LZMA-exception",
        "mif-exception",
        "mxml-exception",
        "Nokia-Qt-exception-1.1",
        "OCaml-LGPL-linking-exception",
        "OCCT-exception-1.0",
        "OpenJDK-assembly-exception-1.0",
        "openvpn-openssl-exception",
        "PCRE2-exception",
        "polyparse-exception",
        "PS-or-PDF-font-exception-20170817",
        "QPL-1.0-INRIA-2004-exception",
        "Qt-GPL-exception-1.0",
        "Qt-LGPL-exception-1.1",
        "Qwt-exception-1.0",
        "romic-exception",
        "RRDtool-FLOSS-exception-2.0",
        "rsync-linking-exception",
        "SANE-exception",
        "SHL-2.0",
        "SHL-2.1",
        "Simple-Library-Usage-exception",
        "Spelling-Provider-LGPL-exception",
        "sqlitestudio-OpenSSL-exception",
        "stunnel-exception",
        "SWI-exception",
        "Swift-exception",
        "Texinfo-exception",
        "u-boot-exception-2.0",
        "UBDL-exception",
        "Universal-FOSS-exception-1.0",
        "vsftpd-openssl-exception",
        "WxWindows-exception-3.1",
        "x11vnc-openssl-exception"
      ],
      "meta:enum": {
        "0BSD": "BSD Zero Clause License",
        "3D-Slicer-1.0": "3D Slicer License v1.0",
        AAL: "Attribution Assurance License",
        Abstyles: "Abstyles License",
        "AdaCore-doc": "AdaCore Doc License",
        "Adobe-2006": "Adobe Systems Incorporated Source Code License Agreement",
        "Adobe-Display-PostScript": "Adobe Display PostScript License",
        "Adobe-Glyph": "Adobe Glyph List License",
        "Adobe-Utopia": "Adobe Utopia Font License",
        ADSL: "Amazon Digital Services License",
        "Advanced-Cryptics-Dictionary": "Advanced Cryptics Dictionary License",
        "AFL-1.1": "Academic Free License v1.1",
        "AFL-1.2": "Academic Free License v1.2",
        "AFL-2.0": "Academic Free License v2.0",
        "AFL-2.1": "Academic Free License v2.1",
        "AFL-3.0": "Academic Free License v3.0",
        Afmparse: "Afmparse License",
        "AGPL-1.0": "Affero General Public License v1.0",
        "AGPL-1.0-only": "Affero General Public License v1.0 only",
        "AGPL-1.0-or-later": "Affero General Public License v1.0 or later",
        "AGPL-3.0": "GNU Affero General Public License v3.0",
        "AGPL-3.0-only": "GNU Affero General Public License v3.0 only",
        "AGPL-3.0-or-later": "GNU Affero General Public License v3.0 or later",
        Aladdin: "Aladdin Free Public License",
        "ALGLIB-Documentation": "ALGLIB Documentation License",
        "AMD-newlib": "AMD newlib License",
        AMDPLPA: "AMD's plpa_map.c License",
        AML: "Apple MIT License",
        "AML-glslang": "AML glslang variant License",
        AMPAS: "Academy of Motion Picture Arts and Sciences BSD",
        "ANTLR-PD": "ANTLR Software Rights Notice",
        "ANTLR-PD-fallback": "ANTLR Software Rights Notice with license fallback",
        "any-OSI": "Any OSI License",
        "any-OSI-perl-modules": "Any OSI License - Perl Modules",
        "Apache-1.0": "Apache License 1.0",
        "Apache-1.1": "Apache License 1.1",
        "Apache-2.0": "Apache License 2.0",
        APAFML: "Adobe Postscript AFM License",
        "APL-1.0": "Adaptive Public License 1.0",
        "App-s2p": "App::s2p License",
        "APSL-1.0": "Apple Public Source License 1.0",
        "APSL-1.1": "Apple Public Source License 1.1",
        "APSL-1.2": "Apple Public Source License 1.2",
        "APSL-2.0": "Apple Public Source License 2.0",
        "Arphic-1999": "Arphic Public License",
        "Artistic-1.0": "Artistic License 1.0",
        "Artistic-1.0-cl8": "Artistic License 1.0 w/clause 8",
        "Artistic-1.0-Perl": "Artistic License 1.0 (Perl)",
        "Artistic-2.0": "Artistic License 2.0",
        "Artistic-dist": "Artistic License 1.0 (dist)",
        "Aspell-RU": "Aspell Russian License",
        "ASWF-Digital-Assets-1.0": "ASWF Digital Assets License version 1.0",
        "ASWF-Digital-Assets-1.1": "ASWF Digital Assets License 1.1",
        "atc-game": "atc Game License",
        Baekmuk: "Baekmuk License",
        Bahyph: "Bahyph License",
        Barr: "Barr License",
        "bcrypt-Solar-Designer": "bcrypt Solar Designer License",
        Beerware: "Beerware License",
        "Bitstream-Charter": "Bitstream Charter Font License",
        "Bitstream-Vera": "Bitstream Vera Font License",
        "BitTorrent-1.0": "BitTorrent Open Source License v1.0",
        "BitTorrent-1.1": "BitTorrent Open Source License v1.1",
        blessing: "SQLite Blessing",
        "BlueOak-1.0.0": "Blue Oak Model License 1.0.0",
        "Boehm-GC": "Boehm-Demers-Weiser GC License",
        "Boehm-GC-without-fee": "Boehm-Demers-Weiser GC License (without fee)",
        "BOLA-1.1": "Buena Onda License Agreement v1.1",
        Borceux: "Borceux license",
        "Brian-Gladman-2-Clause": "Brian Gladman 2-Clause License",
        "Brian-Gladman-3-Clause": "Brian Gladman 3-Clause License",
        "Brian-Gladman-3-Clause-no-conversion": "Brian Gladman 3-Clause License (no conversion clause)",
        "BSD-1-Clause": "BSD 1-Clause License",
        "BSD-2-Clause": 'BSD 2-Clause "Simplified" License',
        "BSD-2-Clause-Darwin": "BSD 2-Clause - Ian Darwin variant",
        "BSD-2-Clause-first-lines": "BSD 2-Clause - first lines requirement",
        "BSD-2-Clause-FreeBSD": "BSD 2-Clause FreeBSD License",
        "BSD-2-Clause-NetBSD": "BSD 2-Clause NetBSD License",
        "BSD-2-Clause-Patent": "BSD-2-Clause Plus Patent License",
        "BSD-2-Clause-pkgconf-disclaimer": "BSD 2-Clause pkgconf disclaimer variant",
        "BSD-2-Clause-pos-unchanged": "BSD 2-Clause - position unchanged variant",
        "BSD-2-Clause-Views": "BSD 2-Clause with views sentence",
        "BSD-3-Clause": 'BSD 3-Clause "New" or "Revised" License',
        "BSD-3-Clause-acpica": "BSD 3-Clause acpica variant",
        "BSD-3-Clause-Attribution": "BSD with attribution",
        "BSD-3-Clause-Clear": "BSD 3-Clause Clear License",
        "BSD-3-Clause-flex": "BSD 3-Clause Flex variant",
        "BSD-3-Clause-HP": "Hewlett-Packard BSD variant license",
        "BSD-3-Clause-LBNL": "Lawrence Berkeley National Labs BSD variant license",
        "BSD-3-Clause-Modification": "BSD 3-Clause Modification",
        "BSD-3-Clause-No-Military-License": "BSD 3-Clause No Military License",
        "BSD-3-Clause-No-Nuclear-License": "BSD 3-Clause No Nuclear License",
        "BSD-3-Clause-No-Nuclear-License-2014": "BSD 3-Clause No Nuclear License 2014",
        "BSD-3-Clause-No-Nuclear-Warranty": "BSD 3-Clause No Nuclear Warranty",
        "BSD-3-Clause-Open-MPI": "BSD 3-Clause Open MPI variant",
        "BSD-3-Clause-OpenWebUI": "BSD 3-Clause - OpenWebUI variant",
        "BSD-3-Clause-Sun": "BSD 3-Clause Sun Microsystems",
        "BSD-3-Clause-Tso": "BSD 3-Clause Tso variant",
        "BSD-4-Clause": 'BSD 4-Clause "Original" or "Old" License',
        "BSD-4-Clause-Shortened": "BSD 4 Clause Shortened",
        "BSD-4-Clause-UC": "BSD-4-Clause (University of California-Specific)",
        "BSD-4.3RENO": "BSD 4.3 RENO License",
        "BSD-4.3TAHOE": "BSD 4.3 TAHOE License",
        "BSD-Advertising-Acknowledgement": "BSD Advertising Acknowledgement License",
        "BSD-ask-to-endorse": "BSD - ask to endorse",
        "BSD-Attribution-HPND-disclaimer": "BSD with Attribution and HPND disclaimer",
        "BSD-Inferno-Nettverk": "BSD-Inferno-Nettverk",
        "BSD-Mark-Modifications": "BSD Mark Modifications License",
        "BSD-Protection": "BSD Protection License",
        "BSD-Source-alt-GPL": "BSD Source Code Attribution - GPL alternative",
        "BSD-Source-beginning-file": "BSD Source Code Attribution - beginning of file variant",
        "BSD-Source-Code": "BSD Source Code Attribution",
        "BSD-Source-Code-no-disclaimer": "BSD Source Code Attribution - no disclaimer",
        "BSD-Systemics": "Systemics BSD variant license",
        "BSD-Systemics-W3Works": "Systemics W3Works BSD variant license",
        "BSL-1.0": "Boost Software License 1.0",
        Buddy: "Buddy License",
        Bugroff: "Bugroff License",
        "BUSL-1.1": "Business Source License 1.1",
        "bzip2-1.0.5": "bzip2 and libbzip2 License v1.0.5",
        "bzip2-1.0.6": "bzip2 and libbzip2 License v1.0.6",
        "C-UDA-1.0": "Computational Use of Data Agreement v1.0",
        "CAL-1.0": "Cryptographic Autonomy License 1.0",
        "CAL-1.0-Combined-Work-Exception": "Cryptographic Autonomy License 1.0 (Combined Work Exception)",
        Caldera: "Caldera License",
        "Caldera-no-preamble": "Caldera License (without preamble)",
        "CAPEC-tou": "Common Attack    Pattern Enumeration and Classification License",
        Catharon: "Catharon License",
        "CATOSL-1.1": "Computer Associates Trusted Open Source License 1.1",
        "CC-BY-1.0": "Creative Commons Attribution 1.0 Generic",
        "CC-BY-2.0": "Creative Commons Attribution 2.0 Generic",
        "CC-BY-2.5": "Creative Commons Attribution 2.5 Generic",
        "CC-BY-2.5-AU": "Creative Commons Attribution 2.5 Australia",
        "CC-BY-3.0": "Creative Commons Attribution 3.0 Unported",
        "CC-BY-3.0-AT": "Creative Commons Attribution 3.0 Austria",
        "CC-BY-3.0-AU": "Creative Commons Attribution 3.0 Australia",
        "CC-BY-3.0-DE": "Creative Commons Attribution 3.0 Germany",
        "CC-BY-3.0-IGO": "Creative Commons Attribution 3.0 IGO",
        "CC-BY-3.0-NL": "Creative Commons Attribution 3.0 Netherlands",
        "CC-BY-3.0-US": "Creative Commons Attribution 3.0 United States",
        "CC-BY-4.0": "Creative Commons Attribution 4.0 International",
        "CC-BY-NC-1.0": "Creative Commons Attribution Non Commercial 1.0 Generic",
        "CC-BY-NC-2.0": "Creative Commons Attribution Non Commercial 2.0 Generic",
        "CC-BY-NC-2.5": "Creative Commons Attribution Non Commercial 2.5 Generic",
        "CC-BY-NC-3.0": "Creative Commons Attribution Non Commercial 3.0 Unported",
        "CC-BY-NC-3.0-DE": "Creative Commons Attribution Non Commercial 3.0 Germany",
        "CC-BY-NC-3.0-IGO": "Creative Commons Attribution Non Commercial 3.0 IGO",
        "CC-BY-NC-4.0": "Creative Commons Attribution Non Commercial 4.0 International",
        "CC-BY-NC-ND-1.0": "Creative Commons Attribution Non Commercial No Derivatives 1.0 Generic",
        "CC-BY-NC-ND-2.0": "Creative Commons Attribution Non Commercial No Derivatives 2.0 Generic",
        "CC-BY-NC-ND-2.5": "Creative Commons Attribution Non Commercial No Derivatives 2.5 Generic",
        "CC-BY-NC-ND-3.0": "Creative Commons Attribution Non Commercial No Derivatives 3.0 Unported",
        "CC-BY-NC-ND-3.0-DE": "Creative Commons Attribution Non Commercial No Derivatives 3.0 Germany",
        "CC-BY-NC-ND-3.0-IGO": "Creative Commons Attribution Non Commercial No Derivatives 3.0 IGO",
        "CC-BY-NC-ND-4.0": "Creative Commons Attribution Non Commercial No Derivatives 4.0 International",
        "CC-BY-NC-SA-1.0": "Creative Commons Attribution Non Commercial Share Alike 1.0 Generic",
        "CC-BY-NC-SA-2.0": "Creative Commons Attribution Non Commercial Share Alike 2.0 Generic",
        "CC-BY-NC-SA-2.0-DE": "Creative Commons Attribution Non Commercial Share Alike 2.0 Germany",
        "CC-BY-NC-SA-2.0-FR": "Creative Commons Attribution-NonCommercial-ShareAlike 2.0 France",
        "CC-BY-NC-SA-2.0-UK": "Creative Commons Attribution Non Commercial Share Alike 2.0 England and Wales",
        "CC-BY-NC-SA-2.5": "Creative Commons Attribution Non Commercial Share Alike 2.5 Generic",
        "CC-BY-NC-SA-3.0": "Creative Commons Attribution Non Commercial Share Alike 3.0 Unported",
        "CC-BY-NC-SA-3.0-DE": "Creative Commons Attribution Non Commercial Share Alike 3.0 Germany",
        "CC-BY-NC-SA-3.0-IGO": "Creative Commons Attribution Non Commercial Share Alike 3.0 IGO",
        "CC-BY-NC-SA-4.0": "Creative Commons Attribution Non Commercial Share Alike 4.0 International",
        "CC-BY-ND-1.0": "Creative Commons Attribution No Derivatives 1.0 Generic",
        "CC-BY-ND-2.0": "Creative Commons Attribution No Derivatives 2.0 Generic",
        "CC-BY-ND-2.5": "Creative Commons Attribution No Derivatives 2.5 Generic",
        "CC-BY-ND-3.0": "Creative Commons Attribution No Derivatives 3.0 Unported",
        "CC-BY-ND-3.0-DE": "Creative Commons Attribution No Derivatives 3.0 Germany",
        "CC-BY-ND-4.0": "Creative Commons Attribution No Derivatives 4.0 International",
        "CC-BY-SA-1.0": "Creative Commons Attribution Share Alike 1.0 Generic",
        "CC-BY-SA-2.0": "Creative Commons Attribution Share Alike 2.0 Generic",
        "CC-BY-SA-2.0-UK": "Creative Commons Attribution Share Alike 2.0 England and Wales",
        "CC-BY-SA-2.1-JP": "Creative Commons Attribution Share Alike 2.1 Japan",
        "CC-BY-SA-2.5": "Creative Commons Attribution Share Alike 2.5 Generic",
        "CC-BY-SA-3.0": "Creative Commons Attribution Share Alike 3.0 Unported",
        "CC-BY-SA-3.0-AT": "Creative Commons Attribution Share Alike 3.0 Austria",
        "CC-BY-SA-3.0-DE": "Creative Commons Attribution Share Alike 3.0 Germany",
        "CC-BY-SA-3.0-IGO": "Creative Commons Attribution-ShareAlike 3.0 IGO",
        "CC-BY-SA-4.0": "Creative Commons Attribution Share Alike 4.0 International",
        "CC-PDDC": "Creative Commons Public Domain Dedication and Certification",
        "CC-PDM-1.0": "Creative    Commons Public Domain Mark 1.0 Universal",
        "CC-SA-1.0": "Creative Commons Share Alike 1.0 Generic",
        "CC0-1.0": "Creative Commons Zero v1.0 Universal",
        "CDDL-1.0": "Common Development and Distribution License 1.0",
        "CDDL-1.1": "Common Development and Distribution License 1.1",
        "CDL-1.0": "Common Documentation License 1.0",
        "CDLA-Permissive-1.0": "Community Data License Agreement Permissive 1.0",
        "CDLA-Permissive-2.0": "Community Data License Agreement Permissive 2.0",
        "CDLA-Sharing-1.0": "Community Data License Agreement Sharing 1.0",
        "CECILL-1.0": "CeCILL Free Software License Agreement v1.0",
        "CECILL-1.1": "CeCILL Free Software License Agreement v1.1",
        "CECILL-2.0": "CeCILL Free Software License Agreement v2.0",
        "CECILL-2.1": "CeCILL Free Software License Agreement v2.1",
        "CECILL-B": "CeCILL-B Free Software License Agreement",
        "CECILL-C": "CeCILL-C Free Software License Agreement",
        "CERN-OHL-1.1": "CERN Open Hardware Licence v1.1",
        "CERN-OHL-1.2": "CERN Open Hardware Licence v1.2",
        "CERN-OHL-P-2.0": "CERN Open Hardware Licence Version 2 - Permissive",
        "CERN-OHL-S-2.0": "CERN Open Hardware Licence Version 2 - Strongly Reciprocal",
        "CERN-OHL-W-2.0": "CERN Open Hardware Licence Version 2 - Weakly Reciprocal",
        CFITSIO: "CFITSIO License",
        "check-cvs": "check-cvs License",
        checkmk: "Checkmk License",
        ClArtistic: "Clarified Artistic License",
        Clips: "Clips License",
        "CMU-Mach": "CMU Mach License",
        "CMU-Mach-nodoc": "CMU    Mach - no notices-in-documentation variant",
        "CNRI-Jython": "CNRI Jython License",
        "CNRI-Python": "CNRI Python License",
        "CNRI-Python-GPL-Compatible": "CNRI Python Open Source GPL Compatible License Agreement",
        "COIL-1.0": "Copyfree Open Innovation License",
        "Community-Spec-1.0": "Community Specification License 1.0",
        "Condor-1.1": "Condor Public License v1.1",
        "copyleft-next-0.3.0": "copyleft-next 0.3.0",
        "copyleft-next-0.3.1": "copyleft-next 0.3.1",
        "Cornell-Lossless-JPEG": "Cornell Lossless JPEG License",
        "CPAL-1.0": "Common Public Attribution License 1.0",
        "CPL-1.0": "Common Public License 1.0",
        "CPOL-1.02": "Code Project Open License 1.02",
        Cronyx: "Cronyx License",
        Crossword: "Crossword License",
        CryptoSwift: "CryptoSwift License",
        CrystalStacker: "CrystalStacker License",
        "CUA-OPL-1.0": "CUA Office Public License v1.0",
        Cube: "Cube License",
        curl: "curl License",
        "cve-tou": "Common Vulnerability Enumeration ToU License",
        "D-FSL-1.0": "Deutsche Freie Software Lizenz",
        "DEC-3-Clause": "DEC 3-Clause License",
        diffmark: "diffmark license",
        "DL-DE-BY-2.0": "Data licence Germany \u2013 attribution \u2013 version 2.0",
        "DL-DE-ZERO-2.0": "Data licence Germany \u2013 zero \u2013 version 2.0",
        DOC: "DOC License",
        "DocBook-DTD": "DocBook DTD License",
        "DocBook-Schema": "DocBook Schema License",
        "DocBook-Stylesheet": "DocBook Stylesheet License",
        "DocBook-XML": "DocBook XML License",
        Dotseqn: "Dotseqn License",
        "DRL-1.0": "Detection Rule License 1.0",
        "DRL-1.1": "Detection Rule License 1.1",
        DSDP: "DSDP License",
        dtoa: "David M. Gay dtoa License",
        dvipdfm: "dvipdfm License",
        "ECL-1.0": "Educational Community License v1.0",
        "ECL-2.0": "Educational Community License v2.0",
        "eCos-2.0": "eCos license version 2.0",
        "EFL-1.0": "Eiffel Forum License v1.0",
        "EFL-2.0": "Eiffel Forum License v2.0",
        eGenix: "eGenix.com Public License 1.1.0",
        "Elastic-2.0": "Elastic License 2.0",
        Entessa: "Entessa Public License v1.0",
        EPICS: "EPICS Open License",
        "EPL-1.0": "Eclipse Public License 1.0",
        "EPL-2.0": "Eclipse Public License 2.0",
        "ErlPL-1.1": "Erlang Public License v1.1",
        "ESA-PL-permissive-2.4": "European Space Agency Public License \u2013 v2.4 \u2013 Permissive (Type 3)",
        "ESA-PL-strong-copyleft-2.4": "European Space Agency Public License (ESA-PL) - V2.4 - Strong Copyleft (Type 1)",
        "ESA-PL-weak-copyleft-2.4": "European Space Agency Public License \u2013 v2.4 \u2013 Weak Copyleft (Type 2)",
        "etalab-2.0": "Etalab Open License 2.0",
        EUDatagrid: "EU DataGrid Software License",
        "EUPL-1.0": "European Union Public License 1.0",
        "EUPL-1.1": "European Union Public License 1.1",
        "EUPL-1.2": "European Union Public License 1.2",
        Eurosym: "Eurosym License",
        Fair: "Fair License",
        FBM: "Fuzzy Bitmap License",
        "FDK-AAC": "Fraunhofer FDK AAC Codec Library",
        "FDK-MPEG-H": "Fraunhofer FDK MPEG-H Software",
        "Ferguson-Twofish": "Ferguson Twofish License",
        "Frameworx-1.0": "Frameworx Open License 1.0",
        "FreeBSD-DOC": "FreeBSD Documentation License",
        FreeImage: "FreeImage Public License v1.0",
        FSFAP: "FSF All Permissive License",
        "FSFAP-no-warranty-disclaimer": "FSF All Permissive License (without Warranty)",
        FSFUL: "FSF Unlimited License",
        FSFULLR: "FSF Unlimited License (with License Retention)",
        FSFULLRSD: "FSF Unlimited License (with License Retention and Short Disclaimer)",
        FSFULLRWD: "FSF Unlimited License (With License Retention and Warranty Disclaimer)",
        "FSL-1.1-ALv2": "Functional Source License, Version 1.1, ALv2 Future License",
        "FSL-1.1-MIT": "Functional Source License, Version 1.1, MIT Future License",
        FTL: "Freetype Project License",
        Furuseth: "Furuseth License",
        fwlw: "fwlw License",
        "Game-Programming-Gems": "Game Programming Gems License",
        "GCR-docs": "Gnome GCR Documentation License",
        GD: "GD License",
        "generic-xts": "Generic XTS License",
        "GFDL-1.1": "GNU Free Documentation License v1.1",
        "GFDL-1.1-invariants-only": "GNU Free Documentation License v1.1 only - invariants",
        "GFDL-1.1-invariants-or-later": "GNU Free Documentation License v1.1 or later - invariants",
        "GFDL-1.1-no-invariants-only": "GNU Free Documentation License v1.1 only - no invariants",
        "GFDL-1.1-no-invariants-or-later": "GNU Free Documentation License v1.1 or later - no invariants",
        "GFDL-1.1-only": "GNU Free Documentation License v1.1 only",
        "GFDL-1.1-or-later": "GNU Free Documentation License v1.1 or later",
        "GFDL-1.2": "GNU Free Documentation License v1.2",
        "GFDL-1.2-invariants-only": "GNU Free Documentation License v1.2 only - invariants",
        "GFDL-1.2-invariants-or-later": "GNU Free Documentation License v1.2 or later - invariants",
        "GFDL-1.2-no-invariants-only": "GNU Free Documentation License v1.2 only - no invariants",
        "GFDL-1.2-no-invariants-or-later": "GNU Free Documentation License v1.2 or later - no invariants",
        "GFDL-1.2-only": "GNU Free Documentation License v1.2 only",
        "GFDL-1.2-or-later": "GNU Free Documentation License v1.2 or later",
        "GFDL-1.3": "GNU Free Documentation License v1.3",
        "GFDL-1.3-invariants-only": "GNU Free Documentation License v1.3 only - invariants",
        "GFDL-1.3-invariants-or-later": "GNU Free Documentation License v1.3 or later - invariants",
        "GFDL-1.3-no-invariants-only": "GNU Free Documentation License v1.3 only - no invariants",
        "GFDL-1.3-no-invariants-or-later": "GNU Free Documentation License v1.3 or later - no invariants",
        "GFDL-1.3-only": "GNU Free Documentation License v1.3 only",
        "GFDL-1.3-or-later": "GNU Free Documentation License v1.3 or later",
        Giftware: "Giftware License",
        GL2PS: "GL2PS License",
        Glide: "3dfx Glide License",
        Glulxe: "Glulxe License",
        GLWTPL: "Good Luck With That Public License",
        gnuplot: "gnuplot License",
        "GPL-1.0": "GNU General Public License v1.0 only",
        "GPL-1.0+": "GNU General Public License v1.0 or later",
        "GPL-1.0-only": "GNU General Public License v1.0 only",
        "GPL-1.0-or-later": "GNU General Public License v1.0 or later",
        "GPL-2.0": "GNU General Public License v2.0 only",
        "GPL-2.0+": "GNU General Public License v2.0 or later",
        "GPL-2.0-only": "GNU General Public License v2.0 only",
        "GPL-2.0-or-later": "GNU General Public License v2.0 or later",
        "GPL-2.0-with-autoconf-exception": "GNU General Public License v2.0 w/Autoconf exception",
        "GPL-2.0-with-bison-exception": "GNU General Public License v2.0 w/Bison exception",
        "GPL-2.0-with-classpath-exception": "GNU General Public License v2.0 w/Classpath exception",
        "GPL-2.0-with-font-exception": "GNU General Public License v2.0 w/Font exception",
        "GPL-2.0-with-GCC-exception": "GNU General Public License v2.0 w/GCC Runtime Library exception",
        "GPL-3.0": "GNU General Public License v3.0 only",
        "GPL-3.0+": "GNU General Public License v3.0 or later",
        "GPL-3.0-only": "GNU General Public License v3.0 only",
        "GPL-3.0-or-later": "GNU General Public License v3.0 or later",
        "GPL-3.0-with-autoconf-exception": "GNU General Public License v3.0 w/Autoconf exception",
        "GPL-3.0-with-GCC-exception": "GNU General Public License v3.0 w/GCC Runtime Library exception",
        "Graphics-Gems": "Graphics Gems License",
        "gSOAP-1.3b": "gSOAP Public License v1.3b",
        gtkbook: "gtkbook License",
        Gutmann: "Gutmann License",
        HaskellReport: "Haskell Language Report License",
        HDF5: "HDF5 License",
        hdparm: "hdparm License",
        HIDAPI: "HIDAPI License",
        "Hippocratic-2.1": "Hippocratic License 2.1",
        "Hippocratic-3.0-core": "Hippocratic License 3.0",
        "HP-1986": "Hewlett-Packard 1986 License",
        "HP-1989": "Hewlett-Packard 1989 License",
        HPND: "Historical Permission Notice and Disclaimer",
        "HPND-DEC": "Historical Permission Notice and Disclaimer - DEC variant",
        "HPND-doc": "Historical Permission Notice and Disclaimer - documentation variant",
        "HPND-doc-sell": "Historical Permission Notice and Disclaimer - documentation sell variant",
        "HPND-export-US": "HPND with US Government export control warning",
        "HPND-export-US-acknowledgement": "HPND with US Government export control warning and acknowledgment",
        "HPND-export-US-modify": "HPND with US Government export control warning and modification rqmt",
        "HPND-export2-US": "HPND with US Government export control and 2 disclaimers",
        "HPND-Fenneberg-Livingston": "Historical Permission Notice and Disclaimer - Fenneberg-Livingston variant",
        "HPND-INRIA-IMAG": "Historical Permission Notice and Disclaimer    - INRIA-IMAG variant",
        "HPND-Intel": "Historical Permission Notice and Disclaimer - Intel variant",
        "HPND-Kevlin-Henney": "Historical Permission Notice and Disclaimer - Kevlin Henney variant",
        "HPND-Markus-Kuhn": "Historical Permission Notice and Disclaimer - Markus Kuhn variant",
        "HPND-merchantability-variant": "Historical Permission Notice and Disclaimer - merchantability variant",
        "HPND-MIT-disclaimer": "Historical Permission Notice and Disclaimer with MIT disclaimer",
        "HPND-Netrek": "Historical Permission Notice and Disclaimer - Netrek variant",
        "HPND-Pbmplus": "Historical Permission Notice and Disclaimer - Pbmplus variant",
        "HPND-sell-MIT-disclaimer-xserver": "Historical Permission Notice and Disclaimer - sell xserver variant with MIT disclaimer",
        "HPND-sell-regexpr": "Historical Permission Notice and Disclaimer - sell regexpr variant",
        "HPND-sell-variant": "Historical Permission Notice and Disclaimer - sell variant",
        "HPND-sell-variant-critical-systems": "HPND - sell variant with safety critical systems clause",
        "HPND-sell-variant-MIT-disclaimer": "HPND sell variant with MIT disclaimer",
        "HPND-sell-variant-MIT-disclaimer-rev": "HPND sell variant with MIT disclaimer - reverse",
        "HPND-SMC": "Historical Permission Notice and Disclaimer - SMC variant",
        "HPND-UC": "Historical Permission Notice and Disclaimer - University of California variant",
        "HPND-UC-export-US": "Historical Permission Notice and Disclaimer - University of California, US export warning",
        HTMLTIDY: "HTML Tidy License",
        "hyphen-bulgarian": "hyphen-bulgarian License",
        "IBM-pibs": "IBM PowerPC Initialization and Boot Software",
        ICU: "ICU License",
        "IEC-Code-Components-EULA": "IEC    Code Components End-user licence agreement",
        IJG: "Independent JPEG Group License",
        "IJG-short": "Independent JPEG Group License - short",
        ImageMagick: "ImageMagick License",
        iMatix: "iMatix Standard Function Library Agreement",
        Imlib2: "Imlib2 License",
        "Info-ZIP": "Info-ZIP License",
        Informatica: "Informatica License",
        "Inner-Net-2.0": "Inner Net License v2.0",
        InnoSetup: "Inno Setup License",
        Intel: "Intel Open Source License",
        "Intel-ACPI": "Intel ACPI Software License Agreement",
        "Interbase-1.0": "Interbase Public License v1.0",
        IPA: "IPA Font License",
        "IPL-1.0": "IBM Public License v1.0",
        ISC: "ISC License",
        "ISC-Veillard": "ISC Veillard variant",
        "ISO-permission": "ISO permission notice",
        Jam: "Jam License",
        "JasPer-2.0": "JasPer License",
        jove: "Jove License",
        "JPL-image": "JPL Image Use Policy",
        JPNIC: "Japan Network Information Center License",
        JSON: "JSON License",
        Kastrup: "Kastrup License",
        Kazlib: "Kazlib License",
        "Knuth-CTAN": "Knuth CTAN License",
        "LAL-1.2": "Licence Art Libre 1.2",
        "LAL-1.3": "Licence Art Libre 1.3",
        Latex2e: "Latex2e License",
        "Latex2e-translated-notice": "Latex2e with translated notice permission",
        Leptonica: "Leptonica License",
        "LGPL-2.0": "GNU Library General Public License v2 only",
        "LGPL-2.0+": "GNU Library General Public License v2 or later",
        "LGPL-2.0-only": "GNU Library General Public License v2 only",
        "LGPL-2.0-or-later": "GNU Library General Public License v2 or later",
        "LGPL-2.1": "GNU Lesser General Public License v2.1 only",
        "LGPL-2.1+": "GNU Lesser General Public License v2.1 or later",
        "LGPL-2.1-only": "GNU Lesser General Public License v2.1 only",
        "LGPL-2.1-or-later": "GNU Lesser General Public License v2.1 or later",
        "LGPL-3.0": "GNU Lesser General Public License v3.0 only",
        "LGPL-3.0+": "GNU Lesser General Public License v3.0 or later",
        "LGPL-3.0-only": "GNU Lesser General Public License v3.0 only",
        "LGPL-3.0-or-later": "GNU Lesser General Public License v3.0 or later",
        LGPLLR: "Lesser General Public License For Linguistic Resources",
        Libpng: "libpng License",
        "libpng-1.6.35": "PNG Reference Library License v1 (for libpng 0.5 through 1.6.35)",
        "libpng-2.0": "PNG Reference Library version 2",
        "libselinux-1.0": "libselinux public domain notice",
        libtiff: "libtiff License",
        "libutil-David-Nugent": "libutil David Nugent License",
        "LiLiQ-P-1.1": "Licence Libre du Qu\xE9bec \u2013 Permissive version 1.1",
        "LiLiQ-R-1.1": "Licence Libre du Qu\xE9bec \u2013 R\xE9ciprocit\xE9 version 1.1",
        "LiLiQ-Rplus-1.1": "Licence Libre du Qu\xE9bec \u2013 R\xE9ciprocit\xE9 forte version 1.1",
        "Linux-man-pages-1-para": "Linux man-pages - 1 paragraph",
        "Linux-man-pages-copyleft": "Linux man-pages Copyleft",
        "Linux-man-pages-copyleft-2-para": "Linux man-pages Copyleft - 2 paragraphs",
        "Linux-man-pages-copyleft-var": "Linux man-pages Copyleft Variant",
        "Linux-OpenIB": "Linux Kernel Variant of OpenIB.org license",
        LOOP: "Common Lisp LOOP License",
        "LPD-document": "LPD Documentation License",
        "LPL-1.0": "Lucent Public License Version 1.0",
        "LPL-1.02": "Lucent Public License v1.02",
        "LPPL-1.0": "LaTeX Project Public License v1.0",
        "LPPL-1.1": "LaTeX Project Public License v1.1",
        "LPPL-1.2": "LaTeX Project Public License v1.2",
        "LPPL-1.3a": "LaTeX Project Public License v1.3a",
        "LPPL-1.3c": "LaTeX Project Public License v1.3c",
        lsof: "lsof License",
        "Lucida-Bitmap-Fonts": "Lucida Bitmap Fonts License",
        "LZMA-SDK-9.11-to-9.20": "LZMA SDK License (versions 9.11 to 9.20)",
        "LZMA-SDK-9.22": "LZMA SDK License (versions 9.22 and beyond)",
        "Mackerras-3-Clause": "Mackerras 3-Clause License",
        "Mackerras-3-Clause-acknowledgment": "Mackerras 3-Clause - acknowledgment variant",
        magaz: "magaz License",
        mailprio: "mailprio License",
        MakeIndex: "MakeIndex License",
        man2html: "man2html License",
        "Martin-Birgmeier": "Martin Birgmeier License",
        "McPhee-slideshow": "McPhee Slideshow License",
        metamail: "metamail License",
        Minpack: "Minpack License",
        MIPS: "MIPS License",
        MirOS: "The MirOS Licence",
        MIT: "MIT License",
        "MIT-0": "MIT No Attribution",
        "MIT-advertising": "Enlightenment License (e16)",
        "MIT-Click": "MIT Click License",
        "MIT-CMU": "CMU License",
        "MIT-enna": "enna License",
        "MIT-feh": "feh License",
        "MIT-Festival": "MIT Festival Variant",
        "MIT-Khronos-old": "MIT Khronos - old variant",
        "MIT-Modern-Variant": "MIT License Modern Variant",
        "MIT-open-group": "MIT Open Group variant",
        "MIT-STK": "MIT-STK License",
        "MIT-testregex": "MIT testregex Variant",
        "MIT-Wu": "MIT Tom Wu Variant",
        MITNFA: "MIT +no-false-attribs license",
        MMIXware: "MMIXware License",
        "MMPL-1.0.1": "Minecraft Mod Public License v1.0.1",
        Motosoto: "Motosoto License",
        "MPEG-SSG": "MPEG Software Simulation",
        "mpi-permissive": "mpi Permissive License",
        mpich2: "mpich2 License",
        "MPL-1.0": "Mozilla Public License 1.0",
        "MPL-1.1": "Mozilla Public License 1.1",
        "MPL-2.0": "Mozilla Public License 2.0",
        "MPL-2.0-no-copyleft-exception": "Mozilla Public License 2.0 (no copyleft exception)",
        mplus: "mplus Font License",
        "MS-LPL": "Microsoft Limited Public License",
        "MS-PL": "Microsoft Public License",
        "MS-RL": "Microsoft Reciprocal License",
        MTLL: "Matrix Template Library License",
        "MulanPSL-1.0": "Mulan Permissive Software License, Version 1",
        "MulanPSL-2.0": "Mulan Permissive Software License, Version 2",
        Multics: "Multics License",
        Mup: "Mup License",
        "MVT-1.1": "MVT License 1.1",
        "NAIST-2003": "Nara Institute of Science and Technology License (2003)",
        "NASA-1.3": "NASA Open Source Agreement 1.3",
        Naumen: "Naumen Public License",
        "NBPL-1.0": "Net Boolean Public License v1",
        "NCBI-PD": "NCBI Public Domain Notice",
        "NCGL-UK-2.0": "Non-Commercial Government Licence",
        NCL: "NCL Source Code License",
        NCSA: "University of Illinois/NCSA Open Source License",
        "Net-SNMP": "Net-SNMP License",
        NetCDF: "NetCDF license",
        Newsletr: "Newsletr License",
        NGPL: "Nethack General Public License",
        ngrep: "ngrep License",
        "NICTA-1.0": "NICTA Public Software License, Version 1.0",
        "NIST-PD": "NIST Public Domain Notice",
        "NIST-PD-fallback": "NIST Public Domain Notice with license fallback",
        "NIST-PD-TNT": "NIST    Public Domain Notice TNT variant",
        "NIST-Software": "NIST Software License",
        "NLOD-1.0": "Norwegian Licence for Open Government Data (NLOD) 1.0",
        "NLOD-2.0": "Norwegian Licence for Open Government Data (NLOD) 2.0",
        NLPL: "No Limit Public License",
        Nokia: "Nokia Open Source License",
        NOSL: "Netizen Open Source License",
        Noweb: "Noweb License",
        "NPL-1.0": "Netscape Public License v1.0",
        "NPL-1.1": "Netscape Public License v1.1",
        "NPOSL-3.0": "Non-Profit Open Software License 3.0",
        NRL: "NRL License",
        "NTIA-PD": "NTIA Public Domain Notice",
        NTP: "NTP License",
        "NTP-0": "NTP No Attribution",
        Nunit: "Nunit License",
        "O-UDA-1.0": "Open Use of Data Agreement v1.0",
        OAR: "OAR License",
        "OCCT-PL": "Open CASCADE Technology Public License",
        "OCLC-2.0": "OCLC Research Public License 2.0",
        "ODbL-1.0": "Open Data Commons Open Database License v1.0",
        "ODC-By-1.0": "Open Data Commons Attribution License v1.0",
        OFFIS: "OFFIS License",
        "OFL-1.0": "SIL Open Font License 1.0",
        "OFL-1.0-no-RFN": "SIL Open Font License 1.0 with no Reserved Font Name",
        "OFL-1.0-RFN": "SIL Open Font License 1.0 with Reserved Font Name",
        "OFL-1.1": "SIL Open Font License 1.1",
        "OFL-1.1-no-RFN": "SIL Open Font License 1.1 with no Reserved Font Name",
        "OFL-1.1-RFN": "SIL Open Font License 1.1 with Reserved Font Name",
        "OGC-1.0": "OGC Software License, Version 1.0",
        "OGDL-Taiwan-1.0": "Taiwan Open Government Data License, version 1.0",
        "OGL-Canada-2.0": "Open Government Licence - Canada",
        "OGL-UK-1.0": "Open Government Licence v1.0",
        "OGL-UK-2.0": "Open Government Licence v2.0",
        "OGL-UK-3.0": "Open Government Licence v3.0",
        OGTSL: "Open Group Test Suite License",
        "OLDAP-1.1": "Open LDAP Public License v1.1",
        "OLDAP-1.2": "Open LDAP Public License v1.2",
        "OLDAP-1.3": "Open LDAP Public License v1.3",
        "OLDAP-1.4": "Open LDAP Public License v1.4",
        "OLDAP-2.0": "Open LDAP Public License v2.0 (or possibly 2.0A and 2.0B)",
        "OLDAP-2.0.1": "Open LDAP Public License v2.0.1",
        "OLDAP-2.1": "Open LDAP Public License v2.1",
        "OLDAP-2.2": "Open LDAP Public License v2.2",
        "OLDAP-2.2.1": "Open LDAP Public License v2.2.1",
        "OLDAP-2.2.2": "Open LDAP Public License 2.2.2",
        "OLDAP-2.3": "Open LDAP Public License v2.3",
        "OLDAP-2.4": "Open LDAP Public License v2.4",
        "OLDAP-2.5": "Open LDAP Public License v2.5",
        "OLDAP-2.6": "Open LDAP Public License v2.6",
        "OLDAP-2.7": "Open LDAP Public License v2.7",
        "OLDAP-2.8": "Open LDAP Public License v2.8",
        "OLFL-1.3": "Open Logistics Foundation License Version 1.3",
        OML: "Open Market License",
        "OpenMDW-1.0": "OpenMDW License Agreement v1.0",
        "OpenPBS-2.3": "OpenPBS v2.3 Software License",
        OpenSSL: "OpenSSL License",
        "OpenSSL-standalone": "OpenSSL License - standalone",
        OpenVision: "OpenVision License",
        "OPL-1.0": "Open Public License v1.0",
        "OPL-UK-3.0": "United    Kingdom Open Parliament Licence v3.0",
        "OPUBL-1.0": "Open Publication License v1.0",
        "OSC-1.0": "OSC License 1.0",
        "OSET-PL-2.1": "OSET Public License version 2.1",
        "OSL-1.0": "Open Software License 1.0",
        "OSL-1.1": "Open Software License 1.1",
        "OSL-2.0": "Open Software License 2.0",
        "OSL-2.1": "Open Software License 2.1",
        "OSL-3.0": "Open Software License 3.0",
        OSSP: "OSSP License",
        PADL: "PADL License",
        "ParaType-Free-Font-1.3": "ParaType Free Font Licensing Agreement v1.3",
        "Parity-6.0.0": "The Parity Public License 6.0.0",
        "Parity-7.0.0": "The Parity Public License 7.0.0",
        "PDDL-1.0": "Open Data Commons Public Domain Dedication & License 1.0",
        "PHP-3.0": "PHP License v3.0",
        "PHP-3.01": "PHP License v3.01",
        Pixar: "Pixar License",
        pkgconf: "pkgconf License",
        Plexus: "Plexus Classworlds License",
        pnmstitch: "pnmstitch License",
        "PolyForm-Noncommercial-1.0.0": "PolyForm Noncommercial License 1.0.0",
        "PolyForm-Small-Business-1.0.0": "PolyForm Small Business License 1.0.0",
        PostgreSQL: "PostgreSQL License",
        PPL: "Peer Production License",
        "PSF-2.0": "Python Software Foundation License 2.0",
        psfrag: "psfrag License",
        psutils: "psutils License",
        "Python-2.0": "Python License 2.0",
        "Python-2.0.1": "Python License 2.0.1",
        "python-ldap": "Python ldap License",
        Qhull: "Qhull License",
        "QPL-1.0": "Q Public License 1.0",
        "QPL-1.0-INRIA-2004": "Q Public License 1.0 - INRIA 2004 variant",
        radvd: "radvd License",
        Rdisc: "Rdisc License",
        "RHeCos-1.1": "Red Hat eCos Public License v1.1",
        "RPL-1.1": "Reciprocal Public License 1.1",
        "RPL-1.5": "Reciprocal Public License 1.5",
        "RPSL-1.0": "RealNetworks Public Source License v1.0",
        "RSA-MD": "RSA Message-Digest License",
        RSCPL: "Ricoh Source Code Public License",
        Ruby: "Ruby License",
        "Ruby-pty": "Ruby pty extension license",
        "SAX-PD": "Sax Public Domain Notice",
        "SAX-PD-2.0": "Sax Public Domain Notice 2.0",
        Saxpath: "Saxpath License",
        SCEA: "SCEA Shared Source License",
        SchemeReport: "Scheme Language Report License",
        Sendmail: "Sendmail License",
        "Sendmail-8.23": "Sendmail License 8.23",
        "Sendmail-Open-Source-1.1": "Sendmail Open Source License v1.1",
        "SGI-B-1.0": "SGI Free Software License B v1.0",
        "SGI-B-1.1": "SGI Free Software License B v1.1",
        "SGI-B-2.0": "SGI Free Software License B v2.0",
        "SGI-OpenGL": "SGI OpenGL License",
        "SGMLUG-PM": "SGMLUG Parser Materials License",
        SGP4: "SGP4 Permission Notice",
        "SHL-0.5": "Solderpad Hardware License v0.5",
        "SHL-0.51": "Solderpad Hardware License, Version 0.51",
        "SimPL-2.0": "Simple Public License 2.0",
        SISSL: "Sun Industry Standards Source License v1.1",
        "SISSL-1.2": "Sun Industry Standards Source License v1.2",
        SL: "SL License",
        Sleepycat: "Sleepycat License",
        "SMAIL-GPL": "SMAIL General Public License",
        SMLNJ: "Standard ML of New Jersey License",
        SMPPL: "Secure Messaging Protocol Public License",
        SNIA: "SNIA Public License 1.1",
        snprintf: "snprintf License",
        SOFA: "SOFA Software License",
        softSurfer: "softSurfer License",
        Soundex: "Soundex License",
        "Spencer-86": "Spencer License 86",
        "Spencer-94": "Spencer License 94",
        "Spencer-99": "Spencer License 99",
        "SPL-1.0": "Sun Public License v1.0",
        "ssh-keyscan": "ssh-keyscan License",
        "SSH-OpenSSH": "SSH OpenSSH license",
        "SSH-short": "SSH short notice",
        "SSLeay-standalone": "SSLeay License - standalone",
        "SSPL-1.0": "Server Side Public License, v 1",
        "StandardML-NJ": "Standard ML of New Jersey License",
        "SugarCRM-1.1.3": "SugarCRM Public License v1.1.3",
        "SUL-1.0": "Sustainable Use License v1.0",
        "Sun-PPP": "Sun PPP License",
        "Sun-PPP-2000": "Sun PPP License (2000)",
        SunPro: "SunPro License",
        SWL: "Scheme Widget Library (SWL) Software License Agreement",
        swrule: "swrule License",
        Symlinks: "Symlinks License",
        "TAPR-OHL-1.0": "TAPR Open Hardware License v1.0",
        TCL: "TCL/TK License",
        "TCP-wrappers": "TCP Wrappers License",
        TekHVC: "TekHVC License",
        TermReadKey: "TermReadKey License",
        "TGPPL-1.0": "Transitive Grace Period Public Licence 1.0",
        ThirdEye: "ThirdEye License",
        threeparttable: "threeparttable License",
        TMate: "TMate Open Source License",
        "TORQUE-1.1": "TORQUE v2.5+ Software License v1.1",
        TOSL: "Trusster Open Source License",
        TPDL: "Time::ParseDate License",
        "TPL-1.0": "THOR Public License 1.0",
        TrustedQSL: "TrustedQSL License",
        TTWL: "Text-Tabs+Wrap License",
        TTYP0: "TTYP0 License",
        "TU-Berlin-1.0": "Technische Universitaet Berlin License 1.0",
        "TU-Berlin-2.0": "Technische Universitaet Berlin License 2.0",
        "Ubuntu-font-1.0": "Ubuntu Font Licence v1.0",
        UCAR: "UCAR License",
        "UCL-1.0": "Upstream Compatibility License v1.0",
        ulem: "ulem License",
        "UMich-Merit": "Michigan/Merit Networks License",
        "Unicode-3.0": "Unicode License v3",
        "Unicode-DFS-2015": "Unicode License Agreement - Data Files and Software (2015)",
        "Unicode-DFS-2016": "Unicode License Agreement - Data Files and Software (2016)",
        "Unicode-TOU": "Unicode Terms of Use",
        UnixCrypt: "UnixCrypt License",
        Unlicense: "The Unlicense",
        "Unlicense-libtelnet": "Unlicense - libtelnet variant",
        "Unlicense-libwhirlpool": "Unlicense - libwhirlpool variant",
        UnRAR: "UnRAR License",
        "UPL-1.0": "Universal Permissive License v1.0",
        "URT-RLE": "Utah Raster Toolkit Run Length Encoded License",
        Vim: "Vim License",
        "Vixie-Cron": "Vixie Cron License",
        VOSTROM: "VOSTROM Public License for Open Source",
        "VSL-1.0": "Vovida Software License v1.0",
        W3C: "W3C Software Notice and License (2002-12-31)",
        "W3C-19980720": "W3C Software Notice and License (1998-07-20)",
        "W3C-20150513": "W3C Software Notice and Document License (2015-05-13)",
        w3m: "w3m License",
        "Watcom-1.0": "Sybase Open Watcom Public License 1.0",
        "Widget-Workshop": "Widget Workshop License",
        WordNet: "WordNet License",
        Wsuipa: "Wsuipa License",
        WTFNMFPL: "Do What The F*ck You Want To But It's Not My Fault Public License",
        WTFPL: "Do What The F*ck You Want To Public License",
        wwl: "WWL License",
        wxWindows: "wxWindows Library License",
        X11: "X11 License",
        "X11-distribute-modifications-variant": "X11 License Distribution Modification Variant",
        "X11-no-permit-persons": "X11 no permit persons clause",
        "X11-swapped": "X11 swapped final paragraphs",
        "Xdebug-1.03": "Xdebug License v 1.03",
        Xerox: "Xerox License",
        Xfig: "Xfig License",
        "XFree86-1.1": "XFree86 License 1.1",
        xinetd: "xinetd License",
        "xkeyboard-config-Zinoviev": "xkeyboard-config Zinoviev License",
        xlock: "xlock License",
        Xnet: "X.Net License",
        xpp: "XPP License",
        XSkat: "XSkat License",
        xzoom: "xzoom License",
        "YPL-1.0": "Yahoo! Public License v1.0",
        "YPL-1.1": "Yahoo! Public License v1.1",
        Zed: "Zed License",
        Zeeff: "Zeeff License",
        "Zend-2.0": "Zend License v2.0",
        "Zimbra-1.3": "Zimbra Public License v1.3",
        "Zimbra-1.4": "Zimbra Public License v1.4",
        Zlib: "zlib License",
        "zlib-acknowledgement": "zlib/libpng License with Acknowledgement",
        "ZPL-1.1": "Zope Public License 1.1",
        "ZPL-2.0": "Zope Public License 2.0",
        "ZPL-2.1": "Zope Public License 2.1",
        "389-exception": "389 Directory Server Exception",
        "Asterisk-exception": "Asterisk exception",
        "Asterisk-linking-protocols-exception": "Asterisk linking protocols exception",
        "Autoconf-exception-2.0": "Autoconf exception 2.0",
        "Autoconf-exception-3.0": "Autoconf exception 3.0",
        "Autoconf-exception-generic": "Autoconf generic exception",
        "Autoconf-exception-generic-3.0": "Autoconf generic exception for GPL-3.0",
        "Autoconf-exception-macro": "Autoconf macro exception",
        "Bison-exception-1.24": "Bison exception 1.24",
        "Bison-exception-2.2": "Bison exception 2.2",
        "Bootloader-exception": "Bootloader Distribution Exception",
        "CGAL-linking-exception": "CGAL Linking Exception",
        "Classpath-exception-2.0": "Classpath exception 2.0",
        "Classpath-exception-2.0-short": "Classpath exception 2.0 - short",
        "CLISP-exception-2.0": "CLISP exception 2.0",
        "cryptsetup-OpenSSL-exception": "cryptsetup OpenSSL exception",
        "Digia-Qt-LGPL-exception-1.1": "Digia Qt LGPL Exception version 1.1",
        "DigiRule-FOSS-exception": "DigiRule FOSS License Exception",
        "eCos-exception-2.0": "eCos exception 2.0",
        "erlang-otp-linking-exception": "Erlang/OTP Linking Exception",
        "Fawkes-Runtime-exception": "Fawkes Runtime Exception",
        "FLTK-exception": "FLTK exception",
        "fmt-exception": "fmt exception",
        "Font-exception-2.0": "Font exception 2.0",
        "freertos-exception-2.0": "FreeRTOS Exception 2.0",
        "GCC-exception-2.0": "GCC Runtime Library exception 2.0",
        "GCC-exception-2.0-note": "GCC    Runtime Library exception 2.0 - note variant",
        "GCC-exception-3.1": "GCC Runtime Library exception 3.1",
        "Gmsh-exception": "Gmsh exception",
        "GNAT-exception": "GNAT exception",
        "GNOME-examples-exception": "GNOME examples exception",
        "GNU-compiler-exception": "GNU Compiler Exception",
        "gnu-javamail-exception": "GNU JavaMail exception",
        "Google-Patent-WebM": "Google Additional IP Rights Grant (Patents) - WebM",
        "GPL-3.0-389-ds-base-exception": "GPL-3.0 389 DS Base Exception",
        "GPL-3.0-interface-exception": "GPL-3.0 Interface Exception",
        "GPL-3.0-linking-exception": "GPL-3.0 Linking Exception",
        "GPL-3.0-linking-source-exception": "GPL-3.0 Linking Exception (with Corresponding Source)",
        "GPL-CC-1.0": "GPL Cooperation Commitment 1.0",
        "GStreamer-exception-2005": "GStreamer Exception (2005)",
        "GStreamer-exception-2008": "GStreamer Exception (2008)",
        "harbour-exception": "harbour exception",
        "i2p-gpl-java-exception": "i2p GPL+Java Exception",
        "Independent-modules-exception": "Independent Module Linking exception",
        "KiCad-libraries-exception": "KiCad Libraries Exception",
        "kvirc-openssl-exception": "kvirc OpenSSL Exception",
        "LGPL-3.0-linking-exception": "LGPL-3.0 Linking Exception",
        "libpri-OpenH323-exception": "libpri OpenH323 exception",
        "Libtool-exception": "Libtool Exception",
        "Linux-syscall-note": "Linux Syscall Note",
        LLGPL: "LLGPL Preamble",
        "LLVM-exception": "LLVM Exception",
        "LZMA-exception": "LZMA exception",
        "mif-exception": "Macros and Inline Functions Exception",
        "mxml-exception": "mxml Exception",
        "Nokia-Qt-exception-1.1": "Nokia Qt LGPL exception 1.1",
        "OCaml-LGPL-linking-exception": "OCaml LGPL Linking Exception",
        "OCCT-exception-1.0": "Open CASCADE Exception 1.0",
        "OpenJDK-assembly-exception-1.0": "OpenJDK Assembly exception 1.0",
        "openvpn-openssl-exception": "OpenVPN OpenSSL Exception",
        "PCRE2-exception": "PCRE2 exception",
        "polyparse-exception": "Polyparse Exception",
        "PS-or-PDF-font-exception-20170817": "PS/PDF font exception (2017-08-17)",
        "QPL-1.0-INRIA-2004-exception": "INRIA QPL 1.0 2004 variant exception",
        "Qt-GPL-exception-1.0": "Qt GPL exception 1.0",
        "Qt-LGPL-exception-1.1": "Qt LGPL exception 1.1",
        "Qwt-exception-1.0": "Qwt exception 1.0",
        "romic-exception": "Romic Exception",
        "RRDtool-FLOSS-exception-2.0": "RRDtool FLOSS exception 2.0",
        "rsync-linking-exception": "rsync Linking Exception",
        "SANE-exception": "SANE Exception",
        "SHL-2.0": "Solderpad Hardware License v2.0",
        "SHL-2.1": "Solderpad Hardware License v2.1",
        "Simple-Library-Usage-exception": "Simple Library Usage Exception",
        "Spelling-Provider-LGPL-exception": "Spelling Provider LGPL exception",
        "sqlitestudio-OpenSSL-exception": "sqlitestudio OpenSSL exception",
        "stunnel-exception": "stunnel Exception",
        "SWI-exception": "SWI exception",
        "Swift-exception": "Swift Exception",
        "Texinfo-exception": "Texinfo exception",
        "u-boot-exception-2.0": "U-Boot exception 2.0",
        "UBDL-exception": "Unmodified Binary Distribution exception",
        "Universal-FOSS-exception-1.0": "Universal FOSS Exception, Version 1.0",
        "vsftpd-openssl-exception": "vsftpd OpenSSL exception",
        "WxWindows-exception-3.1": "WxWindows Library Exception 3.1",
        "x11vnc-openssl-exception": "x11vnc OpenSSL Exception"
      }
    };
  }
});

// node_modules/@cyclonedx/cyclonedx-library/dist.node/spdx.js
var require_spdx = __commonJS({
  "node_modules/@cyclonedx/cyclonedx-library/dist.node/spdx.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: !0 });
    exports.isSupportedSpdxId = isSupportedSpdxId2;
    exports.fixupSpdxId = fixupSpdxId;
    var spdx_SNAPSHOT_schema_json_1 = require_spdx_SNAPSHOT_schema(), spdxIds = new Set(spdx_SNAPSHOT_schema_json_1.enum), spdxLowerToActual = Object.freeze(Object.fromEntries(spdx_SNAPSHOT_schema_json_1.enum.map((spdxId) => [spdxId.toLowerCase(), spdxId])));
    function isSupportedSpdxId2(value) {
      return spdxIds.has(value);
    }
    function fixupSpdxId(value) {
      return typeof value == "string" && value.length > 0 ? spdxLowerToActual[value.toLowerCase()] : void 0;
    }
  }
});

// node_modules/@cyclonedx/cyclonedx-library/dist.node/enums/componentType.js
var require_componentType = __commonJS({
  "node_modules/@cyclonedx/cyclonedx-library/dist.node/enums/componentType.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: !0 });
    exports.ComponentType = void 0;
    var ComponentType;
    (function(ComponentType2) {
      ComponentType2.Application = "application", ComponentType2.Framework = "framework", ComponentType2.Library = "library", ComponentType2.Container = "container", ComponentType2.Platform = "platform", ComponentType2.OperatingSystem = "operating-system", ComponentType2.Device = "device", ComponentType2.DeviceDriver = "device-driver", ComponentType2.Firmware = "firmware", ComponentType2.File = "file", ComponentType2.MachineLearningModel = "machine-learning-model", ComponentType2.Data = "data", ComponentType2.CryptographicAsset = "cryptographic-asset";
    })(ComponentType || (exports.ComponentType = ComponentType = {}));
  }
});

// node_modules/@cyclonedx/cyclonedx-library/dist.node/enums/externalReferenceType.js
var require_externalReferenceType = __commonJS({
  "node_modules/@cyclonedx/cyclonedx-library/dist.node/enums/externalReferenceType.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: !0 });
    exports.ExternalReferenceType = void 0;
    var ExternalReferenceType;
    (function(ExternalReferenceType2) {
      ExternalReferenceType2.VCS = "vcs", ExternalReferenceType2.IssueTracker = "issue-tracker", ExternalReferenceType2.Website = "website", ExternalReferenceType2.Advisories = "advisories", ExternalReferenceType2.BOM = "bom", ExternalReferenceType2.MailingList = "mailing-list", ExternalReferenceType2.Social = "social", ExternalReferenceType2.Chat = "chat", ExternalReferenceType2.Documentation = "documentation", ExternalReferenceType2.Support = "support", ExternalReferenceType2.SourceDistribution = "source-distribution", ExternalReferenceType2.Distribution = "distribution", ExternalReferenceType2.DistributionIntake = "distribution-intake", ExternalReferenceType2.License = "license", ExternalReferenceType2.BuildMeta = "build-meta", ExternalReferenceType2.BuildSystem = "build-system", ExternalReferenceType2.ReleaseNotes = "release-notes", ExternalReferenceType2.SecurityContact = "security-contact", ExternalReferenceType2.ModelCard = "model-card", ExternalReferenceType2.Log = "log", ExternalReferenceType2.Configuration = "configuration", ExternalReferenceType2.Evidence = "evidence", ExternalReferenceType2.Formulation = "formulation", ExternalReferenceType2.Attestation = "attestation", ExternalReferenceType2.ThreatModel = "threat-model", ExternalReferenceType2.AdversaryModel = "adversary-model", ExternalReferenceType2.RiskAssessment = "risk-assessment", ExternalReferenceType2.VulnerabilityAssertion = "vulnerability-assertion", ExternalReferenceType2.ExploitabilityStatement = "exploitability-statement", ExternalReferenceType2.PentestReport = "pentest-report", ExternalReferenceType2.StaticAnalysisReport = "static-analysis-report", ExternalReferenceType2.DynamicAnalysisReport = "dynamic-analysis-report", ExternalReferenceType2.RuntimeAnalysisReport = "runtime-analysis-report", ExternalReferenceType2.ComponentAnalysisReport = "component-analysis-report", ExternalReferenceType2.MaturityReport = "maturity-report", ExternalReferenceType2.CertificationReport = "certification-report", ExternalReferenceType2.CodifiedInfrastructure = "codified-infrastructure", ExternalReferenceType2.QualityMetrics = "quality-metrics", ExternalReferenceType2.POAM = "poam", ExternalReferenceType2.ElectronicSignature = "electronic-signature", ExternalReferenceType2.DigitalSignature = "digital-signature", ExternalReferenceType2.RFC9116 = "rfc-9116", ExternalReferenceType2.Citation = "citation", ExternalReferenceType2.Patent = "patent", ExternalReferenceType2.PatentAssertion = "patent-assertion", ExternalReferenceType2.PatentFamily = "patent-family", ExternalReferenceType2.Other = "other";
    })(ExternalReferenceType || (exports.ExternalReferenceType = ExternalReferenceType = {}));
  }
});

// node_modules/@cyclonedx/cyclonedx-library/dist.node/enums/hashAlogorithm.js
var require_hashAlogorithm = __commonJS({
  "node_modules/@cyclonedx/cyclonedx-library/dist.node/enums/hashAlogorithm.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: !0 });
    exports.HashAlgorithm = void 0;
    var HashAlgorithm;
    (function(HashAlgorithm2) {
      HashAlgorithm2.MD5 = "MD5", HashAlgorithm2["SHA-1"] = "SHA-1", HashAlgorithm2["SHA-256"] = "SHA-256", HashAlgorithm2["SHA-384"] = "SHA-384", HashAlgorithm2["SHA-512"] = "SHA-512", HashAlgorithm2["SHA3-256"] = "SHA3-256", HashAlgorithm2["SHA3-384"] = "SHA3-384", HashAlgorithm2["SHA3-512"] = "SHA3-512", HashAlgorithm2["BLAKE2b-256"] = "BLAKE2b-256", HashAlgorithm2["BLAKE2b-384"] = "BLAKE2b-384", HashAlgorithm2["BLAKE2b-512"] = "BLAKE2b-512", HashAlgorithm2.BLAKE3 = "BLAKE3", HashAlgorithm2["Streebog-256"] = "Streebog-256", HashAlgorithm2["Streebog-512"] = "Streebog-512";
    })(HashAlgorithm || (exports.HashAlgorithm = HashAlgorithm = {}));
  }
});

// node_modules/@cyclonedx/cyclonedx-library/dist.node/enums/vulnerability/ratingMethod.js
var require_ratingMethod = __commonJS({
  "node_modules/@cyclonedx/cyclonedx-library/dist.node/enums/vulnerability/ratingMethod.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: !0 });
    exports.RatingMethod = void 0;
    var RatingMethod;
    (function(RatingMethod2) {
      RatingMethod2.CVSSv2 = "CVSSv2", RatingMethod2.CVSSv3 = "CVSSv3", RatingMethod2.CVSSv31 = "CVSSv31", RatingMethod2.CVSSv4 = "CVSSv4", RatingMethod2.OWASP = "OWASP", RatingMethod2.SSVC = "SSVC", RatingMethod2.Other = "other";
    })(RatingMethod || (exports.RatingMethod = RatingMethod = {}));
  }
});

// node_modules/@cyclonedx/cyclonedx-library/dist.node/models/attachment.js
var require_attachment = __commonJS({
  "node_modules/@cyclonedx/cyclonedx-library/dist.node/models/attachment.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: !0 });
    exports.Attachment = void 0;
    var Attachment = class {
      contentType;
      content;
      encoding;
      constructor(content, op = {}) {
        this.contentType = op.contentType, this.content = content, this.encoding = op.encoding;
      }
    };
    exports.Attachment = Attachment;
  }
});

// node_modules/@cyclonedx/cyclonedx-library/dist.node/types/integer.js
var require_integer = __commonJS({
  "node_modules/@cyclonedx/cyclonedx-library/dist.node/types/integer.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: !0 });
    exports.isInteger = isInteger;
    exports.isNonNegativeInteger = isNonNegativeInteger;
    exports.isPositiveInteger = isPositiveInteger;
    function isInteger(value) {
      return Number.isInteger(value);
    }
    function isNonNegativeInteger(value) {
      return isInteger(value) && value >= 0;
    }
    function isPositiveInteger(value) {
      return isInteger(value) && value > 0;
    }
  }
});

// node_modules/@cyclonedx/cyclonedx-library/dist.node/_helpers/sortable.js
var require_sortable = __commonJS({
  "node_modules/@cyclonedx/cyclonedx-library/dist.node/_helpers/sortable.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: !0 });
    exports.SortableNumbers = exports.SortableStringables = exports.SortableComparables = exports.SortableSet = exports.compareObjectsSymbol = void 0;
    exports.compareObjectsSymbol = /* @__PURE__ */ Symbol("internal compare function");
    var SortableSet = class extends Set {
      sorted() {
        return Array.from(this).sort(this[exports.compareObjectsSymbol]);
      }
      compare(other) {
        let sortedOther = other.sorted(), sortedSelf = this.sorted();
        if (sortedSelf.length !== sortedOther.length)
          return sortedSelf.length - sortedOther.length;
        for (let i = sortedSelf.length - 1; i >= 0; --i) {
          let iCompared = this[exports.compareObjectsSymbol](sortedSelf[i], sortedOther[i]);
          if (iCompared !== 0)
            return iCompared;
        }
        return 0;
      }
    };
    exports.SortableSet = SortableSet;
    var SortableComparables = class extends SortableSet {
      [exports.compareObjectsSymbol](a, b) {
        return a.constructor === b.constructor ? a.compare(b) : a.constructor.name.localeCompare(b.constructor.name);
      }
    };
    exports.SortableComparables = SortableComparables;
    var SortableStringables = class extends SortableSet {
      [exports.compareObjectsSymbol](a, b) {
        return a.toString().localeCompare(b.toString());
      }
    };
    exports.SortableStringables = SortableStringables;
    var SortableNumbers = class extends SortableSet {
      [exports.compareObjectsSymbol](a, b) {
        return a - b;
      }
    };
    exports.SortableNumbers = SortableNumbers;
  }
});

// node_modules/@cyclonedx/cyclonedx-library/dist.node/_helpers/tree.js
var require_tree = __commonJS({
  "node_modules/@cyclonedx/cyclonedx-library/dist.node/_helpers/tree.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: !0 });
    exports.treeIteratorSymbol = void 0;
    exports.treeIteratorSymbol = /* @__PURE__ */ Symbol("iterator of a tree/nesting-like structure");
  }
});

// node_modules/@cyclonedx/cyclonedx-library/dist.node/types/cpe.js
var require_cpe = __commonJS({
  "node_modules/@cyclonedx/cyclonedx-library/dist.node/types/cpe.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: !0 });
    exports.isCPE = isCPE;
    var cpePattern = /^([c][pP][eE]:\/[AHOaho]?(:[A-Za-z0-9\._\-~%]*){0,6})$|^(cpe:2\.3:[aho\*\-](:(((\?*|\*?)([a-zA-Z0-9\-\._]|(\\[\\\*\?!"#$$%&'\(\)\+,\/:;<=>@\[\]\^`\{\|}~]))+(\?*|\*?))|[\*\-])){5}(:(([a-zA-Z]{2,3}(-([a-zA-Z]{2}|[0-9]{3}))?)|[\*\-]))(:(((\?*|\*?)([a-zA-Z0-9\-\._]|(\\[\\\*\?!"#$$%&'\(\)\+,\/:;<=>@\[\]\^`\{\|}~]))+(\?*|\*?))|[\*\-])){4})$/;
    function isCPE(value) {
      return typeof value == "string" && cpePattern.test(value);
    }
  }
});

// node_modules/@cyclonedx/cyclonedx-library/dist.node/models/bomRef.js
var require_bomRef = __commonJS({
  "node_modules/@cyclonedx/cyclonedx-library/dist.node/models/bomRef.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: !0 });
    exports.BomRefRepository = exports.BomRef = void 0;
    var BomRef = class {
      value;
      constructor(value) {
        this.value = value;
      }
      compare(other) {
        return this.toString().localeCompare(other.toString());
      }
      toString() {
        return this.value ?? "";
      }
    };
    exports.BomRef = BomRef;
    var BomRefRepository = class extends Set {
    };
    exports.BomRefRepository = BomRefRepository;
  }
});

// node_modules/@cyclonedx/cyclonedx-library/dist.node/models/copyright.js
var require_copyright = __commonJS({
  "node_modules/@cyclonedx/cyclonedx-library/dist.node/models/copyright.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: !0 });
    exports.CopyrightRepository = void 0;
    var sortable_1 = require_sortable(), CopyrightRepository = class extends sortable_1.SortableStringables {
    };
    exports.CopyrightRepository = CopyrightRepository;
  }
});

// node_modules/@cyclonedx/cyclonedx-library/dist.node/models/hash.js
var require_hash = __commonJS({
  "node_modules/@cyclonedx/cyclonedx-library/dist.node/models/hash.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: !0 });
    exports.HashDictionary = void 0;
    var HashDictionary = class _HashDictionary extends Map {
      static #compareItems([a1, c1], [a2, c2]) {
        return a1.localeCompare(a2) || c1.localeCompare(c2);
      }
      sorted() {
        return Array.from(this.entries()).sort(_HashDictionary.#compareItems);
      }
    };
    exports.HashDictionary = HashDictionary;
  }
});

// node_modules/@cyclonedx/cyclonedx-library/dist.node/models/externalReference.js
var require_externalReference = __commonJS({
  "node_modules/@cyclonedx/cyclonedx-library/dist.node/models/externalReference.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: !0 });
    exports.ExternalReferenceRepository = exports.ExternalReference = void 0;
    var sortable_1 = require_sortable(), hash_1 = require_hash(), ExternalReference = class {
      url;
      type;
      hashes;
      comment;
      constructor(url, type, op = {}) {
        this.url = url, this.type = type, this.hashes = op.hashes ?? new hash_1.HashDictionary(), this.comment = op.comment;
      }
      compare(other) {
        return this.type.localeCompare(other.type) || this.url.toString().localeCompare(other.url.toString());
      }
    };
    exports.ExternalReference = ExternalReference;
    var ExternalReferenceRepository = class extends sortable_1.SortableComparables {
    };
    exports.ExternalReferenceRepository = ExternalReferenceRepository;
  }
});

// node_modules/@cyclonedx/cyclonedx-library/dist.node/models/property.js
var require_property = __commonJS({
  "node_modules/@cyclonedx/cyclonedx-library/dist.node/models/property.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: !0 });
    exports.PropertyRepository = exports.Property = void 0;
    var sortable_1 = require_sortable(), Property = class {
      name;
      value;
      constructor(name, value) {
        this.name = name, this.value = value;
      }
      compare(other) {
        return this.name.localeCompare(other.name) || this.value.localeCompare(other.value);
      }
    };
    exports.Property = Property;
    var PropertyRepository = class extends sortable_1.SortableComparables {
    };
    exports.PropertyRepository = PropertyRepository;
  }
});

// node_modules/@cyclonedx/cyclonedx-library/dist.node/models/license.js
var require_license = __commonJS({
  "node_modules/@cyclonedx/cyclonedx-library/dist.node/models/license.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: !0 });
    exports.LicenseRepository = exports.SpdxLicense = exports.NamedLicense = exports.LicenseExpression = void 0;
    var property_1 = require_property(), LicenseExpression = class {
      #expression;
      acknowledgement;
      constructor(expression) {
        this.expression = expression;
      }
      get expression() {
        return this.#expression;
      }
      set expression(value) {
        if (value === "")
          throw new RangeError("value is empty string");
        this.#expression = value;
      }
      compare(other) {
        return this.#expression.localeCompare(other.#expression);
      }
    };
    exports.LicenseExpression = LicenseExpression;
    var DisjunctiveLicenseBase = class {
      acknowledgement;
      text;
      #url;
      properties;
      constructor(op = {}) {
        this.acknowledgement = op.acknowledgement, this.text = op.text, this.url = op.url, this.properties = op.properties ?? new property_1.PropertyRepository();
      }
      get url() {
        return this.#url;
      }
      set url(value) {
        this.#url = value === "" ? void 0 : value;
      }
    }, NamedLicense = class extends DisjunctiveLicenseBase {
      name;
      constructor(name, op = {}) {
        super(op), this.name = name;
      }
      compare(other) {
        return this.name.localeCompare(other.name);
      }
    };
    exports.NamedLicense = NamedLicense;
    var SpdxLicense = class extends DisjunctiveLicenseBase {
      #id;
      constructor(id, op = {}) {
        super(op), this.id = id;
      }
      get id() {
        return this.#id;
      }
      set id(value) {
        if (value === "")
          throw new RangeError("value is empty string");
        this.#id = value;
      }
      compare(other) {
        return this.#id.localeCompare(other.#id);
      }
    };
    exports.SpdxLicense = SpdxLicense;
    var LicenseRepository = class _LicenseRepository extends Set {
      static #compareItems(a, b) {
        return a.constructor === b.constructor ? a.compare(b) : a.constructor.name.localeCompare(b.constructor.name);
      }
      sorted() {
        return Array.from(this).sort(_LicenseRepository.#compareItems);
      }
    };
    exports.LicenseRepository = LicenseRepository;
  }
});

// node_modules/@cyclonedx/cyclonedx-library/dist.node/models/component.js
var require_component = __commonJS({
  "node_modules/@cyclonedx/cyclonedx-library/dist.node/models/component.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: !0 });
    exports.ComponentEvidence = exports.ComponentRepository = exports.Component = void 0;
    var sortable_1 = require_sortable(), tree_1 = require_tree(), cpe_1 = require_cpe(), bomRef_1 = require_bomRef(), copyright_1 = require_copyright(), externalReference_1 = require_externalReference(), hash_1 = require_hash(), license_1 = require_license(), property_1 = require_property(), Component = class {
      type;
      name;
      author;
      copyright;
      description;
      externalReferences;
      group;
      hashes;
      licenses;
      publisher;
      purl;
      scope;
      supplier;
      swid;
      version;
      components;
      properties;
      evidence;
      #bomRef;
      #cpe;
      dependencies;
      constructor(type, name, op = {}) {
        this.#bomRef = new bomRef_1.BomRef(op.bomRef), this.type = type, this.name = name, this.supplier = op.supplier, this.author = op.author, this.copyright = op.copyright, this.externalReferences = op.externalReferences ?? new externalReference_1.ExternalReferenceRepository(), this.group = op.group, this.hashes = op.hashes ?? new hash_1.HashDictionary(), this.licenses = op.licenses ?? new license_1.LicenseRepository(), this.publisher = op.publisher, this.purl = op.purl, this.scope = op.scope, this.swid = op.swid, this.version = op.version, this.description = op.description, this.components = op.components ?? new ComponentRepository(), this.cpe = op.cpe, this.properties = op.properties ?? new property_1.PropertyRepository(), this.evidence = op.evidence, this.dependencies = op.dependencies ?? new bomRef_1.BomRefRepository();
      }
      get bomRef() {
        return this.#bomRef;
      }
      get cpe() {
        return this.#cpe;
      }
      set cpe(value) {
        if (value !== void 0 && !(0, cpe_1.isCPE)(value))
          throw new TypeError("Not CPE nor undefined");
        this.#cpe = value;
      }
      compare(other) {
        let bomRefCompare = this.bomRef.compare(other.bomRef);
        return bomRefCompare !== 0 ? bomRefCompare : this.purl !== void 0 && other.purl !== void 0 ? this.purl.localeCompare(other.purl) : this.#cpe !== void 0 && other.#cpe !== void 0 ? this.#cpe.localeCompare(other.#cpe) : (this.group ?? "").localeCompare(other.group ?? "") || this.name.localeCompare(other.name) || (this.version ?? "").localeCompare(other.version ?? "");
      }
    };
    exports.Component = Component;
    var ComponentRepository = class extends sortable_1.SortableComparables {
      *[tree_1.treeIteratorSymbol]() {
        for (let component of this)
          yield component, yield* component.components[tree_1.treeIteratorSymbol]();
      }
    };
    exports.ComponentRepository = ComponentRepository;
    var ComponentEvidence = class {
      licenses;
      copyright;
      constructor(op = {}) {
        this.licenses = op.licenses ?? new license_1.LicenseRepository(), this.copyright = op.copyright ?? new copyright_1.CopyrightRepository();
      }
    };
    exports.ComponentEvidence = ComponentEvidence;
  }
});

// node_modules/@cyclonedx/cyclonedx-library/dist.node/models/lifecycle.js
var require_lifecycle = __commonJS({
  "node_modules/@cyclonedx/cyclonedx-library/dist.node/models/lifecycle.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: !0 });
    exports.LifecycleRepository = exports.NamedLifecycle = void 0;
    var NamedLifecycle = class {
      name;
      description;
      constructor(name, op = {}) {
        this.name = name, this.description = op.description;
      }
      compare(other) {
        return this.name.localeCompare(other.name);
      }
    };
    exports.NamedLifecycle = NamedLifecycle;
    var LifecycleRepository = class _LifecycleRepository extends Set {
      static #compareItems(a, b) {
        return a.constructor === b.constructor ? a instanceof NamedLifecycle ? a.compare(b) : a.localeCompare(b) : a.constructor.name.localeCompare(b.constructor.name);
      }
      sorted() {
        return Array.from(this).sort(_LifecycleRepository.#compareItems);
      }
    };
    exports.LifecycleRepository = LifecycleRepository;
  }
});

// node_modules/@cyclonedx/cyclonedx-library/dist.node/models/organizationalContact.js
var require_organizationalContact = __commonJS({
  "node_modules/@cyclonedx/cyclonedx-library/dist.node/models/organizationalContact.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: !0 });
    exports.OrganizationalContactRepository = exports.OrganizationalContact = void 0;
    var sortable_1 = require_sortable(), OrganizationalContact = class {
      name;
      email;
      phone;
      constructor(op = {}) {
        this.name = op.name, this.email = op.email, this.phone = op.phone;
      }
      compare(other) {
        return (this.name ?? "").localeCompare(other.name ?? "") || (this.email ?? "").localeCompare(other.email ?? "") || (this.phone ?? "").localeCompare(other.phone ?? "");
      }
    };
    exports.OrganizationalContact = OrganizationalContact;
    var OrganizationalContactRepository = class extends sortable_1.SortableComparables {
    };
    exports.OrganizationalContactRepository = OrganizationalContactRepository;
  }
});

// node_modules/@cyclonedx/cyclonedx-library/dist.node/models/service.js
var require_service = __commonJS({
  "node_modules/@cyclonedx/cyclonedx-library/dist.node/models/service.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: !0 });
    exports.ServiceRepository = exports.Service = void 0;
    var sortable_1 = require_sortable(), tree_1 = require_tree(), bomRef_1 = require_bomRef(), externalReference_1 = require_externalReference(), license_1 = require_license(), property_1 = require_property(), Service = class {
      provider;
      group;
      name;
      version;
      description;
      licenses;
      externalReferences;
      services;
      properties;
      #bomRef;
      dependencies;
      constructor(name, op = {}) {
        this.#bomRef = new bomRef_1.BomRef(op.bomRef), this.provider = op.provider, this.group = op.group, this.name = name, this.version = op.version, this.description = op.description, this.licenses = op.licenses ?? new license_1.LicenseRepository(), this.externalReferences = op.externalReferences ?? new externalReference_1.ExternalReferenceRepository(), this.services = op.services ?? new ServiceRepository(), this.properties = op.properties ?? new property_1.PropertyRepository(), this.dependencies = op.dependencies ?? new bomRef_1.BomRefRepository();
      }
      get bomRef() {
        return this.#bomRef;
      }
      compare(other) {
        let bomRefCompare = this.bomRef.compare(other.bomRef);
        return bomRefCompare !== 0 ? bomRefCompare : (this.group ?? "").localeCompare(other.group ?? "") || this.name.localeCompare(other.name) || (this.version ?? "").localeCompare(other.version ?? "");
      }
    };
    exports.Service = Service;
    var ServiceRepository = class extends sortable_1.SortableComparables {
      *[tree_1.treeIteratorSymbol]() {
        for (let service of this)
          yield service, yield* service.services[tree_1.treeIteratorSymbol]();
      }
    };
    exports.ServiceRepository = ServiceRepository;
  }
});

// node_modules/@cyclonedx/cyclonedx-library/dist.node/models/tool.js
var require_tool = __commonJS({
  "node_modules/@cyclonedx/cyclonedx-library/dist.node/models/tool.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: !0 });
    exports.Tools = exports.ToolRepository = exports.Tool = void 0;
    var sortable_1 = require_sortable(), component_1 = require_component(), externalReference_1 = require_externalReference(), hash_1 = require_hash(), service_1 = require_service(), Tool = class _Tool {
      vendor;
      name;
      version;
      hashes;
      externalReferences;
      constructor(op = {}) {
        this.vendor = op.vendor, this.name = op.name, this.version = op.version, this.hashes = op.hashes ?? new hash_1.HashDictionary(), this.externalReferences = op.externalReferences ?? new externalReference_1.ExternalReferenceRepository();
      }
      compare(other) {
        return (this.vendor ?? "").localeCompare(other.vendor ?? "") || (this.name ?? "").localeCompare(other.name ?? "") || (this.version ?? "").localeCompare(other.version ?? "");
      }
      static fromComponent(component) {
        return new _Tool({
          vendor: component.group,
          name: component.name,
          version: component.version,
          hashes: component.hashes,
          externalReferences: component.externalReferences
        });
      }
      static fromService(service) {
        return new _Tool({
          vendor: service.group,
          name: service.name,
          version: service.version,
          externalReferences: service.externalReferences
        });
      }
    };
    exports.Tool = Tool;
    var ToolRepository = class extends sortable_1.SortableComparables {
    };
    exports.ToolRepository = ToolRepository;
    var Tools = class {
      components;
      services;
      tools;
      constructor(op = {}) {
        this.components = op.components ?? new component_1.ComponentRepository(), this.services = op.services ?? new service_1.ServiceRepository(), this.tools = op.tools ?? new ToolRepository();
      }
      get size() {
        return this.components.size + this.services.size + this.tools.size;
      }
    };
    exports.Tools = Tools;
  }
});

// node_modules/@cyclonedx/cyclonedx-library/dist.node/models/metadata.js
var require_metadata = __commonJS({
  "node_modules/@cyclonedx/cyclonedx-library/dist.node/models/metadata.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: !0 });
    exports.Metadata = void 0;
    var license_1 = require_license(), lifecycle_1 = require_lifecycle(), organizationalContact_1 = require_organizationalContact(), property_1 = require_property(), tool_1 = require_tool(), Metadata = class {
      timestamp;
      lifecycles;
      tools;
      authors;
      component;
      manufacture;
      supplier;
      licenses;
      properties;
      constructor(op = {}) {
        this.timestamp = op.timestamp, this.lifecycles = op.lifecycles ?? new lifecycle_1.LifecycleRepository(), this.tools = op.tools ?? new tool_1.Tools(), this.authors = op.authors ?? new organizationalContact_1.OrganizationalContactRepository(), this.component = op.component, this.manufacture = op.manufacture, this.supplier = op.supplier, this.licenses = op.licenses ?? new license_1.LicenseRepository(), this.properties = op.properties ?? new property_1.PropertyRepository();
      }
    };
    exports.Metadata = Metadata;
  }
});

// node_modules/@cyclonedx/cyclonedx-library/dist.node/types/cwe.js
var require_cwe = __commonJS({
  "node_modules/@cyclonedx/cyclonedx-library/dist.node/types/cwe.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: !0 });
    exports.CweRepository = void 0;
    exports.isCWE = isCWE;
    var sortable_1 = require_sortable(), integer_1 = require_integer();
    function isCWE(value) {
      return (0, integer_1.isPositiveInteger)(value);
    }
    var CweRepository = class extends sortable_1.SortableNumbers {
    };
    exports.CweRepository = CweRepository;
  }
});

// node_modules/@cyclonedx/cyclonedx-library/dist.node/models/vulnerability/advisory.js
var require_advisory = __commonJS({
  "node_modules/@cyclonedx/cyclonedx-library/dist.node/models/vulnerability/advisory.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: !0 });
    exports.AdvisoryRepository = exports.Advisory = void 0;
    var sortable_1 = require_sortable(), Advisory = class {
      title;
      url;
      constructor(url, op = {}) {
        this.url = url, this.title = op.title;
      }
      compare(other) {
        return this.url.toString().localeCompare(other.url.toString()) || (this.title ?? "").localeCompare(other.title ?? "");
      }
    };
    exports.Advisory = Advisory;
    var AdvisoryRepository = class extends sortable_1.SortableComparables {
    };
    exports.AdvisoryRepository = AdvisoryRepository;
  }
});

// node_modules/@cyclonedx/cyclonedx-library/dist.node/models/vulnerability/affect.js
var require_affect = __commonJS({
  "node_modules/@cyclonedx/cyclonedx-library/dist.node/models/vulnerability/affect.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: !0 });
    exports.AffectedVersionRepository = exports.AffectedVersionRange = exports.AffectedSingleVersion = exports.AffectRepository = exports.Affect = void 0;
    var sortable_1 = require_sortable(), Affect = class {
      ref;
      versions;
      constructor(ref, op = {}) {
        this.ref = ref, this.versions = op.versions ?? new AffectedVersionRepository();
      }
      compare(other) {
        return this.ref.compare(other.ref) || this.versions.compare(other.versions);
      }
    };
    exports.Affect = Affect;
    var AffectRepository = class extends sortable_1.SortableComparables {
    };
    exports.AffectRepository = AffectRepository;
    var AffectedSingleVersion = class {
      version;
      status;
      constructor(version, op = {}) {
        this.version = version, this.status = op.status;
      }
      compare(other) {
        return this.version.localeCompare(other.version) || (this.status ?? "").localeCompare(other.status ?? "");
      }
    };
    exports.AffectedSingleVersion = AffectedSingleVersion;
    var AffectedVersionRange = class {
      range;
      status;
      constructor(range, op = {}) {
        this.range = range, this.status = op.status;
      }
      compare(other) {
        return this.range.localeCompare(other.range) || (this.status ?? "").localeCompare(other.status ?? "");
      }
    };
    exports.AffectedVersionRange = AffectedVersionRange;
    var AffectedVersionRepository = class extends sortable_1.SortableComparables {
    };
    exports.AffectedVersionRepository = AffectedVersionRepository;
  }
});

// node_modules/@cyclonedx/cyclonedx-library/dist.node/models/vulnerability/rating.js
var require_rating = __commonJS({
  "node_modules/@cyclonedx/cyclonedx-library/dist.node/models/vulnerability/rating.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: !0 });
    exports.RatingRepository = exports.Rating = void 0;
    var sortable_1 = require_sortable(), Rating = class {
      source;
      score;
      severity;
      method;
      vector;
      justification;
      constructor(op = {}) {
        this.source = op.source, this.score = op.score, this.severity = op.severity, this.method = op.method, this.vector = op.vector, this.justification = op.justification;
      }
      compare(other) {
        return (this.score ?? 0) - (other.score ?? 0) || (this.vector ?? "").localeCompare(other.vector ?? "") || (this.justification ?? "").localeCompare(other.justification ?? "") || (this.severity ?? "").localeCompare(other.severity ?? "") || (this.method ?? "").localeCompare(other.method ?? "") || (this.source && other.source ? this.source.compare(other.source) : 0);
      }
    };
    exports.Rating = Rating;
    var RatingRepository = class extends sortable_1.SortableComparables {
    };
    exports.RatingRepository = RatingRepository;
  }
});

// node_modules/@cyclonedx/cyclonedx-library/dist.node/models/vulnerability/reference.js
var require_reference = __commonJS({
  "node_modules/@cyclonedx/cyclonedx-library/dist.node/models/vulnerability/reference.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: !0 });
    exports.ReferenceRepository = exports.Reference = void 0;
    var sortable_1 = require_sortable(), Reference = class {
      id;
      source;
      constructor(id, source) {
        this.id = id, this.source = source;
      }
      compare(other) {
        return this.id.localeCompare(other.id) || this.source.compare(other.source);
      }
    };
    exports.Reference = Reference;
    var ReferenceRepository = class extends sortable_1.SortableComparables {
    };
    exports.ReferenceRepository = ReferenceRepository;
  }
});

// node_modules/@cyclonedx/cyclonedx-library/dist.node/models/vulnerability/vulnerability.js
var require_vulnerability = __commonJS({
  "node_modules/@cyclonedx/cyclonedx-library/dist.node/models/vulnerability/vulnerability.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: !0 });
    exports.VulnerabilityRepository = exports.Vulnerability = void 0;
    var sortable_1 = require_sortable(), cwe_1 = require_cwe(), bomRef_1 = require_bomRef(), property_1 = require_property(), tool_1 = require_tool(), advisory_1 = require_advisory(), affect_1 = require_affect(), rating_1 = require_rating(), reference_1 = require_reference(), Vulnerability = class {
      #bomRef;
      id;
      source;
      references;
      ratings;
      cwes;
      description;
      detail;
      recommendation;
      advisories;
      created;
      published;
      updated;
      credits;
      tools;
      analysis;
      affects;
      properties;
      constructor(op = {}) {
        this.#bomRef = new bomRef_1.BomRef(op.bomRef), this.id = op.id, this.source = op.source, this.references = op.references ?? new reference_1.ReferenceRepository(), this.ratings = op.ratings ?? new rating_1.RatingRepository(), this.cwes = op.cwes ?? new cwe_1.CweRepository(), this.description = op.description, this.detail = op.detail, this.recommendation = op.recommendation, this.advisories = op.advisories ?? new advisory_1.AdvisoryRepository(), this.created = op.created, this.published = op.published, this.updated = op.updated, this.credits = op.credits, this.tools = op.tools ?? new tool_1.Tools(), this.analysis = op.analysis, this.affects = op.affects ?? new affect_1.AffectRepository(), this.properties = op.properties ?? new property_1.PropertyRepository();
      }
      get bomRef() {
        return this.#bomRef;
      }
      compare(other) {
        let bomRefCompare = this.bomRef.compare(other.bomRef);
        return bomRefCompare !== 0 ? bomRefCompare : (this.id ?? "").localeCompare(other.id ?? "") || (this.created?.getTime() ?? 0) - (other.created?.getTime() ?? 0) || (this.published?.getTime() ?? 0) - (other.published?.getTime() ?? 0) || (this.updated?.getTime() ?? 0) - (other.updated?.getTime() ?? 0) || this.ratings.compare(other.ratings) || this.cwes.compare(other.cwes) || (this.description ?? "").localeCompare(other.description ?? "") || (this.detail ?? "").localeCompare(other.detail ?? "") || (this.recommendation ?? "").localeCompare(other.recommendation ?? "") || (this.source && other.source ? this.source.compare(other.source) : 0) || this.properties.compare(other.properties);
      }
    };
    exports.Vulnerability = Vulnerability;
    var VulnerabilityRepository = class extends sortable_1.SortableComparables {
    };
    exports.VulnerabilityRepository = VulnerabilityRepository;
  }
});

// node_modules/@cyclonedx/cyclonedx-library/dist.node/models/bom.js
var require_bom = __commonJS({
  "node_modules/@cyclonedx/cyclonedx-library/dist.node/models/bom.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: !0 });
    exports.Bom = void 0;
    var integer_1 = require_integer(), component_1 = require_component(), metadata_1 = require_metadata(), service_1 = require_service(), vulnerability_1 = require_vulnerability(), Bom = class {
      metadata;
      components;
      services;
      vulnerabilities;
      #version = 1;
      #serialNumber;
      constructor(op = {}) {
        this.metadata = op.metadata ?? new metadata_1.Metadata(), this.components = op.components ?? new component_1.ComponentRepository(), this.services = op.services ?? new service_1.ServiceRepository(), this.version = op.version ?? this.version, this.vulnerabilities = op.vulnerabilities ?? new vulnerability_1.VulnerabilityRepository(), this.serialNumber = op.serialNumber;
      }
      get version() {
        return this.#version;
      }
      set version(value) {
        if (!(0, integer_1.isPositiveInteger)(value))
          throw new TypeError("Not PositiveInteger");
        this.#version = value;
      }
      get serialNumber() {
        return this.#serialNumber;
      }
      set serialNumber(value) {
        this.#serialNumber = value === "" ? void 0 : value;
      }
    };
    exports.Bom = Bom;
  }
});

// node_modules/@cyclonedx/cyclonedx-library/dist.node/models/bomLink.js
var require_bomLink = __commonJS({
  "node_modules/@cyclonedx/cyclonedx-library/dist.node/models/bomLink.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: !0 });
    exports.BomLinkElement = exports.BomLinkDocument = void 0;
    var BomLinkBase = class {
      #value;
      constructor(value) {
        this.value = value;
      }
      get value() {
        return this.#value;
      }
      set value(value) {
        if (!this._isValid(value))
          throw new RangeError("invalid value");
        this.#value = value;
      }
      compare(other) {
        return this.toString().localeCompare(other.toString());
      }
      toString() {
        return this.value;
      }
    }, BomLinkDocument = class _BomLinkDocument extends BomLinkBase {
      static #pattern = /^urn:cdx:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\/[1-9][0-9]*$/;
      static isValid(value) {
        return typeof value == "string" && this.#pattern.test(value);
      }
      _isValid(value) {
        return _BomLinkDocument.isValid(value);
      }
    };
    exports.BomLinkDocument = BomLinkDocument;
    var BomLinkElement = class _BomLinkElement extends BomLinkBase {
      static #pattern = /^urn:cdx:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\/[1-9][0-9]*#.+$/;
      static isValid(value) {
        return typeof value == "string" && this.#pattern.test(value);
      }
      _isValid(value) {
        return _BomLinkElement.isValid(value);
      }
    };
    exports.BomLinkElement = BomLinkElement;
  }
});

// node_modules/@cyclonedx/cyclonedx-library/dist.node/models/organizationalEntity.js
var require_organizationalEntity = __commonJS({
  "node_modules/@cyclonedx/cyclonedx-library/dist.node/models/organizationalEntity.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: !0 });
    exports.OrganizationalEntityRepository = exports.OrganizationalEntity = void 0;
    var sortable_1 = require_sortable(), organizationalContact_1 = require_organizationalContact(), OrganizationalEntity = class {
      name;
      url;
      contact;
      constructor(op = {}) {
        this.name = op.name, this.url = op.url ?? /* @__PURE__ */ new Set(), this.contact = op.contact ?? new organizationalContact_1.OrganizationalContactRepository();
      }
      compare(other) {
        return (this.name ?? "").localeCompare(other.name ?? "") || this.contact.compare(other.contact) || new sortable_1.SortableStringables(this.url).compare(new sortable_1.SortableStringables(other.url));
      }
    };
    exports.OrganizationalEntity = OrganizationalEntity;
    var OrganizationalEntityRepository = class extends sortable_1.SortableComparables {
    };
    exports.OrganizationalEntityRepository = OrganizationalEntityRepository;
  }
});

// node_modules/@cyclonedx/cyclonedx-library/dist.node/models/swid.js
var require_swid = __commonJS({
  "node_modules/@cyclonedx/cyclonedx-library/dist.node/models/swid.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: !0 });
    exports.SWID = void 0;
    var integer_1 = require_integer(), SWID = class {
      tagId;
      name;
      version;
      patch;
      text;
      url;
      #tagVersion;
      constructor(tagId, name, op = {}) {
        this.tagId = tagId, this.name = name, this.version = op.version, this.patch = op.patch, this.text = op.text, this.url = op.url, this.tagVersion = op.tagVersion;
      }
      get tagVersion() {
        return this.#tagVersion;
      }
      set tagVersion(value) {
        if (value !== void 0 && !(0, integer_1.isNonNegativeInteger)(value))
          throw new TypeError("Not NonNegativeInteger nor undefined");
        this.#tagVersion = value;
      }
    };
    exports.SWID = SWID;
  }
});

// node_modules/@cyclonedx/cyclonedx-library/dist.node/enums/vulnerability/analysisResponse.js
var require_analysisResponse = __commonJS({
  "node_modules/@cyclonedx/cyclonedx-library/dist.node/enums/vulnerability/analysisResponse.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: !0 });
    exports.AnalysisResponseRepository = exports.AnalysisResponse = void 0;
    var sortable_1 = require_sortable(), AnalysisResponse;
    (function(AnalysisResponse2) {
      AnalysisResponse2.CanNotFix = "can_not_fix", AnalysisResponse2.WillNotFix = "will_not_fix", AnalysisResponse2.Update = "update", AnalysisResponse2.Rollback = "rollback", AnalysisResponse2.WorkaroundAvailable = "workaround_available";
    })(AnalysisResponse || (exports.AnalysisResponse = AnalysisResponse = {}));
    var AnalysisResponseRepository = class extends sortable_1.SortableStringables {
    };
    exports.AnalysisResponseRepository = AnalysisResponseRepository;
  }
});

// node_modules/@cyclonedx/cyclonedx-library/dist.node/models/vulnerability/analysis.js
var require_analysis = __commonJS({
  "node_modules/@cyclonedx/cyclonedx-library/dist.node/models/vulnerability/analysis.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: !0 });
    exports.Analysis = void 0;
    var analysisResponse_1 = require_analysisResponse(), Analysis = class {
      state;
      justification;
      response;
      detail;
      constructor(op = {}) {
        this.state = op.state, this.justification = op.justification, this.response = op.response ?? new analysisResponse_1.AnalysisResponseRepository(), this.detail = op.detail;
      }
    };
    exports.Analysis = Analysis;
  }
});

// node_modules/@cyclonedx/cyclonedx-library/dist.node/models/vulnerability/credits.js
var require_credits = __commonJS({
  "node_modules/@cyclonedx/cyclonedx-library/dist.node/models/vulnerability/credits.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: !0 });
    exports.Credits = void 0;
    var organizationalContact_1 = require_organizationalContact(), organizationalEntity_1 = require_organizationalEntity(), Credits = class {
      organizations;
      individuals;
      constructor(op = {}) {
        this.organizations = op.organizations ?? new organizationalEntity_1.OrganizationalEntityRepository(), this.individuals = op.individuals ?? new organizationalContact_1.OrganizationalContactRepository();
      }
    };
    exports.Credits = Credits;
  }
});

// node_modules/@cyclonedx/cyclonedx-library/dist.node/models/vulnerability/source.js
var require_source = __commonJS({
  "node_modules/@cyclonedx/cyclonedx-library/dist.node/models/vulnerability/source.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: !0 });
    exports.Source = void 0;
    var Source = class {
      name;
      url;
      constructor(op = {}) {
        this.name = op.name, this.url = op.url;
      }
      compare(other) {
        return (this.url?.toString() ?? "").localeCompare(other.url?.toString() ?? "") || (this.name ?? "").localeCompare(other.name ?? "");
      }
    };
    exports.Source = Source;
  }
});

// node_modules/@cyclonedx/cyclonedx-library/dist.node/models/vulnerability/index.js
var require_vulnerability2 = __commonJS({
  "node_modules/@cyclonedx/cyclonedx-library/dist.node/models/vulnerability/index.js"(exports) {
    "use strict";
    var __createBinding = exports && exports.__createBinding || (Object.create ? (function(o, m, k, k2) {
      k2 === void 0 && (k2 = k);
      var desc = Object.getOwnPropertyDescriptor(m, k);
      (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) && (desc = { enumerable: !0, get: function() {
        return m[k];
      } }), Object.defineProperty(o, k2, desc);
    }) : (function(o, m, k, k2) {
      k2 === void 0 && (k2 = k), o[k2] = m[k];
    })), __exportStar = exports && exports.__exportStar || function(m, exports2) {
      for (var p in m) p !== "default" && !Object.prototype.hasOwnProperty.call(exports2, p) && __createBinding(exports2, m, p);
    };
    Object.defineProperty(exports, "__esModule", { value: !0 });
    __exportStar(require_advisory(), exports);
    __exportStar(require_affect(), exports);
    __exportStar(require_analysis(), exports);
    __exportStar(require_credits(), exports);
    __exportStar(require_rating(), exports);
    __exportStar(require_reference(), exports);
    __exportStar(require_source(), exports);
    __exportStar(require_vulnerability(), exports);
  }
});

// node_modules/@cyclonedx/cyclonedx-library/dist.node/models/index.js
var require_models = __commonJS({
  "node_modules/@cyclonedx/cyclonedx-library/dist.node/models/index.js"(exports) {
    "use strict";
    var __createBinding = exports && exports.__createBinding || (Object.create ? (function(o, m, k, k2) {
      k2 === void 0 && (k2 = k);
      var desc = Object.getOwnPropertyDescriptor(m, k);
      (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) && (desc = { enumerable: !0, get: function() {
        return m[k];
      } }), Object.defineProperty(o, k2, desc);
    }) : (function(o, m, k, k2) {
      k2 === void 0 && (k2 = k), o[k2] = m[k];
    })), __setModuleDefault = exports && exports.__setModuleDefault || (Object.create ? (function(o, v) {
      Object.defineProperty(o, "default", { enumerable: !0, value: v });
    }) : function(o, v) {
      o.default = v;
    }), __exportStar = exports && exports.__exportStar || function(m, exports2) {
      for (var p in m) p !== "default" && !Object.prototype.hasOwnProperty.call(exports2, p) && __createBinding(exports2, m, p);
    }, __importStar = exports && exports.__importStar || /* @__PURE__ */ (function() {
      var ownKeys = function(o) {
        return ownKeys = Object.getOwnPropertyNames || function(o2) {
          var ar = [];
          for (var k in o2) Object.prototype.hasOwnProperty.call(o2, k) && (ar[ar.length] = k);
          return ar;
        }, ownKeys(o);
      };
      return function(mod) {
        if (mod && mod.__esModule) return mod;
        var result = {};
        if (mod != null) for (var k = ownKeys(mod), i = 0; i < k.length; i++) k[i] !== "default" && __createBinding(result, mod, k[i]);
        return __setModuleDefault(result, mod), result;
      };
    })();
    Object.defineProperty(exports, "__esModule", { value: !0 });
    exports.Vulnerability = void 0;
    __exportStar(require_attachment(), exports);
    __exportStar(require_bom(), exports);
    __exportStar(require_bomLink(), exports);
    __exportStar(require_bomRef(), exports);
    __exportStar(require_component(), exports);
    __exportStar(require_copyright(), exports);
    __exportStar(require_externalReference(), exports);
    __exportStar(require_hash(), exports);
    __exportStar(require_license(), exports);
    __exportStar(require_lifecycle(), exports);
    __exportStar(require_metadata(), exports);
    __exportStar(require_organizationalContact(), exports);
    __exportStar(require_organizationalEntity(), exports);
    __exportStar(require_property(), exports);
    __exportStar(require_service(), exports);
    __exportStar(require_swid(), exports);
    __exportStar(require_tool(), exports);
    exports.Vulnerability = __importStar(require_vulnerability2());
  }
});

// node_modules/@cyclonedx/cyclonedx-library/dist.node/spec/_protocol.js
var require_protocol = __commonJS({
  "node_modules/@cyclonedx/cyclonedx-library/dist.node/spec/_protocol.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: !0 });
    exports._Spec = void 0;
    var models_1 = require_models(), _Spec = class {
      #version;
      #formats;
      #componentTypes;
      #hashAlgorithms;
      #hashValuePattern;
      #externalReferenceTypes;
      #vulnerabilityRatingMethods;
      #supportsDependencyGraph;
      #supportsToolReferences;
      #requiresComponentVersion;
      #supportsProperties;
      #supportsVulnerabilities;
      #supportsComponentEvidence;
      #supportsMetadataLifecycles;
      #supportsMetadataLicenses;
      #supportsMetadataProperties;
      #supportsExternalReferenceHashes;
      #supportsLicenseAcknowledgement;
      #supportsServices;
      #supportsToolsComponentsServices;
      #supportsLicenseProperties;
      constructor(version, formats, componentTypes, hashAlgorithms, hashValuePattern, externalReferenceTypes, supportsDependencyGraph, supportsToolReferences, requiresComponentVersion, supportsProperties, supportsVulnerabilities, vulnerabilityRatingMethods, supportsComponentEvidence, supportsMetadataLifecycles, supportsMetadataLicenses, supportsMetadataProperties, supportsExternalReferenceHashes, supportsLicenseAcknowledgement, supportsServices, supportsToolsComponentsServices, supportsLicenseProperties) {
        this.#version = version, this.#formats = new Set(formats), this.#componentTypes = new Set(componentTypes), this.#hashAlgorithms = new Set(hashAlgorithms), this.#hashValuePattern = hashValuePattern, this.#externalReferenceTypes = new Set(externalReferenceTypes), this.#supportsDependencyGraph = supportsDependencyGraph, this.#supportsToolReferences = supportsToolReferences, this.#requiresComponentVersion = requiresComponentVersion, this.#supportsProperties = supportsProperties, this.#supportsVulnerabilities = supportsVulnerabilities, this.#vulnerabilityRatingMethods = new Set(vulnerabilityRatingMethods), this.#supportsComponentEvidence = supportsComponentEvidence, this.#supportsMetadataLifecycles = supportsMetadataLifecycles, this.#supportsMetadataLicenses = supportsMetadataLicenses, this.#supportsMetadataProperties = supportsMetadataProperties, this.#supportsExternalReferenceHashes = supportsExternalReferenceHashes, this.#supportsLicenseAcknowledgement = supportsLicenseAcknowledgement, this.#supportsServices = supportsServices, this.#supportsToolsComponentsServices = supportsToolsComponentsServices, this.#supportsLicenseProperties = supportsLicenseProperties;
      }
      get version() {
        return this.#version;
      }
      supportsFormat(f) {
        return this.#formats.has(f);
      }
      supportsComponentType(ct) {
        return this.#componentTypes.has(ct);
      }
      supportsHashAlgorithm(ha) {
        return this.#hashAlgorithms.has(ha);
      }
      supportsHashValue(hv) {
        return typeof hv == "string" && this.#hashValuePattern.test(hv);
      }
      supportsExternalReferenceType(ert) {
        return this.#externalReferenceTypes.has(ert);
      }
      get supportsDependencyGraph() {
        return this.#supportsDependencyGraph;
      }
      get supportsToolReferences() {
        return this.#supportsToolReferences;
      }
      get requiresComponentVersion() {
        return this.#requiresComponentVersion;
      }
      supportsProperties(model) {
        return !0 === (model instanceof models_1.NamedLicense || model instanceof models_1.SpdxLicense) ? this.#supportsLicenseProperties : this.#supportsProperties;
      }
      get supportsVulnerabilities() {
        return this.#supportsVulnerabilities;
      }
      supportsVulnerabilityRatingMethod(rm) {
        return this.#vulnerabilityRatingMethods.has(rm);
      }
      get supportsComponentEvidence() {
        return this.#supportsComponentEvidence;
      }
      get supportsMetadataLifecycles() {
        return this.#supportsMetadataLifecycles;
      }
      get supportsMetadataLicenses() {
        return this.#supportsMetadataLicenses;
      }
      get supportsMetadataProperties() {
        return this.#supportsMetadataProperties;
      }
      get supportsExternalReferenceHashes() {
        return this.#supportsExternalReferenceHashes;
      }
      get supportsLicenseAcknowledgement() {
        return this.#supportsLicenseAcknowledgement;
      }
      get supportsServices() {
        return this.#supportsServices;
      }
      get supportsToolsComponentsServices() {
        return this.#supportsToolsComponentsServices;
      }
    };
    exports._Spec = _Spec;
  }
});

// node_modules/@cyclonedx/cyclonedx-library/dist.node/spec/enums.js
var require_enums = __commonJS({
  "node_modules/@cyclonedx/cyclonedx-library/dist.node/spec/enums.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: !0 });
    exports.Format = exports.Version = void 0;
    var Version;
    (function(Version2) {
      Version2.v1dot7 = "1.7", Version2.v1dot6 = "1.6", Version2.v1dot5 = "1.5", Version2.v1dot4 = "1.4", Version2.v1dot3 = "1.3", Version2.v1dot2 = "1.2", Version2.v1dot1 = "1.1", Version2.v1dot0 = "1.0";
    })(Version || (exports.Version = Version = {}));
    var Format;
    (function(Format2) {
      Format2.XML = "xml", Format2.JSON = "json";
    })(Format || (exports.Format = Format = {}));
  }
});

// node_modules/@cyclonedx/cyclonedx-library/dist.node/spec/consts.js
var require_consts = __commonJS({
  "node_modules/@cyclonedx/cyclonedx-library/dist.node/spec/consts.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: !0 });
    exports.SpecVersionDict = exports.Spec1dot7 = exports.Spec1dot6 = exports.Spec1dot5 = exports.Spec1dot4 = exports.Spec1dot3 = exports.Spec1dot2 = void 0;
    var componentType_1 = require_componentType(), externalReferenceType_1 = require_externalReferenceType(), hashAlogorithm_1 = require_hashAlogorithm(), ratingMethod_1 = require_ratingMethod(), _protocol_1 = require_protocol(), enums_1 = require_enums();
    exports.Spec1dot2 = Object.freeze(new _protocol_1._Spec(enums_1.Version.v1dot2, [
      enums_1.Format.XML,
      enums_1.Format.JSON
    ], [
      componentType_1.ComponentType.Application,
      componentType_1.ComponentType.Framework,
      componentType_1.ComponentType.Library,
      componentType_1.ComponentType.Container,
      componentType_1.ComponentType.OperatingSystem,
      componentType_1.ComponentType.Device,
      componentType_1.ComponentType.Firmware,
      componentType_1.ComponentType.File
    ], [
      hashAlogorithm_1.HashAlgorithm.MD5,
      hashAlogorithm_1.HashAlgorithm["SHA-1"],
      hashAlogorithm_1.HashAlgorithm["SHA-256"],
      hashAlogorithm_1.HashAlgorithm["SHA-384"],
      hashAlogorithm_1.HashAlgorithm["SHA-512"],
      hashAlogorithm_1.HashAlgorithm["SHA3-256"],
      hashAlogorithm_1.HashAlgorithm["SHA3-384"],
      hashAlogorithm_1.HashAlgorithm["SHA3-512"],
      hashAlogorithm_1.HashAlgorithm["BLAKE2b-256"],
      hashAlogorithm_1.HashAlgorithm["BLAKE2b-384"],
      hashAlogorithm_1.HashAlgorithm["BLAKE2b-512"],
      hashAlogorithm_1.HashAlgorithm.BLAKE3
    ], /^([a-fA-F0-9]{32})$|^([a-fA-F0-9]{40})$|^([a-fA-F0-9]{64})$|^([a-fA-F0-9]{96})$|^([a-fA-F0-9]{128})$/, [
      externalReferenceType_1.ExternalReferenceType.VCS,
      externalReferenceType_1.ExternalReferenceType.IssueTracker,
      externalReferenceType_1.ExternalReferenceType.Website,
      externalReferenceType_1.ExternalReferenceType.Advisories,
      externalReferenceType_1.ExternalReferenceType.BOM,
      externalReferenceType_1.ExternalReferenceType.MailingList,
      externalReferenceType_1.ExternalReferenceType.Social,
      externalReferenceType_1.ExternalReferenceType.Chat,
      externalReferenceType_1.ExternalReferenceType.Documentation,
      externalReferenceType_1.ExternalReferenceType.Support,
      externalReferenceType_1.ExternalReferenceType.Distribution,
      externalReferenceType_1.ExternalReferenceType.License,
      externalReferenceType_1.ExternalReferenceType.BuildMeta,
      externalReferenceType_1.ExternalReferenceType.BuildSystem,
      externalReferenceType_1.ExternalReferenceType.Other
    ], !0, !1, !0, !1, !1, [], !1, !1, !1, !1, !1, !1, !0, !1, !1));
    exports.Spec1dot3 = Object.freeze(new _protocol_1._Spec(enums_1.Version.v1dot3, [
      enums_1.Format.XML,
      enums_1.Format.JSON
    ], [
      componentType_1.ComponentType.Application,
      componentType_1.ComponentType.Framework,
      componentType_1.ComponentType.Library,
      componentType_1.ComponentType.Container,
      componentType_1.ComponentType.OperatingSystem,
      componentType_1.ComponentType.Device,
      componentType_1.ComponentType.Firmware,
      componentType_1.ComponentType.File
    ], [
      hashAlogorithm_1.HashAlgorithm.MD5,
      hashAlogorithm_1.HashAlgorithm["SHA-1"],
      hashAlogorithm_1.HashAlgorithm["SHA-256"],
      hashAlogorithm_1.HashAlgorithm["SHA-384"],
      hashAlogorithm_1.HashAlgorithm["SHA-512"],
      hashAlogorithm_1.HashAlgorithm["SHA3-256"],
      hashAlogorithm_1.HashAlgorithm["SHA3-384"],
      hashAlogorithm_1.HashAlgorithm["SHA3-512"],
      hashAlogorithm_1.HashAlgorithm["BLAKE2b-256"],
      hashAlogorithm_1.HashAlgorithm["BLAKE2b-384"],
      hashAlogorithm_1.HashAlgorithm["BLAKE2b-512"],
      hashAlogorithm_1.HashAlgorithm.BLAKE3
    ], /^([a-fA-F0-9]{32})$|^([a-fA-F0-9]{40})$|^([a-fA-F0-9]{64})$|^([a-fA-F0-9]{96})$|^([a-fA-F0-9]{128})$/, [
      externalReferenceType_1.ExternalReferenceType.VCS,
      externalReferenceType_1.ExternalReferenceType.IssueTracker,
      externalReferenceType_1.ExternalReferenceType.Website,
      externalReferenceType_1.ExternalReferenceType.Advisories,
      externalReferenceType_1.ExternalReferenceType.BOM,
      externalReferenceType_1.ExternalReferenceType.MailingList,
      externalReferenceType_1.ExternalReferenceType.Social,
      externalReferenceType_1.ExternalReferenceType.Chat,
      externalReferenceType_1.ExternalReferenceType.Documentation,
      externalReferenceType_1.ExternalReferenceType.Support,
      externalReferenceType_1.ExternalReferenceType.Distribution,
      externalReferenceType_1.ExternalReferenceType.License,
      externalReferenceType_1.ExternalReferenceType.BuildMeta,
      externalReferenceType_1.ExternalReferenceType.BuildSystem,
      externalReferenceType_1.ExternalReferenceType.Other
    ], !0, !1, !0, !0, !1, [], !0, !1, !0, !0, !0, !1, !0, !1, !1));
    exports.Spec1dot4 = Object.freeze(new _protocol_1._Spec(enums_1.Version.v1dot4, [
      enums_1.Format.XML,
      enums_1.Format.JSON
    ], [
      componentType_1.ComponentType.Application,
      componentType_1.ComponentType.Framework,
      componentType_1.ComponentType.Library,
      componentType_1.ComponentType.Container,
      componentType_1.ComponentType.OperatingSystem,
      componentType_1.ComponentType.Device,
      componentType_1.ComponentType.Firmware,
      componentType_1.ComponentType.File
    ], [
      hashAlogorithm_1.HashAlgorithm.MD5,
      hashAlogorithm_1.HashAlgorithm["SHA-1"],
      hashAlogorithm_1.HashAlgorithm["SHA-256"],
      hashAlogorithm_1.HashAlgorithm["SHA-384"],
      hashAlogorithm_1.HashAlgorithm["SHA-512"],
      hashAlogorithm_1.HashAlgorithm["SHA3-256"],
      hashAlogorithm_1.HashAlgorithm["SHA3-384"],
      hashAlogorithm_1.HashAlgorithm["SHA3-512"],
      hashAlogorithm_1.HashAlgorithm["BLAKE2b-256"],
      hashAlogorithm_1.HashAlgorithm["BLAKE2b-384"],
      hashAlogorithm_1.HashAlgorithm["BLAKE2b-512"],
      hashAlogorithm_1.HashAlgorithm.BLAKE3
    ], /^([a-fA-F0-9]{32})$|^([a-fA-F0-9]{40})$|^([a-fA-F0-9]{64})$|^([a-fA-F0-9]{96})$|^([a-fA-F0-9]{128})$/, [
      externalReferenceType_1.ExternalReferenceType.VCS,
      externalReferenceType_1.ExternalReferenceType.IssueTracker,
      externalReferenceType_1.ExternalReferenceType.Website,
      externalReferenceType_1.ExternalReferenceType.Advisories,
      externalReferenceType_1.ExternalReferenceType.BOM,
      externalReferenceType_1.ExternalReferenceType.MailingList,
      externalReferenceType_1.ExternalReferenceType.Social,
      externalReferenceType_1.ExternalReferenceType.Chat,
      externalReferenceType_1.ExternalReferenceType.Documentation,
      externalReferenceType_1.ExternalReferenceType.Support,
      externalReferenceType_1.ExternalReferenceType.Distribution,
      externalReferenceType_1.ExternalReferenceType.License,
      externalReferenceType_1.ExternalReferenceType.BuildMeta,
      externalReferenceType_1.ExternalReferenceType.BuildSystem,
      externalReferenceType_1.ExternalReferenceType.ReleaseNotes,
      externalReferenceType_1.ExternalReferenceType.Other
    ], !0, !0, !1, !0, !0, [
      ratingMethod_1.RatingMethod.CVSSv2,
      ratingMethod_1.RatingMethod.CVSSv3,
      ratingMethod_1.RatingMethod.CVSSv31,
      ratingMethod_1.RatingMethod.OWASP,
      ratingMethod_1.RatingMethod.Other
    ], !0, !1, !0, !0, !0, !1, !0, !1, !1));
    exports.Spec1dot5 = Object.freeze(new _protocol_1._Spec(enums_1.Version.v1dot5, [
      enums_1.Format.XML,
      enums_1.Format.JSON
    ], [
      componentType_1.ComponentType.Application,
      componentType_1.ComponentType.Framework,
      componentType_1.ComponentType.Library,
      componentType_1.ComponentType.Container,
      componentType_1.ComponentType.Platform,
      componentType_1.ComponentType.OperatingSystem,
      componentType_1.ComponentType.Device,
      componentType_1.ComponentType.DeviceDriver,
      componentType_1.ComponentType.Firmware,
      componentType_1.ComponentType.File,
      componentType_1.ComponentType.MachineLearningModel,
      componentType_1.ComponentType.Data
    ], [
      hashAlogorithm_1.HashAlgorithm.MD5,
      hashAlogorithm_1.HashAlgorithm["SHA-1"],
      hashAlogorithm_1.HashAlgorithm["SHA-256"],
      hashAlogorithm_1.HashAlgorithm["SHA-384"],
      hashAlogorithm_1.HashAlgorithm["SHA-512"],
      hashAlogorithm_1.HashAlgorithm["SHA3-256"],
      hashAlogorithm_1.HashAlgorithm["SHA3-384"],
      hashAlogorithm_1.HashAlgorithm["SHA3-512"],
      hashAlogorithm_1.HashAlgorithm["BLAKE2b-256"],
      hashAlogorithm_1.HashAlgorithm["BLAKE2b-384"],
      hashAlogorithm_1.HashAlgorithm["BLAKE2b-512"],
      hashAlogorithm_1.HashAlgorithm.BLAKE3
    ], /^([a-fA-F0-9]{32})$|^([a-fA-F0-9]{40})$|^([a-fA-F0-9]{64})$|^([a-fA-F0-9]{96})$|^([a-fA-F0-9]{128})$/, [
      externalReferenceType_1.ExternalReferenceType.VCS,
      externalReferenceType_1.ExternalReferenceType.IssueTracker,
      externalReferenceType_1.ExternalReferenceType.Website,
      externalReferenceType_1.ExternalReferenceType.Advisories,
      externalReferenceType_1.ExternalReferenceType.BOM,
      externalReferenceType_1.ExternalReferenceType.MailingList,
      externalReferenceType_1.ExternalReferenceType.Social,
      externalReferenceType_1.ExternalReferenceType.Chat,
      externalReferenceType_1.ExternalReferenceType.Documentation,
      externalReferenceType_1.ExternalReferenceType.Support,
      externalReferenceType_1.ExternalReferenceType.Distribution,
      externalReferenceType_1.ExternalReferenceType.DistributionIntake,
      externalReferenceType_1.ExternalReferenceType.License,
      externalReferenceType_1.ExternalReferenceType.BuildMeta,
      externalReferenceType_1.ExternalReferenceType.BuildSystem,
      externalReferenceType_1.ExternalReferenceType.ReleaseNotes,
      externalReferenceType_1.ExternalReferenceType.SecurityContact,
      externalReferenceType_1.ExternalReferenceType.ModelCard,
      externalReferenceType_1.ExternalReferenceType.Log,
      externalReferenceType_1.ExternalReferenceType.Configuration,
      externalReferenceType_1.ExternalReferenceType.Evidence,
      externalReferenceType_1.ExternalReferenceType.Formulation,
      externalReferenceType_1.ExternalReferenceType.Attestation,
      externalReferenceType_1.ExternalReferenceType.ThreatModel,
      externalReferenceType_1.ExternalReferenceType.AdversaryModel,
      externalReferenceType_1.ExternalReferenceType.RiskAssessment,
      externalReferenceType_1.ExternalReferenceType.VulnerabilityAssertion,
      externalReferenceType_1.ExternalReferenceType.ExploitabilityStatement,
      externalReferenceType_1.ExternalReferenceType.PentestReport,
      externalReferenceType_1.ExternalReferenceType.StaticAnalysisReport,
      externalReferenceType_1.ExternalReferenceType.DynamicAnalysisReport,
      externalReferenceType_1.ExternalReferenceType.RuntimeAnalysisReport,
      externalReferenceType_1.ExternalReferenceType.ComponentAnalysisReport,
      externalReferenceType_1.ExternalReferenceType.MaturityReport,
      externalReferenceType_1.ExternalReferenceType.CertificationReport,
      externalReferenceType_1.ExternalReferenceType.CodifiedInfrastructure,
      externalReferenceType_1.ExternalReferenceType.QualityMetrics,
      externalReferenceType_1.ExternalReferenceType.POAM,
      externalReferenceType_1.ExternalReferenceType.Other
    ], !0, !0, !1, !0, !0, [
      ratingMethod_1.RatingMethod.CVSSv2,
      ratingMethod_1.RatingMethod.CVSSv3,
      ratingMethod_1.RatingMethod.CVSSv31,
      ratingMethod_1.RatingMethod.CVSSv4,
      ratingMethod_1.RatingMethod.OWASP,
      ratingMethod_1.RatingMethod.SSVC,
      ratingMethod_1.RatingMethod.Other
    ], !0, !0, !0, !0, !0, !1, !0, !0, !0));
    exports.Spec1dot6 = Object.freeze(new _protocol_1._Spec(enums_1.Version.v1dot6, [
      enums_1.Format.XML,
      enums_1.Format.JSON
    ], [
      componentType_1.ComponentType.Application,
      componentType_1.ComponentType.Framework,
      componentType_1.ComponentType.Library,
      componentType_1.ComponentType.Container,
      componentType_1.ComponentType.Platform,
      componentType_1.ComponentType.OperatingSystem,
      componentType_1.ComponentType.Device,
      componentType_1.ComponentType.DeviceDriver,
      componentType_1.ComponentType.Firmware,
      componentType_1.ComponentType.File,
      componentType_1.ComponentType.MachineLearningModel,
      componentType_1.ComponentType.Data,
      componentType_1.ComponentType.CryptographicAsset
    ], [
      hashAlogorithm_1.HashAlgorithm.MD5,
      hashAlogorithm_1.HashAlgorithm["SHA-1"],
      hashAlogorithm_1.HashAlgorithm["SHA-256"],
      hashAlogorithm_1.HashAlgorithm["SHA-384"],
      hashAlogorithm_1.HashAlgorithm["SHA-512"],
      hashAlogorithm_1.HashAlgorithm["SHA3-256"],
      hashAlogorithm_1.HashAlgorithm["SHA3-384"],
      hashAlogorithm_1.HashAlgorithm["SHA3-512"],
      hashAlogorithm_1.HashAlgorithm["BLAKE2b-256"],
      hashAlogorithm_1.HashAlgorithm["BLAKE2b-384"],
      hashAlogorithm_1.HashAlgorithm["BLAKE2b-512"],
      hashAlogorithm_1.HashAlgorithm.BLAKE3
    ], /^([a-fA-F0-9]{32})$|^([a-fA-F0-9]{40})$|^([a-fA-F0-9]{64})$|^([a-fA-F0-9]{96})$|^([a-fA-F0-9]{128})$/, [
      externalReferenceType_1.ExternalReferenceType.VCS,
      externalReferenceType_1.ExternalReferenceType.IssueTracker,
      externalReferenceType_1.ExternalReferenceType.Website,
      externalReferenceType_1.ExternalReferenceType.Advisories,
      externalReferenceType_1.ExternalReferenceType.BOM,
      externalReferenceType_1.ExternalReferenceType.MailingList,
      externalReferenceType_1.ExternalReferenceType.Social,
      externalReferenceType_1.ExternalReferenceType.Chat,
      externalReferenceType_1.ExternalReferenceType.Documentation,
      externalReferenceType_1.ExternalReferenceType.Support,
      externalReferenceType_1.ExternalReferenceType.SourceDistribution,
      externalReferenceType_1.ExternalReferenceType.Distribution,
      externalReferenceType_1.ExternalReferenceType.DistributionIntake,
      externalReferenceType_1.ExternalReferenceType.License,
      externalReferenceType_1.ExternalReferenceType.BuildMeta,
      externalReferenceType_1.ExternalReferenceType.BuildSystem,
      externalReferenceType_1.ExternalReferenceType.ReleaseNotes,
      externalReferenceType_1.ExternalReferenceType.SecurityContact,
      externalReferenceType_1.ExternalReferenceType.ModelCard,
      externalReferenceType_1.ExternalReferenceType.Log,
      externalReferenceType_1.ExternalReferenceType.Configuration,
      externalReferenceType_1.ExternalReferenceType.Evidence,
      externalReferenceType_1.ExternalReferenceType.Formulation,
      externalReferenceType_1.ExternalReferenceType.Attestation,
      externalReferenceType_1.ExternalReferenceType.ThreatModel,
      externalReferenceType_1.ExternalReferenceType.AdversaryModel,
      externalReferenceType_1.ExternalReferenceType.RiskAssessment,
      externalReferenceType_1.ExternalReferenceType.VulnerabilityAssertion,
      externalReferenceType_1.ExternalReferenceType.ExploitabilityStatement,
      externalReferenceType_1.ExternalReferenceType.PentestReport,
      externalReferenceType_1.ExternalReferenceType.StaticAnalysisReport,
      externalReferenceType_1.ExternalReferenceType.DynamicAnalysisReport,
      externalReferenceType_1.ExternalReferenceType.RuntimeAnalysisReport,
      externalReferenceType_1.ExternalReferenceType.ComponentAnalysisReport,
      externalReferenceType_1.ExternalReferenceType.MaturityReport,
      externalReferenceType_1.ExternalReferenceType.CertificationReport,
      externalReferenceType_1.ExternalReferenceType.CodifiedInfrastructure,
      externalReferenceType_1.ExternalReferenceType.QualityMetrics,
      externalReferenceType_1.ExternalReferenceType.POAM,
      externalReferenceType_1.ExternalReferenceType.ElectronicSignature,
      externalReferenceType_1.ExternalReferenceType.DigitalSignature,
      externalReferenceType_1.ExternalReferenceType.RFC9116,
      externalReferenceType_1.ExternalReferenceType.Other
    ], !0, !0, !1, !0, !0, [
      ratingMethod_1.RatingMethod.CVSSv2,
      ratingMethod_1.RatingMethod.CVSSv3,
      ratingMethod_1.RatingMethod.CVSSv31,
      ratingMethod_1.RatingMethod.CVSSv4,
      ratingMethod_1.RatingMethod.OWASP,
      ratingMethod_1.RatingMethod.SSVC,
      ratingMethod_1.RatingMethod.Other
    ], !0, !0, !0, !0, !0, !0, !0, !0, !0));
    exports.Spec1dot7 = Object.freeze(new _protocol_1._Spec(enums_1.Version.v1dot7, [
      enums_1.Format.XML,
      enums_1.Format.JSON
    ], [
      componentType_1.ComponentType.Application,
      componentType_1.ComponentType.Framework,
      componentType_1.ComponentType.Library,
      componentType_1.ComponentType.Container,
      componentType_1.ComponentType.Platform,
      componentType_1.ComponentType.OperatingSystem,
      componentType_1.ComponentType.Device,
      componentType_1.ComponentType.DeviceDriver,
      componentType_1.ComponentType.Firmware,
      componentType_1.ComponentType.File,
      componentType_1.ComponentType.MachineLearningModel,
      componentType_1.ComponentType.Data,
      componentType_1.ComponentType.CryptographicAsset
    ], [
      hashAlogorithm_1.HashAlgorithm.MD5,
      hashAlogorithm_1.HashAlgorithm["SHA-1"],
      hashAlogorithm_1.HashAlgorithm["SHA-256"],
      hashAlogorithm_1.HashAlgorithm["SHA-384"],
      hashAlogorithm_1.HashAlgorithm["SHA-512"],
      hashAlogorithm_1.HashAlgorithm["SHA3-256"],
      hashAlogorithm_1.HashAlgorithm["SHA3-384"],
      hashAlogorithm_1.HashAlgorithm["SHA3-512"],
      hashAlogorithm_1.HashAlgorithm["BLAKE2b-256"],
      hashAlogorithm_1.HashAlgorithm["BLAKE2b-384"],
      hashAlogorithm_1.HashAlgorithm["BLAKE2b-512"],
      hashAlogorithm_1.HashAlgorithm.BLAKE3,
      hashAlogorithm_1.HashAlgorithm["Streebog-256"],
      hashAlogorithm_1.HashAlgorithm["Streebog-512"]
    ], /^([a-fA-F0-9]{32})$|^([a-fA-F0-9]{40})$|^([a-fA-F0-9]{64})$|^([a-fA-F0-9]{96})$|^([a-fA-F0-9]{128})$/, [
      externalReferenceType_1.ExternalReferenceType.VCS,
      externalReferenceType_1.ExternalReferenceType.IssueTracker,
      externalReferenceType_1.ExternalReferenceType.Website,
      externalReferenceType_1.ExternalReferenceType.Advisories,
      externalReferenceType_1.ExternalReferenceType.BOM,
      externalReferenceType_1.ExternalReferenceType.MailingList,
      externalReferenceType_1.ExternalReferenceType.Social,
      externalReferenceType_1.ExternalReferenceType.Chat,
      externalReferenceType_1.ExternalReferenceType.Documentation,
      externalReferenceType_1.ExternalReferenceType.Support,
      externalReferenceType_1.ExternalReferenceType.SourceDistribution,
      externalReferenceType_1.ExternalReferenceType.Distribution,
      externalReferenceType_1.ExternalReferenceType.DistributionIntake,
      externalReferenceType_1.ExternalReferenceType.License,
      externalReferenceType_1.ExternalReferenceType.BuildMeta,
      externalReferenceType_1.ExternalReferenceType.BuildSystem,
      externalReferenceType_1.ExternalReferenceType.ReleaseNotes,
      externalReferenceType_1.ExternalReferenceType.SecurityContact,
      externalReferenceType_1.ExternalReferenceType.ModelCard,
      externalReferenceType_1.ExternalReferenceType.Log,
      externalReferenceType_1.ExternalReferenceType.Configuration,
      externalReferenceType_1.ExternalReferenceType.Evidence,
      externalReferenceType_1.ExternalReferenceType.Formulation,
      externalReferenceType_1.ExternalReferenceType.Attestation,
      externalReferenceType_1.ExternalReferenceType.ThreatModel,
      externalReferenceType_1.ExternalReferenceType.AdversaryModel,
      externalReferenceType_1.ExternalReferenceType.RiskAssessment,
      externalReferenceType_1.ExternalReferenceType.VulnerabilityAssertion,
      externalReferenceType_1.ExternalReferenceType.ExploitabilityStatement,
      externalReferenceType_1.ExternalReferenceType.PentestReport,
      externalReferenceType_1.ExternalReferenceType.StaticAnalysisReport,
      externalReferenceType_1.ExternalReferenceType.DynamicAnalysisReport,
      externalReferenceType_1.ExternalReferenceType.RuntimeAnalysisReport,
      externalReferenceType_1.ExternalReferenceType.ComponentAnalysisReport,
      externalReferenceType_1.ExternalReferenceType.MaturityReport,
      externalReferenceType_1.ExternalReferenceType.CertificationReport,
      externalReferenceType_1.ExternalReferenceType.CodifiedInfrastructure,
      externalReferenceType_1.ExternalReferenceType.QualityMetrics,
      externalReferenceType_1.ExternalReferenceType.POAM,
      externalReferenceType_1.ExternalReferenceType.ElectronicSignature,
      externalReferenceType_1.ExternalReferenceType.DigitalSignature,
      externalReferenceType_1.ExternalReferenceType.RFC9116,
      externalReferenceType_1.ExternalReferenceType.Citation,
      externalReferenceType_1.ExternalReferenceType.Patent,
      externalReferenceType_1.ExternalReferenceType.PatentAssertion,
      externalReferenceType_1.ExternalReferenceType.PatentFamily,
      externalReferenceType_1.ExternalReferenceType.RFC9116,
      externalReferenceType_1.ExternalReferenceType.Other
    ], !0, !0, !1, !0, !0, [
      ratingMethod_1.RatingMethod.CVSSv2,
      ratingMethod_1.RatingMethod.CVSSv3,
      ratingMethod_1.RatingMethod.CVSSv31,
      ratingMethod_1.RatingMethod.CVSSv4,
      ratingMethod_1.RatingMethod.OWASP,
      ratingMethod_1.RatingMethod.SSVC,
      ratingMethod_1.RatingMethod.Other
    ], !0, !0, !0, !0, !0, !0, !0, !0, !0));
    exports.SpecVersionDict = Object.freeze({
      [enums_1.Version.v1dot7]: exports.Spec1dot7,
      [enums_1.Version.v1dot6]: exports.Spec1dot6,
      [enums_1.Version.v1dot5]: exports.Spec1dot5,
      [enums_1.Version.v1dot4]: exports.Spec1dot4,
      [enums_1.Version.v1dot3]: exports.Spec1dot3,
      [enums_1.Version.v1dot2]: exports.Spec1dot2
    });
  }
});

// node_modules/@cyclonedx/cyclonedx-library/dist.node/spec/errors.js
var require_errors = __commonJS({
  "node_modules/@cyclonedx/cyclonedx-library/dist.node/spec/errors.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: !0 });
    exports.UnsupportedFormatError = void 0;
    var UnsupportedFormatError = class extends Error {
    };
    exports.UnsupportedFormatError = UnsupportedFormatError;
  }
});

// node_modules/@cyclonedx/cyclonedx-library/dist.node/spec/index.js
var require_spec = __commonJS({
  "node_modules/@cyclonedx/cyclonedx-library/dist.node/spec/index.js"(exports) {
    "use strict";
    var __createBinding = exports && exports.__createBinding || (Object.create ? (function(o, m, k, k2) {
      k2 === void 0 && (k2 = k);
      var desc = Object.getOwnPropertyDescriptor(m, k);
      (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) && (desc = { enumerable: !0, get: function() {
        return m[k];
      } }), Object.defineProperty(o, k2, desc);
    }) : (function(o, m, k, k2) {
      k2 === void 0 && (k2 = k), o[k2] = m[k];
    })), __exportStar = exports && exports.__exportStar || function(m, exports2) {
      for (var p in m) p !== "default" && !Object.prototype.hasOwnProperty.call(exports2, p) && __createBinding(exports2, m, p);
    };
    Object.defineProperty(exports, "__esModule", { value: !0 });
    __exportStar(require_consts(), exports);
    __exportStar(require_enums(), exports);
    __exportStar(require_errors(), exports);
  }
});

// src/version.ts
var VERSION, init_version = __esm({
  "src/version.ts"() {
    "use strict";
    VERSION = "0.1.0";
  }
});

// node_modules/spdx-license-ids/index.json
var require_spdx_license_ids = __commonJS({
  "node_modules/spdx-license-ids/index.json"(exports, module) {
    module.exports = [
      "0BSD",
      "3D-Slicer-1.0",
      "AAL",
      "ADSL",
      "AFL-1.1",
      "AFL-1.2",
      "AFL-2.0",
      "AFL-2.1",
      "AFL-3.0",
      "AGPL-1.0-only",
      "AGPL-1.0-or-later",
      "AGPL-3.0-only",
      "AGPL-3.0-or-later",
      "ALGLIB-Documentation",
      "AMD-newlib",
      "AMDPLPA",
      "AML",
      "AML-glslang",
      "AMPAS",
      "ANTLR-PD",
      "ANTLR-PD-fallback",
      "APAFML",
      "APL-1.0",
      "APSL-1.0",
      "APSL-1.1",
      "APSL-1.2",
      "APSL-2.0",
      "ASWF-Digital-Assets-1.0",
      "ASWF-Digital-Assets-1.1",
      "Abstyles",
      "AdaCore-doc",
      "Adobe-2006",
      "Adobe-Display-PostScript",
      "Adobe-Glyph",
      "Adobe-Utopia",
      "Advanced-Cryptics-Dictionary",
      "Afmparse",
      "Aladdin",
      "Apache-1.0",
      "Apache-1.1",
      "Apache-2.0",
      "App-s2p",
      "Arphic-1999",
      "Artistic-1.0",
      "Artistic-1.0-Perl",
      "Artistic-1.0-cl8",
      "Artistic-2.0",
      "Artistic-dist",
      "Aspell-RU",
      "BOLA-1.1",
      "BSD-1-Clause",
      "BSD-2-Clause",
      "BSD-2-Clause-Darwin",
      "BSD-2-Clause-Patent",
      "BSD-2-Clause-Views",
      "BSD-2-Clause-first-lines",
      "BSD-2-Clause-pkgconf-disclaimer",
      "BSD-2-Clause-pos-unchanged",
      "BSD-3-Clause",
      "BSD-3-Clause-Attribution",
      "BSD-3-Clause-Clear",
      "BSD-3-Clause-HP",
      "BSD-3-Clause-LBNL",
      "BSD-3-Clause-Modification",
      "BSD-3-Clause-No-Military-License",
      "BSD-3-Clause-No-Nuclear-License",
      "BSD-3-Clause-No-Nuclear-License-2014",
      "BSD-3-Clause-No-Nuclear-Warranty",
      "BSD-3-Clause-Open-MPI",
      "BSD-3-Clause-OpenWebUI",
      "BSD-3-Clause-Sun",
      "BSD-3-Clause-Tso",
      "BSD-3-Clause-acpica",
      "BSD-3-Clause-flex",
      "BSD-4-Clause",
      "BSD-4-Clause-Shortened",
      "BSD-4-Clause-UC",
      "BSD-4.3RENO",
      "BSD-4.3TAHOE",
      "BSD-Advertising-Acknowledgement",
      "BSD-Attribution-HPND-disclaimer",
      "BSD-Inferno-Nettverk",
      "BSD-Mark-Modifications",
      "BSD-Protection",
      "BSD-Source-Code",
      "BSD-Source-Code-no-disclaimer",
      "BSD-Source-alt-GPL",
      "BSD-Source-beginning-file",
      "BSD-Systemics",
      "BSD-Systemics-W3Works",
      "BSD-ask-to-endorse",
      "BSL-1.0",
      "BUSL-1.1",
      "Baekmuk",
      "Bahyph",
      "Barr",
      "Beerware",
      "BitTorrent-1.0",
      "BitTorrent-1.1",
      "Bitstream-Charter",
      "Bitstream-Vera",
      "BlueOak-1.0.0",
      "Boehm-GC",
      "Boehm-GC-without-fee",
      "Borceux",
      "Brian-Gladman-2-Clause",
      "Brian-Gladman-3-Clause",
      "Brian-Gladman-3-Clause-no-conversion",
      "Buddy",
      "Bugroff",
      "C-UDA-1.0",
      "CAL-1.0",
      "CAL-1.0-Combined-Work-Exception",
      "CAPEC-tou",
      "CATOSL-1.1",
      "CC-BY-1.0",
      "CC-BY-2.0",
      "CC-BY-2.5",
      "CC-BY-2.5-AU",
      "CC-BY-3.0",
      "CC-BY-3.0-AT",
      "CC-BY-3.0-AU",
      "CC-BY-3.0-DE",
      "CC-BY-3.0-IGO",
      "CC-BY-3.0-NL",
      "CC-BY-3.0-US",
      "CC-BY-4.0",
      "CC-BY-NC-1.0",
      "CC-BY-NC-2.0",
      "CC-BY-NC-2.5",
      "CC-BY-NC-3.0",
      "CC-BY-NC-3.0-DE",
      "CC-BY-NC-3.0-IGO",
      "CC-BY-NC-4.0",
      "CC-BY-NC-ND-1.0",
      "CC-BY-NC-ND-2.0",
      "CC-BY-NC-ND-2.5",
      "CC-BY-NC-ND-3.0",
      "CC-BY-NC-ND-3.0-DE",
      "CC-BY-NC-ND-3.0-IGO",
      "CC-BY-NC-ND-4.0",
      "CC-BY-NC-SA-1.0",
      "CC-BY-NC-SA-2.0",
      "CC-BY-NC-SA-2.0-DE",
      "CC-BY-NC-SA-2.0-FR",
      "CC-BY-NC-SA-2.0-UK",
      "CC-BY-NC-SA-2.5",
      "CC-BY-NC-SA-3.0",
      "CC-BY-NC-SA-3.0-DE",
      "CC-BY-NC-SA-3.0-IGO",
      "CC-BY-NC-SA-4.0",
      "CC-BY-ND-1.0",
      "CC-BY-ND-2.0",
      "CC-BY-ND-2.5",
      "CC-BY-ND-3.0",
      "CC-BY-ND-3.0-DE",
      "CC-BY-ND-4.0",
      "CC-BY-SA-1.0",
      "CC-BY-SA-2.0",
      "CC-BY-SA-2.0-UK",
      "CC-BY-SA-2.1-JP",
      "CC-BY-SA-2.5",
      "CC-BY-SA-3.0",
      "CC-BY-SA-3.0-AT",
      "CC-BY-SA-3.0-DE",
      "CC-BY-SA-3.0-IGO",
      "CC-BY-SA-4.0",
      "CC-PDDC",
      "CC-PDM-1.0",
      "CC-SA-1.0",
      "CC0-1.0",
      "CDDL-1.0",
      "CDDL-1.1",
      "CDL-1.0",
      "CDLA-Permissive-1.0",
      "CDLA-Permissive-2.0",
      "CDLA-Sharing-1.0",
      "CECILL-1.0",
      "CECILL-1.1",
      "CECILL-2.0",
      "CECILL-2.1",
      "CECILL-B",
      "CECILL-C",
      "CERN-OHL-1.1",
      "CERN-OHL-1.2",
      "CERN-OHL-P-2.0",
      "CERN-OHL-S-2.0",
      "CERN-OHL-W-2.0",
      "CFITSIO",
      "CMU-Mach",
      "CMU-Mach-nodoc",
      "CNRI-Jython",
      "CNRI-Python",
      "CNRI-Python-GPL-Compatible",
      "COIL-1.0",
      "CPAL-1.0",
      "CPL-1.0",
      "CPOL-1.02",
      "CUA-OPL-1.0",
      "Caldera",
      "Caldera-no-preamble",
      "Catharon",
      "ClArtistic",
      "Clips",
      "Community-Spec-1.0",
      "Condor-1.1",
      "Cornell-Lossless-JPEG",
      "Cronyx",
      "Crossword",
      "CryptoSwift",
      "CrystalStacker",
      "Cube",
      "D-FSL-1.0",
      "DEC-3-Clause",
      "DL-DE-BY-2.0",
      "DL-DE-ZERO-2.0",
      "DOC",
      "DRL-1.0",
      "DRL-1.1",
      "DSDP",
      "DocBook-DTD",
      "DocBook-Schema",
      "DocBook-Stylesheet",
      "DocBook-XML",
      "Dotseqn",
      "ECL-1.0",
      "ECL-2.0",
      "EFL-1.0",
      "EFL-2.0",
      "EPICS",
      "EPL-1.0",
      "EPL-2.0",
      "ESA-PL-permissive-2.4",
      "ESA-PL-strong-copyleft-2.4",
      "ESA-PL-weak-copyleft-2.4",
      "EUDatagrid",
      "EUPL-1.0",
      "EUPL-1.1",
      "EUPL-1.2",
      "Elastic-2.0",
      "Entessa",
      "ErlPL-1.1",
      "Eurosym",
      "FBM",
      "FDK-AAC",
      "FDK-MPEG-H",
      "FSFAP",
      "FSFAP-no-warranty-disclaimer",
      "FSFUL",
      "FSFULLR",
      "FSFULLRSD",
      "FSFULLRWD",
      "FSL-1.1-ALv2",
      "FSL-1.1-MIT",
      "FTL",
      "Fair",
      "Ferguson-Twofish",
      "Frameworx-1.0",
      "FreeBSD-DOC",
      "FreeImage",
      "Furuseth",
      "GCR-docs",
      "GD",
      "GFDL-1.1-invariants-only",
      "GFDL-1.1-invariants-or-later",
      "GFDL-1.1-no-invariants-only",
      "GFDL-1.1-no-invariants-or-later",
      "GFDL-1.1-only",
      "GFDL-1.1-or-later",
      "GFDL-1.2-invariants-only",
      "GFDL-1.2-invariants-or-later",
      "GFDL-1.2-no-invariants-only",
      "GFDL-1.2-no-invariants-or-later",
      "GFDL-1.2-only",
      "GFDL-1.2-or-later",
      "GFDL-1.3-invariants-only",
      "GFDL-1.3-invariants-or-later",
      "GFDL-1.3-no-invariants-only",
      "GFDL-1.3-no-invariants-or-later",
      "GFDL-1.3-only",
      "GFDL-1.3-or-later",
      "GL2PS",
      "GLWTPL",
      "GPL-1.0-only",
      "GPL-1.0-or-later",
      "GPL-2.0-only",
      "GPL-2.0-or-later",
      "GPL-3.0-only",
      "GPL-3.0-or-later",
      "Game-Programming-Gems",
      "Giftware",
      "Glide",
      "Glulxe",
      "Graphics-Gems",
      "Gutmann",
      "HDF5",
      "HIDAPI",
      "HP-1986",
      "HP-1989",
      "HPND",
      "HPND-DEC",
      "HPND-Fenneberg-Livingston",
      "HPND-INRIA-IMAG",
      "HPND-Intel",
      "HPND-Kevlin-Henney",
      "HPND-MIT-disclaimer",
      "HPND-Markus-Kuhn",
      "HPND-Netrek",
      "HPND-Pbmplus",
      "HPND-SMC",
      "HPND-UC",
      "HPND-UC-export-US",
      "HPND-doc",
      "HPND-doc-sell",
      "HPND-export-US",
      "HPND-export-US-acknowledgement",
      "HPND-export-US-modify",
      "HPND-export2-US",
      "HPND-merchantability-variant",
      "HPND-sell-MIT-disclaimer-xserver",
      "HPND-sell-regexpr",
      "HPND-sell-variant",
      "HPND-sell-variant-MIT-disclaimer",
      "HPND-sell-variant-MIT-disclaimer-rev",
      "HPND-sell-variant-critical-systems",
      "HTMLTIDY",
      "HaskellReport",
      "Hippocratic-2.1",
      "Hippocratic-3.0-core",
      "IBM-pibs",
      "ICU",
      "IEC-Code-Components-EULA",
      "IJG",
      "IJG-short",
      "IPA",
      "IPL-1.0",
      "ISC",
      "ISC-Veillard",
      "ISO-permission",
      "ImageMagick",
      "Imlib2",
      "Info-ZIP",
      "Informatica",
      "Inner-Net-2.0",
      "InnoSetup",
      "Intel",
      "Intel-ACPI",
      "Interbase-1.0",
      "JPL-image",
      "JPNIC",
      "JSON",
      "Jam",
      "JasPer-2.0",
      "Kastrup",
      "Kazlib",
      "Knuth-CTAN",
      "LAL-1.2",
      "LAL-1.3",
      "LGPL-2.0-only",
      "LGPL-2.0-or-later",
      "LGPL-2.1-only",
      "LGPL-2.1-or-later",
      "LGPL-3.0-only",
      "LGPL-3.0-or-later",
      "LGPLLR",
      "LOOP",
      "LPD-document",
      "LPL-1.0",
      "LPL-1.02",
      "LPPL-1.0",
      "LPPL-1.1",
      "LPPL-1.2",
      "LPPL-1.3a",
      "LPPL-1.3c",
      "LZMA-SDK-9.11-to-9.20",
      "LZMA-SDK-9.22",
      "Latex2e",
      "Latex2e-translated-notice",
      "Leptonica",
      "LiLiQ-P-1.1",
      "LiLiQ-R-1.1",
      "LiLiQ-Rplus-1.1",
      "Libpng",
      "Linux-OpenIB",
      "Linux-man-pages-1-para",
      "Linux-man-pages-copyleft",
      "Linux-man-pages-copyleft-2-para",
      "Linux-man-pages-copyleft-var",
      "Lucida-Bitmap-Fonts",
      "MIPS",
      "MIT",
      "MIT-0",
      "MIT-CMU",
      "MIT-Click",
      "MIT-Festival",
      "MIT-Khronos-old",
      "MIT-Modern-Variant",
      "MIT-STK",
      "MIT-Wu",
      "MIT-advertising",
      "MIT-enna",
      "MIT-feh",
      "MIT-open-group",
      "MIT-testregex",
      "MITNFA",
      "MMIXware",
      "MMPL-1.0.1",
      "MPEG-SSG",
      "MPL-1.0",
      "MPL-1.1",
      "MPL-2.0",
      "MPL-2.0-no-copyleft-exception",
      "MS-LPL",
      "MS-PL",
      "MS-RL",
      "MTLL",
      "MVT-1.1",
      "Mackerras-3-Clause",
      "Mackerras-3-Clause-acknowledgment",
      "MakeIndex",
      "Martin-Birgmeier",
      "McPhee-slideshow",
      "Minpack",
      "MirOS",
      "Motosoto",
      "MulanPSL-1.0",
      "MulanPSL-2.0",
      "Multics",
      "Mup",
      "NAIST-2003",
      "NASA-1.3",
      "NBPL-1.0",
      "NCBI-PD",
      "NCGL-UK-2.0",
      "NCL",
      "NCSA",
      "NGPL",
      "NICTA-1.0",
      "NIST-PD",
      "NIST-PD-TNT",
      "NIST-PD-fallback",
      "NIST-Software",
      "NLOD-1.0",
      "NLOD-2.0",
      "NLPL",
      "NOSL",
      "NPL-1.0",
      "NPL-1.1",
      "NPOSL-3.0",
      "NRL",
      "NTIA-PD",
      "NTP",
      "NTP-0",
      "Naumen",
      "NetCDF",
      "Newsletr",
      "Nokia",
      "Noweb",
      "O-UDA-1.0",
      "OAR",
      "OCCT-PL",
      "OCLC-2.0",
      "ODC-By-1.0",
      "ODbL-1.0",
      "OFFIS",
      "OFL-1.0",
      "OFL-1.0-RFN",
      "OFL-1.0-no-RFN",
      "OFL-1.1",
      "OFL-1.1-RFN",
      "OFL-1.1-no-RFN",
      "OGC-1.0",
      "OGDL-Taiwan-1.0",
      "OGL-Canada-2.0",
      "OGL-UK-1.0",
      "OGL-UK-2.0",
      "OGL-UK-3.0",
      "OGTSL",
      "OLDAP-1.1",
      "OLDAP-1.2",
      "OLDAP-1.3",
      "OLDAP-1.4",
      "OLDAP-2.0",
      "OLDAP-2.0.1",
      "OLDAP-2.1",
      "OLDAP-2.2",
      "OLDAP-2.2.1",
      "OLDAP-2.2.2",
      "OLDAP-2.3",
      "OLDAP-2.4",
      "OLDAP-2.5",
      "OLDAP-2.6",
      "OLDAP-2.7",
      "OLDAP-2.8",
      "OLFL-1.3",
      "OML",
      "OPL-1.0",
      "OPL-UK-3.0",
      "OPUBL-1.0",
      "OSC-1.0",
      "OSET-PL-2.1",
      "OSL-1.0",
      "OSL-1.1",
      "OSL-2.0",
      "OSL-2.1",
      "OSL-3.0",
      "OSSP",
      "OpenMDW-1.0",
      "OpenPBS-2.3",
      "OpenSSL",
      "OpenSSL-standalone",
      "OpenVision",
      "PADL",
      "PDDL-1.0",
      "PHP-3.0",
      "PHP-3.01",
      "PPL",
      "PSF-2.0",
      "ParaType-Free-Font-1.3",
      "Parity-6.0.0",
      "Parity-7.0.0",
      "Pixar",
      "Plexus",
      "PolyForm-Noncommercial-1.0.0",
      "PolyForm-Small-Business-1.0.0",
      "PostgreSQL",
      "Python-2.0",
      "Python-2.0.1",
      "QPL-1.0",
      "QPL-1.0-INRIA-2004",
      "Qhull",
      "RHeCos-1.1",
      "RPL-1.1",
      "RPL-1.5",
      "RPSL-1.0",
      "RSA-MD",
      "RSCPL",
      "Rdisc",
      "Ruby",
      "Ruby-pty",
      "SAX-PD",
      "SAX-PD-2.0",
      "SCEA",
      "SGI-B-1.0",
      "SGI-B-1.1",
      "SGI-B-2.0",
      "SGI-OpenGL",
      "SGMLUG-PM",
      "SGP4",
      "SHL-0.5",
      "SHL-0.51",
      "SISSL",
      "SISSL-1.2",
      "SL",
      "SMAIL-GPL",
      "SMLNJ",
      "SMPPL",
      "SNIA",
      "SOFA",
      "SPL-1.0",
      "SSH-OpenSSH",
      "SSH-short",
      "SSLeay-standalone",
      "SSPL-1.0",
      "SUL-1.0",
      "SWL",
      "Saxpath",
      "SchemeReport",
      "Sendmail",
      "Sendmail-8.23",
      "Sendmail-Open-Source-1.1",
      "SimPL-2.0",
      "Sleepycat",
      "Soundex",
      "Spencer-86",
      "Spencer-94",
      "Spencer-99",
      "SugarCRM-1.1.3",
      "Sun-PPP",
      "Sun-PPP-2000",
      "SunPro",
      "Symlinks",
      "TAPR-OHL-1.0",
      "TCL",
      "TCP-wrappers",
      "TGPPL-1.0",
      "TMate",
      "TORQUE-1.1",
      "TOSL",
      "TPDL",
      "TPL-1.0",
      "TTWL",
      "TTYP0",
      "TU-Berlin-1.0",
      "TU-Berlin-2.0",
      "TekHVC",
      "TermReadKey",
      "ThirdEye",
      "TrustedQSL",
      "UCAR",
      "UCL-1.0",
      "UMich-Merit",
      "UPL-1.0",
      "URT-RLE",
      "Ubuntu-font-1.0",
      "UnRAR",
      "Unicode-3.0",
      "Unicode-DFS-2015",
      "Unicode-DFS-2016",
      "Unicode-TOU",
      "UnixCrypt",
      "Unlicense",
      "Unlicense-libtelnet",
      "Unlicense-libwhirlpool",
      "VOSTROM",
      "VSL-1.0",
      "Vim",
      "Vixie-Cron",
      "W3C",
      "W3C-19980720",
      "W3C-20150513",
      "WTFNMFPL",
      "WTFPL",
      "Watcom-1.0",
      "Widget-Workshop",
      "WordNet",
      "Wsuipa",
      "X11",
      "X11-distribute-modifications-variant",
      "X11-no-permit-persons",
      "X11-swapped",
      "XFree86-1.1",
      "XSkat",
      "Xdebug-1.03",
      "Xerox",
      "Xfig",
      "Xnet",
      "YPL-1.0",
      "YPL-1.1",
      "ZPL-1.1",
      "ZPL-2.0",
      "ZPL-2.1",
      "Zed",
      "Zeeff",
      "Zend-2.0",
      "Zimbra-1.3",
      "Zimbra-1.4",
      "Zlib",
      "any-OSI",
      "any-OSI-perl-modules",
      "atc-game",
      "bcrypt-Solar-Designer",
      "blessing",
      "bzip2-1.0.6",
      "check-cvs",
      "checkmk",
      "copyleft-next-0.3.0",
      "copyleft-next-0.3.1",
      "curl",
      "cve-tou",
      "diffmark",
      "dtoa",
      "dvipdfm",
      "eGenix",
      "etalab-2.0",
      "fwlw",
      "gSOAP-1.3b",
      "generic-xts",
      "gnuplot",
      "gtkbook",
      "hdparm",
      "hyphen-bulgarian",
      "iMatix",
      "jove",
      "libpng-1.6.35",
      "libpng-2.0",
      "libselinux-1.0",
      "libtiff",
      "libutil-David-Nugent",
      "lsof",
      "magaz",
      "mailprio",
      "man2html",
      "metamail",
      "mpi-permissive",
      "mpich2",
      "mplus",
      "ngrep",
      "pkgconf",
      "pnmstitch",
      "psfrag",
      "psutils",
      "python-ldap",
      "radvd",
      "snprintf",
      "softSurfer",
      "ssh-keyscan",
      "swrule",
      "threeparttable",
      "ulem",
      "w3m",
      "wwl",
      "xinetd",
      "xkeyboard-config-Zinoviev",
      "xlock",
      "xpp",
      "xzoom",
      "zlib-acknowledgement"
    ];
  }
});

// node_modules/spdx-license-ids/deprecated.json
var require_deprecated = __commonJS({
  "node_modules/spdx-license-ids/deprecated.json"(exports, module) {
    module.exports = [
      "AGPL-1.0",
      "AGPL-3.0",
      "BSD-2-Clause-FreeBSD",
      "BSD-2-Clause-NetBSD",
      "GFDL-1.1",
      "GFDL-1.2",
      "GFDL-1.3",
      "GPL-1.0",
      "GPL-2.0",
      "GPL-2.0-with-GCC-exception",
      "GPL-2.0-with-autoconf-exception",
      "GPL-2.0-with-bison-exception",
      "GPL-2.0-with-classpath-exception",
      "GPL-2.0-with-font-exception",
      "GPL-3.0",
      "GPL-3.0-with-GCC-exception",
      "GPL-3.0-with-autoconf-exception",
      "LGPL-2.0",
      "LGPL-2.1",
      "LGPL-3.0",
      "Net-SNMP",
      "Nunit",
      "StandardML-NJ",
      "bzip2-1.0.5",
      "eCos-2.0",
      "wxWindows"
    ];
  }
});

// node_modules/spdx-exceptions/index.json
var require_spdx_exceptions = __commonJS({
  "node_modules/spdx-exceptions/index.json"(exports, module) {
    module.exports = [
      "389-exception",
      "Asterisk-exception",
      "Autoconf-exception-2.0",
      "Autoconf-exception-3.0",
      "Autoconf-exception-generic",
      "Autoconf-exception-generic-3.0",
      "Autoconf-exception-macro",
      "Bison-exception-1.24",
      "Bison-exception-2.2",
      "Bootloader-exception",
      "Classpath-exception-2.0",
      "CLISP-exception-2.0",
      "cryptsetup-OpenSSL-exception",
      "DigiRule-FOSS-exception",
      "eCos-exception-2.0",
      "Fawkes-Runtime-exception",
      "FLTK-exception",
      "fmt-exception",
      "Font-exception-2.0",
      "freertos-exception-2.0",
      "GCC-exception-2.0",
      "GCC-exception-2.0-note",
      "GCC-exception-3.1",
      "Gmsh-exception",
      "GNAT-exception",
      "GNOME-examples-exception",
      "GNU-compiler-exception",
      "gnu-javamail-exception",
      "GPL-3.0-interface-exception",
      "GPL-3.0-linking-exception",
      "GPL-3.0-linking-source-exception",
      "GPL-CC-1.0",
      "GStreamer-exception-2005",
      "GStreamer-exception-2008",
      "i2p-gpl-java-exception",
      "KiCad-libraries-exception",
      "LGPL-3.0-linking-exception",
      "libpri-OpenH323-exception",
      "Libtool-exception",
      "Linux-syscall-note",
      "LLGPL",
      "LLVM-exception",
      "LZMA-exception",
      "mif-exception",
      "OCaml-LGPL-linking-exception",
      "OCCT-exception-1.0",
      "OpenJDK-assembly-exception-1.0",
      "openvpn-openssl-exception",
      "PS-or-PDF-font-exception-20170817",
      "QPL-1.0-INRIA-2004-exception",
      "Qt-GPL-exception-1.0",
      "Qt-LGPL-exception-1.1",
      "Qwt-exception-1.0",
      "SANE-exception",
      "SHL-2.0",
      "SHL-2.1",
      "stunnel-exception",
      "SWI-exception",
      "Swift-exception",
      "Texinfo-exception",
      "u-boot-exception-2.0",
      "UBDL-exception",
      "Universal-FOSS-exception-1.0",
      "vsftpd-openssl-exception",
      "WxWindows-exception-3.1",
      "x11vnc-openssl-exception"
    ];
  }
});

// node_modules/spdx-expression-parse/scan.js
var require_scan2 = __commonJS({
  "node_modules/spdx-expression-parse/scan.js"(exports, module) {
    "use strict";
    var licenses = [].concat(require_spdx_license_ids()).concat(require_deprecated()), exceptions = require_spdx_exceptions();
    module.exports = function(source) {
      var index = 0;
      function hasMore() {
        return index < source.length;
      }
      function read(value) {
        if (value instanceof RegExp) {
          var chars = source.slice(index), match = chars.match(value);
          if (match)
            return index += match[0].length, match[0];
        } else if (source.indexOf(value, index) === index)
          return index += value.length, value;
      }
      function skipWhitespace() {
        read(/[ ]*/);
      }
      function operator() {
        for (var string, possibilities = [/^WITH/i, /^AND/i, /^OR/i, "(", ")", ":", "+"], i = 0; i < possibilities.length && (string = read(possibilities[i]), !string); i++)
          ;
        if (string === "+" && index > 1 && source[index - 2] === " ")
          throw new Error("Space before `+`");
        return string && {
          type: "OPERATOR",
          string: string.toUpperCase()
        };
      }
      function idstring() {
        return read(/[A-Za-z0-9-.]+/);
      }
      function expectIdstring() {
        var string = idstring();
        if (!string)
          throw new Error("Expected idstring at offset " + index);
        return string;
      }
      function documentRef() {
        if (read("DocumentRef-")) {
          var string = expectIdstring();
          return { type: "DOCUMENTREF", string };
        }
      }
      function licenseRef() {
        if (read("LicenseRef-")) {
          var string = expectIdstring();
          return { type: "LICENSEREF", string };
        }
      }
      function identifier() {
        var begin = index, string = idstring();
        if (licenses.indexOf(string) !== -1)
          return {
            type: "LICENSE",
            string
          };
        if (exceptions.indexOf(string) !== -1)
          return {
            type: "EXCEPTION",
            string
          };
        index = begin;
      }
      function parseToken() {
        return operator() || documentRef() || licenseRef() || identifier();
      }
      for (var tokens = []; hasMore() && (skipWhitespace(), !!hasMore()); ) {
        var token = parseToken();
        if (!token)
          throw new Error("Unexpected `" + source[index] + "` at offset " + index);
        tokens.push(token);
      }
      return tokens;
    };
  }
});

// node_modules/spdx-expression-parse/parse.js
var require_parse2 = __commonJS({
  "node_modules/spdx-expression-parse/parse.js"(exports, module) {
    "use strict";
    module.exports = function(tokens) {
      var index = 0;
      function hasMore() {
        return index < tokens.length;
      }
      function token() {
        return hasMore() ? tokens[index] : null;
      }
      function next() {
        if (!hasMore())
          throw new Error();
        index++;
      }
      function parseOperator(operator) {
        var t = token();
        if (t && t.type === "OPERATOR" && operator === t.string)
          return next(), t.string;
      }
      function parseWith() {
        if (parseOperator("WITH")) {
          var t = token();
          if (t && t.type === "EXCEPTION")
            return next(), t.string;
          throw new Error("Expected exception after `WITH`");
        }
      }
      function parseLicenseRef() {
        var begin = index, string = "", t = token();
        if (t.type === "DOCUMENTREF" && (next(), string += "DocumentRef-" + t.string + ":", !parseOperator(":")))
          throw new Error("Expected `:` after `DocumentRef-...`");
        if (t = token(), t.type === "LICENSEREF")
          return next(), string += "LicenseRef-" + t.string, { license: string };
        index = begin;
      }
      function parseLicense() {
        var t = token();
        if (t && t.type === "LICENSE") {
          next();
          var node2 = { license: t.string };
          parseOperator("+") && (node2.plus = !0);
          var exception = parseWith();
          return exception && (node2.exception = exception), node2;
        }
      }
      function parseParenthesizedExpression() {
        var left = parseOperator("(");
        if (left) {
          var expr = parseExpression();
          if (!parseOperator(")"))
            throw new Error("Expected `)`");
          return expr;
        }
      }
      function parseAtom() {
        return parseParenthesizedExpression() || parseLicenseRef() || parseLicense();
      }
      function makeBinaryOpParser(operator, nextParser) {
        return function parseBinaryOp() {
          var left = nextParser();
          if (left) {
            if (!parseOperator(operator))
              return left;
            var right = parseBinaryOp();
            if (!right)
              throw new Error("Expected expression");
            return {
              left,
              conjunction: operator.toLowerCase(),
              right
            };
          }
        };
      }
      var parseAnd = makeBinaryOpParser("AND", parseAtom), parseExpression = makeBinaryOpParser("OR", parseAnd), node = parseExpression();
      if (!node || hasMore())
        throw new Error("Syntax error");
      return node;
    };
  }
});

// node_modules/spdx-expression-parse/index.js
var require_spdx_expression_parse = __commonJS({
  "node_modules/spdx-expression-parse/index.js"(exports, module) {
    "use strict";
    var scan2 = require_scan2(), parse2 = require_parse2();
    module.exports = function(source) {
      return parse2(scan2(source));
    };
  }
});

// node_modules/spdx-correct/node_modules/spdx-expression-parse/scan.js
var require_scan3 = __commonJS({
  "node_modules/spdx-correct/node_modules/spdx-expression-parse/scan.js"(exports, module) {
    "use strict";
    var licenses = [].concat(require_spdx_license_ids()).concat(require_deprecated()), exceptions = require_spdx_exceptions();
    module.exports = function(source) {
      var index = 0;
      function hasMore() {
        return index < source.length;
      }
      function read(value) {
        if (value instanceof RegExp) {
          var chars = source.slice(index), match = chars.match(value);
          if (match)
            return index += match[0].length, match[0];
        } else if (source.indexOf(value, index) === index)
          return index += value.length, value;
      }
      function skipWhitespace() {
        read(/[ ]*/);
      }
      function operator() {
        for (var string, possibilities = ["WITH", "AND", "OR", "(", ")", ":", "+"], i = 0; i < possibilities.length && (string = read(possibilities[i]), !string); i++)
          ;
        if (string === "+" && index > 1 && source[index - 2] === " ")
          throw new Error("Space before `+`");
        return string && {
          type: "OPERATOR",
          string
        };
      }
      function idstring() {
        return read(/[A-Za-z0-9-.]+/);
      }
      function expectIdstring() {
        var string = idstring();
        if (!string)
          throw new Error("Expected idstring at offset " + index);
        return string;
      }
      function documentRef() {
        if (read("DocumentRef-")) {
          var string = expectIdstring();
          return { type: "DOCUMENTREF", string };
        }
      }
      function licenseRef() {
        if (read("LicenseRef-")) {
          var string = expectIdstring();
          return { type: "LICENSEREF", string };
        }
      }
      function identifier() {
        var begin = index, string = idstring();
        if (licenses.indexOf(string) !== -1)
          return {
            type: "LICENSE",
            string
          };
        if (exceptions.indexOf(string) !== -1)
          return {
            type: "EXCEPTION",
            string
          };
        index = begin;
      }
      function parseToken() {
        return operator() || documentRef() || licenseRef() || identifier();
      }
      for (var tokens = []; hasMore() && (skipWhitespace(), !!hasMore()); ) {
        var token = parseToken();
        if (!token)
          throw new Error("Unexpected `" + source[index] + "` at offset " + index);
        tokens.push(token);
      }
      return tokens;
    };
  }
});

// node_modules/spdx-correct/node_modules/spdx-expression-parse/parse.js
var require_parse3 = __commonJS({
  "node_modules/spdx-correct/node_modules/spdx-expression-parse/parse.js"(exports, module) {
    "use strict";
    module.exports = function(tokens) {
      var index = 0;
      function hasMore() {
        return index < tokens.length;
      }
      function token() {
        return hasMore() ? tokens[index] : null;
      }
      function next() {
        if (!hasMore())
          throw new Error();
        index++;
      }
      function parseOperator(operator) {
        var t = token();
        if (t && t.type === "OPERATOR" && operator === t.string)
          return next(), t.string;
      }
      function parseWith() {
        if (parseOperator("WITH")) {
          var t = token();
          if (t && t.type === "EXCEPTION")
            return next(), t.string;
          throw new Error("Expected exception after `WITH`");
        }
      }
      function parseLicenseRef() {
        var begin = index, string = "", t = token();
        if (t.type === "DOCUMENTREF" && (next(), string += "DocumentRef-" + t.string + ":", !parseOperator(":")))
          throw new Error("Expected `:` after `DocumentRef-...`");
        if (t = token(), t.type === "LICENSEREF")
          return next(), string += "LicenseRef-" + t.string, { license: string };
        index = begin;
      }
      function parseLicense() {
        var t = token();
        if (t && t.type === "LICENSE") {
          next();
          var node2 = { license: t.string };
          parseOperator("+") && (node2.plus = !0);
          var exception = parseWith();
          return exception && (node2.exception = exception), node2;
        }
      }
      function parseParenthesizedExpression() {
        var left = parseOperator("(");
        if (left) {
          var expr = parseExpression();
          if (!parseOperator(")"))
            throw new Error("Expected `)`");
          return expr;
        }
      }
      function parseAtom() {
        return parseParenthesizedExpression() || parseLicenseRef() || parseLicense();
      }
      function makeBinaryOpParser(operator, nextParser) {
        return function parseBinaryOp() {
          var left = nextParser();
          if (left) {
            if (!parseOperator(operator))
              return left;
            var right = parseBinaryOp();
            if (!right)
              throw new Error("Expected expression");
            return {
              left,
              conjunction: operator.toLowerCase(),
              right
            };
          }
        };
      }
      var parseAnd = makeBinaryOpParser("AND", parseAtom), parseExpression = makeBinaryOpParser("OR", parseAnd), node = parseExpression();
      if (!node || hasMore())
        throw new Error("Syntax error");
      return node;
    };
  }
});

// node_modules/spdx-correct/node_modules/spdx-expression-parse/index.js
var require_spdx_expression_parse2 = __commonJS({
  "node_modules/spdx-correct/node_modules/spdx-expression-parse/index.js"(exports, module) {
    "use strict";
    var scan2 = require_scan3(), parse2 = require_parse3();
    module.exports = function(source) {
      return parse2(scan2(source));
    };
  }
});

// node_modules/spdx-correct/index.js
var require_spdx_correct = __commonJS({
  "node_modules/spdx-correct/index.js"(exports, module) {
    var parse2 = require_spdx_expression_parse2(), spdxLicenseIds = require_spdx_license_ids();
    function valid(string) {
      try {
        return parse2(string), !0;
      } catch {
        return !1;
      }
    }
    function sortTranspositions(a, b) {
      var length = b[0].length - a[0].length;
      return length !== 0 ? length : a[0].toUpperCase().localeCompare(b[0].toUpperCase());
    }
    var transpositions = [
      ["APGL", "AGPL"],
      ["Gpl", "GPL"],
      ["GLP", "GPL"],
      ["APL", "Apache"],
      ["ISD", "ISC"],
      ["GLP", "GPL"],
      ["IST", "ISC"],
      ["Claude", "Clause"],
      [" or later", "+"],
      [" International", ""],
      ["GNU", "GPL"],
      ["GUN", "GPL"],
      ["+", ""],
      ["GNU GPL", "GPL"],
      ["GNU LGPL", "LGPL"],
      ["GNU/GPL", "GPL"],
      ["GNU GLP", "GPL"],
      ["GNU LESSER GENERAL PUBLIC LICENSE", "LGPL"],
      ["GNU Lesser General Public License", "LGPL"],
      ["GNU LESSER GENERAL PUBLIC LICENSE", "LGPL-2.1"],
      ["GNU Lesser General Public License", "LGPL-2.1"],
      ["LESSER GENERAL PUBLIC LICENSE", "LGPL"],
      ["Lesser General Public License", "LGPL"],
      ["LESSER GENERAL PUBLIC LICENSE", "LGPL-2.1"],
      ["Lesser General Public License", "LGPL-2.1"],
      ["GNU General Public License", "GPL"],
      ["Gnu public license", "GPL"],
      ["GNU Public License", "GPL"],
      ["GNU GENERAL PUBLIC LICENSE", "GPL"],
      ["MTI", "MIT"],
      ["Mozilla Public License", "MPL"],
      ["Universal Permissive License", "UPL"],
      ["WTH", "WTF"],
      ["WTFGPL", "WTFPL"],
      ["-License", ""]
    ].sort(sortTranspositions), TRANSPOSED = 0, CORRECT = 1, transforms = [
      // e.g. 'mit'
      function(argument) {
        return argument.toUpperCase();
      },
      // e.g. 'MIT '
      function(argument) {
        return argument.trim();
      },
      // e.g. 'M.I.T.'
      function(argument) {
        return argument.replace(/\./g, "");
      },
      // e.g. 'Apache- 2.0'
      function(argument) {
        return argument.replace(/\s+/g, "");
      },
      // e.g. 'CC BY 4.0''
      function(argument) {
        return argument.replace(/\s+/g, "-");
      },
      // e.g. 'LGPLv2.1'
      function(argument) {
        return argument.replace("v", "-");
      },
      // e.g. 'Apache 2.0'
      function(argument) {
        return argument.replace(/,?\s*(\d)/, "-$1");
      },
      // e.g. 'GPL 2'
      function(argument) {
        return argument.replace(/,?\s*(\d)/, "-$1.0");
      },
      // e.g. 'Apache Version 2.0'
      function(argument) {
        return argument.replace(/,?\s*(V\.|v\.|V|v|Version|version)\s*(\d)/, "-$2");
      },
      // e.g. 'Apache Version 2'
      function(argument) {
        return argument.replace(/,?\s*(V\.|v\.|V|v|Version|version)\s*(\d)/, "-$2.0");
      },
      // e.g. 'ZLIB'
      function(argument) {
        return argument[0].toUpperCase() + argument.slice(1);
      },
      // e.g. 'MPL/2.0'
      function(argument) {
        return argument.replace("/", "-");
      },
      // e.g. 'Apache 2'
      function(argument) {
        return argument.replace(/\s*V\s*(\d)/, "-$1").replace(/(\d)$/, "$1.0");
      },
      // e.g. 'GPL-2.0', 'GPL-3.0'
      function(argument) {
        return argument.indexOf("3.0") !== -1 ? argument + "-or-later" : argument + "-only";
      },
      // e.g. 'GPL-2.0-'
      function(argument) {
        return argument + "only";
      },
      // e.g. 'GPL2'
      function(argument) {
        return argument.replace(/(\d)$/, "-$1.0");
      },
      // e.g. 'BSD 3'
      function(argument) {
        return argument.replace(/(-| )?(\d)$/, "-$2-Clause");
      },
      // e.g. 'BSD clause 3'
      function(argument) {
        return argument.replace(/(-| )clause(-| )(\d)/, "-$3-Clause");
      },
      // e.g. 'New BSD license'
      function(argument) {
        return argument.replace(/\b(Modified|New|Revised)(-| )?BSD((-| )License)?/i, "BSD-3-Clause");
      },
      // e.g. 'Simplified BSD license'
      function(argument) {
        return argument.replace(/\bSimplified(-| )?BSD((-| )License)?/i, "BSD-2-Clause");
      },
      // e.g. 'Free BSD license'
      function(argument) {
        return argument.replace(/\b(Free|Net)(-| )?BSD((-| )License)?/i, "BSD-2-Clause-$1BSD");
      },
      // e.g. 'Clear BSD license'
      function(argument) {
        return argument.replace(/\bClear(-| )?BSD((-| )License)?/i, "BSD-3-Clause-Clear");
      },
      // e.g. 'Old BSD License'
      function(argument) {
        return argument.replace(/\b(Old|Original)(-| )?BSD((-| )License)?/i, "BSD-4-Clause");
      },
      // e.g. 'BY-NC-4.0'
      function(argument) {
        return "CC-" + argument;
      },
      // e.g. 'BY-NC'
      function(argument) {
        return "CC-" + argument + "-4.0";
      },
      // e.g. 'Attribution-NonCommercial'
      function(argument) {
        return argument.replace("Attribution", "BY").replace("NonCommercial", "NC").replace("NoDerivatives", "ND").replace(/ (\d)/, "-$1").replace(/ ?International/, "");
      },
      // e.g. 'Attribution-NonCommercial'
      function(argument) {
        return "CC-" + argument.replace("Attribution", "BY").replace("NonCommercial", "NC").replace("NoDerivatives", "ND").replace(/ (\d)/, "-$1").replace(/ ?International/, "") + "-4.0";
      }
    ], licensesWithVersions = spdxLicenseIds.map(function(id) {
      var match = /^(.*)-\d+\.\d+$/.exec(id);
      return match ? [match[0], match[1]] : [id, null];
    }).reduce(function(objectMap, item) {
      var key = item[1];
      return objectMap[key] = objectMap[key] || [], objectMap[key].push(item[0]), objectMap;
    }, {}), licensesWithOneVersion = Object.keys(licensesWithVersions).map(function(key) {
      return [key, licensesWithVersions[key]];
    }).filter(function(item) {
      return (
        // Licenses has just one valid version suffix.
        item[1].length === 1 && item[0] !== null && // APL will be considered Apache, rather than APL-1.0
        item[0] !== "APL"
      );
    }).map(function(item) {
      return [item[0], item[1][0]];
    });
    licensesWithVersions = void 0;
    var lastResorts = [
      ["UNLI", "Unlicense"],
      ["WTF", "WTFPL"],
      ["2 CLAUSE", "BSD-2-Clause"],
      ["2-CLAUSE", "BSD-2-Clause"],
      ["3 CLAUSE", "BSD-3-Clause"],
      ["3-CLAUSE", "BSD-3-Clause"],
      ["AFFERO", "AGPL-3.0-or-later"],
      ["AGPL", "AGPL-3.0-or-later"],
      ["APACHE", "Apache-2.0"],
      ["ARTISTIC", "Artistic-2.0"],
      ["Affero", "AGPL-3.0-or-later"],
      ["BEER", "Beerware"],
      ["BOOST", "BSL-1.0"],
      ["BSD", "BSD-2-Clause"],
      ["CDDL", "CDDL-1.1"],
      ["ECLIPSE", "EPL-1.0"],
      ["FUCK", "WTFPL"],
      ["GNU", "GPL-3.0-or-later"],
      ["LGPL", "LGPL-3.0-or-later"],
      ["GPLV1", "GPL-1.0-only"],
      ["GPL-1", "GPL-1.0-only"],
      ["GPLV2", "GPL-2.0-only"],
      ["GPL-2", "GPL-2.0-only"],
      ["GPL", "GPL-3.0-or-later"],
      ["MIT +NO-FALSE-ATTRIBS", "MITNFA"],
      ["MIT", "MIT"],
      ["MPL", "MPL-2.0"],
      ["X11", "X11"],
      ["ZLIB", "Zlib"]
    ].concat(licensesWithOneVersion).sort(sortTranspositions), SUBSTRING = 0, IDENTIFIER = 1, validTransformation = function(identifier) {
      for (var i = 0; i < transforms.length; i++) {
        var transformed = transforms[i](identifier).trim();
        if (transformed !== identifier && valid(transformed))
          return transformed;
      }
      return null;
    }, validLastResort = function(identifier) {
      for (var upperCased = identifier.toUpperCase(), i = 0; i < lastResorts.length; i++) {
        var lastResort = lastResorts[i];
        if (upperCased.indexOf(lastResort[SUBSTRING]) > -1)
          return lastResort[IDENTIFIER];
      }
      return null;
    }, anyCorrection = function(identifier, check) {
      for (var i = 0; i < transpositions.length; i++) {
        var transposition = transpositions[i], transposed = transposition[TRANSPOSED];
        if (identifier.indexOf(transposed) > -1) {
          var corrected2 = identifier.replace(
            transposed,
            transposition[CORRECT]
          ), checked = check(corrected2);
          if (checked !== null)
            return checked;
        }
      }
      return null;
    };
    module.exports = function(identifier, options) {
      options = options || {};
      var upgrade = options.upgrade === void 0 ? !0 : !!options.upgrade;
      function postprocess(value) {
        return upgrade ? upgradeGPLs(value) : value;
      }
      var validArugment = typeof identifier == "string" && identifier.trim().length !== 0;
      if (!validArugment)
        throw Error("Invalid argument. Expected non-empty string.");
      if (identifier = identifier.trim(), valid(identifier))
        return postprocess(identifier);
      var noPlus = identifier.replace(/\+$/, "").trim();
      if (valid(noPlus))
        return postprocess(noPlus);
      var transformed = validTransformation(identifier);
      return transformed !== null || (transformed = anyCorrection(identifier, function(argument) {
        return valid(argument) ? argument : validTransformation(argument);
      }), transformed !== null) || (transformed = validLastResort(identifier), transformed !== null) || (transformed = anyCorrection(identifier, validLastResort), transformed !== null) ? postprocess(transformed) : null;
    };
    function upgradeGPLs(value) {
      return [
        "GPL-1.0",
        "LGPL-1.0",
        "AGPL-1.0",
        "GPL-2.0",
        "LGPL-2.0",
        "AGPL-2.0",
        "LGPL-2.1"
      ].indexOf(value) !== -1 ? value + "-only" : [
        "GPL-1.0+",
        "GPL-2.0+",
        "GPL-3.0+",
        "LGPL-2.0+",
        "LGPL-2.1+",
        "LGPL-3.0+",
        "AGPL-1.0+",
        "AGPL-3.0+"
      ].indexOf(value) !== -1 ? value.replace(/\+$/, "-or-later") : ["GPL-3.0", "LGPL-3.0", "AGPL-3.0"].indexOf(value) !== -1 ? value + "-or-later" : value;
    }
  }
});

// src/sbom/licenses.ts
import { createRequire as createRequire2 } from "node:module";
function ids() {
  if (!canonical) {
    canonical = /* @__PURE__ */ new Map();
    let lists = [
      require2("spdx-license-ids"),
      require2("spdx-license-ids/deprecated.json"),
      require2("spdx-exceptions")
    ];
    for (let list of lists) for (let id of list) canonical.set(id.toLowerCase(), id);
  }
  return canonical;
}
function normalizeLicense(text) {
  let found = cache.get(text);
  return found || (found = normalize(text.trim()), cache.size < 1e4 && cache.set(text, found)), found;
}
function normalize(text) {
  if (!text) return { name: text };
  let expression = asExpression(text) ?? corrected(text);
  if (!expression) return { name: text };
  let parsed = (0, import_spdx_expression_parse.default)(expression);
  return "license" in parsed && !parsed.plus && !parsed.exception && ids().has(parsed.license.toLowerCase()) ? { id: parsed.license } : { expression };
}
function asExpression(text) {
  let tokens = text.match(/\(|\)|[^\s()]+/g);
  if (!tokens) return;
  let out = [];
  for (let token of tokens) {
    let upper = token.toUpperCase();
    if (token === "(" || token === ")") out.push(token);
    else if (OPERATORS.has(upper)) out.push(upper);
    else if (/^(DocumentRef-[\w.-]+:)?LicenseRef-[\w.-]+$/.test(token)) out.push(token);
    else {
      let plus = token.endsWith("+") && !ids().has(token.toLowerCase()), id = ids().get((plus ? token.slice(0, -1) : token).toLowerCase());
      if (!id) return;
      out.push(plus ? `${id}+` : id);
    }
  }
  let expression = out.join(" ").replace(/\( /g, "(").replace(/ \)/g, ")");
  try {
    return (0, import_spdx_expression_parse.default)(expression), expression;
  } catch {
    return;
  }
}
function corrected(text) {
  if (/^unlicen[sc]ed$/i.test(text) || text.length > 80 || /[/;|&]|\s(and|or)\s/i.test(text)) return;
  let id;
  try {
    id = (0, import_spdx_correct.default)(text, { upgrade: !1 });
  } catch {
    return;
  }
  if (!id || !ids().has(id.toLowerCase())) return;
  let numbers = (s) => s.match(/\d+/g) ?? [], words = text.toLowerCase().replace(FILLER, " "), have = new Set(numbers(words));
  if (numbers(id.replace(/\.0(?=\b|-|$)/g, "")).every((n) => have.has(n)) && !(/-or-later$|\+$/.test(id) && !/later|\+|or any/i.test(text)) && !(/-only$/.test(id) && !/only/i.test(text)))
    return id;
}
var import_spdx_expression_parse, import_spdx_correct, require2, canonical, OPERATORS, cache, FILLER, init_licenses = __esm({
  "src/sbom/licenses.ts"() {
    "use strict";
    import_spdx_expression_parse = __toESM(require_spdx_expression_parse(), 1), import_spdx_correct = __toESM(require_spdx_correct(), 1), require2 = createRequire2(import.meta.url);
    OPERATORS = /* @__PURE__ */ new Set(["AND", "OR", "WITH"]), cache = /* @__PURE__ */ new Map();
    FILLER = /\b(the|license|licence|version|v|software|public|general|gnu)\b/g;
  }
});

// src/sbom/properties.ts
var PROPERTY, init_properties = __esm({
  "src/sbom/properties.ts"() {
    "use strict";
    PROPERTY = {
      file: "lockgraph:file",
      /** "SHA-256:<hex>" of one distribution file, when a package has several (wheels, sdist). */
      fileHash: "lockgraph:file-hash",
      manifest: "lockgraph:manifest",
      scope: "lockgraph:scope",
      direct: "lockgraph:direct",
      alias: "lockgraph:alias",
      source: "lockgraph:source",
      complete: "lockgraph:complete",
      platform: "lockgraph:platform",
      /** "<path>: <why>" of a lockfile that could not be read: what it locks is missing from this SBOM. */
      unreadFile: "lockgraph:unread-file",
      platformDev: "lockgraph:platform-dev",
      /** "<element>: <why>" of a minimum element (NTIA / CISA) that lockfiles do not state: known unknowns. */
      unknown: "lockgraph:unknown"
    };
  }
});

// src/sbom/cyclonedx-model.ts
function nameParts(p) {
  if (p.ecosystem === "npm" && p.name.startsWith("@") && p.name.includes("/")) {
    let slash = p.name.indexOf("/");
    return { group: p.name.slice(0, slash), name: p.name.slice(slash + 1) };
  }
  if ((p.ecosystem === "maven" || p.ecosystem === "gradle") && p.name.includes(":")) {
    let colon = p.name.indexOf(":");
    return { group: p.name.slice(0, colon), name: p.name.slice(colon + 1) };
  }
  return { name: p.name };
}
function escapeUri(url) {
  return /[ "'[\]<>{}]/.test(url) ? url.replace(/[ "'[\]<>{}]/g, (c) => URI_ESCAPES[c]) : url;
}
function packageComponent(p) {
  let byAlg = /* @__PURE__ */ new Map();
  for (let h of p.hashes) {
    let values = byAlg.get(h.alg);
    values ? values.push(h.value) : byAlg.set(h.alg, [h.value]);
  }
  let hashes = [], fileHashes = [];
  for (let alg of [...byAlg.keys()].sort(byString)) {
    let values = byAlg.get(alg);
    if (values.length === 1) hashes.push([alg, values[0]]);
    else for (let v of values) fileHashes.push(`${alg}:${v}`);
  }
  let externalReferences = [];
  p.resolved && p.source === "git" ? externalReferences.push({ type: "vcs", url: escapeUri(p.resolved) }) : p.resolved && /^https?:\/\//.test(p.resolved) && externalReferences.push({ type: "distribution", url: escapeUri(p.resolved) });
  let properties = [];
  for (let alias of [...p.aliases].sort(byString)) properties.push([PROPERTY.alias, alias]);
  properties.push([PROPERTY.direct, String(p.direct)]);
  for (let file of [...p.files].sort(byString)) properties.push([PROPERTY.file, file]);
  for (let h of fileHashes.sort(byString)) properties.push([PROPERTY.fileHash, h]);
  return properties.push([PROPERTY.scope, p.scope]), properties.push([PROPERTY.source, p.source]), {
    type: "library",
    bomRef: p.ref,
    ...nameParts(p),
    version: p.version,
    scope: SCOPES[p.scope],
    hashes,
    license: p.license ? normalizeLicense(p.license) : void 0,
    purl: p.purl,
    externalReferences,
    properties
  };
}
function projectComponent(p) {
  let properties = [[PROPERTY.complete, String(p.complete)]];
  for (let file of [...p.files].sort(byString)) properties.push([PROPERTY.file, file]);
  properties.push([PROPERTY.manifest, p.manifest]);
  let platform = (dev) => p.platform.filter((r) => r.scope === "dev" === dev).map((r) => `${r.name} ${r.constraint}`).sort(byString);
  for (let req of platform(!1)) properties.push([PROPERTY.platform, req]);
  for (let req of platform(!0)) properties.push([PROPERTY.platformDev, req]);
  return {
    type: "application",
    bomRef: p.ref,
    ...nameParts(p),
    version: p.version,
    hashes: [],
    purl: p.purl,
    externalReferences: [],
    properties
  };
}
function unknowns(graph) {
  let out = [];
  graph.packages.size && out.push("supplier: lockfiles do not name the supplier of a package");
  let unlicensed = 0;
  for (let p of graph.packages.values()) p.license || unlicensed++;
  return unlicensed && out.push(
    `license: ${unlicensed} of ${graph.packages.size} packages have no license in their lockfile (unknown, not unlicensed)`
  ), out;
}
function cdxContent(graph, shared) {
  let known = shared?.get("cyclonedx-content");
  if (known) return known;
  let byRef = /* @__PURE__ */ new Map();
  for (let p of graph.projects.values()) byRef.set(p.ref, projectComponent(p));
  for (let p of graph.packages.values()) byRef.set(p.ref, packageComponent(p));
  let refs = [...byRef.keys()].sort(byString), components = refs.map((ref) => byRef.get(ref)), dependsOn = /* @__PURE__ */ new Map();
  for (let ref of refs) {
    let tos = graph.edges.get(ref);
    dependsOn.set(ref, tos ? [...tos.keys()].filter((to) => byRef.has(to)).sort(byString) : []);
  }
  let rootDependsOn = refs.filter((ref) => graph.projects.has(ref)), unreadFiles = [];
  for (let f of graph.files) {
    if (f.ok) continue;
    let why = graph.issues.find((i) => i.file === f.path && i.severity === "error")?.message ?? "not read";
    unreadFiles.push(`${f.path}: ${why}`);
  }
  unreadFiles.sort(byString);
  let complete = [], incomplete = [];
  (unreadFiles.length ? incomplete : complete).push(ROOT_REF);
  for (let ref of rootDependsOn) (graph.projects.get(ref).complete ? complete : incomplete).push(ref);
  let compositions = [];
  complete.length && compositions.push({ aggregate: "complete", refs: complete.sort(byString) }), incomplete.length && compositions.push({ aggregate: "incomplete", refs: incomplete.sort(byString) });
  let content = {
    components,
    rootDependsOn,
    dependsOn,
    unreadFiles,
    unknowns: unknowns(graph),
    compositions
  };
  return shared?.set("cyclonedx-content", content), content;
}
var SCOPES, ROOT_REF, TOOL_REF, byString, URI_ESCAPES, init_cyclonedx_model = __esm({
  "src/sbom/cyclonedx-model.ts"() {
    "use strict";
    init_licenses();
    init_properties();
    SCOPES = {
      runtime: "required",
      optional: "optional",
      peer: "optional",
      dev: "excluded"
    }, ROOT_REF = "root", TOOL_REF = "lockgraph", byString = (a, b) => a < b ? -1 : a > b ? 1 : 0;
    URI_ESCAPES = {
      " ": "%20",
      '"': "%22",
      "'": "%27",
      "[": "%5B",
      "]": "%5D",
      "<": "%3C",
      ">": "%3E",
      "{": "%7B",
      "}": "%7D"
    };
  }
});

// src/sbom/cyclonedx.ts
var cyclonedx_exports = {};
__export(cyclonedx_exports, {
  CYCLONEDX_VERSIONS: () => CYCLONEDX_VERSIONS,
  DEFAULT_CYCLONEDX_VERSION: () => DEFAULT_CYCLONEDX_VERSION,
  contentUuid: () => contentUuid,
  isoSeconds: () => isoSeconds,
  writeCycloneDxJson: () => writeCycloneDxJson,
  writeCycloneDxJsonVersion: () => writeCycloneDxJsonVersion,
  writeCycloneDxXml: () => writeCycloneDxXml,
  writeCycloneDxXmlVersion: () => writeCycloneDxXmlVersion,
  xmlEscape: () => xmlEscape
});
import { createHash as createHash2 } from "node:crypto";
function capabilities(version) {
  let spec = import_Spec.SpecVersionDict[version];
  if (!spec || !CYCLONEDX_VERSIONS.includes(version))
    throw new Error(`CycloneDX spec version ${version} is not written (${CYCLONEDX_VERSIONS.join(", ")})`);
  return {
    version,
    lifecycles: spec.supportsMetadataLifecycles,
    toolComponents: spec.supportsToolsComponentsServices,
    requiresVersion: spec.requiresComponentVersion,
    hash: (alg) => spec.supportsHashAlgorithm(alg),
    reference: (type) => spec.supportsExternalReferenceType(type)
  };
}
function contentUuid(content) {
  let hex = createHash2("sha256").update(content).digest("hex"), variant = (parseInt(hex[16], 16) & 3 | 8).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-5${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}
function isoSeconds(date) {
  return date.toISOString().replace(/\.\d{3}Z$/, "Z");
}
function finish(text, subject) {
  return text.replace(SERIAL_PLACEHOLDER, `urn:uuid:${contentUuid(text)}`).replace(TIMESTAMP_PLACEHOLDER, isoSeconds(subject.timestamp));
}
function metadataProperties(content) {
  return [
    ...content.unknowns.map((u) => [PROPERTY.unknown, u]),
    ...content.unreadFiles.map((u) => [PROPERTY.unreadFile, u])
  ];
}
function subjectComponent(subject) {
  return {
    type: "application",
    bomRef: ROOT_REF,
    name: subject.name,
    version: subject.version,
    hashes: [],
    externalReferences: [],
    properties: []
  };
}
function cdxLicense(l) {
  return "id" in l ? (0, import_SPDX.isSupportedSpdxId)(l.id) ? { id: l.id } : { expression: l.id } : l;
}
function jsonLicense(license) {
  let l = cdxLicense(license);
  return ["expression" in l ? l : { license: l }];
}
function jsonComponent(c, caps) {
  let out = { type: c.type, name: c.name };
  c.group && (out.group = c.group), (c.version || caps.requiresVersion) && (out.version = c.version ?? ""), out["bom-ref"] = c.bomRef, c.scope && (out.scope = c.scope);
  let hashes = c.hashes.filter(([alg]) => caps.hash(alg));
  hashes.length && (out.hashes = hashes.map(([alg, content]) => ({ alg, content }))), c.license && (out.licenses = jsonLicense(c.license)), c.purl && (out.purl = c.purl);
  let refs = c.externalReferences.filter((r) => caps.reference(r.type));
  return refs.length && (out.externalReferences = refs.map((r) => ({ url: r.url, type: r.type }))), c.properties.length && (out.properties = jsonProperties(c.properties)), out;
}
function writeCycloneDxJsonVersion(graph, subject, version, shared) {
  let caps = capabilities(version), content = cdxContent(graph, shared), metadata = { timestamp: TIMESTAMP_PLACEHOLDER };
  caps.lifecycles && (metadata.lifecycles = [{ phase: "pre-build" }]), metadata.tools = caps.toolComponents ? { components: [{ type: "application", name: "lockgraph", version: VERSION, "bom-ref": TOOL_REF }] } : [{ name: "lockgraph", version: VERSION }], subject.author && (metadata.authors = [{ name: subject.author }]), metadata.component = jsonComponent(subjectComponent(subject), caps);
  let properties = metadataProperties(content);
  properties.length && (metadata.properties = jsonProperties(properties));
  let dependencies = [{ ref: ROOT_REF, dependsOn: content.rootDependsOn }];
  for (let [ref, dependsOn] of content.dependsOn)
    dependencies.push(dependsOn.length ? { ref, dependsOn } : { ref });
  let bom = {
    $schema: `http://cyclonedx.org/schema/bom-${version}.schema.json`,
    bomFormat: "CycloneDX",
    specVersion: version,
    version: 1,
    serialNumber: SERIAL_PLACEHOLDER,
    metadata,
    components: content.components.map((c) => jsonComponent(c, caps)),
    dependencies,
    compositions: content.compositions.map((c) => ({ aggregate: c.aggregate, dependencies: c.refs }))
  };
  return finish(JSON.stringify(bom) + `
`, subject);
}
function xmlEscape(text) {
  let clean = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ud800-\udfff\ufffe\uffff]/.test(text) ? text.replace(
    // eslint-disable-next-line no-control-regex
    /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g,
    "\uFFFD"
  ) : text, flat = /[\t\n\r]/.test(clean) ? clean.replace(/[\t\n\r]/g, " ") : clean;
  return /[&<>"]/.test(flat) ? flat.replace(/[&<>"]/g, (c) => XML_ESCAPES[c]) : flat;
}
function xmlProperties(props) {
  return `<properties>${props.map(([n, v]) => `<property name="${x(n)}">${x(v)}</property>`).join("")}</properties>`;
}
function xmlLicense(license) {
  let l = cdxLicense(license);
  return "id" in l ? `<licenses><license><id>${x(l.id)}</id></license></licenses>` : "name" in l ? `<licenses><license><name>${x(l.name)}</name></license></licenses>` : `<licenses><expression>${x(l.expression)}</expression></licenses>`;
}
function xmlComponent(c, caps) {
  let parts = [`<component type="${c.type}" bom-ref="${x(c.bomRef)}">`];
  c.group && parts.push(`<group>${x(c.group)}</group>`), parts.push(`<name>${x(c.name)}</name>`), (c.version || caps.requiresVersion) && parts.push(`<version>${x(c.version ?? "")}</version>`), c.scope && parts.push(`<scope>${c.scope}</scope>`);
  let hashes = c.hashes.filter(([alg]) => caps.hash(alg));
  hashes.length && parts.push(`<hashes>${hashes.map(([alg, v]) => `<hash alg="${alg}">${x(v)}</hash>`).join("")}</hashes>`), c.license && parts.push(xmlLicense(c.license)), c.purl && parts.push(`<purl>${x(c.purl)}</purl>`);
  let refs = c.externalReferences.filter((r) => caps.reference(r.type));
  return refs.length && parts.push(
    `<externalReferences>${refs.map((r) => `<reference type="${r.type}"><url>${x(r.url)}</url></reference>`).join("")}</externalReferences>`
  ), c.properties.length && parts.push(xmlProperties(c.properties)), parts.push("</component>"), parts.join("");
}
function xmlDependency(ref, tos) {
  return tos.length ? `<dependency ref="${x(ref)}">${tos.map((to) => `<dependency ref="${x(to)}"/>`).join("")}</dependency>` : `<dependency ref="${x(ref)}"/>`;
}
function writeCycloneDxXmlVersion(graph, subject, version, shared) {
  let caps = capabilities(version), content = cdxContent(graph, shared), out = [
    `<?xml version="1.0" encoding="UTF-8"?>
<bom xmlns="http://cyclonedx.org/schema/bom/${version}" serialNumber="${SERIAL_PLACEHOLDER}" version="1">`,
    `<metadata><timestamp>${TIMESTAMP_PLACEHOLDER}</timestamp>`
  ];
  caps.lifecycles && out.push("<lifecycles><lifecycle><phase>pre-build</phase></lifecycle></lifecycles>"), out.push(
    caps.toolComponents ? `<tools><components><component type="application" bom-ref="${TOOL_REF}"><name>lockgraph</name><version>${x(VERSION)}</version></component></components></tools>` : `<tools><tool><name>lockgraph</name><version>${x(VERSION)}</version></tool></tools>`
  ), subject.author && out.push(`<authors><author><name>${x(subject.author)}</name></author></authors>`), out.push(xmlComponent(subjectComponent(subject), caps));
  let properties = metadataProperties(content);
  properties.length && out.push(xmlProperties(properties)), out.push("</metadata><components>");
  for (let c of content.components) out.push(xmlComponent(c, caps));
  out.push("</components><dependencies>", xmlDependency(ROOT_REF, content.rootDependsOn));
  for (let [ref, tos] of content.dependsOn) out.push(xmlDependency(ref, tos));
  out.push("</dependencies><compositions>");
  for (let c of content.compositions)
    out.push(
      `<composition><aggregate>${c.aggregate}</aggregate><dependencies>${c.refs.map((r) => `<dependency ref="${x(r)}"/>`).join("")}</dependencies></composition>`
    );
  return out.push(`</compositions></bom>
`), finish(out.join(""), subject);
}
var import_SPDX, import_Spec, CYCLONEDX_VERSIONS, DEFAULT_CYCLONEDX_VERSION, SERIAL_PLACEHOLDER, TIMESTAMP_PLACEHOLDER, jsonProperties, writeCycloneDxJson, XML_ESCAPES, x, writeCycloneDxXml, init_cyclonedx = __esm({
  "src/sbom/cyclonedx.ts"() {
    "use strict";
    import_SPDX = __toESM(require_spdx(), 1), import_Spec = __toESM(require_spec(), 1);
    init_version();
    init_cyclonedx_model();
    init_properties();
    CYCLONEDX_VERSIONS = ["1.4", "1.5", "1.6", "1.7"], DEFAULT_CYCLONEDX_VERSION = "1.6";
    SERIAL_PLACEHOLDER = "urn:uuid:00000000-0000-5000-8000-000000000000", TIMESTAMP_PLACEHOLDER = "1970-01-01T00:00:00Z";
    jsonProperties = (props) => props.map(([name, value]) => ({ name, value }));
    writeCycloneDxJson = (graph, subject, options) => writeCycloneDxJsonVersion(
      graph,
      subject,
      options?.specVersion ?? DEFAULT_CYCLONEDX_VERSION,
      options?.shared
    ), XML_ESCAPES = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" };
    x = xmlEscape;
    writeCycloneDxXml = (graph, subject, options) => writeCycloneDxXmlVersion(graph, subject, options?.specVersion ?? DEFAULT_CYCLONEDX_VERSION, options?.shared);
  }
});

// src/cli/main.ts
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname as dirname2, join as join3, resolve as resolve2 } from "node:path";
import { parseArgs } from "node:util";

// src/report/summary.ts
function countGraph(graph) {
  let eco = /* @__PURE__ */ new Map();
  for (let p of graph.packages.values()) eco.set(p.ecosystem, (eco.get(p.ecosystem) ?? 0) + 1);
  let edges = 0;
  for (let tos of graph.edges.values()) edges += tos.size;
  return {
    packages: graph.packages.size,
    projects: graph.projects.size,
    edges,
    byEcosystem: [...eco].map(([ecosystem, packages]) => ({ ecosystem, packages })).sort((a, b) => b.packages - a.packages),
    byFile: graph.files.map(({ path, format, packages, projects, ok, complete }) => ({
      path,
      format,
      packages,
      projects,
      ok,
      complete
    })).sort((a, b) => a.path < b.path ? -1 : 1)
  };
}
function formatIssue(issue) {
  return `${issue.line ? `${issue.file}:${issue.line}` : issue.file}: ${issue.severity === "info" ? "note" : issue.severity}: ${issue.message}`;
}
function problems(issues) {
  return issues.filter((i) => i.severity !== "info");
}
function textSummary(counts) {
  let lines = [
    `${counts.packages} packages in ${counts.projects} projects from ${counts.byFile.length} lockfiles` + (counts.byEcosystem.length ? ` (${counts.byEcosystem.map((e) => `${e.ecosystem}: ${e.packages}`).join(", ")})` : "")
  ];
  for (let f of counts.byFile)
    lines.push(
      `  ${f.path}  ${f.format}  ${f.ok ? `${f.packages} packages` : "not read"}${f.ok && !f.complete ? " (incomplete)" : ""}`
    );
  return lines.join(`
`);
}

// src/scan.ts
import { readFileSync, readdirSync as readdirSync2, realpathSync as realpathSync2, statSync as statSync2 } from "node:fs";
import { basename, dirname, join as join2, posix as posix18, resolve } from "node:path";

// src/discover.ts
var import_picomatch5 = __toESM(require_picomatch2(), 1);
import { readdirSync, realpathSync, statSync } from "node:fs";
import { join, relative, sep } from "node:path";

// src/parsers/registry.ts
var REQUIREMENTS = /^(?:.*[-_.])?requirements(?:[-_.].*)?\.txt$/i, PYLOCK = /^pylock\.[^.]+\.toml$/, FORMATS = [
  {
    id: "npm-shrinkwrap",
    ecosystem: "npm",
    fileNames: ["npm-shrinkwrap.json"],
    load: async () => (await Promise.resolve().then(() => (init_package_lock(), package_lock_exports))).parsePackageLock
  },
  {
    id: "npm-package-lock",
    ecosystem: "npm",
    fileNames: ["package-lock.json"],
    shadowedBy: ["npm-shrinkwrap.json"],
    load: async () => (await Promise.resolve().then(() => (init_package_lock(), package_lock_exports))).parsePackageLock
  },
  {
    id: "yarn-lock",
    ecosystem: "npm",
    fileNames: ["yarn.lock"],
    load: async () => (await Promise.resolve().then(() => (init_yarn_lock(), yarn_lock_exports))).parseYarnLock
  },
  {
    id: "pnpm-lock",
    ecosystem: "npm",
    fileNames: ["pnpm-lock.yaml"],
    load: async () => (await Promise.resolve().then(() => (init_pnpm_lock(), pnpm_lock_exports))).parsePnpmLock
  },
  {
    id: "bun-lock",
    ecosystem: "npm",
    fileNames: ["bun.lock"],
    load: async () => (await Promise.resolve().then(() => (init_bun_lock(), bun_lock_exports))).parseBunLock
  },
  {
    id: "bun-lockb",
    ecosystem: "npm",
    fileNames: ["bun.lockb"],
    shadowedBy: ["bun.lock"],
    load: async () => (await Promise.resolve().then(() => (init_bun_lock(), bun_lock_exports))).parseBunLockb
  },
  {
    id: "cargo-lock",
    ecosystem: "cargo",
    fileNames: ["Cargo.lock"],
    load: async () => (await Promise.resolve().then(() => (init_cargo_lock(), cargo_lock_exports))).parseCargoLock
  },
  {
    id: "composer-lock",
    ecosystem: "composer",
    fileNames: ["composer.lock"],
    load: async () => (await Promise.resolve().then(() => (init_composer_lock(), composer_lock_exports))).parseComposerLock
  },
  {
    id: "requirements",
    ecosystem: "pypi",
    fileNames: [],
    // requirements.txt, requirements-dev.txt, dev_requirements.txt, requirements.prod.txt; requirements/*.txt
    namePattern: REQUIREMENTS,
    pathPattern: /(^|\/)requirements\/[^/]+\.txt$/,
    load: async () => (await Promise.resolve().then(() => (init_requirements(), requirements_exports))).parseRequirements
  },
  {
    id: "pipfile-lock",
    ecosystem: "pypi",
    fileNames: ["Pipfile.lock"],
    load: async () => (await Promise.resolve().then(() => (init_pipfile_lock(), pipfile_lock_exports))).parsePipfileLock
  },
  {
    id: "poetry-lock",
    ecosystem: "pypi",
    fileNames: ["poetry.lock"],
    load: async () => (await Promise.resolve().then(() => (init_poetry_lock(), poetry_lock_exports))).parsePoetryLock
  },
  {
    id: "uv-lock",
    ecosystem: "pypi",
    fileNames: ["uv.lock"],
    load: async () => (await Promise.resolve().then(() => (init_uv_lock(), uv_lock_exports))).parseUvLock
  },
  {
    id: "pdm-lock",
    ecosystem: "pypi",
    fileNames: ["pdm.lock"],
    load: async () => (await Promise.resolve().then(() => (init_pdm_lock(), pdm_lock_exports))).parsePdmLock
  },
  {
    id: "pylock",
    ecosystem: "pypi",
    fileNames: ["pylock.toml"],
    namePattern: PYLOCK,
    load: async () => (await Promise.resolve().then(() => (init_pylock(), pylock_exports))).parsePylock
  },
  {
    // A pyproject.toml with no lockfile: its declared dependencies, unpinned, and the project marked incomplete.
    id: "pyproject",
    ecosystem: "pypi",
    fileNames: ["pyproject.toml"],
    shadowedBy: ["uv.lock", "poetry.lock", "pdm.lock", "Pipfile.lock", "pylock.toml", PYLOCK, REQUIREMENTS],
    load: async () => (await Promise.resolve().then(() => (init_pyproject(), pyproject_exports))).parsePyproject
  }
], BY_NAME = /* @__PURE__ */ new Map();
for (let format of FORMATS) for (let name of format.fileNames) BY_NAME.set(name, format);
var BY_PATTERN = FORMATS.filter((f) => f.namePattern), BY_PATH = FORMATS.filter((f) => f.pathPattern);
function formatOf2(fileName, path = fileName) {
  return BY_NAME.get(fileName) ?? BY_PATTERN.find((f) => f.namePattern.test(fileName)) ?? BY_PATH.find((f) => f.pathPattern.test(path));
}

// src/discover.ts
var SKIPPED_DIRS = /* @__PURE__ */ new Set([
  ".git",
  ".hg",
  ".svn",
  "node_modules",
  "bower_components",
  "jspm_packages",
  "vendor",
  "target",
  "dist",
  "build",
  "out",
  "coverage",
  ".next",
  ".nuxt",
  ".svelte-kit",
  ".turbo",
  ".cache",
  ".yarn",
  ".pnpm-store",
  ".gradle",
  "__pycache__",
  ".venv",
  "venv",
  ".tox",
  ".nox",
  ".mypy_cache",
  ".pytest_cache"
]);
function toPosix(path) {
  return sep === "/" ? path : path.split(sep).join("/");
}
function diskTree(realRoot) {
  let inside2 = (real) => real === realRoot || real.startsWith(realRoot + sep), kindOf = (e) => e.isDirectory() ? "dir" : e.isFile() ? "file" : "other";
  return {
    list(dir) {
      let entries;
      try {
        entries = readdirSync(join(realRoot, dir), { withFileTypes: !0 });
      } catch {
        return;
      }
      return entries.map((e) => ({ name: e.name, kind: e.isSymbolicLink() ? "link" : kindOf(e) }));
    },
    follow(path) {
      let real;
      try {
        real = realpathSync(join(realRoot, path));
      } catch {
        return;
      }
      let stat = statSync(real, { throwIfNoEntry: !1 });
      if (!inside2(real)) return { outside: !0, isDir: stat?.isDirectory() ?? !1 };
      if (stat)
        return { outside: !1, real: toPosix(relative(realRoot, real)), kind: kindOf(stat) };
    }
  };
}
function discoverIn(tree, exclude = []) {
  let isExcluded = exclude.length ? (0, import_picomatch5.default)(exclude, { dot: !0 }) : () => !1, files = [], skipped = [], seenDirs = /* @__PURE__ */ new Set([""]), walk = (rel) => {
    let entries = tree.list(rel);
    if (!entries) {
      skipped.push({ path: rel || ".", reason: "folder cannot be read" });
      return;
    }
    entries.sort((a, b) => a.name < b.name ? -1 : a.name > b.name ? 1 : 0);
    let names = new Set(entries.map((e) => e.name)), nameMatching = (pattern) => entries.find((e) => pattern.test(e.name))?.name;
    for (let entry of entries) {
      let childRel = rel ? `${rel}/${entry.name}` : entry.name, kind = entry.kind;
      if (kind === "link") {
        let target = tree.follow(childRel);
        if (!target) continue;
        if (target.outside) {
          (target.isDir || formatOf2(entry.name)) && skipped.push({ path: childRel, reason: "symbolic link out of the root" });
          continue;
        }
        if (kind = target.kind, kind === "dir") {
          if (seenDirs.has(target.real)) continue;
          seenDirs.add(target.real);
        }
      } else kind === "dir" && seenDirs.add(childRel);
      if (kind === "dir") {
        if (SKIPPED_DIRS.has(entry.name) || isExcluded(childRel) || isExcluded(childRel + "/")) continue;
        walk(childRel);
      } else if (kind === "file") {
        let format = formatOf2(entry.name, childRel);
        if (!format || isExcluded(childRel)) continue;
        let shadow = format.shadowedBy?.map(
          (other) => typeof other == "string" ? names.has(other) ? other : void 0 : nameMatching(other)
        ).find((name) => name !== void 0);
        if (shadow) {
          skipped.push({ path: childRel, reason: `${shadow} in the same folder takes precedence` });
          continue;
        }
        files.push({ path: childRel, format });
      }
    }
  };
  return walk(""), { files, skipped };
}

// src/graph/graph.ts
init_model();
function emptyGraph() {
  return { packages: /* @__PURE__ */ new Map(), projects: /* @__PURE__ */ new Map(), edges: /* @__PURE__ */ new Map(), files: [], issues: [] };
}
function projectRef(manifest) {
  return `project:${manifest}`;
}
function addEdge(graph, from, to, scope) {
  let out = graph.edges.get(from);
  out || graph.edges.set(from, out = /* @__PURE__ */ new Map());
  let had = out.get(to);
  out.set(to, had ? strongerScope(had, scope) : scope);
}
function pushUnique(list, value) {
  list[list.length - 1] !== value && !list.includes(value) && list.push(value);
}
function addResult(graph, file, result, ecosystem) {
  let refs = /* @__PURE__ */ new Map(), projectRefs = [];
  for (let p of result.projects) {
    let ref = projectRef(p.manifest);
    refs.set(p.id, ref), projectRefs.push(ref);
    let known = graph.projects.get(ref);
    if (known) {
      pushUnique(known.files, file), known.complete &&= result.complete, known.version ??= p.version, known.purl ??= p.purl;
      for (let req of p.platform ?? [])
        known.platform.some((k) => k.name === req.name && k.scope === req.scope) || known.platform.push(req);
    } else
      graph.projects.set(ref, {
        ref,
        purl: p.purl,
        ecosystem: p.ecosystem,
        name: p.name,
        version: p.version,
        manifest: p.manifest,
        dir: p.dir,
        files: [file],
        complete: result.complete,
        platform: [...p.platform ?? []]
      });
  }
  for (let p of result.packages) {
    refs.set(p.id, p.purl);
    let known = graph.packages.get(p.purl);
    if (known) {
      known.scope = strongerScope(known.scope, p.scope);
      for (let h of p.hashes)
        known.hashes.some((k) => k.alg === h.alg && k.value === h.value) || known.hashes.push(h);
      known.resolved ??= p.resolved, known.license ??= p.license, p.alias && pushUnique(known.aliases, p.alias), pushUnique(known.files, file);
    } else
      graph.packages.set(p.purl, {
        ref: p.purl,
        purl: p.purl,
        ecosystem: p.ecosystem,
        name: p.name,
        version: p.version,
        scope: p.scope,
        direct: !1,
        hashes: [...p.hashes],
        resolved: p.resolved,
        source: p.source,
        license: p.license,
        aliases: p.alias ? [p.alias] : [],
        files: [file],
        projects: []
      });
  }
  let projectSet = new Set(projectRefs), local = /* @__PURE__ */ new Map();
  for (let e of result.edges) {
    let from = refs.get(e.from), to = refs.get(e.to);
    if (!from || !to || from === to) continue;
    addEdge(graph, from, to, e.scope);
    let out = local.get(from);
    if (out || local.set(from, out = []), out.push(to), projectSet.has(from)) {
      let pkg = graph.packages.get(to);
      pkg && (pkg.direct = !0);
    }
  }
  for (let root of projectRefs) {
    let seen = /* @__PURE__ */ new Set([root]), queue = [root];
    for (; queue.length; )
      for (let next of local.get(queue.pop()) ?? []) {
        if (seen.has(next)) continue;
        seen.add(next);
        let pkg = graph.packages.get(next);
        pkg && (pushUnique(pkg.projects, root), queue.push(next));
      }
  }
  graph.files.push({
    path: file,
    format: result.format,
    ecosystem,
    ok: !0,
    packages: new Set(result.packages.map((p) => p.purl)).size,
    projects: result.projects.length,
    complete: result.complete
  }), graph.issues.push(...result.issues);
}
function addFailure(graph, file, format, ecosystem, issue) {
  graph.files.push({ path: file, format, ecosystem, ok: !1, packages: 0, projects: 0, complete: !1 }), graph.issues.push(issue);
}

// src/scan.ts
init_model();
function diskSource(root) {
  let cache2 = /* @__PURE__ */ new Map();
  return {
    read(path) {
      if (cache2.has(path)) return cache2.get(path);
      let text;
      try {
        text = readFileSync(join2(root, path), "utf8");
      } catch {
        text = void 0;
      }
      return cache2.set(path, text), text;
    },
    listDirs(dir) {
      try {
        return readdirSync2(join2(root, dir), { withFileTypes: !0 }).filter((e) => e.isDirectory() && !SKIPPED_DIRS.has(e.name)).map((e) => e.name).sort();
      } catch {
        return [];
      }
    }
  };
}
var MANAGER_OF = {
  "npm-package-lock": "npm",
  "npm-shrinkwrap": "npm",
  "yarn-lock": "yarn",
  "pnpm-lock": "pnpm",
  "bun-lock": "bun",
  "bun-lockb": "bun"
};
function choosePackageManager(found, files) {
  let byDir = /* @__PURE__ */ new Map();
  for (let f of found) {
    if (!MANAGER_OF[f.format.id]) continue;
    let dir = posix18.dirname(f.path);
    byDir.set(dir, [...byDir.get(dir) ?? [], f]);
  }
  let drop = /* @__PURE__ */ new Set(), skipped = [], issues = [];
  for (let [dir, group] of byDir) {
    if (new Set(group.map((f) => MANAGER_OF[f.format.id])).size < 2) continue;
    let manifest = posix18.join(dir, "package.json"), declared;
    try {
      let pkg = JSON.parse(files.read(manifest) ?? "{}");
      typeof pkg.packageManager == "string" && (declared = /^(npm|yarn|pnpm|bun)@/.exec(pkg.packageManager)?.[1]);
    } catch {
    }
    if (declared && group.some((f) => MANAGER_OF[f.format.id] === declared))
      for (let f of group)
        MANAGER_OF[f.format.id] !== declared && (drop.add(f), skipped.push({ path: f.path, reason: `${manifest} says "packageManager": ${declared}` }));
    else
      issues.push({
        file: manifest,
        severity: "info",
        message: `locked by more than one package manager (${group.map((f) => posix18.basename(f.path)).join(", ")}); all are read \u2014 set "packageManager" in package.json to read only the one in use`
      });
  }
  return { found: found.filter((f) => !drop.has(f)), skipped, issues };
}
async function parseOne(file, files, parsers) {
  let { path, format } = file, parser = parsers.get(format.id);
  parser || parsers.set(format.id, parser = await format.load());
  let text = files.read(path);
  if (text === void 0)
    return { file, failure: { file: path, severity: "error", message: "cannot be read" } };
  try {
    return { file, result: parser({ path, text: stripBom(text), files }) };
  } catch (err) {
    let failure = err instanceof ParseError ? { file: path, line: err.line, severity: "error", message: `${err.message}; file skipped` } : {
      file: path,
      severity: "error",
      message: `could not be read (${err instanceof Error ? err.message : String(err)}); file skipped`
    };
    return { file, failure };
  }
}
function addParsed(graph, parsed) {
  let { path, format } = parsed.file;
  "result" in parsed ? addResult(graph, path, parsed.result, format.ecosystem) : addFailure(graph, path, format.id, format.ecosystem, parsed.failure);
}
async function parseFiles(found, files) {
  let graph = emptyGraph(), parsers = /* @__PURE__ */ new Map();
  for (let file of found) addParsed(graph, await parseOne(file, files, parsers));
  return graph;
}
function stripBom(text) {
  return text.charCodeAt(0) === 65279 ? text.slice(1) : text;
}
var NEIGHBOURS = ["package.json", "Cargo.toml", "composer.json", "pyproject.toml", "Pipfile"], MAX_ROUNDS = 8;
async function scanSource(source, options = {}) {
  let discovered = discoverIn(source, options.exclude);
  if (source.load) {
    let first = /* @__PURE__ */ new Set();
    for (let f of discovered.files) {
      first.add(f.path);
      let dir = posix18.dirname(f.path);
      for (let name of NEIGHBOURS) first.add(dir === "." ? name : `${dir}/${name}`);
    }
    await source.load([...first]);
  }
  let parsers = /* @__PURE__ */ new Map(), done = /* @__PURE__ */ new Map();
  for (let round = 1; ; round++) {
    let chosen = choosePackageManager(discovered.files, source);
    for (let file of chosen.found) {
      if (done.has(file.path)) continue;
      let reads = /* @__PURE__ */ new Set(), recording = {
        read(path) {
          return reads.add(path), source.read(path);
        },
        ...source.listDirs ? { listDirs: (dir) => source.listDirs(dir) } : {}
      };
      done.set(file.path, { parsed: await parseOne(file, recording, parsers), reads });
    }
    let pending = source.pending?.() ?? [];
    if (pending.length === 0 || !source.load || round >= MAX_ROUNDS) {
      let graph = emptyGraph();
      for (let file of chosen.found) addParsed(graph, done.get(file.path).parsed);
      return graph.issues.push(...chosen.issues), { graph, skipped: [...discovered.skipped, ...chosen.skipped] };
    }
    await source.load(pending);
    let loaded = new Set(pending);
    for (let [path, { reads }] of done) [...reads].some((r) => loaded.has(r)) && done.delete(path);
  }
}
async function scan(path, options = {}) {
  let target = resolve(path);
  if (statSync2(target).isFile()) {
    let root = dirname(target), name = basename(target), format = formatOf2(name), found = format ? [{ path: name, format }] : [], skipped = format ? [] : [{ path: name, reason: "not a lockfile lockgraph reads" }];
    return { root, graph: await parseFiles(found, diskSource(root)), skipped };
  }
  let source = { ...diskSource(target), ...diskTree(realpathSync2(target)) };
  return { root: target, ...await scanSource(source, options) };
}

// src/sbom/formats.ts
var SBOM_FORMATS = [
  {
    id: "cyclonedx-json",
    fileName: "sbom.cdx.json",
    output: "cyclonedx-file",
    specVersions: ["1.4", "1.5", "1.6", "1.7"],
    defaultSpecVersion: "1.6",
    load: async () => (await Promise.resolve().then(() => (init_cyclonedx(), cyclonedx_exports))).writeCycloneDxJson
  },
  {
    id: "cyclonedx-xml",
    fileName: "sbom.cdx.xml",
    output: "cyclonedx-xml-file",
    specVersions: ["1.4", "1.5", "1.6", "1.7"],
    defaultSpecVersion: "1.6",
    load: async () => (await Promise.resolve().then(() => (init_cyclonedx(), cyclonedx_exports))).writeCycloneDxXml
  }
], FORMAT_IDS = SBOM_FORMATS.map((f) => f.id);
function sbomFormat(id) {
  return SBOM_FORMATS.find((f) => f.id === id);
}

// src/sbom/subject.ts
import { basename as basename2 } from "node:path";
function subjectFor(root, env = process.env) {
  let epoch = env.SOURCE_DATE_EPOCH, timestamp = epoch && /^\d+$/.test(epoch) ? new Date(Number(epoch) * 1e3) : /* @__PURE__ */ new Date();
  return timestamp.setMilliseconds(0), {
    name: env.GITHUB_REPOSITORY || basename2(root) || "root",
    version: env.GITHUB_SHA || void 0,
    author: env.GITHUB_REPOSITORY_OWNER || env.GITHUB_REPOSITORY?.split("/")[0] || void 0,
    timestamp
  };
}

// src/sbom/write.ts
var FormatError = class extends Error {
};
function formatList(values) {
  let ids2 = values.flatMap((v) => v.split(/[,\n]/)).map((v) => v.trim().toLowerCase());
  return [...new Set(ids2.filter(Boolean))];
}
function resolveRequests(ids2, specVersion) {
  if (!ids2.length) throw new FormatError(`no SBOM format given (supported: ${FORMAT_IDS.join(", ")})`);
  let requests = ids2.map((id) => {
    let format = sbomFormat(id);
    if (!format) throw new FormatError(`unknown SBOM format "${id}" (supported: ${FORMAT_IDS.join(", ")})`);
    return { format, specVersion: format.defaultSpecVersion };
  }), version = specVersion?.trim();
  if (version) {
    let takers = requests.filter((r) => r.format.specVersions.includes(version));
    if (!takers.length) {
      let known = ids2.map((id) => `${id}: ${sbomFormat(id).specVersions.join(", ")}`).join("; ");
      throw new FormatError(`spec version "${version}" is not one of the asked formats' (${known})`);
    }
    for (let r of takers) r.specVersion = version;
  }
  return requests;
}
async function renderSboms(graph, subject, requests) {
  let shared = /* @__PURE__ */ new Map(), out = [];
  for (let request of requests) {
    let write = await request.format.load();
    out.push({ request, text: write(graph, subject, { specVersion: request.specVersion, shared }) });
  }
  return out;
}

// src/cli/main.ts
init_version();
var HELP = `lockgraph ${VERSION}: every lockfile in a repository, one dependency graph, SBOMs.

Usage:
  lockgraph sbom [PATH] [options]     write an SBOM of the lockfiles under PATH (default: .)

Options:
  --format FORMAT     SBOM format (repeatable, or a comma list): ${FORMAT_IDS.join(", ")}
                      (default: cyclonedx-json)
  --spec-version V    spec version of the formats that have it: CycloneDX ${SBOM_FORMATS[0].specVersions.join(", ")}
                      (default ${SBOM_FORMATS[0].defaultSpecVersion}); SPDX JSON is 2.3, SPDX 3 JSON-LD 3.0.1
  -o, --output FILE   where to write the SBOM (one format); - for standard output
  --output-dir DIR    folder for the SBOMs, each under its own name (default: .):
                      ${SBOM_FORMATS.map((f) => `${f.fileName} (${f.id})`).join(", ")}
  --exclude GLOB      paths not to scan, relative to PATH (repeatable), e.g. --exclude 'examples/**'
  --strict            exit 1 when a lockfile has problems (default: report them and go on)
  -q, --quiet         print only problems (no notes, no summary)
  -h, --help          this help
  -V, --version       lockgraph's version

Exit codes: 0 done (problems are printed to stderr as file:line), 1 problems found with --strict,
2 usage error or nothing readable.
`, UsageError = class extends Error {
};
async function main(argv, io) {
  try {
    return await run(argv, io);
  } catch (err) {
    if (err instanceof UsageError || err instanceof TypeError && "code" in err && String(err.code).startsWith("ERR_PARSE_ARGS"))
      return io.stderr(`lockgraph: ${err.message}
Run 'lockgraph --help' for usage.
`), 2;
    throw err;
  }
}
async function run(argv, io) {
  let { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: !0,
    options: {
      format: { type: "string", multiple: !0 },
      output: { type: "string", short: "o" },
      "output-dir": { type: "string" },
      "spec-version": { type: "string" },
      exclude: { type: "string", multiple: !0 },
      strict: { type: "boolean" },
      quiet: { type: "boolean", short: "q" },
      help: { type: "boolean", short: "h" },
      version: { type: "boolean", short: "V" }
    }
  });
  if (values.help)
    return io.stdout(HELP), 0;
  if (values.version)
    return io.stdout(`${VERSION}
`), 0;
  let [command, ...rest] = positionals;
  if (command === void 0)
    return io.stderr(HELP), 2;
  if (command !== "sbom") throw new UsageError(`unknown command '${command}'`);
  if (rest.length > 1) throw new UsageError(`sbom takes one PATH, got ${rest.length}: ${rest.join(" ")}`);
  let requests;
  try {
    requests = resolveRequests(formatList(values.format ?? ["cyclonedx-json"]), values["spec-version"]);
  } catch (err) {
    throw err instanceof FormatError ? new UsageError(err.message) : err;
  }
  if (values.output !== void 0 && requests.length > 1)
    throw new UsageError(
      `--output names one file, but ${requests.length} formats were asked for: use --output-dir`
    );
  if (values.output !== void 0 && values["output-dir"] !== void 0)
    throw new UsageError("--output and --output-dir cannot be used together");
  let path = resolve2(io.cwd, rest[0] ?? "."), result;
  try {
    result = await scan(path, { exclude: values.exclude ?? [] });
  } catch (err) {
    throw err && typeof err == "object" && "code" in err && err.code === "ENOENT" ? new UsageError(`no such file or folder: ${rest[0]}`) : err;
  }
  let { graph } = result;
  for (let issue of graph.issues)
    (!values.quiet || issue.severity !== "info") && io.stderr(formatIssue(issue) + `
`);
  if (!values.quiet) for (let s of result.skipped) io.stderr(`${s.path}: note: not read: ${s.reason}
`);
  if (graph.files.length === 0)
    return io.stderr(`lockgraph: no lockfiles found under ${rest[0] ?? "."}
`), 2;
  if (!graph.files.some((f) => f.ok))
    return io.stderr(`lockgraph: none of the ${graph.files.length} lockfiles could be read
`), 2;
  let written = [];
  for (let { request, text } of await renderSboms(graph, subjectFor(path, io.env), requests)) {
    let output = values.output ?? join3(values["output-dir"] ?? ".", request.format.fileName);
    if (output === "-") io.stdout(text);
    else {
      let file = resolve2(io.cwd, output);
      mkdirSync(dirname2(file), { recursive: !0 }), writeFileSync(file, text), written.push(output);
    }
  }
  if (!values.quiet) {
    io.stderr(textSummary(countGraph(graph)) + `
`);
    for (let output of written) io.stderr(`wrote ${output}
`);
  }
  return values.strict && problems(graph.issues).length > 0 ? 1 : 0;
}

// src/cli.ts
process.exitCode = await main(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  cwd: process.cwd(),
  env: process.env
});
