#!/usr/bin/env node
const __importMetaUrl = require('node:url').pathToFileURL(__filename).href;
"use strict";
var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __commonJS = (cb, mod) => function __require2() {
  try {
    return mod || (0, cb[__getOwnPropNames(cb)[0]])((mod = { exports: {} }).exports, mod), mod.exports;
  } catch (e) {
    throw mod = 0, e;
  }
};
var __export = (target, all) => {
  for (var name in all)
    __defProp(target, name, { get: all[name], enumerable: true });
};
var __copyProps = (to, from, except, desc) => {
  if (from && typeof from === "object" || typeof from === "function") {
    for (let key of __getOwnPropNames(from))
      if (!__hasOwnProp.call(to, key) && key !== except)
        __defProp(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
  }
  return to;
};
var __toESM = (mod, isNodeMode, target) => (target = mod != null ? __create(__getProtoOf(mod)) : {}, __copyProps(
  // If the importer is in node compatibility mode or this is not an ESM
  // file that has been converted to a CommonJS file using a Babel-
  // compatible transform (i.e. "__esModule" has not been set), then set
  // "default" to the CommonJS "module.exports" for node compatibility.
  isNodeMode || !mod || !mod.__esModule ? __defProp(target, "default", { value: mod, enumerable: true }) : target,
  mod
));

// node_modules/picomatch/lib/constants.js
var require_constants = __commonJS({
  "node_modules/picomatch/lib/constants.js"(exports2, module2) {
    "use strict";
    var WIN_SLASH = "\\\\/";
    var WIN_NO_SLASH = `[^${WIN_SLASH}]`;
    var DEFAULT_MAX_EXTGLOB_RECURSION = 0;
    var DOT_LITERAL = "\\.";
    var PLUS_LITERAL = "\\+";
    var QMARK_LITERAL = "\\?";
    var SLASH_LITERAL = "\\/";
    var ONE_CHAR = "(?=.)";
    var QMARK = "[^/]";
    var END_ANCHOR = `(?:${SLASH_LITERAL}|$)`;
    var START_ANCHOR = `(?:^|${SLASH_LITERAL})`;
    var DOTS_SLASH = `${DOT_LITERAL}{1,2}${END_ANCHOR}`;
    var NO_DOT = `(?!${DOT_LITERAL})`;
    var NO_DOTS = `(?!${START_ANCHOR}${DOTS_SLASH})`;
    var NO_DOT_SLASH = `(?!${DOT_LITERAL}{0,1}${END_ANCHOR})`;
    var NO_DOTS_SLASH = `(?!${DOTS_SLASH})`;
    var QMARK_NO_DOT = `[^.${SLASH_LITERAL}]`;
    var STAR = `${QMARK}*?`;
    var SEP = "/";
    var POSIX_CHARS = {
      DOT_LITERAL,
      PLUS_LITERAL,
      QMARK_LITERAL,
      SLASH_LITERAL,
      ONE_CHAR,
      QMARK,
      END_ANCHOR,
      DOTS_SLASH,
      NO_DOT,
      NO_DOTS,
      NO_DOT_SLASH,
      NO_DOTS_SLASH,
      QMARK_NO_DOT,
      STAR,
      START_ANCHOR,
      SEP
    };
    var WINDOWS_CHARS = {
      ...POSIX_CHARS,
      SLASH_LITERAL: `[${WIN_SLASH}]`,
      QMARK: WIN_NO_SLASH,
      STAR: `${WIN_NO_SLASH}*?`,
      DOTS_SLASH: `${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$)`,
      NO_DOT: `(?!${DOT_LITERAL})`,
      NO_DOTS: `(?!(?:^|[${WIN_SLASH}])${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$))`,
      NO_DOT_SLASH: `(?!${DOT_LITERAL}{0,1}(?:[${WIN_SLASH}]|$))`,
      NO_DOTS_SLASH: `(?!${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$))`,
      QMARK_NO_DOT: `[^.${WIN_SLASH}]`,
      START_ANCHOR: `(?:^|[${WIN_SLASH}])`,
      END_ANCHOR: `(?:[${WIN_SLASH}]|$)`,
      SEP: "\\"
    };
    var POSIX_REGEX_SOURCE = {
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
    module2.exports = {
      DEFAULT_MAX_EXTGLOB_RECURSION,
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
      extglobChars(chars2) {
        return {
          "!": { type: "negate", open: "(?:(?!(?:", close: `))${chars2.STAR})` },
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
        return win32 === true ? WINDOWS_CHARS : POSIX_CHARS;
      }
    };
  }
});

// node_modules/picomatch/lib/utils.js
var require_utils = __commonJS({
  "node_modules/picomatch/lib/utils.js"(exports2) {
    "use strict";
    var {
      REGEX_BACKSLASH,
      REGEX_REMOVE_BACKSLASH,
      REGEX_SPECIAL_CHARS,
      REGEX_SPECIAL_CHARS_GLOBAL
    } = require_constants();
    exports2.isObject = (val) => val !== null && typeof val === "object" && !Array.isArray(val);
    exports2.hasRegexChars = (str) => REGEX_SPECIAL_CHARS.test(str);
    exports2.isRegexChar = (str) => str.length === 1 && exports2.hasRegexChars(str);
    exports2.escapeRegex = (str) => str.replace(REGEX_SPECIAL_CHARS_GLOBAL, "\\$1");
    exports2.toPosixSlashes = (str) => str.replace(REGEX_BACKSLASH, "/");
    exports2.isWindows = () => {
      if (typeof navigator !== "undefined" && navigator.platform) {
        const platform = navigator.platform.toLowerCase();
        return platform === "win32" || platform === "windows";
      }
      if (typeof process !== "undefined" && process.platform) {
        return process.platform === "win32";
      }
      return false;
    };
    exports2.removeBackslashes = (str) => {
      return str.replace(REGEX_REMOVE_BACKSLASH, (match) => {
        return match === "\\" ? "" : match;
      });
    };
    exports2.escapeLast = (input, char, lastIdx) => {
      const idx = input.lastIndexOf(char, lastIdx);
      if (idx === -1) return input;
      if (input[idx - 1] === "\\") return exports2.escapeLast(input, char, idx - 1);
      return `${input.slice(0, idx)}\\${input.slice(idx)}`;
    };
    exports2.removePrefix = (input, state = {}) => {
      let output = input;
      if (output.startsWith("./")) {
        output = output.slice(2);
        state.prefix = "./";
      }
      return output;
    };
    exports2.wrapOutput = (input, state = {}, options = {}) => {
      const prepend = options.contains ? "" : "^";
      const append = options.contains ? "" : "$";
      let output = `${prepend}(?:${input})${append}`;
      if (state.negated === true) {
        output = `(?:^(?!${output}).*$)`;
      }
      return output;
    };
    exports2.basename = (path8, { windows } = {}) => {
      const segs = path8.split(windows ? /[\\/]/ : "/");
      const last = segs[segs.length - 1];
      if (last === "") {
        return segs[segs.length - 2];
      }
      return last;
    };
  }
});

// node_modules/picomatch/lib/scan.js
var require_scan = __commonJS({
  "node_modules/picomatch/lib/scan.js"(exports2, module2) {
    "use strict";
    var utils = require_utils();
    var {
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
    } = require_constants();
    var isPathSeparator = (code) => {
      return code === CHAR_FORWARD_SLASH || code === CHAR_BACKWARD_SLASH;
    };
    var depth = (token) => {
      if (token.isPrefix !== true) {
        token.depth = token.isGlobstar ? Infinity : 1;
      }
    };
    var scan = (input, options) => {
      const opts = options || {};
      const length = input.length - 1;
      const scanToEnd = opts.parts === true || opts.tokens === true || opts.scanToEnd === true;
      const slashes = [];
      const tokens = [];
      const parts = [];
      let str = input;
      let index = -1;
      let start = 0;
      let lastIndex = 0;
      let isBrace = false;
      let isBracket = false;
      let isGlob = false;
      let isExtglob = false;
      let isGlobstar = false;
      let braceEscaped = false;
      let backslashes = false;
      let negated2 = false;
      let negatedExtglob = false;
      let finished = false;
      let braces = 0;
      let prev;
      let code;
      let token = { value: "", depth: 0, isGlob: false };
      const eos = () => index >= length;
      const peek = () => str.charCodeAt(index + 1);
      const advance2 = () => {
        prev = code;
        return str.charCodeAt(++index);
      };
      while (index < length) {
        code = advance2();
        let next2;
        if (code === CHAR_BACKWARD_SLASH) {
          backslashes = token.backslashes = true;
          code = advance2();
          if (code === CHAR_LEFT_CURLY_BRACE) {
            braceEscaped = true;
          }
          continue;
        }
        if (braceEscaped === true || code === CHAR_LEFT_CURLY_BRACE) {
          braces++;
          while (eos() !== true && (code = advance2())) {
            if (code === CHAR_BACKWARD_SLASH) {
              backslashes = token.backslashes = true;
              advance2();
              continue;
            }
            if (code === CHAR_LEFT_CURLY_BRACE) {
              braces++;
              continue;
            }
            if (braceEscaped !== true && code === CHAR_DOT && (code = advance2()) === CHAR_DOT) {
              isBrace = token.isBrace = true;
              isGlob = token.isGlob = true;
              finished = true;
              if (scanToEnd === true) {
                continue;
              }
              break;
            }
            if (braceEscaped !== true && code === CHAR_COMMA) {
              isBrace = token.isBrace = true;
              isGlob = token.isGlob = true;
              finished = true;
              if (scanToEnd === true) {
                continue;
              }
              break;
            }
            if (code === CHAR_RIGHT_CURLY_BRACE) {
              braces--;
              if (braces === 0) {
                braceEscaped = false;
                isBrace = token.isBrace = true;
                finished = true;
                break;
              }
            }
          }
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (code === CHAR_FORWARD_SLASH) {
          slashes.push(index);
          tokens.push(token);
          token = { value: "", depth: 0, isGlob: false };
          if (finished === true) continue;
          if (prev === CHAR_DOT && index === start + 1) {
            start += 2;
            continue;
          }
          lastIndex = index + 1;
          continue;
        }
        if (opts.noext !== true) {
          const isExtglobChar = code === CHAR_PLUS || code === CHAR_AT || code === CHAR_ASTERISK || code === CHAR_QUESTION_MARK || code === CHAR_EXCLAMATION_MARK;
          if (isExtglobChar === true && peek() === CHAR_LEFT_PARENTHESES) {
            isGlob = token.isGlob = true;
            isExtglob = token.isExtglob = true;
            finished = true;
            if (code === CHAR_EXCLAMATION_MARK && index === start) {
              negatedExtglob = true;
            }
            if (scanToEnd === true) {
              let parens = 0;
              while (eos() !== true && (code = advance2())) {
                if (code === CHAR_BACKWARD_SLASH) {
                  backslashes = token.backslashes = true;
                  advance2();
                  continue;
                }
                if (code === CHAR_LEFT_PARENTHESES) {
                  parens++;
                  continue;
                }
                if (code === CHAR_RIGHT_PARENTHESES && --parens === 0) {
                  finished = true;
                  break;
                }
              }
              continue;
            }
            break;
          }
        }
        if (code === CHAR_ASTERISK) {
          if (prev === CHAR_ASTERISK) isGlobstar = token.isGlobstar = true;
          isGlob = token.isGlob = true;
          finished = true;
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (code === CHAR_QUESTION_MARK) {
          isGlob = token.isGlob = true;
          finished = true;
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (code === CHAR_LEFT_SQUARE_BRACKET) {
          while (eos() !== true && (next2 = advance2())) {
            if (next2 === CHAR_BACKWARD_SLASH) {
              backslashes = token.backslashes = true;
              advance2();
              continue;
            }
            if (next2 === CHAR_RIGHT_SQUARE_BRACKET) {
              isBracket = token.isBracket = true;
              isGlob = token.isGlob = true;
              finished = true;
              break;
            }
          }
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (opts.nonegate !== true && code === CHAR_EXCLAMATION_MARK && index === start) {
          negated2 = token.negated = true;
          start++;
          continue;
        }
        if (opts.noparen !== true && code === CHAR_LEFT_PARENTHESES) {
          isGlob = token.isGlob = true;
          if (scanToEnd === true) {
            let parens = 1;
            while (eos() !== true && (code = advance2())) {
              if (code === CHAR_BACKWARD_SLASH) {
                backslashes = token.backslashes = true;
                advance2();
                continue;
              }
              if (code === CHAR_LEFT_PARENTHESES) {
                parens++;
                continue;
              }
              if (code === CHAR_RIGHT_PARENTHESES && --parens === 0) {
                finished = true;
                break;
              }
            }
            continue;
          }
          break;
        }
        if (isGlob === true) {
          finished = true;
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
      }
      if (opts.noext === true) {
        isExtglob = false;
        isGlob = false;
      }
      let base = str;
      let prefix = "";
      let glob3 = "";
      if (start > 0) {
        prefix = str.slice(0, start);
        str = str.slice(start);
        lastIndex -= start;
      }
      if (base && isGlob === true && lastIndex > 0) {
        base = str.slice(0, lastIndex);
        glob3 = str.slice(lastIndex);
      } else if (isGlob === true) {
        base = "";
        glob3 = str;
      } else {
        base = str;
      }
      if (base && base !== "" && base !== "/" && base !== str) {
        if (isPathSeparator(base.charCodeAt(base.length - 1))) {
          base = base.slice(0, -1);
        }
      }
      if (opts.unescape === true) {
        if (glob3) glob3 = utils.removeBackslashes(glob3);
        if (base && backslashes === true) {
          base = utils.removeBackslashes(base);
        }
      }
      const state = {
        prefix,
        input,
        start,
        base,
        glob: glob3,
        isBrace,
        isBracket,
        isGlob,
        isExtglob,
        isGlobstar,
        negated: negated2,
        negatedExtglob
      };
      if (opts.tokens === true) {
        state.maxDepth = 0;
        if (!isPathSeparator(code)) {
          tokens.push(token);
        }
        state.tokens = tokens;
      }
      if (opts.parts === true || opts.tokens === true) {
        let prevIndex;
        for (let idx = 0; idx < slashes.length; idx++) {
          const n2 = prevIndex !== void 0 ? prevIndex + 1 : start;
          const i = slashes[idx];
          const value2 = input.slice(n2, i);
          if (opts.tokens) {
            if (idx === 0 && start !== 0) {
              tokens[idx].isPrefix = true;
              tokens[idx].value = prefix;
            } else {
              tokens[idx].value = value2;
            }
            depth(tokens[idx]);
            state.maxDepth += tokens[idx].depth;
          }
          if (i >= start) {
            parts.push(value2);
            prevIndex = i;
          }
        }
        const n = prevIndex !== void 0 ? prevIndex + 1 : start;
        const value = input.slice(n);
        parts.push(value);
        if (opts.tokens && prevIndex && prevIndex + 1 < input.length) {
          tokens[tokens.length - 1].value = value;
          depth(tokens[tokens.length - 1]);
          state.maxDepth += tokens[tokens.length - 1].depth;
        }
        state.slashes = slashes;
        state.parts = parts;
      }
      return state;
    };
    module2.exports = scan;
  }
});

// node_modules/picomatch/lib/parse.js
var require_parse = __commonJS({
  "node_modules/picomatch/lib/parse.js"(exports2, module2) {
    "use strict";
    var constants3 = require_constants();
    var utils = require_utils();
    var {
      MAX_LENGTH,
      POSIX_REGEX_SOURCE,
      REGEX_NON_SPECIAL_CHARS,
      REGEX_SPECIAL_CHARS_BACKREF,
      REPLACEMENTS
    } = constants3;
    var expandRange = (args, options) => {
      if (typeof options.expandRange === "function") {
        return options.expandRange(...args, options);
      }
      args.sort();
      const value = `[${args.join("-")}]`;
      try {
        new RegExp(value);
      } catch (ex) {
        return args.map((v) => utils.escapeRegex(v)).join("..");
      }
      return value;
    };
    var syntaxError = (type, char) => {
      return `Missing ${type}: "${char}" - use "\\\\${char}" to match literal characters`;
    };
    var splitTopLevel = (input) => {
      const parts = [];
      let bracket = 0;
      let paren = 0;
      let quote = 0;
      let value = "";
      let escaped = false;
      for (const ch of input) {
        if (escaped === true) {
          value += ch;
          escaped = false;
          continue;
        }
        if (ch === "\\") {
          value += ch;
          escaped = true;
          continue;
        }
        if (ch === '"') {
          quote = quote === 1 ? 0 : 1;
          value += ch;
          continue;
        }
        if (quote === 0) {
          if (ch === "[") {
            bracket++;
          } else if (ch === "]" && bracket > 0) {
            bracket--;
          } else if (bracket === 0) {
            if (ch === "(") {
              paren++;
            } else if (ch === ")" && paren > 0) {
              paren--;
            } else if (ch === "|" && paren === 0) {
              parts.push(value);
              value = "";
              continue;
            }
          }
        }
        value += ch;
      }
      parts.push(value);
      return parts;
    };
    var isPlainBranch = (branch) => {
      let escaped = false;
      for (const ch of branch) {
        if (escaped === true) {
          escaped = false;
          continue;
        }
        if (ch === "\\") {
          escaped = true;
          continue;
        }
        if (/[?*+@!()[\]{}]/.test(ch)) {
          return false;
        }
      }
      return true;
    };
    var normalizeSimpleBranch = (branch) => {
      let value = branch.trim();
      let changed = true;
      while (changed === true) {
        changed = false;
        if (/^@\([^\\()[\]{}|]+\)$/.test(value)) {
          value = value.slice(2, -1);
          changed = true;
        }
      }
      if (!isPlainBranch(value)) {
        return;
      }
      return value.replace(/\\(.)/g, "$1");
    };
    var hasRepeatedCharPrefixOverlap = (branches) => {
      const values = branches.map(normalizeSimpleBranch).filter(Boolean);
      for (let i = 0; i < values.length; i++) {
        for (let j = i + 1; j < values.length; j++) {
          const a = values[i];
          const b = values[j];
          const char = a[0];
          if (!char || a !== char.repeat(a.length) || b !== char.repeat(b.length)) {
            continue;
          }
          if (a === b || a.startsWith(b) || b.startsWith(a)) {
            return true;
          }
        }
      }
      return false;
    };
    var parseRepeatedExtglob = (pattern, requireEnd = true) => {
      if (pattern[0] !== "+" && pattern[0] !== "*" || pattern[1] !== "(") {
        return;
      }
      let bracket = 0;
      let paren = 0;
      let quote = 0;
      let escaped = false;
      for (let i = 1; i < pattern.length; i++) {
        const ch = pattern[i];
        if (escaped === true) {
          escaped = false;
          continue;
        }
        if (ch === "\\") {
          escaped = true;
          continue;
        }
        if (ch === '"') {
          quote = quote === 1 ? 0 : 1;
          continue;
        }
        if (quote === 1) {
          continue;
        }
        if (ch === "[") {
          bracket++;
          continue;
        }
        if (ch === "]" && bracket > 0) {
          bracket--;
          continue;
        }
        if (bracket > 0) {
          continue;
        }
        if (ch === "(") {
          paren++;
          continue;
        }
        if (ch === ")") {
          paren--;
          if (paren === 0) {
            if (requireEnd === true && i !== pattern.length - 1) {
              return;
            }
            return {
              type: pattern[0],
              body: pattern.slice(2, i),
              end: i
            };
          }
        }
      }
    };
    var buildCharClassStar = (chars2) => {
      const source = chars2.length === 1 ? utils.escapeRegex(chars2[0]) : `[${chars2.map((ch) => utils.escapeRegex(ch)).join("")}]`;
      return `${source}*`;
    };
    var getStarExtglobSequenceChars = (pattern) => {
      let index = 0;
      const chars2 = [];
      while (index < pattern.length) {
        const match = parseRepeatedExtglob(pattern.slice(index), false);
        if (!match || match.type !== "*") {
          return;
        }
        const branches = splitTopLevel(match.body).map((branch2) => branch2.trim());
        if (branches.length !== 1) {
          return;
        }
        const branch = normalizeSimpleBranch(branches[0]);
        if (!branch || branch.length !== 1) {
          return;
        }
        chars2.push(branch);
        index += match.end + 1;
      }
      if (chars2.length < 1) {
        return;
      }
      return chars2;
    };
    var repeatedExtglobRecursion = (pattern) => {
      let depth = 0;
      let value = pattern.trim();
      let match = parseRepeatedExtglob(value);
      while (match) {
        depth++;
        value = match.body.trim();
        match = parseRepeatedExtglob(value);
      }
      return depth;
    };
    var analyzeRepeatedExtglob = (body, options) => {
      if (options.maxExtglobRecursion === false) {
        return { risky: false };
      }
      const max = typeof options.maxExtglobRecursion === "number" ? options.maxExtglobRecursion : constants3.DEFAULT_MAX_EXTGLOB_RECURSION;
      const branches = splitTopLevel(body).map((branch) => branch.trim());
      if (branches.length > 1) {
        if (branches.some((branch) => branch === "") || branches.some((branch) => /^[*?]+$/.test(branch)) || hasRepeatedCharPrefixOverlap(branches)) {
          return { risky: true };
        }
      }
      const safeChars = [];
      let sawStarSequence = false;
      let combinable = true;
      for (const branch of branches) {
        const chars2 = getStarExtglobSequenceChars(branch);
        if (chars2) {
          sawStarSequence = true;
          safeChars.push(...chars2);
          continue;
        }
        const literal = normalizeSimpleBranch(branch);
        if (literal && literal.length === 1) {
          safeChars.push(literal);
          continue;
        }
        combinable = false;
        if (repeatedExtglobRecursion(branch) > max) {
          return { risky: true };
        }
      }
      if (sawStarSequence) {
        return combinable ? { risky: true, safeOutput: buildCharClassStar([...new Set(safeChars)]) } : { risky: true };
      }
      return { risky: false };
    };
    var parse2 = (input, options) => {
      if (typeof input !== "string") {
        throw new TypeError("Expected a string");
      }
      input = REPLACEMENTS[input] || input;
      const opts = { ...options };
      const max = typeof opts.maxLength === "number" ? Math.min(MAX_LENGTH, opts.maxLength) : MAX_LENGTH;
      let len = input.length;
      if (len > max) {
        throw new SyntaxError(`Input length: ${len}, exceeds maximum allowed length: ${max}`);
      }
      const bos = { type: "bos", value: "", output: opts.prepend || "" };
      const tokens = [bos];
      const capture = opts.capture ? "" : "?:";
      const PLATFORM_CHARS = constants3.globChars(opts.windows);
      const EXTGLOB_CHARS = constants3.extglobChars(PLATFORM_CHARS);
      const {
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
        STAR,
        START_ANCHOR
      } = PLATFORM_CHARS;
      const globstar = (opts2) => {
        return `(${capture}(?:(?!${START_ANCHOR}${opts2.dot ? DOTS_SLASH : DOT_LITERAL}).)*?)`;
      };
      const nodot = opts.dot ? "" : NO_DOT;
      const qmarkNoDot = opts.dot ? QMARK : QMARK_NO_DOT;
      let star = opts.bash === true ? globstar(opts) : STAR;
      if (opts.capture) {
        star = `(${star})`;
      }
      if (typeof opts.noext === "boolean") {
        opts.noextglob = opts.noext;
      }
      const state = {
        input,
        index: -1,
        start: 0,
        dot: opts.dot === true,
        consumed: "",
        output: "",
        prefix: "",
        backtrack: false,
        negated: false,
        brackets: 0,
        braces: 0,
        parens: 0,
        quotes: 0,
        globstar: false,
        tokens
      };
      input = utils.removePrefix(input, state);
      len = input.length;
      const extglobs = [];
      const braces = [];
      const stack = [];
      let prev = bos;
      let value;
      const eos = () => state.index === len - 1;
      const peek = state.peek = (n = 1) => input[state.index + n];
      const advance2 = state.advance = () => input[++state.index] || "";
      const remaining = () => input.slice(state.index + 1);
      const consume = (value2 = "", num = 0) => {
        state.consumed += value2;
        state.index += num;
      };
      const append = (token) => {
        state.output += token.output != null ? token.output : token.value;
        consume(token.value);
      };
      const negate = () => {
        let count = 1;
        while (peek() === "!" && (peek(2) !== "(" || peek(3) === "?")) {
          advance2();
          state.start++;
          count++;
        }
        if (count % 2 === 0) {
          return false;
        }
        state.negated = true;
        state.start++;
        return true;
      };
      const increment = (type) => {
        state[type]++;
        stack.push(type);
      };
      const decrement = (type) => {
        state[type]--;
        stack.pop();
      };
      const push2 = (tok) => {
        if (prev.type === "globstar") {
          const isBrace = state.braces > 0 && (tok.type === "comma" || tok.type === "brace");
          const isExtglob = tok.extglob === true || extglobs.length && (tok.type === "pipe" || tok.type === "paren");
          if (tok.type !== "slash" && tok.type !== "paren" && !isBrace && !isExtglob) {
            state.output = state.output.slice(0, -prev.output.length);
            prev.type = "star";
            prev.value = "*";
            prev.output = star;
            state.output += prev.output;
          }
        }
        if (extglobs.length && tok.type !== "paren") {
          extglobs[extglobs.length - 1].inner += tok.value;
        }
        if (tok.value || tok.output) append(tok);
        if (prev && prev.type === "text" && tok.type === "text") {
          prev.output = (prev.output || prev.value) + tok.value;
          prev.value += tok.value;
          return;
        }
        tok.prev = prev;
        tokens.push(tok);
        prev = tok;
      };
      const extglobOpen = (type, value2) => {
        const token = { ...EXTGLOB_CHARS[value2], conditions: 1, inner: "" };
        token.prev = prev;
        token.parens = state.parens;
        token.output = state.output;
        token.startIndex = state.index;
        token.tokensIndex = tokens.length;
        const output = (opts.capture ? "(" : "") + token.open;
        increment("parens");
        push2({ type, value: value2, output: state.output ? "" : ONE_CHAR });
        push2({ type: "paren", extglob: true, value: advance2(), output });
        extglobs.push(token);
      };
      const extglobClose = (token) => {
        const literal = input.slice(token.startIndex, state.index + 1);
        const body = input.slice(token.startIndex + 2, state.index);
        const analysis = analyzeRepeatedExtglob(body, opts);
        if ((token.type === "plus" || token.type === "star") && analysis.risky) {
          const safeOutput = analysis.safeOutput ? (token.output ? "" : ONE_CHAR) + (opts.capture ? `(${analysis.safeOutput})` : analysis.safeOutput) : void 0;
          const open = tokens[token.tokensIndex];
          open.type = "text";
          open.value = literal;
          open.output = safeOutput || utils.escapeRegex(literal);
          for (let i = token.tokensIndex + 1; i < tokens.length; i++) {
            tokens[i].value = "";
            tokens[i].output = "";
            delete tokens[i].suffix;
          }
          state.output = token.output + open.output;
          state.backtrack = true;
          push2({ type: "paren", extglob: true, value, output: "" });
          decrement("parens");
          return;
        }
        let output = token.close + (opts.capture ? ")" : "");
        let rest;
        if (token.type === "negate") {
          let extglobStar = star;
          if (token.inner && token.inner.length > 1 && token.inner.includes("/")) {
            extglobStar = globstar(opts);
          }
          if (extglobStar !== star || eos() || /^\)+$/.test(remaining())) {
            output = token.close = `)$))${extglobStar}`;
          }
          if (token.inner.includes("*") && (rest = remaining()) && /^\.[^\\/.]+$/.test(rest)) {
            const expression = parse2(rest, { ...options, fastpaths: false }).output;
            output = token.close = `)${expression})${extglobStar})`;
          }
          if (token.prev.type === "bos") {
            state.negatedExtglob = true;
          }
        }
        push2({ type: "paren", extglob: true, value, output });
        decrement("parens");
      };
      if (opts.fastpaths !== false && !/(^[*!]|[/()[\]{}"])/.test(input)) {
        let backslashes = false;
        let output = input.replace(REGEX_SPECIAL_CHARS_BACKREF, (m, esc, chars2, first, rest, index) => {
          if (first === "\\") {
            backslashes = true;
            return m;
          }
          if (first === "?") {
            if (esc) {
              return esc + first + (rest ? QMARK.repeat(rest.length) : "");
            }
            if (index === 0) {
              return qmarkNoDot + (rest ? QMARK.repeat(rest.length) : "");
            }
            return QMARK.repeat(chars2.length);
          }
          if (first === ".") {
            return DOT_LITERAL.repeat(chars2.length);
          }
          if (first === "*") {
            if (esc) {
              return esc + first + (rest ? star : "");
            }
            return star;
          }
          return esc ? m : `\\${m}`;
        });
        if (backslashes === true) {
          if (opts.unescape === true) {
            output = output.replace(/\\/g, "");
          } else {
            output = output.replace(/\\+/g, (m) => {
              return m.length % 2 === 0 ? "\\\\" : m ? "\\" : "";
            });
          }
        }
        if (output === input && opts.contains === true) {
          state.output = input;
          return state;
        }
        state.output = utils.wrapOutput(output, state, options);
        return state;
      }
      while (!eos()) {
        value = advance2();
        if (value === "\0") {
          continue;
        }
        if (value === "\\") {
          const next2 = peek();
          if (next2 === "/" && opts.bash !== true) {
            continue;
          }
          if (next2 === "." || next2 === ";") {
            continue;
          }
          if (!next2) {
            value += "\\";
            push2({ type: "text", value });
            continue;
          }
          const match = /^\\+/.exec(remaining());
          let slashes = 0;
          if (match && match[0].length > 2) {
            slashes = match[0].length;
            state.index += slashes;
            if (slashes % 2 !== 0) {
              value += "\\";
            }
          }
          if (opts.unescape === true) {
            value = advance2();
          } else {
            value += advance2();
          }
          if (state.brackets === 0) {
            push2({ type: "text", value });
            continue;
          }
        }
        if (state.brackets > 0 && (value !== "]" || prev.value === "[" || prev.value === "[^")) {
          if (opts.posix !== false && value === ":") {
            const inner = prev.value.slice(1);
            if (inner.includes("[")) {
              prev.posix = true;
              if (inner.includes(":")) {
                const idx = prev.value.lastIndexOf("[");
                const pre = prev.value.slice(0, idx);
                const rest2 = prev.value.slice(idx + 2);
                const posix2 = POSIX_REGEX_SOURCE[rest2];
                if (posix2) {
                  prev.value = pre + posix2;
                  state.backtrack = true;
                  advance2();
                  if (!bos.output && tokens.indexOf(prev) === 1) {
                    bos.output = ONE_CHAR;
                  }
                  continue;
                }
              }
            }
          }
          if (value === "[" && peek() !== ":" || value === "-" && peek() === "]") {
            value = `\\${value}`;
          }
          if (value === "]" && (prev.value === "[" || prev.value === "[^")) {
            value = `\\${value}`;
          }
          if (opts.posix === true && value === "!" && prev.value === "[") {
            value = "^";
          }
          prev.value += value;
          append({ value });
          continue;
        }
        if (state.quotes === 1 && value !== '"') {
          value = utils.escapeRegex(value);
          prev.value += value;
          append({ value });
          continue;
        }
        if (value === '"') {
          state.quotes = state.quotes === 1 ? 0 : 1;
          if (opts.keepQuotes === true) {
            push2({ type: "text", value });
          }
          continue;
        }
        if (value === "(") {
          increment("parens");
          push2({ type: "paren", value });
          continue;
        }
        if (value === ")") {
          if (state.parens === 0 && opts.strictBrackets === true) {
            throw new SyntaxError(syntaxError("opening", "("));
          }
          const extglob = extglobs[extglobs.length - 1];
          if (extglob && state.parens === extglob.parens + 1) {
            extglobClose(extglobs.pop());
            continue;
          }
          push2({ type: "paren", value, output: state.parens ? ")" : "\\)" });
          decrement("parens");
          continue;
        }
        if (value === "[") {
          if (opts.nobracket === true || !remaining().includes("]")) {
            if (opts.nobracket !== true && opts.strictBrackets === true) {
              throw new SyntaxError(syntaxError("closing", "]"));
            }
            value = `\\${value}`;
          } else {
            increment("brackets");
          }
          push2({ type: "bracket", value });
          continue;
        }
        if (value === "]") {
          if (opts.nobracket === true || prev && prev.type === "bracket" && prev.value.length === 1) {
            push2({ type: "text", value, output: `\\${value}` });
            continue;
          }
          if (state.brackets === 0) {
            if (opts.strictBrackets === true) {
              throw new SyntaxError(syntaxError("opening", "["));
            }
            push2({ type: "text", value, output: `\\${value}` });
            continue;
          }
          decrement("brackets");
          const prevValue = prev.value.slice(1);
          if (prev.posix !== true && prevValue[0] === "^" && !prevValue.includes("/")) {
            value = `/${value}`;
          }
          prev.value += value;
          append({ value });
          if (opts.literalBrackets === false || utils.hasRegexChars(prevValue)) {
            continue;
          }
          const escaped = utils.escapeRegex(prev.value);
          state.output = state.output.slice(0, -prev.value.length);
          if (opts.literalBrackets === true) {
            state.output += escaped;
            prev.value = escaped;
            continue;
          }
          prev.value = `(${capture}${escaped}|${prev.value})`;
          state.output += prev.value;
          continue;
        }
        if (value === "{" && opts.nobrace !== true) {
          increment("braces");
          const open = {
            type: "brace",
            value,
            output: "(",
            outputIndex: state.output.length,
            tokensIndex: state.tokens.length
          };
          braces.push(open);
          push2(open);
          continue;
        }
        if (value === "}") {
          const brace = braces[braces.length - 1];
          if (opts.nobrace === true || !brace) {
            push2({ type: "text", value, output: value });
            continue;
          }
          let output = ")";
          if (brace.dots === true) {
            const arr = tokens.slice();
            const range2 = [];
            for (let i = arr.length - 1; i >= 0; i--) {
              tokens.pop();
              if (arr[i].type === "brace") {
                break;
              }
              if (arr[i].type !== "dots") {
                range2.unshift(arr[i].value);
              }
            }
            output = expandRange(range2, opts);
            state.backtrack = true;
          }
          if (brace.comma !== true && brace.dots !== true) {
            const out = state.output.slice(0, brace.outputIndex);
            const toks = state.tokens.slice(brace.tokensIndex);
            brace.value = brace.output = "\\{";
            value = output = "\\}";
            state.output = out;
            for (const t of toks) {
              state.output += t.output || t.value;
            }
          }
          push2({ type: "brace", value, output });
          decrement("braces");
          braces.pop();
          continue;
        }
        if (value === "|") {
          if (extglobs.length > 0) {
            extglobs[extglobs.length - 1].conditions++;
          }
          push2({ type: "text", value });
          continue;
        }
        if (value === ",") {
          let output = value;
          const brace = braces[braces.length - 1];
          if (brace && stack[stack.length - 1] === "braces") {
            brace.comma = true;
            output = "|";
          }
          push2({ type: "comma", value, output });
          continue;
        }
        if (value === "/") {
          if (prev.type === "dot" && state.index === state.start + 1) {
            state.start = state.index + 1;
            state.consumed = "";
            state.output = "";
            tokens.pop();
            prev = bos;
            continue;
          }
          push2({ type: "slash", value, output: SLASH_LITERAL });
          continue;
        }
        if (value === ".") {
          if (state.braces > 0 && prev.type === "dot") {
            if (prev.value === ".") prev.output = DOT_LITERAL;
            const brace = braces[braces.length - 1];
            prev.type = "dots";
            prev.output += value;
            prev.value += value;
            brace.dots = true;
            continue;
          }
          if (state.braces + state.parens === 0 && prev.type !== "bos" && prev.type !== "slash") {
            push2({ type: "text", value, output: DOT_LITERAL });
            continue;
          }
          push2({ type: "dot", value, output: DOT_LITERAL });
          continue;
        }
        if (value === "?") {
          const isGroup = prev && prev.value === "(";
          if (!isGroup && opts.noextglob !== true && peek() === "(" && peek(2) !== "?") {
            extglobOpen("qmark", value);
            continue;
          }
          if (prev && prev.type === "paren") {
            const next2 = peek();
            let output = value;
            if (prev.value === "(" && !/[!=<:]/.test(next2) || next2 === "<" && !/<([!=]|\w+>)/.test(remaining())) {
              output = `\\${value}`;
            }
            push2({ type: "text", value, output });
            continue;
          }
          if (opts.dot !== true && (prev.type === "slash" || prev.type === "bos")) {
            push2({ type: "qmark", value, output: QMARK_NO_DOT });
            continue;
          }
          push2({ type: "qmark", value, output: QMARK });
          continue;
        }
        if (value === "!") {
          if (opts.noextglob !== true && peek() === "(") {
            if (peek(2) !== "?" || !/[!=<:]/.test(peek(3))) {
              extglobOpen("negate", value);
              continue;
            }
          }
          if (opts.nonegate !== true && state.index === 0) {
            negate();
            continue;
          }
        }
        if (value === "+") {
          if (opts.noextglob !== true && peek() === "(" && peek(2) !== "?") {
            extglobOpen("plus", value);
            continue;
          }
          if (prev && prev.value === "(" || opts.regex === false) {
            push2({ type: "plus", value, output: PLUS_LITERAL });
            continue;
          }
          if (prev && (prev.type === "bracket" || prev.type === "paren" || prev.type === "brace") || state.parens > 0) {
            push2({ type: "plus", value });
            continue;
          }
          push2({ type: "plus", value: PLUS_LITERAL });
          continue;
        }
        if (value === "@") {
          if (opts.noextglob !== true && peek() === "(" && peek(2) !== "?") {
            push2({ type: "at", extglob: true, value, output: "" });
            continue;
          }
          push2({ type: "text", value });
          continue;
        }
        if (value !== "*") {
          if (value === "$" || value === "^") {
            value = `\\${value}`;
          }
          const match = REGEX_NON_SPECIAL_CHARS.exec(remaining());
          if (match) {
            value += match[0];
            state.index += match[0].length;
          }
          push2({ type: "text", value });
          continue;
        }
        if (prev && (prev.type === "globstar" || prev.star === true)) {
          prev.type = "star";
          prev.star = true;
          prev.value += value;
          prev.output = star;
          state.backtrack = true;
          state.globstar = true;
          consume(value);
          continue;
        }
        let rest = remaining();
        if (opts.noextglob !== true && /^\([^?]/.test(rest)) {
          extglobOpen("star", value);
          continue;
        }
        if (prev.type === "star") {
          if (opts.noglobstar === true) {
            consume(value);
            continue;
          }
          const prior = prev.prev;
          const before2 = prior.prev;
          const isStart = prior.type === "slash" || prior.type === "bos";
          const afterStar = before2 && (before2.type === "star" || before2.type === "globstar");
          if (opts.bash === true && (!isStart || rest[0] && rest[0] !== "/")) {
            push2({ type: "star", value, output: "" });
            continue;
          }
          const isBrace = state.braces > 0 && (prior.type === "comma" || prior.type === "brace");
          const isExtglob = extglobs.length && (prior.type === "pipe" || prior.type === "paren");
          if (!isStart && prior.type !== "paren" && !isBrace && !isExtglob) {
            push2({ type: "star", value, output: "" });
            continue;
          }
          while (rest.slice(0, 3) === "/**") {
            const after = input[state.index + 4];
            if (after && after !== "/") {
              break;
            }
            rest = rest.slice(3);
            consume("/**", 3);
          }
          const isEnd = eos() || state.parens > 0 && rest === ")".repeat(state.parens) && !extglobs.some((extglob) => extglob.type === "negate");
          if (prior.type === "bos" && eos()) {
            prev.type = "globstar";
            prev.value += value;
            prev.output = globstar(opts);
            state.output = prev.output;
            state.globstar = true;
            consume(value);
            continue;
          }
          if (prior.type === "slash" && prior.prev.type !== "bos" && !afterStar && isEnd) {
            state.output = state.output.slice(0, -(prior.output + prev.output).length);
            prior.output = `(?:${prior.output}`;
            prev.type = "globstar";
            prev.output = globstar(opts) + (opts.strictSlashes ? ")" : "|$)");
            prev.value += value;
            state.globstar = true;
            state.output += prior.output + prev.output;
            consume(value);
            continue;
          }
          if (prior.type === "slash" && prior.prev.type !== "bos" && rest[0] === "/") {
            const end = rest[1] !== void 0 ? "|$" : "";
            state.output = state.output.slice(0, -(prior.output + prev.output).length);
            prior.output = `(?:${prior.output}`;
            prev.type = "globstar";
            prev.output = `${globstar(opts)}${SLASH_LITERAL}|${SLASH_LITERAL}${end})`;
            prev.value += value;
            state.output += prior.output + prev.output;
            state.globstar = true;
            consume(value + advance2());
            push2({ type: "slash", value: "/", output: "" });
            continue;
          }
          if (prior.type === "bos" && rest[0] === "/") {
            prev.type = "globstar";
            prev.value += value;
            prev.output = `(?:^|${SLASH_LITERAL}|${globstar(opts)}${SLASH_LITERAL})`;
            state.output = prev.output;
            state.globstar = true;
            consume(value + advance2());
            push2({ type: "slash", value: "/", output: "" });
            continue;
          }
          state.output = state.output.slice(0, -prev.output.length);
          prev.type = "globstar";
          prev.output = globstar(opts);
          prev.value += value;
          state.output += prev.output;
          state.globstar = true;
          consume(value);
          continue;
        }
        const token = { type: "star", value, output: star };
        if (opts.bash === true) {
          token.output = ".*?";
          if (prev.type === "bos" || prev.type === "slash") {
            token.output = nodot + token.output;
          }
          push2(token);
          continue;
        }
        if (prev && (prev.type === "bracket" || prev.type === "paren") && opts.regex === true) {
          token.output = value;
          push2(token);
          continue;
        }
        if (state.index === state.start || prev.type === "slash" || prev.type === "dot") {
          if (prev.type === "dot") {
            state.output += NO_DOT_SLASH;
            prev.output += NO_DOT_SLASH;
          } else if (opts.dot === true) {
            state.output += NO_DOTS_SLASH;
            prev.output += NO_DOTS_SLASH;
          } else {
            state.output += nodot;
            prev.output += nodot;
          }
          if (peek() !== "*") {
            state.output += ONE_CHAR;
            prev.output += ONE_CHAR;
          }
        }
        push2(token);
      }
      while (state.brackets > 0) {
        if (opts.strictBrackets === true) throw new SyntaxError(syntaxError("closing", "]"));
        state.output = utils.escapeLast(state.output, "[");
        decrement("brackets");
      }
      while (state.parens > 0) {
        if (opts.strictBrackets === true) throw new SyntaxError(syntaxError("closing", ")"));
        state.output = utils.escapeLast(state.output, "(");
        decrement("parens");
      }
      while (state.braces > 0) {
        if (opts.strictBrackets === true) throw new SyntaxError(syntaxError("closing", "}"));
        state.output = utils.escapeLast(state.output, "{");
        decrement("braces");
      }
      if (opts.strictSlashes !== true && (prev.type === "star" || prev.type === "bracket")) {
        push2({ type: "maybe_slash", value: "", output: `${SLASH_LITERAL}?` });
      }
      if (state.backtrack === true) {
        state.output = "";
        for (const token of state.tokens) {
          state.output += token.output != null ? token.output : token.value;
          if (token.suffix) {
            state.output += token.suffix;
          }
        }
      }
      return state;
    };
    parse2.fastpaths = (input, options) => {
      const opts = { ...options };
      const max = typeof opts.maxLength === "number" ? Math.min(MAX_LENGTH, opts.maxLength) : MAX_LENGTH;
      const len = input.length;
      if (len > max) {
        throw new SyntaxError(`Input length: ${len}, exceeds maximum allowed length: ${max}`);
      }
      input = REPLACEMENTS[input] || input;
      const {
        DOT_LITERAL,
        SLASH_LITERAL,
        ONE_CHAR,
        DOTS_SLASH,
        NO_DOT,
        NO_DOTS,
        NO_DOTS_SLASH,
        STAR,
        START_ANCHOR
      } = constants3.globChars(opts.windows);
      const nodot = opts.dot ? NO_DOTS : NO_DOT;
      const slashDot = opts.dot ? NO_DOTS_SLASH : NO_DOT;
      const capture = opts.capture ? "" : "?:";
      const state = { negated: false, prefix: "" };
      let star = opts.bash === true ? ".*?" : STAR;
      if (opts.capture) {
        star = `(${star})`;
      }
      const globstar = (opts2) => {
        if (opts2.noglobstar === true) return star;
        return `(${capture}(?:(?!${START_ANCHOR}${opts2.dot ? DOTS_SLASH : DOT_LITERAL}).)*?)`;
      };
      const create = (str) => {
        switch (str) {
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
            const match = /^(.*?)\.(\w+)$/.exec(str);
            if (!match) return;
            const source2 = create(match[1]);
            if (!source2) return;
            return source2 + DOT_LITERAL + match[2];
          }
        }
      };
      const output = utils.removePrefix(input, state);
      let source = create(output);
      if (source && opts.strictSlashes !== true) {
        source += `${SLASH_LITERAL}?`;
      }
      return source;
    };
    module2.exports = parse2;
  }
});

// node_modules/picomatch/lib/picomatch.js
var require_picomatch = __commonJS({
  "node_modules/picomatch/lib/picomatch.js"(exports2, module2) {
    "use strict";
    var scan = require_scan();
    var parse2 = require_parse();
    var utils = require_utils();
    var constants3 = require_constants();
    var isObject = (val) => val && typeof val === "object" && !Array.isArray(val);
    var picomatch2 = (glob3, options, returnState = false) => {
      if (Array.isArray(glob3)) {
        const fns = glob3.map((input) => picomatch2(input, options, returnState));
        const arrayMatcher = (str) => {
          for (const isMatch of fns) {
            const state2 = isMatch(str);
            if (state2) return state2;
          }
          return false;
        };
        return arrayMatcher;
      }
      const isState = isObject(glob3) && glob3.tokens && glob3.input;
      if (glob3 === "" || typeof glob3 !== "string" && !isState) {
        throw new TypeError("Expected pattern to be a non-empty string");
      }
      const opts = options || {};
      const posix2 = opts.windows;
      const regex = isState ? picomatch2.compileRe(glob3, options) : picomatch2.makeRe(glob3, options, false, true);
      const state = regex.state;
      delete regex.state;
      let isIgnored = () => false;
      if (opts.ignore) {
        const ignoreOpts = { ...options, ignore: null, onMatch: null, onResult: null };
        isIgnored = picomatch2(opts.ignore, ignoreOpts, returnState);
      }
      const matcher = (input, returnObject = false) => {
        const { isMatch, match, output } = picomatch2.test(input, regex, options, { glob: glob3, posix: posix2 });
        const result = { glob: glob3, state, regex, posix: posix2, input, output, match, isMatch };
        if (typeof opts.onResult === "function") {
          opts.onResult(result);
        }
        if (isMatch === false) {
          result.isMatch = false;
          return returnObject ? result : false;
        }
        if (isIgnored(input)) {
          if (typeof opts.onIgnore === "function") {
            opts.onIgnore(result);
          }
          result.isMatch = false;
          return returnObject ? result : false;
        }
        if (typeof opts.onMatch === "function") {
          opts.onMatch(result);
        }
        return returnObject ? result : true;
      };
      if (returnState) {
        matcher.state = state;
      }
      return matcher;
    };
    picomatch2.test = (input, regex, options, { glob: glob3, posix: posix2 } = {}) => {
      if (typeof input !== "string") {
        throw new TypeError("Expected input to be a string");
      }
      if (input === "") {
        return { isMatch: false, output: "" };
      }
      const opts = options || {};
      const format2 = opts.format || (posix2 ? utils.toPosixSlashes : null);
      let match = input === glob3;
      let output = match && format2 ? format2(input) : input;
      if (match === false) {
        output = format2 ? format2(input) : input;
        match = output === glob3;
      }
      if (match === false || opts.capture === true) {
        if (opts.matchBase === true || opts.basename === true) {
          match = picomatch2.matchBase(input, regex, options, posix2);
        } else {
          match = regex.exec(output);
        }
      }
      return { isMatch: Boolean(match), match, output };
    };
    picomatch2.matchBase = (input, glob3, options, posix2 = options && options.windows) => {
      const regex = glob3 instanceof RegExp ? glob3 : picomatch2.makeRe(glob3, options);
      return regex.test(utils.basename(input, { windows: posix2 }));
    };
    picomatch2.isMatch = (str, patterns, options) => picomatch2(patterns, options)(str);
    picomatch2.parse = (pattern, options) => {
      if (Array.isArray(pattern)) return pattern.map((p) => picomatch2.parse(p, options));
      return parse2(pattern, { ...options, fastpaths: false });
    };
    picomatch2.scan = (input, options) => scan(input, options);
    picomatch2.compileRe = (state, options, returnOutput = false, returnState = false) => {
      if (returnOutput === true) {
        return state.output;
      }
      const opts = options || {};
      const prepend = opts.contains ? "" : "^";
      const append = opts.contains ? "" : "$";
      let source = `${prepend}(?:${state.output})${append}`;
      if (state && state.negated === true) {
        source = `^(?!${source}).*$`;
      }
      const regex = picomatch2.toRegex(source, options);
      if (returnState === true) {
        regex.state = state;
      }
      return regex;
    };
    picomatch2.makeRe = (input, options = {}, returnOutput = false, returnState = false) => {
      if (!input || typeof input !== "string") {
        throw new TypeError("Expected a non-empty string");
      }
      let parsed = { negated: false, fastpaths: true };
      if (options.fastpaths !== false && (input[0] === "." || input[0] === "*")) {
        parsed.output = parse2.fastpaths(input, options);
      }
      if (!parsed.output) {
        parsed = parse2(input, options);
      }
      return picomatch2.compileRe(parsed, options, returnOutput, returnState);
    };
    picomatch2.toRegex = (source, options) => {
      try {
        const opts = options || {};
        return new RegExp(source, opts.flags || (opts.nocase ? "i" : ""));
      } catch (err) {
        if (options && options.debug === true) throw err;
        return /$^/;
      }
    };
    picomatch2.constants = constants3;
    module2.exports = picomatch2;
  }
});

// node_modules/picomatch/index.js
var require_picomatch2 = __commonJS({
  "node_modules/picomatch/index.js"(exports2, module2) {
    "use strict";
    var pico = require_picomatch();
    var utils = require_utils();
    function picomatch2(glob3, options, returnState = false) {
      if (options && (options.windows === null || options.windows === void 0)) {
        options = { ...options, windows: utils.isWindows() };
      }
      return pico(glob3, options, returnState);
    }
    Object.assign(picomatch2, pico);
    module2.exports = picomatch2;
  }
});

// server/src/node/cli.ts
var import_node_fs6 = require("node:fs");
var path7 = __toESM(require("node:path"));
var import_node_url2 = require("node:url");

// package.json
var version = "0.1.0";

// server/src/node/cliLint.ts
var path4 = __toESM(require("node:path"));

// node_modules/jsonc-parser/lib/esm/impl/scanner.js
function createScanner(text, ignoreTrivia = false) {
  const len = text.length;
  let pos = 0, value = "", tokenOffset = 0, token = 16, lineNumber = 0, lineStartOffset = 0, tokenLineStartOffset = 0, prevTokenLineStartOffset = 0, scanError = 0;
  function scanHexDigits(count, exact) {
    let digits = 0;
    let value2 = 0;
    while (digits < count || !exact) {
      let ch = text.charCodeAt(pos);
      if (ch >= 48 && ch <= 57) {
        value2 = value2 * 16 + ch - 48;
      } else if (ch >= 65 && ch <= 70) {
        value2 = value2 * 16 + ch - 65 + 10;
      } else if (ch >= 97 && ch <= 102) {
        value2 = value2 * 16 + ch - 97 + 10;
      } else {
        break;
      }
      pos++;
      digits++;
    }
    if (digits < count) {
      value2 = -1;
    }
    return value2;
  }
  function setPosition(newPosition) {
    pos = newPosition;
    value = "";
    tokenOffset = 0;
    token = 16;
    scanError = 0;
  }
  function scanNumber() {
    let start = pos;
    if (text.charCodeAt(pos) === 48) {
      pos++;
    } else {
      pos++;
      while (pos < text.length && isDigit(text.charCodeAt(pos))) {
        pos++;
      }
    }
    if (pos < text.length && text.charCodeAt(pos) === 46) {
      pos++;
      if (pos < text.length && isDigit(text.charCodeAt(pos))) {
        pos++;
        while (pos < text.length && isDigit(text.charCodeAt(pos))) {
          pos++;
        }
      } else {
        scanError = 3;
        return text.substring(start, pos);
      }
    }
    let end = pos;
    if (pos < text.length && (text.charCodeAt(pos) === 69 || text.charCodeAt(pos) === 101)) {
      pos++;
      if (pos < text.length && text.charCodeAt(pos) === 43 || text.charCodeAt(pos) === 45) {
        pos++;
      }
      if (pos < text.length && isDigit(text.charCodeAt(pos))) {
        pos++;
        while (pos < text.length && isDigit(text.charCodeAt(pos))) {
          pos++;
        }
        end = pos;
      } else {
        scanError = 3;
      }
    }
    return text.substring(start, end);
  }
  function scanString() {
    let result = "", start = pos;
    while (true) {
      if (pos >= len) {
        result += text.substring(start, pos);
        scanError = 2;
        break;
      }
      const ch = text.charCodeAt(pos);
      if (ch === 34) {
        result += text.substring(start, pos);
        pos++;
        break;
      }
      if (ch === 92) {
        result += text.substring(start, pos);
        pos++;
        if (pos >= len) {
          scanError = 2;
          break;
        }
        const ch2 = text.charCodeAt(pos++);
        switch (ch2) {
          case 34:
            result += '"';
            break;
          case 92:
            result += "\\";
            break;
          case 47:
            result += "/";
            break;
          case 98:
            result += "\b";
            break;
          case 102:
            result += "\f";
            break;
          case 110:
            result += "\n";
            break;
          case 114:
            result += "\r";
            break;
          case 116:
            result += "	";
            break;
          case 117:
            const ch3 = scanHexDigits(4, true);
            if (ch3 >= 0) {
              result += String.fromCharCode(ch3);
            } else {
              scanError = 4;
            }
            break;
          default:
            scanError = 5;
        }
        start = pos;
        continue;
      }
      if (ch >= 0 && ch <= 31) {
        if (isLineBreak(ch)) {
          result += text.substring(start, pos);
          scanError = 2;
          break;
        } else {
          scanError = 6;
        }
      }
      pos++;
    }
    return result;
  }
  function scanNext() {
    value = "";
    scanError = 0;
    tokenOffset = pos;
    lineStartOffset = lineNumber;
    prevTokenLineStartOffset = tokenLineStartOffset;
    if (pos >= len) {
      tokenOffset = len;
      return token = 17;
    }
    let code = text.charCodeAt(pos);
    if (isWhiteSpace(code)) {
      do {
        pos++;
        value += String.fromCharCode(code);
        code = text.charCodeAt(pos);
      } while (isWhiteSpace(code));
      return token = 15;
    }
    if (isLineBreak(code)) {
      pos++;
      value += String.fromCharCode(code);
      if (code === 13 && text.charCodeAt(pos) === 10) {
        pos++;
        value += "\n";
      }
      lineNumber++;
      tokenLineStartOffset = pos;
      return token = 14;
    }
    switch (code) {
      // tokens: []{}:,
      case 123:
        pos++;
        return token = 1;
      case 125:
        pos++;
        return token = 2;
      case 91:
        pos++;
        return token = 3;
      case 93:
        pos++;
        return token = 4;
      case 58:
        pos++;
        return token = 6;
      case 44:
        pos++;
        return token = 5;
      // strings
      case 34:
        pos++;
        value = scanString();
        return token = 10;
      // comments
      case 47:
        const start = pos - 1;
        if (text.charCodeAt(pos + 1) === 47) {
          pos += 2;
          while (pos < len) {
            if (isLineBreak(text.charCodeAt(pos))) {
              break;
            }
            pos++;
          }
          value = text.substring(start, pos);
          return token = 12;
        }
        if (text.charCodeAt(pos + 1) === 42) {
          pos += 2;
          const safeLength = len - 1;
          let commentClosed = false;
          while (pos < safeLength) {
            const ch = text.charCodeAt(pos);
            if (ch === 42 && text.charCodeAt(pos + 1) === 47) {
              pos += 2;
              commentClosed = true;
              break;
            }
            pos++;
            if (isLineBreak(ch)) {
              if (ch === 13 && text.charCodeAt(pos) === 10) {
                pos++;
              }
              lineNumber++;
              tokenLineStartOffset = pos;
            }
          }
          if (!commentClosed) {
            pos++;
            scanError = 1;
          }
          value = text.substring(start, pos);
          return token = 13;
        }
        value += String.fromCharCode(code);
        pos++;
        return token = 16;
      // numbers
      case 45:
        value += String.fromCharCode(code);
        pos++;
        if (pos === len || !isDigit(text.charCodeAt(pos))) {
          return token = 16;
        }
      // found a minus, followed by a number so
      // we fall through to proceed with scanning
      // numbers
      case 48:
      case 49:
      case 50:
      case 51:
      case 52:
      case 53:
      case 54:
      case 55:
      case 56:
      case 57:
        value += scanNumber();
        return token = 11;
      // literals and unknown symbols
      default:
        while (pos < len && isUnknownContentCharacter(code)) {
          pos++;
          code = text.charCodeAt(pos);
        }
        if (tokenOffset !== pos) {
          value = text.substring(tokenOffset, pos);
          switch (value) {
            case "true":
              return token = 8;
            case "false":
              return token = 9;
            case "null":
              return token = 7;
          }
          return token = 16;
        }
        value += String.fromCharCode(code);
        pos++;
        return token = 16;
    }
  }
  function isUnknownContentCharacter(code) {
    if (isWhiteSpace(code) || isLineBreak(code)) {
      return false;
    }
    switch (code) {
      case 125:
      case 93:
      case 123:
      case 91:
      case 34:
      case 58:
      case 44:
      case 47:
        return false;
    }
    return true;
  }
  function scanNextNonTrivia() {
    let result;
    do {
      result = scanNext();
    } while (result >= 12 && result <= 15);
    return result;
  }
  return {
    setPosition,
    getPosition: () => pos,
    scan: ignoreTrivia ? scanNextNonTrivia : scanNext,
    getToken: () => token,
    getTokenValue: () => value,
    getTokenOffset: () => tokenOffset,
    getTokenLength: () => pos - tokenOffset,
    getTokenStartLine: () => lineStartOffset,
    getTokenStartCharacter: () => tokenOffset - prevTokenLineStartOffset,
    getTokenError: () => scanError
  };
}
function isWhiteSpace(ch) {
  return ch === 32 || ch === 9;
}
function isLineBreak(ch) {
  return ch === 10 || ch === 13;
}
function isDigit(ch) {
  return ch >= 48 && ch <= 57;
}
var CharacterCodes;
(function(CharacterCodes2) {
  CharacterCodes2[CharacterCodes2["lineFeed"] = 10] = "lineFeed";
  CharacterCodes2[CharacterCodes2["carriageReturn"] = 13] = "carriageReturn";
  CharacterCodes2[CharacterCodes2["space"] = 32] = "space";
  CharacterCodes2[CharacterCodes2["_0"] = 48] = "_0";
  CharacterCodes2[CharacterCodes2["_1"] = 49] = "_1";
  CharacterCodes2[CharacterCodes2["_2"] = 50] = "_2";
  CharacterCodes2[CharacterCodes2["_3"] = 51] = "_3";
  CharacterCodes2[CharacterCodes2["_4"] = 52] = "_4";
  CharacterCodes2[CharacterCodes2["_5"] = 53] = "_5";
  CharacterCodes2[CharacterCodes2["_6"] = 54] = "_6";
  CharacterCodes2[CharacterCodes2["_7"] = 55] = "_7";
  CharacterCodes2[CharacterCodes2["_8"] = 56] = "_8";
  CharacterCodes2[CharacterCodes2["_9"] = 57] = "_9";
  CharacterCodes2[CharacterCodes2["a"] = 97] = "a";
  CharacterCodes2[CharacterCodes2["b"] = 98] = "b";
  CharacterCodes2[CharacterCodes2["c"] = 99] = "c";
  CharacterCodes2[CharacterCodes2["d"] = 100] = "d";
  CharacterCodes2[CharacterCodes2["e"] = 101] = "e";
  CharacterCodes2[CharacterCodes2["f"] = 102] = "f";
  CharacterCodes2[CharacterCodes2["g"] = 103] = "g";
  CharacterCodes2[CharacterCodes2["h"] = 104] = "h";
  CharacterCodes2[CharacterCodes2["i"] = 105] = "i";
  CharacterCodes2[CharacterCodes2["j"] = 106] = "j";
  CharacterCodes2[CharacterCodes2["k"] = 107] = "k";
  CharacterCodes2[CharacterCodes2["l"] = 108] = "l";
  CharacterCodes2[CharacterCodes2["m"] = 109] = "m";
  CharacterCodes2[CharacterCodes2["n"] = 110] = "n";
  CharacterCodes2[CharacterCodes2["o"] = 111] = "o";
  CharacterCodes2[CharacterCodes2["p"] = 112] = "p";
  CharacterCodes2[CharacterCodes2["q"] = 113] = "q";
  CharacterCodes2[CharacterCodes2["r"] = 114] = "r";
  CharacterCodes2[CharacterCodes2["s"] = 115] = "s";
  CharacterCodes2[CharacterCodes2["t"] = 116] = "t";
  CharacterCodes2[CharacterCodes2["u"] = 117] = "u";
  CharacterCodes2[CharacterCodes2["v"] = 118] = "v";
  CharacterCodes2[CharacterCodes2["w"] = 119] = "w";
  CharacterCodes2[CharacterCodes2["x"] = 120] = "x";
  CharacterCodes2[CharacterCodes2["y"] = 121] = "y";
  CharacterCodes2[CharacterCodes2["z"] = 122] = "z";
  CharacterCodes2[CharacterCodes2["A"] = 65] = "A";
  CharacterCodes2[CharacterCodes2["B"] = 66] = "B";
  CharacterCodes2[CharacterCodes2["C"] = 67] = "C";
  CharacterCodes2[CharacterCodes2["D"] = 68] = "D";
  CharacterCodes2[CharacterCodes2["E"] = 69] = "E";
  CharacterCodes2[CharacterCodes2["F"] = 70] = "F";
  CharacterCodes2[CharacterCodes2["G"] = 71] = "G";
  CharacterCodes2[CharacterCodes2["H"] = 72] = "H";
  CharacterCodes2[CharacterCodes2["I"] = 73] = "I";
  CharacterCodes2[CharacterCodes2["J"] = 74] = "J";
  CharacterCodes2[CharacterCodes2["K"] = 75] = "K";
  CharacterCodes2[CharacterCodes2["L"] = 76] = "L";
  CharacterCodes2[CharacterCodes2["M"] = 77] = "M";
  CharacterCodes2[CharacterCodes2["N"] = 78] = "N";
  CharacterCodes2[CharacterCodes2["O"] = 79] = "O";
  CharacterCodes2[CharacterCodes2["P"] = 80] = "P";
  CharacterCodes2[CharacterCodes2["Q"] = 81] = "Q";
  CharacterCodes2[CharacterCodes2["R"] = 82] = "R";
  CharacterCodes2[CharacterCodes2["S"] = 83] = "S";
  CharacterCodes2[CharacterCodes2["T"] = 84] = "T";
  CharacterCodes2[CharacterCodes2["U"] = 85] = "U";
  CharacterCodes2[CharacterCodes2["V"] = 86] = "V";
  CharacterCodes2[CharacterCodes2["W"] = 87] = "W";
  CharacterCodes2[CharacterCodes2["X"] = 88] = "X";
  CharacterCodes2[CharacterCodes2["Y"] = 89] = "Y";
  CharacterCodes2[CharacterCodes2["Z"] = 90] = "Z";
  CharacterCodes2[CharacterCodes2["asterisk"] = 42] = "asterisk";
  CharacterCodes2[CharacterCodes2["backslash"] = 92] = "backslash";
  CharacterCodes2[CharacterCodes2["closeBrace"] = 125] = "closeBrace";
  CharacterCodes2[CharacterCodes2["closeBracket"] = 93] = "closeBracket";
  CharacterCodes2[CharacterCodes2["colon"] = 58] = "colon";
  CharacterCodes2[CharacterCodes2["comma"] = 44] = "comma";
  CharacterCodes2[CharacterCodes2["dot"] = 46] = "dot";
  CharacterCodes2[CharacterCodes2["doubleQuote"] = 34] = "doubleQuote";
  CharacterCodes2[CharacterCodes2["minus"] = 45] = "minus";
  CharacterCodes2[CharacterCodes2["openBrace"] = 123] = "openBrace";
  CharacterCodes2[CharacterCodes2["openBracket"] = 91] = "openBracket";
  CharacterCodes2[CharacterCodes2["plus"] = 43] = "plus";
  CharacterCodes2[CharacterCodes2["slash"] = 47] = "slash";
  CharacterCodes2[CharacterCodes2["formFeed"] = 12] = "formFeed";
  CharacterCodes2[CharacterCodes2["tab"] = 9] = "tab";
})(CharacterCodes || (CharacterCodes = {}));

// node_modules/jsonc-parser/lib/esm/impl/string-intern.js
var cachedSpaces = new Array(20).fill(0).map((_, index) => {
  return " ".repeat(index);
});
var maxCachedValues = 200;
var cachedBreakLinesWithSpaces = {
  " ": {
    "\n": new Array(maxCachedValues).fill(0).map((_, index) => {
      return "\n" + " ".repeat(index);
    }),
    "\r": new Array(maxCachedValues).fill(0).map((_, index) => {
      return "\r" + " ".repeat(index);
    }),
    "\r\n": new Array(maxCachedValues).fill(0).map((_, index) => {
      return "\r\n" + " ".repeat(index);
    })
  },
  "	": {
    "\n": new Array(maxCachedValues).fill(0).map((_, index) => {
      return "\n" + "	".repeat(index);
    }),
    "\r": new Array(maxCachedValues).fill(0).map((_, index) => {
      return "\r" + "	".repeat(index);
    }),
    "\r\n": new Array(maxCachedValues).fill(0).map((_, index) => {
      return "\r\n" + "	".repeat(index);
    })
  }
};

// node_modules/jsonc-parser/lib/esm/impl/parser.js
var ParseOptions;
(function(ParseOptions2) {
  ParseOptions2.DEFAULT = {
    allowTrailingComma: false
  };
})(ParseOptions || (ParseOptions = {}));
function parseTree(text, errors = [], options = ParseOptions.DEFAULT) {
  let currentParent = { type: "array", offset: -1, length: -1, children: [], parent: void 0 };
  function ensurePropertyComplete(endOffset) {
    if (currentParent.type === "property") {
      currentParent.length = endOffset - currentParent.offset;
      currentParent = currentParent.parent;
    }
  }
  function onValue(valueNode) {
    currentParent.children.push(valueNode);
    return valueNode;
  }
  const visitor = {
    onObjectBegin: (offset) => {
      currentParent = onValue({ type: "object", offset, length: -1, parent: currentParent, children: [] });
    },
    onObjectProperty: (name, offset, length) => {
      currentParent = onValue({ type: "property", offset, length: -1, parent: currentParent, children: [] });
      currentParent.children.push({ type: "string", value: name, offset, length, parent: currentParent });
    },
    onObjectEnd: (offset, length) => {
      ensurePropertyComplete(offset + length);
      currentParent.length = offset + length - currentParent.offset;
      currentParent = currentParent.parent;
      ensurePropertyComplete(offset + length);
    },
    onArrayBegin: (offset, length) => {
      currentParent = onValue({ type: "array", offset, length: -1, parent: currentParent, children: [] });
    },
    onArrayEnd: (offset, length) => {
      currentParent.length = offset + length - currentParent.offset;
      currentParent = currentParent.parent;
      ensurePropertyComplete(offset + length);
    },
    onLiteralValue: (value, offset, length) => {
      onValue({ type: getNodeType(value), offset, length, parent: currentParent, value });
      ensurePropertyComplete(offset + length);
    },
    onSeparator: (sep6, offset, length) => {
      if (currentParent.type === "property") {
        if (sep6 === ":") {
          currentParent.colonOffset = offset;
        } else if (sep6 === ",") {
          ensurePropertyComplete(offset);
        }
      }
    },
    onError: (error2, offset, length) => {
      errors.push({ error: error2, offset, length });
    }
  };
  visit(text, visitor, options);
  const result = currentParent.children[0];
  if (result) {
    delete result.parent;
  }
  return result;
}
function visit(text, visitor, options = ParseOptions.DEFAULT) {
  const _scanner = createScanner(text, false);
  const _jsonPath = [];
  let suppressedCallbacks = 0;
  function toNoArgVisit(visitFunction) {
    return visitFunction ? () => suppressedCallbacks === 0 && visitFunction(_scanner.getTokenOffset(), _scanner.getTokenLength(), _scanner.getTokenStartLine(), _scanner.getTokenStartCharacter()) : () => true;
  }
  function toOneArgVisit(visitFunction) {
    return visitFunction ? (arg) => suppressedCallbacks === 0 && visitFunction(arg, _scanner.getTokenOffset(), _scanner.getTokenLength(), _scanner.getTokenStartLine(), _scanner.getTokenStartCharacter()) : () => true;
  }
  function toOneArgVisitWithPath(visitFunction) {
    return visitFunction ? (arg) => suppressedCallbacks === 0 && visitFunction(arg, _scanner.getTokenOffset(), _scanner.getTokenLength(), _scanner.getTokenStartLine(), _scanner.getTokenStartCharacter(), () => _jsonPath.slice()) : () => true;
  }
  function toBeginVisit(visitFunction) {
    return visitFunction ? () => {
      if (suppressedCallbacks > 0) {
        suppressedCallbacks++;
      } else {
        let cbReturn = visitFunction(_scanner.getTokenOffset(), _scanner.getTokenLength(), _scanner.getTokenStartLine(), _scanner.getTokenStartCharacter(), () => _jsonPath.slice());
        if (cbReturn === false) {
          suppressedCallbacks = 1;
        }
      }
    } : () => true;
  }
  function toEndVisit(visitFunction) {
    return visitFunction ? () => {
      if (suppressedCallbacks > 0) {
        suppressedCallbacks--;
      }
      if (suppressedCallbacks === 0) {
        visitFunction(_scanner.getTokenOffset(), _scanner.getTokenLength(), _scanner.getTokenStartLine(), _scanner.getTokenStartCharacter());
      }
    } : () => true;
  }
  const onObjectBegin = toBeginVisit(visitor.onObjectBegin), onObjectProperty = toOneArgVisitWithPath(visitor.onObjectProperty), onObjectEnd = toEndVisit(visitor.onObjectEnd), onArrayBegin = toBeginVisit(visitor.onArrayBegin), onArrayEnd = toEndVisit(visitor.onArrayEnd), onLiteralValue = toOneArgVisitWithPath(visitor.onLiteralValue), onSeparator = toOneArgVisit(visitor.onSeparator), onComment = toNoArgVisit(visitor.onComment), onError = toOneArgVisit(visitor.onError);
  const disallowComments = options && options.disallowComments;
  const allowTrailingComma = options && options.allowTrailingComma;
  function scanNext() {
    while (true) {
      const token = _scanner.scan();
      switch (_scanner.getTokenError()) {
        case 4:
          handleError(
            14
            /* ParseErrorCode.InvalidUnicode */
          );
          break;
        case 5:
          handleError(
            15
            /* ParseErrorCode.InvalidEscapeCharacter */
          );
          break;
        case 3:
          handleError(
            13
            /* ParseErrorCode.UnexpectedEndOfNumber */
          );
          break;
        case 1:
          if (!disallowComments) {
            handleError(
              11
              /* ParseErrorCode.UnexpectedEndOfComment */
            );
          }
          break;
        case 2:
          handleError(
            12
            /* ParseErrorCode.UnexpectedEndOfString */
          );
          break;
        case 6:
          handleError(
            16
            /* ParseErrorCode.InvalidCharacter */
          );
          break;
      }
      switch (token) {
        case 12:
        case 13:
          if (disallowComments) {
            handleError(
              10
              /* ParseErrorCode.InvalidCommentToken */
            );
          } else {
            onComment();
          }
          break;
        case 16:
          handleError(
            1
            /* ParseErrorCode.InvalidSymbol */
          );
          break;
        case 15:
        case 14:
          break;
        default:
          return token;
      }
    }
  }
  function handleError(error2, skipUntilAfter = [], skipUntil = []) {
    onError(error2);
    if (skipUntilAfter.length + skipUntil.length > 0) {
      let token = _scanner.getToken();
      while (token !== 17) {
        if (skipUntilAfter.indexOf(token) !== -1) {
          scanNext();
          break;
        } else if (skipUntil.indexOf(token) !== -1) {
          break;
        }
        token = scanNext();
      }
    }
  }
  function parseString(isValue) {
    const value = _scanner.getTokenValue();
    if (isValue) {
      onLiteralValue(value);
    } else {
      onObjectProperty(value);
      _jsonPath.push(value);
    }
    scanNext();
    return true;
  }
  function parseLiteral() {
    switch (_scanner.getToken()) {
      case 11:
        const tokenValue = _scanner.getTokenValue();
        let value = Number(tokenValue);
        if (isNaN(value)) {
          handleError(
            2
            /* ParseErrorCode.InvalidNumberFormat */
          );
          value = 0;
        }
        onLiteralValue(value);
        break;
      case 7:
        onLiteralValue(null);
        break;
      case 8:
        onLiteralValue(true);
        break;
      case 9:
        onLiteralValue(false);
        break;
      default:
        return false;
    }
    scanNext();
    return true;
  }
  function parseProperty() {
    if (_scanner.getToken() !== 10) {
      handleError(3, [], [
        2,
        5
        /* SyntaxKind.CommaToken */
      ]);
      return false;
    }
    parseString(false);
    if (_scanner.getToken() === 6) {
      onSeparator(":");
      scanNext();
      if (!parseValue()) {
        handleError(4, [], [
          2,
          5
          /* SyntaxKind.CommaToken */
        ]);
      }
    } else {
      handleError(5, [], [
        2,
        5
        /* SyntaxKind.CommaToken */
      ]);
    }
    _jsonPath.pop();
    return true;
  }
  function parseObject() {
    onObjectBegin();
    scanNext();
    let needsComma = false;
    while (_scanner.getToken() !== 2 && _scanner.getToken() !== 17) {
      if (_scanner.getToken() === 5) {
        if (!needsComma) {
          handleError(4, [], []);
        }
        onSeparator(",");
        scanNext();
        if (_scanner.getToken() === 2 && allowTrailingComma) {
          break;
        }
      } else if (needsComma) {
        handleError(6, [], []);
      }
      if (!parseProperty()) {
        handleError(4, [], [
          2,
          5
          /* SyntaxKind.CommaToken */
        ]);
      }
      needsComma = true;
    }
    onObjectEnd();
    if (_scanner.getToken() !== 2) {
      handleError(7, [
        2
        /* SyntaxKind.CloseBraceToken */
      ], []);
    } else {
      scanNext();
    }
    return true;
  }
  function parseArray() {
    onArrayBegin();
    scanNext();
    let isFirstElement = true;
    let needsComma = false;
    while (_scanner.getToken() !== 4 && _scanner.getToken() !== 17) {
      if (_scanner.getToken() === 5) {
        if (!needsComma) {
          handleError(4, [], []);
        }
        onSeparator(",");
        scanNext();
        if (_scanner.getToken() === 4 && allowTrailingComma) {
          break;
        }
      } else if (needsComma) {
        handleError(6, [], []);
      }
      if (isFirstElement) {
        _jsonPath.push(0);
        isFirstElement = false;
      } else {
        _jsonPath[_jsonPath.length - 1]++;
      }
      if (!parseValue()) {
        handleError(4, [], [
          4,
          5
          /* SyntaxKind.CommaToken */
        ]);
      }
      needsComma = true;
    }
    onArrayEnd();
    if (!isFirstElement) {
      _jsonPath.pop();
    }
    if (_scanner.getToken() !== 4) {
      handleError(8, [
        4
        /* SyntaxKind.CloseBracketToken */
      ], []);
    } else {
      scanNext();
    }
    return true;
  }
  function parseValue() {
    switch (_scanner.getToken()) {
      case 3:
        return parseArray();
      case 1:
        return parseObject();
      case 10:
        return parseString(true);
      default:
        return parseLiteral();
    }
  }
  scanNext();
  if (_scanner.getToken() === 17) {
    if (options.allowEmptyContent) {
      return true;
    }
    handleError(4, [], []);
    return false;
  }
  if (!parseValue()) {
    handleError(4, [], []);
    return false;
  }
  if (_scanner.getToken() !== 17) {
    handleError(9, [], []);
  }
  return true;
}
function getNodeType(value) {
  switch (typeof value) {
    case "boolean":
      return "boolean";
    case "number":
      return "number";
    case "string":
      return "string";
    case "object": {
      if (!value) {
        return "null";
      } else if (Array.isArray(value)) {
        return "array";
      }
      return "object";
    }
    default:
      return "null";
  }
}

// node_modules/jsonc-parser/lib/esm/main.js
var createScanner2 = createScanner;
var ScanError;
(function(ScanError2) {
  ScanError2[ScanError2["None"] = 0] = "None";
  ScanError2[ScanError2["UnexpectedEndOfComment"] = 1] = "UnexpectedEndOfComment";
  ScanError2[ScanError2["UnexpectedEndOfString"] = 2] = "UnexpectedEndOfString";
  ScanError2[ScanError2["UnexpectedEndOfNumber"] = 3] = "UnexpectedEndOfNumber";
  ScanError2[ScanError2["InvalidUnicode"] = 4] = "InvalidUnicode";
  ScanError2[ScanError2["InvalidEscapeCharacter"] = 5] = "InvalidEscapeCharacter";
  ScanError2[ScanError2["InvalidCharacter"] = 6] = "InvalidCharacter";
})(ScanError || (ScanError = {}));
var SyntaxKind;
(function(SyntaxKind2) {
  SyntaxKind2[SyntaxKind2["OpenBraceToken"] = 1] = "OpenBraceToken";
  SyntaxKind2[SyntaxKind2["CloseBraceToken"] = 2] = "CloseBraceToken";
  SyntaxKind2[SyntaxKind2["OpenBracketToken"] = 3] = "OpenBracketToken";
  SyntaxKind2[SyntaxKind2["CloseBracketToken"] = 4] = "CloseBracketToken";
  SyntaxKind2[SyntaxKind2["CommaToken"] = 5] = "CommaToken";
  SyntaxKind2[SyntaxKind2["ColonToken"] = 6] = "ColonToken";
  SyntaxKind2[SyntaxKind2["NullKeyword"] = 7] = "NullKeyword";
  SyntaxKind2[SyntaxKind2["TrueKeyword"] = 8] = "TrueKeyword";
  SyntaxKind2[SyntaxKind2["FalseKeyword"] = 9] = "FalseKeyword";
  SyntaxKind2[SyntaxKind2["StringLiteral"] = 10] = "StringLiteral";
  SyntaxKind2[SyntaxKind2["NumericLiteral"] = 11] = "NumericLiteral";
  SyntaxKind2[SyntaxKind2["LineCommentTrivia"] = 12] = "LineCommentTrivia";
  SyntaxKind2[SyntaxKind2["BlockCommentTrivia"] = 13] = "BlockCommentTrivia";
  SyntaxKind2[SyntaxKind2["LineBreakTrivia"] = 14] = "LineBreakTrivia";
  SyntaxKind2[SyntaxKind2["Trivia"] = 15] = "Trivia";
  SyntaxKind2[SyntaxKind2["Unknown"] = 16] = "Unknown";
  SyntaxKind2[SyntaxKind2["EOF"] = 17] = "EOF";
})(SyntaxKind || (SyntaxKind = {}));
var parseTree2 = parseTree;
var ParseErrorCode;
(function(ParseErrorCode2) {
  ParseErrorCode2[ParseErrorCode2["InvalidSymbol"] = 1] = "InvalidSymbol";
  ParseErrorCode2[ParseErrorCode2["InvalidNumberFormat"] = 2] = "InvalidNumberFormat";
  ParseErrorCode2[ParseErrorCode2["PropertyNameExpected"] = 3] = "PropertyNameExpected";
  ParseErrorCode2[ParseErrorCode2["ValueExpected"] = 4] = "ValueExpected";
  ParseErrorCode2[ParseErrorCode2["ColonExpected"] = 5] = "ColonExpected";
  ParseErrorCode2[ParseErrorCode2["CommaExpected"] = 6] = "CommaExpected";
  ParseErrorCode2[ParseErrorCode2["CloseBraceExpected"] = 7] = "CloseBraceExpected";
  ParseErrorCode2[ParseErrorCode2["CloseBracketExpected"] = 8] = "CloseBracketExpected";
  ParseErrorCode2[ParseErrorCode2["EndOfFileExpected"] = 9] = "EndOfFileExpected";
  ParseErrorCode2[ParseErrorCode2["InvalidCommentToken"] = 10] = "InvalidCommentToken";
  ParseErrorCode2[ParseErrorCode2["UnexpectedEndOfComment"] = 11] = "UnexpectedEndOfComment";
  ParseErrorCode2[ParseErrorCode2["UnexpectedEndOfString"] = 12] = "UnexpectedEndOfString";
  ParseErrorCode2[ParseErrorCode2["UnexpectedEndOfNumber"] = 13] = "UnexpectedEndOfNumber";
  ParseErrorCode2[ParseErrorCode2["InvalidUnicode"] = 14] = "InvalidUnicode";
  ParseErrorCode2[ParseErrorCode2["InvalidEscapeCharacter"] = 15] = "InvalidEscapeCharacter";
  ParseErrorCode2[ParseErrorCode2["InvalidCharacter"] = 16] = "InvalidCharacter";
})(ParseErrorCode || (ParseErrorCode = {}));
function printParseErrorCode(code) {
  switch (code) {
    case 1:
      return "InvalidSymbol";
    case 2:
      return "InvalidNumberFormat";
    case 3:
      return "PropertyNameExpected";
    case 4:
      return "ValueExpected";
    case 5:
      return "ColonExpected";
    case 6:
      return "CommaExpected";
    case 7:
      return "CloseBraceExpected";
    case 8:
      return "CloseBracketExpected";
    case 9:
      return "EndOfFileExpected";
    case 10:
      return "InvalidCommentToken";
    case 11:
      return "UnexpectedEndOfComment";
    case 12:
      return "UnexpectedEndOfString";
    case 13:
      return "UnexpectedEndOfNumber";
    case 14:
      return "InvalidUnicode";
    case 15:
      return "InvalidEscapeCharacter";
    case 16:
      return "InvalidCharacter";
  }
  return "<unknown ParseErrorCode>";
}

// server/src/engine/limits.ts
var DEFAULT_MAX_FILE_BYTES = 5e7;
var MAX_FILE_BYTES_LIMIT = 5e8;
var MAX_CONFIG_BYTES = 1e6;
var MAX_CONFIG_DEPTH = 64;
var UNITS = [
  ["gb", 1e9],
  ["mb", 1e6],
  ["kb", 1e3],
  ["gib", 2 ** 30],
  ["mib", 2 ** 20],
  ["kib", 2 ** 10],
  ["g", 1e9],
  ["m", 1e6],
  ["k", 1e3],
  ["b", 1]
];
function parseByteSize(text) {
  const match = /^\s*(\d+(?:\.\d+)?|\.\d+)\s*([a-z]*)\s*$/i.exec(text);
  if (!match) return void 0;
  const unit = match[2].toLowerCase();
  const factor = unit === "" ? 1 : UNITS.find(([name]) => name === unit)?.[1];
  if (factor === void 0) return void 0;
  return Math.floor(Number(match[1]) * factor);
}
function formatBytes(bytes) {
  for (const [unit, size] of [["GB", 1e9], ["MB", 1e6], ["kB", 1e3]]) {
    if (bytes >= size) return `${Number((bytes / size).toFixed(1))} ${unit}`;
  }
  return `${bytes} ${bytes === 1 ? "byte" : "bytes"}`;
}
function overLimit(size, limit) {
  const [a, b] = formatBytes(size) === formatBytes(limit) ? [`${size} bytes`, `${limit} bytes`] : [formatBytes(size), formatBytes(limit)];
  return `${a} is over the ${b} limit`;
}

// server/src/engine/lineIndex.ts
var LineIndex = class {
  constructor(text) {
    this.text = text;
    const starts = [0];
    this.lineStarts = starts;
    if (text.indexOf("\r") < 0) {
      for (let i = text.indexOf("\n"); i >= 0; i = text.indexOf("\n", i + 1)) starts.push(i + 1);
      return;
    }
    for (let i = 0; i < text.length; i++) {
      const ch = text.charCodeAt(i);
      if (ch === 13) {
        if (text.charCodeAt(i + 1) === 10) i++;
        starts.push(i + 1);
      } else if (ch === 10) {
        starts.push(i + 1);
      }
    }
  }
  text;
  /** Offset where each line starts; lineStarts[0] is always 0. */
  lineStarts;
  get lineCount() {
    return this.lineStarts.length;
  }
  /** Zero-based line and character of an offset; offsets outside the text are clamped to it. */
  positionAt(offset) {
    const clamped = Math.max(0, Math.min(Math.floor(offset), this.text.length));
    const line = this.lineAt(clamped);
    return { line, character: clamped - this.lineStarts[line] };
  }
  /** Zero-based line of an offset (clamped to the text). */
  lineAt(offset) {
    let low = 0;
    let high = this.lineStarts.length - 1;
    while (low < high) {
      const mid = low + high + 1 >> 1;
      if (this.lineStarts[mid] <= offset) low = mid;
      else high = mid - 1;
    }
    return low;
  }
  /** One-based line and column of an offset, for `path:line:col` output. */
  lineColumnAt(offset) {
    const { line, character } = this.positionAt(offset);
    return { line: line + 1, column: character + 1 };
  }
  /** Offset of a zero-based position; a character past the end of its line is clamped to the line's end. */
  offsetAt(position2) {
    if (position2.line < 0) return 0;
    if (position2.line >= this.lineStarts.length) return this.text.length;
    const start = this.lineStarts[position2.line];
    const end = this.lineEnd(position2.line);
    return Math.max(start, Math.min(start + Math.max(0, position2.character), end));
  }
  /** Offset where a zero-based line starts. */
  lineStart(line) {
    return this.lineStarts[Math.max(0, Math.min(line, this.lineStarts.length - 1))];
  }
  /** Offset of the end of a zero-based line, before its line break. */
  lineEnd(line) {
    const l = Math.max(0, Math.min(line, this.lineStarts.length - 1));
    let end = l + 1 < this.lineStarts.length ? this.lineStarts[l + 1] : this.text.length;
    if (end > this.lineStarts[l] && this.text.charCodeAt(end - 1) === 10) end--;
    if (end > this.lineStarts[l] && this.text.charCodeAt(end - 1) === 13) end--;
    return end;
  }
};
function lineBreakOf(text) {
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    if (ch === 13) return text.charCodeAt(i + 1) === 10 ? "\r\n" : "\r";
    if (ch === 10) return "\n";
  }
  return "\n";
}

// server/src/engine/text/tokens.ts
function isLetter(code) {
  if (code < 128) return code >= 65 && code <= 90 || code >= 97 && code <= 122;
  return LETTER.test(String.fromCharCode(code));
}
var LETTER = /[\p{L}\p{M}]/u;
function isDigit2(code) {
  return code >= 48 && code <= 57;
}
function isSpace(code) {
  return code === 32 || code === 9 || code === 10 || code === 13 || code === 160 || code === 8201 || code === 8239;
}
var APOSTROPHES = /* @__PURE__ */ new Set([39, 8217]);
var HYPHENS = /* @__PURE__ */ new Set([45, 8208, 8209]);
function tokenize(text, from = 0, to = text.length) {
  const tokens = [];
  let i = from;
  while (i < to) {
    const code = text.charCodeAt(i);
    if (isSpace(code)) {
      i++;
      continue;
    }
    const start = i;
    if (isLetter(code)) {
      let plain = code < 65 || code > 90 ? code < 128 : false;
      let straighten = false;
      i++;
      for (; ; ) {
        for (; i < to; i++) {
          const c = text.charCodeAt(i);
          if (c >= 97 && c <= 122) continue;
          if (isLetter(c) || isDigit2(c)) {
            if (c < 128 ? c >= 65 && c <= 90 : true) plain = false;
            continue;
          }
          break;
        }
        const joiner = text.charCodeAt(i);
        if (i + 1 < to && (APOSTROPHES.has(joiner) || HYPHENS.has(joiner)) && isLetter(text.charCodeAt(i + 1))) {
          if (joiner > 127) {
            plain = false;
            straighten = true;
          }
          i += 2;
          const after = text.charCodeAt(i - 1);
          if (after > 127 || after >= 65 && after <= 90) plain = false;
          continue;
        }
        break;
      }
      push(tokens, text, start, i, "word", plain, straighten);
    } else if (isDigit2(code)) {
      i++;
      for (; ; ) {
        while (i < to && isDigit2(text.charCodeAt(i))) i++;
        const sep6 = text.charCodeAt(i);
        if (i + 1 < to && (sep6 === 44 || sep6 === 46) && isDigit2(text.charCodeAt(i + 1))) {
          i += 2;
          continue;
        }
        break;
      }
      while (i < to && isLetter(text.charCodeAt(i))) i++;
      push(tokens, text, start, i, "number", false, false);
    } else {
      i += code >= 55296 && code <= 56319 && i + 1 < to ? 2 : 1;
      push(tokens, text, start, i, "punct", false, code === 8217 || code === 8208 || code === 8209);
    }
  }
  return tokens;
}
function push(tokens, text, start, end, kind, plain, straighten) {
  const raw = text.slice(start, end);
  if (plain) {
    tokens.push({ text: raw, lower: raw, start, end, kind });
    return;
  }
  let lower2 = raw.toLowerCase();
  if (straighten) lower2 = lower2.replace(/\u2019/g, "'").replace(/[\u2010\u2011]/g, "-");
  tokens.push({ text: raw, lower: lower2, start, end, kind });
}
function isPossessive(lower2) {
  return /(['\u2019]s|s['\u2019])$/.test(lower2);
}
var CONTRASTS = /* @__PURE__ */ new Set(["but", "yet", "whereas", "although", "though", "however"]);
function opensContrast(tokens, i) {
  return i > 0 && CONTRASTS.has(tokens[i].lower) && (tokens[i - 1].text === "," || tokens[i - 1].text === ";");
}
function isAbbreviationStop(tokens, k) {
  const before2 = tokens[k - 1];
  return tokens[k]?.text === "." && before2 !== void 0 && before2.text.length <= 3 && isCapitalized(before2);
}
function isCapitalized(token) {
  if (token.kind !== "word") return false;
  const code = token.text.charCodeAt(0);
  if (code < 128) return code >= 65 && code <= 90;
  const c = token.text.charAt(0);
  return c !== c.toLowerCase() && c === c.toUpperCase();
}

// server/src/engine/rules/rewrite.ts
function replaceSpan(sentence4, start, end, replacement2) {
  const before2 = sentence4.slice(0, start);
  const text = before2.trim() === "" ? replacement2.replace(new RegExp("\\p{L}", "u"), (c) => c.toUpperCase()) : replacement2;
  return `${before2}${text}${sentence4.slice(end)}`;
}
var TRAILING_WORDS = /* @__PURE__ */ new Set([
  "though",
  "too",
  "however",
  "anyway",
  "also",
  "again",
  "then",
  "now",
  "yet",
  "still",
  "instead",
  "either",
  "regardless",
  "nonetheless",
  "nevertheless",
  "meanwhile",
  "apparently",
  "today",
  "overall",
  "since",
  "ago",
  "later",
  "earlier"
]);
var TRAILING_PHRASES = ["as well", "after all", "at least", "of course", "in fact", "at the time", "so far", "for now", "for example", "for instance", "in turn", "in total", "in all"];
var CLOSERS = /["'\u201d\u2019\u00bb)\]]/;
function endsOnTrailingWords(body) {
  const lower2 = body.toLowerCase();
  const last = new RegExp("(\\p{L}+)$", "u").exec(lower2);
  if (!last) return false;
  const afterComma = new RegExp(",\\s*(\\p{L}+(?:\\s+\\p{L}+){0,2})$", "u").exec(lower2)?.[1];
  if (afterComma !== void 0 && (TRAILING_WORDS.has(afterComma) || TRAILING_PHRASES.includes(afterComma.replace(/\s+/g, " ")))) return true;
  return last[1] === "though" || last[1] === "too" || last[1] === "either" || /\bas well$/.test(lower2);
}
function appendAttribution(sentence4, attribution = "according to [source]") {
  const trimmed = sentence4.trimEnd();
  const ending = /[.!?\u2026]*["'\u201d\u2019\u00bb)\]]*$/.exec(trimmed);
  const at = ending.index;
  const body = trimmed.slice(0, at);
  const endsClosed = CLOSERS.test(ending[0]) || CLOSERS.test(body.charAt(body.length - 1));
  if (endsClosed || endsOnTrailingWords(body)) {
    return prependAttribution(sentence4, `${attribution.charAt(0).toUpperCase()}${attribution.slice(1)},`);
  }
  const terminal = /[.!?\u2026]/.exec(ending[0]);
  const insertAt = terminal ? at + terminal.index : trimmed.length;
  return `${trimmed.slice(0, insertAt)}, ${attribution}${trimmed.slice(insertAt)}`;
}
function prependAttribution(sentence4, attribution = "According to [source],") {
  const lead = /^\W*/.exec(sentence4)?.[0] ?? "";
  const rest = sentence4.slice(lead.length);
  const keepCapital = /^(I\b|[A-Z][a-z]*[A-Z]|[A-Z]{2,})/.test(rest) || /^[A-Z][a-z]+\s+[A-Z]/.test(rest);
  return `${lead}${attribution} ${keepCapital ? rest : rest.charAt(0).toLowerCase() + rest.slice(1)}`;
}
function removeSpan(sentence4, start, end) {
  let from = start;
  let to = end;
  if (sentence4.charAt(to) === ",") {
    to++;
    while (sentence4.charAt(to) === " ") to++;
  } else if (sentence4.charAt(to) === " ") to++;
  else if (sentence4.charAt(from - 1) === " ") from--;
  const before2 = sentence4.slice(0, from);
  let after = sentence4.slice(to);
  if (before2.trim() === "") after = after.charAt(0).toUpperCase() + after.slice(1);
  return before2 + after;
}

// server/src/engine/text/names.ts
var CLAUSE_OPENING_MARKS = /* @__PURE__ */ new Set([":", ";", "-", "\u2013", "\u2014", '"', "\u201C", "\u2018", "("]);
var NameBook = class {
  /** `sentences` yields each sentence's tokens; read only when a question first needs the counts. */
  constructor(sentences) {
    this.sentences = sentences;
  }
  sentences;
  balance;
  /** true: a name here; false: a common word here; undefined: the document never writes it mid-sentence. */
  isName(lower2) {
    const seen = this.counts().get(lower2);
    return seen === void 0 || seen === 0 ? void 0 : seen > 0;
  }
  counts() {
    if (this.balance) return this.balance;
    const balance = /* @__PURE__ */ new Map();
    for (const tokens of this.sentences()) {
      let first = true;
      for (const t of tokens) {
        if (t.kind === "punct") {
          if (CLAUSE_OPENING_MARKS.has(t.text)) first = true;
          continue;
        }
        if (t.kind !== "word") continue;
        if (first) {
          first = false;
          continue;
        }
        balance.set(t.lower, (balance.get(t.lower) ?? 0) + (isCapitalized(t) ? 1 : -1));
      }
    }
    this.balance = balance;
    return balance;
  }
};
var NO_NAMES = new NameBook(() => []);

// server/src/engine/lexicon/verbForms.ts
var IRREGULAR = {
  say: ["said"],
  tell: ["told"],
  think: ["thought"],
  feel: ["felt"],
  know: ["knew", "known"],
  see: ["saw", "seen"],
  write: ["wrote", "written"],
  find: ["found"],
  hold: ["held"],
  speak: ["spoke", "spoken"],
  show: ["showed", "shown"],
  fear: ["feared"],
  put: ["put"],
  forecast: ["forecast", "forecasted"],
  foresee: ["foresaw", "foreseen"],
  understand: ["understood"],
  read: ["read"],
  mean: ["meant"],
  take: ["took", "taken"],
  give: ["gave", "given"],
  get: ["got", "gotten"],
  hear: ["heard"],
  admit: ["admitted"],
  regret: ["regretted"],
  quip: ["quipped"],
  commit: ["committed"],
  plan: ["planned"],
  slam: ["slammed"],
  blast: ["blasted"],
  prefer: ["preferred"],
  concur: ["concurred"],
  rebut: ["rebutted"],
  bet: ["bet"]
};
var VOWELS = /[aeiou]/;
function third(lemma) {
  if (/(s|x|z|ch|sh|o)$/.test(lemma)) return `${lemma}es`;
  if (/[^aeiou]y$/.test(lemma)) return `${lemma.slice(0, -1)}ies`;
  return `${lemma}s`;
}
function past(lemma) {
  if (lemma.endsWith("e")) return `${lemma}d`;
  if (/[^aeiou]y$/.test(lemma)) return `${lemma.slice(0, -1)}ied`;
  return `${lemma}ed`;
}
function gerund(lemma) {
  if (lemma === "see" || lemma === "agree" || lemma === "foresee" || lemma.endsWith("ee")) return `${lemma}ing`;
  if (lemma.endsWith("ie")) return `${lemma.slice(0, -2)}ying`;
  if (lemma.endsWith("e")) return `${lemma.slice(0, -1)}ing`;
  if (/^[^aeiou]*[aeiou][bdgmnprt]$/.test(lemma) && lemma.length <= 4 && VOWELS.test(lemma)) return `${lemma}${lemma.at(-1)}ing`;
  return `${lemma}ing`;
}
function verbForms(lemma) {
  const pasts = IRREGULAR[lemma] ?? [past(lemma)];
  const doubled = IRREGULAR[lemma]?.find((f) => f.endsWith("ed"));
  return [.../* @__PURE__ */ new Set([lemma, third(lemma), ...pasts, doubled ? `${doubled.slice(0, -2)}ing` : gerund(lemma)])];
}

// server/src/engine/lexicon/cues.ts
var SPEECH = [
  "say",
  "tell",
  "add",
  "write",
  "state",
  "argue",
  "claim",
  "insist",
  "maintain",
  "contend",
  "assert",
  "declare",
  "warn",
  "caution",
  "note",
  "observe",
  "explain",
  "acknowledge",
  "admit",
  "concede",
  "confirm",
  "deny",
  "dispute",
  "allege",
  "charge",
  "complain",
  "lament",
  "predict",
  "suggest",
  "indicate",
  "report",
  "announce",
  "reveal",
  "disclose",
  "recall",
  "recount",
  "stress",
  "emphasize",
  "emphasise",
  "reiterate",
  "repeat",
  "remark",
  "comment",
  "respond",
  "reply",
  "retort",
  "testify",
  "tweet",
  "quip",
  "joke",
  "grumble",
  "mutter",
  "boast",
  "brag",
  "urge",
  "accuse",
  "blame",
  "criticize",
  "criticise",
  "praise",
  "condemn",
  "denounce",
  "decry",
  "describe",
  "characterize",
  "characterise",
  "portray",
  "dismiss",
  "hail",
  "welcome",
  "applaud",
  "object",
  "protest",
  "speculate",
  "theorize",
  "theorise",
  "posit",
  "estimate",
  "forecast",
  "calculate",
  "conclude",
  "mention",
  "hint",
  "imply",
  "interpret",
  "signal",
  "assure",
  "reassure",
  "agree",
  "disagree",
  "echo",
  "contradict",
  "cite",
  "compare",
  "liken"
];
var COGNITION = [
  "believe",
  "think",
  "expect",
  "anticipate",
  "assume",
  "presume",
  "suspect",
  "doubt",
  "fear",
  "worry",
  "hope",
  "know",
  "understand",
  "reckon",
  "suppose",
  "prefer",
  "imagine",
  "accept",
  "recognize",
  "recognise",
  "consider",
  "conclude",
  "realize",
  "realise"
];
var PERCEPTION = ["feel", "see", "find", "sense", "ask", "wonder", "question", "hear"];
var VERDICTS = ["regard", "view", "rate", "rank", "judge", "treat", "deem", "perceive"];
var EVIDENCE = [
  "show",
  "find",
  "suggest",
  "indicate",
  "reveal",
  "confirm",
  "demonstrate",
  "prove",
  "estimate",
  "project",
  "record",
  "document",
  "predict",
  "forecast"
];
var INTENTIONS = ["plan", "intend", "propose", "aim", "seek", "pledge", "promise", "vow", "call"];
var POSITIONS = ["oppose", "support", "favor", "favour", "endorse", "reject", "want", "distrust", "mistrust", "resent", "dislike"];
var SOURCE_VERBS = /* @__PURE__ */ new Set([
  "said",
  "says",
  "say",
  "told",
  "tells",
  "stated",
  "states",
  "wrote",
  "writes",
  "reported",
  "reports",
  "announced",
  "announces",
  "found",
  "finds",
  "concluded",
  "concludes",
  "estimated",
  "estimates",
  "noted",
  "notes",
  "added",
  "adds",
  "explained",
  "explains",
  "testified",
  "confirmed",
  "confirms",
  "showed",
  "shows",
  "shown",
  "argued",
  "argues",
  "claimed",
  "claims",
  "insisted",
  "insists",
  "admitted",
  "admits",
  "conceded",
  "revealed",
  "asserted",
  "declared",
  "declares",
  "published",
  "recorded",
  "records",
  "counted",
  "calculated",
  "measured",
  "ruled",
  "warned",
  "warns",
  "predicted",
  "predicts",
  "believes",
  "believed",
  "described",
  "describes",
  "called",
  "calls",
  "concluded",
  "disclosed",
  "acknowledged",
  "observed",
  "observes",
  "suggested",
  "suggests",
  "replied",
  "responded",
  "recalled",
  "recalls",
  "puts",
  "put",
  "listed",
  "lists",
  "identified",
  "ranked",
  "ranks",
  "rated",
  "rates",
  "according",
  "show",
  "find",
  "suggest",
  "estimate",
  "saying",
  "arguing",
  "writing",
  "noting",
  "adding",
  "stating",
  "explaining",
  "warning",
  "insisting",
  "claiming",
  "telling",
  "declaring",
  "recalling"
]);
var ATTITUDE_ADJECTIVES = /* @__PURE__ */ new Set([
  "afraid",
  "concerned",
  "worried",
  "uneasy",
  "anxious",
  "nervous",
  "frustrated",
  "outraged",
  "angry",
  "angered",
  "furious",
  "upset",
  "unhappy",
  "dismayed",
  "alarmed",
  "troubled",
  "skeptical",
  "sceptical",
  "doubtful",
  "dubious",
  "wary",
  "suspicious",
  "confident",
  "convinced",
  "certain",
  "sure",
  "optimistic",
  "pessimistic",
  "hopeful",
  "adamant",
  "unconvinced",
  "disappointed",
  "divided",
  "split",
  "eager",
  "keen",
  "opposed",
  "critical",
  "supportive",
  "fearful",
  "unsettled",
  "incensed",
  "livid",
  "disillusioned",
  "disgusted",
  "appalled",
  "horrified",
  "shocked",
  "surprised",
  "puzzled",
  "baffled",
  "resigned"
]);
var EXPRESSING_VERBS = new Set(verbsOf(["express", "voice", "raise", "share", "register"]));
var ATTITUDE_NOUNS = /* @__PURE__ */ new Set([
  "concern",
  "concerns",
  "doubt",
  "doubts",
  "fear",
  "fears",
  "worry",
  "worries",
  "alarm",
  "outrage",
  "anger",
  "frustration",
  "skepticism",
  "scepticism",
  "dismay",
  "disappointment",
  "reservations",
  "misgivings",
  "objections",
  "questions",
  "criticism",
  "confidence",
  "optimism",
  "pessimism",
  "hope",
  "hopes",
  "unease",
  "opposition",
  "support",
  "regret",
  "surprise",
  "disgust",
  "despair",
  "anxiety",
  "anxieties"
]);
function verbsOf(lemmas) {
  return lemmas.flatMap(verbForms);
}
function buildSenses() {
  const senses = /* @__PURE__ */ new Map();
  const add2 = (lemmas, cue, flags = {}) => {
    for (const lemma of lemmas) {
      for (const form of verbForms(lemma)) {
        const list = senses.get(form) ?? [];
        if (!list.some((s) => s.cue === cue)) list.push({ lemma, cue, ...flags });
        senses.set(form, list);
      }
    }
  };
  add2(SPEECH, "speech");
  add2(COGNITION, "cognition");
  add2(PERCEPTION, "cognition", { needsClause: true });
  add2(VERDICTS, "cognition", { needsAs: true });
  add2(EVIDENCE, "evidence");
  add2(INTENTIONS, "intention");
  add2(POSITIONS, "position");
  return senses;
}
var CUE_FORMS = buildSenses();
var HOLDER_AFTER_PHRASES = [
  ["according", "to"],
  ["in", "the", "view", "of"],
  ["in", "the", "words", "of"],
  ["in", "the", "opinion", "of"],
  ["as", "reported", "by"]
];

// server/src/engine/lexicon/holders.ts
var QUANTIFIERS = /* @__PURE__ */ new Set(["some", "many", "most", "several", "few", "other", "others", "numerous", "multiple", "various", "countless", "certain"]);
var QUANTIFIER_PHRASES = [
  ["a", "number", "of"],
  ["a", "growing", "number", "of"],
  ["an", "increasing", "number", "of"],
  ["a", "handful", "of"],
  ["a", "lot", "of"],
  ["lots", "of"],
  ["a", "few"],
  ["a", "majority", "of"],
  ["the", "majority", "of"],
  ["a", "group", "of"],
  ["a", "range", "of"],
  ["a", "host", "of"],
  ["dozens", "of"],
  ["hundreds", "of"],
  ["thousands", "of"],
  ["scores", "of"],
  ["plenty", "of"],
  ["more", "and", "more"],
  ["a", "chorus", "of"]
];
var PEOPLE_HEADS = /* @__PURE__ */ new Set([
  "people",
  "persons",
  "individuals",
  "experts",
  "analysts",
  "critics",
  "observers",
  "commentators",
  "pundits",
  "historians",
  "scholars",
  "scientists",
  "researchers",
  "economists",
  "academics",
  "specialists",
  "strategists",
  "pollsters",
  "insiders",
  "sources",
  "officials",
  "aides",
  "advisers",
  "advisors",
  "staffers",
  "staff",
  "operatives",
  "leaders",
  "members",
  "lawmakers",
  "legislators",
  "politicians",
  "senators",
  "delegates",
  "candidates",
  "voters",
  "supporters",
  "backers",
  "opponents",
  "detractors",
  "rivals",
  "allies",
  "defenders",
  "advocates",
  "activists",
  "campaigners",
  "organizers",
  "organisers",
  "protesters",
  "protestors",
  "demonstrators",
  "residents",
  "locals",
  "citizens",
  "americans",
  "fans",
  "followers",
  "readers",
  "viewers",
  "listeners",
  "audiences",
  "parents",
  "teachers",
  "students",
  "workers",
  "employees",
  "executives",
  "investors",
  "donors",
  "traders",
  "bankers",
  "economists",
  "diplomats",
  "authorities",
  "regulators",
  "conservatives",
  "liberals",
  "progressives",
  "moderates",
  "environmentalists",
  "doctors",
  "physicians",
  "nurses",
  "lawyers",
  "attorneys",
  "journalists",
  "reporters",
  "writers",
  "authors",
  "reviewers",
  "consumers",
  "customers",
  "users",
  "owners",
  "farmers",
  "veterans",
  "families",
  "friends",
  "colleagues",
  "neighbors",
  "neighbours",
  "relatives",
  "watchers",
  "insiders",
  "skeptics",
  "sceptics",
  "proponents",
  "opponents",
  "businesses",
  "groups",
  "organizations",
  "organisations",
  "unions",
  "charities",
  "companies",
  "firms",
  "countries",
  "nations",
  "governments",
  "states",
  "agencies",
  "officers",
  "commanders",
  "managers",
  "planners",
  "engineers",
  "developers",
  "builders",
  "scientists",
  "physicists",
  "epidemiologists",
  "forecasters",
  "statisticians",
  "demographers",
  "spokesmen",
  "spokeswomen",
  "spokespeople",
  "representatives",
  "negotiators",
  "backbenchers",
  "councillors",
  "councilors",
  "ministers",
  // Trades and neighbours who speak for an unnamed crowd once they have a cue: "Some suppliers fear".
  "suppliers",
  "planners",
  "shopkeepers",
  "retailers",
  "growers",
  "conservationists",
  "regulars",
  "bosses",
  "pupils",
  "lenders",
  "landowners",
  "homeowners",
  "renters",
  "tenants",
  "landlords",
  "cyclists",
  "motorists",
  "drivers",
  "commuters",
  "passengers",
  "pedestrians",
  "anglers",
  "walkers",
  "climbers",
  "fishermen",
  "merchants",
  "publicans",
  "midwives",
  "soldiers",
  "musicians",
  "agents",
  "bakers",
  "cooks",
  "chefs",
  "gardeners",
  "brewers",
  "winemakers",
  "curators",
  "collectors",
  "dealers",
  "sellers",
  "buyers",
  "shoppers",
  "visitors",
  "tourists",
  "diners",
  "patients",
  "theorists",
  "theologians",
  "philosophers",
  "linguists",
  "archaeologists",
  "scientists",
  "mathematicians",
  "clinicians",
  "nutritionists",
  "dietitians",
  "astronomers",
  "criminologists",
  "ethicists",
  "commentators",
  "academics",
  "proponents",
  "admirers",
  "champions",
  "sommeliers",
  "critics"
]);
var INFORMANT_HEADS = /* @__PURE__ */ new Set([
  "sources",
  "source",
  "insiders",
  "insider",
  "officials",
  "official",
  "aides",
  "aide",
  "advisers",
  "adviser",
  "advisors",
  "advisor",
  "staffers",
  "staffer",
  "operatives",
  "operative",
  "spokesman",
  "spokeswoman",
  "spokesperson",
  "person",
  "people",
  "individual",
  "diplomat",
  "diplomats",
  "executive",
  "employee"
]);
var PERSON_SINGULARS = /* @__PURE__ */ new Set([
  "official",
  "source",
  "insider",
  "aide",
  "adviser",
  "advisor",
  "staffer",
  "operative",
  "spokesman",
  "spokeswoman",
  "spokesperson",
  "person",
  "individual",
  "diplomat",
  "executive",
  "employee",
  "analyst",
  "expert",
  "strategist",
  "observer",
  "critic",
  "lawmaker",
  "member",
  "insider"
]);
var DOCUMENT_HEADS = /* @__PURE__ */ new Set([
  "polls",
  "surveys",
  "studies",
  "reports",
  "records",
  "statistics",
  "figures",
  "data",
  "estimates",
  "projections",
  "results",
  "documents",
  "filings",
  "analyses",
  "tests",
  "trials",
  "findings",
  "accounts",
  "numbers",
  "research",
  "evidence",
  "emails",
  "papers",
  "science",
  "averages",
  "tallies",
  "counts",
  "forecasts",
  "models",
  "measures",
  "metrics",
  "indicators"
]);
var BODY_MODIFIERS = /* @__PURE__ */ new Set([
  "police",
  "federal",
  "state",
  "city",
  "county",
  "administration",
  "government",
  "campaign",
  "party",
  "military",
  "defense",
  "defence",
  "intelligence",
  "security",
  "court",
  "congressional",
  "parliamentary",
  "municipal",
  "provincial",
  "company",
  "hospital",
  "school",
  "university",
  "union",
  "election",
  "law",
  "enforcement",
  "immigration",
  "health",
  "fire",
  "transport",
  "prison",
  "army",
  "navy",
  "white",
  "house",
  "senate",
  "cabinet",
  "ministry",
  "department",
  "agency",
  "embassy",
  "airport",
  "council",
  "committee",
  "board",
  "club"
]);
var DEFINITE_BODIES = /* @__PURE__ */ new Set([
  "city",
  "county",
  "council",
  "municipal",
  "company",
  "club",
  "school",
  "university",
  "hospital",
  "court",
  "board",
  "committee",
  "ministry",
  "department",
  "agency",
  "embassy",
  "airport",
  "prison",
  "union",
  "senate",
  "house",
  "cabinet",
  "government",
  "party"
]);
var NOT_PEOPLE = /* @__PURE__ */ new Set([
  "numbers",
  "papers",
  "letters",
  "orders",
  "layers",
  "matters",
  "chapters",
  "centers",
  "filters",
  "computers",
  "containers",
  "covers",
  "towers",
  "waters",
  "powers",
  "quarters",
  "headquarters",
  "answers",
  "offers",
  "others",
  "markers",
  "meters",
  "liters",
  "registers",
  "headers",
  "barriers",
  "borders",
  "corners",
  "rivers",
  "flowers",
  "shelters",
  "theaters",
  "trailers",
  "posters",
  "banners",
  "tankers",
  "trawlers",
  "steamers",
  "floors",
  "doors",
  "colors",
  "colours",
  "errors",
  "sectors",
  "factors",
  "motors",
  "mirrors",
  "corridors",
  "monitors",
  "vectors",
  "tractors",
  "reactors",
  "sensors",
  "processors",
  "indicators",
  "calculators",
  "meteors",
  "honors",
  "honours",
  "labors",
  "labours",
  "favors",
  "favours",
  "flavors",
  "flavours",
  "humors",
  "humours",
  "rumors",
  "rumours",
  "harbors",
  "harbours",
  "neighbors",
  "neighbours",
  "interiors",
  "exteriors",
  "terrors",
  "horrors",
  "tumors",
  "tumours",
  "odors",
  "odours",
  "vapors",
  "vapours",
  "armors",
  "armours",
  "behaviors",
  "behaviours",
  "anchors",
  "elevators",
  "generators",
  "radiators",
  "conductors",
  "detectors",
  "connectors",
  "transistors",
  "capacitors",
  "resistors",
  "compressors",
  "predecessors",
  "successors",
  "cursors",
  "scissors",
  "liquors",
  "manors",
  "minors",
  "majors",
  "seniors",
  "juniors",
  "lists",
  "mists",
  "twists",
  "wrists",
  "fists",
  "exists",
  "insists",
  "persists",
  "consists",
  "resists",
  "assists",
  "enlists",
  "checklists",
  "playlists",
  "shortlists",
  "waitlists",
  "blacklists",
  "whitelists",
  "wishlists",
  "christians",
  "indians",
  "egyptians",
  "italians",
  "russians",
  "asians",
  "australians",
  "canadians",
  "belgians",
  "brazilians",
  "hungarians",
  "norwegians",
  "persians",
  "syrians",
  "iranians",
  "palestinians",
  "parisians",
  "victorians",
  "edwardians",
  "georgians",
  "armenians",
  "bulgarians",
  "romanians",
  "serbians",
  "croatians",
  "estonians",
  "latvians",
  "lithuanians",
  "ukrainians",
  "nigerians",
  "algerians",
  "ethiopians",
  "colombians",
  "peruvians",
  "chileans",
  "bolivians",
  "venezuelans",
  "cambodians",
  "indonesians",
  "malaysians",
  "jordanians",
  "tunisians",
  "libyans",
  "gambians",
  "zambians",
  "namibians",
  "rwandans"
]);
var NUMBER_WORDS = /* @__PURE__ */ new Set(["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "dozen", "twenty", "thirty", "forty", "fifty", "hundred"]);

// server/src/engine/lexicon/function.ts
var BE = /* @__PURE__ */ new Set(["is", "are", "was", "were", "be", "been", "being", "am", "'s", "'re", "remain", "remains", "remained", "seem", "seems", "seemed", "appear", "appears", "appeared", "grew", "grow", "grown", "became", "become", "becomes", "feel", "feels", "felt", "get", "got", "gotten"]);
var VERB_HELPERS = /* @__PURE__ */ new Set([
  "have",
  "has",
  "had",
  "'ve",
  "will",
  "would",
  "'d",
  "could",
  "can",
  "may",
  "might",
  "should",
  "must",
  "do",
  "does",
  "did",
  "not",
  "n't",
  "also",
  "still",
  "now",
  "long",
  "privately",
  "publicly",
  "openly",
  "repeatedly",
  "often",
  "generally",
  "widely",
  "always",
  "even",
  "already",
  "later",
  "then",
  "initially",
  "recently",
  "quickly",
  "too",
  "once",
  "since",
  "almost",
  "nearly",
  "all",
  "both",
  "quite",
  "each",
  "been",
  "being",
  "is",
  "are",
  "was",
  "were",
  "continue",
  "continued",
  "continues",
  "to",
  "tend",
  "tended",
  "went",
  "again",
  "previously",
  "earlier",
  "separately",
  "reportedly",
  "don't",
  "didn't",
  "doesn't",
  "haven't",
  "hasn't",
  "won't",
  "wouldn't"
]);
var CLAUSE_STARTERS = /* @__PURE__ */ new Set([
  "that",
  "which",
  "who",
  "whom",
  "whose",
  "while",
  "although",
  "though",
  "because",
  "if",
  "when",
  "where",
  "as",
  "since",
  "but",
  "so",
  "yet",
  "after",
  "before",
  "until",
  "unless",
  "than",
  "whether",
  "what",
  "how",
  "why",
  "and",
  "or",
  "nor",
  "however",
  "meanwhile",
  "instead",
  "still",
  "indeed",
  "also",
  "even",
  "once",
  "whereas"
]);
var DEFINITE = /* @__PURE__ */ new Set(["the", "this", "that", "these", "those", "his", "her", "their", "its", "our", "my", "your", "whose", "such", "both", "each", "every", "all", "either", "neither"]);
var PREPOSITIONS = /* @__PURE__ */ new Set(["of", "at", "in", "from", "on", "off", "over", "about", "through", "for", "with", "within", "inside", "outside", "across", "around", "among", "near", "close", "familiar", "involved", "like", "including", "by", "to", "under", "behind", "throughout", "along"]);
var PRONOUNS = /* @__PURE__ */ new Set(["he", "she", "they", "we", "i", "you", "it", "who", "which", "that", "one", "him", "her", "them", "us", "me", "someone", "somebody", "everyone", "everybody", "nobody", "anyone", "anybody", "this", "these", "those"]);

// server/src/engine/holding.ts
var INSTITUTIONAL = /* @__PURE__ */ new Set(["at", "from", "with"]);
var ARTICLES = /* @__PURE__ */ new Set(["a", "an", "one", "another"]);
var SINGULAR_DOCUMENTS = /* @__PURE__ */ new Set(["poll", "survey", "study", "report", "analysis", "review", "estimate", "audit", "count", "tally", "investigation"]);
function classify(tokens, names, s, firstWord) {
  const words2 = tokens.slice(s.holderStart, s.holderEnd).filter((t) => t.kind === "word" || t.kind === "number");
  const first = words2[0];
  if (!first || PRONOUNS.has(first.lower) || first.lower === "any" || first.lower === "no") return { ...s, holding: "reference" };
  const quantifierLength = quantifierAt(tokens, s.holderStart);
  if (quantifierLength === 0 && (first.kind === "number" || NUMBER_WORDS.has(first.lower))) return { ...s, holding: "reference" };
  const rest = words2.filter((w) => w.start >= (quantifierLength > 0 ? tokens[s.holderStart + quantifierLength - 1].end : 0));
  const prepositionAt = rest.findIndex((w, k) => k > 0 && PREPOSITIONS.has(w.lower));
  const headPhrase = prepositionAt > 0 ? rest.slice(0, prepositionAt) : PREPOSITIONS.has(rest[0]?.lower ?? "") ? [] : rest;
  const joinedOthers = headPhrase.length >= 3 && headPhrase[headPhrase.length - 1].lower === "others" && headPhrase[headPhrase.length - 2].lower === "and";
  const head2 = headPhrase[headPhrase.length - (joinedOthers ? 3 : 1)];
  const documentHead = head2 !== void 0 && (DOCUMENT_HEADS.has(head2.lower) || SINGULAR_DOCUMENTS.has(head2.lower));
  const namedIn = (list) => list.some((w, k) => namesSomeone(w, w === tokens[firstWord], list[k + 1], names));
  const named = namedIn(prepositionAt > 0 && !documentHead ? words2.slice(0, words2.indexOf(rest[prepositionAt])) : words2);
  const placed = !named && namedIn(words2);
  const ofBody = prepositionAt > 0 && INSTITUTIONAL.has(rest[prepositionAt].lower);
  if (placed && ofBody && head2 !== void 0 && !documentHead && !INFORMANT_HEADS.has(head2.lower) && quantifierLength === 0) return { ...s, holding: "named" };
  const joined = tokens[s.holderStart - 1];
  if ((first.lower === "other" || first.lower === "others") && (joined?.lower === "and" || joined?.lower === "or") && isCapitalized(tokens[s.holderStart - 2] ?? joined)) return { ...s, holding: "reference" };
  if (membersNamedAfter(tokens, s.holderEnd)) return { ...s, holding: "named" };
  if (s.cueClass === "intention" && !named) return { ...s, holding: "reference" };
  if (quantifierLength > 0) {
    const after = tokens[s.holderStart + quantifierLength]?.lower;
    if (after === "whom" || after === "them" || after === "these" || after === "those") return { ...s, holding: "reference" };
    if (documentHead) return { ...s, holding: "vague", vagueness: "quantified", kind: "document" };
    if (s.cueClass === "evidence" || head2 !== void 0 && !isPeople(head2)) return { ...s, holding: "reference" };
    return { ...s, holding: "vague", vagueness: "quantified", kind: "people" };
  }
  if (named) return { ...s, holding: "named" };
  if (!head2 || DEFINITE.has(first.lower) || isPossessive(first.lower)) return { ...s, holding: "reference" };
  const informant = INFORMANT_HEADS.has(head2.lower);
  const modifiers = headPhrase.slice(0, -1);
  const namedBody = placed || modifiers.some((w) => DEFINITE_BODIES.has(w.lower) || isCapitalized(w) && w !== tokens[firstWord] && !BODY_MODIFIERS.has(w.lower));
  const genericBody = !namedBody && modifiers.some((w) => BODY_MODIFIERS.has(w.lower));
  const narrowed = informant && namedBody;
  const unsure = first === tokens[firstWord] && words2.length > 1 && isCapitalized(first) && !commonWord(first) && !ARTICLES.has(first.lower) && !DEFINITE.has(first.lower) && names.isName(first.lower) === void 0;
  if (unsure && documentHead && quantifierLength === 0) return { ...s, holding: "named" };
  if (unsure && informant) return { ...s, holding: "vague", vagueness: "plural", kind: "informant", narrowed: true };
  let headEnd = s.holderEnd;
  for (let k = s.holderStart; k < s.holderEnd; k++) if (tokens[k] === head2) headEnd = k + 1;
  const vague = (vagueness, kind, alsoUnsure = false) => ({ ...s, holding: "vague", vagueness, kind, narrowed, unsure: unsure || alsoUnsure || informant && genericBody, headEnd });
  if (ARTICLES.has(first.lower)) {
    if (PERSON_SINGULARS.has(head2.lower)) return vague("anonymous", "informant");
    if (SINGULAR_DOCUMENTS.has(head2.lower) && s.cueClass !== "attitude") return vague("anonymous", "document", true);
    return { ...s, holding: "reference" };
  }
  if (DOCUMENT_HEADS.has(head2.lower)) return vague("plural", "document");
  if (s.cueClass === "evidence") return { ...s, holding: "reference" };
  if (INFORMANT_HEADS.has(head2.lower) && !PERSON_SINGULARS.has(head2.lower)) return vague("plural", "informant");
  if (isPeople(head2) && (!isCapitalized(head2) || PEOPLE_HEADS.has(head2.lower) || /(ists|ians)$/.test(head2.lower))) return vague("plural", "people");
  return { ...s, holding: "reference" };
}
var MEMBER_INTRODUCERS = /* @__PURE__ */ new Set(["including", "like", "notably", "among"]);
function membersNamedAfter(tokens, end) {
  for (let k = end; k < tokens.length && k <= end + 12; k++) {
    const t = tokens[k];
    if (t.text === ";" || t.text === ":" || t.text === ".") return false;
    let from = -1;
    if (t.lower === "such" && tokens[k + 1]?.lower === "as") from = k + 2;
    else if (MEMBER_INTRODUCERS.has(t.lower) && (k === end || tokens[k - 1]?.text === "," || tokens[k - 1]?.text === "(" || t.lower === "including")) from = k + 1;
    if (from < 0) continue;
    for (let j = from; j < tokens.length && j <= from + 5; j++) if (isCapitalized(tokens[j])) return true;
    return false;
  }
  return false;
}
function quantifierAt(tokens, start) {
  const t = tokens[start];
  if (!t) return 0;
  if (QUANTIFIERS.has(t.lower)) return 1;
  const phrase = QUANTIFIER_PHRASES.find((p) => p.every((w, k) => tokens[start + k]?.lower === w));
  if (phrase) return phrase.length;
  if (t.lower === "nearly" || t.lower === "almost" || t.lower === "about") {
    const share = quantifierAt(tokens, start + 1);
    return share > 0 ? 1 + share : 0;
  }
  if ((t.kind === "number" || NUMBER_WORDS.has(t.lower) || /^(half|two-thirds|three-quarters|three-fourths)$/.test(t.lower)) && (tokens[start + 1]?.lower === "of" || tokens[start + 1]?.lower === "in")) {
    const whole = tokens[start + 2];
    return whole && (whole.kind === "number" || NUMBER_WORDS.has(whole.lower)) ? 3 : 2;
  }
  return 0;
}
var ADJECTIVE_ENDINGS = ["al", "ic", "ive", "ing", "ed", "ous", "ant", "ent", "ful", "less", "ary", "ory", "ish"];
var COMMON_OPENERS = /* @__PURE__ */ new Set(["instant", "recent", "new", "senior", "top", "former", "early", "latest", "exit", "public", "private", "independent", "key", "young", "old", "rival", "union", "party", "business", "industry", "market", "civil", "human", "rights", "health", "tax", "budget", "energy", "climate", "trade", "farm", "oil", "gun", "anti", "pro", "fellow", "veteran", "longtime", "outside", "foreign", "domestic", "western", "eastern", "northern", "southern", "world"]);
function namesSomeone(w, opensSentence2, next2, names) {
  if (!isCapitalized(w)) return false;
  if (!opensSentence2) return true;
  const known = names.isName(w.lower);
  if (known !== void 0) return known;
  return next2 === void 0 ? !commonWord(w) : isCapitalized(next2);
}
function commonWord(w) {
  return BODY_MODIFIERS.has(w.lower) || PEOPLE_HEADS.has(w.lower) || DOCUMENT_HEADS.has(w.lower) || QUANTIFIERS.has(w.lower) || COMMON_OPENERS.has(w.lower) || agentShaped(w) || ADJECTIVE_ENDINGS.some((e) => w.lower.endsWith(e));
}
function agentShaped(t) {
  const w = t.lower;
  return w.length > 5 && (w.endsWith("ers") || w.endsWith("ors") || w.endsWith("ists") || w.endsWith("ians")) && !NOT_PEOPLE.has(w);
}
function isPeople(head2) {
  const w = head2.lower;
  return PEOPLE_HEADS.has(w) || INFORMANT_HEADS.has(w) && !PERSON_SINGULARS.has(w) || agentShaped(head2) || /(men|women|folk|ologists)$/.test(w) || isCapitalized(head2) && w.endsWith("s") && !NOT_PEOPLE.has(w);
}

// server/src/engine/lexicon/shared.ts
var BE_WORDS = /* @__PURE__ */ new Set(["is", "are", "was", "were", "be", "been", "being"]);
var PASSIVE_STARTERS = ["is", "are", "was", "were", "be", "been", "being", "'s", "has been", "have been", "had been", "will be", "would be", "could be", "may be", "might be", "is being", "was being", "are being"];
var FINITE_AUXILIARIES = /* @__PURE__ */ new Set(["is", "was", "were", "are", "has", "had", "have", "will", "would", "could", "may", "might", "should", "must", "did", "do", "shall"]);
var QUOTE_OPENERS = /* @__PURE__ */ new Set(['"', "\u201C", "'", "\u2018"]);
var QUOTE_MARKS = /* @__PURE__ */ new Set(['"', "\u201C", "\u201D", "'", "\u2018", "\u2019"]);
var WRITER_WORDS = /* @__PURE__ */ new Set(["i", "me", "my", "we", "us", "our"]);
var NEGATIONS = /* @__PURE__ */ new Set(["not", "never", "hardly", "scarcely", "no", "nor"]);
var CONDITIONS = /* @__PURE__ */ new Set(["if", "unless", "when", "whenever", "until", "once", "whether"]);
var SPELLED_NUMBERS = /* @__PURE__ */ new Set(["two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "twelve", "fifteen", "twenty", "fifty", "hundred"]);
var DASHES = /* @__PURE__ */ new Set(["-", "\u2013", "\u2014"]);

// server/src/engine/speakers.ts
var NOUN_BEFORE = /* @__PURE__ */ new Set(["the", "a", "an", "his", "her", "their", "its", "our", "my", "your", "these", "those", "this", "that", "of", "for", "with", "without", "into", "from", "about", "no", "any", "such", "whose", "to", "by", "in", "on", "at"]);
var CLAUSE_CLUES = /* @__PURE__ */ new Set(["that", "as", "whether", "if", "why", "how", "what", "who", "when", "is", "are", "was", "were", "will", "would", "should", "could", "can", "must", "has", "have", "had", "might", "may", "it", "they", "he", "she", "strongly", "sure", "certain", "betrayed", "ignored", "abandoned", "cheated", "insulted", "misled", "excluded", "let"]);
var VERDICT_CLUES = /* @__PURE__ */ new Set(["than", "too", "hard", "easy", "difficult", "useful", "helpful", "confusing", "boring", "tiring", "painful", "unpleasant", "worse", "better", "best", "worst", "disappointing", "impressive", "overrated", "underrated"]);
var NOUN_AFTER = /* @__PURE__ */ new Set(["have", "has", "had", "are", "were", "is", "was", "will", "would", "could", "can", "of", "for", "about", "from", "among", "that"]);
var MAX_HOLDER_WORDS = 10;
var CLAUSE_BREAKS = /* @__PURE__ */ new Set([":", "\u2014", "\u2013", ";", "-"]);
var AFTER_HOLDER = /* @__PURE__ */ new Set(["for", "over", "during", "after", "before", "because", "despite", "amid", "on", "last", "this", "earlier"]);
var STATES_OF_MIND = /* @__PURE__ */ new Set(["despair", "shock", "disbelief", "denial", "uproar", "turmoil", "agreement", "favour", "favor"]);
var PHRASE_STARTS = new Set(HOLDER_AFTER_PHRASES.map((p) => p[0]));
var CUE_STARTS = /* @__PURE__ */ new Set([...CUE_FORMS.keys(), ...ATTITUDE_ADJECTIVES, ...EXPRESSING_VERBS, "rather", "point", "points", "pointed", "pointing", "in"]);
var ANY_START = /* @__PURE__ */ new Set([...CUE_STARTS, ...PHRASE_STARTS]);
var RECENT = 4;
var recentTokens = new Array(RECENT).fill(void 0);
var recentNames = new Array(RECENT).fill(void 0);
var recentSpeakers = new Array(RECENT).fill([]);
var recentNext = 0;
function forgetRecentSpeakers() {
  recentTokens.fill(void 0);
  recentNames.fill(void 0);
  recentSpeakers.fill([]);
}
function speakersOf(tokens, names = NO_NAMES) {
  for (let k = 0; k < RECENT; k++) if (recentTokens[k] === tokens && recentNames[k] === names) return recentSpeakers[k];
  const found = findSpeakers(tokens, names);
  recentTokens[recentNext] = tokens;
  recentNames[recentNext] = names;
  recentSpeakers[recentNext] = found;
  recentNext = (recentNext + 1) % RECENT;
  return found;
}
function vagueHolderCandidates(tokens, kind, names = NO_NAMES) {
  const out = [];
  for (const s of speakersOf(tokens, names)) {
    if (s.holding !== "vague" || s.kind !== kind || s.narrowed) continue;
    const first = tokens[s.holderStart];
    const withCue = kind !== "informant" && s.cue >= s.holderEnd && s.cue - s.holderEnd <= 3;
    const last = tokens[withCue ? s.cueEnd - 1 : kind === "informant" ? (s.headEnd ?? s.holderEnd) - 1 : s.holderEnd - 1];
    out.push({ offset: first.start, length: last.end - first.start, generic: true, ...s.unsure ? { unsure: "the holder may be a name, or is a single unnamed document" } : {} });
  }
  return out;
}
function findSpeakers(tokens, names = NO_NAMES) {
  const found = [];
  let firstWord = tokens.findIndex((t) => t.kind !== "punct");
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.kind !== "word") continue;
    if (i > 0 && tokens[i - 1].kind === "punct" && CLAUSE_BREAKS.has(tokens[i - 1].text)) firstWord = i;
    const measures = i === firstWord && t.lower === "by" ? quantifierAt(tokens, i + 1) : 0;
    if (measures > 0 && DOCUMENT_HEADS.has(tokens[i + 1 + measures]?.lower ?? "")) {
      const end = i + 2 + measures;
      found.push({ cue: i, cueEnd: i + 1, cueClass: "evidence", holderStart: i + 1, holderEnd: end, holding: "vague", vagueness: "quantified", kind: "document" });
      continue;
    }
    if (!ANY_START.has(t.lower)) continue;
    const phrase = PHRASE_STARTS.has(t.lower) ? HOLDER_AFTER_PHRASES.find((p) => p.every((w, k) => tokens[i + k]?.lower === w)) : void 0;
    if (phrase) {
      const start = i + phrase.length;
      const end = holderAfter(tokens, start);
      if (end > start) found.push(classify(tokens, names, { cue: i, cueEnd: start, cueClass: "speech", holderStart: start, holderEnd: end }, firstWord));
      i = start - 1;
      continue;
    }
    if (!CUE_STARTS.has(t.lower)) continue;
    const cue = cueAt(tokens, i);
    if (!cue) continue;
    const [cueStart, cueEnd, cueClass] = cue;
    const subjectEnd = skipHelpersBack(tokens, cueStart - 1);
    const skipped = tokens.slice(Math.max(subjectEnd + 1, cueStart - 4), cueStart);
    const passive = cueClass !== "attitude" && skipped.some((h) => BE.has(h.lower)) && !tokens[cueStart].lower.endsWith("ing");
    const modal = skipped.some((h) => UNREAL_MODALS.has(h.lower));
    const bareParticiple = tokens[cueStart].lower.endsWith("ing") && !skipped.some((h) => BE.has(h.lower));
    const subjectStart = subjectEnd >= 0 && !passive && !bareParticiple && !modal ? holderBefore(tokens, subjectEnd) : -1;
    if (subjectStart >= 0 && subjectStart <= subjectEnd && (quantifierAt(tokens, subjectStart) > 0 || !objectRelative(tokens, subjectStart, cueEnd))) {
      found.push(classify(tokens, names, { cue: cueStart, cueEnd, cueClass, holderStart: subjectStart, holderEnd: subjectEnd + 1 }, firstWord));
      const crowd = crowdGivingReason(tokens, subjectStart, firstWord);
      if (crowd) found.push({ cue: cueStart, cueEnd, cueClass, holderStart: crowd[0], holderEnd: crowd[1], holding: "vague", vagueness: "quantified", kind: "people" });
    } else if (passive && (cueClass === "speech" || cueClass === "cognition")) {
      const by = agentAfter(tokens, cueEnd);
      if (by > 0) {
        const end = holderAfter(tokens, by + 1);
        if (end > by + 1) found.push(classify(tokens, names, { cue: cueStart, cueEnd, cueClass, holderStart: by + 1, holderEnd: end }, firstWord));
      }
    } else if (cueStart > 0 && tokens[cueStart - 1].kind === "punct" && cueClass === "speech" && TAG_VERBS.has(tokens[cueStart].lower)) {
      const end = holderAfter(tokens, cueEnd);
      const closes = end >= tokens.length || tokens[end].kind === "punct";
      if (end > cueEnd && closes) found.push(classify(tokens, names, { cue: cueStart, cueEnd, cueClass, holderStart: cueEnd, holderEnd: end }, firstWord));
    }
    i = cueEnd - 1;
  }
  return found;
}
var AUXILIARY_NEXT = /* @__PURE__ */ new Set(["is", "are", "was", "were", "will", "would", "could", "can", "may", "might", "should", "must", "has", "have", "had", "be"]);
function objectRelative(tokens, holderStart, cueEnd) {
  const relative4 = tokens[holderStart - 1];
  const antecedent = tokens[holderStart - 2];
  if (relative4?.lower === "what") return cueEnd >= tokens.length || tokens[cueEnd].kind === "punct";
  if (!relative4 || relative4.lower !== "that" && relative4.lower !== "which" || antecedent?.kind !== "word" || CUE_FORMS.has(antecedent.lower)) return false;
  return !AUXILIARY_NEXT.has(tokens[cueEnd]?.lower ?? "");
}
var TAG_VERBS = /* @__PURE__ */ new Set(["said", "says", "say", "added", "adds", "wrote", "writes", "noted", "notes", "explained", "continued", "insisted", "replied", "recalled", "warned", "argued", "asked", "stated", "declared", "tweeted", "acknowledged", "conceded", "cautioned", "countered", "observed", "remarked", "suggested", "predicted", "complained", "agreed"]);
var REASONS = /* @__PURE__ */ new Set(["because", "as", "since"]);
function crowdGivingReason(tokens, holderStart, firstWord) {
  if (tokens[holderStart].lower !== "they" || !REASONS.has(tokens[holderStart - 1]?.lower ?? "") || firstWord < 0) return void 0;
  const quantifier = quantifierAt(tokens, firstWord);
  if (quantifier === 0) return void 0;
  for (let k = firstWord + quantifier; k < tokens.length && k <= firstWord + quantifier + 2; k++) {
    if (tokens[k].kind !== "word") return void 0;
    if (isPeople(tokens[k])) return [firstWord, k + 1];
  }
  return void 0;
}
function cueAt(tokens, i) {
  const t = tokens[i];
  if (ATTITUDE_ADJECTIVES.has(t.lower)) {
    let k = i - 1;
    while (k >= 0 && k >= i - 3 && (tokens[k].lower.endsWith("ly") || tokens[k].lower === "very" || tokens[k].lower === "so" || tokens[k].lower === "also" || tokens[k].lower === "still")) k--;
    if (k >= 0 && BE.has(tokens[k].lower)) return [k, i + 1, "attitude"];
    if (!CUE_FORMS.has(t.lower)) return void 0;
  }
  if ((t.lower === "point" || t.lower === "points" || t.lower === "pointed" || t.lower === "pointing") && tokens[i + 1]?.lower === "out" && !nounUse(tokens, i)) return [i, i + 2, "speech"];
  if (t.lower === "in" && STATES_OF_MIND.has(tokens[i + 1]?.lower ?? "")) {
    let k = i - 1;
    while (k >= 0 && k >= i - 2 && tokens[k].lower.endsWith("ly")) k--;
    if (k >= 0 && BE.has(tokens[k].lower)) return [k, i + 2, "attitude"];
  }
  if (t.lower === "rather" && (tokens[i - 1]?.lower === "would" || tokens[i - 1]?.lower.endsWith("'d"))) return [i - 1, i + 1, "cognition"];
  if (EXPRESSING_VERBS.has(t.lower)) {
    for (let k = i + 1; k <= i + 3 && k < tokens.length; k++) if (ATTITUDE_NOUNS.has(tokens[k].lower)) return [i, k + 1, "attitude"];
    return void 0;
  }
  const senses = CUE_FORMS.get(t.lower);
  if (!senses || nounUse(tokens, i)) return void 0;
  if (senses[0].lemma === "want" && tokens[i + 1]?.lower === "to") return [i, i + 1, "intention"];
  const verdictAfterBe = BE.has(tokens[i - 1]?.lower ?? "") && ["a", "an", "the"].includes(tokens[i + 1]?.lower ?? "");
  if (senses[0].lemma === "call") return CALL_OBJECTS.has(tokens[i + 1]?.lower ?? "") || verdictAfterBe ? [i, i + 1, "speech"] : [i, i + 1, "intention"];
  if (isCapitalized(t) && i > 0 && tokens[i - 1].kind === "word") return void 0;
  if (OBJECT_TAKING.has(senses[0].lemma) && !opensReport(tokens[i + 1])) return void 0;
  const sense = senses.find((s) => fits(tokens, i, s));
  if (!sense) return void 0;
  const end = tokens[i + 1]?.lower === "out" ? i + 2 : i + 1;
  return [i, end, sense.cue];
}
var OBJECT_TAKING = /* @__PURE__ */ new Set(["add", "write", "claim", "state", "admit", "record", "document", "project", "count", "tally", "list"]);
var UNREAL_MODALS = /* @__PURE__ */ new Set(["should", "must", "can", "could", "may", "might", "ought"]);
var CALL_OBJECTS = /* @__PURE__ */ new Set(["it", "him", "her", "them", "this", "that", "these", "those"]);
var REPORT_OPENERS = /* @__PURE__ */ new Set(["that", "he", "she", "they", "it", "we", "i", "there", "this"]);
function opensReport(next2) {
  if (!next2) return true;
  if (next2.kind === "punct") return next2.text !== "$" && next2.text !== "\xA3" && next2.text !== "\u20AC";
  return REPORT_OPENERS.has(next2.lower);
}
function nounUse(tokens, i) {
  const before2 = tokens[i - 1];
  if (before2 && (NOUN_BEFORE.has(before2.lower) || before2.kind === "number")) return true;
  if (before2 && QUANTIFIERS.has(before2.lower) && before2.lower !== "others" && tokens[i].lower.endsWith("s")) return true;
  if (before2 && isPossessive(before2.lower)) return true;
  return tokens[i].lower.endsWith("s") && NOUN_AFTER.has(tokens[i + 1]?.lower ?? "") && tokens[i + 1]?.lower !== "that";
}
function fits(tokens, i, sense) {
  if (sense.needsAs) return tokens.slice(i + 1, i + 7).some((t) => t.lower === "as");
  if (sense.lemma === "think" && (tokens[i + 1]?.lower === "about" || tokens[i + 1]?.lower === "of")) return false;
  if (sense.lemma === "hear") return tokens.slice(i + 1, i + 5).some((t) => t.lower === "that");
  if (sense.lemma === "worry") return ["that", "whether", "if", ","].includes(tokens[i + 1]?.lower ?? ",");
  if (sense.lemma === "find" && sense.cue === "cognition") return tokens.slice(i + 1, i + 7).some((t) => t.lower === "that" || VERDICT_CLUES.has(t.lower) || t.lower.endsWith("er"));
  if (sense.needsClause) return tokens.slice(i + 1, i + 8).some((t) => CLAUSE_CLUES.has(t.lower) || ATTITUDE_ADJECTIVES.has(t.lower));
  return true;
}
function skipHelpersBack(tokens, from) {
  let k = from;
  for (let n = 0; k >= 0 && n < 4; n++, k--) {
    const t2 = tokens[k];
    const wentOn = t2.lower === "on" && tokens[k - 1]?.lower === "went";
    if (t2.kind !== "word" || !(VERB_HELPERS.has(t2.lower) || wentOn || t2.lower.endsWith("ly") && t2.lower.length > 4 && !isCapitalized(t2))) break;
  }
  const t = tokens[k];
  if (!t || t.kind === "punct" && !isAbbreviationStop(tokens, k)) return -1;
  return k;
}
function holderBefore(tokens, end) {
  const last = tokens[end];
  if (last.kind !== "word" && !isAbbreviationStop(tokens, end)) return -1;
  if (PRONOUNS.has(last.lower)) return end;
  let start = end;
  let words2 = 1;
  for (let k = end - 1; k >= 0; k--) {
    if (words2 >= MAX_HOLDER_WORDS) return -1;
    const t = tokens[k];
    if (t.kind === "punct") {
      if (isAbbreviationStop(tokens, k) || (t.text === "'" || t.text === "\u2019") && t.start === tokens[k - 1]?.end) continue;
      break;
    }
    if (DEFINITE.has(t.lower) && t.lower !== "that") {
      start = k;
      if (!PREPOSITIONS.has(tokens[k - 1]?.lower ?? "")) break;
      words2++;
      continue;
    }
    if (t.lower === "and" && (tokens[k + 1]?.lower === "others" || tokens[k + 1]?.lower === "other" || tokens[k - 1] !== void 0 && isPeople(tokens[k - 1]) || prepositionBefore(tokens, k))) {
      start = k;
      continue;
    }
    if (QUANTIFIERS.has(t.lower) && k > 0 && tokens[k - 1].kind === "word" && !PREPOSITIONS.has(tokens[k - 1].lower) && !DEFINITE.has(tokens[k - 1].lower) && !CLAUSE_STARTERS.has(tokens[k - 1].lower)) {
      start = k;
      break;
    }
    if (t.lower === "who" && k > 0 && (QUANTIFIERS.has(tokens[k - 1].lower) || isPeople(tokens[k - 1]))) {
      start = k;
      continue;
    }
    if (CLAUSE_STARTERS.has(t.lower) || BE.has(t.lower) || VERB_HELPERS.has(t.lower)) break;
    if (PRONOUNS.has(t.lower)) {
      start = k;
      break;
    }
    if (CUE_FORMS.has(t.lower) && !NOUN_BEFORE.has(tokens[k - 1]?.lower ?? "")) break;
    start = k;
    words2++;
  }
  return start;
}
function agentAfter(tokens, from) {
  for (let k = from; k < tokens.length && k <= from + 4; k++) {
    const t = tokens[k];
    if (t.lower === "by") return k;
    if (t.kind === "punct" && !QUOTE_MARKS.has(t.text)) return -1;
  }
  return -1;
}
function prepositionBefore(tokens, k) {
  for (let j = k - 1; j >= 0 && j >= k - 3; j--) {
    const t = tokens[j];
    if (t.kind !== "word" || CLAUSE_STARTERS.has(t.lower)) return false;
    if (PREPOSITIONS.has(t.lower)) return true;
  }
  return false;
}
function holderAfter(tokens, start) {
  let end = start;
  for (let k = start; k < tokens.length && k - start < MAX_HOLDER_WORDS; k++) {
    const t = tokens[k];
    if (t.kind === "punct") {
      if (isAbbreviationStop(tokens, k)) {
        end = k + 1;
        continue;
      }
      break;
    }
    if (CLAUSE_STARTERS.has(t.lower) || BE.has(t.lower) || AFTER_HOLDER.has(t.lower)) break;
    end = k + 1;
  }
  return end;
}

// server/src/engine/rules/words.ts
var OPINION_HOLDERS = [
  "experts",
  "critics",
  "observers",
  "analysts",
  "historians",
  "scholars",
  "scientists",
  "researchers",
  "commentators",
  "economists",
  "academics",
  "theologians",
  "theorists",
  "pundits",
  "specialists",
  "authorities",
  "reviewers",
  "archaeologists",
  "linguists",
  "philosophers",
  "biologists",
  "psychologists",
  "sociologists",
  "physicists",
  "doctors",
  "physicians",
  "musicologists",
  "art historians",
  "political scientists",
  "legal scholars",
  "legal experts",
  "medical experts",
  "industry experts",
  "military historians",
  "fans",
  "supporters",
  "opponents",
  "skeptics",
  "sceptics",
  "detractors",
  "proponents",
  "advocates",
  "environmentalists",
  "activists",
  "theorists",
  "writers",
  "authors",
  "journalists",
  "insiders",
  "mathematicians",
  // Specialists whose judgement a writer borrows: "most neurologists recommend".
  "neurologists",
  "cardiologists",
  "oncologists",
  "epidemiologists",
  "virologists",
  "psychiatrists",
  "clinicians",
  "nutritionists",
  "dietitians",
  "pharmacologists",
  "geologists",
  "climatologists",
  "meteorologists",
  "ecologists",
  "anthropologists",
  "ethicists",
  "astronomers",
  "statisticians",
  "demographers",
  "criminologists",
  "pollsters",
  "strategists",
  "forecasters"
];
var PEOPLE = [
  "people",
  "others",
  "persons",
  "individuals",
  "residents",
  "locals",
  "readers",
  "viewers",
  "users",
  "members",
  "voters",
  "parents",
  "teachers",
  "americans",
  "europeans",
  "westerners",
  "customers",
  "consumers",
  "buyers",
  "owners",
  "patients",
  "listeners",
  "audiences",
  "theatregoers",
  "theatergoers",
  "visitors",
  "tourists",
  "shoppers",
  "drivers",
  "commuters",
  "passengers",
  "workers",
  "employees",
  "managers",
  "engineers",
  "investors",
  "traders",
  "farmers",
  "nurses",
  "officers",
  "staff",
  "players",
  "coaches",
  "scouts",
  "diplomats",
  "politicians",
  "lawmakers",
  "campaigners",
  "developers",
  "designers",
  "landlords",
  "tenants"
];
var BELIEF_VERBS = [
  "believe",
  "believed",
  "believes",
  "say",
  "said",
  "says",
  "argue",
  "argued",
  "argues",
  "think",
  "thought",
  "thinks",
  "claim",
  "claimed",
  "claims",
  "feel",
  "felt",
  "agree",
  "agreed",
  "contend",
  "contended",
  "suggest",
  "suggested",
  "maintain",
  "maintained",
  "consider",
  "considered",
  "regard",
  "regarded",
  "view",
  "viewed",
  "describe",
  "described",
  "call",
  "called",
  "note",
  "noted",
  "doubt",
  "doubted",
  "question",
  "questioned",
  "hold",
  "held",
  "assert",
  "asserted",
  "suspect",
  "suspected",
  "speculate",
  "speculated",
  "insist",
  "insisted",
  "fear",
  "feared",
  "dispute",
  "disputed",
  "attribute",
  "attributed",
  "credit",
  "credited",
  "criticize",
  "criticized",
  "criticise",
  "criticised",
  "praise",
  "praised",
  "consider",
  "see",
  "saw",
  "accuse",
  "accused",
  "allege",
  "alleged",
  "theorize",
  "theorized",
  "theorise",
  "theorised",
  "speculate",
  "posit",
  "posited",
  "contend",
  "point out",
  "pointed out",
  "have argued",
  "have suggested",
  "have claimed",
  "have said",
  "have speculated",
  "have described",
  "have called",
  "would argue",
  "would say",
  "would agree",
  "still believe",
  "also believe",
  "now believe",
  "do not believe",
  "don't believe",
  "disagree",
  "disagreed",
  "reject",
  "rejected",
  "accept",
  "accepted",
  "recognize",
  "recognise",
  "recognized",
  "recognised",
  "acknowledge",
  "acknowledged",
  "hypothesize",
  "hypothesized",
  "know",
  "knew",
  "have known",
  "have long known",
  "had long known",
  "report",
  "reported",
  "complain",
  "complained"
];
var SPECIFIERS = /* @__PURE__ */ new Set([
  "the",
  "these",
  "those",
  "this",
  "that",
  "our",
  "their",
  "his",
  "her",
  "its",
  "my",
  "your",
  "whose",
  "such",
  "both",
  "two",
  "three",
  "four",
  "five",
  "six",
  "seven",
  "eight",
  "nine",
  "ten",
  "twelve",
  "dozen",
  "which",
  "what",
  "other",
  "same",
  "all",
  "each",
  "every",
  "no"
]);
var DEGREE_ADVERBS = [
  "widely",
  "commonly",
  "generally",
  "often",
  "sometimes",
  "frequently",
  "usually",
  "largely",
  "popularly",
  "traditionally",
  "now",
  "also",
  "still",
  "long",
  "increasingly",
  "universally",
  "broadly",
  "internationally",
  "variously",
  "originally",
  "mostly",
  "occasionally",
  "rightly",
  "wrongly",
  "once",
  "formerly",
  "today",
  "later",
  "even",
  "already",
  "always",
  "locally",
  "officially",
  "privately",
  "publicly",
  "reliably",
  "erroneously"
];
var VERBISH = /* @__PURE__ */ new Set([
  ...BELIEF_VERBS.flatMap((v) => v.split(" ")),
  "say",
  "said",
  "says",
  "told",
  "tell",
  "report",
  "reported",
  "reports",
  "indicate",
  "indicated",
  "confirm",
  "confirmed",
  "revealed",
  "added",
  "disclosed",
  "warned",
  "explained",
  "described",
  "have",
  "has",
  "had",
  "would",
  "do",
  "did",
  "may",
  "might",
  "will",
  "still",
  "also",
  "now",
  "even",
  "often",
  "long",
  "generally",
  "widely",
  "privately",
  "openly",
  "continue",
  "to",
  "tend",
  "came",
  "come",
  "that",
  "hold",
  "held"
]);
function holderEnd(span) {
  let end = span.length;
  while (end > 1 && VERBISH.has(span[end - 1].lower)) end--;
  return end;
}
var NOT_SUPERLATIVES = /* @__PURE__ */ new Set([
  "west",
  "rest",
  "test",
  "interest",
  "forest",
  "protest",
  "request",
  "quest",
  "contest",
  "harvest",
  "chest",
  "nest",
  "crest",
  "guest",
  "conquest",
  "inquest",
  "manifest",
  "arrest",
  "suggest",
  "digest",
  "behest",
  "priest",
  "honest",
  "modest",
  "earnest",
  "midwest",
  "southwest",
  "northwest",
  "everest",
  "pest",
  "vest",
  "zest",
  "bequest",
  "unrest",
  "invest",
  "attest",
  "detest",
  "infest",
  "jest",
  "lest"
]);
function superlativeShaped(word) {
  return word.length > 5 && word.endsWith("est") && !NOT_SUPERLATIVES.has(word);
}

// server/src/engine/rules/vagueMajority.ts
var PARTICIPLE_BEFORE_BY = /* @__PURE__ */ new Set(["assumed", "argued", "suggested", "claimed", "noted", "proposed", "detected", "observed", "noticed", "seen", "known", "thought", "held", "considered", "regarded", "viewed", "described", "believed", "praised", "criticized", "criticised", "called", "hailed", "dismissed", "accepted", "rejected", "disputed", "questioned", "doubted", "labelled", "labeled", "deemed", "perceived", "described", "acclaimed", "celebrated", "credited", "blamed"]);
var HOLDER_WORDS = /* @__PURE__ */ new Set([...OPINION_HOLDERS, ...PEOPLE]);
var VAGUE_HOLDERS = OPINION_HOLDERS.filter((w) => w !== "insiders");
var QUANTIFIER_WORDS = /* @__PURE__ */ new Set(["many", "most", "some", "several", "few", "a", "numerous", "countless", "various", "certain", "number", "of", "growing", "increasing", "majority", "the", "lots", "lot", "plenty", "others", "by", "there", "are", "were", "those", "who", "an", "more", "and"]);
var PLURAL_COUNTS = /* @__PURE__ */ new Set(["multiple", "various", "numerous", "several"]);
function judgedBy(m) {
  return PARTICIPLE_BEFORE_BY.has(m.wordBefore()) || PARTICIPLE_BEFORE_BY.has(m.wordBefore(2));
}
function unspecified(m) {
  const before2 = m.wordBefore();
  return !SPECIFIERS.has(before2) && before2 !== "at" && before2 !== "the";
}
function quantified(m) {
  return unspecified(m) && !(PLURAL_COUNTS.has(m.words[0]) && m.words.includes("observers"));
}
var PERCEPTION_VERBS = /* @__PURE__ */ new Set(["feel", "feels", "felt", "see", "sees", "saw"]);
var CLAUSE_CLUES2 = /* @__PURE__ */ new Set(["that", "as", "is", "are", "was", "were", "will", "would", "should", "could", "can", "must", "has", "have", "had", "might", "may", "it", "strongly", "sure", "certain"]);
function opinionSense(tokens, at) {
  if (!PERCEPTION_VERBS.has(tokens[at]?.lower ?? "")) return true;
  return tokens.slice(at + 1, at + 8).some((t) => CLAUSE_CLUES2.has(t.lower));
}
var QUANTIFIERS2 = /* @__PURE__ */ new Set(["many", "most", "some", "several", "few", "numerous", "countless"]);
var SPECIALISTS = new Set(VAGUE_HOLDERS.filter((w) => !w.includes(" ") && !["fans", "supporters", "opponents", "writers", "authors", "journalists", "activists", "advocates"].includes(w)));
var BARE_AGENT_VERBS = /* @__PURE__ */ new Set(["say", "says", "said", "believe", "believed", "think", "argue", "argued", "claim", "claimed", "insist", "insisted", "fear", "feared", "complain", "complained", "warn", "warned", "agree", "agreed", "contend", "suspect", "doubt", "reckon", "worry"]);
var AS_VERBS = /* @__PURE__ */ new Set(["regard", "regarded", "treat", "treated", "view", "viewed", "see", "saw", "rate", "rated", "rank", "ranked"]);
var VERB_HELPERS2 = /* @__PURE__ */ new Set(["have", "had", "has", "long", "also", "still", "will", "would", "often", "now", "privately", "openly", "generally", "widely", "always", "even", "repeatedly"]);
function scanCountedSpecialists(tokens) {
  const found = [];
  for (let i = 0; i + 1 < tokens.length; i++) {
    if (!QUANTIFIERS2.has(tokens[i].lower) || SPECIFIERS.has(tokens[i - 1]?.lower ?? "") || tokens[i - 1]?.lower === "the") continue;
    for (let k = i + 1; k <= i + 2 && k < tokens.length && tokens[k].kind === "word"; k++) {
      if (tokens[k].lower.endsWith("ologists") || SPECIALISTS.has(tokens[k].lower)) {
        found.push({ offset: tokens[i].start, length: tokens[k].end - tokens[i].start });
        break;
      }
    }
  }
  return found;
}
var PARTISANS = /* @__PURE__ */ new Set(["critics", "detractors", "opponents", "supporters", "admirers", "defenders", "fans", "followers", "sceptics", "skeptics", "champions"]);
var POSSESSIVE_PRONOUNS = /* @__PURE__ */ new Set(["his", "her", "their", "its"]);
var PARTISAN_VERDICTS = /* @__PURE__ */ new Set(["call", "called", "accuse", "accused", "dismiss", "dismissed", "see", "saw", "regard", "regarded"]);
var PORTRAYALS = /* @__PURE__ */ new Set(["describe", "described", "portray", "portrayed", "paint", "painted"]);
function scanPartisans(tokens) {
  const found = [];
  for (let i = 1; i < tokens.length; i++) {
    if (!PARTISANS.has(tokens[i].lower)) continue;
    const owner = tokens[i - 1];
    if (owner.kind !== "word" || !(POSSESSIVE_PRONOUNS.has(owner.lower) || isPossessive(owner.lower))) continue;
    let j = i + 1;
    while (j < tokens.length && j <= i + 3 && VERB_HELPERS2.has(tokens[j].lower)) j++;
    const verb = tokens[j];
    if (!verb) continue;
    const opinion = BARE_AGENT_VERBS.has(verb.lower) || PARTISAN_VERDICTS.has(verb.lower) || PORTRAYALS.has(verb.lower);
    const asNeeded = AS_VERBS.has(verb.lower) || PORTRAYALS.has(verb.lower);
    if (!opinion || !opinionSense(tokens, j) || asNeeded && !tokens.slice(j + 1, j + 6).some((t) => t.lower === "as")) continue;
    found.push({ offset: owner.start, length: tokens[i].end - owner.start });
  }
  return found;
}
var vagueMajority = {
  id: "weasel/vague-majority",
  category: "weasel",
  defaultSeverity: "warning",
  description: 'An unnamed crowd holds the view: "Many experts", "Some argue", "Critics say"',
  span: 'the cue phrase: quantifier + holder noun ("Many historians", "Some critics", "Most experts"), quantifier + belief/speech verb when there is no noun ("Many believe", "Some argue"), or a bare plural holder + speech verb ("Critics say", "Experts agree", "Observers note")',
  message: (flagged) => `"${flagged}" presents a view as widely held without saying who holds it.`,
  why: 'A vague majority ("many believe", "some critics") borrows the weight of unnamed people. Readers cannot check who they are or how many.',
  guideline: "Wikipedia MOS:WEASEL (unsupported attributions); AP: attribute disputable facts to a named source",
  fixes: ["who", "citation-needed"],
  clearedBy: "attribution",
  holderEnd,
  scan: (tokens, names) => [...scanCountedSpecialists(tokens), ...scanPartisans(tokens), ...vagueHolderCandidates(tokens, "people", names)],
  examples: {
    flag: [],
    pass: []
  },
  rewrite: (sentence4, start, end) => {
    const words2 = sentence4.slice(start, end).split(/\s+/);
    let holderAt = words2.length - 1;
    while (holderAt >= 0 && !HOLDER_WORDS.has(words2[holderAt].toLowerCase())) holderAt--;
    const holder = holderAt >= 0 ? words2[holderAt].toLowerCase() : "people";
    const rest = words2.slice(holderAt >= 0 ? holderAt + 1 : words2.findIndex((w, i) => i > 0 && !QUANTIFIER_WORDS.has(w.toLowerCase()))).join(" ");
    return replaceSpan(sentence4, start, end, `[named ${holder}]${rest ? ` ${rest}` : ""}`);
  },
  phrases: {
    classes: {
      quantifier: ["many", "most", "some", "several", "few", "a few", "numerous", "countless", "various", "certain", "a number of", "a growing number of", "an increasing number of", "the majority of", "a majority of", "lots of", "a lot of", "plenty of", "many of the", "some of the", "most of the", "more and more"],
      bareQuantifier: ["many", "most", "some", "others", "few", "several", "many others", "some others"],
      modifier: ["modern", "western", "leading", "prominent", "top", "independent", "foreign", "other", "contemporary", "later", "early", "mainstream", "respected", "notable", "influential", "senior", "political", "scientific", "military", "medical", "legal", "music", "film", "literary", "conservative", "liberal", "religious", "serious", "knowledgeable", "well-known"],
      holder: VAGUE_HOLDERS,
      people: PEOPLE,
      helper: ["still", "also", "now", "even", "often", "have", "had", "would", "do", "did", "may", "might", "will", "generally", "widely", "privately", "openly", "long", "have long", "continue to", "tend to", "came to", "have come to"],
      bareBelief: ["believe", "believed", "believes", "say", "said", "argue", "argued", "think", "claim", "claimed", "feel", "felt", "agree", "agreed", "contend", "contended", "suggest", "suggested", "maintain", "maintained", "consider", "considered", "regard", "regarded", "view", "doubt", "doubted", "assert", "asserted", "suspect", "suspected", "speculate", "speculated", "insist", "insisted", "fear", "feared", "dispute", "disputed", "point out", "pointed out", "disagree", "disagreed", "theorize", "theorized", "theorise", "theorised"]
    },
    entries: [
      {
        pattern: "@quantifier @modifier? @holder",
        flag: [],
        pass: [],
        when: quantified
      },
      {
        pattern: "by @bareQuantifier @modifier? @holder?",
        flag: [],
        pass: [],
        when: judgedBy
      },
      {
        pattern: "by other @modifier? @holder",
        flag: [],
        pass: [],
        when: judgedBy
      },
      {
        pattern: "by other @people",
        flag: [],
        pass: [],
        when: judgedBy
      },
      {
        // "The common belief that the well was poisoned": a view said to be widely held, by no one named.
        pattern: "the|a common|popular|widespread|prevailing|widely-held|widely_held belief|view|perception|assumption|notion that",
        trim: [1, 1],
        flag: [],
        pass: []
      },
      {
        pattern: "@bareQuantifier @helper? hold|held that",
        flag: [],
        pass: []
      },
      {
        pattern: "there are|were @modifier? @holder who @bareBelief",
        flag: []
      },
      {
        pattern: "there are|were those who @bareBelief",
        flag: []
      }
    ]
  }
};

// server/src/engine/rules/anonymousSource.ts
var SPEECH2 = ["say", "said", "says", "told", "tell", "claim", "claimed", "claims", "report", "reported", "indicate", "indicated", "suggest", "suggested", "confirm", "confirmed", "believe", "believed", "revealed", "insist", "insisted", "added", "disclosed", "warned", "explained", "described"];
var SPEECH_WORDS = new Set(SPEECH2);
function placeBeforeSpeech(m) {
  let words2 = 0;
  for (let k = m.last; k < m.tokens.length && words2 < 6; k++) {
    const t = m.tokens[k];
    if (t.kind === "punct") {
      if ((t.text === "'" || t.text === "\u2019") && t.start === m.tokens[k - 1]?.end) continue;
      return -1;
    }
    if (words2 > 0 && SPEECH_WORDS.has(t.lower)) return k - m.last;
    words2++;
  }
  return -1;
}
var anonymousSource = {
  id: "weasel/anonymous-source",
  category: "weasel",
  defaultSeverity: "warning",
  description: 'A source with no name or description: "Sources say", "insiders", "people familiar with"',
  span: 'the cue phrase: "Sources say", "a source close to", "insiders", "people familiar with", "officials said" (when no body is named)',
  message: (flagged) => `"${flagged}" leans on a source the reader cannot identify or weigh.`,
  why: "An anonymous source asks readers to trust the writer blindly. News agencies name sources, or describe them as precisely as possible and say why they could not be named.",
  guideline: "AP and Reuters sourcing rules: name the source, or describe it precisely and explain the anonymity",
  fixes: ["who", "citation-needed"],
  clearedBy: "attribution",
  holderEnd,
  flagsSubject: true,
  scan: (tokens, names) => vagueHolderCandidates(tokens, "informant", names),
  rewrite: (sentence4, start, end) => {
    const words2 = sentence4.slice(start, end).split(/\s+/);
    const kept = holderEnd(words2.map((w) => ({ lower: w.toLowerCase() })));
    const verb = words2.slice(kept).join(" ");
    return replaceSpan(sentence4, start, end, `[named source, or who they are and why they cannot be named]${verb ? ` ${verb}` : ""}`);
  },
  phrases: {
    classes: {
      qualifier: ["unnamed", "anonymous", "unidentified", "informed", "reliable", "credible", "senior", "well-placed", "diplomatic", "intelligence", "government", "official", "military", "security", "industry", "independent", "local", "western", "multiple", "several", "some", "other", "trusted", "knowledgeable"],
      speech: SPEECH2,
      helper: ["have", "has", "had", "also", "now", "privately"],
      closeness: ["close to", "familiar with", "within", "inside", "with knowledge of", "briefed on", "at", "in"],
      personal: ["people", "persons", "those", "someone", "one person", "two people", "a person", "individuals", "an official", "officials", "an insider", "a source", "sources"]
    },
    entries: [
      {
        pattern: "@qualifier? sources @helper? @speech",
        flag: [],
        pass: []
      },
      {
        pattern: "according to @qualifier? sources|insiders",
        flag: []
      },
      {
        pattern: "a|one|two|another|the source|sources @closeness",
        flag: [],
        pass: []
      },
      {
        pattern: "@qualifier? sources at|in|within|inside|on|among",
        flag: [],
        pass: [],
        when: (m) => placeBeforeSpeech(m) > 0,
        extend: placeBeforeSpeech
      },
      {
        pattern: "@personal close_to|familiar_with",
        flag: []
      },
      {
        pattern: "@personal briefed_on|with_knowledge_of",
        flag: []
      },
      {
        pattern: "industry|party|club|company|palace|studio|government? insiders",
        flag: [],
        pass: []
      },
      {
        // "A senior official has told reporters": one unnamed person, no body named.
        pattern: "a|an|one @qualifier? official|aide|adviser|advisor|executive|manager|insider @helper? @speech",
        flag: [],
        pass: []
      },
      {
        pattern: "@qualifier? officials @helper? @speech",
        flag: [],
        pass: [],
        // "Treasury officials" and "the ministry's officials" name the body.
        when: (m) => {
          const before2 = m.before();
          if (!before2) return true;
          if (before2.kind === "punct") return before2.text !== "'" && before2.text !== "\u2019";
          return !isCapitalized(before2) && !["city", "state", "county", "federal", "school", "health", "police", "club", "company", "university", "airport", "hospital", "park", "museum", "election"].includes(before2.lower);
        }
      }
    ]
  }
};

// server/src/engine/guards/clauseEnds.ts
var clauseEnds = {
  description: "The sentence ends right after the match, or a punctuation mark other than an opening quotation mark follows it",
  holds: (m) => {
    const next2 = m.after();
    return !next2 || next2.kind === "punct" && !QUOTE_OPENERS.has(next2.text);
  },
  examples: {
    holds: [],
    not: []
  }
};

// server/src/engine/guards/clauseStart.ts
var CLAUSE_JOINERS = /* @__PURE__ */ new Set(["and", "but", "as", "while", "though", "although"]);
var clauseStart = {
  description: 'Nothing, a punctuation mark or a joining word ("and", "but", "as", "while", "though", "although") stands right before the match',
  holds: (m) => {
    const before2 = m.before();
    return !before2 || before2.kind === "punct" || CLAUSE_JOINERS.has(before2.lower);
  },
  examples: {
    holds: [],
    not: []
  }
};

// server/src/engine/guards/condition.ts
var condition = {
  description: 'The word right before the match opens a condition or a time clause: "if", "unless", "when", "whenever", "until", "once", "whether"',
  holds: (m) => CONDITIONS.has(m.wordBefore()),
  examples: {
    holds: [],
    not: []
  }
};

// server/src/engine/guards/heldByUnnamed.ts
var PASSIVE_FRAME = /* @__PURE__ */ new Set(["regarded", "considered", "described", "called", "hailed", "dubbed", "deemed", "termed", "touted", "billed", "labelled", "labeled", "reckoned", "rated", "ranked", "voted", "listed", "seen", "known"]);
var ACTIVE_FRAME = /* @__PURE__ */ new Set([
  "say",
  "says",
  "said",
  "agree",
  "agrees",
  "agreed",
  "claim",
  "claims",
  "claimed",
  "believe",
  "believes",
  "believed",
  "argue",
  "argues",
  "argued",
  "reckon",
  "insist",
  "insisted",
  "call",
  "called",
  "consider",
  "considered",
  "describe",
  "described",
  "regard",
  "rate",
  "rated"
]);
var CROWD_WORDS = /* @__PURE__ */ new Set(["many", "some", "most", "others", "people", "everyone", "locals", "fans"]);
var RANKINGS = /* @__PURE__ */ new Set(["list", "lists", "poll", "polls", "ranking", "rankings"]);
var FRAME_REACH = 8;
var HOLDER_REACH = 4;
function opensSentence(m, k) {
  for (let j = k + 1; j <= k + 3; j++) {
    const t = m.before(j);
    if (!t) return true;
    if (t.kind !== "punct") return false;
  }
  return false;
}
function bareHolder(m, k) {
  const t = m.before(k);
  if (!t || t.kind !== "word") return false;
  return CROWD_WORDS.has(t.lower) || (t.text === t.lower || opensSentence(m, k)) && t.lower.length > 3 && t.lower.endsWith("s") && !t.lower.endsWith("ss");
}
var heldByUnnamed = {
  description: `A frame in the ${FRAME_REACH} tokens before the match hands it to an unnamed holder: "is widely regarded as", "critics say", "topped the polls as"`,
  holds: (m) => {
    for (let k = 1; k <= FRAME_REACH; k++) {
      const t = m.before(k);
      if (!t || t.kind === "punct" && t.text !== '"' && t.text !== ",") return false;
      if (t.lower === "by") return false;
      if (RANKINGS.has(t.lower)) return true;
      if (PASSIVE_FRAME.has(t.lower)) {
        const before2 = m.before(k + 1);
        if (before2 && (BE_WORDS.has(before2.lower) || before2.lower.endsWith("ly") && BE_WORDS.has(m.wordBefore(k + 2)))) return true;
      }
      if (ACTIVE_FRAME.has(t.lower)) {
        for (let h = k + 1; h <= k + HOLDER_REACH && m.before(h)?.kind === "word"; h++) {
          if (bareHolder(m, h)) return true;
        }
      }
    }
    return false;
  },
  examples: {
    holds: [],
    not: []
  }
};

// server/src/engine/guards/instruction.ts
var NOT_BARE_VERBS = /* @__PURE__ */ new Set([
  "a",
  "an",
  "the",
  "one",
  "has",
  "have",
  "had",
  "is",
  "was",
  "were",
  "are",
  "be",
  "been",
  "did",
  "does",
  "do",
  "will",
  "would",
  "could",
  "can",
  "should",
  "may",
  "might",
  "must",
  "shall",
  "before",
  "again",
  "since",
  "in",
  "on",
  "at",
  "for",
  "with",
  "to",
  "by",
  "from",
  "up",
  "down",
  "out",
  "off",
  "so",
  "more",
  "less",
  "very",
  "quite",
  "too",
  "once",
  "ever",
  "yet",
  "there",
  "here",
  "then",
  "still",
  "just",
  "only",
  "even",
  "much",
  "all",
  "not",
  "no",
  "this",
  "that",
  "his",
  "her",
  "its",
  "their",
  "our",
  "my",
  "your",
  "he",
  "she",
  "it",
  "they",
  "we",
  "you",
  "i",
  "as",
  "than",
  "such",
  "first",
  "last",
  "popular",
  "busy",
  "open",
  "late",
  "early",
  "ready",
  "happy",
  "free",
  "enough",
  "far",
  "quick",
  "short",
  "long",
  "true",
  "sure",
  "easy",
  "good",
  "bad",
  "safe",
  "calm",
  "alone",
  "welcome",
  "keen",
  "shy",
  "slow",
  "fast",
  "cheap",
  "full",
  "empty",
  "wrong",
  "right",
  "likely"
]);
var VERBS_WITH_ADJECTIVE_ENDINGS = /* @__PURE__ */ new Set([
  "give",
  "drive",
  "live",
  "arrive",
  "forgive",
  "survive",
  "dive",
  "strive",
  "revive",
  "deprive",
  "receive",
  "believe",
  "achieve",
  "relieve",
  "retrieve",
  "deceive",
  "perceive",
  "panic",
  "mimic",
  "dial",
  "signal",
  "total",
  "rival",
  "pedal"
]);
var instruction = {
  description: 'The match opens the sentence (or a clause after a colon, a semicolon or "please") and a bare verb follows: "Never leave ...", "Always label ..."',
  holds: (m) => {
    const before2 = m.before();
    const opens = m.atSentenceStart || before2 !== void 0 && [":", ";"].includes(before2.text) || m.wordBefore() === "please" && (m.before(2) === void 0 || m.before(2)?.kind === "punct");
    const next2 = m.after();
    if (!opens || !next2 || next2.kind !== "word" || isCapitalized(next2)) return false;
    const w = next2.lower;
    return !NOT_BARE_VERBS.has(w) && (VERBS_WITH_ADJECTIVE_ENDINGS.has(w) || !/(ly|ed|ing|ous|ful|ive|able|ible|ic|[^e]al|[^s]s)$/.test(w));
  },
  examples: {
    holds: [],
    not: []
  }
};

// server/src/engine/guards/negated.ts
var NEGATED_THROUGH = /* @__PURE__ */ new Set(["a", "an", "the", "very", "so", "particularly", "especially", "exactly", "always", "that", "too"]);
var isNegation = (w) => NEGATIONS.has(w) || w.endsWith("n't");
var negated = {
  description: `A negation ("not", "never", "-n't") right before the match, or before one of "a", "the", "very", "so", ... before it`,
  holds: (m) => isNegation(m.wordBefore()) || NEGATED_THROUGH.has(m.wordBefore()) && isNegation(m.wordBefore(2)),
  examples: {
    holds: [],
    not: []
  }
};

// server/src/engine/guards/reach.ts
var WRITER_AHEAD = 10;
var WRITER_BACK = 12;

// server/src/engine/guards/ownJudgement.ts
var EXPERIENCED = /* @__PURE__ */ new Set([
  "read",
  "seen",
  "saw",
  "heard",
  "met",
  "tried",
  "visited",
  "tested",
  "eaten",
  "ate",
  "used",
  "watched",
  "known",
  "handled",
  "owned",
  "driven",
  "drove",
  "ridden",
  "rode",
  "stayed",
  "tasted",
  "drunk",
  "drank",
  "reviewed",
  "played",
  "looked",
  "cooked",
  "baked",
  "bought",
  "walked",
  "climbed",
  "encountered",
  "interviewed",
  "photographed"
]);
var OPINION_FRAMES = /* @__PURE__ */ new Set(["view", "opinion", "eyes", "book", "mind", "estimation", "money", "taste", "experience"]);
var OWN_VERBS = /* @__PURE__ */ new Set(["think", "thought", "find", "found", "believe", "consider", "reckon", "would", "'d"]);
var ownJudgement = {
  description: 'The writer frames the judgement as their own: "for my money", "in my view", "I thought", "the best I have eaten"',
  holds: (m) => {
    const ahead = m.wordsAfter(WRITER_AHEAD);
    for (let i = 0; i + 1 < ahead.length; i++) {
      if (ahead[i].lower !== "i" && ahead[i].lower !== "we") continue;
      let k = i + 1;
      const perfect = ["have", "'ve", "had"].includes(ahead[k].lower);
      if (perfect) k++;
      const ever = ahead[k]?.lower === "ever";
      if (ever) k++;
      if (EXPERIENCED.has(ahead[k]?.lower ?? "") || perfect && ever && /ed$/.test(ahead[k]?.lower ?? "")) return true;
    }
    for (let i = m.first - 1; i >= 0 && i >= m.first - WRITER_BACK; i--) {
      const w = m.tokens[i].lower;
      const next2 = m.tokens[i + 1]?.lower ?? "";
      if (w === "me" && ["for", "to"].includes(m.tokens[i - 1]?.lower ?? "")) return true;
      if (w === "my" && OPINION_FRAMES.has(next2)) return true;
      if (w === "i" && OWN_VERBS.has(next2)) return true;
    }
    return false;
  },
  examples: {
    holds: [],
    not: []
  }
};

// server/src/engine/guards/properName.ts
function listItemStart(m) {
  const next2 = m.after();
  return DASHES.has(m.wordBefore()) && !(next2 && next2.kind === "word" && next2.text.charAt(0) !== next2.text.charAt(0).toLowerCase());
}
var properName = {
  description: "The match's first word is capitalised where neither a sentence start, an opening quotation mark nor a list entry's dash explains it (or it is followed by another capitalised word)",
  holds: (m) => m.looksLikeName && !listItemStart(m),
  examples: {
    holds: [],
    not: []
  }
};

// server/src/engine/guards/sentenceStart.ts
var sentenceStart = {
  description: "Nothing but opening punctuation (a quotation mark, a bracket) stands before the match in its sentence",
  holds: (m) => m.atSentenceStart,
  examples: {
    holds: [],
    not: []
  }
};

// server/src/engine/guards/writerAfter.ts
var writerAfter = {
  description: `"I", "me", "my", "we", "us" or "our" in the ${WRITER_AHEAD} words after the match, before any punctuation`,
  holds: (m) => m.wordsAfter(WRITER_AHEAD).some((t) => WRITER_WORDS.has(t.lower)),
  examples: {
    holds: [],
    not: []
  }
};

// server/src/engine/guards/writerBefore.ts
var JOINED_REACH = 25;
var JOIN_REACH = 30;
function firstPersonWithin(tokens, from, reach) {
  for (let i = from; i >= 0 && i > from - reach; i--) {
    if (tokens[i].text === ";" || opensContrast(tokens, i)) return false;
    if (tokens[i].lower === "i" || tokens[i].lower === "we") return true;
  }
  return false;
}
function andJoinBefore(tokens, at) {
  for (let i = at - 1; i > 0 && i >= at - JOIN_REACH; i--) {
    if (tokens[i].text === ";" || opensContrast(tokens, i)) return -1;
    if (tokens[i].lower === "and" && tokens[i - 1].text === ",") return i;
  }
  return -1;
}
var writerBefore = {
  description: 'An "I" or "we" opens the clause before the match (or the clause joined to it by ", and"), not across "; " or ", but"',
  holds: (m) => {
    if (firstPersonWithin(m.tokens, m.first - 1, WRITER_BACK)) return true;
    const join6 = andJoinBefore(m.tokens, m.first);
    return join6 >= 0 && firstPersonWithin(m.tokens, join6 - 2, JOINED_REACH);
  },
  examples: {
    holds: [],
    not: []
  }
};

// server/src/engine/guards/index.ts
var GUARDS = {
  /** The writer's own scope: a judgement framed as the writer's ("for my money", "the best I have eaten"). */
  ownJudgement,
  /** The writer's own scope: an "I"/"we" clause before the match ("I have baked it 23 times, always ..."). */
  writerBefore,
  /** The writer's own scope: "I", "my", "our" ... in the words after the match ("No one on my street"). */
  writerAfter,
  instruction,
  condition,
  negated,
  heldByUnnamed,
  properName,
  clauseStart,
  sentenceStart,
  clauseEnds
};

// server/src/engine/rules/agentlessPassive.ts
var AGENT = "by";
var HABIT_ADVERBS = /* @__PURE__ */ new Set(["widely", "commonly", "generally", "often", "usually", "popularly", "traditionally", "frequently", "sometimes", "conventionally", "long", "repeatedly", "variously"]);
var NEEDS_HABIT = /* @__PURE__ */ new Set(["claimed", "believed", "suspected", "supposed"]);
var agentlessPassive = {
  id: "weasel/agentless-passive",
  category: "weasel",
  defaultSeverity: "warning",
  description: 'A judgement with nobody judging: "It is widely believed", "is regarded as"',
  span: 'from "It" through the participle ("It is widely believed", "It was reported"), or the auxiliary through the participle and "as" ("is widely regarded as", "has been described as", "is considered")',
  message: (flagged) => `"${flagged}" hides who holds this view; say by whom.`,
  why: "The passive removes the person making the judgement, so the reader cannot tell whether it is a consensus, one critic, or the writer.",
  guideline: 'Wikipedia MOS:WEASEL ("it is believed", "is widely regarded as"); AP: attribute judgements',
  fixes: ["by-whom", "citation-needed"],
  clearedBy: "attribution",
  rewrite: (sentence4, start, end) => {
    const flagged = sentence4.slice(start, end).toLowerCase();
    if (flagged.startsWith("it ")) {
      const rest = sentence4.slice(end).replace(/^\s*(that\s+)?/i, "");
      return `${sentence4.slice(0, start)}According to [source], ${rest}`;
    }
    return `${sentence4.slice(0, end)} [by whom: name the source]${sentence4.slice(end)}`;
  },
  phrases: {
    classes: {
      be: PASSIVE_STARTERS,
      itBe: ["it is", "it was", "it's", "it is now", "it was once", "it is also", "it was also"],
      degree: DEGREE_ADVERBS,
      itVerb: ["believed", "said", "thought", "reported", "rumoured", "rumored", "alleged", "claimed", "argued", "suggested", "understood", "assumed", "suspected", "feared", "estimated", "held", "felt", "accepted", "acknowledged", "speculated", "maintained", "contended", "recognized", "recognised", "agreed", "supposed", "presumed", "hoped", "hypothesized", "hypothesised", "theorized", "theorised", "shown", "considered", "known", "noted", "proposed", "conjectured", "doubted", "disputed"],
      asVerb: ["regarded as", "described as", "seen as", "viewed as", "perceived as", "characterized as", "characterised as", "portrayed as", "hailed as", "touted as", "acclaimed as", "praised as", "dismissed as", "criticized as", "criticised as", "thought of as", "cited as", "recognized as", "recognised as", "credited as", "credited with", "blamed for"],
      toVerb: ["believed to", "said to", "thought to", "reported to", "reputed to", "rumoured to", "rumored to", "alleged to", "known to", "estimated to", "claimed to", "supposed to have", "understood to", "considered to", "assumed to", "suspected of", "presumed to", "held to", "deemed to", "felt to"],
      judged: ["considered", "deemed", "dubbed", "labelled", "labeled", "branded"],
      habit: [...HABIT_ADVERBS],
      // Verdicts with their reason: "has been criticised for", "was widely praised for".
      verdict: ["criticized", "criticised", "praised", "condemned", "faulted", "lauded", "applauded", "ridiculed", "derided", "mocked", "attacked", "celebrated", "admired", "panned"],
      // Views with no holder once the clause ends: "The idea has long been argued."
      view: ["argued", "asserted", "assumed", "speculated", "theorised", "theorized", "hypothesised", "hypothesized", "conjectured", "claimed", "believed", "supposed", "suspected"]
    },
    entries: [
      {
        pattern: "@itBe @degree? @itVerb",
        flag: [],
        pass: [],
        notBefore: [AGENT],
        // "It is known as the Old Mill" names it; "It was shown in 1990" shows it.
        unless: [
          { pattern: "known as", after: 1, overlap: 1, adjacent: true },
          { pattern: "shown in", after: 1, overlap: 1, adjacent: true }
        ]
      },
      {
        // "It is well known": the adverb claims a consensus. "It was established in 1901" is a founding, so "established" needs "well" or "that".
        pattern: "@itBe well known|established|documented|understood|accepted|recognised|recognized",
        flag: [],
        pass: [],
        // "well known to the coastguard" says who knows it.
        notBefore: [AGENT, "to"]
      },
      {
        pattern: "@itBe established|documented that",
        trim: [0, 1],
        flag: [],
        pass: []
      },
      {
        pattern: "it has|had @degree? been @degree? @itVerb",
        flag: [],
        notBefore: [AGENT, "as"]
      },
      {
        pattern: "@be @degree? @degree? @asVerb",
        flag: [],
        pass: [],
        notBefore: [AGENT]
      },
      {
        pattern: "@be @degree? @degree? @toVerb",
        flag: [],
        pass: [],
        // "known to us", "known to the police": who knows it is said.
        unless: [{ pattern: "known to us|them|me|him|her|the|police|scholars|historians", after: 1, overlap: 2, adjacent: true }]
      },
      {
        pattern: "@be @degree? @degree? @judged",
        flag: [],
        pass: [],
        // "considered for the post", "considered at the meeting": deliberation, not judgement.
        // An opening quotation mark is the judgement's wording ('was considered "the jewel of the coast"'),
        // which does not end the clause.
        notBefore: [AGENT, "for", "at", "in", "during", "on", "and", "but", "carefully", "first", "last", "again", "separately", "further", "briefly"],
        guards: ["clauseEnds"]
      },
      {
        pattern: "@be @degree? @degree? @verdict for",
        trim: [0, 1],
        flag: [],
        pass: []
      },
      {
        pattern: "@be @degree? @degree? @view",
        flag: [],
        pass: [],
        // "claimed" is also taking a title or land, "believed" trusting a witness ("The witness was
        // believed."): only with an adverb of habit ("has long been claimed") are they a view. Without
        // an adverb of habit other than "long", the clause must end or go on with "that".
        notBefore: [AGENT],
        when: (m) => (!NEEDS_HABIT.has(m.words.at(-1)) || m.words.some((w) => HABIT_ADVERBS.has(w))) && (GUARDS.clauseEnds.holds(m) || m.wordAfter() === "that" || m.words.some((w) => HABIT_ADVERBS.has(w) && w !== "long"))
      },
      {
        // "is traditionally taken as the start": a habit of judgement. Without the adverb, "is taken as" is a method ("the mean is taken as the value").
        pattern: "@be @degree? @habit taken as|to_be",
        flag: [],
        pass: [],
        notBefore: [AGENT]
      },
      {
        // "Although commonly thought of as a fortress, ...", "..., widely regarded as the finest": the judgement with its verb "be" dropped.
        pattern: "@habit @asVerb",
        flag: [],
        pass: [],
        notBefore: [AGENT],
        notAfter: { words: BE_WORDS, within: 2, throughPunctuation: true }
      }
    ]
  }
};

// server/src/engine/rules/hearsayAdverb.ts
var hearsayAdverb = {
  id: "weasel/hearsay-adverb",
  category: "weasel",
  defaultSeverity: "warning",
  description: 'One word passes on a claim: "reportedly", "allegedly", "so-called"',
  span: 'the word: "reportedly", "allegedly", "supposedly", "purportedly", "so-called", "rumoured"/"rumored"',
  message: (flagged) => `"${flagged}" passes on hearsay without saying who reported or alleged it.`,
  why: 'Words like "reportedly" and "allegedly" signal that someone else said it, and hide who. Name the reporter or the accuser, or cite the claim.',
  guideline: "Wikipedia MOS:DOUBT and MOS:WEASEL; AP: say who made the allegation",
  fixes: ["citation-needed"],
  clearedBy: "attribution",
  rewrite: (sentence4, start, end) => {
    let before2 = sentence4.slice(0, start);
    let after = sentence4.slice(end);
    if (/\s$/.test(before2) && /^\s/.test(after)) after = after.replace(/^\s+/, "");
    if (before2 === "" || /^[,]/.test(after)) after = after.replace(/^,\s*/, "");
    if (before2 === "") after = after.charAt(0).toUpperCase() + after.slice(1);
    before2 = before2.replace(/,\s*$/, before2.trim().endsWith(",") ? " " : "");
    const core = (before2 + after).replace(/\s+([.!?])$/, "$1");
    return /[.!?]$/.test(core) ? `${core.slice(0, -1)}, according to [source]${core.slice(-1)}` : `${core}, according to [source]`;
  },
  phrases: {
    classes: {},
    entries: [
      {
        pattern: "reportedly|allegedly|supposedly|purportedly|reputedly|ostensibly",
        flag: [],
        pass: []
      },
      {
        pattern: "so-called",
        flag: [],
        pass: []
      },
      {
        pattern: "so called",
        flag: []
      },
      {
        pattern: "rumoured|rumored",
        flag: [],
        pass: [],
        // "is rumoured to" and "it is rumoured that" are agentless passives, reported by that rule;
        // "a transfer is rumoured for the autumn" is hearsay all the same.
        when: (m) => !(["is", "are", "was", "were", "been", "be", "being", "'s", "widely", "long"].includes(m.wordBefore()) && (m.wordAfter() === "to" || m.wordBefore(2) === "it" || m.wordBefore(3) === "it" || m.wordBefore(4) === "it"))
      }
    ]
  }
};

// server/src/engine/rules/unnamedResearch.ts
var QUALIFIED_BEFORE = /* @__PURE__ */ new Set(["the", "these", "those", "two", "three", "four", "both", "our", "their", "his", "her", "its", "my", "your", "such", "other", "which", "what"]);
var FINDING_VERBS = ["show", "shows", "showed", "shown", "suggest", "suggests", "suggested", "indicate", "indicates", "indicated", "prove", "proves", "proved", "proven", "demonstrate", "demonstrates", "demonstrated", "confirm", "confirms", "confirmed", "find", "finds", "found", "reveal", "reveals", "revealed", "say", "says", "tell", "tells", "link", "links", "linked", "point to", "points to", "pointed to", "support", "supports", "agree", "agrees"];
var unnamedResearch = {
  id: "weasel/unnamed-research",
  category: "weasel",
  defaultSeverity: "warning",
  description: 'Research with no study named: "Studies show", "research suggests"',
  span: 'the cue phrase: "Studies show", "research suggests", "evidence indicates", "science says", "experts warn"',
  message: (flagged) => `"${flagged}" cites research without naming it, so the reader cannot check it.`,
  why: "Appeals to unnamed studies or evidence sound authoritative but cannot be checked. Name the study, its authors or publisher and year, and link it.",
  guideline: 'Wikipedia MOS:WEASEL ("research has shown") and WP:V; AP: name the study and who paid for it',
  fixes: ["citation-needed"],
  clearedBy: "attribution",
  scan: (tokens, names) => vagueHolderCandidates(tokens, "document", names),
  rewrite: (sentence4, start, end) => `${sentence4.slice(0, start)}A [year] study by [authors or publisher] [found]${sentence4.slice(end)}`,
  phrases: {
    classes: {
      qualifier: ["recent", "new", "many", "several", "some", "numerous", "multiple", "scientific", "medical", "clinical", "current", "previous", "earlier", "independent", "growing", "emerging", "mounting", "existing", "past", "countless", "most", "other", "further", "extensive", "a growing body of", "a body of", "a wealth of", "a large body of", "a number of"],
      source: ["studies", "research", "evidence", "science", "data", "surveys", "polls", "findings", "experiments", "trials", "analyses", "tests", "the research", "the evidence", "the science", "the data"],
      helper: ["have", "has", "had", "now", "consistently", "repeatedly", "clearly", "also", "increasingly", "long", "have long", "has long", "have consistently", "has consistently", "have repeatedly", "strongly", "would", "appear to", "appears to", "seem to", "seems to"],
      verb: FINDING_VERBS,
      expertVerb: ["warn", "warned", "caution", "cautioned", "recommend", "recommended", "advise", "advised", "urge", "urged", "predict", "predicted", "estimate", "estimated"]
    },
    entries: [
      {
        pattern: "@qualifier? @source @helper? @verb",
        flag: [],
        pass: [],
        // "the studies" and "our data" point back to something named; "Harvard research" names it.
        when: (m) => {
          const before2 = m.before();
          if (!before2 || before2.kind === "punct") return true;
          if (before2.kind === "number") return false;
          if (isCapitalized(before2)) return false;
          return !["the", "this", "these", "those", "that", "our", "their", "his", "her", "its", "my", "your", "whose", "such", "which", "what", "same", "both", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "latter", "former", "above", "remaining"].includes(before2.lower);
        }
      },
      {
        pattern: "experts|scientists|doctors|researchers|economists warn|warned|caution|cautioned|recommend|recommended|advise|advised|urge|urged|predict|predicted",
        flag: [],
        pass: [],
        when: (m) => {
          const opens = (t) => !t || t.kind === "punct" || ["and", "but", "that", "while", "as", "because", "many", "some", "most"].includes(t.lower);
          if (opens(m.before())) return true;
          const modifier = m.before();
          return modifier.kind === "word" && !QUALIFIED_BEFORE.has(modifier.lower) && (!isCapitalized(modifier) || m.before(2) === void 0) && opens(m.before(2));
        }
      }
    ]
  }
};

// server/src/engine/rules/vaguePluralSource.ts
var SPEECH_AFTER_LETTERS = /* @__PURE__ */ new Set(["say", "said", "says", "claim", "claimed", "claims", "accuse", "accused", "accuses", "allege", "alleged", "alleges", "complain", "complained", "complains", "describe", "described", "describes", "call", "called", "calls", "argue", "argued", "argues", "suggest", "suggested", "suggests", "blame", "blamed", "blames", "warn", "warned", "warns", "insist", "insisted", "criticise", "criticised", "criticize", "criticized", "condemn", "condemned"]);
var BETWEEN = /* @__PURE__ */ new Set(["have", "has", "had", "also", "now", "since", "recently", "repeatedly"]);
var speechFollows = {
  description: 'A verb of speech or accusation in the eight words after the match, before any punctuation (after the sixth word, only through "have", "also", ...)',
  holds: (m) => {
    for (let k = m.last, words2 = 0; k < m.tokens.length && words2 < 8; k++, words2++) {
      const t = m.tokens[k];
      if (t.kind === "punct") return false;
      if (SPEECH_AFTER_LETTERS.has(t.lower)) return true;
      if (!BETWEEN.has(t.lower) && words2 > 5) return false;
    }
    return false;
  },
  examples: {
    holds: [],
    not: []
  }
};
var vaguePluralSource = {
  id: "weasel/vague-plural-source",
  category: "weasel",
  defaultSeverity: "warning",
  description: 'An uncounted pile of sources: "multiple reports", "several accounts"',
  span: 'the cue phrase: "multiple reports", "several accounts", "numerous sources", "various observers"',
  message: (flagged) => `"${flagged}" counts sources without naming any; name and count them.`,
  why: 'A vague plural suggests corroboration without showing it. Readers cannot tell whether "multiple reports" means two tweets or five newspapers.',
  guideline: "Wikipedia MOS:WEASEL; Reuters and BBC sourcing practice: name and count the sources",
  fixes: ["citation-needed"],
  clearedBy: "attribution",
  rewrite: (sentence4, start, end) => {
    const noun = sentence4.slice(start, end).split(/\s+/).at(-1) ?? "reports";
    return replaceSpan(sentence4, start, end, `[number] ${noun}, from [named sources],`);
  },
  phrases: {
    classes: {
      // What kind of report, between the count and the noun: "Several inspection reports", "numerous eyewitness accounts".
      kind: ["inspection", "council", "police", "eyewitness", "witness", "newspaper", "media", "press", "news", "internal", "official", "government", "hospital", "school", "staff", "patient", "customer", "user", "industry", "trade"],
      vague: ["multiple", "several", "numerous", "various", "many", "countless", "unconfirmed", "unverified", "conflicting", "widespread", "anecdotal", "media", "press", "news", "some", "other", "early", "initial", "local", "online", "unnamed"],
      source: ["reports", "accounts", "sources", "witnesses", "eyewitnesses", "outlets", "media reports", "news reports", "press reports", "stories", "allegations", "rumours", "rumors", "testimonies", "claims", "publications", "sightings", "surveys", "polls", "studies"]
    },
    entries: [
      {
        pattern: "@vague @kind? @source",
        flag: [],
        pass: [],
        notAfter: ["the", "these", "those", "his", "her", "their", "our", "its"]
      },
      {
        // "observers" counts as a source only after "multiple", "various", "numerous" or "several".
        pattern: "multiple|various|numerous|several @kind? observers",
        flag: [],
        notAfter: ["the", "these", "those", "his", "her", "their", "our", "its"]
      },
      {
        // "Several letters in the parish magazine have accused the council": correspondents nobody names, once they speak.
        pattern: "several|many|numerous|multiple|various letters|complaints|emails|messages|posts|comments|submissions|callers|petitions",
        flag: [],
        pass: [],
        requires: [speechFollows]
      },
      {
        pattern: "there are|were|have been reports|rumours|rumors|claims|allegations",
        flag: []
      },
      {
        pattern: "reports say|suggest|suggested|indicate|indicated|claim|claimed|emerged|circulated|said",
        flag: [],
        requires: ["clauseStart"]
      }
    ]
  }
};

// server/src/engine/rules/figureFrames.ts
var RULE_WORDS = /* @__PURE__ */ new Set([
  "must",
  "required",
  "require",
  "requires",
  "requirement",
  "requirements",
  "defined",
  "defines",
  "define",
  "definition",
  "qualify",
  "qualifies",
  "entitled",
  "mandates",
  "mandated",
  "mandatory",
  "bylaws",
  "statute",
  "statutory"
]);
var SPEECH_NOUNS = /* @__PURE__ */ new Set(["claim", "claims", "assertion", "argument", "insistence", "emphasis", "contention", "estimate", "statement", "boast", "warning", "prediction", "suggestion", "belief", "assurance", "admission", "testimony", "calculation"]);
var NEEDS = /* @__PURE__ */ new Set(["takes", "take", "needs", "need"]);
var GOALS = /* @__PURE__ */ new Set(["win", "clinch", "secure", "qualify", "pass", "override", "nominate", "block", "force", "trigger"]);
var TARGET_WORDS = /* @__PURE__ */ new Set(["target", "targets", "goal", "goals"]);
var LIMIT_WORDS = /* @__PURE__ */ new Set([
  "recommended",
  "threshold",
  "thresholds",
  "cap",
  "capped",
  "ceiling",
  "quota",
  "limit",
  "limits",
  "allowable",
  "permissible"
]);
var ALLEGATION_WORDS = /* @__PURE__ */ new Set([
  "accused",
  "accuses",
  "accusing",
  "accusation",
  "accusations",
  "alleged",
  "allegedly",
  "alleging",
  "alleges",
  "allegation",
  "allegations",
  "indicted",
  "indictment",
  "suspected",
  "pleaded",
  "convicted"
]);
var CHARGES = /* @__PURE__ */ new Set(["charged", "charging", "charges"]);
var SPEAKER_ROLES = /* @__PURE__ */ new Set(["mayor", "minister", "president", "governor", "senator", "chairman", "chairwoman", "chief", "ceo", "director", "spokesman", "spokeswoman", "spokesperson", "government", "ministry", "company", "council", "department", "agency", "police", "prosecutor", "candidate", "campaign"]);
var ACCUSERS = /* @__PURE__ */ new Set(["prosecutors", "prosecutor", "police", "state", "government", "regulator", "regulators", "commission", "department", "agency", "court", "jury", "attorney", "lawsuit", "suit", "complaint", "indictment", "filing", "petition"]);
var HOLDER_TO_INTENTION = /* @__PURE__ */ new Set(["has", "have", "had", "is", "was", "are", "were", "will", "would", "also", "repeatedly", "already", "now", "still", "reportedly", "publicly", "once", "long", "often", "recently", "just", "previously", "even", "been", "who", "which", "and"]);
var INTENTION_NOUNS = /* @__PURE__ */ new Set(["plan", "plans", "proposal", "proposals", "promise", "pledge", "aim", "bid", "offer"]);
var NOUN_INTRODUCERS = /* @__PURE__ */ new Set(["announced", "unveiled", "outlined", "touted", "released", "introduced", "detailed", "floated", "announces", "unveils"]);
var INTENTION_WORDS = /* @__PURE__ */ new Set([
  "plan",
  "plans",
  "planned",
  "planning",
  "aim",
  "aims",
  "aimed",
  "aiming",
  "want",
  "wants",
  "wanted",
  "intend",
  "intends",
  "intended",
  "hope",
  "hopes",
  "hoped",
  "promise",
  "promised",
  "promises",
  "promising",
  "pledge",
  "pledged",
  "pledges",
  "pledging",
  "vow",
  "vowed",
  "vows",
  "proposal",
  "proposals",
  "proposes",
  "proposed",
  "proposing",
  "seeks",
  "sought",
  "seeking",
  "offered",
  "offers",
  "offering"
]);
var TOTAL_VERBS = /* @__PURE__ */ new Set(["brings", "brought", "bringing", "takes", "took", "taking", "pushes", "pushed", "pushing", "lifts", "lifted", "lifting"]);
var TOTAL_SUBJECTS = /* @__PURE__ */ new Set(["that", "this", "which", "it"]);
var SIZE_HOLDERS = /* @__PURE__ */ new Set([
  "nation",
  "country",
  "city",
  "town",
  "village",
  "bloc",
  "state",
  "region",
  "county",
  "island",
  "community",
  "district",
  "province",
  "continent",
  "population",
  "crowd",
  "crowds",
  "audience",
  "audiences",
  "gathering",
  "throng"
]);
var SIZE_HEDGES = /* @__PURE__ */ new Set(["about", "around", "roughly", "nearly", "almost", "some", "over", "under", "less", "fewer", "more", "than", "just", "perhaps", "at", "least", "approximately", "close", "to"]);
var CONTINUING_AFTER_DASH = /* @__PURE__ */ new Set(["with", "and", "or", "plus", "including"]);
var DASHES2 = /* @__PURE__ */ new Set(["\u2014", "\u2013", "\u2015", "--"]);
var CLAUSE_MARKS = /* @__PURE__ */ new Set([",", ";", ":", "(", ")", "[", "]"]);
var CURRENCY = /* @__PURE__ */ new Set(["$", "\xA3", "\u20AC", "\xA5", "\u20B9"]);
function clauseBreak(tokens, k) {
  const t = tokens[k];
  if (t.kind !== "punct") return false;
  if (CLAUSE_MARKS.has(t.text)) return true;
  const dash = DASHES2.has(t.text) || t.text === "-" && (tokens[k - 1]?.end ?? -1) < t.start && (tokens[k + 1]?.start ?? Infinity) > t.end;
  return dash && !CONTINUING_AFTER_DASH.has(tokens[k + 1]?.lower ?? "");
}
function namesSomeone2(tokens, k, first, names) {
  const t = tokens[k];
  if (!isCapitalized(t)) return false;
  if (k !== first) return true;
  const bare = isPossessive(t.lower) ? t.lower.replace(/['\u2019]s?$/, "") : t.lower;
  const next2 = tokens[k + 1];
  return names.isName(bare) === true || next2 !== void 0 && isCapitalized(next2);
}
function figureFrames(tokens, names) {
  const n = tokens.length;
  const framed = new Array(n).fill("none");
  const clause = new Array(n);
  const ruleClause = [];
  const needClause = [];
  let id = 0;
  for (let k = 0; k < n; k++) {
    if (clauseBreak(tokens, k)) id++;
    clause[k] = id;
    const w = tokens[k].lower;
    ruleClause[id] ||= RULE_WORDS.has(w) || isHaveTo(tokens, k) || needClause[id] === true && w === "to" && GOALS.has(tokens[k + 1]?.lower ?? "");
    needClause[id] ||= NEEDS.has(w);
  }
  const first = tokens.findIndex((t) => t.kind === "word");
  let named = false;
  let alleged = -1;
  let accuser = false;
  let intended = -1;
  let totalled = -1;
  let said = false;
  for (let k = 0; k < n; k++) {
    const t = tokens[k];
    const c = clause[k];
    if (namesSomeone2(tokens, k, first, names)) named = true;
    if (SPEECH_NOUNS.has(t.lower) && tokens[k + 1]?.lower === "that" && speakerOwns(tokens, k, first, names)) said = true;
    else if (clauseBreak(tokens, k)) said = false;
    if (said) {
      framed[k] = "framed";
      continue;
    }
    if (ALLEGATION_WORDS.has(t.lower) || CHARGES.has(t.lower) && tokens.slice(k + 1, k + 4).some((x) => x.lower === "with")) {
      alleged = c;
      accuser = accuserNamed(tokens, k, named);
    }
    if (INTENTION_WORDS.has(t.lower) && tokens[k + 1]?.lower === "to" && intentionHolder(tokens, k, first, names, named)) intended = c;
    if (TOTAL_VERBS.has(t.lower) && (TOTAL_SUBJECTS.has(tokens[k - 1]?.lower ?? "") || t.lower.endsWith("ing") && tokens[k - 1]?.text === ",")) totalled = c;
    if (ruleClause[c] || intended === c || alleged === c && accuser) framed[k] = "framed";
    else if (alleged === c) framed[k] = "allegation";
    else if (t.kind !== "number") continue;
    else if (thresholdNeeded(tokens, k) || totalled === c && tokens[before(tokens, k, false)]?.lower === "to" || limitBeside(tokens, k) || sizeOf(tokens, k)) framed[k] = "framed";
  }
  return (index) => framed[index] ?? "none";
}
function accuserNamed(tokens, k, namedBefore) {
  const word = tokens[k].lower;
  if (word === "allegedly") return false;
  const passive = BE_WORDS.has(tokens[k - 1]?.lower ?? "") || BE_WORDS.has(tokens[k - 2]?.lower ?? "") || word === "alleged";
  if (!passive) return namedBefore || ACCUSERS.has(tokens[k - 1]?.lower ?? "") || ACCUSERS.has(tokens[k - 2]?.lower ?? "");
  for (let j = k + 1; j < tokens.length && j <= k + 4; j++) {
    if (tokens[j].lower === "by") return isCapitalized(tokens[j + 1] ?? tokens[j]) || isCapitalized(tokens[j + 2] ?? tokens[j]);
  }
  return false;
}
function thresholdNeeded(tokens, k) {
  for (let j = k + 1; j < tokens.length && j <= k + 3; j++) {
    if (tokens[j].kind === "punct") return false;
    if (tokens[j].lower === "needed" || tokens[j].lower === "required") return tokens[j + 1]?.lower === "to" && GOALS.has(tokens[j + 2]?.lower ?? "");
  }
  return false;
}
function intentionHolder(tokens, k, first, names, namedBefore) {
  let j = k - 1;
  if (INTENTION_NOUNS.has(tokens[k].lower)) {
    for (let p = k - 1; p >= 0 && k - p <= 2; p--) {
      const w = tokens[p].lower;
      if (isPossessive(w) && tokens[p].kind === "word") return true;
      if (w === "her" || w === "his" || w === "their" || w === "with") return namedBefore;
    }
    if (NOUN_INTRODUCERS.has(tokens[j]?.lower ?? "")) j--;
  }
  while (j >= 0 && k - j <= 6 && HOLDER_TO_INTENTION.has(tokens[j].lower)) j--;
  if (nameNear(tokens, j, first, names)) return true;
  if (tokens[j]?.kind === "punct" && (tokens[j].text === "," || DASHES2.has(tokens[j].text) || tokens[j].text === "-")) {
    if (nameNear(tokens, j - 1, first, names)) return true;
    for (let a = j - 1; a >= 0 && j - a <= 12; a--) if (tokens[a].text === ",") return nameNear(tokens, a - 1, first, names);
  }
  return false;
}
function speakerOwns(tokens, k, first, names) {
  for (let p = k - 1; p >= 0 && k - p <= 2; p--) {
    const t = tokens[p];
    if (t.kind === "punct") return false;
    if (isPossessive(t.lower)) return namesSomeone2(tokens, p, first, names) || SPEAKER_ROLES.has(t.lower.replace(/['\u2019]s?$/, ""));
  }
  return false;
}
function nameNear(tokens, j, first, names) {
  for (let h = j; h >= 0 && j - h <= 2; h--) {
    if (tokens[h].kind === "punct") return false;
    if (namesSomeone2(tokens, h, first, names)) return true;
  }
  return false;
}
function isHaveTo(tokens, k) {
  const w = tokens[k].lower;
  return (w === "have" || w === "has") && tokens[k + 1]?.lower === "to";
}
function before(tokens, k, closeTo = true) {
  let j = k - 1;
  if (CURRENCY.has(tokens[j]?.text ?? "")) j--;
  while (j >= 0 && j >= k - 4 && SIZE_HEDGES.has(tokens[j].lower) && (closeTo || tokens[j].lower !== "to")) j--;
  return j;
}
function limitBeside(tokens, k) {
  const share = tokens[k + 1]?.text === "%" || tokens[k + 1]?.lower === "percent" || tokens[k + 1]?.lower === "per";
  for (let j = k - 1; j >= 0 && j >= k - 3; j--) {
    if (tokens[j].kind === "punct" && !CURRENCY.has(tokens[j].text)) break;
    if (LIMIT_WORDS.has(tokens[j].lower) || share && TARGET_WORDS.has(tokens[j].lower)) return true;
  }
  for (let j = k + 1; j < tokens.length && j <= k + 3; j++) {
    if (LIMIT_WORDS.has(tokens[j].lower) || TARGET_WORDS.has(tokens[j].lower)) return true;
    if (tokens[j].kind === "punct" && tokens[j].text !== "%") break;
  }
  return false;
}
function sizeOf(tokens, k) {
  const j = before(tokens, k);
  return tokens[j]?.lower === "of" && SIZE_HOLDERS.has(tokens[j - 1]?.lower ?? "");
}

// server/src/engine/text/search.ts
function firstAtOrAfter(items, value, key) {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = lo + hi >> 1;
    if (key(items[mid]) < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
var StretchIndex = class {
  starts = [];
  /** reach[i]: the furthest end among the first i + 1 stretches by start. */
  reach = [];
  constructor(stretches) {
    const sorted = [...stretches].sort((a, b) => a.offset - b.offset);
    let reach = -Infinity;
    for (const s of sorted) {
      reach = Math.max(reach, s.offset + s.length);
      this.starts.push(s.offset);
      this.reach.push(reach);
    }
  }
  /** Does a stretch overlap [from, to), that is start before `to` and end after `from`? */
  overlaps(from, to) {
    const last = firstAtOrAfter(this.starts, to, (start) => start) - 1;
    return last >= 0 && this.reach[last] > from;
  }
  /** Does a stretch hold `offset`? */
  holds(offset) {
    return this.overlaps(offset, offset + 1);
  }
};

// server/src/engine/rules/unsourcedStatistic.ts
var SMALL_NUMBERS = /* @__PURE__ */ new Set(["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"]);
var DENOMINATORS = /* @__PURE__ */ new Set(["two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "twenty", "hundred", "thousand", "million"]);
var PERCENT_WORDS = /* @__PURE__ */ new Set(["percent", "per cent", "pc", "percentage"]);
var MULTIPLIERS = /* @__PURE__ */ new Set(["thousand", "million", "billion", "trillion", "bn", "m"]);
var CHANGE_VERBS = /* @__PURE__ */ new Set(["doubled", "tripled", "trebled", "quadrupled", "halved"]);
var NOT_A_CHANGE_AFTER = /* @__PURE__ */ new Set(["as", "up", "over", "back", "down"]);
var FUTURE_CHANGE = /* @__PURE__ */ new Set(["double", "triple", "treble", "quadruple", "halve"]);
var BEFORE_FUTURE_CHANGE = /* @__PURE__ */ new Set(["will", "would", "could", "to", "'ll", "should", "might", "may", "set"]);
var HALF_QUALIFIERS = /* @__PURE__ */ new Set(["less", "more", "over", "nearly", "almost", "about", "roughly", "around", "under", "barely", "just"]);
var COMPARATIVE_AFTER_TIMES = /* @__PURE__ */ new Set(["as", "more", "less", "higher", "lower", "larger", "bigger", "greater", "faster", "slower", "cheaper", "the"]);
var PRICE_VERBS = /* @__PURE__ */ new Set(["costs", "cost", "retails", "priced", "sells"]);
var CURRENCY_SYMBOLS = /* @__PURE__ */ new Set(["$", "\xA3", "\u20AC", "\xA5", "\u20B9"]);
var CURRENCY_WORDS = /* @__PURE__ */ new Set(["dollars", "euros", "pounds", "yen", "francs", "pence", "cents", "usd", "eur", "gbp"]);
var COMPARATIVES_AFTER_FRACTION = /* @__PURE__ */ new Set(["more", "less", "higher", "lower", "cheaper", "dearer", "bigger", "smaller", "larger", "fewer"]);
var FRACTION_WORDS = /* @__PURE__ */ new Set(["third", "quarter", "fifth", "sixth", "tenth", "thirds", "quarters", "fifths", "tenths"]);
var MEASURES_OF = /* @__PURE__ */ new Set(["an", "hour", "hours", "mile", "miles", "century", "way", "inch", "cup", "teaspoon", "tablespoon", "pint", "pound", "kilometre", "kilometer", "second", "minute", "day", "page"]);
var CHANGE_BY_VERBS = /* @__PURE__ */ new Set(["rose", "risen", "rises", "fell", "fallen", "falls", "increased", "increases", "decreased", "dropped", "grew", "grown", "climbed", "declined", "shrank", "shrunk", "jumped", "soared", "slumped", "plunged", "cut", "reduced", "raised", "lowered", "warmed", "cooled"]);
var MARKET_VERBS = /* @__PURE__ */ new Set(["closed", "opened", "ended", "finished", "traded", "trading", "closing"]);
var MARKET_MOVES = /* @__PURE__ */ new Set(["up", "down", "off", "higher", "lower", "gaining", "losing", "rising", "falling"]);
var FRACTIONS = /* @__PURE__ */ new Set(["two-thirds", "three-quarters", "one-third", "one-quarter", "one-fifth", "two-fifths", "three-fifths", "four-fifths", "one-tenth", "nine-tenths"]);
var UNITS2 = /* @__PURE__ */ new Set([
  "metres",
  "meters",
  "metre",
  "meter",
  "m",
  "km",
  "kilometres",
  "kilometers",
  "miles",
  "mile",
  "feet",
  "ft",
  "foot",
  "inches",
  "cm",
  "mm",
  "yards",
  "tonnes",
  "tons",
  "kg",
  "kilograms",
  "grams",
  "g",
  "lb",
  "lbs",
  "square",
  "sq",
  "hectares",
  "acres",
  "litres",
  "liters",
  "gallons",
  "years",
  "bc",
  "bce",
  "ad",
  "ce",
  "volts",
  "watts",
  "mw",
  "kw",
  "gw",
  "hp",
  "horsepower",
  "calories",
  "kcal",
  "degrees",
  "pages",
  "words",
  "bytes",
  "mb",
  "gb",
  "km2",
  "kph",
  "mph",
  "seconds",
  "minutes",
  "hours",
  "days",
  "weeks",
  "months",
  "decades",
  "centuries",
  "bpm",
  "hz",
  "khz",
  "mhz"
]);
var HYPHEN_UNITS = /* @__PURE__ */ new Set([
  "watt",
  "volt",
  "metre",
  "meter",
  "mile",
  "foot",
  "inch",
  "yard",
  "tonne",
  "ton",
  "kilogram",
  "gram",
  "litre",
  "liter",
  "gallon",
  "acre",
  "hectare",
  "year",
  "month",
  "week",
  "day",
  "hour",
  "minute",
  "second",
  "decade",
  "century",
  "page",
  "word",
  "degree",
  "calorie",
  "kilometre",
  "kilometer",
  "horsepower",
  "seat",
  "bed",
  "room",
  "storey",
  "story",
  "square",
  "member",
  "strong",
  "person"
]);
var TIMES_THE = /* @__PURE__ */ new Set(["price", "cost", "rate", "size", "amount", "number", "average", "level", "value", "risk", "odds", "speed", "income", "total", "share", "population", "budget", "salary", "wage", "wages"]);
var GLUED_MULTIPLIER = /^\d[\d,.]*(million|billion|trillion|bn|mn)$/i;
var SIZE_COMPOUNDS = /* @__PURE__ */ new Set(["member", "strong", "person", "seat"]);
var SURVEY_METHOD_VERBS = /* @__PURE__ */ new Set(["surveyed", "interviewed", "sampled", "questioned", "contacted"]);
var DESIGN_AFTER = /* @__PURE__ */ new Set(["power", "confidence", "ci", "credible", "significance"]);
var APPROXIMATORS = /* @__PURE__ */ new Set(["about", "around", "roughly", "nearly", "almost", "approximately", "some", "over"]);
var APPROXIMATOR_PAIRS = /* @__PURE__ */ new Set(["more than", "upwards of", "at least", "well over", "just over", "close to"]);
var CAPACITY_VERBS = /* @__PURE__ */ new Set(["seats", "seat", "sleeps", "sleep", "accommodates", "accommodate", "holds", "hold"]);
var HELD_EVENTS = /* @__PURE__ */ new Set(["events", "meetings", "concerts", "classes", "sessions", "services", "elections", "races", "shows", "matches", "games", "fairs", "markets", "auctions", "workshops", "talks", "lectures", "courses", "exhibitions", "parties", "tournaments", "competitions", "records", "titles", "seats", "shares", "stakes", "posts", "offices", "patents", "degrees", "votes", "a", "an", "each", "every", "per", "annually", "yearly", "weekly", "monthly"]);
var HEDGED_COUNT_MIN = 100;
var IDENTIFIER_NOUNS = /* @__PURE__ */ new Set(["number", "registration", "reg", "ref", "reference", "licence", "license", "patent", "serial", "isbn", "issn"]);
var NOT_NAMES_BEFORE_NUMBER = /* @__PURE__ */ new Set(["about", "around", "roughly", "nearly", "almost", "approximately", "some", "over", "under", "only", "just", "more", "fewer", "less", "at", "by", "up", "to", "in", "of", "from", "since", "until", "for", "and", "or", "but", "the", "all", "another", "exactly", "perhaps", "maybe", "than", "i"]);
var FIGURE_AFTER = /* @__PURE__ */ new Set(["percent", "per", "million", "billion", "trillion", "thousand", "votes", "people"]);
var SPELLED_NUMBERS2 = /* @__PURE__ */ new Set([...SMALL_NUMBERS, "eleven", "twelve", "twenty", "thirty", "forty", "fifty", "hundred", "dozen"]);
var PERMISSIONS = /* @__PURE__ */ new Set(["may", "allowed", "permitted", "entitled", "limited"]);
var CHANGE_NOUNS = /* @__PURE__ */ new Set(["rise", "increase", "fall", "drop", "cut", "decrease", "decline", "jump", "gain", "loss", "reduction", "change", "growth"]);
var COMPOSITION_AFTER = /* @__PURE__ */ new Set(["recycled", "organic", "reclaimed", "recyclable", "alcohol", "abv", "proof", "cocoa", "cotton", "wool", "silk", "linen", "polyester", "nylon", "butterfat", "fat", "sugar", "protein"]);
var MADE_PREPOSITIONS = /* @__PURE__ */ new Set(["from", "of", "with"]);
var AVERAGE_OPENERS = /* @__PURE__ */ new Set(["the", "an", "on"]);
var ERA_UNITS = /* @__PURE__ */ new Set(["bc", "bce", "ad", "ce"]);
var OWN_DEEDS = /* @__PURE__ */ new Set([
  "gave",
  "given",
  "handed",
  "distributed",
  "delivered",
  "served",
  "fed",
  "packed",
  "shipped",
  "sold",
  "raised",
  "spent",
  "earned",
  "made",
  "received",
  "bought",
  "paid",
  "invested",
  "donated",
  "hired",
  "recruited",
  "trained",
  "opened",
  "built",
  "installed",
  "repaired",
  "answered",
  "processed",
  "launched",
  "added",
  "doubled",
  "tripled",
  "trebled",
  "halved",
  "increased",
  "expanded",
  "grew",
  "grown",
  "produced",
  "ran",
  "operated",
  "housed",
  "helped",
  "supported",
  "welcomed",
  "hosted",
  "lost",
  "planted",
  "funded",
  "awarded",
  "lent",
  "sent",
  "employed",
  "took",
  "taken",
  "managed",
  // Present tense, only for what an organisation does rather than what people in general do.
  "employ",
  "operate",
  "run"
]);
var WE_TO_DEED = /* @__PURE__ */ new Set(["have", "had", "will", "also", "then", "now", "again", "still", "already", "just", "recently", "together", "once", "finally", "successfully"]);
var WE_FORMS = /* @__PURE__ */ new Set(["we", "we've", "we'd", "we'll"]);
var OWN_PLANS = /* @__PURE__ */ new Set([
  "begin",
  "start",
  "recruit",
  "enrol",
  "enroll",
  "randomise",
  "randomize",
  "follow",
  "run",
  "conduct",
  "launch",
  "open",
  "hire",
  "employ",
  "build",
  "test",
  "survey",
  "interview",
  "sample",
  "treat",
  "expand",
  "extend",
  "repeat",
  "distribute",
  "deliver",
  "plant",
  "train",
  "fund",
  "invite",
  "enter",
  "add",
  "publish"
]);
var PLAN_VERBS = /* @__PURE__ */ new Set(["plan", "intend", "aim", "expect"]);
var NOT_A_RECORD_BEFORE_WE = /* @__PURE__ */ new Set(["if", "unless", "until", "that", "whether"]);
var OWN_RECORD_NOUNS = /* @__PURE__ */ new Set([
  "income",
  "spending",
  "expenditure",
  "costs",
  "revenue",
  "revenues",
  "turnover",
  "sales",
  "surplus",
  "deficit",
  "reserves",
  "profit",
  "profits",
  "budget",
  "payroll",
  "accounts",
  "appeal",
  "campaign",
  "fundraiser",
  "fundraising",
  "donations",
  "shop",
  "shops",
  "store",
  "stores",
  "volunteers",
  "staff",
  "fleet",
  "warehouse",
  "van",
  "vans",
  "app",
  "website",
  "subscribers",
  "orders",
  "membership",
  // Fundraising events: "Our spring plant sale raised".
  "sale",
  "fair",
  "raffle",
  "auction",
  "gala",
  "concert",
  "dinner",
  "collection",
  "drive",
  "tombola",
  "event",
  "events",
  // The writer's own service: "Our unit carries out about 4,200 colonoscopies a year".
  "unit",
  "clinic",
  "team",
  "service",
  "department",
  "ward",
  "practice",
  "library",
  "lab",
  "laboratory",
  "helpline",
  "kitchen",
  "bakery",
  "workshop"
]);
var RECORD_VERBS = /* @__PURE__ */ new Set([...OWN_DEEDS, "was", "were", "came", "totalled", "totaled", "reached", "stood", "rose", "fell", "carries", "carried", "performs", "performed", "treats", "treated", "sees", "saw", "handles", "handled", "answers", "lends", "serves", "bakes", "baked", "makes", "repairs"]);
var PROPOSALS = /* @__PURE__ */ new Set(["propose", "proposed", "request", "requested"]);
var DERIVED_OPENERS = /* @__PURE__ */ new Set(["means", "makes", "comes", "works", "leaves"]);
function derivedOrDecided(tokens, first) {
  const [a, b] = [tokens[first]?.lower ?? "", tokens[first + 1]?.lower ?? ""];
  if ((a === "that" || a === "this") && DERIVED_OPENERS.has(b)) return true;
  if ((a === "that" || a === "this") && (b === "is" || b === "'s")) {
    let k = first + 2;
    if (APPROXIMATORS.has(tokens[k]?.lower ?? "")) k++;
    const after = tokens[k + 1];
    return isNumberLike(tokens[k]) && after !== void 0 && (after.text === "%" || ["in", "out", "percent", "per"].includes(after.lower) || tokens[k + 2]?.lower === "in" && after.kind === "word");
  }
  return a === "resolved" && (b === "that" || b === ":");
}
function ownRecordStart(tokens) {
  const first = tokens.findIndex((t) => t.kind !== "punct");
  if (first >= 0 && derivedOrDecided(tokens, first)) return first;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (WE_FORMS.has(t.lower)) {
      if (NOT_A_RECORD_BEFORE_WE.has(tokens[i - 1]?.lower ?? "")) continue;
      let k = i + 1;
      let future = t.lower === "we'll";
      for (; k < tokens.length && k - i <= 3 && WE_TO_DEED.has(tokens[k].lower); k++) if (tokens[k].lower === "will") future = true;
      if (OWN_DEEDS.has(tokens[k]?.lower ?? "") || PROPOSALS.has(tokens[k]?.lower ?? "")) return i;
      if (PLAN_VERBS.has(tokens[k]?.lower ?? "") && tokens[k + 1]?.lower === "to") {
        future = true;
        k += 2;
      }
      if (future && OWN_PLANS.has(tokens[k]?.lower ?? "")) return i;
    } else if (t.lower === "our") {
      for (let k = i + 1; k < tokens.length && k - i <= 5 && tokens[k].kind === "word"; k++) {
        if (OWN_RECORD_NOUNS.has(tokens[k].lower) && RECORD_VERBS.has(tokens[k + 1]?.lower ?? "")) return i;
      }
    }
  }
  return -1;
}
function isIdentifier(tokens, i) {
  if (/^0\d{2,}/.test(tokens[i].text) || /^0\d{2,}/.test(tokens[i - 1]?.text ?? "")) return true;
  if (tokens[i - 1]?.text === "-" && tokens[i - 1].start === tokens[i - 2]?.end && tokens[i - 2]?.kind === "number" && tokens[i].start === tokens[i - 1].end && isIdentifier(tokens, i - 2)) return true;
  const name = tokens[i - 1];
  if (name && isCapitalized(name) && !/[,.]/.test(tokens[i].text) && !NOT_NAMES_BEFORE_NUMBER.has(name.lower) && !FIGURE_AFTER.has(tokens[i + 1]?.lower ?? "") && tokens[i + 1]?.text !== "%") return true;
  let k = i - 1;
  if (tokens[k]?.text === "." || tokens[k]?.text === ":" || tokens[k]?.text === "#") k--;
  const word = tokens[k]?.lower ?? "";
  if (IDENTIFIER_NOUNS.has(word)) return true;
  return (word === "no" || word === "nos") && tokens[k + 1]?.text === ".";
}
function marketLevel(tokens, i) {
  const k = CURRENCY_SYMBOLS.has(tokens[i - 1]?.text ?? "") ? i - 2 : i - 1;
  return tokens[k]?.lower === "at" && MARKET_VERBS.has(tokens[k - 1]?.lower ?? "");
}
function marketVerbBefore(tokens, i) {
  for (let k = i - 2; k >= 0 && k >= i - 8; k--) if (MARKET_VERBS.has(tokens[k].lower) && tokens[k + 1]?.lower === "at") return true;
  return false;
}
function methodOfSurvey(tokens, i) {
  let k = i - 1;
  while (k >= 0 && k >= i - 3 && APPROXIMATORS.has(tokens[k].lower)) k--;
  if (SURVEY_METHOD_VERBS.has(tokens[k]?.lower ?? "")) return true;
  if (tokens[i - 1]?.lower === "minus" && tokens[i - 2]?.lower === "or" && tokens[i - 3]?.lower === "plus") return true;
  for (let j = i - 1; j >= 0 && j >= i - 6; j--) if (tokens[j].lower === "margin" || tokens[j].lower === "error") return tokens[j].lower === "error" || tokens[j + 1]?.lower === "of";
  return false;
}
function unitAfter(tokens, i) {
  const next2 = tokens[i + 1];
  if (!next2) return false;
  if (UNITS2.has(next2.lower) || SIZE_COMPOUNDS.has(next2.lower)) return true;
  const word = tokens[i + 2];
  return next2.text === "-" && next2.start === tokens[i].end && word?.kind === "word" && word.start === next2.end && (HYPHEN_UNITS.has(word.lower) || UNITS2.has(word.lower));
}
function hedgedCountStart(tokens, i) {
  const t = tokens[i];
  if (t.kind !== "number" || !/^\d[\d,]*$/.test(t.text)) return -1;
  const value = Number(t.text.replace(/,/g, ""));
  if (value < HEDGED_COUNT_MIN || !t.text.includes(",") && /^(1[0-9]|20)\d\d$/.test(t.text)) return -1;
  const next2 = tokens[i + 1];
  if (next2?.kind !== "word" || unitAfter(tokens, i) || MULTIPLIERS.has(next2.lower) || PERCENT_WORDS.has(next2.lower) || CURRENCY_WORDS.has(next2.lower)) return -1;
  const pair = `${tokens[i - 2]?.lower ?? ""} ${tokens[i - 1]?.lower ?? ""}`;
  if (APPROXIMATOR_PAIRS.has(pair)) return i - 2;
  return APPROXIMATORS.has(tokens[i - 1]?.lower ?? "") ? i - 1 : -1;
}
function capacity(tokens, i) {
  let k = i - 1;
  if (APPROXIMATORS.has(tokens[k]?.lower ?? "")) k--;
  else if (APPROXIMATOR_PAIRS.has(`${tokens[k - 1]?.lower ?? ""} ${tokens[k]?.lower ?? ""}`) || tokens[k]?.lower === "to" && tokens[k - 1]?.lower === "up") k -= 2;
  const verb = tokens[k]?.lower ?? "";
  if (!CAPACITY_VERBS.has(verb)) return false;
  if (verb !== "holds" && verb !== "hold") return true;
  for (let j = i + 1; j < tokens.length && j <= i + 3; j++) {
    if (tokens[j].kind === "punct") break;
    if (HELD_EVENTS.has(tokens[j].lower)) return false;
  }
  return true;
}
var SPELLED_VALUES = { one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12, twenty: 20, hundred: 100, thousand: 1e3, million: 1e6 };
function countValue(token) {
  if (!token) return void 0;
  if (token.kind === "number") {
    const n = Number(token.text.replace(/,/g, ""));
    return Number.isFinite(n) ? n : void 0;
  }
  return SPELLED_VALUES[token.lower];
}
function notAShare(part, whole) {
  const a = countValue(part);
  const b = countValue(whole);
  return a !== void 0 && b !== void 0 && a >= b;
}
var HALF_MEASURES = /* @__PURE__ */ new Set(["second", "minute", "hour", "day", "week", "month", "year", "century", "decade", "term", "season", "mile", "metre", "meter", "kilometre", "kilometer", "inch", "foot", "yard", "litre", "liter", "pint", "gallon", "pound", "kilo", "tonne", "ton", "dozen", "cup", "teaspoon", "tablespoon", "page", "lap", "length", "step", "turn", "size"]);
function isOrdinal(token) {
  return token?.kind === "number" && /\d(st|nd|rd|th)$/i.test(token.text);
}
function isNumberLike(token) {
  return token !== void 0 && (token.kind === "number" && !isOrdinal(token) || SMALL_NUMBERS.has(token.lower));
}
function isLargeCount(token) {
  if (token.kind !== "number" || !/^\d[\d,]*$/.test(token.text)) return false;
  if (token.text.includes(",")) return Number(token.text.replace(/,/g, "")) >= 1e3;
  const value = Number(token.text);
  return value >= 1e4;
}
function permitted(tokens, i) {
  for (let k = i - 1; k >= 0 && k >= i - 3; k--) if (PERMISSIONS.has(tokens[k].lower)) return true;
  return false;
}
function fromToEnds(tokens, from) {
  let k = from + 1;
  if (CURRENCY_SYMBOLS.has(tokens[k]?.text ?? "")) k++;
  if (tokens[k]?.kind !== "number") return -1;
  let to = k + 1;
  if (tokens[to]?.lower !== "to") to++;
  if (tokens[to]?.lower !== "to") return -1;
  k = to + 1;
  if (CURRENCY_SYMBOLS.has(tokens[k]?.text ?? "")) k++;
  return tokens[k]?.kind === "number" ? k : -1;
}
function derivedOrComposition(tokens, i, end, fromToEnd) {
  const before2 = tokens[i - 1]?.lower ?? "";
  if (fromToEnd >= 0 && fromToEnd < i) {
    if (before2 === "by" || before2 === "up" || before2 === "down") return true;
    if (before2 === "of" && CHANGE_NOUNS.has(tokens[i - 2]?.lower ?? "")) return true;
    if (CHANGE_NOUNS.has(tokens[end + 1]?.lower ?? "")) return true;
  }
  if (MADE_PREPOSITIONS.has(before2) && tokens[i - 2]?.lower === "made") return true;
  return COMPOSITION_AFTER.has(tokens[end + 1]?.lower ?? "");
}
var FIGURE_WORDS = /* @__PURE__ */ new Set([...SPELLED_NUMBERS2, ...FUTURE_CHANGE, ...CHANGE_VERBS, ...FRACTION_WORDS, ...FRACTIONS, "half", "twice", "thrice"]);
function mayHoldFigure(tokens) {
  for (const t of tokens) if (t.kind === "number" || FIGURE_WORDS.has(t.lower)) return true;
  return false;
}
var tokenStart = (t) => t.start;
function scanStatistics(tokens, names = NO_NAMES) {
  const found = [];
  if (!mayHoldFigure(tokens)) return found;
  let frames;
  const framed = (index) => (frames ??= figureFrames(tokens, names))(index);
  const indexOf = (t) => firstAtOrAfter(tokens, t.start, tokenStart);
  const own = ownRecordStart(tokens);
  let ownFrom = Infinity;
  let ownTo = Infinity;
  if (own >= 0) {
    ownFrom = tokens[own].start;
    for (let k = own + 1; k < tokens.length; k++) {
      if (opensContrast(tokens, k)) {
        ownTo = tokens[k].start;
        break;
      }
    }
  }
  const add2 = (first, last, detail) => {
    if (first.start >= ownFrom && first.start < ownTo) return;
    const frame = [framed(indexOf(first)), framed(indexOf(last))];
    if (frame.includes("framed")) return;
    found.push({ offset: first.start, length: last.end - first.start, detail, ...frame.includes("allegation") ? { followsSource: true } : {} });
  };
  let fromToEnd = -1;
  let averageAt = -1;
  let priceVerbAt = -Infinity;
  let priceAt = -Infinity;
  const isMoney = (i) => CURRENCY_SYMBOLS.has(tokens[i - 1]?.text ?? "") || CURRENCY_WORDS.has(tokens[i + 1]?.lower ?? "") || CURRENCY_WORDS.has(tokens[i + 2]?.lower ?? "");
  const pricedOrOwn = (i) => {
    const symbol = CURRENCY_SYMBOLS.has(tokens[i - 1]?.text ?? "") ? 1 : 0;
    const before2 = tokens[i - 1 - symbol]?.lower ?? "";
    return before2 === "at" || before2 === "for" || before2 === "my" || before2 === "our" || (tokens[i - 2 - symbol]?.lower ?? "") === "my";
  };
  const isPrice = (i) => (i - priceVerbAt <= 3 || i - priceAt <= 4 || pricedOrOwn(i)) && isMoney(i);
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    const next2 = tokens[i + 1];
    const after = tokens[i + 2];
    if (PRICE_VERBS.has(t.lower)) priceVerbAt = i;
    if (t.lower === "average" && AVERAGE_OPENERS.has(tokens[i - 1]?.lower ?? "")) averageAt = i;
    if (t.lower === "from") {
      const end = fromToEnds(tokens, i);
      if (end > 0) fromToEnd = end;
    }
    if (t.kind === "number" && (isIdentifier(tokens, i) || capacity(tokens, i) || marketLevel(tokens, i))) continue;
    if (t.kind === "number" && isPrice(i)) {
      priceAt = i;
      if (next2 && MULTIPLIERS.has(next2.lower)) i++;
      continue;
    }
    if (FUTURE_CHANGE.has(t.lower) && BEFORE_FUTURE_CHANGE.has(tokens[i - 1]?.lower ?? "") && !NOT_A_CHANGE_AFTER.has(next2?.lower ?? "")) {
      add2(t, t, "change");
      continue;
    }
    if (HALF_QUALIFIERS.has(t.lower) && (next2?.lower === "half" || next2?.lower === "than" && after?.lower === "half")) {
      const at = next2.lower === "half" ? i + 1 : i + 2;
      const half = tokens[at];
      if (["a", "an"].includes(tokens[at + 1]?.lower ?? "") && HALF_MEASURES.has(tokens[at + 2]?.lower ?? "")) {
        i = at + 2;
        continue;
      }
      add2(t, half, "fraction");
      i = at;
      continue;
    }
    if ((t.lower === "twice" || t.lower === "thrice") && (next2?.lower === "as" || next2?.lower === "the" && after?.kind === "word" && tokens[i + 3]?.lower === "of")) {
      add2(t, t, "ratio");
      continue;
    }
    if (isNumberLike(t) && next2?.lower === "times" && COMPARATIVE_AFTER_TIMES.has(after?.lower ?? "") && (after?.lower !== "the" || TIMES_THE.has(tokens[i + 3]?.lower ?? "") || TIMES_THE.has(tokens[i + 4]?.lower ?? ""))) {
      add2(t, next2, "ratio");
      i++;
      continue;
    }
    if (t.kind === "number" && next2 && (next2.text === "%" || PERCENT_WORDS.has(next2.lower)) && MARKET_VERBS.has(tokens[i - 1]?.lower ?? "") && ["higher", "lower", "up", "down"].includes(tokens[i + (next2.text === "%" ? 2 : 2)]?.lower ?? "")) {
      i++;
      continue;
    }
    if (t.kind === "number" && next2 && (next2.text === "%" || PERCENT_WORDS.has(next2.lower)) && MARKET_MOVES.has(tokens[i - 1]?.lower ?? "") && marketVerbBefore(tokens, i)) {
      i++;
      continue;
    }
    if ((t.lower === "a" || t.lower === "one") && next2 && FRACTION_WORDS.has(next2.lower) && COMPARATIVES_AFTER_FRACTION.has(after?.lower ?? "") && tokens.slice(i + 3, i + 10).some((x) => x.lower === "than" || x.lower === "since")) {
      add2(t, after, "change");
      i += 2;
      continue;
    }
    if ((t.lower === "a" || t.lower === "one" || t.lower === "two" || t.lower === "three") && next2 && FRACTION_WORDS.has(next2.lower) && (after?.lower === "of" ? !MEASURES_OF.has(tokens[i + 3]?.lower ?? "") && !MEASURES_OF.has(tokens[i + 4]?.lower ?? "") : tokens[i - 1]?.lower === "by")) {
      add2(t, next2, "fraction");
      i++;
      continue;
    }
    if (t.lower === "half" && after && next2?.lower === "of" && !MEASURES_OF.has(after.lower) && !MEASURES_OF.has(tokens[i + 3]?.lower ?? "") && !["the", "a", "an", "his", "her", "its", "their"].includes(tokens[i - 1]?.lower ?? "") && tokens[i - 1]?.lower !== "second" && tokens[i - 1]?.lower !== "first") {
      add2(t, t, "fraction");
      continue;
    }
    if (CHANGE_BY_VERBS.has(t.lower) && next2?.lower === "by" && after?.kind === "number") {
      const unit = tokens[i + 3];
      const last = unit && (unit.text === "%" || unit.text === "\xB0" || PERCENT_WORDS.has(unit.lower) || UNITS2.has(unit.lower)) ? unit : after;
      add2(after, last, "change");
      i += 2;
      continue;
    }
    if (t.kind === "number" && next2) {
      const sign = next2.text === "%" && next2.start - t.end <= 1;
      if (sign || PERCENT_WORDS.has(next2.lower) || next2.lower === "per" && after?.lower === "cent") {
        const last = sign ? next2 : next2.lower === "per" ? after : next2;
        const end = sign ? i + 1 : next2.lower === "per" ? i + 2 : i + 1;
        if (!derivedOrComposition(tokens, i, end, fromToEnd) && !DESIGN_AFTER.has(tokens[end + 1]?.lower ?? "") && !methodOfSurvey(tokens, i)) add2(t, last, "percentage");
        i = end;
        continue;
      }
    }
    if (isNumberLike(t) && next2?.kind === "word" && after?.lower === "in" && !isNumberLike(next2) && (DENOMINATORS.has(tokens[i + 3]?.lower ?? "") || tokens[i + 3]?.kind === "number" && /^\d{1,3}$/.test(tokens[i + 3].text)) && !notAShare(t, tokens[i + 3])) {
      add2(t, tokens[i + 3], "proportion");
      i += 3;
      continue;
    }
    if (isNumberLike(t) && (next2?.lower === "in" || next2?.lower === "out" && after?.lower === "of")) {
      const denominator = tokens[i + (next2.lower === "in" ? 2 : 3)];
      if (denominator && (DENOMINATORS.has(denominator.lower) || denominator.kind === "number" && /^\d{1,3}$/.test(denominator.text)) && !notAShare(t, denominator)) {
        add2(t, denominator, "proportion");
        i += next2.lower === "in" ? 2 : 3;
        continue;
      }
    }
    if (CHANGE_VERBS.has(t.lower) && !NOT_A_CHANGE_AFTER.has(next2?.lower ?? "")) {
      add2(t, t, "change");
      continue;
    }
    if (FRACTIONS.has(t.lower)) {
      add2(t, t, "fraction");
      continue;
    }
    if (t.lower === "up" && next2?.lower === "to" && after && (after.kind === "number" || SPELLED_NUMBERS2.has(after.lower) && !permitted(tokens, i)) && !UNITS2.has(tokens[i + 3]?.lower ?? "") && !CAPACITY_VERBS.has(tokens[i - 1]?.lower ?? "")) {
      add2(t, after, "upper bound");
      i += 2;
      continue;
    }
    const metres = next2?.lower === "m" && !CURRENCY_SYMBOLS.has(tokens[i - 1]?.text ?? "");
    if (t.kind === "number" && next2 && MULTIPLIERS.has(next2.lower) && !metres && !UNITS2.has(after?.lower ?? "") && !SIZE_COMPOUNDS.has(after?.lower ?? "") && !methodOfSurvey(tokens, i)) {
      add2(t, next2, "count");
      i++;
      continue;
    }
    if (t.kind === "number" && GLUED_MULTIPLIER.test(t.text) && !SIZE_COMPOUNDS.has(next2?.lower ?? "")) {
      add2(t, t, "count");
      continue;
    }
    if (isLargeCount(t) && !unitAfter(tokens, i) && !methodOfSurvey(tokens, i)) {
      add2(t, t, "count");
      continue;
    }
    const hedged = hedgedCountStart(tokens, i);
    if (hedged >= 0 && !methodOfSurvey(tokens, i)) {
      const times = next2?.lower === "times";
      add2(tokens[hedged], times ? next2 : t, "count");
      if (times) i++;
      continue;
    }
    if (averageAt >= 0 && t.kind === "number" && next2 && UNITS2.has(next2.lower) && !ERA_UNITS.has(next2.lower) && !/^(1[5-9]|20)\d\d$/.test(t.text)) {
      add2(t, next2, "average");
      i++;
      continue;
    }
  }
  return found;
}
var unsourcedStatistic = {
  id: "unattributed/unsourced-statistic",
  category: "unattributed",
  defaultSeverity: "warning",
  description: 'A figure with no source: "61%", "nine in ten", "doubled", "3 million"',
  span: 'the figure: "61%", "40 percent", "Nine in ten", "doubled", "tripled", "up to 5,000", "up to four", "two-thirds"; large counts such as "3 million people" ("3 million"); a hedged count with its hedge ("more than 300", "About 900", and "more than 500 times" for occasions); a measurement after "the average" or "on average" with its unit ("2.5 years")',
  message: (flagged) => `The figure "${flagged}" is stated as fact with no source; say where it comes from.`,
  why: "A number without a source cannot be checked, and readers cannot tell its year, method or population.",
  guideline: "Wikipedia WP:V (figures need a citation); AP: attribute statistics and say who produced them",
  fixes: ["citation-needed"],
  clearedBy: "attribution",
  rewrite: (sentence4) => appendAttribution(sentence4, "according to [source, year]"),
  scan: scanStatistics,
  examples: {
    flag: [],
    pass: []
  }
};

// server/src/engine/rules/rule.ts
var MatchView = class {
  constructor(tokens, first, last) {
    this.tokens = tokens;
    this.first = first;
    this.last = last;
  }
  tokens;
  first;
  last;
  /** The token `k` places before the match (1 = the one right before), if any. */
  before(k = 1) {
    return this.tokens[this.first - k];
  }
  /** The token `k` places after the match (1 = the one right after), if any. */
  after(k = 1) {
    return this.tokens[this.last - 1 + k];
  }
  /** Lower-case text of the token `k` before, or '' at the sentence start. */
  wordBefore(k = 1) {
    return this.before(k)?.lower ?? "";
  }
  wordAfter(k = 1) {
    return this.after(k)?.lower ?? "";
  }
  token(i) {
    return this.tokens[this.first + i];
  }
  cachedWords;
  get words() {
    this.cachedWords ??= this.tokens.slice(this.first, this.last).map((t) => t.lower);
    return this.cachedWords;
  }
  /** True when nothing but opening punctuation stands before the match in the sentence. */
  get atSentenceStart() {
    for (let i = this.first - 1; i >= 0; i--) if (this.tokens[i].kind !== "punct") return false;
    return true;
  }
  /** The match's first word is capitalised where a sentence start does not explain it. */
  get looksLikeName() {
    const t = this.token(0);
    if (!isCapitalized(t)) return false;
    const next2 = this.after();
    if (next2 && isCapitalized(next2)) return true;
    return !this.atSentenceStart && !['"', "\u201C", "'", "\u2018", "(", ":"].includes(this.wordBefore());
  }
  /** The next `n` tokens after the match, stopping at punctuation. */
  wordsAfter(n) {
    const out = [];
    for (let i = this.last; i < this.tokens.length && out.length < n; i++) {
      if (this.tokens[i].kind === "punct") break;
      out.push(this.tokens[i]);
    }
    return out;
  }
};

// server/src/engine/rules/sweepingClaim/lexicon.ts
var COGNITION2 = /* @__PURE__ */ new Set([
  "knows",
  "knew",
  "agrees",
  "agreed",
  "believes",
  "believed",
  "thinks",
  "thought",
  "doubts",
  "doubted",
  "disputes",
  "disputed",
  "denies",
  "denied",
  "understands",
  "understood",
  "expects",
  "expected",
  "remembers",
  "remembered",
  "questions",
  "questioned",
  "loves",
  "loved",
  "wants",
  "wanted",
  "likes",
  "liked",
  "accepts",
  "accepted",
  "recognizes",
  "recognises",
  "recognized",
  "recognised",
  "trusts",
  "trusted",
  "suspects",
  "suspected",
  // Feelings claimed for everyone: "no one feels any pain", "everyone enjoys the climb".
  "feels",
  "notices",
  "minds",
  "regrets",
  "enjoys"
]);
var SUPERLATIVE_LIST = ["largest", "biggest", "oldest", "tallest", "longest", "highest", "fastest", "richest", "deadliest", "greatest", "best", "worst", "smallest", "lowest", "youngest", "strongest", "busiest", "wealthiest", "finest", "heaviest", "hottest", "coldest", "wettest", "driest", "costliest", "poorest", "safest", "cheapest", "most", "least", "best-selling", "most-watched", "most-visited", "largest-ever", "worst-ever", "foremost"];
var SUPERLATIVES = new Set(SUPERLATIVE_LIST);
var EXPERIENCE_LIST = [
  "tries",
  "tried",
  "tastes",
  "tasted",
  "visits",
  "visited",
  "meets",
  "met",
  "reads",
  "read",
  "hears",
  "heard",
  "sees",
  "seen",
  "uses",
  "used",
  "knows",
  "known",
  "eats",
  "eaten",
  "drinks",
  "drunk",
  "stays",
  "stayed",
  "plays",
  "played",
  "buys",
  "bought",
  "owns",
  "owned",
  "watches",
  "watched",
  "walks",
  "walked",
  "climbs",
  "climbed",
  "hikes",
  "hiked",
  "rides",
  "ridden",
  "swims",
  "swum",
  "attends",
  "attended"
];
var POSSESSORS = [
  "world's",
  "nation's",
  "country's",
  "continent's",
  "planet's",
  "region's",
  "industry's",
  "city's",
  "county's",
  "state's",
  "town's",
  "village's",
  "parish's",
  "island's",
  "valley's",
  "province's",
  "district's",
  "borough's",
  "school's",
  "college's",
  "university's",
  "club's",
  "league's",
  "division's",
  "company's",
  "firm's",
  "party's",
  "army's",
  "navy's",
  "church's",
  "cathedral's",
  "hospital's",
  "museum's",
  "orchestra's",
  "choir's",
  "team's",
  "sport's"
];
var SHARE_WORDS = /* @__PURE__ */ new Set(["most", "much", "half", "nearly", "almost", "roughly", "about", "around", "over", "more", "two-thirds", "three-quarters"]);
var EFFECT_NOUNS = /* @__PURE__ */ new Set(["rise", "fall", "increase", "decrease", "decline", "drop", "growth", "recovery", "surge", "spread", "outbreak", "deaths", "collapse", "loss", "losses", "damage", "failure", "shortage", "crisis", "slump", "boom", "delays", "fire", "attack", "attacks", "leak", "crash"]);

// server/src/engine/rules/sweepingClaim/guards.ts
var SCOPE_WORDS = /* @__PURE__ */ new Set([
  "ever",
  "since",
  "history",
  "world",
  "country",
  "nation",
  "anywhere",
  "record",
  "memory",
  "planet",
  "universe",
  "continent",
  "europe",
  "africa",
  "asia",
  "america",
  "state",
  "region",
  "kingdom",
  "empire",
  "century",
  "decade",
  "generation",
  "county",
  "province",
  "league",
  "sport",
  "recorded",
  "available",
  "market",
  "city",
  "town",
  "village",
  "district",
  "borough",
  "parish",
  "island",
  "valley",
  "sector",
  "industry",
  "profession",
  "north",
  "south",
  "east",
  "west",
  "any",
  // "the largest known crystal": the largest anyone knows of.
  "known"
]);
function scoped(m) {
  if (m.wordBefore() === "of" && m.wordBefore(2) === "one") return true;
  if (populationFrame(m)) return true;
  const ahead = m.wordsAfter(10);
  if (smallNamedSet(ahead)) return false;
  for (let i = 0; i < ahead.length; i++) {
    const w = ahead[i].lower;
    const bare = w.endsWith("'s") ? w.slice(0, -2) : w;
    if (SCOPE_WORDS.has(bare) || w.includes("-") && SCOPE_WORDS.has(w.slice(w.lastIndexOf("-") + 1))) return true;
    if (w === "time" && ahead[i - 1]?.lower === "all") return true;
    if (w === "date" && ahead[i - 1]?.lower === "to") return true;
    const ranged = ahead.slice(0, i).some((t) => t.lower === "in" || t.lower === "of" || t.lower === "on");
    if (isCapitalized(ahead[i]) && w !== "i" && ranged) return true;
    if (ahead[i].kind === "number" && /^(1[0-9]|20)\d0s$|^(1[5-9]|20)\d\d$/.test(w) && ["in", "of", "during", "the", "before", "until", "after"].includes(ahead[i - 1]?.lower ?? "")) return true;
    if (POPULATIONS.has(w) && [ahead[i - 1]?.lower, ahead[i - 2]?.lower].some((p) => p === "in" || p === "among")) return true;
  }
  return false;
}
var NOT_GENERIC = /* @__PURE__ */ new Set([
  "these",
  "those",
  "they",
  "we",
  "you",
  "ours",
  "yours",
  "theirs",
  "both",
  "all",
  "some",
  "many",
  "most",
  "its",
  "his",
  "her",
  "their",
  "our",
  "my",
  "your",
  "the",
  "this",
  "that",
  "there",
  "here"
]);
var IRREGULAR_PLURALS = /* @__PURE__ */ new Set(["people", "children", "women", "men", "police"]);
var GENERIC_ADVERBS = /* @__PURE__ */ new Set(["also", "still", "often", "usually", "generally", "now", "typically"]);
function genericSubject(m) {
  let verb = m.first - 1;
  if (GENERIC_ADVERBS.has(m.tokens[verb]?.lower ?? "")) verb--;
  if (m.tokens[verb]?.lower !== "are") return false;
  let start = 0;
  while (start < verb && m.tokens[start].kind === "punct") start++;
  if (verb - start < 1 || verb - start > 3) return false;
  const subject = m.tokens.slice(start, verb);
  if (subject.some((t) => t.kind !== "word" || NOT_GENERIC.has(t.lower))) return false;
  const head2 = subject[subject.length - 1].lower;
  return IRREGULAR_PLURALS.has(head2) || /[^su]s$/.test(head2) && !/'s$|\u2019s$/.test(head2);
}
var SMALL_COUNTS = /* @__PURE__ */ new Set(["two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "both"]);
function smallNamedSet(ahead) {
  if (ahead[0]?.lower !== "of" || !["the", "these", "those", "my", "our", "his", "her", "their"].includes(ahead[1]?.lower ?? "")) return false;
  const n = ahead[2];
  return n !== void 0 && (SMALL_COUNTS.has(n.lower) || n.kind === "number" && /^\d$|^1[0-2]$/.test(n.text));
}
var POPULATIONS = /* @__PURE__ */ new Set(["people", "children", "adults", "women", "men", "girls", "boys", "teenagers", "adolescents", "infants", "babies", "toddlers", "pensioners", "households", "families"]);
function populationFrame(m) {
  let start = 0;
  while (start < m.first && m.tokens[start].kind === "punct") start++;
  if (!["for", "among"].includes(m.tokens[start]?.lower ?? "")) return false;
  let group = false;
  for (let i = start + 1; i < m.first && i <= start + 5; i++) {
    const t = m.tokens[i];
    if (t.text === ",") return group;
    if (t.kind === "punct") return false;
    if (POPULATIONS.has(t.lower)) group = true;
  }
  return false;
}
var NOT_CLAIM_SUPERLATIVES = /* @__PURE__ */ new Set(["latest", "nearest", "tempest", "budapest", "bucharest", "ingest", "congest", "retest", "pretest", "incest", "divest", "molest", "reinvest", "deforest", "reforest", "dishonest", "immodest", "armrest", "headrest", "footrest", "backrest", "alkahest"]);
var RANKING_HEADS = /* @__PURE__ */ new Set(["best", "worst", "most", "least"]);
var NOT_RANKING_TAILS = /* @__PURE__ */ new Set(["case", "before", "of", "laid"]);
function superlativeWord(word) {
  const dash = word.indexOf("-");
  if (dash < 0) return superlativeShaped(word) && !NOT_CLAIM_SUPERLATIVES.has(word);
  const head2 = word.slice(0, dash);
  const tail = word.slice(dash + 1);
  if (tail.includes("-") || NOT_RANKING_TAILS.has(tail)) return false;
  return RANKING_HEADS.has(head2) || superlativeShaped(head2) && !NOT_CLAIM_SUPERLATIVES.has(head2);
}
var CHANGES = /* @__PURE__ */ new Set(["change", "changes", "difference", "differences", "improvement", "improvements", "upgrade", "upgrades", "addition", "additions", "update", "updates"]);
var TIME_SCOPES = /* @__PURE__ */ new Set(["ever", "since", "history", "record", "recorded", "memory", "decade", "decades", "century", "centuries", "generation", "generations", "years"]);
function describesChange(m) {
  const ahead = m.wordsAfter(8);
  const noun = ahead[0]?.lower === "single" ? ahead[1]?.lower : ahead[0]?.lower;
  if (!CHANGES.has(noun ?? "")) return false;
  return !ahead.some((t) => TIME_SCOPES.has(t.lower));
}
var ACHIEVEMENT_VERBS = /* @__PURE__ */ new Set([
  "be",
  "win",
  "reach",
  "climb",
  "cross",
  "use",
  "receive",
  "become",
  "hold",
  "make",
  "have",
  "achieve",
  "introduce",
  "publish",
  "offer",
  "build",
  "fly",
  "walk",
  "run",
  "sail",
  "discover",
  "describe",
  "record",
  "perform",
  "score",
  "sign",
  "travel",
  "visit",
  "complete",
  "design",
  "develop",
  "create",
  "establish",
  "host",
  "launch",
  "land",
  "lead",
  "earn",
  "serve",
  "appear",
  "feature",
  "sell",
  "produce",
  "adopt",
  "ban",
  "allow",
  "legalize",
  "legalise",
  "elect",
  "award",
  "recognize",
  "recognise",
  "play",
  "release",
  "open",
  "enter",
  "graduate",
  "set",
  "break",
  "teach",
  "write",
  "translate",
  "compose",
  "invent",
  "survive",
  "swim",
  "perform",
  "identify",
  "observe",
  "prove",
  "map",
  "photograph",
  "broadcast",
  "stage",
  "top",
  "do",
  "go",
  "see",
  "use",
  "defeat",
  "beat",
  "finish",
  "qualify",
  "study",
  // Claims of novelty in research: "the first to estimate", "the only study to measure".
  "estimate",
  "examine",
  "show",
  "document",
  "measure",
  "test",
  "analyse",
  "analyze",
  "investigate",
  "demonstrate",
  "quantify",
  "explore",
  "link",
  "sequence",
  // Firsts of practice: "the first school to lock phones away", "the first service to carry bikes free".
  "lock",
  "carry",
  "change",
  "replace",
  "combine",
  "require",
  "apply",
  "charge",
  "bring",
  "provide",
  "treat",
  "cure",
  "detect",
  "predict",
  "connect",
  "switch",
  "convert",
  "abolish",
  "pilot",
  "trial",
  "fit",
  "install",
  "print",
  "grow",
  "breed",
  "export",
  "import",
  "admit",
  "accept",
  "employ",
  "hire",
  "pay",
  "stock",
  "brew"
]);
var COMPARISON = /* @__PURE__ */ new Set(["like", "as", "than", "this", "so", "such", "better", "more", "quite", "way"]);
var ELSE_SCOPES = /* @__PURE__ */ new Set(["world", "country", "nation", "industry", "market", "sector", "business", "trade", "field", "profession", "league", "sport", "region", "county", "state", "kingdom", "continent"]);
var NOT_PRESENT_CLAIMS = /* @__PURE__ */ new Set(["was", "is", "has", "as", "this", "its", "his", "always", "thus", "besides"]);
function onlyOneClaim(m) {
  if (m.wordsAfter(8).some((t) => COMPARISON.has(t.lower))) return true;
  const next2 = m.wordAfter();
  if (next2 === "in") {
    const after = m.after(2);
    if (after && isCapitalized(after)) return true;
    if (m.wordAfter(2) === "the" && ELSE_SCOPES.has(m.wordAfter(3))) return true;
    return false;
  }
  return next2 === "can" || next2 === "does" || /[^s]s$/.test(next2) && !NOT_PRESENT_CLAIMS.has(next2);
}
function everOrYet(m) {
  const ahead = m.wordsAfter(7);
  for (let i = 0; i + 1 < ahead.length; i++) {
    if (["has", "had", "have"].includes(ahead[i].lower) && ["ever", "yet"].includes(ahead[i + 1].lower)) return true;
  }
  return false;
}
var UNAFFECTED = /* @__PURE__ */ new Set(["immune", "spared", "exempt", "indifferent"]);
var NOT_NEGATED_UN = /* @__PURE__ */ new Set(["under", "united", "universal", "unique", "uniform", "unit", "union"]);
var NOT_HABITS = /* @__PURE__ */ new Set(["is", "was", "has", "does", "else", "always", "this", "its", "his", "as", "thus", "yes"]);
var HYPOTHETICAL = /* @__PURE__ */ new Set(["would", "'d", "could", "should", "might", "may", "can", "must", "had"]);
var IRREGULAR_PAST = /* @__PURE__ */ new Set(["came", "went", "saw", "got", "made", "took", "gave", "had", "did", "said", "told", "found", "knew", "thought", "became", "ran", "won", "lost", "left", "met", "paid", "sent", "felt", "kept", "held", "brought", "began", "spoke", "wrote", "heard", "stood", "sat", "fell", "rose", "ate", "drove", "flew", "grew", "threw", "wore", "sold", "bought", "caught", "taught", "fought", "meant", "read", "led", "let", "put", "set", "cut", "hit", "quit"]);
function narrativeOrHypothetical(m) {
  if (HYPOTHETICAL.has(m.wordBefore()) || m.wordBefore().endsWith("'d")) return true;
  if (m.words[0] !== "never" || ["has", "have", "'ve", "'s", "is", "are", "'re", "am"].includes(m.wordBefore())) return false;
  const next2 = m.wordAfter();
  return IRREGULAR_PAST.has(next2) || next2.endsWith("ed") && next2.length > 4;
}
function presentHabit(m) {
  const ahead = m.wordsAfter(6);
  let i = 0;
  if (["in", "on", "at", "from"].includes(ahead[0]?.lower ?? "")) {
    i = 1;
    while (i < ahead.length && i <= 4 && (isCapitalized(ahead[i]) || ["the", "this", "our", "my", "village", "town", "city", "street", "estate", "valley", "county", "parish"].includes(ahead[i].lower))) i++;
  }
  const verb = ahead[i];
  return verb !== void 0 && verb.kind === "word" && !isCapitalized(verb) && /[^s]s$/.test(verb.lower) && !NOT_HABITS.has(verb.lower) && !NOT_PRESENT_CLAIMS.has(verb.lower) && !COGNITION2.has(verb.lower);
}
function everyoneAffected(m) {
  const ahead = m.wordsAfter(8);
  for (let i = 0; i + 1 < ahead.length; i++) {
    if (!["was", "is", "were", "are", "remained", "remains", "stayed", "felt", "went"].includes(ahead[i].lower)) continue;
    const state = ahead[i + 1].lower;
    return UNAFFECTED.has(state) || state.startsWith("un") && state.length > 5 && !NOT_NEGATED_UN.has(state) && /(ed|aware|able|ible|ful)$/.test(state);
  }
  return false;
}
var NOT_PRESENT_AFTER_OTHER = /* @__PURE__ */ new Set([...NOT_PRESENT_CLAIMS, "this", "less", "bus", "gas", "plus", "yes", "us"]);
function noOtherClaim(m) {
  const ahead = m.wordsAfter(7);
  const head2 = ahead[0];
  if (!head2 || head2.kind !== "word" || /s$/.test(head2.lower)) return false;
  for (let i = 1; i < ahead.length; i++) {
    const w = ahead[i].lower;
    if (w === "can" || w === "does") return true;
    if ((w === "has" || w === "have") && (ahead[i + 1]?.lower === "been" || ahead[i + 1]?.lower === "ever")) return true;
    if (FINITE_AUXILIARIES.has(w)) return ahead.slice(i + 1).some((t) => ["so", "such", "as", "more", "than", "like"].includes(t.lower));
    if (/[^s]s$/.test(w) && !NOT_PRESENT_AFTER_OTHER.has(w)) return true;
  }
  return false;
}
var TEXT_APPARATUS = /* @__PURE__ */ new Set(["model", "models", "table", "tables", "sample", "samples", "data", "dataset", "figure", "chart", "diagram", "example", "examples", "list", "simulation", "simulations", "specification", "specifications", "regression", "regressions", "estimate", "estimates", "column", "columns", "row", "rows", "equation", "equations", "scenario", "scenarios", "appendix", "chapter", "section", "exercise"]);
function ownFrameAt(ahead, i) {
  if (ahead[i]?.lower !== "in" || !["the", "this", "these", "our", "my"].includes(ahead[i + 1]?.lower ?? "")) return false;
  for (let j = i + 2; j < ahead.length && j <= i + 4; j++) {
    if (TEXT_APPARATUS.has(ahead[j].lower)) return true;
    if (["of", "in", "that", "which", "who", "to"].includes(ahead[j].lower)) return false;
  }
  return false;
}
function ownFrameSubject(m) {
  for (let i = m.first - 1; i >= 0 && i >= m.first - 10; i--) {
    const t = m.tokens[i];
    if (t.kind === "punct") return false;
    if (TEXT_APPARATUS.has(t.lower)) return true;
  }
  return false;
}
var COUNT_WORDS = /* @__PURE__ */ new Set(["two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"]);
var NOT_PLACES = /* @__PURE__ */ new Set(["i", "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "spring", "summer", "autumn", "winter"]);
var BELONGS_ONLY = /* @__PURE__ */ new Set(["endemic", "native", "indigenous", "unique", "exclusive", "peculiar"]);
function firstAsClaim(m) {
  if (isCapitalized(m.token(1))) return false;
  if (["time", "day", "week", "year", "month", "half", "round", "stop", "chapter", "page", "step", "part", "floor", "act", "scene", "phase", "stage", "season", "edition", "issue", "episode", "volume", "leg", "match", "game", "quarter", "period", "term", "draft", "batch", "wave", "line", "paragraph", "section", "count", "ballot", "vote", "reading", "attempt", "try", "test", "sample", "visit", "course", "layer", "coat", "room", "house", "door", "bend", "lap", "mile", "minute", "hour", "night", "morning"].includes(m.wordAfter())) return false;
  const only = m.words[1] === "only";
  if (only && ["one", "ones"].includes(m.wordAfter()) && ownFrameSubject(m)) return false;
  const ahead = m.wordsAfter(7);
  if (only && ahead.slice(1, 3).some((t) => ["allowed", "permitted"].includes(t.lower))) return false;
  for (let i = 0; i < ahead.length; i++) {
    const w = ahead[i].lower;
    if (w === "ever" || w === "known") return true;
    if (only && i > 0 && i <= 3 && BELONGS_ONLY.has(w) && (w === "endemic" || ahead[i + 1]?.lower === "to")) return true;
    if (ownFrameAt(ahead, i)) return false;
    if (w === "to" && ACHIEVEMENT_VERBS.has(ahead[i + 1]?.lower ?? "")) return true;
    if (w === "in" && ["this", "these"].includes(ahead[i + 1]?.lower ?? "")) return false;
    if (w === "in" && ["my", "our"].includes(ahead[i + 1]?.lower ?? "")) return false;
    if (w === "in" && ahead[i + 1] !== void 0 && isCapitalized(ahead[i + 1]) && !NOT_PLACES.has(ahead[i + 1].lower) && i > 0 && !isCapitalized(ahead[0])) return true;
    const scopeAt = COUNT_WORDS.has(ahead[i + 2]?.lower ?? "") ? i + 3 : i + 2;
    const scope = ahead[scopeAt]?.lower ?? "";
    if (w === "in" && ["the", "its", "their", "his", "her"].includes(ahead[i + 1]?.lower ?? "") && (only || SCOPE_WORDS.has(scope) || SCOPE_WORDS.has(scope.replace(/s$/, "")))) return true;
    if (w === "of" && ahead[i + 1]?.lower === "its" && ahead[i + 2]?.lower === "kind") return true;
    if (only && i > 0 && ["that", "which", "who"].includes(w)) return true;
    if (SCOPE_WORDS.has(w) && w !== "since") return true;
  }
  return false;
}
var rankedInScope = {
  description: 'A scope follows ("in history", "ever", "since 1989", "in Wales"), a population frame opens the sentence, or a bare plural subject makes it a claim about a kind',
  holds: (m) => scoped(m) || genericSubject(m),
  examples: {
    holds: [],
    not: []
  }
};
var changeRanking = {
  description: 'The superlative ranks the changes in what is described ("the biggest change in the Mark II"), with no time scope',
  holds: describesChange,
  examples: {
    holds: [],
    not: []
  }
};
var superlativeFollows = {
  description: 'A listed superlative or a word shaped like one ("-est", "best-value") follows the match',
  holds: (m) => SUPERLATIVES.has(m.wordAfter()) || superlativeWord(m.wordAfter()),
  examples: {
    holds: [],
    not: []
  }
};
var ordinalClaim = {
  description: '"the first" or "the only" as a claim: an achievement ("to climb"), a scope ("in the county", "ever") or exclusivity stated as fact',
  holds: firstAsClaim,
  examples: {
    holds: [],
    not: []
  }
};
var toldOrHypothetical = {
  description: '"never"/"always" after a modal or "had", or "never" before a past form: a fact of the narrative or a hypothetical, not a rule about the world',
  holds: narrativeOrHypothetical,
  examples: {
    holds: [],
    not: []
  }
};
var onlyOne = {
  description: 'After "no one else": a comparison, a field-wide scope ("in the industry", "in Britain") or a present-tense habit',
  holds: onlyOneClaim,
  examples: {
    holds: [],
    not: []
  }
};
var everOrYetFollows = {
  description: '"has ever", "has yet", "had ever" in the seven words after the match',
  holds: everOrYet,
  examples: {
    holds: [],
    not: []
  }
};
var habitDenied = {
  description: 'A present-tense verb ("uses", "walks") right after the match or after a short "in/on/at" phrase',
  holds: presentHabit,
  examples: {
    holds: [],
    not: []
  }
};
var allAffected = {
  description: 'A copula after the match, then an "un-" state ("untouched", "unaware") or "immune", "spared", "exempt"',
  holds: everyoneAffected,
  examples: {
    holds: [],
    not: []
  }
};
var noOther = {
  description: 'After "no other": a singular noun, then a present-tense verb, "can", "does", "has been", or an auxiliary with a comparison',
  holds: noOtherClaim,
  examples: {
    holds: [],
    not: []
  }
};

// server/src/engine/rules/sweepingClaim/index.ts
function scanPossessiveSuperlatives(tokens) {
  const found = [];
  for (let i = 1; i + 1 < tokens.length; i++) {
    const owner = tokens[i];
    if (!RECORDS.has(tokens[i + 1].lower) || !isCapitalized(owner) || !/['\u2019]s$/.test(owner.text) || tokens[i - 1].lower === "the") continue;
    const view = new MatchView(tokens, i, i + 2);
    if (GUARDS.ownJudgement.holds(view)) continue;
    found.push({ offset: owner.start, length: tokens[i + 1].end - owner.start });
  }
  return found;
}
var RECORDS = /* @__PURE__ */ new Set(["largest", "biggest", "oldest", "tallest", "longest", "smallest", "richest", "wealthiest", "busiest", "deadliest", "fastest", "heaviest", "costliest", "poorest", "largest-ever", "best-selling", "most-visited", "most-watched"]);
var sweepingClaim = {
  id: "unattributed/sweeping-claim",
  category: "unattributed",
  defaultSeverity: "warning",
  description: 'Superlatives, firsts, universals, blame, unsourced: "the largest", "never", "was behind"',
  span: `the cue: "the largest" (or any "-est" superlative: "the sharpest", or a compound led by one: "the best-value"), a possessive with its superlative ("the world's largest", "the school's longest-serving", "Europe's largest"), "the first" (as a claim), "the only", "the most" + adjective ("the most popular"), "the best", "a record", "always", "never", "everyone", "no one", "no other", "all experts", "is responsible for", "was behind"`,
  message: (flagged) => `"${flagged}" makes a sweeping claim with no source in the sentence.`,
  why: "Superlatives, firsts, universals and claims of blame are the statements readers most often doubt; they need a source right where they are made.",
  guideline: "Wikipedia WP:V and MOS:PUFFERY; AP: attribute disputable facts in the same sentence",
  fixes: ["citation-needed"],
  clearedBy: "attribution",
  rewrite: (sentence4) => appendAttribution(sentence4),
  scan: scanPossessiveSuperlatives,
  examples: {
    flag: [],
    pass: []
  },
  phrases: {
    classes: {
      possessors: POSSESSORS,
      superlative: SUPERLATIVE_LIST,
      holders: ["experts", "scientists", "historians", "scholars", "economists", "doctors", "critics", "analysts"],
      blameBe: ["was", "were", "is", "are", "has been", "have been"],
      experience: EXPERIENCE_LIST,
      blameDegree: ["largely", "solely", "directly", "partly", "chiefly", "mainly", "ultimately", "personally", "allegedly"]
    },
    entries: [
      {
        pattern: "the @superlative",
        // "the most popular": the adjective is part of the claim.
        extend: (m) => ["most", "least"].includes(m.words[1]) && m.after()?.kind === "word" ? 1 : 0,
        flag: [],
        pass: [],
        requires: [rankedInScope],
        guards: ["ownJudgement", changeRanking]
      },
      {
        // "the sharpest", "the rarest": any superlative by its shape, under the same conditions.
        pattern: "the",
        extend: () => 1,
        flag: [],
        pass: [],
        // The cue is two words, "the" and the superlative after it, and the guards are asked of both:
        // a one-word pattern cannot name every superlative, so this check stays a closure.
        when: (m) => {
          if (!superlativeWord(m.wordAfter()) || m.after()?.kind !== "word") return false;
          const view = new MatchView(m.tokens, m.first, m.first + 2);
          return rankedInScope.holds(view) && !GUARDS.ownJudgement.holds(view) && !changeRanking.holds(view);
        }
      },
      {
        // "the world's most advanced", "the school's longest-serving": the possessive is the scope.
        pattern: "the @possessors",
        extend: (m) => m.after()?.kind !== "word" ? 0 : ["most", "least"].includes(m.wordAfter()) && m.after(2)?.kind === "word" ? 2 : 1,
        flag: [],
        pass: [],
        requires: [superlativeFollows],
        guards: ["ownJudgement"]
      },
      {
        pattern: "the first|only",
        flag: [],
        pass: [],
        requires: [ordinalClaim],
        guards: ["ownJudgement"]
      },
      {
        // "more passengers than any other line": a comparison with everything is a superlative.
        pattern: "than any other|anyone|anything|ever",
        flag: [],
        pass: [],
        // "than any other page on our website": a ranking over the writer's own things.
        guards: ["writerAfter"]
      },
      {
        pattern: "first-ever|record-breaking|unprecedented|all-time_high|all-time_low|never_before",
        flag: []
      },
      {
        pattern: "a record",
        flag: [],
        pass: [],
        // "That was a record for a British pinot": the record itself, after "be".
        when: (m) => m.after()?.kind === "number" || ["number", "high", "low", "crowd", "turnout", "amount", "year", "season", "attendance", "sum", "total"].includes(m.wordAfter()) || ["was", "is", "were", "are", "'s"].includes(m.wordBefore()) && ["for", "in", "at"].includes(m.wordAfter())
      },
      {
        pattern: "always|never",
        flag: [],
        pass: [],
        // The writer's own habits ("I never saw", "I have baked it ..., always in the same tin"),
        // idioms ("as always", "never mind"), questions and instructions are not claims.
        // A told story ("had never been", "never came up") and a hypothetical ("would never") claim no rule.
        notAfter: ["as", "i", "we", "you", "almost", "nearly"],
        notBefore: ["mind", "ever"],
        guards: ["writerBefore", "instruction", toldOrHypothetical]
      },
      {
        pattern: "everyone|everybody|no_one|nobody",
        flag: [],
        pass: [],
        onlyBefore: { words: COGNITION2, within: 5 }
      },
      {
        // "No one else makes violins like these": a claim to be the only one, as "the only" is.
        pattern: "no_one|nobody else",
        flag: [],
        pass: [],
        requires: [onlyOne],
        guards: ["writerBefore", "writerAfter"]
      },
      {
        // "No one has ever crossed the bay in winter", "No one at the mill has yet explained": a record
        // claimed for all time, also after a phrase that narrows "no one".
        pattern: "no_one|nobody",
        flag: [],
        pass: [],
        requires: [everOrYetFollows],
        guards: ["writerAfter"]
      },
      {
        // "No other bakery on the coast sells rye": a claim to be the only one, as "the only" is.
        pattern: "no other",
        flag: [],
        pass: [],
        requires: [noOther],
        guards: ["writerBefore", "writerAfter"]
      },
      {
        // "No one in Kettleby uses the Sunday bus": a habit denied of everyone, in the present.
        pattern: "no_one|nobody",
        flag: [],
        pass: [],
        // "if no one takes the time": a condition, not a claim.
        requires: [habitDenied],
        guards: ["condition", "writerBefore", "writerAfter"]
      },
      {
        // "No one in the town was untouched by the trade": a double negative that says everyone was.
        pattern: "no_one|nobody",
        flag: [],
        pass: [],
        requires: [allAffected],
        guards: ["writerBefore", "writerAfter"]
      },
      {
        // "No one who climbs the tower regrets it": the same claim about everyone's experience, negated.
        pattern: "no_one|nobody",
        flag: [],
        pass: [],
        onlyIf: [{ pattern: "who|that has|have? @experience", after: 3, adjacent: true }],
        guards: ["writerBefore", "writerAfter"]
      },
      {
        // "Everyone who tries the bread comes back": what everyone's experience is, as a fact.
        pattern: "everyone|everybody|anyone|anybody who|that has|have? @experience",
        flag: [],
        pass: [],
        cueAt: "first",
        guards: ["writerBefore"]
      },
      {
        pattern: "all|every @holders agree|agreed|accept|accepted|believe",
        flag: []
      },
      {
        pattern: "@blameBe @blameDegree? responsible for",
        flag: [],
        pass: [],
        // Blame, not duty: "is responsible for repairing" or "for the lighthouse" describes a job. In
        // the present tense only a share or a change ("most of", "the rise") makes it blame.
        when: (m) => {
          if (/ing$/.test(m.wordAfter())) return false;
          if (!["is", "are"].includes(m.words[0])) return true;
          const object = m.wordAfter();
          return SHARE_WORDS.has(object) || m.after()?.kind === "number" || ["the", "a"].includes(object) && EFFECT_NOUNS.has(m.wordAfter(2));
        }
      },
      {
        pattern: "was|were @blameDegree? behind the",
        trim: [0, 1],
        flag: [],
        pass: [],
        notBefore: ["tram", "bus", "car", "house", "wall", "door", "curtain", "wheel", "bar", "counter", "times", "scenes", "building", "church", "school", "station"]
      },
      {
        pattern: "is|was|were|are to blame",
        flag: []
      }
    ]
  }
};

// server/src/engine/rules/loadedSpeechVerb.ts
var NEUTRAL_FORMS = {
  claimed: "said",
  claims: "says",
  claim: "say",
  claiming: "saying",
  admitted: "said",
  admits: "says",
  admit: "say",
  admitting: "saying",
  conceded: "said",
  concedes: "says",
  concede: "say",
  conceding: "saying",
  insisted: "said",
  insists: "says",
  insist: "say",
  insisting: "saying",
  revealed: "said",
  reveals: "says",
  reveal: "say",
  revealing: "saying",
  asserted: "said",
  asserts: "says",
  assert: "say",
  asserting: "saying",
  confessed: "said",
  confesses: "says",
  confess: "say",
  confessing: "saying",
  alleged: "said",
  alleges: "says",
  allege: "say",
  alleging: "saying",
  "pointed out": "said",
  "points out": "says",
  "point out": "say",
  "pointing out": "saying"
};
var LITERAL_OBJECTS = /* @__PURE__ */ new Set([
  "title",
  "titles",
  "prize",
  "prizes",
  "victory",
  "win",
  "wins",
  "lives",
  "life",
  "seat",
  "seats",
  "championship",
  "crown",
  "throne",
  "land",
  "territory",
  "responsibility",
  "credit",
  "gold",
  "silver",
  "bronze",
  "medal",
  "medals",
  "trophy",
  "cup",
  "league",
  "record",
  "place",
  "spot",
  "points",
  "point",
  "wickets",
  "wicket",
  "stage",
  "pole",
  "lead",
  "refund",
  "expenses",
  "benefits",
  "asylum",
  "damages",
  "compensation",
  "ownership",
  "inheritance",
  "him",
  "her",
  "them",
  "patients",
  "patient",
  "students",
  "members",
  "visitors",
  "women",
  "girls",
  "boys",
  "men",
  "defeat",
  "guilt",
  "liability",
  "pupils"
]);
var NOUN_MAKERS = /* @__PURE__ */ new Set(["the", "these", "those", "his", "her", "their", "its", "our", "such", "false", "many", "some", "any", "no", "new", "similar", "earlier", "further", "your", "my", "of", "a", "an"]);
var CLAIM_MODIFIERS = /* @__PURE__ */ new Set(["this", "each", "every", "another", "other", "weaker", "stronger", "weak", "strong", "bold", "bolder", "broad", "broader", "disputed", "unproven", "unsubstantiated", "unsupported", "dubious", "controversial", "extraordinary", "legal", "competing", "rival", "conflicting", "antitrust", "insurance", "patent", "territorial", "injury", "tax", "damage", "damages", "main", "central", "key", "original", "initial", "specific", "general", "later", "earlier", "first", "second", "last", "final", "latest", "recent", "public", "fraudulent", "valid", "invalid", "baseless", "spurious", "wild", "sweeping", "contested", "common", "popular", "repeated", "pension", "benefit", "expense", "warranty", "compensation"]);
var DETERMINERS = /* @__PURE__ */ new Set(["the", "a", "an", "his", "her", "their", "its", "our", "forty", "two", "three", "ten"]);
var AFTER_NOUN_CLAIMS = /* @__PURE__ */ new Set(["filed", "made", "lodged", "brought", "submitted", "raised", "paid", "settled", "rejected", "denied", "dismissed", "upheld", "related", "involving", "arising", "relating", "totalling", "totaling", "worth"]);
var FINITE_CLUES = /* @__PURE__ */ new Set(["is", "are", "was", "were", "had", "has", "have", "would", "will", "could", "should", "must", "did", "does", "do", "can", "may", "might", "wasn't", "isn't", "hadn't", "didn't"]);
function isNegatedParticiple(word) {
  return word.length > 5 && word.startsWith("un") && word.endsWith("ed");
}
function introducesSpeech(m) {
  const before2 = m.wordBefore();
  if (m.atSentenceStart || NOUN_MAKERS.has(before2)) return false;
  if (isPossessive(before2)) return false;
  if ((m.words[0] === "claims" || m.words[0] === "claim") && (AFTER_NOUN_CLAIMS.has(m.wordAfter()) || CLAIM_MODIFIERS.has(before2) || isNegatedParticiple(before2))) return false;
  if (["is", "are", "was", "were", "be", "been", "being", "get", "got"].includes(before2) && !m.words[0].endsWith("ing")) return false;
  const next2 = m.after();
  if (!next2) return m.before()?.kind === "word";
  if (next2.kind === "punct") return [",", ".", ";", ":", '"', "\u201C", "\u201D"].includes(next2.text);
  if (next2.lower === "that") return true;
  if (m.wordsAfter(7).some((t) => t.lower === "that") && ["in", "on", "at", "during", "after", "before", "later", "privately", "publicly", "repeatedly", "again", "last", "yesterday", "today", "earlier"].includes(next2.lower)) return true;
  if (["to", "into", "as", "for", "on", "by", "from", "in", "at", "with", "under", "back"].includes(next2.lower)) return false;
  const object = DETERMINERS.has(next2.lower) ? m.wordAfter(2) : next2.lower;
  if (LITERAL_OBJECTS.has(object)) return false;
  return m.wordsAfter(7).findIndex((t) => FINITE_CLUES.has(t.lower)) > 0;
}
var loadedSpeechVerb = {
  id: "style/loaded-speech-verb",
  category: "style",
  defaultSeverity: "information",
  description: 'A judging synonym of "said": "claimed", "admitted", "insisted"',
  span: 'the verb: "claimed", "admitted", "conceded", "insisted", "revealed", "asserted" (and their other forms)',
  message: (flagged) => `"${flagged}" tells the reader what to think of the speaker; "said" is neutral.`,
  why: '"Claimed" casts doubt, "admitted" implies guilt, "revealed" implies a secret. Unless the source supports that, the neutral "said" is fairer to the speaker and the reader.',
  guideline: 'Wikipedia MOS:CLAIM (synonyms for "said"); AP: "said" is almost always the right verb',
  fixes: ["said"],
  clearedBy: "quotation",
  rewrite: (sentence4, start, end) => {
    const flagged = sentence4.slice(start, end);
    const neutral = NEUTRAL_FORMS[flagged.toLowerCase()];
    if (!neutral) return void 0;
    return `${sentence4.slice(0, start)}${matchCase(flagged, neutral)}${sentence4.slice(end)}`;
  },
  phrases: {
    classes: { loaded: Object.keys(NEUTRAL_FORMS) },
    entries: [
      {
        pattern: "@loaded",
        flag: [],
        pass: [],
        when: introducesSpeech
      }
    ]
  }
};
function matchCase(model, word) {
  if (model === model.toUpperCase() && model.length > 1) return word.toUpperCase();
  if (model.charAt(0) === model.charAt(0).toUpperCase()) return word.charAt(0).toUpperCase() + word.slice(1);
  return word;
}

// server/src/engine/rules/puffery/lexicon.ts
var CLASSES = {
  // Degree words that turn a plain adjective into a rating ("hugely popular", "most successful").
  intensifier: ["very", "highly", "extremely", "hugely", "immensely", "enormously", "tremendously", "incredibly", "exceptionally", "truly", "wildly", "phenomenally", "massively"],
  // Measurable qualities: a degree word rates them ("hugely popular"); "the most popular" is a
  // superlative claim, the sweeping-claim rule's finding (sales, trials and trophies can be cited).
  measurable: ["successful", "popular", "effective", "valuable", "sought-after"],
  // Adjectives that describe, but rate once a degree word (or "most") stands before them.
  evaluative: ["influential", "special", "unique", "original", "decisive", "respected", "admired", "skilled", "skillful", "skilful", "accomplished", "versatile", "creative", "memorable", "beautiful", "attractive", "exciting", "entertaining", "enjoyable", "ideal", "adventurous", "prominent", "famous", "recognisable", "recognizable", "coveted", "talented", "gifted", "innovative", "inventive", "prestigious", "picturesque", "scenic", "charming", "vibrant", "dynamic", "promising", "fascinating", "inspiring"],
  // People, groups and places that praise is pinned on ("a dynamic team", "a premier venue").
  praisable: ["community", "team", "leader", "leaders", "leadership", "executive", "personality", "player", "players", "performer", "performers", "artist", "artists", "writer", "writers", "figure", "figures", "member", "members", "city", "town", "village", "region", "neighbourhood", "neighborhood", "company", "firm", "organisation", "organization", "group", "scene", "economy", "culture", "centre", "center", "hub", "destination", "venue", "institution", "university", "college", "school", "academy", "provider", "manufacturer", "producer", "supplier", "brand", "event", "festival", "resort", "hotel", "restaurant", "club", "entrepreneur", "speaker", "band", "duo", "presence", "force"]
};
var MEASURED = ["deal", "many", "majority", "number", "numbers", "extent", "length", "lengths", "distance", "distances", "depth", "depths", "height", "heights", "size", "amount", "amounts", "quantity", "quantities", "proportion", "part", "share", "concentration", "density", "width", "risk", "risks", "danger", "dangers", "threat", "loss", "losses", "damage", "difficulty", "difficulties", "hardship", "hardships", "pain", "suffering", "pressure", "stress", "concern", "fear", "anxiety", "cost", "expense", "care", "caution", "detail", "speed", "interest", "importance", "increase", "decline", "decrease", "change", "changes", "difference", "burden", "need", "demand"];
var OWED = ["debt", "debts", "balance", "balances", "loan", "loans", "share", "shares", "stock", "warrant", "warrants", "issue", "issues", "amount", "amounts", "payment", "payments", "bill", "bills", "claim", "claims", "obligations", "liabilities", "order", "orders", "fines", "arrears", "sum", "sums", "principal", "bonds", "notes", "questions", "matters", "items", "tasks", "work", "natural"];
var NOT_LEADING = ["to", "up", "into", "from", "out", "off", "away", "back", "down", "through", "towards", "toward", "by", "on", "in", "with", "for", "the", "a", "an", "his", "her", "their", "its", "our", "my", "them", "him", "it", "us", "this", "that", "these", "those", "cause", "causes", "edge", "edges", "role", "roles", "part", "parts", "man", "men", "lady", "ladies", "actor", "actress", "scorer", "scorers", "goalscorer", "goalscorers", "rusher", "passer", "receiver", "zero", "zeros", "zeroes", "question", "questions", "indicator", "indicators", "coefficient", "term", "terms", "order", "digit", "digits", "tone", "car", "cars", "vehicle", "position", "positions", "strand", "article", "articles", "candidate", "candidates", "bid", "group", "pack", "lap", "laps", "light", "lights", "wheel", "wheels", "ship", "aircraft", "brigade", "division", "regiment", "elements", "element", "unit", "units", "troops", "column", "columns", "line", "lines"];
var MANNER_BEFORE = ["specify", "specified", "specifies", "describe", "described", "describes", "express", "expressed", "articulate", "articulated", "spoke", "speak", "speaks", "written", "write", "writes", "wrote", "see", "saw", "seen", "hear", "heard", "think", "marked", "labelled", "labeled", "visible", "explain", "explained", "explains", "state", "stated", "show", "shown", "showed", "more", "very", "less", "so", "as", "read", "defined", "mark", "signposted", "displayed"];
var MANNER_AFTER = ["specified", "described", "expressed", "articulated", "demarcated", "delineated", "visible", "marked", "labelled", "labeled", "defined", "audible", "legible", "written", "stated", "separated", "signposted", "displayed", "identified", "distinguished", "seen", "heard", "shown", "understood", "explained", "readable"];
var AFTER_CELEBRATING = /* @__PURE__ */ new Set(["by", "on", "in", "at", "with", "every", "each", "annually", "yearly", "the", "a", "an", "its", "his", "her", "their", "our", "mass"]);
var BEFORE_PRAISE = /* @__PURE__ */ new Set(["the", "a", "an", "most", "more", "highly", "widely", "much", "justly", "rightly", "internationally", "so", "his", "her", "their", "its", "our", "and", "as", "much-"]);
var celebratingVerb = {
  description: '"celebrated" as the verb: a preposition, a determiner or "mass" after it, and no determiner or degree word before it',
  holds: (m) => AFTER_CELEBRATING.has(m.wordAfter()) && !BEFORE_PRAISE.has(m.wordBefore()),
  examples: {
    holds: [],
    not: []
  }
};
var PASSIVE = ["be", "been", "being", "is", "are", "was", "were", "can", "could", "easily", "clearly", "readily", "not"];
var ENTRIES = [
  {
    // Praise in every sense: only a capitalised name ("Iconic Records") is exempt.
    pattern: "legendary|world-class|iconic|renowned|world-renowned|internationally-renowned|world-famous|famed|famous|famously|well-known|well-established|prestigious|visionary|groundbreaking|ground-breaking|ground_breaking|trailblazing|trail-blazing|cutting-edge|state-of-the-art|world-leading|breathtaking|breath-taking|awe-inspiring|jaw-dropping|must-see|must-visit|acclaimed|award-winning|storied|fabled|beloved|much-loved|well-loved|well-respected|highly-regarded|well-regarded|illustrious|esteemed|revered|unrivalled|unrivaled|unparalleled|unsurpassed|unmatched|unequalled|unequaled|peerless|matchless|incomparable|inimitable|best-in-class|first-rate|top-notch|top-class|top-rated|game-changing|pioneering|seminal|innovative|unprecedented|insuperable|selfless|tireless|talented|charismatic|preeminent|pre-eminent",
    flag: [],
    pass: []
  },
  {
    // Praise of quality and of the effect on the viewer.
    pattern: "excellent|superb|superbly|splendid|magnificent|magnificently|majestic|sublime|exquisite|exquisitely|gorgeous|stunning|stunningly|spectacular|spectacularly|wonderful|marvellous|marvelous|fabulous|fantastic|amazing|astonishing|astounding|incredible|phenomenal|awesome|terrific|remarkable|impressive|impressively|extraordinarily|exceptionally|brilliantly|masterful|masterfully|masterly|masterpiece|masterpieces|virtuoso|virtuosic|impeccable|impeccably|flawless|flawlessly|enthralling|captivating|mesmerising|mesmerizing|spellbinding|riveting|inspirational|unforgettable|timeless|memorable|intriguing|impactful|transcendent|skilful|skillful|skilfully|skillfully",
    flag: [],
    // A colon after the word brings the fact that earned it: the reader can judge.
    pass: [],
    notBefore: [":"]
  },
  {
    // Praise of places, as travel copy writes it.
    pattern: "picturesque|idyllic|enchanting|charming|quaint|delightful|vibrant|bustling|nestled|nestling|scenic|lush",
    flag: [],
    pass: []
  },
  {
    // Fame and emphasis asserted by the writer: "a prominent voice", "well known", "truly".
    pattern: "prominent|well_known|truly|smash_hit|smash-hit|runaway_success|instant_classic|modern_classic",
    flag: [],
    pass: [],
    notBefore: ["random", "for", "that"]
  },
  {
    // "the most beautiful" is a superlative, judged with the others (above).
    pattern: "beautiful|beautifully",
    flag: [],
    pass: [],
    notAfter: ["most", "more", "less", "least"]
  },
  {
    // Esteem with a degree word and no holder: "highly regarded", "much admired".
    pattern: "highly|well|greatly|universally|deeply|much regarded|respected|admired|praised|esteemed|rated|acclaimed",
    flag: [],
    pass: [],
    notBefore: ["as", "by"]
  },
  {
    pattern: "defining|watershed|landmark moment|achievement",
    cueAt: "first",
    flag: [],
    pass: []
  },
  {
    pattern: "greatest|finest",
    flag: [],
    pass: [],
    notBefore: [...MEASURED, "hits", "common", "lower", "integer", "element", "possible", "value", "values"],
    superlative: true
  },
  {
    // "great" praises ("a great school", "a great triumph") unless it measures ("a great deal").
    pattern: "great",
    flag: [],
    pass: [],
    notBefore: MEASURED
  },
  {
    // Superlatives of merit: "one of the best", "among the top", "arguably the best".
    pattern: "one|some|among|arguably|perhaps|possibly|probably|undoubtedly|easily of? the|its|his|her|their best|top|foremost|premier",
    cueAt: "last",
    flag: [],
    pass: [],
    notBefore: ["known", "documented", "studied", "attested", "preserved", "understood", "selling", "paid", "ranked", "performing", "possible", "of", "three", "five", "ten", ...SPELLED_NUMBERS],
    notBeforeNumber: true,
    flagsNames: true,
    superlative: true
  },
  {
    // A degree word turns a plain adjective into a rating.
    pattern: "@intensifier|most @evaluative",
    flag: [],
    pass: [],
    superlative: true,
    notBefore: ["by", "as"]
  },
  {
    pattern: "@intensifier @measurable",
    flag: [],
    pass: []
  },
  {
    // "one of the most popular": a rank among unnamed peers, which no figure can check.
    pattern: "one|among|some of? the most @measurable",
    trim: [3, 0],
    flag: [],
    pass: [],
    superlative: true
  },
  {
    // Verbs of the effect on an audience: the writer reports a spell, not an event.
    pattern: "captivate|captivates|captivated|enthral|enthrals|enthrall|enthralls|enthralled|mesmerise|mesmerises|mesmerised|mesmerize|mesmerizes|mesmerized|dazzle|dazzles|dazzled|wow|wows|wowed",
    flag: [],
    pass: []
  },
  {
    // "the most important", "very important" are ordinary English; "important" praises a person.
    pattern: "important|significant|influential|notable",
    flag: [],
    pass: [],
    onlyBefore: ["figure", "figures", "writer", "writers", "poet", "poets", "painter", "painters", "artist", "artists", "thinker", "thinkers", "composer", "composers", "musician", "musicians", "scholar", "scholars", "architect", "architects", "scientist", "scientists", "philosopher", "philosophers", "novelist", "novelists", "leader", "leaders", "personality", "personalities"]
  },
  {
    // "leading" ranks merit unless it is the verb ("leading to") or a plain position ("leading role").
    pattern: "leading",
    flag: [],
    pass: [],
    notBefore: NOT_LEADING,
    notAfter: ["is", "are", "was", "were", "be", "been", "while", "after", "before"]
  },
  {
    pattern: "premier",
    flag: [],
    pass: [],
    onlyBefore: CLASSES.praisable
  },
  {
    pattern: "foremost",
    flag: [],
    pass: [],
    notAfter: ["and"]
  },
  {
    pattern: "outstanding",
    flag: [],
    pass: [],
    notBefore: OWED,
    notAfter: ["remain", "remains", "remained", "still", "all", "any"]
  },
  {
    pattern: "exceptional",
    flag: [],
    pass: [],
    notBefore: ["circumstances", "circumstance", "case", "cases", "set", "sets", "lie", "group", "groups", "children", "pupils", "students", "leave", "item", "items", "isomorphism", "divisor", "curve", "point", "points", "value", "values", "conditions", "situations", "basis", "measures", "powers", "treatment"]
  },
  {
    pattern: "extraordinary",
    flag: [],
    pass: [],
    notBefore: ["general", "meeting", "meetings", "session", "sessions", "rendition", "renditions", "professor", "professorship", "ray", "rays", "item", "items", "measures", "powers", "circumstances", "assembly", "synod", "council", "congress", "chamber", "court", "envoy", "and"],
    notAfter: ["ambassador", "envoy", "minister", "in"]
  },
  {
    pattern: "brilliant",
    flag: [],
    pass: [],
    notBefore: ["green", "blue", "red", "yellow", "white", "black", "cut", "cresyl", "violet", "orange"]
  },
  {
    pattern: "distinguished",
    flag: [],
    pass: [],
    notBefore: ["by", "from", "between", "itself", "himself", "herself", "themselves", "them", "it", "among", "in", "only"],
    notAfter: PASSIVE
  },
  {
    pattern: "eminent",
    flag: [],
    pass: [],
    notBefore: ["domain"]
  },
  {
    pattern: "gifted",
    flag: [],
    pass: [],
    notBefore: ["to", "by", "the", "a", "an", "his", "her", "their", "him", "them", "it", "in", "children", "pupils", "students", "programme", "program", "education"]
  },
  {
    // "unique" means one of a kind; as praise it sits before what a brochure sells ("a unique
    // experience") or takes a degree word ("truly unique", counted there). Its technical senses
    // ("unique identifier", "unique to the island") are the commoner ones.
    pattern: "unique",
    flag: [],
    pass: [],
    onlyBefore: ["experience", "experiences", "opportunity", "opportunities", "blend", "atmosphere", "ambience", "ambiance", "charm", "character", "setting", "flavour", "flavor", "flavours", "flavors", "style", "talent", "vision", "voice", "personality", "destination", "getaway", "venue", "collection", "heritage", "beauty", "appeal", "insight", "insights", "perspective"]
  },
  {
    pattern: "profound|profoundly",
    flag: [],
    pass: [],
    notBefore: ["hearing", "loss", "deafness", "deaf", "hypotension", "hypothermia", "bradycardia", "hypoglycaemia", "hypoglycemia", "intellectual", "learning", "disability", "disabilities", "anaemia", "anemia", "sedation", "weakness", "impairment", "neutropenia", "shock"]
  },
  {
    pattern: "dynamic|vital|elite",
    flag: [],
    pass: [],
    onlyBefore: [...CLASSES.praisable, "part", "role", "link", "contributor"]
  },
  {
    pattern: "a|an successful",
    cueAt: "last",
    flag: [],
    pass: [],
    onlyBefore: ["career", "careers", "business", "businesses", "businessman", "businesswoman", "entrepreneur", "company", "firm", "brand", "franchise", "season", "seasons", "year", "years", "spell", "stint", "tenure", "period", "run", "writer", "author", "artist", "musician", "singer", "band", "producer", "director", "actor", "actress", "player", "coach", "manager", "team", "club", "restaurant", "bakery", "shop", "venture", "enterprise", "series", "show", "album", "partnership", "collaboration", "tour", "lawyer", "architect", "designer", "life"]
  },
  {
    pattern: "crucial|pivotal|instrumental|big|huge|vital|decisive|monumental|tremendous|invaluable|indispensable role",
    flag: [],
    pass: []
  },
  {
    pattern: "tremendous|immense|enormous|profound|incalculable|inestimable impact|influence|contribution|contributions|success|popularity|acclaim",
    cueAt: "first",
    flag: [],
    pass: []
  },
  {
    pattern: "tremendous",
    flag: [],
    pass: [],
    notBefore: MEASURED
  },
  {
    pattern: "extensive|vast|considerable|unrivalled|unrivaled|unparalleled|wide-ranging experience|expertise|know-how",
    cueAt: "first",
    flag: [],
    pass: []
  },
  {
    pattern: "rich",
    flag: [],
    pass: [],
    onlyBefore: ["history", "heritage", "tradition", "traditions", "culture", "cultural", "range", "variety", "array", "tapestry", "diversity", "legacy", "repertoire", "assortment", "selection", "mix", "blend", "palette"]
  },
  {
    pattern: "rich in history|heritage|tradition|culture|character",
    flag: []
  },
  {
    pattern: "perfect",
    flag: [],
    pass: [],
    notBefore: ["number", "numbers", "square", "squares", "competition", "tense", "information", "fifth", "fourth", "octave", "game", "games", "score", "scores", "record", "season", "pitch", "fluid", "crystal", "matching", "graph", "code", "cube", "storm", "field", "forward", "binary", "set", "gas", "participle", "aspect", "and", "or"]
  },
  {
    pattern: "ideal",
    flag: [],
    pass: [],
    onlyBefore: ["for", "destination", "location", "place", "spot", "setting", "venue", "base", "home", "getaway", "retreat"]
  },
  {
    pattern: "attractive|interesting",
    flag: [],
    pass: [],
    notBefore: ["force", "forces", "interaction", "interactions", "potential", "potentials", "to", "for", "rate", "rates", "price", "prices", "terms", "yield", "yields"]
  },
  {
    pattern: "epic",
    flag: [],
    pass: [],
    notBefore: ["poem", "poems", "poetry", "poet", "poets", "film", "films", "fantasy", "cycle", "tradition", "genre", "novel", "novels", "theatre", "theater", "verse", "saga", "sagas", "hero", "heroes", "tale", "tales", "simile"]
  },
  {
    pattern: "boast|boasts|boasting|boasted",
    flag: [],
    pass: [],
    notBefore: ["that", "about", "of", "to", "how", "he", "she", "they", "we", "i", "himself", "herself", "themselves", "was", "is"],
    notAfter: ["the", "a", "an", "his", "her", "their", "idle", "empty", "proud"]
  },
  {
    pattern: "thriving",
    flag: [],
    pass: [],
    notBefore: ["in", "on", "under", "at", "with", "off", "despite", "as", "among", "there"]
  },
  {
    // Praise nouns and set phrases.
    pattern: "epitome|quintessential|quintessentially|gold_standard|tour_de_force|former_glory|household_name|hidden_gem|crown_jewel|jewel_in_the_crown|second_to_none|second-to-none|one-of-a-kind|par_excellence|cut_above|like_no_other|prowess|in_a_class_of_its_own",
    flag: [],
    pass: []
  },
  {
    pattern: "a|an fine|superb|splendid|magnificent example|examples|specimen|specimens",
    trim: [1, 1],
    flag: [],
    pass: []
  },
  {
    pattern: "celebrated",
    flag: [],
    pass: [],
    guards: [celebratingVerb]
  },
  {
    pattern: "clearly|obviously|undoubtedly|unquestionably|undeniably|indisputably|needless_to_say|interestingly|importantly|remarkably|surprisingly|tellingly|ironically|sadly|fortunately|unfortunately|of_course|amazingly|astonishingly|astoundingly|tragically|regrettably|thankfully|mercifully|curiously|it_goes_without_saying",
    flag: [],
    pass: [],
    notAfter: MANNER_BEFORE,
    notBefore: MANNER_AFTER,
    flagsNames: true,
    nudge: true
  },
  {
    pattern: "notably",
    flag: [],
    pass: [],
    notAfter: ["most", "more"],
    flagsNames: true,
    nudge: true
  },
  {
    pattern: "it_should_be_noted|it_must_be_noted|it_is_worth_noting|it_is_important_to_note|it_is_interesting_to_note|it_bears_mentioning",
    flag: [],
    flagsNames: true,
    nudge: true
  },
  {
    pattern: "a|an clear|obvious|unmistakable|thinly_veiled|thinly-veiled reference|nod|allusion|swipe|jab|dig to|at?",
    flag: [],
    flagsNames: true,
    nudge: true
  }
];

// server/src/engine/rules/puffery/index.ts
function toPhraseEntry({ flagsNames, nudge, superlative, ...entry }) {
  const guards = [...entry.guards ?? []];
  if (!flagsNames) guards.push("properName");
  if (!nudge) guards.push("negated", "ownJudgement");
  if (superlative) guards.push("heldByUnnamed");
  return { ...entry, guards };
}
var puffery = {
  id: "style/puffery",
  category: "style",
  defaultSeverity: "information",
  description: `Praise or comment in the writer's voice: "iconic", "renowned", "acclaimed", "clearly"`,
  span: 'the word or phrase: "legendary", "world-class", "acclaimed", "pioneering", "one of the finest", "clearly", "of course", "it should be noted", "a clear reference to"',
  message: (flagged) => `"${flagged}" praises or editorializes instead of stating a checkable fact.`,
  why: 'Praise words and nudges ("legendary", "clearly", "of course") tell readers what to conclude. State the fact that earned the praise, or attribute the judgement to someone.',
  guideline: "Wikipedia MOS:PEACOCK, MOS:PUFFERY and MOS:EDITORIALIZING",
  fixes: ["remove-word"],
  clearedBy: "quotation",
  rewrite: removeSpan,
  phrases: {
    classes: CLASSES,
    entries: ENTRIES.map(toPhraseEntry)
  }
};

// server/src/engine/phrases.ts
function compileSlot(raw, classes, pattern) {
  const optional = raw.endsWith("?");
  const body = optional ? raw.slice(0, -1) : raw;
  const root = { next: /* @__PURE__ */ new Map(), final: false };
  const firstWords = /* @__PURE__ */ new Set();
  let oneWord = false;
  for (const alternative of body.split("|")) {
    let options;
    if (alternative.startsWith("@")) {
      const members = classes[alternative.slice(1)];
      if (!members) throw new Error(`Unknown word class ${alternative} in pattern "${pattern}"`);
      options = members;
    } else {
      options = [alternative.replace(/_/g, " ")];
    }
    for (const option of options) {
      const words2 = option.toLowerCase().split(/\s+/).filter(Boolean);
      if (words2.length === 0) continue;
      firstWords.add(words2[0]);
      let node = root;
      for (const word of words2) {
        let child = node.next.get(word);
        if (!child) {
          child = { next: /* @__PURE__ */ new Map(), final: false };
          node.next.set(word, child);
        }
        node = child;
      }
      node.final = true;
      if (words2.length === 1) oneWord = true;
    }
  }
  return { root, optional, firstWords, oneWord };
}
function secondWordsOf(slots) {
  const words2 = /* @__PURE__ */ new Set();
  for (let j = 0; j < slots.length; j++) {
    for (const child of slots[j].root.next.values()) for (const word of child.next.keys()) words2.add(word);
    if (slots[j].oneWord) {
      for (let k = j + 1; k < slots.length; k++) {
        for (const word of slots[k].firstWords) words2.add(word);
        if (!slots[k].optional) break;
      }
    }
    if (!slots[j].optional) break;
  }
  return words2;
}
function matchesOneWord(slots) {
  const required = slots.filter((s) => !s.optional);
  if (required.length > 1) return false;
  if (required.length === 1) return required[0].oneWord;
  return slots.some((s) => s.oneWord);
}
var PhraseSet = class {
  byFirstWord = /* @__PURE__ */ new Map();
  add(pattern, entry, classes) {
    const slots = pattern.trim().split(/\s+/).map((raw) => compileSlot(raw, classes, pattern));
    if (slots.every((s) => s.optional)) throw new Error(`Pattern "${pattern}" can match nothing`);
    const compiled3 = { entry, slots, secondWords: secondWordsOf(slots), oneWord: matchesOneWord(slots) };
    for (const slot of slots) {
      for (const word of slot.firstWords) {
        let starts = this.byFirstWord.get(word);
        if (!starts) {
          starts = { all: [] };
          this.byFirstWord.set(word, starts);
        }
        if (!starts.all.includes(compiled3)) starts.all.push(compiled3);
        delete starts.alone;
        delete starts.bySecond;
      }
      if (!slot.optional) break;
    }
  }
  /**
   * Most tries would fail on the second word ("the" + any noun), so the patterns starting at a word
   * are indexed by the words that can stand second: one lookup finds the few worth trying.
   */
  index(starts) {
    const alone = starts.all.filter((p) => p.oneWord);
    const bySecond = /* @__PURE__ */ new Map();
    for (const p of starts.all) {
      for (const word of p.secondWords) if (!bySecond.has(word)) bySecond.set(word, starts.all.filter((q) => q.oneWord || q.secondWords.has(word)));
    }
    starts.alone = alone;
    starts.bySecond = bySecond;
  }
  /** Every entry matching at each token (its longest match); a phrase never spans punctuation. */
  matchAll(tokens) {
    const matches = [];
    for (let first = 0; first < tokens.length; first++) {
      const token = tokens[first];
      if (token.kind === "punct") continue;
      const starts = this.byFirstWord.get(token.lower);
      if (!starts) continue;
      if (!starts.bySecond) this.index(starts);
      const second = tokens[first + 1];
      const candidates = (second !== void 0 && second.kind !== "punct" ? starts.bySecond.get(second.lower) : void 0) ?? starts.alone;
      for (const pattern of candidates) {
        const last = longestMatch(pattern.slots, tokens, first);
        if (last > first) matches.push({ entry: pattern.entry, first, last });
      }
    }
    return matches;
  }
};
var current = new Int32Array(64);
var next = new Int32Array(64);
function contains(set, size, value) {
  for (let i = 0; i < size; i++) if (set[i] === value) return true;
  return false;
}
function longestMatch(slots, tokens, first) {
  let count = 1;
  current[0] = first;
  for (const slot of slots) {
    let reached = 0;
    if (slot.optional) {
      for (let p = 0; p < count; p++) next[p] = current[p];
      reached = count;
    }
    for (let p = 0; p < count; p++) {
      let node = slot.root;
      for (let at = current[p]; at < tokens.length; at++) {
        const t = tokens[at];
        if (t.kind === "punct") break;
        node = node.next.get(t.lower);
        if (!node) break;
        if (node.final && reached < next.length && !contains(next, reached, at + 1)) next[reached++] = at + 1;
      }
    }
    if (reached === 0) return -1;
    [current, next] = [next, current];
    count = reached;
  }
  let longest = -1;
  for (let p = 0; p < count; p++) if (current[p] > longest) longest = current[p];
  return longest;
}
var Pattern = class {
  constructor(source, classes = {}) {
    this.source = source;
    this.slots = source.trim().split(/\s+/).map((raw) => compileSlot(raw, classes, source));
    if (this.slots.every((s) => s.optional)) throw new Error(`Pattern "${source}" can match nothing`);
  }
  source;
  slots;
  /** One past the last token of the longest match starting at `first`, or -1. */
  endAt(tokens, first) {
    if (first < 0 || first >= tokens.length || tokens[first].kind === "punct") return -1;
    const last = longestMatch(this.slots, tokens, first);
    return last > first ? last : -1;
  }
  /**
   * Whether some match lies wholly within tokens [from, to), where no punctuation mark stands
   * between the match and `edge` (the side of the window next to the phrase it guards).
   */
  within(tokens, from, to, edge) {
    from = Math.max(0, from);
    to = Math.min(tokens.length, to);
    if (edge === "start") {
      for (let first = from; first < to; first++) {
        if (tokens[first].kind === "punct") return false;
        const end = this.endAt(tokens, first);
        if (end > 0 && end <= to) return true;
      }
      return false;
    }
    for (let first = to - 1; first >= from; first--) {
      if (tokens[first].kind === "punct") return false;
      const end = this.endAt(tokens, first);
      if (end > 0 && end <= to) return true;
    }
    return false;
  }
};

// server/src/engine/rules/exclusions.ts
function toWindow(list) {
  if (list === void 0) return void 0;
  if (Array.isArray(list) || list instanceof Set) return { words: new Set(list), within: 1, through: false };
  const w = list;
  if (!(w.within >= 1)) throw new Error(`A word window needs "within" of at least 1 (got ${w.within})`);
  return { words: new Set(w.words), within: w.within, through: w.throughPunctuation === true };
}
function toGuard(ref) {
  if (typeof ref !== "string") return ref;
  const guard = GUARDS[ref];
  if (!guard) throw new Error(`Unknown guard "${ref}"`);
  return guard;
}
function compileNearby(u, classes) {
  if (u.before === void 0 === (u.after === void 0)) throw new Error(`"${u.pattern}" needs exactly one of before and after`);
  const reach = u.before ?? u.after;
  return { pattern: new Pattern(u.pattern, classes), side: u.before !== void 0 ? "before" : "after", reach, overlap: u.overlap ?? 0, adjacent: u.adjacent === true };
}
var compiled = /* @__PURE__ */ new WeakMap();
function compileExclusions(entry, classes = {}) {
  let c = compiled.get(entry);
  if (c) return c;
  c = {
    notAfter: toWindow(entry.notAfter),
    notBefore: toWindow(entry.notBefore),
    onlyAfter: toWindow(entry.onlyAfter),
    onlyBefore: toWindow(entry.onlyBefore),
    unless: (entry.unless ?? []).map((u) => compileNearby(u, classes)),
    onlyIf: (entry.onlyIf ?? []).map((u) => compileNearby(u, classes)),
    guards: (entry.guards ?? []).map(toGuard),
    requires: (entry.requires ?? []).map(toGuard)
  };
  compiled.set(entry, c);
  return c;
}
function inWindow(m, w, side) {
  for (let k = 1; k <= w.within; k++) {
    const t = side === "before" ? m.before(k) : m.after(k);
    if (!t) return false;
    if (w.words.has(t.lower)) return true;
    if (t.kind === "punct" && !w.through) return false;
  }
  return false;
}
function nearby(m, u) {
  if (u.adjacent) {
    if (u.side === "after") {
      const end = u.pattern.endAt(m.tokens, m.last - u.overlap);
      return end > 0 && end <= m.last + u.reach;
    }
    for (let first = m.first + u.overlap - 1; first >= m.first - u.reach && first >= 0; first--) {
      if (m.tokens[first].kind === "punct") return false;
      if (u.pattern.endAt(m.tokens, first) === m.first + u.overlap) return true;
    }
    return false;
  }
  return u.side === "after" ? u.pattern.within(m.tokens, m.last - u.overlap, m.last + u.reach, "start") : u.pattern.within(m.tokens, m.first - u.reach, m.first + u.overlap, "end");
}
function admits(entry, m, classes) {
  const c = compileExclusions(entry, classes);
  if (c.notAfter && inWindow(m, c.notAfter, "before")) return false;
  if (c.notBefore && inWindow(m, c.notBefore, "after")) return false;
  if (c.onlyAfter && !inWindow(m, c.onlyAfter, "before")) return false;
  if (c.onlyBefore && !inWindow(m, c.onlyBefore, "after")) return false;
  if (entry.notBeforeNumber && m.after()?.kind === "number") return false;
  if (entry.wordFollows && m.after()?.kind !== "word") return false;
  for (const u of c.unless) if (nearby(m, u)) return false;
  if (c.onlyIf.length > 0 && !c.onlyIf.some((u) => nearby(m, u))) return false;
  for (const g of c.requires) if (!g.holds(m)) return false;
  for (const g of c.guards) if (g.holds(m)) return false;
  return entry.when === void 0 || entry.when(m);
}

// server/src/engine/rules/hedgeModel.json
var hedgeModel_default = {
  bias: -1.088,
  threshold: 0.434,
  weights: {
    'p="|w=or': -0.061,
    "p='|w=believe": -0.149,
    "p='|w=or": 0.029,
    "p=(|w=or": 0.306,
    "p=)|w=can": -0.038,
    "p=)|w=or": 0.066,
    "p=,|w=about": 0.112,
    "p=,|w=either": -0.122,
    "p=,|w=especially": -0.276,
    "p=,|w=generally": -0.099,
    "p=,|w=if": 0.119,
    "p=,|w=known": -0.246,
    "p=,|w=leading": -0.058,
    "p=,|w=many": 0.283,
    "p=,|w=may": 0.018,
    "p=,|w=most": 0.032,
    "p=,|w=much": 0.065,
    "p=,|w=often": 0.097,
    "p=,|w=one of the": -0.042,
    "p=,|w=or": 0.056,
    "p=,|w=others": -0.12,
    "p=,|w=particularly": -0.023,
    "p=,|w=probably": 0.356,
    "p=,|w=rather": -0.147,
    "p=,|w=several": 0.087,
    "p=,|w=some": 8e-3,
    "p=,|w=suggesting": 0.292,
    "p=,|w=usually": 0.277,
    "p=,|w=would": 0.187,
    "p=/|w=or": -2e-3,
    "p=;|w=many": -0.104,
    "p=;|w=some": -0.174,
    "p=<num>|w=most": 9e-3,
    "p=<num>|w=or": 0.109,
    "p=<start>|w=a few": 0.301,
    "p=<start>|w=a number of": 0.159,
    "p=<start>|w=certain": 0.233,
    "p=<start>|w=generally": 0.091,
    "p=<start>|w=if": -0.038,
    "p=<start>|w=in general": 0.116,
    "p=<start>|w=in practice": -0.209,
    "p=<start>|w=in some cases": 0.161,
    "p=<start>|w=many": 5e-3,
    "p=<start>|w=most": 0.205,
    "p=<start>|w=one of the": 0.305,
    "p=<start>|w=others": 0.163,
    "p=<start>|w=perhaps": 0.222,
    "p=<start>|w=popular": -0.196,
    "p=<start>|w=several": -0.016,
    "p=<start>|w=some": 0.28,
    "p=<start>|w=sometimes": -0.178,
    "p=<start>|w=typically": 0.206,
    "p=after|w=some": 0.221,
    "p=also|w=known": -0.037,
    "p=also|w=said": 0.197,
    "p=also|w=widely": 0.223,
    "p=although|w=some": 0.039,
    "p=among|w=many": 0.134,
    "p=and|w=a few": 0.431,
    "p=and|w=a variety": -0.191,
    "p=and|w=can": 0.092,
    "p=and|w=could": 0.043,
    "p=and|w=especially": 0.224,
    "p=and|w=in some cases": 0.055,
    "p=and|w=many": -0.013,
    "p=and|w=most": -0.107,
    "p=and|w=often": 0.125,
    "p=and|w=others": -0.045,
    "p=and|w=possibly": 0.362,
    "p=and|w=probably": 0.091,
    "p=and|w=said": -0.227,
    "p=and|w=several": 0.215,
    "p=and|w=some": -0.084,
    "p=are|w=a few": 0.291,
    "p=are|w=a number of": 0.457,
    "p=are|w=about": 9e-3,
    "p=are|w=considered": -0.011,
    "p=are|w=generally": 0.123,
    "p=are|w=known": -0.253,
    "p=are|w=many": 9e-3,
    "p=are|w=often": 0.13,
    "p=are|w=probably": 0.2,
    "p=are|w=said": 0.04,
    "p=are|w=several": 0.201,
    "p=are|w=some": 1e-3,
    "p=are|w=sometimes": 0.093,
    "p=are|w=typically": 0.342,
    "p=are|w=usually": 0.102,
    "p=are|w=well known": 0.214,
    "p=as|w=if": -0.486,
    "p=as|w=many": 0.121,
    "p=as|w=one of the": 0.224,
    "p=as|w=possible": -0.156,
    "p=as|w=several": -0.022,
    "p=as|w=some": 0.016,
    "p=at|w=almost": 6e-3,
    "p=at|w=many": 0.196,
    "p=at|w=some": -0.081,
    "p=a|w=major": 0.131,
    "p=a|w=popular": 0.14,
    "p=a|w=potential": -0.064,
    "p=a|w=well-known": 0.324,
    "p=been|w=disputed": 0.095,
    "p=been|w=reported": 0.202,
    "p=been|w=suggested": 0.224,
    "p=been|w=widely": 0.325,
    "p=best|w=known": 0.137,
    "p=be|w=considered": 0.192,
    "p=be|w=known": -0.093,
    "p=be|w=one of the": -0.13,
    "p=be|w=partially": 0.055,
    "p=be|w=possible": -0.233,
    "p=but|w=can": -0.089,
    "p=but|w=may": -0.157,
    "p=but|w=rather": 0.19,
    "p=by|w=certain": 0.127,
    "p=by|w=either": -0.22,
    "p=by|w=many": 0.462,
    "p=by|w=several": -0.179,
    "p=by|w=some": 0.236,
    "p=by|w=various": 0.011,
    "p=can|w=often": 0.085,
    "p=clothed|w=or": -0.232,
    "p=commonly|w=known": 0.087,
    "p=direct|w=or": -0.12,
    "p=for|w=a few": -9e-3,
    "p=for|w=certain": 0.224,
    "p=for|w=many": 0.289,
    "p=for|w=several": 0.201,
    "p=for|w=some": -0.125,
    "p=from|w=many": 0.084,
    "p=generally|w=considered": 0.083,
    "p=hand|w=or": -0.051,
    "p=has|w=several": -0.089,
    "p=have|w=many": 0.127,
    "p=have|w=some": 0.167,
    "p=have|w=tended to": 0.181,
    "p=he|w=claims": -0.141,
    "p=he|w=may": 0.106,
    "p=he|w=or": -0.127,
    "p=he|w=would": 0.029,
    "p=his|w=<superlative>": 0.454,
    "p=his|w=best": 0.266,
    "p=his|w=most": -0.116,
    "p=his|w=or": 0.08,
    "p=includes|w=most": -0.135,
    "p=in|w=a variety": 0.038,
    "p=in|w=certain": -0.222,
    "p=in|w=either": -4e-3,
    "p=in|w=major": -0.183,
    "p=in|w=many": -0.096,
    "p=in|w=most": -0.208,
    "p=in|w=several": 0.355,
    "p=in|w=some": 0.861,
    "p=in|w=various": 0.249,
    "p=is|w=almost": -6e-3,
    "p=is|w=assumed": 0.089,
    "p=is|w=believed": 0.334,
    "p=is|w=best": 0.121,
    "p=is|w=claimed": 0.254,
    "p=is|w=commonly": 0.279,
    "p=is|w=considered": 0.757,
    "p=is|w=generally": -0.062,
    "p=is|w=known": 0.385,
    "p=is|w=most": 0.052,
    "p=is|w=often": -0.325,
    "p=is|w=one of the": 0.181,
    "p=is|w=particularly": 0.063,
    "p=is|w=possible": 0.684,
    "p=is|w=probably": 0.169,
    "p=is|w=regarded": 0.04,
    "p=is|w=said": 0.442,
    "p=is|w=some": 0.183,
    "p=is|w=thought": 0.174,
    "p=is|w=typically": 0.158,
    "p=is|w=unclear": 0.338,
    "p=is|w=usually": -0.08,
    "p=is|w=widely": 0.271,
    "p=it|w=appears": 0.045,
    "p=it|w=can": 0.118,
    "p=it|w=may": 0.283,
    "p=it|w=might": 0.167,
    "p=it|w=seems": 0.284,
    "p=it|w=should": -0.032,
    "p=it|w=would": -0.063,
    "p=i|w=think": -0.176,
    "p=just|w=a few": -0.266,
    "p=known|w=about": -0.073,
    "p=known|w=around": 0.178,
    "p=malformations|w=or": 0.061,
    "p=malformation|w=or": -0.077,
    "p=members|w=can": -0.219,
    "p=more|w=commonly": 0.313,
    "p=more|w=likely": -0.012,
    "p=most|w=commonly": 0.042,
    "p=most|w=famous": 0.329,
    "p=most|w=important": -0.018,
    "p=most|w=likely": -0.011,
    "p=most|w=notable": 0.413,
    "p=most|w=notably": -0.029,
    "p=most|w=often": -0.027,
    "p=most|w=popular": 0.33,
    "p=not|w=generally": 0.25,
    "p=not|w=known": 0.221,
    "p=often|w=referred to as": 0.263,
    "p=of|w=a number of": 0.24,
    "p=of|w=approximately": -0.168,
    "p=of|w=certain": 0.261,
    "p=of|w=many": 0.184,
    "p=of|w=most": -0.042,
    "p=of|w=others": -0.025,
    "p=of|w=popular": -0.24,
    "p=of|w=several": 0.055,
    "p=of|w=some": 0.318,
    "p=one|w=or": 0.153,
    "p=on|w=a number of": 0.341,
    "p=on|w=many": 0.1,
    "p=on|w=some": 0.096,
    "p=or|w=may": 0.3,
    "p=or|w=some": -0.061,
    "p=other|w=major": 0.102,
    "p=ovulation|w=may": -0.202,
    "p=people|w=would": 0.046,
    "p=red|w=or": -0.163,
    "p=seems|w=probable": 0.214,
    "p=simple|w=majority": -0.127,
    "p=some|w=believe": 0.141,
    "p=some|w=may": 0.047,
    "p=so|w=many": 0.037,
    "p=so|w=most": 0.081,
    "p=that|w=appeared": -0.312,
    "p=that|w=can": -0.037,
    "p=that|w=if": -0.24,
    "p=that|w=many": 0.307,
    "p=that|w=may": 0.138,
    "p=that|w=most": 0.074,
    "p=that|w=some": 0.159,
    "p=that|w=would": -0.354,
    "p=they|w=believe": -0.17,
    "p=they|w=can": 0.129,
    "p=they|w=may": -0.138,
    "p=they|w=should": -0.029,
    "p=they|w=would": -0.086,
    "p=the|w=<superlative>": 0.154,
    "p=the|w=best": -0.324,
    "p=the|w=controversial": -0.081,
    "p=the|w=popular": -0.133,
    "p=the|w=possibility": -0.164,
    "p=the|w=possible": -0.213,
    "p=the|w=various": -0.024,
    "p=this|w=claim": 0.185,
    "p=this|w=may": -0.045,
    "p=this|w=might": 0.157,
    "p=this|w=would": 0.258,
    "p=though|w=most": 0.374,
    "p=to|w=many": -0.198,
    "p=to|w=several": -0.326,
    "p=to|w=some": -0.059,
    "p=to|w=various": 0.084,
    "p=unclear|w=if": 0.325,
    "p=vary|w=widely": -1e-3,
    "p=vast|w=majority": 0.215,
    "p=very|w=few": 0.03,
    "p=was|w=allegedly": 0.164,
    "p=was|w=considered": 0.152,
    "p=was|w=known": -0.212,
    "p=was|w=often": -0.203,
    "p=was|w=probably": 0.303,
    "p=was|w=reported": 0.019,
    "p=well|w=known": 0.359,
    "p=were|w=often": -0.136,
    "p=were|w=several": 0.071,
    "p=we|w=may": -0.234,
    "p=which|w=can": -0.042,
    "p=which|w=would": 0.101,
    "p=while|w=some": 0.196,
    "p=widely|w=considered": 0.023,
    "p=widely|w=regarded": 0.163,
    "p=without|w=doubt": 0.155,
    "p=with|w=a number of": -0.276,
    "p=with|w=many": -0.365,
    "p=with|w=most": -0.026,
    "p=with|w=several": 0.303,
    "p=with|w=significant": -0.024,
    "p=with|w=some": -0.433,
    "w=<superlative>": 1.078,
    "w=<superlative>|n=.": 0.088,
    "w=<superlative>|n=.|nn=<end>": 0.088,
    "w=<superlative>|n=and": 0.473,
    "w=<superlative>|n=and|nn=most": 0.217,
    "w=<superlative>|n=in": -0.029,
    "w=<superlative>|n=in|nn=the": 0.153,
    "w=<superlative>|n=known": 0.037,
    "w=<superlative>|n=of": -0.132,
    "w=<superlative>|n=work": -0.047,
    "w=<superlative>|ncap": 0.1,
    "w=<superlative>|nholder": 0.209,
    "w=a certain": 0.023,
    "w=a few": 0.47,
    "w=a few|n=cases": -0.068,
    "w=a few|n=cinemas": 0.291,
    "w=a few|n=cinemas|nn=,": 0.291,
    "w=a few|n=palaces": 0.274,
    "w=a few|n=palaces|nn=that": 0.274,
    "w=a few|nholder": 0.3,
    "w=a few|start": 0.301,
    "w=a number of": 0.805,
    "w=a number of|n=special": -0.078,
    "w=a number of|start": 0.159,
    "w=a variety": 0.183,
    "w=a variety|n=of": 0.183,
    "w=about": 0.549,
    "w=about|n=<num>": -3e-3,
    "w=about|n=<num>|nn=%": 0.196,
    "w=about|n=a": -0.094,
    "w=about|n=the": 0.499,
    "w=about|n=two": 0.135,
    "w=about|ncap": -0.058,
    "w=alleged": 0.434,
    "w=allegedly": 0.441,
    "w=alleged|n=to": 0.324,
    "w=alleged|n=to|nn=have": 0.324,
    "w=almost": 0.21,
    "w=almost|n=all": 0.026,
    "w=almost|n=always": -0.176,
    "w=apparent": 0.162,
    "w=apparently": 0.251,
    "w=appear": -0.055,
    "w=appeared": -0.036,
    "w=appeared|n=in": 0.152,
    "w=appeared|n=in|nn=the": 0.217,
    "w=appears": -0.271,
    "w=appears|n=to": -0.075,
    "w=appears|n=to|nn=be": 0.292,
    "w=approximately": -0.059,
    "w=arguably": 0.332,
    "w=argue": 0.224,
    "w=argued": 0.429,
    "w=argued|n=that": 0.429,
    "w=argue|n=that": 0.224,
    "w=around": 0.16,
    "w=around|n=<num>": 0.136,
    "w=around|n=<num>|nn=%": -0.124,
    "w=around|n=the": 0.499,
    "w=around|n=the|nn=world": 0.44,
    "w=around|ncap": -0.102,
    "w=assumed": 0.376,
    "w=assumed|n=that": 0.235,
    "w=believe": -0.191,
    "w=believed": 0.502,
    "w=believed|n=in": 0.064,
    "w=believed|n=that": 0.24,
    "w=believed|n=to": 0.198,
    "w=believe|n=that": 0.202,
    "w=believe|n=that|nn=the": -0.042,
    "w=best": -0.284,
    "w=best|n=in": 9e-3,
    "w=best|n=in|nn=the": 9e-3,
    "w=best|n=known": 0.137,
    "w=best|n=of": -0.298,
    "w=can": 0.508,
    "w=can|n=am": -0.204,
    "w=can|n=be": 0.18,
    "w=can|n=be|nn=a": 0.129,
    "w=can|n=be|nn=created": -0.268,
    "w=can|n=be|nn=found": 0.193,
    "w=can|n=be|nn=used": 0.012,
    "w=can|n=have": 0.217,
    "w=can|n=often": 0.085,
    "w=can|n=refer": -0.024,
    "w=can|ncap": -0.204,
    "w=certain": 0.852,
    "w=certain|start": 0.233,
    "w=claim": 0.461,
    "w=claimed": 0.603,
    "w=claimed|n=that": 0.366,
    "w=claimed|n=that|nn=the": 0.266,
    "w=claims": -0.238,
    "w=claims|n=of": -0.021,
    "w=claims|n=that": -0.26,
    "w=claim|n=that": 0.385,
    "w=commonly": 0.333,
    "w=commonly|n=called": -0.231,
    "w=commonly|n=known": 0.087,
    "w=commonly|n=known|nn=as": 0.087,
    "w=consider": 0.034,
    "w=considered": 1.085,
    "w=considered|n=a": -0.143,
    "w=considered|n=an": 0.038,
    "w=considered|n=as": 0.103,
    "w=considered|n=as|nn=one": 0.103,
    "w=considered|n=by": -0.104,
    "w=considered|n=severely": 0.177,
    "w=considered|n=severely|nn=deprived": 0.177,
    "w=considered|n=the": 0.284,
    "w=considered|n=to": 0.296,
    "w=considered|n=to|nn=be": 0.278,
    "w=controversial": -0.078,
    "w=could": 0.232,
    "w=could|n=be": -0.018,
    "w=could|n=have": -0.011,
    "w=could|n=not": 0.152,
    "w=described": 0.55,
    "w=described|n=as": 0.263,
    "w=disputed": -0.114,
    "w=doubt": 0.228,
    "w=either": -0.148,
    "w=either|n=by": -0.01,
    "w=either|n=the": 0.19,
    "w=especially": -0.051,
    "w=especially|n=in": -0.118,
    "w=especially|n=the": -0.035,
    "w=especially|n=those": -0.208,
    "w=essentially": -0.041,
    "w=estimated": 0.142,
    "w=estimated|n=that": 0.052,
    "w=expected": 0.199,
    "w=expected|n=to": 0.191,
    "w=fairly": 0.123,
    "w=famous": 0.251,
    "w=famously": 0.355,
    "w=famous|nholder": 0.056,
    "w=feel": 0.17,
    "w=feel|n=that": 0.094,
    "w=felt": 0.222,
    "w=few": 0.437,
    "w=generally": 1.14,
    "w=generally|n=,": 0.234,
    "w=generally|n=considered": 0.083,
    "w=generally|n=only": 5e-3,
    "w=generally|start": 0.091,
    "w=if": -0.187,
    "w=if|n=a": -0.226,
    "w=if|n=a|nn=person": 0.084,
    "w=if|n=he": -0.116,
    "w=if|n=it": 0.12,
    "w=if|n=the": 0.042,
    "w=if|n=they": -0.023,
    "w=if|n=they|nn=are": -0.075,
    "w=if|n=you": -0.043,
    "w=if|ncap": -0.274,
    "w=if|start": -0.038,
    "w=important": 0.076,
    "w=in general": 0.084,
    "w=in general|n=,": 0.116,
    "w=in general|start": 0.116,
    "w=in practice": -0.141,
    "w=in practice|n=,": -0.06,
    "w=in practice|start": -0.209,
    "w=in some cases": 0.027,
    "w=in some cases|n=,": 0.141,
    "w=in some cases|n=the": 0.053,
    "w=in some cases|start": 0.161,
    "w=in some ways": 0.053,
    "w=indicate": 0.026,
    "w=indicates": -0.086,
    "w=indicates|n=that": 0.024,
    "w=indicate|n=that": 0.253,
    "w=known": 0.385,
    "w=known|n=,": 0.287,
    "w=known|n=about": -0.073,
    "w=known|n=around": 0.178,
    "w=known|n=as": -0.481,
    "w=known|n=as|nn='": -0.324,
    "w=known|n=as|nn=the": 0.028,
    "w=known|n=for": 0.198,
    "w=known|n=for|nn=his": 0.298,
    "w=known|n=to": 0.2,
    "w=known|n=to|nn=be": 0.055,
    "w=known|n=to|nn=have": 0.303,
    "w=leading": 0.222,
    "w=leading|n=to": -0.058,
    "w=likelihood": 0.341,
    "w=likely": 0.458,
    "w=likely|n=that": 0.317,
    "w=mainly": -0.396,
    "w=major": 0.011,
    "w=majority": -0.233,
    "w=majority|n=of": -0.036,
    "w=majority|n=of|nn=the": 0.133,
    "w=majority|n=of|nn=those": -0.199,
    "w=many": 1.999,
    "w=many|n=different": 0.098,
    "w=many|n=languages": -0.258,
    "w=many|n=modern": -0.195,
    "w=many|n=more": -0.078,
    "w=many|n=of": 0.446,
    "w=many|n=of|nn=his": -0.116,
    "w=many|n=of|nn=the": 0.306,
    "w=many|n=of|nn=them": -0.204,
    "w=many|n=of|nn=these": 0.029,
    "w=many|n=of|nn=those": 0.11,
    "w=many|n=other": 0.594,
    "w=many|n=others": 0.123,
    "w=many|n=species": -0.124,
    "w=many|n=such": -0.148,
    "w=many|n=times": 0.118,
    "w=many|n=years": -0.236,
    "w=many|ncap": 0.179,
    "w=many|nholder": 0.227,
    "w=many|start": 5e-3,
    "w=may": 0.705,
    "w=may|n=,": 0.015,
    "w=may|n=also": -0.029,
    "w=may|n=also|nn=be": -0.312,
    "w=may|n=be": -0.037,
    "w=may|n=be|nn=partially": 0.055,
    "w=may|n=be|nn=used": -0.202,
    "w=may|n=even": 0.168,
    "w=may|n=have": 0.683,
    "w=may|n=have|nn=a": -0.021,
    "w=may|n=have|nn=been": 0.301,
    "w=may|n=have|nn=begun": 0.222,
    "w=may|n=help": -0.088,
    "w=may|n=help|nn=prevent": -0.088,
    "w=may|n=include": -0.2,
    "w=may|n=lead": -0.078,
    "w=may|n=lead|nn=to": -0.078,
    "w=may|n=not": 0.087,
    "w=may|n=not|nn=have": 0.054,
    "w=may|n=require": 0.071,
    "w=may|n=result": 0.044,
    "w=may|n=take": 0.177,
    "w=may|n=take|nn=place": 0.177,
    "w=might": 0.549,
    "w=might|n=be": 0.573,
    "w=most": 0.507,
    "w=most|n=closely": -0.214,
    "w=most|n=commonly": 0.042,
    "w=most|n=famous": 0.227,
    "w=most|n=important": -0.127,
    "w=most|n=likely": -0.011,
    "w=most|n=notable": 0.191,
    "w=most|n=notably": -0.029,
    "w=most|n=of": -0.141,
    "w=most|n=often": -0.027,
    "w=most|n=of|nn=the": 1e-3,
    "w=most|n=of|nn=these": 0.262,
    "w=most|n=of|nn=whom": -0.197,
    "w=most|n=popular": 0.208,
    "w=most|nholder": 0.32,
    "w=most|start": 0.205,
    "w=much": -0.057,
    "w=much|n=of": 0.393,
    "w=much|n=of|nn=the": 0.451,
    "w=much|n=smaller": -0.058,
    "w=nearly": -0.11,
    "w=not known": 0.221,
    "w=notable": 0.139,
    "w=notably": -0.018,
    "w=notably|ncap": -0.092,
    "w=noted": 0.244,
    "w=noted|n=that": 0.111,
    "w=numerous": 0.274,
    "w=numerous|ncap": -0.049,
    "w=occasionally": 0.157,
    "w=often": -1e-3,
    "w=often|n=a": -0.118,
    "w=often|n=called": -0.156,
    "w=often|n=in": -0.068,
    "w=often|n=referred": 0.263,
    "w=often|n=referred|nn=to": 0.263,
    "w=often|n=the": -0.033,
    "w=one of the": 0.324,
    "w=one of the|n=best": 0.216,
    "w=one of the|n=finest": 0.028,
    "w=one of the|n=most": 0.425,
    "w=one of the|n=most|nn=important": 0.109,
    "w=one of the|n=oldest": 0.046,
    "w=one of the|n=two": -0.3,
    "w=one of the|start": 0.305,
    "w=or": -0.241,
    'w=or|n="': 0.107,
    "w=or|n='": 0.236,
    "w=or|n=,": 0.125,
    "w=or|n=<num>": -0.145,
    "w=or|n=a": -0.032,
    "w=or|n=another": -0.055,
    "w=or|n=at": 0.119,
    "w=or|n=by": 0.105,
    "w=or|n=even": 0.122,
    "w=or|n=her": 0.08,
    "w=or|n=indirect": -0.12,
    "w=or|n=indirect|nn=harmful": -0.12,
    "w=or|n=later": -0.146,
    "w=or|n=may": 0.3,
    "w=or|n=may|nn=be": 0.148,
    "w=or|n=other": -0.158,
    "w=or|n=other|nn=direct": -0.12,
    "w=or|n=she": -0.127,
    "w=or|n=some": -0.061,
    "w=or|n=the": 0.16,
    "w=or|n=to": -0.018,
    "w=or|n=two": 0.132,
    "w=or|ncap": -0.046,
    "w=others": 0.138,
    "w=others|n=are": -0.067,
    "w=others|n=to": -0.053,
    "w=others|n=were": 0.285,
    "w=others|start": 0.163,
    "w=partially": 0.151,
    "w=particularly": -0.057,
    "w=perhaps": 0.383,
    "w=perhaps|ncap": 0.103,
    "w=perhaps|start": 0.222,
    "w=popular": 0.072,
    "w=popular|n=culture": 0.071,
    "w=popular|n=in": -0.01,
    "w=popular|n=in|nn=the": -0.01,
    "w=popular|start": -0.196,
    "w=possibility": -0.129,
    "w=possibility|n=that": -0.011,
    "w=possible": 0.128,
    "w=possible|n=.": -0.135,
    "w=possible|n=.|nn=<end>": -0.135,
    "w=possible|n=that": 0.705,
    "w=possible|n=to": 0.241,
    "w=possibly": 0.873,
    "w=potential": -0.108,
    "w=presumably": 0.375,
    "w=primarily": -0.174,
    "w=probable": 0.311,
    "w=probably": 1.739,
    "w=probably|n=also": 0.185,
    "w=probably|n=the": 0.121,
    "w=probably|ncap": 0.098,
    "w=prominent": -0.146,
    "w=prominent|ncap": -0.192,
    "w=proposed": -0.135,
    "w=rather": 0.047,
    "w=rather|n=than": -0.226,
    "w=referred to as": 0.482,
    'w=referred to as|n="': 0.309,
    "w=referred to as|n=a": -0.071,
    "w=referred to as|n=the": 0.302,
    "w=regard": 0.061,
    "w=regarded": 0.148,
    "w=regarded|n=as": 0.148,
    "w=regarded|n=as|nn=a": 0.203,
    "w=relatively": 0.239,
    "w=reported": 0.437,
    "w=reported|n=that": 0.164,
    "w=reported|n=to": 0.2,
    "w=reported|n=to|nn=have": 0.331,
    "w=said": 0.269,
    "w=said|n=,": -0.216,
    "w=said|n=that": 0.391,
    "w=said|n=that|nn=he": 0.174,
    "w=said|n=to": 0.537,
    "w=said|n=to|nn=be": 6e-3,
    "w=said|n=to|nn=have": 0.295,
    "w=seemed": 0.058,
    "w=seemed|n=to": 0.246,
    "w=seemingly": 0.286,
    "w=seems": 0.754,
    "w=seems|n=probable": 0.214,
    "w=seems|n=to": 0.471,
    "w=seems|n=to|nn=be": 0.259,
    "w=seems|n=to|nn=have": 0.211,
    "w=several": 1.724,
    "w=several|n=characters": 0.151,
    "w=several|n=deaths": 0.168,
    "w=several|n=different": 0.181,
    "w=several|n=of": -0.018,
    "w=several|n=of|nn=the": -0.09,
    "w=several|n=other": 0.361,
    "w=several|n=years": 0.163,
    "w=several|ncap": 0.198,
    "w=several|nholder": -0.077,
    "w=several|start": -0.016,
    "w=should": 0.091,
    "w=should|n=be": 0.013,
    "w=should|n=not": 0.018,
    "w=should|n=not|nn=be": 0.018,
    "w=significant": 0.178,
    "w=some": 1.905,
    "w=sometimes": 0.421,
    "w=sometimes|start": -0.178,
    "w=somewhat": -0.119,
    "w=some|n=areas": 0.113,
    "w=some|n=at": 0.019,
    "w=some|n=believe": 0.141,
    "w=some|n=cases": 0.027,
    "w=some|n=cases|nn=,": 0.141,
    "w=some|n=cases|nn=the": 0.053,
    "w=some|n=common": 0.109,
    "w=some|n=confusion": -0.204,
    "w=some|n=exceptions": -0.371,
    "w=some|n=extent": -0.31,
    "w=some|n=extent|nn=,": -0.07,
    "w=some|n=form": 0.115,
    "w=some|n=form|nn=of": 0.115,
    "w=some|n=historians": 0.115,
    "w=some|n=kind": -0.076,
    "w=some|n=kind|nn=of": -0.076,
    "w=some|n=materials": 0.208,
    "w=some|n=may": 0.047,
    "w=some|n=of": -0.478,
    "w=some|n=of|nn=his": -0.125,
    "w=some|n=of|nn=the": -0.256,
    "w=some|n=of|nn=these": 0.097,
    "w=some|n=other": 0.284,
    "w=some|n=people": 0.068,
    "w=some|n=sort": 0.184,
    "w=some|n=sort|nn=of": 0.133,
    "w=some|n=species": 0.154,
    "w=some|n=ways": 0.053,
    "w=some|n=were": -0.171,
    "w=some|n=years": 0.101,
    "w=some|ncap": 0.253,
    "w=some|nholder": 0.541,
    "w=some|start": 0.28,
    "w=suggest": 0.278,
    "w=suggested": 0.554,
    "w=suggesting": 0.325,
    "w=suggesting|n=that": 0.325,
    "w=suggesting|n=that|nn=it": 0.121,
    "w=suggests": 0.463,
    "w=suggests|n=a": 0.038,
    "w=suggests|n=that": 0.209,
    "w=suggest|n=that": 0.278,
    "w=supposedly": 0.35,
    "w=suspect": 0.07,
    "w=suspected": 0.251,
    "w=suspect|n=that": 0.07,
    "w=suspect|n=that|nn=the": 0.07,
    "w=tend to": -0.14,
    "w=tended to": 0.107,
    "w=theory": 0.371,
    "w=think": -0.232,
    "w=thought": 0.353,
    "w=thought|n=that": 0.174,
    "w=thought|n=to": 0.34,
    "w=traditionally": 0.2,
    "w=typically": 0.539,
    "w=typically|n=,": 0.206,
    "w=typically|start": 0.206,
    "w=unclear": 0.338,
    "w=unclear|n=if": 0.325,
    "w=unlikely": -0.067,
    "w=usually": -0.485,
    "w=various": 0.424,
    "w=various|n=parts": 0.062,
    "w=various|n=parts|nn=of": 0.062,
    "w=virtually": 0.205,
    "w=well known": 0.359,
    "w=well known|n=around": 0.178,
    "w=well-known": 0.821,
    "w=whether": 0.305,
    "w=whether|n=it": 0.038,
    "w=widely": 1.093,
    "w=widely|n=accepted": 0.127,
    "w=widely|n=considered": 0.023,
    "w=widely|n=regarded": 0.163,
    "w=widely|n=regarded|nn=as": 0.163,
    "w=widely|n=used": 0.2,
    "w=widespread": -0.03,
    "w=widespread|n=.": -0.134,
    "w=widespread|n=.|nn=<end>": -0.134,
    "w=would": 0.49,
    "w=would|n=be": 0.175,
    "w=would|n=be|nn=returned": -0.228,
    "w=would|n=be|nn=too": -0.184,
    "w=would|n=have": 0.229,
    "w=would|n=make": 0.146,
    "w=would|n=not": -0.254,
    "w=would|n=not|nn=be": -0.135
  }
};

// server/src/engine/rules/hedge.ts
var MONTH_CONTEXT = /* @__PURE__ */ new Set(["in", "on", "of", "since", "until", "by", "from", "during", "early", "late", "mid", "last", "next", "through", "till", "before", "after", "between", "and", "to"]);
var PERMISSION_SUBJECTS = /* @__PURE__ */ new Set(["you", "visitors", "users", "applicants", "members", "students", "guests", "participants", "players", "customers", "readers", "passengers", "entrants"]);
var mayNotDoubt = {
  description: '"May" the month (capitalised mid-sentence, after "in", "on", "since", ..., or before a number), or "may" after a subject that makes it a permission ("you may")',
  holds: (m) => {
    const t = m.token(0);
    if (t.lower !== "may") return false;
    if (isCapitalized(t) && !m.atSentenceStart) return true;
    if (MONTH_CONTEXT.has(m.wordBefore()) || m.after()?.kind === "number") return true;
    return PERMISSION_SUBJECTS.has(m.wordBefore());
  },
  examples: {
    holds: [],
    not: []
  }
};
var FINITE_AFTER_ADVERB = /* @__PURE__ */ new Set(["had", "has", "have", "was", "were", "is", "are", "came", "took", "began", "went", "made", "gave", "saw", "knew", "did", "will", "would", "came", "wrote", "met", "left", "ran", "fell", "grew", "lost", "won", "built", "brought", "bought", "sold", "held", "led", "meant", "became", "refers", "comes", "dates", "derives"]);
var finiteVerbFollows = {
  description: 'A finite verb follows the match ("had", "took", a form in "-ed"), the way one follows "probably"',
  holds: (m) => {
    const next2 = m.after();
    if (!next2 || next2.kind !== "word") return false;
    return FINITE_AFTER_ADVERB.has(next2.lower) || next2.lower.endsWith("ed") && next2.lower.length > 4;
  },
  examples: {
    holds: [],
    not: []
  }
};
var governsPhrase = {
  description: 'A word follows the match, perhaps after an opening quotation mark (several "miracle cures")',
  holds: (m) => {
    let next2 = m.after();
    if (next2 && QUOTE_OPENERS.has(next2.text)) next2 = m.after(2);
    return next2 !== void 0 && next2.kind === "word";
  },
  examples: {
    holds: [],
    not: []
  }
};
var HEDGE_CUES = [
  {
    pattern: "may|might|could have|have_been|be_the",
    flag: [],
    pass: [],
    notAfter: [...PERMISSION_SUBJECTS],
    guards: [mayNotDoubt],
    cueAt: "first",
    sure: true
  },
  {
    pattern: "might",
    flag: [],
    pass: [],
    // "its might", "all her might": the noun.
    wordFollows: true,
    notAfter: ["its", "his", "her", "their", "all", "the", "military", "naval", "economic", "our", "of"],
    sure: true
  },
  {
    pattern: "probably|possibly|perhaps|presumably|apparently|seemingly|arguably|conceivably|maybe|likely_to|unlikely_to",
    flag: [],
    sure: true
  },
  {
    // "Patsy most likely took over", "the bones likely belonged to a deer": the adverb, meaning "probably".
    pattern: "most? likely",
    flag: [],
    pass: [],
    notAfter: ["is", "are", "was", "were", "be", "been", "more", "less", "seems", "seem", "look", "looks"],
    requires: [finiteVerbFollows],
    cueAt: "last",
    sure: true
  },
  {
    // "It is almost certain that", "nearly certainly": certainty claimed and withheld in one breath.
    pattern: "almost|nearly|virtually certain|certainly",
    flag: [],
    sure: true
  },
  {
    pattern: "seem|seems|seemed|appear|appears|appeared to",
    flag: [],
    sure: true
  },
  {
    // "Many believe", "some argue": a vague crowd holds the view. The weasel rules flag it too, and
    // that finding wins where both are on; with them switched off the hedge must still see it
    // (tested in lint.test.ts, since the examples here run with the weasel rules on).
    pattern: "many|some|most|several|others|few @beliefVerb",
    flag: [],
    cueAt: "first",
    sure: true
  },
  {
    // "It seems the plan worked": the whole claim rests on an impression.
    pattern: "it seems|seemed|appears|appeared",
    flag: [],
    pass: [],
    cueAt: "last",
    sure: true
  },
  {
    // Evidence that "suggests that" something is so: the finding is offered as likely, not shown.
    pattern: "suggest|suggests|suggesting that",
    flag: [],
    pass: [],
    sure: true
  },
  {
    // "Generally, ..." opening a sentence qualifies all of it.
    pattern: "generally",
    flag: [],
    requires: ["sentenceStart"],
    onlyBefore: [","],
    sure: true
  },
  {
    pattern: "it is|was|remains not? possible|likely|unlikely|unclear|uncertain|doubtful|believed|thought|assumed|suspected",
    flag: [],
    sure: true
  },
  {
    pattern: "is|are|was|were|remains @degreeWord? possible|likely|unlikely|unclear|uncertain|doubtful",
    flag: [],
    cueAt: "last",
    sure: true
  },
  {
    pattern: "may|might|could|can|would|should",
    flag: [],
    pass: [],
    guards: [mayNotDoubt]
  },
  {
    pattern: "@modalAdverb",
    flag: []
  },
  { pattern: "@seem", flag: [] },
  { pattern: "@suggest", flag: [] },
  { pattern: "@possible", flag: [] },
  {
    pattern: "@quantity",
    flag: [],
    pass: [],
    notAfter: ["the", "a", "an"],
    requires: [governsPhrase]
  },
  { pattern: "whether|if|or|either|not_clear|not_known|unknown", flag: [] },
  {
    // "a few palaces", "a variety of groups", "a certain measure": vague quantities after an article,
    // which the quantity entry above leaves out ("a few" is not "few").
    pattern: "a few|certain|variety|handful|good_deal|great_deal|great_many",
    flag: [],
    wordFollows: true
  },
  { pattern: "in general|part|principle|theory|practice|some_cases|many_cases|most_cases|some_respects|some_ways", flag: [] }
];
var SUPERLATIVE = "superlative";
var SUPERLATIVE_OPENERS = /* @__PURE__ */ new Set(["the", "its", "his", "her", "their", "our", "whose", "among"]);
function superlativeAt(tokens, i) {
  const opener = tokens[i - 1];
  const t = tokens[i];
  if (!opener || t.kind !== "word" || !(SUPERLATIVE_OPENERS.has(opener.lower) || isPossessive(opener.lower))) return 0;
  if (t.lower === "most" && tokens[i + 1]?.kind === "word" && tokens[i + 1].lower !== "of") return 2;
  if (t.lower.startsWith("best-") || t.lower.startsWith("most-") || t.lower === "best" || t.lower === "greatest" || t.lower === "finest") return 1;
  if (superlativeShaped(t.lower) && tokens[i + 1]?.kind === "word") return 1;
  return 0;
}
var CLASSES2 = {
  degreeWord: ["quite", "very", "entirely", "still", "also", "highly", "not", "more", "less"],
  modalAdverb: ["possibly", "probably", "likely", "unlikely", "apparently", "perhaps", "presumably", "potentially", "arguably", "conceivably", "plausibly", "seemingly", "supposedly", "maybe", "purportedly", "reportedly", "allegedly", "putatively", "somewhat", "largely", "mostly", "generally", "typically", "sometimes", "occasionally", "frequently", "widely", "roughly", "approximately", "nearly", "almost", "partly", "partially", "relatively", "fairly", "rather", "often", "usually", "commonly", "traditionally", "reputedly", "ostensibly", "about", "around", "circa", "virtually", "essentially", "mainly", "primarily", "especially", "particularly", "notably", "famously", "perhaps"],
  seem: ["seem", "seems", "seemed", "appear", "appears", "appeared", "tend to", "tends to", "tended to", "referred to as", "thought", "believed", "considered", "regarded", "known", "said", "reported", "described", "claimed", "alleged", "rumoured", "rumored", "supposed", "presumed", "expected", "estimated", "argued", "noted"],
  suggest: ["suggest", "suggests", "suggested", "suggesting", "suggestion", "indicate", "indicates", "indicated", "imply", "implies", "implied", "speculate", "speculated", "speculation", "suspect", "suspected", "believe", "believes", "assume", "assumed", "presume", "hypothesize", "hypothesized", "hypothesis", "theory", "estimate", "claim", "claims", "consider", "regard", "argue", "argues", "feel", "felt", "think", "thinks", "doubt", "doubts", "hope", "hoped", "propose", "proposed"],
  possible: ["well known", "possible", "probable", "likely", "plausible", "conceivable", "uncertain", "unclear", "doubtful", "questionable", "disputed", "controversial", "debated", "unconfirmed", "alleged", "suspected", "supposed", "presumed", "putative", "apparent", "potential", "presumably", "possibility", "likelihood", "perceived", "so-called", "popular", "famous", "notable", "important", "significant", "major", "best", "well-known", "renowned", "prominent", "leading", "influential", "controversial", "widespread", "various"],
  // Verbs of opinion only: "several held posts", "many saw action" are no hedge.
  beliefVerb: ["believe", "believed", "believes", "think", "thought", "say", "said", "argue", "argued", "claim", "claimed", "feel", "felt", "suggest", "suggested", "contend", "contended", "maintain", "maintained", "suspect", "suspected", "speculate", "speculated", "doubt", "doubted", "allege", "alleged", "assert", "asserted", "fear", "feared"],
  quantity: ["some", "many", "several", "numerous", "most", "few", "countless", "certain", "others", "one of the", "a number of", "much", "majority", "plenty", "lots"]
};
var HOLDERS = /* @__PURE__ */ new Set([...OPINION_HOLDERS, ...PEOPLE]);
function hedgeFeatures(m, name) {
  const cue = name ?? m.words.join(" ");
  const shape = (k) => {
    const t = m.after(k);
    if (!t) return "<end>";
    if (t.kind === "number") return "<num>";
    if (t.kind === "punct") return t.text;
    return t.lower;
  };
  const before2 = m.before();
  const prev = !before2 ? "<start>" : before2.kind === "number" ? "<num>" : before2.lower;
  const next2 = shape(1);
  const features = [`w=${cue}`, `w=${cue}|n=${next2}`, `p=${prev}|w=${cue}`, `w=${cue}|n=${next2}|nn=${shape(2)}`];
  const after = m.after();
  if (after?.kind === "word" && isCapitalized(after)) features.push(`w=${cue}|ncap`);
  if (after?.kind === "word" && (HOLDERS.has(after.lower) || HOLDERS.has(m.wordAfter(2)))) features.push(`w=${cue}|nholder`);
  if (m.atSentenceStart) features.push(`w=${cue}|start`);
  return features;
}
var MODEL = hedgeModel_default;
function hedgeScore(features, weights = MODEL.weights, bias = MODEL.bias) {
  let score = bias;
  for (const f of features) score += weights[f] ?? 0;
  return score;
}
var CANDIDATE_CUES = new PhraseSet();
for (const entry of HEDGE_CUES) if (!entry.sure) CANDIDATE_CUES.add(entry.pattern, entry, CLASSES2);
function candidateCues(tokens) {
  const out = [];
  for (const match of CANDIDATE_CUES.matchAll(tokens)) {
    const view = new MatchView(tokens, match.first, match.last);
    if (!admits(match.entry, view, CLASSES2)) continue;
    const superlative = match.first > 0 && superlativeAt(tokens, match.first) === match.last - match.first;
    out.push({ first: match.first, last: match.last, features: hedgeFeatures(view), superlative });
  }
  for (let i = 1; i < tokens.length; i++) {
    const span = superlativeAt(tokens, i);
    if (span > 0) out.push({ first: i, last: i + span, features: hedgeFeatures(new MatchView(tokens, i, i + span), "<superlative>"), superlative: true });
  }
  return out;
}
function sentenceFeatures(candidates) {
  const all = /* @__PURE__ */ new Set();
  for (const c of candidates) for (const f of c.features) all.add(f);
  return [...all];
}
function weighSentence(tokens) {
  const candidates = candidateCues(tokens);
  if (candidates.length === 0 || hedgeScore(sentenceFeatures(candidates)) < MODEL.threshold) return [];
  const ranked = candidates.map((c, order) => ({ c, order, weight: hedgeScore(c.features, MODEL.weights, 0) })).sort((a, b) => b.weight - a.weight || a.order - b.order).map(({ c }) => ({ offset: tokens[c.first].start, length: tokens[c.last - 1].end - tokens[c.first].start, ...c.superlative ? { detail: SUPERLATIVE } : {} }));
  return [{ ...ranked[0], alternatives: ranked.slice(1) }];
}
var sureCues = HEDGE_CUES.filter((entry) => entry.sure === true);
var weighedCues = HEDGE_CUES.filter((entry) => entry.sure !== true);
var hedge = {
  id: "style/hedge",
  category: "style",
  defaultSeverity: "information",
  profiles: ["hedging"],
  description: 'Unowned uncertainty: "may", "probably", "seems"',
  span: 'the word: "may", "might", "possibly", "probably", "likely", "apparently", "seems", "generally"',
  message: (flagged, detail) => detail === SUPERLATIVE ? `"${flagged}" is a judgement stated as fact; say whose it is, or give what it rests on.` : `"${flagged}" hedges the claim; state the evidence, or say who is uncertain and why.`,
  why: "Hedges, vague quantities and superlatives stated as fact leave the reader unsure how strong the evidence is. Give the evidence, or attribute the uncertainty or the judgement to a named source.",
  guideline: "Wikipedia MOS:WEASEL (expressions of doubt, vague quantities); hedge cues as annotated for the CoNLL-2010 shared task",
  fixes: [],
  droppedInsideClaims: true,
  clearedBy: "quotation",
  rewrite: (sentence4) => prependAttribution(sentence4),
  phrases: { classes: CLASSES2, entries: sureCues },
  scan: weighSentence,
  // The weighed cues' examples, run as tests against the whole rule like the table's.
  examples: { flag: weighedCues.flatMap((entry) => entry.flag), pass: weighedCues.flatMap((entry) => entry.pass ?? []) }
};

// server/src/engine/rules/index.ts
var RULES = [
  vagueMajority,
  anonymousSource,
  agentlessPassive,
  hearsayAdverb,
  unnamedResearch,
  vaguePluralSource,
  unsourcedStatistic,
  sweepingClaim,
  loadedSpeechVerb,
  puffery,
  hedge
];

// server/src/engine/ruleIds.ts
var RULE_IDS = RULES.map((rule) => rule.id);
var CATEGORIES = ["weasel", "unattributed", "style"];
function ruleDocumentation(rule, docsBaseUrl) {
  return docsBaseUrl === void 0 ? void 0 : `${docsBaseUrl}${encodeURIComponent(rule.slice(rule.indexOf("/") + 1))}.md`;
}

// server/src/engine/config.ts
var CONFIG_KEYS = ["$schema", "profile", "rules", "allow", "markers", "markerPlacement"];
var PROFILES = ["default", "hedging"];
var RULE_SETTINGS = ["error", "warning", "information", "hint", "off"];
var MARKUP_LANGUAGES = ["plaintext", "markdown", "html", "latex", "wikitext"];
var MARKER_KEYS = ["citationNeeded", "who", "byWhom"];
var MARKER_PLACEMENTS = ["auto", "afterPunctuation", "beforePunctuation"];
var LANGUAGE_ALIASES = /* @__PURE__ */ new Map([
  ["md", "markdown"],
  ["htm", "html"],
  ["tex", "latex"],
  ["wiki", "wikitext"],
  ["mediawiki", "wikitext"],
  ["txt", "plaintext"],
  ["text", "plaintext"]
]);
var SYNTAX_MESSAGES = new Map(Object.entries({
  InvalidSymbol: "unexpected character",
  InvalidNumberFormat: "malformed number",
  PropertyNameExpected: "expected a property name in double quotes",
  ValueExpected: "expected a value",
  ColonExpected: "expected a colon after the property name",
  CommaExpected: "expected a comma",
  CloseBraceExpected: 'expected a closing brace "}"',
  CloseBracketExpected: 'expected a closing bracket "]"',
  EndOfFileExpected: "expected the end of the file after the top-level value",
  InvalidCommentToken: "malformed comment",
  UnexpectedEndOfComment: "comment is not closed",
  UnexpectedEndOfString: "string is not closed",
  UnexpectedEndOfNumber: "number is cut off",
  InvalidUnicode: "malformed \\u escape",
  InvalidEscapeCharacter: "invalid escape sequence",
  InvalidCharacter: "invalid character in a string"
}));
function parseConfig(text) {
  const index = new LineIndex(text);
  const errors = [];
  const report2 = (offset, length, message, kind) => {
    const { line, column: column2 } = index.lineColumnAt(offset);
    errors.push({ message, offset, length, line, column: column2, ...kind ? { kind } : {} });
  };
  if (text.length > MAX_CONFIG_BYTES) {
    report2(0, 0, `The configuration is too large: ${text.length} characters, over the limit of ${MAX_CONFIG_BYTES}.`);
    return { config: {}, errors };
  }
  const parseErrors = [];
  const source = text.charCodeAt(0) === 65279 ? " " + text.slice(1) : text;
  const deep = tooDeepAt(source);
  if (deep !== void 0) {
    report2(deep, 1, `Objects and arrays are nested too deeply (more than ${MAX_CONFIG_DEPTH} levels); a configuration needs at most 3.`);
    return { config: {}, errors };
  }
  const root = parseTree2(source, parseErrors, { allowTrailingComma: true, disallowComments: false, allowEmptyContent: true });
  if (parseErrors.length > 0) {
    const first = parseErrors[0];
    const code = printParseErrorCode(first.error);
    report2(first.offset, first.length, `Syntax error: ${SYNTAX_MESSAGES.get(code) ?? "invalid JSON"} (${code}).`, "syntax");
    return { config: {}, errors };
  }
  if (!root) {
    report2(0, 0, "The configuration is empty; it must be a JSON object such as {}.");
    return { config: {}, errors };
  }
  if (root.type !== "object") {
    report2(root.offset, root.length, `The configuration must be a JSON object, not ${describe(root)}.`);
    return { config: {}, errors };
  }
  const config = {};
  for (const [key, keyNode, value] of properties(root, report2, "")) {
    switch (key) {
      case "$schema":
        if (value.type !== "string") report2(value.offset, value.length, `"$schema" must be a string, not ${describe(value)}.`);
        break;
      case "profile": {
        const profile = checkEnum(value, PROFILES, '"profile"', report2);
        if (profile) config.profile = profile;
        break;
      }
      case "rules": {
        const rules = checkRules(value, report2);
        if (rules) config.rules = rules;
        break;
      }
      case "allow": {
        const allow = checkAllow(value, report2);
        if (allow) config.allow = allow;
        break;
      }
      case "markers": {
        const markers = checkMarkers(value, report2);
        if (markers) config.markers = markers;
        break;
      }
      case "markerPlacement": {
        const placement = checkMarkerPlacement(value, report2);
        if (placement) config.markerPlacement = placement;
        break;
      }
      default:
        report2(keyNode.offset, keyNode.length, unknownKeyMessage("key", key, CONFIG_KEYS, ""));
    }
  }
  return { config, errors };
}
function tooDeepAt(text) {
  const scanner = createScanner2(text, true);
  let depth = 0;
  for (let token = scanner.scan(); token !== SyntaxKind.EOF; token = scanner.scan()) {
    if (token === SyntaxKind.OpenBraceToken || token === SyntaxKind.OpenBracketToken) {
      if (++depth > MAX_CONFIG_DEPTH) return scanner.getTokenOffset();
    } else if (token === SyntaxKind.CloseBraceToken || token === SyntaxKind.CloseBracketToken) {
      depth = Math.max(0, depth - 1);
    }
  }
  return void 0;
}
function mergeConfigs(...layers) {
  const merged2 = {};
  for (const layer of layers) {
    if (!layer) continue;
    if (layer.profile !== void 0) merged2.profile = layer.profile;
    if (layer.rules !== void 0) merged2.rules = { ...merged2.rules, ...layer.rules };
    if (layer.allow !== void 0) merged2.allow = [...merged2.allow ?? [], ...layer.allow];
    if (layer.markers !== void 0) {
      const markers = { ...merged2.markers };
      for (const language of Object.keys(layer.markers)) {
        const texts = layer.markers[language];
        if (texts === void 0) continue;
        markers[language] = { ...markers[language], ...texts };
      }
      merged2.markers = markers;
    }
    if (layer.markerPlacement !== void 0) merged2.markerPlacement = { ...merged2.markerPlacement, ...layer.markerPlacement };
  }
  return merged2;
}
function properties(object, report2, where2) {
  const seen = /* @__PURE__ */ new Set();
  const result = [];
  for (const property of object.children ?? []) {
    const [keyNode, value] = property.children ?? [];
    if (!keyNode || !value) continue;
    const key = String(keyNode.value);
    if (seen.has(key)) {
      report2(keyNode.offset, keyNode.length, `Duplicate key "${key}"${where2 ? ` in ${where2}` : ""}; each key may appear only once.`);
      continue;
    }
    seen.add(key);
    result.push([key, keyNode, value]);
  }
  return result;
}
function checkEnum(node, allowed2, what, report2) {
  if (node.type === "string" && allowed2.includes(node.value)) return node.value;
  const hint = node.type === "string" ? didYouMean(node.value, allowed2) : "";
  report2(node.offset, node.length, sentence(`${what} must be ${orList(allowed2)}, not ${describe(node)}${hint}`));
  return void 0;
}
function checkRules(node, report2) {
  if (node.type !== "object") {
    report2(node.offset, node.length, `"rules" must be an object mapping rule ids or categories to a severity, not ${describe(node)}.`);
    return void 0;
  }
  const names = [...RULE_IDS, ...CATEGORIES];
  const rules = {};
  for (const [key, keyNode, value] of properties(node, report2, '"rules"')) {
    if (!names.includes(key)) {
      report2(keyNode.offset, keyNode.length, unknownRuleMessage(key));
      continue;
    }
    const setting = checkEnum(value, RULE_SETTINGS, `The setting for "${key}"`, report2);
    if (setting) rules[key] = setting;
  }
  return rules;
}
function checkAllow(node, report2) {
  if (node.type !== "array") {
    report2(node.offset, node.length, `"allow" must be an array of phrases, not ${describe(node)}.`);
    return void 0;
  }
  const allow = [];
  (node.children ?? []).forEach((item, i) => {
    if (item.type !== "string") {
      report2(item.offset, item.length, `"allow[${i}]" must be a string, not ${describe(item)}.`);
    } else if (item.value.trim() === "") {
      report2(item.offset, item.length, `"allow[${i}]" is empty; list the phrase that should never be flagged.`);
    } else {
      allow.push(item.value);
    }
  });
  return allow;
}
function isMarkupLanguageKey(language, keyNode, where2, report2) {
  if (MARKUP_LANGUAGES.includes(language)) return true;
  const alias = LANGUAGE_ALIASES.get(language.toLowerCase());
  report2(
    keyNode.offset,
    keyNode.length,
    alias ? `Unknown language "${language}" in ${where2}; did you mean "${alias}"?` : unknownKeyMessage("language", language, MARKUP_LANGUAGES, ` in ${where2}`)
  );
  return false;
}
function checkMarkers(node, report2) {
  if (node.type !== "object") {
    report2(node.offset, node.length, `"markers" must be an object keyed by language, not ${describe(node)}.`);
    return void 0;
  }
  const markers = {};
  for (const [language, languageNode, value] of properties(node, report2, '"markers"')) {
    if (!isMarkupLanguageKey(language, languageNode, '"markers"', report2)) continue;
    const where2 = `"markers.${language}"`;
    if (value.type !== "object") {
      report2(value.offset, value.length, `${where2} must be an object with "citationNeeded", "who" or "byWhom", not ${describe(value)}.`);
      continue;
    }
    const texts = {};
    for (const [key, keyNode, text] of properties(value, report2, where2)) {
      if (!MARKER_KEYS.includes(key)) {
        report2(keyNode.offset, keyNode.length, unknownKeyMessage("marker", key, MARKER_KEYS, ` in ${where2}`));
      } else if (text.type !== "string") {
        report2(text.offset, text.length, `"markers.${language}.${key}" must be a string, not ${describe(text)}.`);
      } else if (text.value.trim() === "") {
        report2(text.offset, text.length, `"markers.${language}.${key}" is empty; write the marker text to insert.`);
      } else {
        texts[key] = text.value;
      }
    }
    markers[language] = texts;
  }
  return markers;
}
function placementForLanguages(setting) {
  return Object.fromEntries(MARKUP_LANGUAGES.map((language) => [language, setting]));
}
function checkMarkerPlacement(node, report2) {
  if (node.type === "string") {
    const setting = checkEnum(node, MARKER_PLACEMENTS, '"markerPlacement"', report2);
    return setting && placementForLanguages(setting);
  }
  if (node.type !== "object") {
    report2(node.offset, node.length, `"markerPlacement" must be ${orList(MARKER_PLACEMENTS)}, or an object keyed by language, not ${describe(node)}.`);
    return void 0;
  }
  const placement = {};
  for (const [language, languageNode, value] of properties(node, report2, '"markerPlacement"')) {
    if (!isMarkupLanguageKey(language, languageNode, '"markerPlacement"', report2)) continue;
    const setting = checkEnum(value, MARKER_PLACEMENTS, `"markerPlacement.${language}"`, report2);
    if (setting) placement[language] = setting;
  }
  return placement;
}
function unknownKeyMessage(kind, key, allowed2, where2) {
  const hint = didYouMean(key, allowed2);
  return sentence(`Unknown ${kind} "${key}"${where2}${hint || `; expected ${orList(allowed2)}`}`);
}
function unknownRuleMessage(key) {
  const names = [...RULE_IDS, ...CATEGORIES];
  const bySuffix = RULE_IDS.filter((id) => id.slice(id.indexOf("/") + 1) === key.toLowerCase());
  const hint = bySuffix.length === 1 ? `; did you mean "${bySuffix[0]}"?` : didYouMean(key, names);
  return sentence(`Unknown rule id "${key}"${hint || `; use a rule id such as "${RULE_IDS[0]}" or a category (${orList(CATEGORIES)})`}`);
}
function didYouMean(input, candidates) {
  const best = closest(input, candidates);
  return best === void 0 ? "" : `; did you mean "${best}"?`;
}
function closest(input, candidates) {
  const needle = input.toLowerCase();
  let best;
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    const hay = candidate.toLowerCase();
    let d = editDistance(needle, hay);
    if (needle.length >= 3 && hay.startsWith(needle)) d = Math.min(d, 1);
    else if (needle.length >= 4 && hay.startsWith(needle.slice(0, -1))) d = Math.min(d, 2);
    if (d < bestDistance) {
      bestDistance = d;
      best = candidate;
    }
  }
  if (best === void 0) return void 0;
  const limit = Math.max(2, Math.ceil(Math.min(needle.length, best.length) * 0.3));
  return bestDistance <= limit && bestDistance < Math.max(needle.length, best.length) ? best : void 0;
}
function editDistance(a, b) {
  let beforePrevious = [];
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current2 = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      current2[j] = Math.min(previous[j] + 1, current2[j - 1] + 1, previous[j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        current2[j] = Math.min(current2[j], beforePrevious[j - 2] + 1);
      }
    }
    beforePrevious = previous;
    previous = current2;
  }
  return previous[b.length];
}
function describe(node) {
  switch (node.type) {
    case "string":
      return JSON.stringify(node.value);
    case "number":
    case "boolean":
      return String(node.value);
    case "null":
      return "null";
    case "array":
      return "an array";
    case "object":
      return "an object";
    default:
      return "a property";
  }
}
function sentence(text) {
  return /[.?]$/.test(text) ? text : `${text}.`;
}
function orList(items) {
  const quoted = items.map((s) => `"${s}"`);
  if (quoted.length <= 1) return quoted.join("");
  if (quoted.length === 2) return `${quoted[0]} or ${quoted[1]}`;
  return `${quoted.slice(0, -1).join(", ")} or ${quoted[quoted.length - 1]}`;
}

// server/src/engine/markup/builder.ts
var SPACE = 32;
var LF = 10;
var CR = 13;
var QUOTE = 34;
function isSpaceOrTab(c) {
  return c === SPACE || c === 9;
}
function isWhitespace(c) {
  return c === SPACE || c >= 9 && c <= 13;
}
function isBlankInText(c) {
  return c <= SPACE || c === 160 || c === 12288 || c === 65279 || c >= 8192 && c <= 8203 || c === 8232 || c === 8233;
}
function isAsciiLetter(c) {
  return c >= 65 && c <= 90 || c >= 97 && c <= 122;
}
function isAsciiDigit(c) {
  return c >= 48 && c <= 57;
}
function isAsciiAlnum(c) {
  return isAsciiLetter(c) || isAsciiDigit(c);
}
function isWordChar(c) {
  if (c < 128) return isAsciiAlnum(c);
  return /[\p{L}\p{N}]/u.test(String.fromCharCode(c));
}
function isAsciiPunctuation(c) {
  return c >= 33 && c <= 47 || c >= 58 && c <= 64 || c >= 91 && c <= 96 || c >= 123 && c <= 126;
}
function lineEnd(src, i, limit = src.length) {
  while (i < limit) {
    const c = src.charCodeAt(i);
    if (c === LF || c === CR) return i;
    i++;
  }
  return limit;
}
function skipLineBreak(src, i) {
  const c = src.charCodeAt(i);
  if (c === CR) return src.charCodeAt(i + 1) === LF ? i + 2 : i + 1;
  if (c === LF) return i + 1;
  return i;
}
function restOfLineBlank(src, from, limit = src.length) {
  for (let i = from; i < limit; i++) {
    const c = src.charCodeAt(i);
    if (c === LF || c === CR) return true;
    if (!isSpaceOrTab(c)) return false;
  }
  return true;
}
function startsWithIgnoreCase(src, i, lowerWord) {
  if (i + lowerWord.length > src.length) return false;
  for (let k = 0; k < lowerWord.length; k++) {
    let c = src.charCodeAt(i + k);
    if (c >= 65 && c <= 90) c += 32;
    if (c !== lowerWord.charCodeAt(k)) return false;
  }
  return true;
}
var Finder = class {
  constructor(src) {
    this.src = src;
  }
  src;
  memo = /* @__PURE__ */ new Map();
  indexOf(needle, from) {
    const m = this.memo.get(needle);
    if (m && from >= m.from && (m.at < 0 || from <= m.at)) return m.at;
    const at = this.src.indexOf(needle, from);
    this.memo.set(needle, { from, at });
    return at;
  }
  /** End of the line holding `from`: its `\n` or `\r`, or the end of the text. */
  lineEnd(from) {
    const lf = this.indexOf("\n", from);
    const cr = this.indexOf("\r", from);
    if (lf < 0) return cr < 0 ? this.src.length : cr;
    return cr < 0 ? lf : Math.min(lf, cr);
  }
  /**
   * The next `</name` (any case) at or after `from`, followed by `>`, whitespace or `/`.
   * Returns the offset of `<` and the offset just past the closing `>` (or -1 when there is none).
   */
  closeTag(name, from) {
    const key = "\0" + name;
    const m = this.memo.get(key);
    if (m && from >= m.from && m.at < 0) return null;
    let k = from;
    for (; ; ) {
      k = this.indexOf("</", k);
      if (k < 0) {
        this.memo.set(key, { from, at: -1 });
        return null;
      }
      const after = k + 2 + name.length;
      if (startsWithIgnoreCase(this.src, k + 2, name)) {
        const c = this.src.charCodeAt(after);
        if (after >= this.src.length || c === 62 || c === 47 || isWhitespace(c)) {
          const gt = this.indexOf(">", after);
          return { start: k, end: gt < 0 ? this.src.length : gt + 1 };
        }
      }
      k += 2;
    }
  }
};
function parseDirective(body, offset) {
  const m = /^\s*whosays-(ignore-next-line|disable)(?=\s|$)/.exec(body.length > 400 ? body.slice(0, 400) : body);
  if (!m) return null;
  let rest = body.slice(m[0].length);
  const dashes = rest.indexOf("--");
  if (dashes >= 0) rest = rest.slice(0, dashes);
  const rules = rest.split(/[\s,]+/).filter((r) => r.length > 0);
  return { kind: m[1] === "disable" ? "disable" : "ignore-next-line", rules, offset };
}
var ViewBuilder = class {
  src;
  length;
  /** The future `text`, one UTF-16 code unit per source code unit. */
  out;
  citations = [];
  quotations = [];
  directives = [];
  uncommentable = [];
  /** Whether the source holds surrogates: a lone one would not survive a TextDecoder. */
  surrogates;
  bOffsets = [];
  bKinds = [];
  constructor(src) {
    this.src = src;
    this.length = src.length;
    const out = new Uint16Array(src.length);
    let surrogates = false;
    for (let i = 0; i < src.length; i++) {
      const c = src.charCodeAt(i);
      out[i] = c;
      if (c >= 55296 && c <= 57343) surrogates = true;
    }
    this.out = out;
    this.surrogates = surrogates;
  }
  /** Replaces `[start, end)` by spaces, keeping line breaks. */
  blank(start, end) {
    const out = this.out;
    if (start < 0) start = 0;
    if (end > this.length) end = this.length;
    for (let i = start; i < end; i++) {
      const c = out[i];
      if (c !== LF && c !== CR) out[i] = SPACE;
    }
  }
  set(i, code) {
    if (i >= 0 && i < this.length) this.out[i] = code;
  }
  /** True when the reader already turned a non-space source character into a space. */
  wasBlanked(i) {
    return this.out[i] === SPACE && this.src.charCodeAt(i) !== SPACE;
  }
  /**
   * A block boundary: whatever comes from `offset` on starts a new block of `kind`. Blocks are the
   * stretches between boundaries, trimmed; empty ones are dropped. At one offset the last call wins.
   */
  boundary(offset, kind = "paragraph") {
    this.bOffsets.push(offset);
    this.bKinds.push(kind);
    return this.bOffsets.length - 1;
  }
  /** Changes the kind of a boundary already set (a Markdown setext underline turns a paragraph into a heading). */
  setBoundaryKind(index, kind) {
    if (index >= 0 && index < this.bKinds.length) this.bKinds[index] = kind;
  }
  cite(start, end) {
    if (end > start) this.citations.push({ start, end: Math.min(end, this.length) });
  }
  quote(start, end) {
    if (end > start) this.quotations.push({ start, end: Math.min(end, this.length) });
  }
  directive(d) {
    if (d) this.directives.push(d);
  }
  /** Blanks a comment and records the directive it may hold. */
  comment(start, bodyStart, bodyEnd, end) {
    this.directive(parseDirective(this.src.slice(bodyStart, bodyEnd), start));
    this.blank(start, end);
    this.opaque(start, end);
  }
  /**
   * [start, end) is a construct that a comment put inside would not be a comment in, or would break
   * (another comment, a tag, script text, CDATA, verbatim text): a line that starts inside it gets no
   * ignore fix (ProseView.uncommentable). Only constructs that span lines are recorded.
   */
  opaque(start, end) {
    const src = this.src;
    for (let k = start + 1; k < end - 1; k++) {
      const c = src.charCodeAt(k);
      if (c === 10 || c === 13) {
        this.uncommentable.push({ start: start + 1, end });
        return;
      }
    }
  }
  finish() {
    return {
      text: this.text(),
      blocks: this.blocks(),
      citations: byStart(this.citations),
      quotations: merged(this.quotations),
      directives: this.directives.sort((a, b) => a.offset - b.offset),
      ...this.uncommentable.length > 0 ? { uncommentable: merged(this.uncommentable) } : {}
    };
  }
  text() {
    if (!this.surrogates && typeof TextDecoder !== "undefined") return new TextDecoder("utf-16le", { ignoreBOM: true }).decode(this.out);
    const parts = [];
    const CHUNK2 = 8192;
    for (let i = 0; i < this.length; i += CHUNK2) {
      parts.push(String.fromCharCode.apply(null, this.out.subarray(i, Math.min(i + CHUNK2, this.length))));
    }
    return parts.join("");
  }
  blocks() {
    let offsets = this.bOffsets;
    let kinds = this.bKinds;
    let sorted = true;
    for (let k = 1; k < offsets.length; k++) {
      if (offsets[k] < offsets[k - 1]) {
        sorted = false;
        break;
      }
    }
    if (!sorted) {
      const order = offsets.map((_, k) => k).sort((a, b) => offsets[a] - offsets[b] || a - b);
      offsets = order.map((k) => this.bOffsets[k]);
      kinds = order.map((k) => this.bKinds[k]);
    }
    const blocks = [];
    const out = this.out;
    const push2 = (start2, end, kind2) => {
      start2 = Math.max(0, start2);
      end = Math.min(this.length, end);
      while (start2 < end && isBlankInText(out[start2])) start2++;
      while (end > start2 && isBlankInText(out[end - 1])) end--;
      if (end > start2) blocks.push({ start: start2, end, kind: kind2 });
    };
    let start = 0;
    let kind = "paragraph";
    for (let k = 0; k < offsets.length; k++) {
      const at = offsets[k];
      if (at > start) push2(start, at, kind);
      if (at >= start) {
        start = at;
        kind = kinds[k];
      }
    }
    push2(start, this.length, kind);
    return blocks;
  }
};
function byStart(spans) {
  return spans.sort((a, b) => a.start - b.start || b.end - a.end);
}
function merged(spans) {
  spans.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept = [];
  for (const s of spans) {
    const last = kept[kept.length - 1];
    if (last && s.start < last.end) last.end = Math.max(last.end, s.end);
    else kept.push({ start: s.start, end: s.end });
  }
  return kept;
}
function matchEntity(src, i, limit) {
  let k = i + 1;
  const max = Math.min(limit, i + 34);
  if (src.charCodeAt(k) === 35) {
    k++;
    let hex = false;
    if (src.charCodeAt(k) === 120 || src.charCodeAt(k) === 88) {
      hex = true;
      k++;
    }
    const digitsStart = k;
    while (k < max) {
      const c = src.charCodeAt(k);
      if (isAsciiDigit(c) || hex && (c >= 97 && c <= 102 || c >= 65 && c <= 70)) k++;
      else break;
    }
    if (k === digitsStart || k - digitsStart > 7) return -1;
  } else {
    if (!isAsciiLetter(src.charCodeAt(k))) return -1;
    while (k < max && isAsciiAlnum(src.charCodeAt(k))) k++;
  }
  return src.charCodeAt(k) === 59 ? k + 1 : -1;
}
var QUOTE_ENTITIES = /* @__PURE__ */ new Set(["&quot;", "&ldquo;", "&rdquo;", "&bdquo;", "&#34;", "&#x22;", "&#8220;", "&#8221;", "&#x201c;", "&#x201d;"]);
function blankEntity(b, start, end) {
  b.blank(start, end);
  if (end - start <= 8 && QUOTE_ENTITIES.has(b.src.slice(start, end).toLowerCase())) b.set(start, QUOTE);
}
var chars = {
  isSpaceOrTab,
  isWhitespace,
  isAsciiLetter,
  isAsciiDigit,
  isAsciiAlnum,
  isAsciiPunctuation,
  isWordChar,
  lineEnd,
  skipLineBreak,
  restOfLineBlank,
  startsWithIgnoreCase,
  matchEntity,
  blankEntity,
  parseDirective
};

// server/src/engine/markup/inlineCitations.ts
var inlineCitations_exports = {};
__export(inlineCitations_exports, {
  CLEANUP_MARKERS: () => CLEANUP_MARKERS,
  blankInlineCitations: () => blankInlineCitations,
  bracketKind: () => bracketKind,
  matchAuthorYear: () => matchAuthorYear,
  matchInlineCitation: () => matchInlineCitation,
  matchUrl: () => matchUrl,
  mayStartCitation: () => mayStartCitation,
  takeInlineCitation: () => takeInlineCitation
});
var { isAsciiAlnum: isAsciiAlnum2, isSpaceOrTab: isSpaceOrTab2, isWhitespace: isWhitespace2, isWordChar: isWordChar2 } = chars;
var CR2 = 13;
var LF2 = 10;
var MAX_BRACKET = 400;
var MAX_PAREN = 250;
var CLEANUP_MARKERS = /* @__PURE__ */ new Set([
  "citation needed",
  "who?",
  "by whom?",
  "according to whom?",
  "weasel words",
  "which?",
  "when?",
  "vague",
  "source?",
  "clarification needed",
  "dubious",
  "dubious \u2013 discuss",
  "unreliable source?",
  "better source needed",
  "verification needed",
  "failed verification",
  "original research?",
  "citation needed span"
]);
function mayStartCitation(c) {
  return c === 91 || c === 40 || c === 104 || c === 72 || c === 119 || c === 87 || c === 102 || c === 70;
}
function matchInlineCitation(src, i, limit, floor = 0) {
  const c = src.charCodeAt(i);
  if (c === 91) return matchBracketCitation(src, i, limit);
  if (c === 40) {
    const end2 = matchAuthorYear(src, i, limit);
    return end2 < 0 ? null : { kind: "author-year", end: end2 };
  }
  const end = matchUrl(src, i, limit, floor);
  return end < 0 ? null : { kind: "url", end };
}
function closing(src, i, limit, open, close, cap) {
  const max = Math.min(limit, i + cap);
  let newline = false;
  for (let k = i + 1; k < max; k++) {
    const c = src.charCodeAt(k);
    if (c === close) return k;
    if (c === open) return -1;
    if (c === LF2) {
      if (newline) return -1;
      newline = true;
    } else if (c !== CR2 && !isSpaceOrTab2(c)) newline = false;
  }
  return -1;
}
function matchBracketCitation(src, i, limit) {
  const close = closing(src, i, limit, 91, 93, MAX_BRACKET);
  if (close < 0) return null;
  const body = src.slice(i + 1, close);
  const kind = bracketKind(body);
  return kind ? { kind, end: close + 1 } : null;
}
function bracketKind(body) {
  if (body.length === 0) return null;
  if (/^\d{1,4}(?:\s*[-–—,]\s*\d{1,4})*$/.test(body)) return "numeric";
  if (/^\^[^\s\]]+$/.test(body)) return "footnote";
  if (/(?:^|[\s;[-])@[\p{L}\p{N}_]/u.test(body)) return "pandoc";
  if (CLEANUP_MARKERS.has(body.trim().replace(/\s+/g, " ").toLowerCase())) return "marker";
  return null;
}
function matchUrl(src, i, limit, floor = 0) {
  if (i > floor && isWordChar2(src.charCodeAt(i - 1))) return -1;
  let k;
  const c = lower(src, i);
  if (c === 104 && lower(src, i + 1) === 116 && lower(src, i + 2) === 116 && lower(src, i + 3) === 112) {
    k = i + 4;
    if (lower(src, k) === 115) k++;
    if (src.charCodeAt(k) !== 58 || src.charCodeAt(k + 1) !== 47 || src.charCodeAt(k + 2) !== 47) return -1;
    k += 3;
  } else if (c === 102 && lower(src, i + 1) === 116 && lower(src, i + 2) === 112 && src.startsWith("://", i + 3)) {
    k = i + 6;
  } else if (c === 119 && lower(src, i + 1) === 119 && lower(src, i + 2) === 119 && src.charCodeAt(i + 3) === 46) {
    k = i + 4;
  } else return -1;
  const bodyStart = k;
  let opens = 0;
  let closes = 0;
  while (k < limit) {
    const ch = src.charCodeAt(k);
    if (isWhitespace2(ch) || URL_STOPS.has(ch)) break;
    if (ch === 40) opens++;
    else if (ch === 41) closes++;
    k++;
  }
  while (k > bodyStart) {
    const ch = src.charCodeAt(k - 1);
    if (ch === 41 && closes > opens) {
      closes--;
      k--;
    } else if (URL_TRAILERS.has(ch)) k--;
    else break;
  }
  return k > bodyStart && isAsciiAlnumOrSlash(src.charCodeAt(bodyStart)) ? k : -1;
}
function lower(src, at) {
  return src.charCodeAt(at) | 32;
}
function isAsciiAlnumOrSlash(c) {
  return isAsciiAlnum2(c) || c === 47 || c > 127;
}
var URL_STOPS = /* @__PURE__ */ new Set([60, 62, 34, 96, 123, 125, 124, 92, 91, 93]);
var URL_TRAILERS = /* @__PURE__ */ new Set([46, 44, 58, 59, 33, 63, 39, 42, 95, 126, 8217, 8221]);
var MONTHS_AND_SEASONS = /* @__PURE__ */ new Set([
  "january",
  "february",
  "march",
  "april",
  "may",
  "june",
  "july",
  "august",
  "september",
  "october",
  "november",
  "december",
  "jan",
  "jan.",
  "feb",
  "feb.",
  "mar",
  "mar.",
  "apr",
  "apr.",
  "jun",
  "jun.",
  "jul",
  "jul.",
  "aug",
  "aug.",
  "sep",
  "sep.",
  "sept",
  "sept.",
  "oct",
  "oct.",
  "nov",
  "nov.",
  "dec",
  "dec.",
  "spring",
  "summer",
  "autumn",
  "fall",
  "winter",
  "christmas",
  "easter"
]);
var NOT_AN_AUTHOR = /* @__PURE__ */ new Set([
  "in",
  "on",
  "at",
  "by",
  "since",
  "until",
  "till",
  "from",
  "to",
  "before",
  "after",
  "during",
  "circa",
  "ca.",
  "c.",
  "around",
  "about",
  "early",
  "late",
  "mid",
  "through",
  "between",
  "as",
  "also",
  "est.",
  "founded",
  "born",
  "died",
  "fiscal",
  "fy",
  "year",
  "q1",
  "q2",
  "q3",
  "q4",
  "ad",
  "a.d.",
  "bc",
  "b.c.",
  "bce",
  "ce",
  "up",
  "till",
  "only",
  "both",
  "each",
  "every",
  "not",
  "no"
]);
var PREFIX_WORDS = /* @__PURE__ */ new Set(["see", "also", "e.g.", "e.g", "eg", "cf.", "cf", "i.e.", "compare", "quoted", "cited", "as", "in", "for", "example", "instance"]);
var CONNECTORS = /* @__PURE__ */ new Set([
  "and",
  "&",
  "et",
  "al",
  "al.",
  "of",
  "the",
  "for",
  "on",
  "de",
  "van",
  "von",
  "der",
  "den",
  "da",
  "di",
  "du",
  "del",
  "della",
  "la",
  "le",
  "y",
  "und",
  "zu",
  "ten",
  "ter",
  "bin",
  "ibn",
  "dos",
  "das"
]);
var LOCATOR_WORDS = /* @__PURE__ */ new Set([
  "p",
  "p.",
  "pp",
  "pp.",
  "page",
  "pages",
  "chap",
  "chap.",
  "ch",
  "ch.",
  "chapter",
  "para",
  "para.",
  "paras.",
  "sec",
  "sec.",
  "section",
  "\xA7",
  "\xA7\xA7",
  "fig",
  "fig.",
  "n",
  "n.",
  "nn.",
  "note",
  "vol",
  "vol.",
  "no",
  "no.",
  "col",
  "col.",
  "ff",
  "ff.",
  "f.",
  "at",
  "and",
  "&",
  "table",
  "tab.",
  "app.",
  "appendix",
  "emphasis",
  "added",
  "original"
]);
var YEAR = /^(?:1[5-9]\d\d|20\d\d)[a-z]?$/;
var NUMERIC_LOCATOR = /^[\divxlcIVXLC]{1,8}[a-z]?(?:[-–—][\divxlcIVXLC]{1,8}[a-z]?)?(?:ff?\.?)?$/;
var CAPITALISED = /^[\p{Lu}][\p{L}\p{M}'’.-]*$/u;
var PARTICLE_NAME = new RegExp("^\\p{Ll}{1,3}-\\p{Lu}[\\p{L}'\u2019-]*$", "u");
function matchAuthorYear(src, i, limit) {
  const close = closing(src, i, limit, 40, 41, MAX_PAREN);
  if (close < 0) return -1;
  const items = src.slice(i + 1, close).split(";");
  let any = false;
  for (const item of items) {
    if (item.trim().length === 0) continue;
    if (!isAuthorYearItem(item)) return -1;
    any = true;
  }
  return any ? close + 1 : -1;
}
function isAuthorYearItem(item) {
  const tokens = item.split(/[\s,:]+/).filter((t) => t.length > 0);
  let k = 0;
  while (k < tokens.length && PREFIX_WORDS.has(tokens[k].toLowerCase())) k++;
  let year = -1;
  let yearLength = 1;
  for (let t = k; t < tokens.length; t++) {
    const lower2 = tokens[t].toLowerCase();
    if (YEAR.test(tokens[t]) || lower2 === "n.d." || lower2 === "forthcoming") {
      year = t;
      break;
    }
    if (lower2 === "in" && tokens[t + 1]?.toLowerCase() === "press") {
      year = t;
      yearLength = 2;
      break;
    }
  }
  if (year <= k || year - k > 12) return false;
  let named = false;
  for (let t = k; t < year; t++) {
    const token = tokens[t];
    const lower2 = token.toLowerCase();
    if (t === k && NOT_AN_AUTHOR.has(lower2)) return false;
    if (CONNECTORS.has(lower2)) continue;
    if (CAPITALISED.test(token) || PARTICLE_NAME.test(token)) {
      if (!MONTHS_AND_SEASONS.has(lower2) && !NOT_AN_AUTHOR.has(lower2)) named = true;
      continue;
    }
    return false;
  }
  if (!named) return false;
  for (let t = year + yearLength; t < tokens.length; t++) {
    const token = tokens[t];
    if (YEAR.test(token) || NUMERIC_LOCATOR.test(token) || LOCATOR_WORDS.has(token.toLowerCase())) continue;
    return false;
  }
  return true;
}
function blankInlineCitations(b, start, end) {
  let i = start;
  while (i < end) {
    const taken = takeInlineCitation(b, i, end, start);
    i = taken > 0 ? taken : i + 1;
  }
}
function takeInlineCitation(b, i, limit, floor = 0) {
  if (!mayStartCitation(b.src.charCodeAt(i))) return -1;
  const m = matchInlineCitation(b.src, i, limit, floor);
  if (!m) return -1;
  b.blank(i, m.end);
  b.cite(i, m.end);
  return m.end;
}

// server/src/engine/markup/html.ts
var { blankEntity: blankEntity2, isAsciiAlnum: isAsciiAlnum3, isAsciiLetter: isAsciiLetter2, isWhitespace: isWhitespace3, matchEntity: matchEntity2 } = chars;
var { takeInlineCitation: takeInlineCitation2 } = inlineCitations_exports;
var HTML_RAW_ELEMENTS = /* @__PURE__ */ new Set([
  "script",
  "style",
  "pre",
  "code",
  "kbd",
  "samp",
  "var",
  "noscript",
  "template",
  "svg",
  "math",
  "textarea",
  "iframe",
  "object"
]);
var PARSED_RAW_ELEMENTS = /* @__PURE__ */ new Set(["pre", "code", "kbd", "samp", "var", "template", "svg", "math", "object"]);
var VOID_ELEMENTS = /* @__PURE__ */ new Set(["br", "hr", "img", "input", "meta", "link", "wbr", "col", "area", "base", "embed", "source", "track", "param"]);
var HTML_BLOCK_KINDS = new Map([
  ...[
    "p",
    "div",
    "section",
    "article",
    "header",
    "footer",
    "main",
    "aside",
    "nav",
    "address",
    "details",
    "summary",
    "form",
    "fieldset",
    "ul",
    "ol",
    "dl",
    "menu",
    "table",
    "thead",
    "tbody",
    "tfoot",
    "tr",
    "figure",
    "center",
    "blockquote",
    "body",
    "html",
    "head",
    "hgroup",
    "poem"
  ].map(
    (n) => [n, "paragraph"]
  ),
  ...["li", "dd", "dt"].map((n) => [n, "list-item"]),
  ...["h1", "h2", "h3", "h4", "h5", "h6", "title"].map((n) => [n, "heading"]),
  ...["td", "th"].map((n) => [n, "table-cell"]),
  ...["figcaption", "caption", "legend"].map((n) => [n, "caption"])
]);
function parseTagAt(src, i, limit, finder) {
  let k = i + 1;
  let closing2 = false;
  if (src.charCodeAt(k) === 47) {
    closing2 = true;
    k++;
  }
  if (k >= limit || !isAsciiLetter2(src.charCodeAt(k))) return null;
  const nameStart = k;
  while (k < limit) {
    const c = src.charCodeAt(k);
    if (isAsciiAlnum3(c) || c === 45 || c === 58 || c === 95) k++;
    else break;
  }
  const name = src.slice(nameStart, k).toLowerCase();
  const attrStart = k;
  if (k < limit) {
    const c = src.charCodeAt(k);
    if (!(isWhitespace3(c) || c === 47 || c === 62)) return null;
  }
  while (k < limit) {
    const c = src.charCodeAt(k);
    if (c === 62) return { start: i, end: k + 1, name, closing: closing2, selfClosing: src.charCodeAt(k - 1) === 47, attrStart };
    if (c === 34 || c === 39) {
      const q = finder.indexOf(c === 34 ? '"' : "'", k + 1);
      if (q < 0 || q >= limit) return null;
      k = q + 1;
      continue;
    }
    if (c === 60) return null;
    k++;
  }
  return null;
}
function attributes(src, tag) {
  return src.slice(tag.attrStart, tag.end - 1);
}
var HtmlTracker = class {
  constructor(b, finder, raw = HTML_RAW_ELEMENTS, rawRunsToLimit = true, commentsIn = /* @__PURE__ */ new Set()) {
    this.b = b;
    this.finder = finder;
    this.raw = raw;
    this.rawRunsToLimit = rawRunsToLimit;
    this.commentsIn = commentsIn;
  }
  b;
  finder;
  raw;
  rawRunsToLimit;
  commentsIn;
  stack = [];
  counts = /* @__PURE__ */ new Map();
  /** The kind of block that text at the current position belongs to. */
  get kind() {
    const top = this.stack[this.stack.length - 1];
    return top ? top.inner : "paragraph";
  }
  /** Blanks a tag and acts on it. Returns the offset where scanning resumes. */
  onTag(tag, limit) {
    const b = this.b;
    const src = b.src;
    b.blank(tag.start, tag.end);
    b.opaque(tag.start, tag.end);
    const name = tag.name;
    if (!tag.closing) {
      if (this.raw.has(name) && !tag.selfClosing) {
        const close = this.finder.closeTag(name, tag.end);
        const end = close && close.start < limit ? Math.min(close.end, limit) : this.rawRunsToLimit ? limit : tag.end;
        b.blank(tag.start, end);
        if (this.commentsIn.has(name)) this.directivesIn(tag.end, close && close.start < end ? close.start : end);
        else b.opaque(tag.start, end);
        return end;
      }
      if (VOID_ELEMENTS.has(name) || tag.selfClosing) {
        if (name === "br" || name === "hr") b.boundary(tag.start, this.kind);
        return tag.end;
      }
      if (name === "sup" && /\bclass\s*=\s*["']?[^"'>]*\breference\b/i.test(attributes(src, tag))) {
        const close = this.finder.closeTag("sup", tag.end);
        const end = close && close.start < limit ? Math.min(close.end, limit) : tag.end;
        b.blank(tag.start, end);
        b.cite(tag.start, end);
        return end;
      }
      const kind = HTML_BLOCK_KINDS.get(name);
      const quote = name === "blockquote" || name === "q";
      const cite = name === "cite" || name === "a" && /(?:^|\s)href\s*=/i.test(attributes(src, tag));
      if (kind === void 0 && !quote && !cite && name !== "sup") return tag.end;
      if (kind !== void 0) b.boundary(tag.start, kind);
      this.stack.push({ name, start: tag.start, kind, inner: kind ?? this.kind, quote, cite, citesAtOpen: b.citations.length });
      this.counts.set(name, (this.counts.get(name) ?? 0) + 1);
      return tag.end;
    }
    if (!this.counts.get(name)) {
      if (HTML_BLOCK_KINDS.has(name)) b.boundary(tag.start, this.kind);
      return tag.end;
    }
    let wasBlock = false;
    for (; ; ) {
      const open = this.stack.pop();
      this.counts.set(open.name, this.counts.get(open.name) - 1);
      const matched = open.name === name;
      this.finalize(open, matched ? tag.end : tag.start);
      if (open.kind !== void 0) wasBlock = true;
      if (matched) break;
    }
    if (wasBlock) b.boundary(tag.start, this.kind);
    return tag.end;
  }
  /** Records the directives of the comments in [start, end). */
  directivesIn(start, end) {
    const src = this.b.src;
    for (let k = this.finder.indexOf("<!--", start); k >= 0 && k < end; ) {
      const close = this.finder.indexOf("-->", k + 4);
      this.b.directive(parseDirective(src.slice(k + 4, close < 0 || close > end ? end : close), k));
      if (close < 0 || close >= end) break;
      k = this.finder.indexOf("<!--", close + 3);
    }
  }
  /** Ends whatever is still open at `end` (the end of the document). */
  closeAll(end) {
    while (this.stack.length > 0) this.finalize(this.stack.pop(), end);
    this.counts.clear();
  }
  finalize(open, end) {
    if (open.quote) this.b.quote(open.start, end);
    if (open.cite) this.b.cite(open.start, end);
    if (open.name === "sup" && this.b.citations.length > open.citesAtOpen) this.b.cite(open.start, end);
  }
};
function handleAngle(b, tracker, finder, i, limit) {
  const src = b.src;
  const next2 = src.charCodeAt(i + 1);
  if (next2 === 33) {
    if (src.startsWith("<!--", i)) {
      const close = finder.indexOf("-->", i + 4);
      const end = close < 0 || close >= limit ? limit : close + 3;
      b.comment(i, i + 4, close < 0 || close >= limit ? limit : close, end);
      return end;
    }
    if (src.startsWith("<![CDATA[", i)) {
      const close = finder.indexOf("]]>", i + 9);
      const end = close < 0 || close >= limit ? limit : close + 3;
      b.blank(i, end);
      b.opaque(i, end);
      return end;
    }
    if (isAsciiLetter2(src.charCodeAt(i + 2))) {
      const close = finder.indexOf(">", i + 2);
      if (close < 0 || close >= limit) return -1;
      b.blank(i, close + 1);
      b.opaque(i, close + 1);
      return close + 1;
    }
    return -1;
  }
  if (next2 === 63) {
    const close = finder.indexOf(">", i + 2);
    if (close < 0 || close >= limit) return -1;
    b.blank(i, close + 1);
    b.opaque(i, close + 1);
    return close + 1;
  }
  const tag = parseTagAt(src, i, limit, finder);
  return tag ? tracker.onTag(tag, limit) : -1;
}
function readHtml(source) {
  const b = new ViewBuilder(source);
  const finder = new Finder(source);
  const tracker = new HtmlTracker(b, finder, HTML_RAW_ELEMENTS, true, PARSED_RAW_ELEMENTS);
  const n = source.length;
  let i = 0;
  while (i < n) {
    const c = source.charCodeAt(i);
    if (c === 60) {
      const next2 = handleAngle(b, tracker, finder, i, n);
      if (next2 > i) {
        i = next2;
        continue;
      }
    } else if (c === 38) {
      const end = matchEntity2(source, i, n);
      if (end > 0) {
        blankEntity2(b, i, end);
        i = end;
        continue;
      }
    } else {
      const taken = takeInlineCitation2(b, i, n);
      if (taken > 0) {
        i = taken;
        continue;
      }
    }
    i++;
  }
  tracker.closeAll(n);
  return b.finish();
}

// server/src/engine/markup/proseView.ts
var CITATION_STAND_IN = "Author";

// server/src/engine/markup/latex.ts
var { isAsciiLetter: isAsciiLetter3, isSpaceOrTab: isSpaceOrTab3, lineEnd: lineEnd2, parseDirective: parseDirective2 } = chars;
var { takeInlineCitation: takeInlineCitation3 } = inlineCitations_exports;
var CR3 = 13;
var LF3 = 10;
var QUOTE2 = 34;
var SPACE2 = 32;
function readLatex(source) {
  return new LatexReader(source).read();
}
var MATH_ENVIRONMENTS = /* @__PURE__ */ new Set([
  "equation",
  "align",
  "gather",
  "multline",
  "displaymath",
  "math",
  "eqnarray",
  "flalign",
  "alignat",
  "split",
  "dmath",
  "dgroup",
  "subequations"
]);
var RAW_ENVIRONMENTS = /* @__PURE__ */ new Set([
  "verbatim",
  "Verbatim",
  "BVerbatim",
  "LVerbatim",
  "lstlisting",
  "minted",
  "comment",
  "filecontents",
  "tikzpicture",
  "thebibliography",
  "alltt",
  "spverbatim",
  "pgfpicture",
  "forest"
]);
var QUOTE_ENVIRONMENTS = /* @__PURE__ */ new Set(["quote", "quotation", "displayquote", "verse", "displaycquote", "foreigndisplayquote"]);
var TABLE_ENVIRONMENTS = /* @__PURE__ */ new Map([
  ["tabular", 1],
  ["tabular*", 2],
  ["tabularx", 2],
  ["tabulary", 2],
  ["longtable", 1],
  ["array", 1],
  ["tblr", 1],
  ["supertabular", 1],
  ["xtabular", 1]
]);
var ENVIRONMENT_ARGUMENTS = /* @__PURE__ */ new Map([
  ["minipage", 1],
  ["multicols", 1],
  ["wrapfigure", 2],
  ["wraptable", 2],
  ["subfigure", 1],
  ["adjustbox", 1],
  ["otherlanguage", 1],
  ["otherlanguage*", 1]
]);
var NON_TEXT_ARGUMENTS = /* @__PURE__ */ new Map([
  ["label", 1],
  ["ref", 1],
  ["eqref", 1],
  ["pageref", 1],
  ["autoref", 1],
  ["cref", 1],
  ["Cref", 1],
  ["crefrange", 2],
  ["nameref", 1],
  ["vref", 1],
  ["usepackage", 1],
  ["RequirePackage", 1],
  ["documentclass", 1],
  ["includegraphics", 1],
  ["input", 1],
  ["include", 1],
  ["includeonly", 1],
  ["bibliography", 1],
  ["bibliographystyle", 1],
  ["addbibresource", 1],
  ["nocite", 1],
  ["newcommand", 2],
  ["renewcommand", 2],
  ["providecommand", 2],
  ["newenvironment", 3],
  ["renewenvironment", 3],
  ["newtheorem", 2],
  ["DeclareMathOperator", 2],
  ["setlength", 2],
  ["addtolength", 2],
  ["setcounter", 2],
  ["addtocounter", 2],
  ["stepcounter", 1],
  ["refstepcounter", 1],
  ["vspace", 1],
  ["hspace", 1],
  ["texttt", 1],
  ["color", 1],
  ["textcolor", 1],
  ["colorbox", 1],
  ["pagestyle", 1],
  ["thispagestyle", 1],
  ["pagenumbering", 1],
  ["graphicspath", 1],
  ["hypersetup", 1],
  ["geometry", 1],
  ["index", 1],
  ["glossary", 1],
  ["numberwithin", 2],
  ["definecolor", 3],
  ["lstinputlisting", 1],
  ["inputminted", 2],
  ["ensuremath", 1],
  ["bibitem", 1],
  ["multicolumn", 2],
  ["multirow", 2],
  ["cline", 1],
  ["rule", 2],
  ["raisebox", 1],
  ["resizebox", 2],
  ["scalebox", 1],
  ["rotatebox", 1],
  ["fontsize", 2],
  ["setmainfont", 1],
  ["setsansfont", 1],
  ["setmonofont", 1],
  ["foreignlanguage", 1],
  ["selectlanguage", 1],
  ["nolinkurl", 1],
  ["path", 1],
  ["phantom", 1],
  ["hphantom", 1],
  ["vphantom", 1],
  ["includepdf", 1],
  ["captionsetup", 1],
  ["setlist", 1],
  ["usetikzlibrary", 1],
  ["pgfplotsset", 1],
  ["newacronym", 3],
  ["gls", 1],
  ["Gls", 1],
  ["glspl", 1],
  ["Glspl", 1],
  ["acrshort", 1],
  ["acrlong", 1],
  ["acrfull", 1],
  ["ac", 1],
  ["acp", 1],
  ["captionof", 1],
  ["hyperlink", 1],
  ["hypertarget", 1],
  ["newglossaryentry", 2],
  ["addcontentsline", 3],
  ["markboth", 2],
  ["markright", 1],
  ["foreignquote", 1],
  ["texorpdfstring", 1]
]);
var HEADINGS = /* @__PURE__ */ new Set(["part", "chapter", "section", "subsection", "subsubsection", "paragraph", "subparagraph", "title", "subtitle", "frametitle", "framesubtitle", "addpart", "addchap", "addsec", "minisec"]);
var CAPTIONS = /* @__PURE__ */ new Set(["caption", "captionof", "subcaption"]);
var OWN_BLOCKS = /* @__PURE__ */ new Set(["footnote", "footnotetext", "marginpar", "marginnote", "sidenote", "tablefootnote", "endnote"]);
var QUOTE_COMMANDS = /* @__PURE__ */ new Set(["enquote", "textquote", "foreignquote", "hyperquote", "textcquote", "enquote*", "textquote*", "foreignquote*"]);
var TAKES_OPTIONAL = /* @__PURE__ */ new Set(["item", "footnote", "footnotetext", "caption", "textquote", "textcquote", "marginpar", "todo", "href", "hyperref", "sidenote", "makebox", "framebox", "parbox"]);
function isCitationCommand(name) {
  const lower2 = name.toLowerCase();
  if (lower2 === "nocite") return false;
  return lower2.startsWith("cite") || lower2.endsWith("cite") || lower2.endsWith("cites") || lower2 === "footcitetext" || lower2 === "citep*" || lower2 === "citet*";
}
var TEXTUAL_CITATIONS = /* @__PURE__ */ new Set(["citet", "citet*", "Citet", "Citet*", "citeauthor", "citeauthor*", "Citeauthor", "Citeauthor*", "textcite", "Textcite", "textcites", "Textcites", "citeA", "citeNP"]);
function isCitationNeededMacro(name) {
  const lower2 = name.toLowerCase();
  return lower2.includes("citationneeded") || lower2.includes("citeneeded") || lower2.includes("needcite") || lower2.includes("needscitation");
}
var LatexReader = class {
  src;
  b;
  finder;
  limit;
  frames = [];
  envs = [];
  envCounts = /* @__PURE__ */ new Map();
  tableDepth = 0;
  blankLineMemo = { from: -1, at: -1 };
  verbFailures = /* @__PURE__ */ new Map();
  /** Kinds of the block-making groups (headings, captions, footnotes) that are open. */
  blockFrames = [];
  constructor(source) {
    this.src = source;
    this.b = new ViewBuilder(source);
    this.finder = new Finder(source);
    this.limit = source.length;
  }
  read() {
    const { src, b } = this;
    const n = src.length;
    let start = 0;
    const begin = src.indexOf("\\begin{document}");
    if (begin >= 0) {
      this.directivesIn(0, begin);
      start = begin + "\\begin{document}".length;
      b.blank(0, start);
    }
    const end = src.indexOf("\\end{document}", start);
    if (end >= 0) {
      this.limit = end;
      b.blank(end, n);
    }
    this.scan(start);
    while (this.frames.length > 0) this.closeFrame(this.frames.pop(), this.limit);
    while (this.envs.length > 0) this.closeEnvironment(this.envs.pop(), this.limit, this.limit);
    return b.finish();
  }
  /** The kind of block that text at the current position belongs to. */
  get kind() {
    const top = this.blockFrames[this.blockFrames.length - 1];
    if (top) return top;
    return this.tableDepth > 0 ? "table-cell" : "paragraph";
  }
  /**
   * Directives in comments of a stretch that is blanked whole: the preamble, and math, where `%`
   * still starts a comment (an ignore fix puts its comment there when a line starts inside math).
   */
  directivesIn(start, end) {
    const src = this.src;
    for (let k = start; k < end; k++) {
      const c = src.charCodeAt(k);
      if (c === 92) k++;
      else if (c === 37) {
        const le = lineEnd2(src, k, end);
        this.b.directive(parseDirective2(src.slice(k + 1, le), k));
        k = le;
      }
    }
  }
  scan(start) {
    const { src, b } = this;
    const limit = this.limit;
    let i = start;
    while (i < limit) {
      const c = src.charCodeAt(i);
      switch (c) {
        case 37: {
          const le = lineEnd2(src, i, limit);
          b.comment(i, i + 1, le, le);
          i = le;
          continue;
        }
        case 92:
          i = this.command(i);
          continue;
        case 36:
          i = this.dollar(i);
          continue;
        case 123:
          b.blank(i, i + 1);
          this.frames.push({ action: "group", start: i, resume: this.kind });
          i++;
          continue;
        case 125: {
          b.blank(i, i + 1);
          const frame = this.frames.pop();
          if (frame) this.closeFrame(frame, i + 1);
          i++;
          continue;
        }
        case 126:
          b.set(i, SPACE2);
          i++;
          continue;
        case 96:
          if (src.charCodeAt(i + 1) === 96) {
            this.openingQuotes(i);
            i += 2;
            continue;
          }
          break;
        case 38:
          b.blank(i, i + 1);
          if (this.tableDepth > 0) b.boundary(i, "table-cell");
          i++;
          continue;
        case 35:
          b.blank(i, i + 1);
          i++;
          continue;
        case LF3:
        case CR3:
          if (c === CR3 && src.charCodeAt(i + 1) === LF3) {
            i++;
            continue;
          }
          if (this.lineAfterIsBlank(i + 1)) b.boundary(i + 1, this.kind);
          i++;
          continue;
      }
      const taken = takeInlineCitation3(b, i, limit);
      if (taken > 0) {
        i = taken;
        continue;
      }
      i++;
    }
  }
  lineAfterIsBlank(k) {
    const src = this.src;
    while (k < this.limit && isSpaceOrTab3(src.charCodeAt(k))) k++;
    if (k >= this.limit) return true;
    const c = src.charCodeAt(k);
    return c === LF3 || c === CR3;
  }
  /** Offset of the next blank line at or after `from` (or the limit). Remembered, so repeated asks stay linear. */
  nextBlankLine(from) {
    const memo = this.blankLineMemo;
    if (from >= memo.from && from <= memo.at) return memo.at;
    const src = this.src;
    let at = this.limit;
    let newline = false;
    for (let k = from; k < this.limit; k++) {
      const c = src.charCodeAt(k);
      if (c === LF3) {
        if (newline) {
          at = k;
          break;
        }
        newline = true;
      } else if (c !== CR3 && !isSpaceOrTab3(c)) newline = false;
    }
    this.blankLineMemo = { from, at };
    return at;
  }
  /** The next `needle` after `from` within the same paragraph, or -1. */
  inParagraph(needle, from) {
    const k = this.finder.indexOf(needle, from);
    if (k < 0 || k >= this.limit) return -1;
    return k < this.nextBlankLine(from) ? k : -1;
  }
  dollar(i) {
    const { src, b } = this;
    if (src.charCodeAt(i + 1) === 36) {
      const close = this.inParagraph("$$", i + 2);
      if (close < 0) {
        b.blank(i, i + 2);
        return i + 2;
      }
      b.blank(i, close + 2);
      this.directivesIn(i + 2, close);
      return close + 2;
    }
    let k = i + 1;
    for (; ; ) {
      const close = this.inParagraph("$", k);
      if (close < 0) return i + 1;
      if (src.charCodeAt(close - 1) === 92 && src.charCodeAt(close - 2) !== 92) {
        k = close + 1;
        continue;
      }
      b.blank(i, close + 1);
      this.directivesIn(i + 1, close);
      return close + 1;
    }
  }
  /** ``…'': both become `"` next to the quoted words, and the stretch is a quotation. */
  openingQuotes(i) {
    const b = this.b;
    b.blank(i, i + 2);
    const close = this.inParagraph("''", i + 2);
    if (close < 0) return;
    b.set(i + 1, QUOTE2);
    b.set(close, QUOTE2);
    b.blank(close + 1, close + 2);
    b.quote(i, close + 2);
  }
  // ---------------------------------------------------------------- arguments
  /** Skips spaces, tabs and at most one line break. */
  skipSpaces(k) {
    const src = this.src;
    let newline = false;
    while (k < this.limit) {
      const c = src.charCodeAt(k);
      if (isSpaceOrTab3(c)) k++;
      else if (c === LF3 || c === CR3) {
        if (newline) break;
        newline = true;
        k += c === CR3 && src.charCodeAt(k + 1) === LF3 ? 2 : 1;
      } else break;
    }
    return k;
  }
  /**
   * The end of a brace group opening at `k`. Escapes and comments are skipped; a blank line or the
   * limit ends a runaway group (TeX stops there too).
   */
  balanced(k, comments = true) {
    const src = this.src;
    const limit = this.limit;
    let depth = 0;
    let newline = false;
    for (; k < limit; k++) {
      const c = src.charCodeAt(k);
      if (c === 92) {
        k++;
        newline = false;
      } else if (c === 37 && comments) {
        const le = lineEnd2(src, k, limit);
        this.b.directive(parseDirective2(src.slice(k + 1, le), k));
        k = le - 1;
      } else if (c === LF3) {
        if (newline) return k;
        newline = true;
      } else if (c === 123) {
        depth++;
        newline = false;
      } else if (c === 125) {
        depth--;
        if (depth <= 0) return k + 1;
        newline = false;
      } else if (c !== CR3 && !isSpaceOrTab3(c)) newline = false;
    }
    return limit;
  }
  /** Optional arguments right at `k`: the offset after the last one. */
  optionals(k, allowSpace) {
    for (; ; ) {
      const at = allowSpace ? this.skipSpaces(k) : k;
      if (this.src.charCodeAt(at) !== 91) return k;
      k = this.optionalEnd(at);
    }
  }
  optionalEnd(k) {
    const src = this.src;
    let depth = 0;
    let newline = false;
    for (let j = k + 1; j < this.limit; j++) {
      const c = src.charCodeAt(j);
      if (c === 92) {
        j++;
        continue;
      }
      if (c === LF3) {
        if (newline) return j;
        newline = true;
        continue;
      }
      if (c !== CR3 && !isSpaceOrTab3(c)) newline = false;
      if (c === 123) depth++;
      else if (c === 125) depth--;
      else if (c === 93 && depth <= 0) return j + 1;
    }
    return this.limit;
  }
  /** One mandatory argument at `k` (after spaces): a braced group, a command token or one character. */
  argument(k, verbatim = false) {
    const src = this.src;
    k = this.skipSpaces(k);
    if (k >= this.limit) return k;
    const c = src.charCodeAt(k);
    if (c === 123) return this.balanced(k, !verbatim);
    if (c === 92) {
      let j = k + 1;
      if (isAsciiLetter3(src.charCodeAt(j))) while (j < this.limit && isAsciiLetter3(src.charCodeAt(j))) j++;
      else j++;
      return j;
    }
    if (c === 125) return k;
    return k + 1;
  }
  /** Opens a text-bearing argument at `k`: blanks `{` and pushes a frame. Returns where scanning resumes. */
  openText(k, action, start) {
    const at = this.skipSpaces(k);
    if (this.src.charCodeAt(at) !== 123) return k;
    this.b.blank(k, at + 1);
    this.frames.push({ action, start, resume: this.kind });
    if (action === "heading") this.blockFrames.push("heading");
    else if (action === "caption") this.blockFrames.push("caption");
    else if (action === "footnote" || action === "block") this.blockFrames.push("paragraph");
    return at + 1;
  }
  closeFrame(frame, end) {
    const b = this.b;
    if (frame.action === "heading" || frame.action === "caption" || frame.action === "footnote" || frame.action === "block") this.blockFrames.pop();
    switch (frame.action) {
      case "heading":
      case "caption":
      case "block":
        b.boundary(end, frame.resume);
        break;
      case "footnote":
        b.boundary(end, frame.resume);
        b.cite(frame.start, end);
        break;
      case "quote":
        b.quote(frame.start, end);
        break;
      case "cite":
        b.cite(frame.start, end);
        break;
      case "group":
        break;
    }
  }
  // ---------------------------------------------------------------- commands
  command(i) {
    const { src, b } = this;
    const c1 = src.charCodeAt(i + 1);
    if (!isAsciiLetter3(c1)) return this.controlSymbol(i, c1);
    let k = i + 1;
    while (k < this.limit && isAsciiLetter3(src.charCodeAt(k))) k++;
    const base = src.slice(i + 1, k);
    let name = base;
    if (src.charCodeAt(k) === 42) {
      k++;
      name += "*";
    }
    if (base === "begin") return this.begin(i, k);
    if (base === "end") return this.end(i, k);
    if (base === "verb" || base === "lstinline" || base === "mintinline") return this.verbatim(i, k, base);
    if (base === "def" || base === "gdef" || base === "edef" || base === "xdef") {
      let j = this.argument(k);
      while (j < this.limit && src.charCodeAt(j) !== 123 && src.charCodeAt(j) !== LF3) j++;
      const end2 = src.charCodeAt(j) === 123 ? this.balanced(j) : j;
      b.blank(i, end2);
      return end2;
    }
    if (base === "iffalse") {
      let close = this.finder.indexOf("\\fi", k);
      while (close >= 0 && close < this.limit && isAsciiLetter3(src.charCodeAt(close + 3))) close = this.finder.indexOf("\\fi", close + 3);
      const end2 = close < 0 || close >= this.limit ? k : close + 3;
      if (end2 > k) this.directivesIn(k, close);
      b.blank(i, end2);
      return end2;
    }
    if (base === "par") {
      b.blank(i, k);
      b.boundary(i, this.kind);
      return k;
    }
    if (base === "item") {
      const end2 = this.optionals(k, true);
      b.blank(i, end2);
      b.boundary(i, "list-item");
      return end2;
    }
    if (isCitationCommand(base)) {
      let end2 = this.optionals(k, true);
      for (; ; ) {
        const at = this.skipSpaces(end2);
        const c = src.charCodeAt(at);
        if (c === 123) end2 = this.balanced(at);
        else if (c === 91 && base.endsWith("s")) end2 = this.optionalEnd(at);
        else break;
        if (!base.endsWith("s")) break;
      }
      b.blank(i, end2);
      b.cite(i, end2);
      if (TEXTUAL_CITATIONS.has(base) && end2 - i >= CITATION_STAND_IN.length) {
        for (let j = 0; j < CITATION_STAND_IN.length; j++) b.set(i + j, CITATION_STAND_IN.charCodeAt(j));
      }
      return end2;
    }
    if (base === "todo" || isCitationNeededMacro(base)) {
      const optEnd = this.optionals(k, true);
      const at = this.skipSpaces(optEnd);
      const end2 = src.charCodeAt(at) === 123 ? this.balanced(at) : optEnd;
      b.blank(i, end2);
      if (isCitationNeededMacro(base) || /citation|source|who\?|by whom|according to whom|which\?|when\?|vague|weasel/i.test(src.slice(at, end2))) b.cite(i, end2);
      return end2;
    }
    if (base === "url") {
      const end2 = this.argument(k, true);
      b.blank(i, end2);
      b.cite(i, end2);
      return end2;
    }
    if (base === "href") {
      const urlEnd = this.argument(this.optionals(k, true), true);
      b.blank(i, urlEnd);
      const next2 = this.openText(urlEnd, "cite", i);
      if (next2 === urlEnd) b.cite(i, urlEnd);
      return next2;
    }
    if (base === "footnotemark") {
      const end2 = this.optionals(k, false);
      b.blank(i, end2);
      b.cite(i, end2);
      return end2;
    }
    let end = TAKES_OPTIONAL.has(base) || HEADINGS.has(base) || CAPTIONS.has(base) || QUOTE_COMMANDS.has(name) || OWN_BLOCKS.has(base) ? this.optionals(k, true) : this.optionals(k, false);
    const skipped = NON_TEXT_ARGUMENTS.get(base) ?? 0;
    for (let a = 0; a < skipped; a++) end = this.argument(this.optionals(end, true));
    if (base === "textquote" || base === "textcquote") end = this.optionals(end, true);
    b.blank(i, end);
    if (HEADINGS.has(base)) {
      b.boundary(i, "heading");
      return this.openText(end, "heading", i);
    }
    if (CAPTIONS.has(base)) {
      b.boundary(i, "caption");
      return this.openText(end, "caption", i);
    }
    if (OWN_BLOCKS.has(base)) {
      b.boundary(i, this.kind === "table-cell" ? "table-cell" : "paragraph");
      return this.openText(end, base === "footnote" || base === "tablefootnote" ? "footnote" : "block", i);
    }
    if (QUOTE_COMMANDS.has(name) || QUOTE_COMMANDS.has(base)) return this.openText(end, "quote", i);
    return end;
  }
  controlSymbol(i, c1) {
    const { src, b } = this;
    switch (c1) {
      case 92: {
        let end = i + 2;
        if (src.charCodeAt(end) === 42) end++;
        end = this.optionals(end, false);
        b.blank(i, end);
        if (this.tableDepth > 0) b.boundary(end, "table-cell");
        return end;
      }
      case 37:
      case 38:
      case 36:
      case 35:
      case 95:
      case 123:
      case 125:
        b.blank(i, i + 1);
        return i + 2;
      case 40: {
        const close = this.inParagraph("\\)", i + 2);
        const end = close < 0 ? i + 2 : close + 2;
        b.blank(i, end);
        if (close >= 0) this.directivesIn(i + 2, close);
        return end;
      }
      case 91: {
        const close = this.inParagraph("\\]", i + 2);
        const end = close < 0 ? i + 2 : close + 2;
        b.blank(i, end);
        if (close >= 0) this.directivesIn(i + 2, close);
        return end;
      }
      case 39:
      case 34:
      case 96:
      case 94:
      case 126:
      case 61:
      case 46: {
        if (src.charCodeAt(i + 2) === 123 && src.charCodeAt(i + 4) === 125) {
          b.blank(i, i + 3);
          b.blank(i + 4, i + 5);
          return i + 5;
        }
        b.blank(i, i + 2);
        return i + 2;
      }
      case LF3:
      case CR3:
      case SPACE2:
      case 9:
        b.blank(i, i + 1);
        return i + 1;
      default:
        b.blank(i, i + 2);
        return i + 2;
    }
  }
  /** \verb|x|, \lstinline[opts]{x}, \mintinline{lang}{x}: blanked. */
  verbatim(i, k, base) {
    const { src, b } = this;
    let j = base === "verb" ? k : this.optionals(k, false);
    if (base === "mintinline") j = this.argument(j);
    const d = src.charCodeAt(j);
    let end = j;
    if (d === 123) end = this.balanced(j);
    else if (j < this.limit && d !== LF3 && d !== CR3 && d !== SPACE2) {
      const failed = this.verbFailures.get(d);
      if (!failed || j < failed.from || j >= failed.to) {
        let close = j + 1;
        while (close < this.limit) {
          const c = src.charCodeAt(close);
          if (c === d || c === LF3 || c === CR3) break;
          close++;
        }
        if (close < this.limit && src.charCodeAt(close) === d) end = close + 1;
        else this.verbFailures.set(d, { from: j, to: close });
      }
    }
    b.blank(i, end);
    return end;
  }
  environmentName(k) {
    const src = this.src;
    const at = this.skipSpaces(k);
    if (src.charCodeAt(at) !== 123) return null;
    let close = at + 1;
    while (close < this.limit && close - at <= 60 && src.charCodeAt(close) !== 125) close++;
    if (src.charCodeAt(close) !== 125) return null;
    const name = src.slice(at + 1, close).trim();
    if (!/^[A-Za-z@*0-9]+$/.test(name)) return null;
    return { name, end: close + 1 };
  }
  begin(i, k) {
    const b = this.b;
    const env = this.environmentName(k);
    if (!env) {
      b.blank(i, k);
      return k;
    }
    const { name } = env;
    const bare = name.endsWith("*") ? name.slice(0, -1) : name;
    b.boundary(i, this.kind);
    if (MATH_ENVIRONMENTS.has(bare) || RAW_ENVIRONMENTS.has(bare)) {
      const closer = `\\end{${name}}`;
      const close = this.finder.indexOf(closer, env.end);
      const end2 = close < 0 || close >= this.limit ? this.limit : close + closer.length;
      b.blank(i, end2);
      if (MATH_ENVIRONMENTS.has(bare)) this.directivesIn(env.end, close < 0 || close >= this.limit ? this.limit : close);
      else b.opaque(env.end - 1, close < 0 || close >= this.limit ? this.limit + 1 : close + 1);
      b.boundary(end2, this.kind);
      return end2;
    }
    let end = this.optionals(env.end, false);
    const table = TABLE_ENVIRONMENTS.get(name);
    const args = table ?? ENVIRONMENT_ARGUMENTS.get(name) ?? 0;
    for (let a = 0; a < args; a++) end = this.optionals(this.argument(this.optionals(end, true)), false);
    if (name === "displayquote" || name === "displaycquote") end = this.optionals(end, false);
    b.blank(i, end);
    const quote = QUOTE_ENVIRONMENTS.has(name);
    this.envs.push({ name, start: i, quote, table: table !== void 0 });
    this.envCounts.set(name, (this.envCounts.get(name) ?? 0) + 1);
    if (table !== void 0) this.tableDepth++;
    b.boundary(end, this.kind);
    return end;
  }
  end(i, k) {
    const b = this.b;
    const env = this.environmentName(k);
    if (!env) {
      b.blank(i, k);
      return k;
    }
    b.blank(i, env.end);
    if (this.envCounts.get(env.name)) {
      for (; ; ) {
        const open = this.envs.pop();
        this.envCounts.set(open.name, this.envCounts.get(open.name) - 1);
        const matched = open.name === env.name;
        this.closeEnvironment(open, i, matched ? env.end : i);
        if (matched) break;
      }
    }
    b.boundary(i, this.kind);
    b.boundary(env.end, this.kind);
    return env.end;
  }
  closeEnvironment(env, _endStart, end) {
    if (env.quote) this.b.quote(env.start, end);
    if (env.table) this.tableDepth--;
  }
};

// server/src/engine/markup/markdownTable.ts
var { isSpaceOrTab: isSpaceOrTab4, lineEnd: lineEnd3, skipLineBreak: skipLineBreak2 } = chars;
function isDelimiterRowAfter(src, le, depth) {
  if (le >= src.length) return false;
  let k = skipLineBreak2(src, le);
  const nle = lineEnd3(src, k);
  for (let d = 0; d < depth; d++) {
    while (k < nle && isSpaceOrTab4(src.charCodeAt(k))) k++;
    if (src.charCodeAt(k) !== 62) return false;
    k++;
  }
  let pipes = 0;
  let cellDashes = 0;
  let cells = 0;
  let inCell = false;
  let afterDash = false;
  for (; k < nle; k++) {
    const c = src.charCodeAt(k);
    if (c === 124) {
      pipes++;
      if (inCell) {
        if (cellDashes === 0) return false;
        cells++;
      }
      inCell = false;
      cellDashes = 0;
      afterDash = false;
    } else if (c === 45) {
      if (afterDash) return false;
      inCell = true;
      cellDashes++;
    } else if (c === 58) {
      if (cellDashes > 0) afterDash = true;
      inCell = true;
    } else if (isSpaceOrTab4(c)) {
      if (cellDashes > 0) afterDash = true;
    } else return false;
  }
  if (inCell) {
    if (cellDashes === 0) return false;
    cells++;
  }
  return pipes > 0 && cells > 0;
}

// server/src/engine/markup/markdown.ts
var { blankEntity: blankEntity3, isAsciiDigit: isAsciiDigit2, isAsciiLetter: isAsciiLetter4, isAsciiPunctuation: isAsciiPunctuation2, isSpaceOrTab: isSpaceOrTab5, isWhitespace: isWhitespace4, lineEnd: lineEnd4, matchEntity: matchEntity3, restOfLineBlank: restOfLineBlank2, skipLineBreak: skipLineBreak3, startsWithIgnoreCase: startsWithIgnoreCase2 } = chars;
var { matchInlineCitation: matchInlineCitation2, mayStartCitation: mayStartCitation2, takeInlineCitation: takeInlineCitation4 } = inlineCitations_exports;
var CR4 = 13;
var LF4 = 10;
function readMarkdown(source, options = {}) {
  return new MarkdownReader(source, options.codeSpans).read();
}
var HTML_BLOCK_RAW = ["script", "pre", "style", "textarea"];
var HTML_BLOCK_NAMES = /* @__PURE__ */ new Set([
  "address",
  "article",
  "aside",
  "base",
  "basefont",
  "blockquote",
  "body",
  "caption",
  "center",
  "col",
  "colgroup",
  "dd",
  "details",
  "dialog",
  "dir",
  "div",
  "dl",
  "dt",
  "fieldset",
  "figcaption",
  "figure",
  "footer",
  "form",
  "frame",
  "frameset",
  "h1",
  "h2",
  "h3",
  "h4",
  "h5",
  "h6",
  "head",
  "header",
  "hr",
  "html",
  "iframe",
  "legend",
  "li",
  "link",
  "main",
  "menu",
  "menuitem",
  "nav",
  "noframes",
  "ol",
  "optgroup",
  "option",
  "p",
  "param",
  "search",
  "section",
  "summary",
  "table",
  "tbody",
  "td",
  "tfoot",
  "th",
  "thead",
  "title",
  "tr",
  "track",
  "ul"
]);
var INLINE_RAW = /* @__PURE__ */ new Set(["script", "style", "code", "kbd", "samp", "var", "pre", "textarea", "svg", "math", "template", "noscript"]);
var LINK_DEFINITION = /^\[((?:[^\]\\\n]|\\.){1,999})\]:[ \t]*(?:<[^>\n]*>|[^\s<]\S*)([ \t]+(?:"[^"\n]*"|'[^'\n]*'|\([^)\n]*\)))?[ \t]*$/;
var LINK_TITLE_LINE = /^[ \t]*(?:"[^"\n]*"|'[^'\n]*'|\([^)\n]*\))[ \t]*$/;
var FOOTNOTE_DEFINITION = /^\[\^[^\]\s]{1,200}\]:/;
function column(col, c) {
  return c === 9 ? col + 4 - col % 4 : col + 1;
}
function normalizeLabel(label) {
  return label.trim().replace(/\s+/g, " ").toLowerCase();
}
function escapedItself(src, k, floor) {
  let n = 0;
  while (k - 1 - n >= floor && src.charCodeAt(k - 1 - n) === 92) n++;
  return n % 2 === 1;
}
function isUnicodePunctuation(c) {
  if (c < 128) return isAsciiPunctuation2(c);
  return /[\p{P}\p{S}]/u.test(String.fromCharCode(c));
}
var MarkdownReader = class {
  constructor(source, code) {
    this.code = code;
    this.src = source;
    this.n = source.length;
    this.b = new ViewBuilder(source);
    this.finder = new Finder(source);
    this.tracker = new HtmlTracker(this.b, this.finder, INLINE_RAW, false);
  }
  code;
  src;
  n;
  b;
  finder;
  tracker;
  refDefs = /* @__PURE__ */ new Set();
  /** Stretches with inline content: start, end, raw (1 inside an HTML block), ... */
  ranges = [];
  // Block state.
  inPara = false;
  paraBoundary = -1;
  rangeStart = -1;
  rangeEnd = -1;
  htmlFlow = false;
  table = false;
  delimiterLine = -1;
  fence = null;
  lists = [];
  prevDepth = 0;
  quoteStart = -1;
  resume = 0;
  pendingKind = "paragraph";
  /** Columns of the `>` markers on the current line. */
  markerColumns = [];
  /** isThematicBreak's memo: the line (by its end) and, per `-`, `*`, `_`, its last other character (-2: not yet found). */
  breakLine = -1;
  breakBlockers = [-2, -2, -2];
  read() {
    const { src, n } = this;
    let pos = this.frontMatter();
    while (pos < n) {
      const le = lineEnd4(src, pos);
      this.resume = 0;
      this.line(pos, le);
      pos = Math.max(le >= n ? n : skipLineBreak3(src, le), this.resume);
    }
    this.endBlocks();
    if (this.fence) this.endFence(n);
    this.noteQuote(n, 0);
    for (let k = 0; k < this.ranges.length; k += 3) this.inline(this.ranges[k], this.ranges[k + 1], this.ranges[k + 2] === 1);
    this.tracker.closeAll(n);
    return this.b.finish();
  }
  // ---------------------------------------------------------------- blocks
  /** Blanks YAML (`---`) or TOML (`+++`) front matter; returns where the document proper starts. */
  frontMatter() {
    const src = this.src;
    const marker = src.startsWith("---") ? "---" : src.startsWith("+++") ? "+++" : "";
    if (!marker || !restOfLineBlank2(src, 3)) return 0;
    let pos = skipLineBreak3(src, lineEnd4(src, 0));
    while (pos < this.n) {
      const le = lineEnd4(src, pos);
      if ((src.startsWith(marker, pos) || marker === "---" && src.startsWith("...", pos)) && restOfLineBlank2(src, pos + 3)) {
        this.b.blank(0, le);
        this.b.boundary(le);
        return le;
      }
      pos = skipLineBreak3(src, le);
      if (pos === le) break;
    }
    return 0;
  }
  line(ls, le) {
    const { src, b } = this;
    this.pendingKind = "paragraph";
    let p = ls;
    let col = 0;
    let depth = 0;
    const markerColumns = this.markerColumns;
    markerColumns.length = 0;
    for (; ; ) {
      if (this.fence && depth >= this.fence.depth) break;
      let q2 = p;
      let c2 = col;
      while (q2 < le && isSpaceOrTab5(src.charCodeAt(q2)) && c2 - col < 4) c2 = column(c2, src.charCodeAt(q2++));
      if (q2 < le && src.charCodeAt(q2) === 62 && c2 - col < 4) {
        markerColumns.push(c2);
        b.blank(q2, q2 + 1);
        depth++;
        q2++;
        c2++;
        if (q2 < le && isSpaceOrTab5(src.charCodeAt(q2))) c2 = column(c2, src.charCodeAt(q2++));
        p = q2;
        col = c2;
        continue;
      }
      break;
    }
    let q = p;
    let ind = col;
    while (q < le && isSpaceOrTab5(src.charCodeAt(q))) ind = column(ind, src.charCodeAt(q++));
    const blank = q >= le;
    if (this.fence) {
      const f = this.fence;
      const left = !blank && (depth < f.depth || ind < f.listColumn);
      if (!left) {
        this.noteQuote(ls, depth);
        b.blank(ls, le);
        const base2 = Math.max(f.listColumn, col);
        if (!blank && ind - base2 < 4 && this.closesFence(q, le, f)) this.endFence(le);
        return;
      }
      this.endFence(ls);
    }
    if (ls === this.delimiterLine) {
      b.blank(q, le);
      this.noteQuote(ls, depth);
      this.prevDepth = depth;
      return;
    }
    if (blank) {
      this.endBlocks();
      b.boundary(ls);
      if (depth === 0) this.noteQuote(ls, 0);
      while (this.lists.length > 0 && this.lists[this.lists.length - 1].depth > depth) this.lists.pop();
      this.prevDepth = depth;
      return;
    }
    if (this.htmlFlow && depth >= this.prevDepth) {
      this.extendRange(le);
      this.noteQuote(ls, depth);
      return;
    }
    const top = this.lists[this.lists.length - 1];
    const leavesContainer = depth < this.prevDepth || top !== void 0 && this.leavesList(top, depth, ind);
    if (this.inPara && !this.table && leavesContainer && !this.startsBlock(q, le, ind - col)) {
      this.extendRange(le);
      this.noteQuote(ls, this.prevDepth);
      return;
    }
    if (depth !== this.prevDepth) this.endBlocks();
    const hadList = this.lists.length > 0;
    while (this.lists.length > 0 && this.leavesList(this.lists[this.lists.length - 1], depth, ind)) this.lists.pop();
    this.noteQuote(ls, depth);
    this.prevDepth = depth;
    const last = this.lists[this.lists.length - 1];
    const base = last !== void 0 && last.depth === depth ? last.column : col;
    this.content(ls, q, le, ind, base, depth, hadList);
  }
  /** The content of a line from `q` (first non-blank character) on, inside containers whose content starts at column `base`. */
  content(ls, q, le, ind, base, depth, hadList) {
    const { src, b } = this;
    for (; ; ) {
      const rel = ind - base;
      if (rel >= 4) {
        if (this.inPara) {
          this.extendRange(le);
          return;
        }
        this.endBlocks();
        b.blank(ls, le);
        this.code?.push({ start: q, end: le });
        return;
      }
      const c = src.charCodeAt(q);
      if (c === 96 || c === 126) {
        let k = q;
        while (k < le && src.charCodeAt(k) === c) k++;
        if (k - q >= 3 && (c === 126 || !this.hasChar(k, le, 96))) {
          this.endBlocks();
          b.boundary(q);
          b.blank(q, le);
          const last = this.lists[this.lists.length - 1];
          this.fence = { char: c, length: k - q, depth, listColumn: last && last.depth === depth ? last.column : 0, start: q };
          return;
        }
      }
      if (c === 35) {
        let k = q;
        while (k < le && src.charCodeAt(k) === 35) k++;
        if (k - q <= 6 && (k >= le || isSpaceOrTab5(src.charCodeAt(k)))) {
          this.endBlocks();
          b.boundary(q, "heading");
          b.blank(q, k);
          let e = le;
          while (e > k && isSpaceOrTab5(src.charCodeAt(e - 1))) e--;
          let h = e;
          while (h > k && src.charCodeAt(h - 1) === 35) h--;
          if (h < e && (h === k || isSpaceOrTab5(src.charCodeAt(h - 1)))) {
            b.blank(h, e);
            e = h;
          }
          this.addRange(k, e);
          b.boundary(le);
          return;
        }
      }
      if (c === 61 || c === 45) {
        if (this.inPara && !this.table && this.isSetextUnderline(q, le, c)) {
          b.setBoundaryKind(this.paraBoundary, "heading");
          b.blank(q, le);
          this.endBlocks();
          b.boundary(le);
          return;
        }
      }
      if ((c === 45 || c === 42 || c === 95) && this.isThematicBreak(q, le, c)) {
        this.endBlocks();
        b.blank(q, le);
        b.boundary(q);
        b.boundary(le);
        return;
      }
      if (c === 60) {
        const kind = this.htmlBlockKind(q, le);
        if (kind > 0 && (kind !== 7 || !this.inPara)) {
          this.htmlBlock(kind, q, le);
          return;
        }
      }
      const lm = this.listMarker(q, le, ind);
      if (lm && (!this.inPara || !lm.empty && (!lm.ordered || lm.number === 1 || hadList))) {
        this.endBlocks();
        b.blank(q, lm.markerEnd);
        b.boundary(q, "list-item");
        this.lists.push({ column: lm.contentColumn, depth });
        if (lm.empty) return;
        this.pendingKind = "list-item";
        const t = lm.contentStart;
        if (src.charCodeAt(t) === 91 && src.charCodeAt(t + 2) === 93 && " xX".includes(src.charAt(t + 1)) && (t + 3 >= le || isSpaceOrTab5(src.charCodeAt(t + 3)))) {
          b.blank(t, t + 3);
        }
        let k = lm.markerEnd;
        let kcol = ind + (lm.markerEnd - q);
        while (k < le && isSpaceOrTab5(src.charCodeAt(k))) kcol = column(kcol, src.charCodeAt(k++));
        q = k;
        ind = kcol;
        base = lm.contentColumn;
        hadList = true;
        continue;
      }
      if (c === 62) {
        this.endBlocks();
        b.blank(q, q + 1);
        if (this.quoteStart < 0) this.quoteStart = q;
        q++;
        if (q < le && isSpaceOrTab5(src.charCodeAt(q))) q++;
        base = ind + 2;
        ind = base;
        while (q < le && isSpaceOrTab5(src.charCodeAt(q))) ind = column(ind, src.charCodeAt(q++));
        if (q >= le) return;
        continue;
      }
      if (c === 91 && !this.inPara) {
        const line = src.slice(q, Math.min(le, q + 1200));
        const fd = FOOTNOTE_DEFINITION.exec(line);
        if (fd) {
          this.endBlocks();
          b.blank(q, q + fd[0].length);
          b.boundary(q);
          this.lists.push({ column: ind + 4, depth });
          let k = q + fd[0].length;
          while (k < le && isSpaceOrTab5(src.charCodeAt(k))) k++;
          if (k < le) this.openParagraph(k, le);
          return;
        }
        const ld = le - q <= 4e3 ? LINK_DEFINITION.exec(src.slice(q, le)) : null;
        if (ld) {
          this.endBlocks();
          this.refDefs.add(normalizeLabel(ld[1]));
          b.blank(q, le);
          b.boundary(le);
          if (ld[2] === void 0 && le < this.n) {
            const next2 = skipLineBreak3(src, le);
            const nextEnd = lineEnd4(src, next2);
            if (nextEnd - next2 <= 4e3 && LINK_TITLE_LINE.test(src.slice(next2, nextEnd))) {
              b.blank(next2, nextEnd);
              this.resume = nextEnd >= this.n ? this.n : skipLineBreak3(src, nextEnd);
            }
          }
          return;
        }
      }
      if (this.table) {
        this.row(q, le);
        return;
      }
      if (this.hasChar(q, le, 124) && isDelimiterRowAfter(src, le, depth)) {
        this.endBlocks();
        this.table = true;
        this.delimiterLine = skipLineBreak3(src, le);
        this.row(q, le);
        return;
      }
      if (this.inPara) this.extendRange(le);
      else this.openParagraph(q, le);
      return;
    }
  }
  /**
   * Whether a line with `depth` blockquote markers and its text at column `ind` is outside a list
   * item: less indented than the item's content, or behind a `>` that stands left of it.
   */
  leavesList(t, depth, ind) {
    if (t.depth > depth) return true;
    if (t.depth === depth) return ind < t.column;
    return this.markerColumns[t.depth] < t.column;
  }
  openParagraph(q, le) {
    this.inPara = true;
    this.paraBoundary = this.b.boundary(q, this.pendingKind);
    this.rangeStart = q;
    this.rangeEnd = le;
  }
  extendRange(le) {
    if (this.rangeStart < 0) return;
    this.rangeEnd = le;
  }
  addRange(start, end, raw = false) {
    if (end > start) this.ranges.push(start, end, raw ? 1 : 0);
  }
  /** Ends the open paragraph, table or HTML block. */
  endBlocks() {
    if (this.rangeStart >= 0) this.addRange(this.rangeStart, this.rangeEnd, this.htmlFlow);
    if (this.rangeEnd >= 0) this.b.boundary(this.rangeEnd);
    this.rangeStart = -1;
    this.rangeEnd = -1;
    this.inPara = false;
    this.table = false;
    this.htmlFlow = false;
  }
  endFence(end) {
    const f = this.fence;
    this.code?.push({ start: f.start, end });
    this.fence = null;
    this.b.boundary(end);
  }
  noteQuote(at, depth) {
    if (depth > 0 && this.quoteStart < 0) this.quoteStart = at;
    else if (depth === 0 && this.quoteStart >= 0) {
      this.b.quote(this.quoteStart, at);
      this.quoteStart = -1;
    }
  }
  closesFence(q, le, f) {
    let k = q;
    while (k < le && this.src.charCodeAt(k) === f.char) k++;
    return k - q >= f.length && restOfLineBlank2(this.src, k, le);
  }
  /** Whether a line would start a block other than a paragraph (lazy continuation lines must not). */
  startsBlock(q, le, rel) {
    if (rel >= 4) return false;
    const src = this.src;
    const c = src.charCodeAt(q);
    if (c === 62) return true;
    if (c === 96 || c === 126) {
      let k = q;
      while (k < le && src.charCodeAt(k) === c) k++;
      if (k - q >= 3) return true;
    }
    if (c === 35) {
      let k = q;
      while (k < le && src.charCodeAt(k) === 35) k++;
      if (k - q <= 6 && (k >= le || isSpaceOrTab5(src.charCodeAt(k)))) return true;
    }
    if ((c === 45 || c === 42 || c === 95) && this.isThematicBreak(q, le, c)) return true;
    if (c === 60) {
      const kind = this.htmlBlockKind(q, le);
      if (kind > 0 && kind < 7) return true;
    }
    const lm = this.listMarker(q, le, 0);
    return lm !== null && !lm.empty && (!lm.ordered || lm.number === 1 || this.lists.length > 0);
  }
  isSetextUnderline(q, le, c) {
    let k = q;
    while (k < le && this.src.charCodeAt(k) === c) k++;
    return restOfLineBlank2(this.src, k, le);
  }
  /**
   * Whether `[q, le)` is only `c`, spaces and tabs, with at least three `c`. Asked at every list
   * marker of a line (`- - - … x`), so the line's last other character is found once per line and
   * character, and the count stops at three: linear in the line, not in markers × line.
   */
  isThematicBreak(q, le, c) {
    const src = this.src;
    if (this.breakLine !== le) {
      this.breakLine = le;
      this.breakBlockers.fill(-2);
    }
    const slot = c === 45 ? 0 : c === 42 ? 1 : 2;
    let blocker = this.breakBlockers[slot];
    if (blocker === -2) {
      blocker = le - 1;
      while (blocker >= 0 && (src.charCodeAt(blocker) === c || isSpaceOrTab5(src.charCodeAt(blocker)))) blocker--;
      this.breakBlockers[slot] = blocker;
    }
    if (blocker >= q) return false;
    let count = 0;
    for (let k = q; k < le && count < 3; k++) if (src.charCodeAt(k) === c) count++;
    return count >= 3;
  }
  listMarker(q, le, ind) {
    const src = this.src;
    const c = src.charCodeAt(q);
    let k = q;
    let ordered = false;
    let number = 0;
    if (c === 45 || c === 42 || c === 43) k++;
    else if (isAsciiDigit2(c)) {
      while (k < le && k - q < 9 && isAsciiDigit2(src.charCodeAt(k))) k++;
      const d = src.charCodeAt(k);
      if (d !== 46 && d !== 41) return null;
      ordered = true;
      number = Number(src.slice(q, k));
      k++;
    } else return null;
    if (k < le && !isSpaceOrTab5(src.charCodeAt(k))) return null;
    const markerEnd = k;
    const afterMarker = ind + (k - q);
    let c2 = afterMarker;
    let j = k;
    while (j < le && isSpaceOrTab5(src.charCodeAt(j))) c2 = column(c2, src.charCodeAt(j++));
    const empty2 = j >= le;
    if (empty2 || c2 - afterMarker >= 5) return { markerEnd, contentStart: empty2 ? le : k + 1, contentColumn: afterMarker + 1, ordered, number, empty: empty2 };
    return { markerEnd, contentStart: j, contentColumn: c2, ordered, number, empty: empty2 };
  }
  /** CommonMark HTML block start condition at `q` (1–7), or 0. */
  htmlBlockKind(q, le) {
    const src = this.src;
    if (src.startsWith("<!--", q)) return 2;
    if (src.startsWith("<?", q)) return 3;
    if (src.startsWith("<![CDATA[", q)) return 5;
    if (src.charCodeAt(q + 1) === 33 && isAsciiLetter4(src.charCodeAt(q + 2))) return 4;
    const closing2 = src.charCodeAt(q + 1) === 47;
    const nameStart = q + (closing2 ? 2 : 1);
    let k = nameStart;
    while (k < le && (isAsciiLetter4(src.charCodeAt(k)) || isAsciiDigit2(src.charCodeAt(k)) || src.charCodeAt(k) === 45)) k++;
    if (k === nameStart || !isAsciiLetter4(src.charCodeAt(nameStart))) return 0;
    const name = src.slice(nameStart, k).toLowerCase();
    const after = src.charCodeAt(k);
    const ends = k >= le || isSpaceOrTab5(after) || after === 62;
    if (!closing2 && HTML_BLOCK_RAW.includes(name) && ends) return 1;
    if (HTML_BLOCK_NAMES.has(name) && (ends || after === 47 && src.charCodeAt(k + 1) === 62)) return 6;
    if (HTML_BLOCK_RAW.includes(name)) return 0;
    const tag = parseTagAt(src, q, le, this.finder);
    return tag && restOfLineBlank2(src, tag.end, le) ? 7 : 0;
  }
  htmlBlock(kind, q, le) {
    const { src, b } = this;
    this.endBlocks();
    b.boundary(q);
    if (kind >= 6) {
      this.htmlFlow = true;
      this.rangeStart = q;
      this.rangeEnd = le;
      return;
    }
    let end;
    if (kind === 1) {
      const name = HTML_BLOCK_RAW.find((r) => startsWithIgnoreCase2(src, q + 1, r));
      const close = this.finder.closeTag(name, q + 1 + name.length);
      end = close ? close.end : this.n;
    } else if (kind === 2) {
      const close = this.finder.indexOf("-->", q + 4);
      end = close < 0 ? this.n : close + 3;
      b.comment(q, q + 4, close < 0 ? this.n : close, end);
    } else {
      const needle = kind === 3 ? "?>" : kind === 4 ? ">" : "]]>";
      const close = this.finder.indexOf(needle, q + 2);
      end = close < 0 ? this.n : close + needle.length;
    }
    b.blank(q, end);
    const rest = lineEnd4(src, end);
    if (kind === 2 && !restOfLineBlank2(src, end, rest)) {
      b.boundary(end);
      this.addRange(end, rest, true);
    } else b.blank(end, rest);
    b.boundary(rest);
    this.resume = rest >= this.n ? this.n : skipLineBreak3(src, rest);
  }
  hasChar(q, le, c) {
    for (let k = q; k < le; k++) if (this.src.charCodeAt(k) === c) return true;
    return false;
  }
  /** A table row: every cell its own block, pipes blanked. */
  row(q, le) {
    const { src, b } = this;
    let e = le;
    while (e > q && isSpaceOrTab5(src.charCodeAt(e - 1))) e--;
    let k = q;
    let cellStart = q;
    if (src.charCodeAt(k) === 124) {
      b.blank(k, k + 1);
      k++;
      cellStart = k;
    }
    while (k < e) {
      const c = src.charCodeAt(k);
      if (c === 92) k += 2;
      else if (c === 124) {
        this.cell(cellStart, k);
        b.blank(k, k + 1);
        k++;
        cellStart = k;
      } else k++;
    }
    this.cell(cellStart, e);
    b.boundary(le);
  }
  cell(start, end) {
    if (end <= start) return;
    this.b.boundary(start, "table-cell");
    this.addRange(start, end);
  }
  // ---------------------------------------------------------------- inline
  /** Inline content of `[s, e)`. In raw HTML (`raw`), Markdown syntax is text: only tags, entities and citations count. */
  inline(s, e, raw) {
    const { src, b } = this;
    const runStart = [];
    const runLength = [];
    const runEscaped = [];
    for (let k = s; k < e && !raw; k++) {
      if (src.charCodeAt(k) !== 96) continue;
      let j = k;
      while (j < e && src.charCodeAt(j) === 96) j++;
      runStart.push(k);
      runLength.push(j - k);
      runEscaped.push(k > s && src.charCodeAt(k - 1) === 92 && !b.wasBlanked(k - 1) && !escapedItself(src, k - 1, s));
      k = j - 1;
    }
    const codeStart = [];
    const codeEnd = [];
    if (runStart.length > 1) {
      const byLength = /* @__PURE__ */ new Map();
      for (let r2 = 0; r2 < runStart.length; r2++) {
        const list = byLength.get(runLength[r2]);
        if (list) list.push(r2);
        else byLength.set(runLength[r2], [r2]);
      }
      const pointer = /* @__PURE__ */ new Map();
      let r = 0;
      while (r < runStart.length) {
        const len = runEscaped[r] ? runLength[r] - 1 : runLength[r];
        const list = len > 0 ? byLength.get(len) : void 0;
        if (!list) {
          r++;
          continue;
        }
        let p = pointer.get(len) ?? 0;
        while (p < list.length && list[p] <= r) p++;
        pointer.set(len, p);
        if (p < list.length) {
          const closer = list[p];
          codeStart.push(runStart[r] + runLength[r] - len);
          codeEnd.push(runStart[closer] + len);
          r = closer + 1;
        } else r++;
      }
    }
    const match = /* @__PURE__ */ new Map();
    const stack = [];
    let ci = 0;
    for (let k = s; k < e && !raw; k++) {
      if (ci < codeStart.length && k === codeStart[ci]) {
        k = codeEnd[ci] - 1;
        ci++;
        continue;
      }
      const c = src.charCodeAt(k);
      if (c === 92) k++;
      else if (c === 91 && !b.wasBlanked(k)) stack.push(k);
      else if (c === 93 && stack.length > 0 && !b.wasBlanked(k)) match.set(stack.pop(), k);
    }
    const tails = [];
    ci = 0;
    let i = s;
    while (i < e) {
      if (tails.length > 0 && i >= tails[tails.length - 1].at) {
        const t = tails.pop();
        b.blank(t.at, t.end);
        i = Math.max(i, t.end);
        continue;
      }
      if (ci < codeStart.length && i >= codeStart[ci]) {
        this.code?.push({ start: codeStart[ci], end: codeEnd[ci] });
        if (i === codeStart[ci]) {
          b.blank(i, codeEnd[ci]);
          b.opaque(i, codeEnd[ci]);
          i = codeEnd[ci];
        }
        ci++;
        continue;
      }
      const c = src.charCodeAt(i);
      if (b.wasBlanked(i) || raw && c !== 60 && c !== 38 && !mayStartCitation2(c)) {
        i++;
        continue;
      }
      switch (c) {
        case 92: {
          const d = src.charCodeAt(i + 1);
          if (i + 1 < e && isAsciiPunctuation2(d)) {
            b.blank(i, i + 1);
            i += 2;
            continue;
          }
          if (i + 1 >= e || d === LF4 || d === CR4) b.blank(i, i + 1);
          break;
        }
        case 96: {
          let j = i;
          while (j < e && src.charCodeAt(j) === 96) j++;
          i = j;
          continue;
        }
        case 60: {
          const next2 = this.angle(i, e);
          if (next2 > i) {
            i = next2;
            continue;
          }
          break;
        }
        case 38: {
          const end = matchEntity3(src, i, e);
          if (end > 0) {
            blankEntity3(b, i, end);
            i = end;
            continue;
          }
          break;
        }
        case 33:
          if (!raw && src.charCodeAt(i + 1) === 91) {
            const end = this.image(i, e, match);
            if (end > 0) {
              b.blank(i, end);
              i = end;
              continue;
            }
          }
          break;
        case 91: {
          if (raw) break;
          const next2 = this.bracket(i, e, match, tails);
          if (next2 > 0) {
            i = next2;
            continue;
          }
          break;
        }
        case 42:
        case 95:
        case 126:
          i = this.delimiters(i, s, e);
          continue;
      }
      const taken = c !== 91 || raw ? takeInlineCitation4(b, i, e, s) : -1;
      if (taken > 0) {
        i = taken;
        continue;
      }
      i++;
    }
    while (tails.length > 0) {
      const t = tails.pop();
      b.blank(t.at, t.end);
    }
    for (; ci < codeStart.length; ci++) this.code?.push({ start: codeStart[ci], end: codeEnd[ci] });
  }
  /** `<` in prose: an autolink (a citation), a comment, or raw HTML. */
  angle(i, e) {
    const { src, b } = this;
    let k = i + 1;
    if (isAsciiLetter4(src.charCodeAt(k))) {
      let j = k;
      while (j < e && j - k < 33) {
        const c = src.charCodeAt(j);
        if (isAsciiLetter4(c) || isAsciiDigit2(c) || c === 43 || c === 46 || c === 45) j++;
        else break;
      }
      let email = false;
      let scheme = src.charCodeAt(j) === 58 && j - k >= 2;
      if (!scheme) {
        j = k;
        while (j < e && !isWhitespace4(src.charCodeAt(j)) && src.charCodeAt(j) !== 60 && src.charCodeAt(j) !== 62) {
          if (src.charCodeAt(j) === 64) email = true;
          j++;
        }
        scheme = false;
      }
      if (scheme || email) {
        k = j;
        while (k < e) {
          const c = src.charCodeAt(k);
          if (c === 62 || c === 60 || isWhitespace4(c)) break;
          k++;
        }
        if (src.charCodeAt(k) === 62 && k < e && (scheme || /^[\w.!#$%&'*+/=?^`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9.-]{0,250})$/.test(src.slice(i + 1, k)))) {
          b.blank(i, k + 1);
          b.cite(i, k + 1);
          return k + 1;
        }
      }
    }
    return handleAngle(b, this.tracker, this.finder, i, e);
  }
  /** `![alt](src)`, `![alt][ref]`, `![alt]`: returns the end of the image, or -1. */
  image(i, e, match) {
    const m = match.get(i + 1);
    if (m === void 0) return -1;
    const after = this.src.charCodeAt(m + 1);
    if (after === 40) {
      const t = this.linkTail(m + 1, e);
      if (t > 0) return t;
    }
    if (after === 91) {
      const m2 = match.get(m + 1);
      if (m2 !== void 0) return m2 + 1;
    }
    if (m - i <= 1e3 && this.refDefs.has(normalizeLabel(this.src.slice(i + 2, m)))) return m + 1;
    return -1;
  }
  /** `[` in prose: a link (text kept, the rest blanked, the whole span a citation) or a bracketed citation. */
  bracket(i, e, match, tails) {
    const { src, b } = this;
    const m = match.get(i);
    if (m === void 0) return -1;
    const after = src.charCodeAt(m + 1);
    const isFootnote = src.charCodeAt(i + 1) === 94;
    let tail = -1;
    if (!isFootnote && after === 40) tail = this.linkTail(m + 1, e);
    if (tail < 0 && !isFootnote && after === 91) {
      const m2 = match.get(m + 1);
      if (m2 !== void 0 && m2 - m <= 1e3) tail = m2 + 1;
    }
    if (tail < 0) {
      const cm = matchInlineCitation2(src, i, e, i);
      if (cm) {
        b.blank(i, cm.end);
        b.cite(i, cm.end);
        return cm.end;
      }
      if (m - i <= 1e3 && this.refDefs.has(normalizeLabel(src.slice(i + 1, m)))) tail = m + 1;
    }
    if (tail < 0) return -1;
    b.blank(i, i + 1);
    b.cite(i, tail);
    tails.push({ at: m, end: tail });
    return i + 1;
  }
  /** The end of `(destination "title")` starting at `p` (the `(`), or -1. */
  linkTail(p, e) {
    const src = this.src;
    let k = this.skipSpace(p + 1, e);
    if (src.charCodeAt(k) === 60) {
      k++;
      for (; ; ) {
        if (k >= e) return -1;
        const c = src.charCodeAt(k);
        if (c === 62) {
          k++;
          break;
        }
        if (c === 60 || c === LF4 || c === CR4) return -1;
        k += c === 92 ? 2 : 1;
      }
    } else {
      let depth = 0;
      while (k < e) {
        const c = src.charCodeAt(k);
        if (c <= 32) break;
        if (c === 40) depth++;
        else if (c === 41) {
          if (depth === 0) break;
          depth--;
        } else if (c === 92) {
          k += 2;
          continue;
        } else if (c === 91 || c === 93) return -1;
        k++;
      }
      if (depth !== 0) return -1;
    }
    const destEnd = k;
    k = this.skipSpace(k, e);
    const t = src.charCodeAt(k);
    if (k > destEnd && (t === 34 || t === 39 || t === 40)) {
      const close = this.finder.indexOf(t === 34 ? '"' : t === 39 ? "'" : ")", k + 1);
      if (close < 0 || close >= e) return -1;
      k = this.skipSpace(close + 1, e);
    }
    return src.charCodeAt(k) === 41 && k < e ? k + 1 : -1;
  }
  skipSpace(k, e) {
    while (k < e && (isWhitespace4(this.src.charCodeAt(k)) || this.b.wasBlanked(k))) k++;
    return k;
  }
  /** A run of `*`, `_` or `~`: blanked when it can open or close emphasis (or strikethrough). */
  delimiters(i, s, e) {
    const { src, b } = this;
    const c = src.charCodeAt(i);
    let j = i;
    while (j < e && src.charCodeAt(j) === c) j++;
    const before2 = i > s ? src.charCodeAt(i - 1) : 32;
    const after = j < e ? src.charCodeAt(j) : 32;
    const wsBefore = isWhitespace4(before2);
    const wsAfter = isWhitespace4(after);
    const punctBefore = isUnicodePunctuation(before2);
    const punctAfter = isUnicodePunctuation(after);
    const left = !wsAfter && (!punctAfter || wsBefore || punctBefore);
    const right = !wsBefore && (!punctBefore || wsAfter || punctAfter);
    let blank;
    if (c === 42) blank = left || right;
    else if (c === 95) blank = left && (!right || punctBefore) || right && (!left || punctAfter);
    else blank = j - i <= 2 && (left || right);
    if (blank) b.blank(i, j);
    return j;
  }
};

// server/src/engine/markup/plaintext.ts
var LF5 = 10;
var CR5 = 13;
var SPACE3 = 32;
var TAB = 9;
function readPlaintext(source) {
  const b = new ViewBuilder(source);
  markLines(b, 0, source.length);
  blankInlineCitations(b, 0, source.length);
  return b.finish();
}
function markLines(b, start, end) {
  const src = b.src;
  let lineStart = start;
  let blank = true;
  let gapped = false;
  let spaces = 0;
  const endLine = (lineEnd6) => {
    if (blank) b.boundary(lineStart);
    else if (gapped) markRow(b, lineStart, lineEnd6);
  };
  for (let i = start; i < end; i++) {
    const c = src.charCodeAt(i);
    if (c === LF5 || c === CR5) {
      endLine(i);
      if (c === CR5 && src.charCodeAt(i + 1) === LF5) i++;
      lineStart = i + 1;
      blank = true;
      gapped = false;
      spaces = 0;
    } else if (c === SPACE3 || c === TAB) {
      spaces += c === TAB ? 2 : 1;
    } else {
      if (!blank && spaces >= 2) gapped = true;
      blank = false;
      spaces = 0;
    }
  }
  endLine(end);
}
function isFigureCell(src, start, end) {
  let digits = false;
  for (let i = start; i < end; i++) {
    const c = src.charCodeAt(i);
    if (c >= 48 && c <= 57) digits = true;
    else if (".,%\xA3$\u20AC\xA5+-\u2013\u2212()/ ".indexOf(src.charAt(i)) < 0) return false;
  }
  return digits || /^[-\u2013\u2014]+$/.test(src.slice(start, end));
}
function markRow(b, lineStart, lineEnd6) {
  const src = b.src;
  const cells = [];
  let i = lineStart;
  while (i < lineEnd6) {
    while (i < lineEnd6 && (src.charCodeAt(i) === SPACE3 || src.charCodeAt(i) === TAB)) i++;
    if (i >= lineEnd6) break;
    const cellStart = i;
    let cellEnd = i;
    while (i < lineEnd6) {
      const c = src.charCodeAt(i);
      if (c === TAB || c === SPACE3 && (src.charCodeAt(i + 1) === SPACE3 || src.charCodeAt(i + 1) === TAB)) break;
      if (c !== SPACE3) cellEnd = i + 1;
      i++;
    }
    cells.push([cellStart, cellEnd]);
  }
  let figures = 0;
  for (let k = 0; k < cells.length; k++) {
    if (isFigureCell(src, cells[k][0], cells[k][1])) figures++;
    else if (k > 0) return;
  }
  if (figures < 2) return;
  for (const [cellStart] of cells) b.boundary(cellStart, "table-cell");
  let next2 = lineEnd6;
  if (src.charCodeAt(next2) === CR5) next2++;
  if (src.charCodeAt(next2) === LF5) next2++;
  b.boundary(next2);
}

// server/src/engine/markup/wikitext.ts
var { blankEntity: blankEntity4, isAsciiAlnum: isAsciiAlnum4, isAsciiLetter: isAsciiLetter5, isSpaceOrTab: isSpaceOrTab6, isWhitespace: isWhitespace5, lineEnd: lineEnd5, matchEntity: matchEntity4 } = chars;
var { takeInlineCitation: takeInlineCitation5 } = inlineCitations_exports;
var CR6 = 13;
var LF6 = 10;
function readWikitext(source) {
  return new WikitextReader(source).read();
}
var WIKI_RAW = /* @__PURE__ */ new Set([
  "nowiki",
  "pre",
  "syntaxhighlight",
  "source",
  "code",
  "math",
  "chem",
  "ce",
  "score",
  "graph",
  "templatedata",
  "timeline",
  "hiero",
  "mapframe",
  "maplink",
  "inputbox",
  "categorytree",
  "gallery",
  "imagemap",
  "kbd",
  "samp",
  "var",
  "script",
  "style",
  "templatestyles"
]);
var QUOTE_TEMPLATES = /* @__PURE__ */ new Set(["quote", "blockquote", "cquote", "quotation", "quote box", "pull quote", "centered pull quote", "quote frame", "talk quote", "tq"]);
var CLEANUP_TEMPLATES = /* @__PURE__ */ new Set([
  "citation needed",
  "cn",
  "fact",
  "who",
  "by whom",
  "according to whom",
  "weasel inline",
  "which",
  "when",
  "vague",
  "clarify",
  "dubious",
  "original research inline",
  "who?",
  "weasel word",
  "weasel-inline",
  "clarification needed",
  "better source needed",
  "failed verification",
  "verification needed",
  "unreliable source?",
  "or",
  "citation needed span",
  "cn span",
  "request quotation",
  "according to whom?"
]);
function isCitationTemplate(name) {
  return name.startsWith("cite") || name.startsWith("citation") || name.startsWith("sfn") || name.startsWith("harv") || name.startsWith("efn") || name === "rp" || name === "r" || CLEANUP_TEMPLATES.has(name);
}
function normalizeTemplateName(raw) {
  let name = raw.replace(/_/g, " ").replace(/\s+/g, " ").trim().toLowerCase();
  if (name.startsWith("template:")) name = name.slice(9).trim();
  return name;
}
var WikitextReader = class {
  src;
  /** Where reading stops: the end of the source, or an unclosed comment that hides the rest. */
  n;
  b;
  finder;
  tracker;
  templates = /* @__PURE__ */ new Map();
  /** Where an unclosed `<!--` starts, or -1. */
  commentToEnd = -1;
  links = /* @__PURE__ */ new Map();
  tableDepth = 0;
  /** On a table row line: `|` for data cells, `!` for header cells, 0 elsewhere. */
  cellLine = 0;
  cellStart = -1;
  cellAttributesSeen = false;
  prevParagraph = false;
  /** `]]` of links whose label is being read. */
  linkCloses = [];
  /** Inside a quotation template: when the quoted text ends, jump past the template. */
  jumps = [];
  constructor(source) {
    this.src = source;
    this.n = source.length;
    this.b = new ViewBuilder(source);
    this.finder = new Finder(source);
    this.tracker = new HtmlTracker(this.b, this.finder, WIKI_RAW, false);
  }
  read() {
    this.pair();
    if (this.commentToEnd >= 0) {
      this.b.blank(this.commentToEnd, this.n);
      this.n = this.commentToEnd;
    }
    const { src, b, n } = this;
    let i = 0;
    let lineHandled = -1;
    while (i < n) {
      const jump = this.jumps[this.jumps.length - 1];
      if (jump && i >= jump.at) {
        this.jumps.pop();
        i = Math.max(i, jump.to);
        continue;
      }
      const linkClose = this.linkCloses[this.linkCloses.length - 1];
      if (linkClose !== void 0 && i >= linkClose) {
        this.linkCloses.pop();
        b.blank(linkClose, linkClose + 2);
        i = Math.max(i, linkClose + 2);
        continue;
      }
      if (i !== lineHandled && (i === 0 || src.charCodeAt(i - 1) === LF6 || src.charCodeAt(i - 1) === CR6 && src.charCodeAt(i) !== LF6)) {
        lineHandled = i;
        const j = this.lineStart(i);
        if (j !== i) {
          i = j;
          continue;
        }
      }
      const c = src.charCodeAt(i);
      let next2 = -1;
      switch (c) {
        case 60:
          next2 = this.angle(i);
          break;
        case 123:
          if (src.charCodeAt(i + 1) === 123) next2 = this.template(i);
          break;
        case 91:
          next2 = src.charCodeAt(i + 1) === 91 ? this.wikilink(i) : this.externalLink(i);
          break;
        case 39:
          next2 = this.apostrophes(i);
          break;
        case 95:
          next2 = this.magicWord(i);
          break;
        case 38: {
          const end = matchEntity4(src, i, n);
          if (end > 0) {
            blankEntity4(b, i, end);
            next2 = end;
          }
          break;
        }
        case 126: {
          let j = i;
          while (j < n && src.charCodeAt(j) === 126) j++;
          if (j - i >= 3) {
            b.blank(Math.max(i, j - 5), j);
            next2 = j;
          }
          break;
        }
        case 124:
        case 33:
          next2 = this.cellSeparator(i, c);
          break;
        case LF6:
        case CR6:
          this.cellLine = 0;
          break;
      }
      if (next2 > i) {
        i = next2;
        continue;
      }
      const taken = takeInlineCitation5(b, i, n);
      if (taken > 0) {
        i = taken;
        continue;
      }
      i++;
    }
    for (const close of this.linkCloses) b.blank(close, close + 2);
    this.tracker.closeAll(n);
    return b.finish();
  }
  /** Pairs `{{`/`}}` and `[[`/`]]`, skipping raw tags, and reads the directives of comments. */
  pair() {
    const { src, n } = this;
    const templateStack = [];
    const linkStack = [];
    let i = 0;
    while (i < n) {
      const c = src.charCodeAt(i);
      const d = src.charCodeAt(i + 1);
      if (c === 60) {
        if (d === 33 && src.startsWith("<!--", i)) {
          const close = this.finder.indexOf("-->", i + 4);
          this.b.directive(parseDirective(src.slice(i + 4, close < 0 ? n : close), i));
          if (close < 0) this.commentToEnd = i;
          i = close < 0 ? n : close + 3;
          continue;
        }
        if (isAsciiLetter5(d)) {
          const tag = parseTagAt(src, i, n, this.finder);
          if (tag && !tag.selfClosing && WIKI_RAW.has(tag.name)) {
            const close = this.finder.closeTag(tag.name, tag.end);
            if (close) {
              i = close.end;
              continue;
            }
          }
        }
      } else if (c === 123 && d === 123) {
        templateStack.push(i);
        i += 2;
        continue;
      } else if (c === 125 && d === 125 && templateStack.length > 0) {
        this.templates.set(templateStack.pop(), i);
        i += 2;
        continue;
      } else if (c === 91 && d === 91) {
        linkStack.push(i);
        i += 2;
        continue;
      } else if (c === 93 && d === 93 && linkStack.length > 0) {
        this.links.set(linkStack.pop(), i);
        i += 2;
        continue;
      }
      i++;
    }
  }
  // ---------------------------------------------------------------- lines
  lineStart(i) {
    const { src, b } = this;
    const le = lineEnd5(src, i);
    this.cellLine = 0;
    let k = i;
    while (k < le && isSpaceOrTab6(src.charCodeAt(k))) k++;
    if (k >= le) {
      b.boundary(i);
      this.prevParagraph = false;
      return i;
    }
    const c = src.charCodeAt(k);
    const d = src.charCodeAt(k + 1);
    if (c === 123 && d === 124) {
      this.tableDepth++;
      b.blank(i, le);
      b.boundary(i);
      this.prevParagraph = false;
      return le;
    }
    if (this.tableDepth > 0 && (c === 124 || c === 33)) {
      if (c === 124 && d === 125) {
        this.tableDepth--;
        b.blank(i, k + 2);
        b.boundary(i);
        b.boundary(k + 2);
        this.prevParagraph = false;
        return k + 2;
      }
      if (c === 124 && d === 45) {
        b.blank(i, le);
        b.boundary(i, "table-cell");
        this.prevParagraph = false;
        return le;
      }
      if (c === 124 && d === 43) {
        b.blank(i, k + 2);
        b.boundary(k + 2, "caption");
        this.cellLine = 124;
        this.cellStart = k + 2;
        this.cellAttributesSeen = false;
        this.prevParagraph = true;
        return k + 2;
      }
      b.blank(i, k + 1);
      this.cellLine = c;
      this.startCell(k + 1);
      this.prevParagraph = true;
      return k + 1;
    }
    if (c === 61 && k === i) {
      const h = this.heading(i, le);
      if (h > 0) return h;
    }
    if ((c === 42 || c === 35 || c === 58 || c === 59) && k === i) {
      let j = i;
      while (j < le && "*#:;".includes(src.charAt(j))) j++;
      b.blank(i, j);
      b.boundary(i, "list-item");
      this.prevParagraph = false;
      return j;
    }
    if (c === 45 && src.startsWith("----", i)) {
      let j = i;
      while (j < le && src.charCodeAt(j) === 45) j++;
      b.blank(i, j);
      b.boundary(i);
      b.boundary(j);
      this.prevParagraph = false;
      return j;
    }
    if (!this.prevParagraph && this.tableDepth === 0) b.boundary(i);
    this.prevParagraph = true;
    return i;
  }
  /** `== Heading ==`: the equals signs blanked, the line a heading block. */
  heading(i, le) {
    const { src, b } = this;
    let e = le;
    while (e > i && isSpaceOrTab6(src.charCodeAt(e - 1))) e--;
    let a = i;
    while (a < e && src.charCodeAt(a) === 61) a++;
    let z = e;
    while (z > a && src.charCodeAt(z - 1) === 61) z--;
    const level = Math.min(a - i, e - z, 6);
    if (level < 1 || z <= a) return -1;
    b.blank(i, i + level);
    b.blank(e - level, e);
    b.boundary(i, "heading");
    b.boundary(le);
    this.prevParagraph = false;
    return i + level;
  }
  startCell(at) {
    this.b.boundary(at, "table-cell");
    this.cellStart = at;
    this.cellAttributesSeen = false;
  }
  /** `||`, `!!` start a new cell on a row line; the first single `|` ends the cell's attributes. */
  cellSeparator(i, c) {
    if (this.cellLine === 0 || this.linkCloses.length > 0) return -1;
    const src = this.src;
    if (src.charCodeAt(i + 1) === c && (c === 124 || this.cellLine === 33)) {
      this.b.blank(i, i + 2);
      this.startCell(i + 2);
      return i + 2;
    }
    if (c === 124 && !this.cellAttributesSeen) {
      this.cellAttributesSeen = true;
      this.b.blank(this.cellStart, i + 1);
      this.startCell(i + 1);
      return i + 1;
    }
    return -1;
  }
  // ---------------------------------------------------------------- inline
  angle(i) {
    const { src, b, n } = this;
    if (src.startsWith("<!--", i)) {
      const close = this.finder.indexOf("-->", i + 4);
      const end = close < 0 ? n : close + 3;
      b.blank(i, end);
      return end;
    }
    const tag = parseTagAt(src, i, n, this.finder);
    if (!tag) return -1;
    if (tag.name === "ref") {
      let end = tag.end;
      if (!tag.closing && !tag.selfClosing) {
        const close = this.finder.closeTag("ref", tag.end);
        if (close) end = close.end;
      }
      b.blank(i, end);
      if (!tag.closing) b.cite(i, end);
      return end;
    }
    if (tag.name === "references") {
      let end = tag.end;
      if (!tag.closing && !tag.selfClosing) {
        const close = this.finder.closeTag("references", tag.end);
        if (close) end = close.end;
      }
      b.blank(i, end);
      return end;
    }
    return this.tracker.onTag(tag, n);
  }
  template(i) {
    const { src, b } = this;
    const close = this.templates.get(i);
    if (close === void 0) return -1;
    const end = close + 2;
    let k = i + 2;
    while (k < close && k - i < 200) {
      const c = src.charCodeAt(k);
      if (c === 124 || c === 123 || c === 125) break;
      k++;
    }
    const name = normalizeTemplateName(src.slice(i + 2, k));
    if (QUOTE_TEMPLATES.has(name) && src.charCodeAt(k) === 124) {
      const text = this.quotedParameter(k, close);
      if (text) {
        b.blank(i, text.start);
        b.blank(text.end, end);
        b.quote(i, end);
        this.jumps.push({ at: text.end, to: end });
        return text.start;
      }
    }
    b.blank(i, end);
    if (isCitationTemplate(name)) b.cite(i, end);
    return end;
  }
  /** The quoted text of a quotation template: `text=`, `quote=`, `1=`, or the first unnamed parameter. */
  quotedParameter(k, close) {
    const src = this.src;
    let firstUnnamed = null;
    let named = null;
    while (k < close && src.charCodeAt(k) === 124) {
      const start = k + 1;
      let j = start;
      let equals = -1;
      while (j < close) {
        const c = src.charCodeAt(j);
        if (c === 124) break;
        if (c === 123 && src.charCodeAt(j + 1) === 123 && this.templates.has(j)) {
          j = this.templates.get(j) + 2;
          continue;
        }
        if (c === 91 && src.charCodeAt(j + 1) === 91 && this.links.has(j)) {
          j = this.links.get(j) + 2;
          continue;
        }
        if (c === 61 && equals < 0) equals = j;
        j++;
      }
      if (equals >= 0 && /^\s*[\w -]+\s*$/.test(src.slice(start, equals))) {
        const key = src.slice(start, equals).trim().toLowerCase();
        if (!named && (key === "text" || key === "quote" || key === "1")) named = this.trimmed(equals + 1, j);
      } else if (!firstUnnamed) firstUnnamed = this.trimmed(start, j);
      k = j;
    }
    const chosen = named ?? firstUnnamed;
    return chosen && chosen.end > chosen.start ? chosen : null;
  }
  trimmed(start, end) {
    const src = this.src;
    while (start < end && isWhitespace5(src.charCodeAt(start))) start++;
    while (end > start && isWhitespace5(src.charCodeAt(end - 1))) end--;
    return { start, end };
  }
  /** `[[Target|label]]`: only the label (or the target) stays; files and categories go entirely. */
  wikilink(i) {
    const { src, b } = this;
    const close = this.links.get(i);
    if (close === void 0) return -1;
    const nextPipe = this.finder.indexOf("|", i + 2);
    const pipe = nextPipe < 0 || nextPipe > close ? close : nextPipe;
    const brace = this.finder.indexOf("{", i + 2);
    if (brace >= 0 && brace < pipe) return -1;
    const comment = this.finder.indexOf("<!--", i + 2);
    if (comment >= 0 && comment < pipe) return -1;
    const target = src.slice(i + 2, Math.min(pipe, i + 202)).trim().toLowerCase();
    if (/^(?:file|image|category|media)\s*:/.test(target)) {
      b.blank(i, close + 2);
      return close + 2;
    }
    let labelled = false;
    for (let k = pipe + 1; k < close; k++) {
      if (!isWhitespace5(src.charCodeAt(k))) {
        labelled = true;
        break;
      }
    }
    this.linkCloses.push(close);
    if (labelled) {
      b.blank(i, pipe + 1);
      return pipe + 1;
    }
    b.blank(i, i + 2);
    if (src.charCodeAt(i + 2) === 58) b.blank(i + 2, i + 3);
    b.blank(pipe, close);
    return i + 2;
  }
  /** `[http://example.org label]`: a citation; the URL and brackets are blanked, the label kept. */
  externalLink(i) {
    const { src, b } = this;
    const k = i + 1;
    const lower2 = src.slice(k, k + 10).toLowerCase();
    if (!/^(?:https?:\/\/|ftps?:\/\/|\/\/|mailto:|news:|irc:\/\/)/.test(lower2)) return -1;
    const le = this.finder.lineEnd(k);
    const close = this.finder.indexOf("]", k);
    if (close < 0 || close > le) return -1;
    let urlEnd = k;
    while (urlEnd < close && !isWhitespace5(src.charCodeAt(urlEnd))) urlEnd++;
    b.blank(i, urlEnd);
    b.blank(close, close + 1);
    b.cite(i, close + 1);
    return urlEnd;
  }
  /** `''` italic, `'''` bold, `'''''` both: blanked; a lone apostrophe stays. */
  apostrophes(i) {
    const { src, b } = this;
    let j = i;
    while (j < this.n && src.charCodeAt(j) === 39) j++;
    const run2 = j - i;
    if (run2 === 1) return -1;
    if (run2 === 2 || run2 === 3 || run2 === 5) b.blank(i, j);
    else if (run2 === 4) b.blank(i + 1, j);
    else b.blank(j - 5, j);
    return j;
  }
  /** `__TOC__`, `__NOTOC__` and other behaviour switches. */
  magicWord(i) {
    const src = this.src;
    if (src.charCodeAt(i + 1) !== 95) return -1;
    let j = i + 2;
    while (j < this.n && j - i < 40 && isAsciiAlnum4(src.charCodeAt(j)) && !/[a-z]/.test(src.charAt(j))) j++;
    if (j > i + 2 && src.charCodeAt(j) === 95 && src.charCodeAt(j + 1) === 95) {
      this.b.blank(i, j + 2);
      return j + 2;
    }
    return -1;
  }
};

// server/src/engine/markup/index.ts
function readProse(source, language) {
  switch (language) {
    case "markdown":
      return readMarkdown(source);
    case "html":
      return readHtml(source);
    case "latex":
      return readLatex(source);
    case "wikitext":
      return readWikitext(source);
    default:
      return readPlaintext(source);
  }
}
var LANGUAGES = /* @__PURE__ */ new Map([
  ["markdown", "markdown"],
  ["md", "markdown"],
  ["mkd", "markdown"],
  ["mdown", "markdown"],
  ["markdn", "markdown"],
  ["mdwn", "markdown"],
  ["rmd", "markdown"],
  ["qmd", "markdown"],
  ["quarto", "markdown"],
  ["rmarkdown", "markdown"],
  ["html", "html"],
  ["htm", "html"],
  ["xhtml", "html"],
  // Neovim names plain TeX files `plaintex` (and LaTeX ones `tex`): read as LaTeX, whose reader
  // blanks what plain TeX shares with it.
  ["latex", "latex"],
  ["tex", "latex"],
  ["ltx", "latex"],
  ["plaintex", "latex"],
  ["wikitext", "wikitext"],
  ["mediawiki", "wikitext"],
  ["wiki", "wikitext"],
  ["plaintext", "plaintext"],
  ["txt", "plaintext"],
  ["text", "plaintext"]
]);
function languageFromId(languageId) {
  if (!languageId) return "plaintext";
  const key = languageId.trim().toLowerCase().replace(/^\./, "");
  return LANGUAGES.get(key) ?? "plaintext";
}

// server/src/engine/text/sentences.ts
var ABBREVIATIONS = /* @__PURE__ */ new Set([
  "mr",
  "mrs",
  "ms",
  "mx",
  "dr",
  "prof",
  "sr",
  "jr",
  "st",
  "mt",
  "ft",
  "rev",
  "hon",
  "gen",
  "col",
  "lt",
  "sgt",
  "capt",
  "cmdr",
  "adm",
  "gov",
  "sen",
  "rep",
  "pres",
  "supt",
  "insp",
  "vs",
  "etc",
  "al",
  "approx",
  "ca",
  "cf",
  "viz",
  "fig",
  "figs",
  "eq",
  "eqs",
  "no",
  "nos",
  "vol",
  "vols",
  "p",
  "pp",
  "ch",
  "sec",
  "ed",
  "eds",
  "trans",
  "repr",
  "ibid",
  "op",
  "cit",
  "inc",
  "ltd",
  "co",
  "corp",
  "bros",
  "dept",
  "univ",
  "assn",
  "est",
  "govt",
  "jan",
  "feb",
  "mar",
  "apr",
  "jun",
  "jul",
  "aug",
  "sep",
  "sept",
  "oct",
  "nov",
  "dec",
  "e.g",
  "i.e",
  "u.s",
  "u.k",
  "u.n",
  "u.s.a",
  "a.m",
  "p.m",
  "ph.d",
  "b.a",
  "m.a",
  "b.sc",
  "m.sc",
  "d.c",
  "n.b",
  "a.d",
  "b.c"
]);
var SENTENCE_OPENERS = /* @__PURE__ */ new Set([
  "the",
  "a",
  "an",
  "in",
  "on",
  "at",
  "it",
  "he",
  "she",
  "they",
  "we",
  "i",
  "this",
  "that",
  "these",
  "those",
  "there",
  "but",
  "and",
  "however",
  "his",
  "her",
  "its",
  "their",
  "our",
  "after",
  "before",
  "when",
  "while",
  "if",
  "as",
  "since",
  "many",
  "some",
  "most",
  "critics",
  "experts",
  "sources",
  // The openers of weasel sentences themselves: "... in Washington, D.C. Research suggests ...".
  "research",
  "studies",
  "evidence",
  "officials",
  "observers",
  "analysts",
  "historians",
  "scientists",
  "several",
  "others",
  "people",
  "according",
  "such",
  "yet",
  "although",
  "despite",
  "during"
]);
var CLOSERS2 = /* @__PURE__ */ new Set(['"', "'", "\u201D", "\u2019", ")", "]", "\xBB", "*", "_"]);
function isSpace2(ch) {
  return ch === " " || ch === "	" || ch === "\n" || ch === "\r" || ch === "\xA0";
}
function isUpper(ch) {
  return ch !== ch.toLowerCase() && ch === ch.toUpperCase();
}
function isLower(ch) {
  return ch !== ch.toUpperCase() && ch === ch.toLowerCase();
}
function isDigit3(ch) {
  return ch >= "0" && ch <= "9";
}
function wordBefore(text, at, floor) {
  let i = at;
  while (i > floor && /[\p{L}.]/u.test(text.charAt(i - 1))) i--;
  return text.slice(i, at);
}
function wordAt(text, at, ceiling) {
  let i = at;
  while (i < ceiling && new RegExp("\\p{L}", "u").test(text.charAt(i))) i++;
  return text.slice(at, i).toLowerCase();
}
function periodEndsSentence(text, dot, next2, blockStart, blockEnd) {
  const nextCh = text.charAt(next2);
  if (isLower(nextCh)) return false;
  const word = wordBefore(text, dot, blockStart);
  if (word.length === 0) return true;
  const bare = word.replace(/^\.+/, "");
  const lowerWord = bare.toLowerCase();
  if (bare.length === 1 && isUpper(bare)) return false;
  if (ABBREVIATIONS.has(lowerWord) || new RegExp("^(\\p{L}\\.)+\\p{L}$", "u").test(bare)) {
    return isUpper(nextCh) && SENTENCE_OPENERS.has(wordAt(text, next2, blockEnd)) && !["dr", "mr", "mrs", "ms", "st", "prof", "no", "fig", "vs"].includes(lowerWord);
  }
  return true;
}
function splitSentences(text, blocks) {
  const sentences = [];
  blocks.forEach((block, blockIndex) => {
    const first = sentences.length;
    let i = block.start;
    const end = block.end;
    let start = -1;
    while (i < end) {
      const code = text.charCodeAt(i);
      if (start < 0) {
        if (code === 32 || code === 9 || code === 10 || code === 13 || code === 160) {
          i++;
          continue;
        }
        start = i;
      }
      if (code === 46 || code === 33 || code === 63 || code === 8230) {
        const ch = text.charAt(i);
        const terminal = i;
        let j = i;
        while (j < end && ".!?\u2026".includes(text.charAt(j))) j++;
        while (j < end && CLOSERS2.has(text.charAt(j))) j++;
        let k = j;
        while (k < end && isSpace2(text.charAt(k))) k++;
        const atEnd = k >= end;
        let ends = false;
        if (atEnd) ends = true;
        else if (k > j) {
          ends = ch === "." && j - terminal === 1 ? periodEndsSentence(text, terminal, k, block.start, end) : !isLower(text.charAt(k));
          if (ends && ch === "." && isDigit3(text.charAt(terminal - 1)) && isDigit3(text.charAt(k)) && terminal - 1 >= block.start && /\s/.test(text.charAt(terminal - 2))) ends = false;
        }
        if (ends) {
          sentences.push({ start, end: j, terminal, reach: k, block: blockIndex });
          start = -1;
          i = k;
          continue;
        }
        i = j;
        continue;
      }
      i++;
    }
    if (start >= 0) {
      let e = end;
      while (e > start && isSpace2(text.charAt(e - 1))) e--;
      if (e > start) sentences.push({ start, end: e, terminal: e, reach: end, block: blockIndex });
    }
    if (sentences.length > first) sentences[sentences.length - 1].reach = blocks[blockIndex + 1]?.start ?? text.length;
  });
  return sentences;
}

// server/src/engine/lexicon/sourceWords.ts
var VAGUE_HOLDERS2 = /* @__PURE__ */ new Set([
  "many",
  "most",
  "some",
  "several",
  "few",
  "others",
  "people",
  "experts",
  "critics",
  "observers",
  "analysts",
  "historians",
  "scholars",
  "scientists",
  "researchers",
  "commentators",
  "sources",
  "source",
  "insiders",
  "officials",
  "reports",
  "studies",
  "research",
  "evidence",
  "science",
  "data",
  "they",
  "it",
  "everyone",
  "everybody",
  "nobody",
  "one",
  "someone",
  "somebody",
  "economists",
  "academics",
  "doctors",
  "witnesses",
  "accounts",
  "rumours",
  "rumors",
  "multiple",
  "numerous",
  "various",
  "there",
  "fans",
  "supporters",
  "opponents",
  "residents",
  "we",
  "you",
  "i",
  "estimates",
  "surveys",
  "polls",
  "a",
  "an"
]);
var SPECIFIC_SOURCES = /* @__PURE__ */ new Set([
  "police",
  "prosecutors",
  "prosecutor",
  "investigators",
  "court",
  "judge",
  "coroner",
  "ministry",
  "spokesperson",
  "spokesman",
  "spokeswoman",
  "statement",
  "report",
  "survey",
  "study",
  "census",
  "poll",
  "company",
  "council",
  "government",
  "department",
  "agency",
  "authority",
  "commission",
  "committee",
  "board",
  "firm",
  "club",
  "school",
  "university",
  "hospital",
  "museum",
  "he",
  "she",
  "mayor",
  "minister",
  "president",
  "governor",
  "chairman",
  "chairwoman",
  "chair",
  "director",
  "author",
  "authors",
  "team",
  "office",
  "embassy",
  "inquiry",
  "audit",
  "filing",
  "filings",
  "records",
  "figures",
  "archive",
  "data",
  "regulator",
  "auditor",
  "tribunal",
  "jury",
  "paper",
  "newspaper",
  "magazine",
  "broadcaster",
  "website",
  "analysis",
  "review",
  "editor",
  "publisher",
  "organisers",
  "organizers",
  "landlord",
  "owner",
  "owners",
  "family",
  "lawyer",
  "lawyers",
  "attorney",
  "attorneys",
  "secretary",
  "manager",
  "coach",
  "captain",
  "chief",
  "sheriff",
  "estimates",
  "lawsuit",
  "indictment",
  "complaint",
  "documents",
  "letter",
  "memo",
  "transcript",
  "recording",
  "footage",
  // Officers and records a reader can look up: "the returning officer announced", "as the panel at the entrance records".
  "officer",
  "clerk",
  "registrar",
  "coroner",
  "panel",
  "plaque",
  "label",
  "register",
  "catalogue",
  "catalog",
  "minutes",
  "ledger",
  "declaration",
  "sheet"
]);
var TIMES_AND_PLACES_AFTER_BY = /* @__PURE__ */ new Set([
  "way",
  "end",
  "time",
  "year",
  "side",
  "river",
  "sea",
  "door",
  "window",
  "number",
  "hand",
  "hour",
  "day",
  "week",
  "month",
  "age",
  "middle",
  "start",
  "beginning",
  "bridge",
  "road",
  "lake",
  "coast",
  "dozen",
  "hundred",
  "thousand",
  "million",
  "summer",
  "winter",
  "spring",
  "autumn",
  "fall",
  "evening",
  "morning",
  "night",
  "light",
  "book",
  "look",
  "mid",
  "late",
  "early",
  "january",
  "february",
  "march",
  "april",
  "may",
  "june",
  "july",
  "august",
  "september",
  "october",
  "november",
  "december",
  "monday",
  "tuesday",
  "wednesday",
  "thursday",
  "friday",
  "saturday",
  "sunday",
  "christmas",
  "easter",
  "then",
  "now",
  "far",
  "chance",
  "mistake",
  "accident"
]);
var IRREGULAR_PARTICIPLES = /* @__PURE__ */ new Set(["shown", "known", "held", "built", "bought", "brought", "thought", "taught", "caught", "found", "made", "done", "seen", "written", "given", "taken", "led", "kept", "sent", "spent", "told", "sold", "won", "paid", "said", "heard", "drawn", "grown", "thrown", "chosen", "spoken", "broken", "driven", "ridden", "beaten", "eaten", "fought", "sought", "felt", "meant", "left", "lost", "struck", "hung", "won", "begun", "sung", "sunk", "worn", "torn", "sworn", "born", "borne"]);
var ACTION_PARTICIPLES = /* @__PURE__ */ new Set(["taken", "built", "bought", "brought", "made", "done", "sent", "sold", "paid", "won", "led", "kept", "given", "driven", "ridden", "beaten", "eaten", "fought", "thrown", "broken", "struck", "hung", "owned", "run", "opened", "closed", "founded", "designed", "painted", "funded", "financed", "bankrolled", "replaced", "cut", "started", "launched", "killed", "injured", "attacked", "hit", "damaged", "destroyed", "sacked", "fired", "hired", "appointed", "elected", "defeated", "acquired", "purchased", "operated", "managed", "raised", "caused", "delivered", "crossed", "visited", "played", "sung", "performed", "directed", "composed", "passed", "rejected", "vetoed", "blocked", "moved", "carried", "collected", "inherited", "touched", "affected", "harmed", "spoiled", "spoilt", "changed", "scathed"]);
var DETERMINER_OR_NUMBER = /^(the|a|an|this|that|his|her|their|its|our|\d.*)$/;

// server/src/engine/literalSense.ts
var SPEECH_ONLY_WITH_CLAUSE = /* @__PURE__ */ new Set(["added", "adds", "add", "adding", "wrote", "writes", "write", "writing", "written"]);
var AMOUNT_HEDGES = /* @__PURE__ */ new Set(["about", "around", "roughly", "nearly", "almost", "some", "over", "approximately", "up"]);
var TAG_PUNCTUATION = /* @__PURE__ */ new Set([",", ".", ";", ":", '"', "\u201C", "\u201D", "\u2014", "-", ")", "!", "?"]);
var OBJECT_STARTERS = /* @__PURE__ */ new Set(["a", "an", "the", "her", "his", "their", "its", "our", "my", "your", "this", "these", "those", "some", "several", "two", "three", "four", "five", "another", "more", "new"]);
var VERBS_AFTER_A_SUBJECT = /* @__PURE__ */ new Set(["have", "has", "had", "are", "were", "is", "was", "will", "would", "could", "can", "should", "might", "must", "remain", "remained", "rose", "fell"]);
var FIND_FORMS = /* @__PURE__ */ new Set(["found", "find", "finds"]);
var OBJECT_PRONOUNS = /* @__PURE__ */ new Set(["them", "it", "him", "her", "these", "those", "one"]);
var LOCATIVES = /* @__PURE__ */ new Set(["on", "in", "at", "under", "near", "beside", "inside", "behind", "among", "beneath", "below", "above", "by", "outside"]);
function literalSense(tokens, verb) {
  const word = tokens[verb].lower;
  const before2 = tokens[verb - 1];
  const next2 = tokens[verb + 1];
  if (isCapitalized(tokens[verb]) && before2 !== void 0 && isCapitalized(before2) && endsNameHere(next2)) return true;
  if (word === "states" && before2?.lower === "united") return true;
  if (word.endsWith("s") && !NEVER_NOUNS.has(word) && (VERBS_AFTER_A_SUBJECT.has(next2?.lower ?? "") || NOUN_PREPOSITIONS.has(next2?.lower ?? ""))) return true;
  if (NOUN_BEFORE2.has(before2?.lower ?? "")) return true;
  if (word.endsWith("ed") && before2?.kind === "number" && next2?.kind === "word" && !NOT_NOUNS_AFTER_PARTICIPLE.has(next2.lower)) return true;
  if (SPEECH_ONLY_WITH_CLAUSE.has(word)) {
    if (!next2 || next2.lower === "that") return false;
    if (next2.kind === "punct") return !TAG_PUNCTUATION.has(next2.text);
    if (next2.kind === "number") return true;
    if (AMOUNT_HEDGES.has(next2.lower) && (tokens[verb + 2]?.kind === "number" || tokens[verb + 3]?.kind === "number")) return true;
    if (OBJECT_STARTERS.has(next2.lower)) {
      for (let i = verb + 2; i < tokens.length && i <= verb + 7; i++) {
        if (tokens[i].kind === "punct") break;
        if (tokens[i].lower === "that") return false;
      }
      return true;
    }
    return false;
  }
  if ((word === "put" || word === "puts") && !(next2?.lower === "down" && tokens[verb + 2]?.lower === "to") && !tokens.slice(verb + 1, verb + 8).some((t, k, ahead) => t.lower === "at" && (ahead[k + 1]?.kind === "number" || ahead[k + 2]?.kind === "number"))) return true;
  if (FIND_FORMS.has(word) && OBJECT_PRONOUNS.has(next2?.lower ?? "") && LOCATIVES.has(tokens[verb + 2]?.lower ?? "")) return true;
  if (word === "called" && DETERMINER_OR_NUMBER.test(tokens[verb - 2]?.lower ?? "") && before2?.kind === "word" && !isCapitalized(before2) && !SPECIFIC_SOURCES.has(before2.lower)) return true;
  if (!(word in NEUTRAL_FORMS)) return false;
  return !introducesSpeech(new MatchView(tokens, verb, verb + 1));
}
var AFTER_NAMES = /* @__PURE__ */ new Set(["in", "of", "and", "or", "for", "to", "from", "on", "at", "with", "where", "which", "who", "is", "was", "has", "had", "are", "were"]);
function endsNameHere(next2) {
  if (!next2) return true;
  if (next2.kind === "punct") return next2.text !== ":";
  return AFTER_NAMES.has(next2.lower);
}
var NOT_NOUNS_AFTER_PARTICIPLE = /* @__PURE__ */ new Set(["that", "the", "a", "an", "his", "her", "their", "its", "our", "this", "these", "those", "some", "more", "fewer", "about", "around", "nearly", "almost", "over", "in", "on", "at", "by", "as", "to", "for", "with", "from", "no", "only", "just", "how", "what", "why", "whether", "it", "he", "she", "they", "we"]);
var NEVER_NOUNS = /* @__PURE__ */ new Set(["says", "argues", "believes", "thinks", "insists", "warns", "predicts", "expects", "suggests", "reckons", "maintains", "contends", "admits", "confirms", "explains", "adds", "writes", "tells", "told", "said"]);
var NOUN_PREPOSITIONS = /* @__PURE__ */ new Set(["to", "of", "for", "at", "per", "among", "across", "from"]);
var NOUN_BEFORE2 = /* @__PURE__ */ new Set(["for", "of", "with", "without", "his", "her", "my", "your", "our", "their", "its", "the", "a", "an", "these", "those", "some", "any", "no", "into", "from", "about"]);

// server/src/engine/attribution.ts
function followsParticiple(tokens, by) {
  for (let i = by - 1; i >= 0 && by - i <= 8; i--) {
    const t = tokens[i];
    if (t.kind === "punct") {
      if (QUOTE_MARKS.has(t.text)) continue;
      return false;
    }
    if (t.kind === "word" && i > 0 && (/[^e]ed$|[^e]en$/.test(t.lower) || IRREGULAR_PARTICIPLES.has(t.lower))) {
      const stem = t.lower.startsWith("un") ? t.lower.slice(2) : t.lower;
      return !ACTION_PARTICIPLES.has(t.lower) && !ACTION_PARTICIPLES.has(stem);
    }
  }
  return false;
}
function hasPluralSource(tokens, verb) {
  for (let i = verb - 1; i >= 0 && verb - i <= 8; i--) {
    const t = tokens[i];
    if (t.kind === "punct") return false;
    if (t.lower === "data" || /s$/.test(t.lower) && SPECIFIC_SOURCES.has(t.lower)) return true;
  }
  return false;
}
var BARE_PLURAL_VERBS = /* @__PURE__ */ new Set(["show", "find", "suggest", "estimate"]);
var PARTICIPLE_SPEECH = /* @__PURE__ */ new Set(["saying", "arguing", "writing", "noting", "adding", "stating", "explaining", "warning", "insisting", "claiming", "telling", "declaring", "recalling"]);
var BE_BEFORE_PARTICIPLE = /* @__PURE__ */ new Set(["is", "are", "was", "were", "be", "been", "being"]);
var POSSESSIVES = /* @__PURE__ */ new Set(["his", "her", "their", "its", "my", "our"]);
function subjectEvidence(tokens, verb, sentenceStart2) {
  const evidence = [];
  const isNamed = (t, index) => {
    if (VAGUE_HOLDERS2.has(t.lower)) return false;
    if (SPECIFIC_SOURCES.has(t.lower)) return true;
    if (t.kind === "number" && /^(1[5-9]|20)\d\d$/.test(t.text)) return true;
    return isCapitalized(t) && (index !== sentenceStart2 || !DETERMINER_OR_NUMBER.test(t.lower));
  };
  const passive = BE_BEFORE_PARTICIPLE.has(tokens[verb - 1]?.lower ?? "") || BE_BEFORE_PARTICIPLE.has(tokens[verb - 2]?.lower ?? "") && /ly$/.test(tokens[verb - 1]?.lower ?? "");
  let commas = tokens[verb - 1]?.text === "," ? 2 : 0;
  for (let i = verb - 1, seen = 0; !passive && i >= 0 && seen < 8; i--, seen++) {
    const t = tokens[i];
    if (t.kind === "punct") {
      if (t.text === "," && commas > 0) {
        commas--;
        continue;
      }
      break;
    }
    if (isNamed(t, i)) evidence.push(i);
    else if (POSSESSIVES.has(t.lower) && i + 1 < verb && !VAGUE_HOLDERS2.has(tokens[i + 1].lower)) evidence.push(i);
  }
  if (PARTICIPLE_SPEECH.has(tokens[verb].lower) && tokens[verb - 1]?.kind === "punct") {
    for (let i = sentenceStart2; i >= 0 && i < sentenceStart2 + 3 && i < verb; i++) if (isNamed(tokens[i], i) || tokens[i].lower === "he" || tokens[i].lower === "she") evidence.push(i);
  }
  if (tokens[verb - 1]?.kind !== "punct") return evidence;
  const tag = [];
  for (let i = verb + 1; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.kind === "punct") return evidence.concat(tag);
    if (i - verb > 5) return evidence;
    if (isNamed(t, i)) tag.push(i);
  }
  return evidence.concat(tag);
}
var OWN_RESULT_VERBS = /* @__PURE__ */ new Set(["drew", "sampled", "selected", "interviewed", "contacted", "collected", "weighted", "received", "estimate", "estimated", "find", "found", "show", "showed", "calculate", "calculated", "measure", "measured", "observe", "observed", "report", "reported", "document", "documented", "obtain", "obtained", "count", "counted", "compute", "computed", "record", "recorded", "analysed", "analyzed", "surveyed", "tested"]);
var BETWEEN_WE_AND_VERB = /* @__PURE__ */ new Set(["also", "then", "now", "further", "first", "again", "therefore", "thus", "instead", "separately"]);
var EVIDENCE_POINTERS = /* @__PURE__ */ new Set(["table", "tables", "figure", "figures", "fig", "exhibit", "appendix", "chart"]);
var OWN_WORK_NOUNS = /* @__PURE__ */ new Set(["calculation", "estimate", "estimates", "results", "data", "measurements", "counts", "count", "figures", "calculations", "findings", "tally", "totals"]);
var PLACE_POINTERS = /* @__PURE__ */ new Set(["above", "below", "opposite", "overleaf"]);
var OWN_STUDY_NOUNS = /* @__PURE__ */ new Set([
  "survey",
  "surveys",
  "poll",
  "study",
  "test",
  "tests",
  "testing",
  "trial",
  "trials",
  "lab",
  "labs",
  "laboratory",
  "records",
  "census",
  "audit",
  "questionnaire",
  // The writer's own instruments: "On my sound meter, it peaked at 78 dB", "by our kitchen scales".
  "meter",
  "meters",
  "scales",
  "thermometer",
  "stopwatch",
  "gauge",
  "timer"
]);
var OWN_STUDY_PREPOSITIONS = /* @__PURE__ */ new Set(["in", "from", "on", "by", "to", "under"]);
function ownStudyAt(tokens, i) {
  if (!OWN_STUDY_PREPOSITIONS.has(tokens[i - 1]?.lower ?? "")) return false;
  for (let k = i + 1; k < tokens.length && k <= i + 3; k++) {
    const t = tokens[k];
    if (t.kind === "punct") return false;
    if (OWN_STUDY_NOUNS.has(t.lower)) return true;
  }
  return false;
}
var DOCUMENTS = /* @__PURE__ */ new Set([
  "timetable",
  "timetables",
  "schedule",
  "schedules",
  "map",
  "maps",
  "minutes",
  "register",
  "registers",
  "ledger",
  "ledgers",
  "logbook",
  "logbooks",
  "log",
  "catalogue",
  "catalogues",
  "catalog",
  "catalogs",
  "inventory",
  "directory",
  "deeds",
  "accounts",
  "records",
  "census",
  "roll",
  "rolls",
  "manifest",
  "atlas",
  "gazetteer",
  "yearbook",
  "almanac",
  "handbook",
  "guidebook",
  "brochure",
  "leaflet"
]);
var DOCUMENT_VERBS = /* @__PURE__ */ new Set(["show", "shows", "showed", "record", "records", "list", "lists"]);
var DEFINITE2 = /* @__PURE__ */ new Set(["the", "this", "that", "these", "those", "its", "their", "his", "her", "our", "my", "your"]);
function documentBefore(tokens, verb, sentenceStart2) {
  const noun = verb - 1;
  if (!DOCUMENTS.has(tokens[noun]?.lower ?? "")) return -1;
  for (let i = noun - 1; i >= 0 && noun - i <= 3; i--) {
    const t = tokens[i];
    if (t.kind === "punct" || t.lower === "a" || t.lower === "an") return -1;
    if (DEFINITE2.has(t.lower) || isPossessive(t.lower) || isCapitalized(t) && i !== sentenceStart2) return noun;
  }
  return -1;
}
function weBefore(tokens, verb) {
  let i = verb - 1;
  while (i >= 0 && BETWEEN_WE_AND_VERB.has(tokens[i].lower)) i--;
  return i >= 0 && tokens[i].lower === "we" ? i : -1;
}
function pointsToOwnEvidence(tokens, i) {
  if (!EVIDENCE_POINTERS.has(tokens[i].lower)) return false;
  if (PLACE_POINTERS.has(tokens[i + 1]?.lower ?? "") && (tokens[i - 1]?.lower === "the" || tokens[i - 1]?.lower === "this")) return true;
  if (!isCapitalized(tokens[i])) return false;
  let next2 = tokens[i + 1];
  if (next2?.text === "." && tokens[i].lower === "fig") next2 = tokens[i + 2];
  if (!next2) return true;
  if (next2.kind === "number") return true;
  if (next2.kind === "punct") return next2.text !== "'" && next2.text !== "\u2019";
  return next2.text.length <= 3 && /^[A-Z]\d*$/.test(next2.text);
}
function firstWordIndex(tokens) {
  return tokens.findIndex((t) => t.kind !== "punct");
}
function namedSources(tokens, names = NO_NAMES) {
  const hits = [];
  const sentenceStart2 = firstWordIndex(tokens);
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.lower === "according" && tokens[i + 1]?.lower === "to") {
      const after = [];
      for (let j = i + 2; j < tokens.length && j < i + 6; j++) if (tokens[j].kind !== "punct") after.push(j);
      const phrase = [];
      for (let j = i + 2; j < tokens.length && j < i + 12 && tokens[j].kind !== "punct"; j++) phrase.push(j);
      const namedFurtherOn = phrase.some((j) => isCapitalized(tokens[j]) || /^(1[5-9]|20)\d\d$/.test(tokens[j].text));
      if (after.length > 0 && (namedFurtherOn || !after.slice(0, 2).some((j) => VAGUE_HOLDERS2.has(tokens[j].lower) && !SPECIFIC_SOURCES.has(tokens[j].lower)))) hits.push({ cue: i, evidence: after });
      continue;
    }
    if (OWN_RESULT_VERBS.has(t.lower)) {
      const we = weBefore(tokens, i);
      if (we >= 0) {
        hits.push({ cue: i, evidence: [we] });
        continue;
      }
    }
    if ((t.lower === "our" || t.lower === "my") && (OWN_WORK_NOUNS.has(tokens[i + 1]?.lower ?? "") || tokens[i + 1]?.lower === "own" && OWN_WORK_NOUNS.has(tokens[i + 2]?.lower ?? "") || ownStudyAt(tokens, i))) {
      hits.push({ cue: i + 1, evidence: [i] });
      continue;
    }
    if (pointsToOwnEvidence(tokens, i)) {
      hits.push({ cue: i, evidence: [i] });
      continue;
    }
    if (DOCUMENT_VERBS.has(t.lower)) {
      const doc = documentBefore(tokens, i, sentenceStart2);
      if (doc >= 0) {
        hits.push({ cue: i, evidence: [doc] });
        continue;
      }
    }
    const bareVerb = BARE_PLURAL_VERBS.has(t.lower) && !hasPluralSource(tokens, i);
    if (SOURCE_VERBS.has(t.lower) && !bareVerb && !literalSense(tokens, i)) {
      const evidence = subjectEvidence(tokens, i, sentenceStart2);
      if (evidence.length > 0) hits.push({ cue: i, evidence });
      continue;
    }
    if (t.lower === "by" && followsParticiple(tokens, i)) {
      const next2 = tokens[i + 1];
      if (next2 === void 0 || next2.lower === "a" || next2.lower === "an") continue;
      const determined = DETERMINER_OR_NUMBER.test(next2.lower);
      const agent = determined ? i + 2 : i + 1;
      const after = tokens[agent];
      if (after && after.kind === "word" && !VAGUE_HOLDERS2.has(after.lower) && !TIMES_AND_PLACES_AFTER_BY.has(after.lower)) {
        if (isCapitalized(after) || SPECIFIC_SOURCES.has(after.lower) || determined) hits.push({ cue: i, evidence: [agent] });
      }
    }
  }
  for (let i = 0; i < tokens.length; i++) {
    if (!NAMED_DOCUMENTS.has(tokens[i].lower) || isCapitalized(tokens[i]) && tokens[i + 1] !== void 0 && isCapitalized(tokens[i + 1])) continue;
    for (let k = i - 1; k >= 0 && k >= i - 5; k--) {
      const t = tokens[k];
      if (t.kind === "punct" && t.text !== "/" && t.text !== "." && t.text !== "-" && t.text !== "'" && t.text !== "\u2019") break;
      const opensAsName = k === sentenceStart2 && isPossessive(t.lower) && REPORTS.has(tokens[i].lower) && !TIME_POSSESSIVES.has(t.lower.replace(/['\u2019]s$/, ""));
      if (isCapitalized(t) && (k !== sentenceStart2 || opensAsName)) {
        hits.push({ cue: i, evidence: [k], claimsOnly: true });
        break;
      }
    }
  }
  for (const speaker of speakersOf(tokens, names)) {
    if (speaker.holding !== "named" || speaker.cueClass === "position" || SOURCE_VERBS.has(tokens[speaker.cue].lower) && literalSense(tokens, speaker.cue)) continue;
    const evidence = [];
    for (let k = speaker.holderStart; k < speaker.holderEnd; k++) evidence.push(k);
    hits.push({ cue: speaker.cue, evidence, ...speaker.cueClass === "intention" ? { claimsOnly: true } : {} });
  }
  return hits;
}
var NAMED_DOCUMENTS = /* @__PURE__ */ new Set(["plan", "plans", "proposal", "proposals", "bill", "budget", "report", "estimate", "estimates", "forecast", "forecasts", "poll", "polls", "survey", "study", "analysis", "census", "data", "figures", "projections", "audit", "review", "index", "tally", "count", "statement", "filing", "filings", "website"]);
var REPORTS = /* @__PURE__ */ new Set(["poll", "polls", "survey", "study", "report", "analysis", "census", "audit", "estimate", "estimates", "forecast", "forecasts", "projections", "plan", "plans", "proposal", "proposals"]);
var TIME_POSSESSIVES = /* @__PURE__ */ new Set(["today", "yesterday", "tomorrow", "tonight", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "this", "last", "next"]);
var ANSWERS_ANYWHERE = /* @__PURE__ */ new Set(["according", "by"]);
var SHARED_SUBJECT = /* @__PURE__ */ new Set(["would", "will", "could", "can", "should", "might", "may", "must", "also", "still", "is", "are", "was", "were", "has", "have", "had", "did", "does", "do", "not"]);
var SentenceSources = class {
  constructor(tokens, names = NO_NAMES) {
    this.tokens = tokens;
    this.names = names;
  }
  tokens;
  names;
  computedHits;
  namedHolders;
  vagueHolders;
  verbStarts;
  contrasts;
  /** The hits by where their cue starts. */
  hitStarts;
  /** Of those, the "according to" and "by" hits, and the speaker tags (see `answersVagueHolder`). */
  anywhereStarts;
  tagStarts;
  get hits() {
    this.computedHits ??= namedSources(this.tokens, this.names);
    return this.computedHits;
  }
  /**
   * Does the sentence name a source with words outside [from, to)? The flagged words cannot
   * attribute themselves ("Critics say" is not a named source). Hits inside the range are few, so
   * the loop stops early.
   */
  namedOutside(from, to, forClaim = true) {
    const inside = (index) => this.tokens[index].start >= from && this.tokens[index].end <= to;
    const [segmentStart, segmentEnd] = this.contrastSegment(from, to);
    this.hitStarts ??= this.hits.map((hit) => ({ hit, at: this.tokens[hit.cue].start })).sort((a, b) => a.at - b.at);
    const starts = this.hitStarts;
    if (!forClaim && this.vagueSpeakerAt(from, to)) return this.answersVagueHolder(from, to, segmentStart, segmentEnd);
    for (let k = firstAtOrAfter(starts, segmentStart, (h) => h.at); k < starts.length && starts[k].at < segmentEnd; k++) {
      const { hit } = starts[k];
      if (inside(hit.cue) || hit.claimsOnly && !forClaim) continue;
      if (!forClaim && this.tokens[hit.cue].start >= to && !this.isTag(hit)) continue;
      if (!forClaim && this.tokens[hit.cue].start < from && !this.frames(hit, from) && this.vagueSpeakerAt(from, to)) continue;
      if (hit.evidence.some((e) => !inside(e))) return true;
    }
    return false;
  }
  /**
   * `namedOutside` for a vague holder with a cue of its own (`forClaim` false), with the same
   * answer as its loop, visiting only the hits that can give one: before the holder, "according
   * to" and "by" anywhere in the clause and any cue within four words of it (`frames`); after it,
   * speaker tags (`isTag`); and a cue that starts inside but runs past it. The loop would visit
   * every hit of the clause and skip nearly all, which in a long run-on sentence of vague sources
   * costs findings x hits.
   */
  answersVagueHolder(from, to, segmentStart, segmentEnd) {
    const tokens = this.tokens;
    const inside = (index) => tokens[index].start >= from && tokens[index].end <= to;
    const answers = (hit) => !inside(hit.cue) && !hit.claimsOnly && hit.evidence.some((e) => !inside(e));
    const starts = this.hitStarts;
    const at = (h) => h.at;
    this.anywhereStarts ??= starts.filter((h) => ANSWERS_ANYWHERE.has(tokens[h.hit.cue].lower));
    const anywhere = this.anywhereStarts;
    for (let k = firstAtOrAfter(anywhere, segmentStart, at); k < anywhere.length && anywhere[k].at < from; k++) if (answers(anywhere[k].hit)) return true;
    const first = firstAtOrAfter(tokens, from, (t) => t.start);
    const windowStart = Math.max(segmentStart, tokens[Math.max(0, first - 5)]?.start ?? 0);
    for (let k = firstAtOrAfter(starts, windowStart, at); k < starts.length && starts[k].at < from; k++) {
      if (this.frames(starts[k].hit, from) && answers(starts[k].hit)) return true;
    }
    for (let k = firstAtOrAfter(starts, from, at); k < starts.length && starts[k].at < to; k++) if (answers(starts[k].hit)) return true;
    this.tagStarts ??= starts.filter((h) => this.isTag(h.hit));
    const tags = this.tagStarts;
    for (let k = firstAtOrAfter(tags, Math.max(to, segmentStart), at); k < tags.length && tags[k].at < segmentEnd; k++) if (answers(tags[k].hit)) return true;
    return false;
  }
  /** Does a vague holder the speaker detector found (holder and cue of its own) overlap [from, to)? */
  vagueSpeakerAt(from, to) {
    this.vagueHolders ??= this.holderIndex("vague");
    return this.vagueHolders.overlaps(from, to);
  }
  /** The speaker detector's holders of one kind, as a stretch index: a long sentence may hold many holders and many findings. */
  holderIndex(holding) {
    const holders = speakersOf(this.tokens, this.names).filter((s) => s.holding === holding);
    return new StretchIndex(holders.map((s) => ({ offset: this.tokens[s.holderStart].start, length: this.tokens[s.holderEnd - 1].end - this.tokens[s.holderStart].start })));
  }
  /**
   * The hit frames `from`: its cue stands within four words before it ("the ministry reported that
   * residents fear"), or it is "according to" or a passive's "by". Measured on PolNeAR's train
   * split, reaching further (to the next clause break) cleared more vague holders than it should.
   */
  frames(hit, from) {
    if (ANSWERS_ANYWHERE.has(this.tokens[hit.cue].lower)) return true;
    let between = 0;
    for (let k = hit.cue + 1; k < this.tokens.length && this.tokens[k].start < from; k++) if (++between > 4) return false;
    return true;
  }
  /** The hit closes the sentence as a speaker tag ("..., the ministry said.", "..., said Ms Ruiz") or is "according to". */
  isTag(hit) {
    if (ANSWERS_ANYWHERE.has(this.tokens[hit.cue].lower)) return true;
    const at = Math.min(hit.cue, ...hit.evidence) - 1;
    const before2 = this.tokens[at];
    if (before2 && before2.kind === "punct" && before2.text !== "(" && !isAbbreviationStop(this.tokens, at)) return true;
    let words2 = 0;
    for (let k = hit.cue + 1; k < this.tokens.length; k++) if (this.tokens[k].kind !== "punct" && ++words2 > 4) return false;
    return true;
  }
  /**
   * The stretch of the sentence around [from, to) that no contrasting clause boundary (", but",
   * "; yet", ", whereas", ", although") cuts: offsets [start, end).
   */
  contrastSegment(from, to) {
    this.contrasts ??= this.tokens.filter((t, i) => opensContrast(this.tokens, i) && !SHARED_SUBJECT.has(this.tokens[i + 1]?.lower ?? "")).map((t) => t.start);
    const contrasts = this.contrasts;
    const before2 = firstAtOrAfter(contrasts, from, (c) => c) - 1;
    const after = firstAtOrAfter(contrasts, to, (c) => c);
    return [before2 >= 0 ? contrasts[before2] : -Infinity, after < contrasts.length ? contrasts[after] : Infinity];
  }
  /**
   * Is the vague-looking holder at [from, to) named after all: inside a holder the speaker detector
   * names ("E.U. leaders warn"), or followed by its members' names ("critics, including Senator Ruiz")?
   */
  holderNamed(from, to) {
    this.namedHolders ??= this.holderIndex("named");
    if (this.namedHolders.holds(from)) return true;
    const end = firstAtOrAfter(this.tokens, to, (t) => t.start);
    const start = firstAtOrAfter(this.tokens, from, (t) => t.start);
    const joined = this.tokens[start - 1];
    const partner = this.tokens[start - 2];
    if (joined?.lower === "and" && partner !== void 0 && isCapitalized(partner) && start - 2 > 0) return true;
    return membersNamedAfter(this.tokens, end);
  }
  /** Offset where the first source verb at or after `offset` starts, or the end of the sentence. */
  nextSourceVerb(offset) {
    if (!this.verbStarts) {
      this.verbStarts = [];
      for (const t of this.tokens) if (SOURCE_VERBS.has(t.lower)) this.verbStarts.push(t.start);
    }
    const starts = this.verbStarts;
    const lo = firstAtOrAfter(starts, offset, (start) => start);
    if (lo < starts.length) return starts[lo];
    return this.tokens.length > 0 ? this.tokens[this.tokens.length - 1].end : offset;
  }
};

// server/src/engine/quotations.ts
function inSpans(spans, offset) {
  const i = firstAtOrAfter(spans, offset + 1, (span) => span.end);
  return i < spans.length && spans[i].start <= offset;
}
function anySpanStartsIn(spans, from, to) {
  const i = firstAtOrAfter(spans, from, (span) => span.start);
  return i < spans.length && spans[i].start < to;
}
var QUOTE_PAIRS = { '"': '"', "\u201C": "\u201D", "\xAB": "\xBB", "\u201E": "\u201C" };
function findQuotations(text, start, end) {
  const spans = [];
  const exhausted = /* @__PURE__ */ new Set();
  let i = start;
  while (i < end) {
    const code = text.charCodeAt(i);
    if (code !== 39 && code !== 34 && code !== 8220 && code !== 171 && code !== 8222 && code !== 8216) {
      i++;
      continue;
    }
    const ch = text.charAt(i);
    if (ch === "'" && text.charAt(i + 1) === "'" && !exhausted.has("''") && (i === start || /[\s([{\u2014-]/.test(text.charAt(i - 1))) && /[\p{L}\p{N}$]/u.test(text.charAt(i + 2))) {
      const j2 = text.indexOf("''", i + 2);
      if (j2 < 0 || j2 + 2 > end) {
        exhausted.add("''");
        i++;
        continue;
      }
      spans.push({ start: i, end: j2 + 2 });
      i = j2 + 2;
      continue;
    }
    const close = QUOTE_PAIRS[ch] ?? (ch === "\u2018" && (i === start || /[\s([{\u2014-]/.test(text.charAt(i - 1))) ? "\u2019" : void 0);
    if (close === void 0 || exhausted.has(close)) {
      i++;
      continue;
    }
    let j = i + 1;
    for (; j < end; j++) {
      const c = text.charAt(j);
      if (c !== close) continue;
      if (close === "\u2019" && new RegExp("\\p{L}", "u").test(text.charAt(j + 1))) continue;
      break;
    }
    if (j >= end) {
      exhausted.add(close);
      i++;
      continue;
    }
    spans.push({ start: i, end: j + 1 });
    i = j + 1;
  }
  return spans;
}

// server/src/engine/markerPlacement.ts
var DEFAULT_PLACEMENT = { punctuation: "after", separator: "", wordSeparator: "" };
function emptyTally() {
  return { after: { "": 0, " ": 0, "~": 0 }, before: { "": 0, " ": 0, "~": 0 }, inside: { "": 0, " ": 0, "~": 0 } };
}
function addTallies(into, more) {
  addCounts(into.after, more.after);
  addCounts(into.before, more.before);
  addCounts(into.inside, more.inside);
  return into;
}
function addCounts(into, more) {
  into[""] += more[""];
  into[" "] += more[" "];
  into["~"] += more["~"];
}
var SENTENCE_PUNCTUATION = /* @__PURE__ */ new Set([".", "!", "?", "\u2026", ";", ":", ","]);
var CLOSERS3 = /* @__PURE__ */ new Set(['"', "'", "\u201D", "\u2019", "\xBB", ")"]);
var MAX_GAP = 2;
function isMarker(text, start, end) {
  const c = text.charAt(start);
  if (c === "[") {
    if (text.charAt(end - 1) !== "]" || text.charAt(end) === ":") return false;
    const kind = bracketKind(text.slice(start + 1, end - 1));
    return kind !== null && kind !== "url";
  }
  if (c === "(" || text.startsWith("{{", start)) return true;
  if (c === "<") return /^<(?:ref|sup)\b/i.test(text.slice(start, start + 5));
  if (c === "\\") return !/^\\(?:url|href)\b/.test(text.slice(start, start + 6));
  return false;
}
function separatorOf(gap, language) {
  if (gap === "") return "";
  if (language === "latex" && gap === "~") return "~";
  return /^[ \t\u00a0]+$/.test(gap) ? " " : void 0;
}
function tallyMarkers(text, language, citations) {
  const tally2 = emptyTally();
  let i = 0;
  while (i < citations.length) {
    const { start } = citations[i];
    let { end } = citations[i];
    const first = i;
    i++;
    while (i < citations.length && citations[i].start <= end) end = Math.max(end, citations[i++].end);
    if (!isMarker(text, start, citations[first].end)) continue;
    let k = start;
    while (k > 0 && start - k < MAX_GAP && /[ \t\u00a0~]/.test(text.charAt(k - 1))) k--;
    const separator = separatorOf(text.slice(k, start), language);
    if (separator === void 0 || k === 0) continue;
    const previous = text.charAt(k - 1);
    const beforeThat = text.charAt(k - 2);
    if (SENTENCE_PUNCTUATION.has(previous) || CLOSERS3.has(previous) && SENTENCE_PUNCTUATION.has(beforeThat)) {
      tally2.after[separator]++;
    } else if (/[\p{L}\p{N})\]}"'\u201d\u2019]/u.test(previous)) {
      tally2[SENTENCE_PUNCTUATION.has(text.charAt(end)) ? "before" : "inside"][separator]++;
    }
  }
  return tally2;
}
function tallyDocument(text, language, config) {
  const view = readProse(text, language);
  return tallyMarkers(text, language, withConfiguredMarkers(text, view.citations, config?.markers[language]));
}
function total(counts) {
  return counts[""] + counts[" "] + counts["~"];
}
function commonest(counts) {
  let best = "";
  for (const separator of [" ", "~"]) if (counts[separator] > counts[best]) best = separator;
  return best;
}
function resolvePlacement(tally2, setting = "auto") {
  const afterCount = total(tally2.after);
  const beforeCount = total(tally2.before);
  const punctuation = setting === "afterPunctuation" ? "after" : setting === "beforePunctuation" ? "before" : beforeCount > afterCount ? "before" : "after";
  const words2 = { "": 0, " ": 0, "~": 0 };
  for (const separator of ["", " ", "~"]) words2[separator] = tally2.before[separator] + tally2.inside[separator];
  const side = punctuation === "after" ? tally2.after : total(tally2.before) > 0 ? tally2.before : words2;
  return { punctuation, separator: commonest(side), wordSeparator: commonest(words2) };
}
var TODO_PACKAGES = /* @__PURE__ */ new Set(["todonotes", "luatodonotes", "easy-todo", "todo"]);
var USE_PACKAGE = /\\(?:usepackage|RequirePackage)\s*(?:\[[^\]\n]{0,500}\])?\s*\{([^}\n]{1,500})\}/g;
var DEFINES_TODO = /\\(?:newcommand|renewcommand|providecommand|DeclareRobustCommand|NewDocumentCommand|DeclareDocumentCommand|ProvideDocumentCommand)\*?\s*\{?\s*\\todo(?![A-Za-z])|\\(?:def|gdef|let)\s*\\todo(?![A-Za-z])/g;
function commentedOut(text, at) {
  for (let k = at - 1; k >= 0 && at - k < 300; k--) {
    const c = text.charAt(k);
    if (c === "\n" || c === "\r") return false;
    if (c === "%") {
      let backslashes = 0;
      while (text.charAt(k - 1 - backslashes) === "\\") backslashes++;
      if (backslashes % 2 === 0) return true;
    }
  }
  return false;
}
function definesTodo(text) {
  for (const match of text.matchAll(USE_PACKAGE)) {
    if (commentedOut(text, match.index)) continue;
    if (match[1].split(",").some((name) => TODO_PACKAGES.has(name.trim()))) return true;
  }
  for (const match of text.matchAll(DEFINES_TODO)) if (!commentedOut(text, match.index)) return true;
  if (!/\\documentclass\b/.test(text)) {
    for (const match of text.matchAll(/\\todo(?![A-Za-z])/g)) if (!commentedOut(text, match.index)) return true;
  }
  return false;
}
function documentConventions(text, language, config, citations) {
  const tally2 = citations ? tallyMarkers(text, language, citations) : tallyDocument(text, language, config);
  return { placement: resolvePlacement(tally2, config.markerPlacement[language]), todo: language === "latex" && definesTodo(text) };
}
function withConfiguredMarkers(text, citations, configured) {
  if (!configured) return citations;
  const found = [];
  for (const marker of Object.values(configured)) {
    const literal = (marker ?? "").split("{date}")[0].trim();
    if (literal.length < 3) continue;
    for (let at = text.indexOf(literal); at >= 0; at = text.indexOf(literal, at + literal.length)) found.push({ start: at, end: at + literal.length });
  }
  if (found.length === 0) return citations;
  return [...citations, ...found].sort((a, b) => a.start - b.start);
}
function punctuationEnd(text, terminal) {
  let i = terminal;
  while (i < text.length && i - terminal < 8 && SENTENCE_PUNCTUATION.has(text.charAt(i))) i++;
  if (i === terminal) return terminal;
  while (i < text.length && i - terminal < 12 && CLOSERS3.has(text.charAt(i))) i++;
  return i;
}
function separated(text, at, separator, marker) {
  if (separator === "" || at === 0 || /\s|~/.test(text.charAt(at - 1))) return marker;
  return separator + marker;
}

// server/src/engine/fixes.ts
var BRACKETED = { citationNeeded: "[citation needed]", who: "[who?]", byWhom: "[by whom?]" };
var DEFAULT_MARKERS = {
  plaintext: BRACKETED,
  markdown: BRACKETED,
  html: BRACKETED,
  // Plain bracketed text compiles in any LaTeX document; `\todo` (below) only where a package defines it.
  latex: BRACKETED,
  wikitext: { citationNeeded: "{{citation needed|date={date}}}", who: "{{who|date={date}}}", byWhom: "{{by whom|date={date}}}" }
};
var LATEX_TODO_MARKERS = { citationNeeded: "\\todo{citation needed}", who: "\\todo{who?}", byWhom: "\\todo{by whom?}" };
function ignoreComment(language, rule) {
  switch (language) {
    case "latex":
      return `% whosays-ignore-next-line ${rule}`;
    case "markdown":
    case "html":
    case "wikitext":
      return `<!-- whosays-ignore-next-line ${rule} -->`;
    default:
      return void 0;
  }
}
var MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
function markerTexts(language, config, now, todo = false) {
  const date = `${MONTHS[now.getMonth()]} ${now.getFullYear()}`;
  const defaults = language === "latex" && todo ? LATEX_TODO_MARKERS : DEFAULT_MARKERS[language];
  const merged2 = { ...defaults, ...config.markers[language] ?? {} };
  return {
    citationNeeded: merged2.citationNeeded.replace("{date}", date),
    who: merged2.who.replace("{date}", date),
    byWhom: merged2.byWhom.replace("{date}", date)
  };
}
function markerAlreadyAt(source, at, marker) {
  let i = at;
  while (source.charAt(i) === " " || source.charAt(i) === "	") i++;
  if (source.startsWith(marker, i)) return true;
  let j = at;
  while (source.charAt(j - 1) === " " || source.charAt(j - 1) === "	") j--;
  return j >= marker.length && source.endsWith(marker, j);
}
function beforeBackslashes(source, at) {
  while (at > 0 && source.charAt(at - 1) === "\\") at--;
  return at;
}
function spaceBeforeBracket(language, marker, source, at) {
  if (language !== "markdown" || !marker.endsWith("]")) return "";
  const next2 = source.charAt(at);
  return next2 === "(" || next2 === "[" ? " " : "";
}
function insert(offset, newText) {
  return { offset, length: 0, newText };
}
var MAX_COPIED_INDENT = 32;
function buildFixes(kinds, site) {
  const fixes = [];
  const { source, offset, length, markers } = site;
  const placement = site.placement ?? DEFAULT_PLACEMENT;
  const flagged = source.slice(offset, offset + length);
  for (const kind of kinds) {
    if (kind === "citation-needed") {
      const marker = markers.citationNeeded;
      const after = Math.min(punctuationEnd(source, site.terminal), Math.max(site.sentenceEnd, site.terminal));
      if (!markerAlreadyAt(source, site.terminal, marker) && !markerAlreadyAt(source, after, marker)) {
        const at = beforeBackslashes(source, placement.punctuation === "after" ? after : site.terminal);
        fixes.push({ title: `Insert ${marker}`, kind, edits: [insert(at, separated(source, at, placement.separator, marker) + spaceBeforeBracket(site.language, marker, source, at))] });
      }
    } else if (kind === "who" || kind === "by-whom") {
      const marker = kind === "who" ? markers.who : markers.byWhom;
      const at = beforeBackslashes(source, site.markerAt ?? offset + length);
      if (!markerAlreadyAt(source, at, marker)) {
        fixes.push({ title: `Insert ${marker} after "${source.slice(offset, at).replace(/\s+/g, " ")}"`, kind, edits: [insert(at, separated(source, at, placement.wordSeparator, marker) + spaceBeforeBracket(site.language, marker, source, at))] });
      }
    } else if (kind === "said") {
      const neutral = NEUTRAL_FORMS[flagged.toLowerCase().replace(/\s+/g, " ")];
      if (neutral) fixes.push({ title: `Replace "${flagged}" with "${matchCase(flagged, neutral)}"`, kind, edits: [{ offset, length, newText: matchCase(flagged, neutral) }] });
    } else if (kind === "remove-word") {
      const removal = removeWord(source, offset, length);
      if (removal) fixes.push({ title: `Remove "${flagged}"`, kind, edits: removal });
    }
  }
  if (fixes.length > 0) fixes[0].preferred = true;
  const comment = site.commentable === false ? void 0 : ignoreComment(site.language, site.rule);
  if (comment) {
    const { lineStart } = site;
    let indentEnd = lineStart;
    while (indentEnd - lineStart < MAX_COPIED_INDENT && (source.charAt(indentEnd) === " " || source.charAt(indentEnd) === "	")) indentEnd++;
    fixes.push({ title: `Ignore ${site.rule} on this line`, kind: "ignore", edits: [insert(lineStart, `${source.slice(lineStart, indentEnd)}${comment}${site.eol}`)] });
  }
  return fixes;
}
function removeWord(source, offset, length) {
  let start = offset;
  let end = offset + length;
  const before2 = source.charAt(start - 1);
  const sentenceStart2 = start === 0 || /[.!?\n\r]\s*$/.test(source.slice(Math.max(0, start - 3), start));
  if (source.charAt(end) === ",") {
    end++;
    while (source.charAt(end) === " ") end++;
    if (before2 === " " && source.charAt(start - 2) === ",") start -= 2;
  } else if (source.charAt(end) === " ") {
    end++;
  } else if (before2 === " ") {
    start--;
  } else {
    return void 0;
  }
  const edits = [{ offset: start, length: end - start, newText: "" }];
  if (sentenceStart2 && start === offset) {
    const next2 = source.charAt(end);
    if (next2 !== next2.toUpperCase()) edits[0] = { offset: start, length: end - start + 1, newText: next2.toUpperCase() };
  }
  return edits;
}

// server/src/engine/allowPhrases.ts
function normalizePhrase(phrase) {
  return phrase.toLowerCase().replace(/[\u2018\u2019]/g, "'").replace(/\s+/g, " ").trim();
}
function words(normalized) {
  return normalized.length === 0 ? [] : normalized.split(" ");
}
function compile(allow) {
  const root = { next: /* @__PURE__ */ new Map(), end: false };
  for (const phrase of allow) {
    const list = words(normalizePhrase(phrase));
    if (list.length === 0) continue;
    let node = root;
    for (const word of list) {
      let child = node.next.get(word);
      if (!child) {
        child = { next: /* @__PURE__ */ new Map(), end: false };
        node.next.set(word, child);
      }
      node = child;
    }
    node.end = true;
  }
  return root;
}
var compiled2 = /* @__PURE__ */ new WeakMap();
function allowed(text, allow) {
  if (allow.length === 0) return false;
  let entry = compiled2.get(allow);
  if (!entry || entry.length !== allow.length) {
    entry = { length: allow.length, root: compile(allow) };
    compiled2.set(allow, entry);
  }
  const root = entry.root;
  if (root.next.size === 0) return false;
  const flagged = words(normalizePhrase(text));
  for (let i = 0; i < flagged.length; i++) {
    let node = root;
    for (let j = i; j < flagged.length; j++) {
      node = node.next.get(flagged[j]);
      if (!node) break;
      if (node.end) return true;
    }
  }
  return false;
}

// server/src/engine/lint.ts
var PHRASES = new PhraseSet();
for (const rule of RULES) {
  for (const entry of rule.phrases?.entries ?? []) PHRASES.add(entry.pattern, { rule, entry }, rule.phrases.classes);
}
var MAX_REWRITE = 1e3;
var TRAILING_PREPOSITIONS = /* @__PURE__ */ new Set(["with", "to", "on", "of", "within", "inside", "at", "in"]);
function resolveConfig(config) {
  return {
    profile: config?.profile ?? "default",
    rules: config?.rules ?? {},
    allow: config?.allow ?? [],
    markers: config?.markers ?? {},
    markerPlacement: config?.markerPlacement ?? {}
  };
}
function ruleSetting(rule, config) {
  const explicit = config.rules[rule.id] ?? config.rules[rule.category];
  if (explicit) return explicit;
  if (rule.profiles && !rule.profiles.includes(config.profile)) return "off";
  return rule.defaultSeverity;
}
function candidatesIn(tokens, enabled, names) {
  const byRule = /* @__PURE__ */ new Map();
  const add2 = (rule, c) => {
    const list = byRule.get(rule);
    if (list) list.push(c);
    else byRule.set(rule, [c]);
  };
  for (const match of PHRASES.matchAll(tokens)) {
    const { rule, entry } = match.entry;
    if (!enabled.has(rule)) continue;
    const view = new MatchView(tokens, match.first, match.last);
    if (!admits(entry, view, rule.phrases.classes)) continue;
    const width = match.last - match.first;
    const [dropStart, dropEnd] = entry.cueAt === "first" ? [0, width - 1] : entry.cueAt === "last" ? [width - 1, 0] : entry.trim ?? [0, 0];
    const first = tokens[match.first + dropStart];
    const last = tokens[Math.min(tokens.length - 1, match.last - 1 - dropEnd + (entry.extend?.(view) ?? 0))];
    add2(rule, { offset: first.start, length: last.end - first.start });
  }
  for (const rule of enabled) {
    if (rule.scan) for (const c of rule.scan(tokens, names)) add2(rule, c);
  }
  yieldGeneric(byRule);
  for (const [rule, list] of byRule) byRule.set(rule, mergeOverlaps(list));
  return byRule;
}
function mergeOverlaps(list) {
  list.sort((a, b) => a.offset - b.offset || b.length - a.length);
  const merged2 = [];
  for (const c of list) {
    const last = merged2[merged2.length - 1];
    if (last && c.offset < last.offset + last.length) {
      const end = Math.max(last.offset + last.length, c.offset + c.length);
      last.length = end - last.offset;
      if (!c.unsure) delete last.unsure;
      if (!c.generic) delete last.generic;
    } else {
      merged2.push({ ...c });
    }
  }
  return merged2;
}
function tokensIn(tokens, from, to) {
  const lo = firstAtOrAfter(tokens, from, (t) => t.start);
  const out = [];
  for (let i = lo; i < tokens.length && tokens[i].end <= to && out.length < 64; i++) out.push(tokens[i]);
  return out;
}
var Lines = class {
  constructor(source) {
    this.source = source;
  }
  source;
  index;
  eol;
  get lineIndex() {
    this.index ??= new LineIndex(this.source);
    return this.index;
  }
  /** The line break an inserted line takes: the document's own. */
  get lineBreak() {
    this.eol ??= lineBreakOf(this.source);
    return this.eol;
  }
};
function readDirectives(view, lines2) {
  const disabled = [];
  const ignoredLines = /* @__PURE__ */ new Map();
  for (const d of view.directives) {
    if (d.kind === "disable") disabled.push(d.rules);
    else {
      const line = lines2.lineIndex.lineAt(d.offset) + 1;
      const list = ignoredLines.get(line) ?? [];
      list.push(d.rules);
      ignoredLines.set(line, list);
    }
  }
  const names = (rule, rules) => rules.length === 0 || rules.includes(rule.id) || rules.includes(rule.category);
  return {
    fileDisables: (rule) => disabled.some((rules) => names(rule, rules)),
    lineIgnores: (rule, offset) => {
      if (ignoredLines.size === 0) return false;
      const entries = ignoredLines.get(lines2.lineIndex.lineAt(offset));
      return entries !== void 0 && entries.some((rules) => names(rule, rules));
    }
  };
}
function lint(text, options = {}) {
  const language = languageFromId(options.languageId);
  const config = resolveConfig(options.config);
  const view = readProse(text, language);
  const lines2 = new Lines(text);
  const directives = readDirectives(view, lines2);
  const enabled = /* @__PURE__ */ new Set();
  const severities = /* @__PURE__ */ new Map();
  for (const rule of RULES) {
    const setting = ruleSetting(rule, config);
    if (setting === "off" || directives.fileDisables(rule)) continue;
    enabled.add(rule);
    severities.set(rule, setting);
  }
  if (enabled.size === 0) return [];
  const citations = withConfiguredMarkers(text, view.citations, config.markers[language]);
  const conventions = options.conventions ?? documentConventions(text, language, config, citations);
  const markers = markerTexts(language, config, options.now ?? /* @__PURE__ */ new Date(), conventions.todo);
  const sentences = splitSentences(view.text, view.blocks);
  const tokenCache = /* @__PURE__ */ new Map();
  const tokensOf = (s) => {
    let tokens = tokenCache.get(s);
    if (!tokens) {
      tokens = tokenize(view.text, s.start, s.end);
      tokenCache.set(s, tokens);
    }
    return tokens;
  };
  const namesByBlock = /* @__PURE__ */ new Map();
  const namesOf = (sentence4) => {
    const block = sentence4.block;
    let book = namesByBlock.get(block);
    if (!book) {
      book = new NameBook(() => {
        const index = firstAtOrAfter(sentences, sentence4.start, (s) => s.start);
        let first = index;
        while (first > 0 && sentences[first - 1].block === block) first--;
        let last = index;
        while (last + 1 < sentences.length && sentences[last + 1].block === block) last++;
        return sentences.slice(first, last + 1).map(tokensOf);
      });
      namesByBlock.set(block, book);
    }
    return book;
  };
  const quotationsByBlock = /* @__PURE__ */ new Map();
  const quotationsOf = (block) => {
    let spans = quotationsByBlock.get(block);
    if (!spans) {
      const b = view.blocks[block];
      spans = findQuotations(view.text, b.start, b.end);
      quotationsByBlock.set(block, spans);
    }
    return spans;
  };
  const sourcesCache = /* @__PURE__ */ new Map();
  const sourcesOf = (s) => {
    let sources = sourcesCache.get(s);
    if (!sources) {
      sources = new SentenceSources(tokensOf(s), namesOf(s));
      sourcesCache.set(s, sources);
    }
    return sources;
  };
  const cited = (s) => anySpanStartsIn(citations, s.start, s.reach);
  const paragraphSourced = (index, followsSource = false) => {
    const previous = sentences[index - 1];
    if (previous === void 0 || previous.block !== sentences[index].block || !(followsSource || continues(tokensOf(sentences[index])))) return false;
    return cited(previous) || sourcesOf(previous).hits.length > 0;
  };
  const findings = [];
  let currentBlock = -1;
  sentences.forEach((sentence4, index) => {
    if (sentence4.block !== currentBlock) {
      currentBlock = sentence4.block;
      tokenCache.clear();
      sourcesCache.clear();
      namesByBlock.clear();
      quotationsByBlock.clear();
    }
    const tokens = tokensOf(sentence4);
    if (tokens.length === 0) return;
    const sentenceFirst = findings.length;
    const blockKind = view.blocks[sentence4.block].kind;
    const candidates = candidatesIn(tokens, enabled, namesOf(sentence4));
    const findingFor = (rule, c) => {
      const flagged = text.slice(c.offset, c.offset + c.length);
      if (inSpans(view.quotations, c.offset) || inSpans(quotationsOf(sentence4.block), c.offset)) return void 0;
      if (allowed(flagged, config.allow) || directives.lineIgnores(rule, c.offset)) return void 0;
      let severity = severities.get(rule);
      let downgradedBecause;
      if (c.unsure) {
        downgradedBecause = c.unsure;
        if (severity === "error" || severity === "warning") severity = "information";
      }
      if (rule.clearedBy === "attribution") {
        const sources = sourcesOf(sentence4);
        const ignoredEnd = rule.flagsSubject ? Math.max(c.offset + c.length, sources.nextSourceVerb(c.offset + c.length)) : c.offset + c.length;
        if (cited(sentence4) || sources.namedOutside(c.offset, ignoredEnd, rule.category === "unattributed")) return void 0;
        if (rule.category === "weasel" && sources.holderNamed(c.offset, c.offset + c.length)) return void 0;
        if (rule.category === "unattributed" && paragraphSourced(index, c.followsSource)) return void 0;
        const next2 = sentences[index + 1];
        if (next2 && next2.block === sentence4.block && (cited(next2) || sourcesOf(next2).hits.length > 0)) {
          downgradedBecause = "the next sentence names the source";
          if (severity === "error" || severity === "warning") severity = "information";
        }
      }
      let terminal = sentence4.terminal;
      while (terminal === sentence4.end && terminal > c.offset + c.length && /[;,:]/.test(text.charAt(terminal - 1))) terminal--;
      const sentenceText = sentence4.end - sentence4.start <= MAX_REWRITE ? text.slice(sentence4.start, sentence4.end) : void 0;
      const suggestion = sentenceText === void 0 ? void 0 : rule.rewrite?.(sentenceText, c.offset - sentence4.start, c.offset + c.length - sentence4.start);
      let markerAt;
      if (rule.holderEnd) {
        const span = tokensIn(tokens, c.offset, c.offset + c.length);
        if (span.length > 0) markerAt = span[rule.holderEnd(span) - 1].end;
        if (rule.flagsSubject && span.length > 0 && TRAILING_PREPOSITIONS.has(span[span.length - 1].lower)) {
          const verbAt = sourcesOf(sentence4).nextSourceVerb(c.offset + c.length);
          const beforeVerb = tokensIn(tokens, c.offset + c.length, verbAt).filter((t) => t.kind !== "punct");
          if (beforeVerb.length > 0 && beforeVerb.length <= 8) markerAt = beforeVerb[beforeVerb.length - 1].end;
        }
      }
      const lineStart = lines2.lineIndex.lineStart(lines2.lineIndex.lineAt(c.offset));
      const commentable = view.uncommentable === void 0 || !inSpans(view.uncommentable, lineStart);
      return {
        rule: rule.id,
        category: rule.category,
        severity,
        message: rule.message(flagged.replace(/\s+/g, " "), c.detail),
        offset: c.offset,
        length: c.length,
        text: flagged,
        explanation: { why: rule.why, guideline: rule.guideline, ...suggestion && suggestion !== sentenceText ? { suggestion } : {} },
        fixes: buildFixes(rule.fixes, { source: text, language, rule: rule.id, offset: c.offset, length: c.length, terminal, sentenceEnd: sentence4.end, lineStart, commentable, eol: lines2.lineBreak, markerAt, markers, placement: conventions.placement }),
        ...downgradedBecause ? { downgradedBecause } : {}
      };
    };
    const movable = [];
    for (const [rule, list] of candidates) {
      if (rule.category === "unattributed" && (blockKind === "heading" || blockKind === "table-cell" || blockKind === "list-item" && specLine(sentence4, tokens) || asksOrHeadlines(text, sentence4, tokens))) continue;
      for (const c of list) {
        const finding = findingFor(rule, c);
        if (!finding) continue;
        if (c.alternatives?.length) movable.push([finding, rule, c.alternatives]);
        findings.push(finding);
      }
    }
    dropClaimsOfVagueSources(findings, sentenceFirst);
    if (movable.length > 0) moveCoveredStyle(findings, sentenceFirst, movable, findingFor);
  });
  forgetRecentSpeakers();
  return dropOverlaps(findings);
}
function yieldGeneric(byRule) {
  for (const [rule, list] of byRule) {
    if (!list.some((c) => c.generic)) continue;
    const others = new StretchIndex([...byRule].filter(([other]) => other !== rule && other.category !== "style").flatMap(([, candidates]) => candidates.filter((c) => !c.generic)));
    byRule.set(rule, list.filter((c) => !c.generic || !others.overlaps(c.offset, c.offset + c.length)));
  }
}
function moveCoveredStyle(findings, first, movable, findingFor) {
  const ofSentence = (test) => findings.slice(first).filter(test);
  let claims = new StretchIndex(ofSentence((g) => g.category !== "style"));
  for (const [finding, rule, alternatives] of movable) {
    const at = findings.indexOf(finding, first);
    if (at < 0 || !claims.holds(finding.offset)) continue;
    const ownRule = new StretchIndex(ofSentence((g) => g !== finding && g.rule === rule.id));
    for (const alternative of alternatives) {
      if (claims.overlaps(alternative.offset, alternative.offset + alternative.length) || ownRule.overlaps(alternative.offset, alternative.offset + alternative.length)) continue;
      const moved = findingFor(rule, alternative);
      if (moved) {
        findings[at] = moved;
        if (moved.category !== "style") claims = new StretchIndex(ofSentence((g) => g.category !== "style"));
        break;
      }
    }
  }
}
var CONTINUERS = /* @__PURE__ */ new Set(["he", "she", "they", "but", "and", "also", "similarly", "likewise", "still", "yet", "meanwhile", "moreover", "furthermore", "in"]);
function continues(tokens) {
  const words2 = [];
  for (let i = 0; i < tokens.length && words2.length < 2; i++) if (tokens[i].kind === "word") words2.push(tokens[i]);
  if (words2.length === 0) return false;
  if (words2[0].lower === "in") return words2[1]?.lower === "addition";
  return CONTINUERS.has(words2[0].lower);
}
var MINOR_WORDS = /* @__PURE__ */ new Set(["a", "an", "the", "of", "to", "in", "on", "for", "and", "or", "but", "at", "by", "with", "as", "from", "over", "up", "vs", "is"]);
function asksOrHeadlines(text, sentence4, tokens) {
  if (text.charAt(sentence4.terminal) === "?") return true;
  let words2 = 0;
  let capitals = 0;
  for (const t of tokens) {
    if (t.kind !== "word" || MINOR_WORDS.has(t.lower)) continue;
    words2++;
    if (isCapitalized(t)) capitals++;
  }
  return words2 >= 4 && capitals >= words2 * 0.8;
}
function specLine(sentence4, tokens) {
  if (sentence4.terminal !== sentence4.end) return false;
  for (let i = 1; i < tokens.length && i <= 3; i++) {
    if (tokens[i].text === ":") return tokens.slice(0, i).every((t) => t.kind === "word") && isCapitalized(tokens[0]);
  }
  return false;
}
function dropClaimsOfVagueSources(findings, first) {
  let weasel;
  for (let i = first; i < findings.length; i++) if (findings[i].category === "weasel" && (!weasel || findings[i].offset < weasel.offset)) weasel = findings[i];
  if (!weasel) return;
  let kept = first;
  for (let i = first; i < findings.length; i++) {
    const f = findings[i];
    if (f.category === "unattributed" && f.offset > weasel.offset) {
      cover(weasel, f);
      continue;
    }
    findings[kept++] = f;
  }
  findings.length = kept;
}
function cover(shown, left) {
  const covers = shown.covers ??= [];
  covers.push({ rule: left.rule, text: left.text, message: left.message });
  if (left.covers) covers.push(...left.covers);
}
function dropOverlaps(findings) {
  const order = new Map(RULES.map((r, i) => [r.id, i]));
  const droppedInside = new Set(RULES.filter((r) => r.droppedInsideClaims).map((r) => r.id));
  findings.sort((a, b) => a.offset - b.offset || order.get(a.rule) - order.get(b.rule));
  const kept = [];
  let reach = -1;
  let reaching;
  for (const f of findings) {
    if (f.category === "style") {
      if (droppedInside.has(f.rule) && f.offset < reach) {
        cover(reaching, f);
        continue;
      }
      const last = kept[kept.length - 1];
      if (last?.category === "style" && last.offset === f.offset && last.length === f.length) cover(f, kept.pop());
      kept.push(f);
      continue;
    }
    if (f.offset < reach) {
      cover(reaching, f);
      continue;
    }
    kept.push(f);
    reach = f.offset + f.length;
    reaching = f;
  }
  return kept;
}

// server/src/engine/text/edits.ts
function applyEdits(text, edits) {
  let out = text;
  for (const e of [...edits].sort((a, b) => b.offset - a.offset)) out = out.slice(0, e.offset) + e.newText + out.slice(e.offset + e.length);
  return out;
}

// server/src/engine/fixAll.ts
var MARKER_KINDS = /* @__PURE__ */ new Set(["citation-needed", "who", "by-whom"]);
var WORD_KINDS = /* @__PURE__ */ new Set(["said"]);
function isWarningOrAbove(finding) {
  return finding.severity === "error" || finding.severity === "warning";
}
function safeFixOf(finding) {
  const preferred = finding.fixes.find((f) => f.preferred);
  if (!preferred || !(MARKER_KINDS.has(preferred.kind) || WORD_KINDS.has(preferred.kind)) || preferred.edits.length !== 1) return void 0;
  return preferred;
}
function fixAllPlan(findings, includeInformation = false) {
  const candidates = [];
  let informationLeft = 0;
  for (const finding of findings) {
    const preferred = safeFixOf(finding);
    if (!preferred) continue;
    if (!includeInformation && !isWarningOrAbove(finding)) {
      informationLeft++;
      continue;
    }
    candidates.push({ edit: preferred.edits[0], kind: preferred.kind });
  }
  candidates.sort((a, b) => a.edit.offset - b.edit.offset || a.edit.length - b.edit.length);
  const plan = { edits: [], markers: 0, words: 0, informationLeft };
  let reach = -1;
  let lastStart = -1;
  for (const { edit, kind } of candidates) {
    if (edit.offset < reach || edit.offset === lastStart) continue;
    plan.edits.push(edit);
    if (MARKER_KINDS.has(kind)) plan.markers++;
    else plan.words++;
    reach = edit.offset + edit.length;
    lastStart = edit.offset;
  }
  return plan;
}

// server/src/output/results.ts
function sortFindings(findings) {
  return [...findings].sort((a, b) => a.offset - b.offset || a.length - b.length || a.rule.localeCompare(b.rule));
}
function fileResult(path8, text, bom, findings) {
  const placeAt = placer(text, bom, findings);
  return {
    path: path8,
    bom,
    findings: findings.map((f) => {
      const start = placeAt(f.offset);
      const end = placeAt(f.offset + f.length);
      const safeEdit = safeFixOf(f)?.edits[0];
      return {
        rule: f.rule,
        category: f.category,
        severity: f.severity,
        message: f.message,
        offset: f.offset,
        length: f.length,
        line: start.line,
        column: start.column,
        endLine: end.line,
        endColumn: end.column,
        byteColumn: start.byteColumn,
        endByteColumn: end.byteColumn,
        text: f.text,
        why: f.explanation.why,
        guideline: f.explanation.guideline,
        ...f.explanation.suggestion ? { suggestion: f.explanation.suggestion } : {},
        fixes: f.fixes,
        ...safeEdit ? { safeEdit: { start: placeAt(safeEdit.offset), end: placeAt(safeEdit.offset + safeEdit.length), newText: safeEdit.newText } } : {}
      };
    })
  };
}
function placer(text, bom, findings) {
  const index = new LineIndex(text);
  const offsets = [];
  for (const f of findings) {
    offsets.push(f.offset, f.offset + f.length);
    const edit = safeFixOf(f)?.edits[0];
    if (edit) offsets.push(edit.offset, edit.offset + edit.length);
  }
  offsets.sort((a, b) => a - b);
  const places = /* @__PURE__ */ new Map();
  let line = -1;
  let counted = 0;
  let bytes = 0;
  for (const offset of offsets) {
    if (places.has(offset)) continue;
    const position2 = index.lineColumnAt(offset);
    if (position2.line !== line) {
      line = position2.line;
      counted = index.lineStart(line - 1);
      bytes = bom && line === 1 ? 3 : 0;
    }
    const at = index.lineStart(line - 1) + position2.column - 1;
    bytes += utf8Length(text, counted, at);
    counted = at;
    places.set(offset, { line, column: position2.column, byteColumn: bytes + 1 });
  }
  return (offset) => places.get(offset);
}
function utf8Length(text, from, to) {
  let bytes = 0;
  for (let i = from; i < to; i++) {
    const code = text.charCodeAt(i);
    bytes += code < 128 ? 1 : code < 2048 || code >= 55296 && code < 57344 ? 2 : 3;
  }
  return bytes;
}
var SEVERITY_ORDER = ["error", "warning", "information", "hint"];
function tally(files) {
  const bySeverity = { error: 0, warning: 0, information: 0, hint: 0 };
  let total2 = 0;
  for (const file of files) {
    for (const f of file.findings) {
      bySeverity[f.severity]++;
      total2++;
    }
  }
  return { files: files.length, total: total2, bySeverity };
}
function worstSeverity(t) {
  return SEVERITY_ORDER.find((s) => t.bySeverity[s] > 0);
}
function summaryLine(t) {
  const fileCount = `${t.files} ${t.files === 1 ? "file" : "files"}`;
  if (t.total === 0) return `No problems found in ${fileCount}.`;
  const parts = SEVERITY_ORDER.filter((s) => t.bySeverity[s] > 0).map((s) => {
    const n = t.bySeverity[s];
    return `${n} ${s === "information" || n === 1 ? s : `${s}s`}`;
  });
  return `${t.total} ${t.total === 1 ? "problem" : "problems"} (${parts.join(", ")}) in ${fileCount}`;
}

// server/src/node/cliFix.ts
var path2 = __toESM(require("node:path"));

// server/src/output/unifiedDiff.ts
var NO_NEWLINE = "\\ No newline at end of file";
var DEFAULT_CONTEXT = 3;
var Lines2 = class {
  constructor(text) {
    this.text = text;
    for (let i = text.indexOf("\n"); i !== -1; i = text.indexOf("\n", i + 1)) this.starts.push(i + 1);
    if (this.starts[this.starts.length - 1] < text.length) this.starts.push(text.length);
    this.count = this.starts.length - 1;
  }
  text;
  /** Where each line starts; one more entry, the text's length, closes the last. */
  starts = [0];
  count;
  /** The line holding `offset`; `count` for the end of a text that ends with "\n" (or is empty). */
  lineOf(offset) {
    const last = this.text === "" || this.text.endsWith("\n") ? this.count : this.count - 1;
    return Math.min(firstAtOrAfter(this.starts, offset + 1, (start) => start) - 1, last);
  }
  start(line) {
    return this.starts[Math.min(line, this.count)];
  }
  line(index) {
    return this.text.slice(this.starts[index], this.starts[index + 1]);
  }
  /** The text of lines [first, end). */
  slice(first, end) {
    return this.text.slice(this.start(first), this.start(end));
  }
};
function splitLines(text) {
  const lines2 = [];
  let start = 0;
  for (let i = text.indexOf("\n"); i !== -1; i = text.indexOf("\n", i + 1)) {
    lines2.push(text.slice(start, i + 1));
    start = i + 1;
  }
  if (start < text.length) lines2.push(text.slice(start));
  return lines2;
}
function blocksOf(lines2, edits) {
  const sorted = [...edits].sort((a, b) => a.offset - b.offset || a.length - b.length);
  const blocks = [];
  for (const edit of sorted) {
    const first = lines2.lineOf(edit.offset);
    const end = first === lines2.count ? first : lines2.lineOf(edit.offset + Math.max(edit.length, 1) - 1) + 1;
    const last = blocks[blocks.length - 1];
    if (last !== void 0 && first <= last.end) {
      last.end = Math.max(last.end, end);
      last.edits.push(edit);
    } else {
      blocks.push({ first, end, edits: [edit], newLines: [] });
    }
  }
  const kept = [];
  for (let i = 0; i < blocks.length; i++) {
    const block = blocks[i];
    let replaced = replacement(lines2, block);
    while (replaced !== "" && !replaced.endsWith("\n") && block.end < lines2.count) {
      block.end++;
      const next2 = blocks[i + 1];
      if (next2 !== void 0 && next2.first <= block.end) {
        block.end = Math.max(block.end, next2.end);
        block.edits.push(...next2.edits);
        blocks.splice(i + 1, 1);
      }
      replaced = replacement(lines2, block);
    }
    if (replaced === lines2.slice(block.first, block.end)) continue;
    block.newLines = splitLines(replaced);
    kept.push(block);
  }
  return kept;
}
function replacement(lines2, block) {
  const base = lines2.start(block.first);
  return applyEdits(
    lines2.slice(block.first, block.end),
    block.edits.map((e) => ({ offset: e.offset - base, length: e.length, newText: e.newText }))
  );
}
function range(first, count) {
  if (count === 0) return `${first},0`;
  return count === 1 ? `${first + 1}` : `${first + 1},${count}`;
}
function emit(out, prefix, line) {
  if (line.endsWith("\n")) out.push(prefix, line);
  else out.push(prefix, line, "\n", NO_NEWLINE, "\n");
}
var QUOTED = /[\x00-\x1f\x7f"\\]/g;
var C_ESCAPES = { "\x07": "a", "\b": "b", "	": "t", "\n": "n", "\v": "v", "\f": "f", "\r": "r", '"': '"', "\\": "\\" };
function diffFileName(name) {
  if (name.search(QUOTED) !== -1) {
    return `"${name.replace(QUOTED, (c) => `\\${C_ESCAPES[c] ?? c.charCodeAt(0).toString(8).padStart(3, "0")}`)}"`;
  }
  return name.includes(" ") ? `${name}	` : name;
}
function unifiedDiff(text, edits, options) {
  const context = options.context ?? DEFAULT_CONTEXT;
  const lines2 = new Lines2(text);
  const blocks = blocksOf(lines2, edits);
  if (blocks.length === 0) return "";
  const out = [`--- ${diffFileName(options.oldName)}
+++ ${diffFileName(options.newName)}
`];
  let shift = 0;
  for (let i = 0; i < blocks.length; ) {
    let j = i + 1;
    while (j < blocks.length && blocks[j].first - blocks[j - 1].end <= 2 * context) j++;
    const hunk = blocks.slice(i, j);
    const oldFirst = Math.max(0, hunk[0].first - context);
    const oldEnd = Math.min(lines2.count, hunk[hunk.length - 1].end + context);
    const growth = hunk.reduce((sum, b) => sum + b.newLines.length - (b.end - b.first), 0);
    out.push(`@@ -${range(oldFirst, oldEnd - oldFirst)} +${range(oldFirst + shift, oldEnd - oldFirst + growth)} @@
`);
    let line = oldFirst;
    for (const block of hunk) {
      for (; line < block.first; line++) emit(out, " ", lines2.line(line));
      for (; line < block.end; line++) emit(out, "-", lines2.line(line));
      for (const added of block.newLines) emit(out, "+", added);
    }
    for (; line < oldEnd; line++) emit(out, " ", lines2.line(line));
    shift += growth;
    i = j;
  }
  return out.join("");
}

// server/src/node/replaceFile.ts
var import_node_crypto = require("node:crypto");
var import_node_fs2 = require("node:fs");
var path = __toESM(require("node:path"));
var import_node_worker_threads = require("node:worker_threads");

// server/src/node/readFile.ts
var import_node_fs = require("node:fs");
var OPEN_FLAGS = import_node_fs.constants.O_RDONLY | (import_node_fs.constants.O_NONBLOCK ?? 0) | (import_node_fs.constants.O_NOCTTY ?? 0);
var FIRST_CHUNK = 64 * 1024;
var NotRegularFileError = class extends Error {
  constructor(kind) {
    super(`not a regular file but ${kind}`);
    this.kind = kind;
    this.name = "NotRegularFileError";
  }
  kind;
};
var FileTooLargeError = class extends Error {
  constructor(size, limit) {
    super(size === void 0 ? `it grew over the ${formatBytes(limit)} limit while being read` : overLimit(size, limit));
    this.size = size;
    this.limit = limit;
    this.name = "FileTooLargeError";
  }
  size;
  limit;
};
function check(stats, maxBytes) {
  if (stats.isDirectory()) throw Object.assign(new Error("is a directory"), { code: "EISDIR" });
  if (!stats.isFile()) throw new NotRegularFileError(kindOf(stats));
  if (stats.size > maxBytes) throw new FileTooLargeError(Number(stats.size), maxBytes);
}
function kindOf(stats) {
  if (stats.isFIFO()) return "a named pipe (FIFO)";
  if (stats.isCharacterDevice()) return "a character device";
  if (stats.isBlockDevice()) return "a block device";
  if (stats.isSocket()) return "a socket";
  return "a special file";
}
function room(buffer, used, maxBytes) {
  if (used < buffer.length) return buffer;
  const grown = Buffer.allocUnsafe(Math.min(maxBytes + 1, buffer.length * 2));
  buffer.copy(grown, 0, 0, used);
  return grown;
}
function firstBuffer(size, maxBytes) {
  return Buffer.allocUnsafe(Math.min(maxBytes + 1, Math.max(size + 1, FIRST_CHUNK)));
}
function readRegularFileSync(file, maxBytes) {
  return readRegularFileWithStatsSync(file, maxBytes).bytes;
}
function readRegularFileWithStatsSync(file, maxBytes) {
  check((0, import_node_fs.statSync)(file), maxBytes);
  const fd = (0, import_node_fs.openSync)(file, OPEN_FLAGS);
  try {
    const stats = (0, import_node_fs.fstatSync)(fd, { bigint: true });
    check(stats, maxBytes);
    let buffer = firstBuffer(Number(stats.size), maxBytes);
    let used = 0;
    for (; ; ) {
      buffer = room(buffer, used, maxBytes);
      const n = (0, import_node_fs.readSync)(fd, buffer, used, buffer.length - used, null);
      if (n === 0) break;
      used += n;
      if (used > maxBytes) throw new FileTooLargeError(void 0, maxBytes);
    }
    return { bytes: buffer.subarray(0, used), stats };
  } finally {
    (0, import_node_fs.closeSync)(fd);
  }
}

// server/src/node/replaceFile.ts
var ReplaceFileError = class extends Error {
  constructor(message, changedOnDisk = false) {
    super(message);
    this.changedOnDisk = changedOnDisk;
    this.name = "ReplaceFileError";
  }
  changedOnDisk;
};
var NAME_BYTES_KEPT = 120;
function temporaryNameFor(file) {
  let kept = "";
  let bytes = 0;
  for (const ch of path.basename(file)) {
    bytes += Buffer.byteLength(ch);
    if (bytes > NAME_BYTES_KEPT) break;
    kept += ch;
  }
  return path.join(path.dirname(file), `.${kept}.whosays-${process.pid}-${import_node_worker_threads.threadId}-${(0, import_node_crypto.randomBytes)(6).toString("hex")}.tmp`);
}
var CREATE_FLAGS = import_node_fs2.constants.O_WRONLY | import_node_fs2.constants.O_CREAT | import_node_fs2.constants.O_EXCL | (import_node_fs2.constants.O_NOFOLLOW ?? 0);
function replaceFile(file, data, read) {
  const target = import_node_fs2.realpathSync.native(file);
  const { stats } = read;
  if (stats.nlink > 1n) throw new ReplaceFileError(`not fixed: it has ${stats.nlink} hard links, and only this one would get the fixes`);
  try {
    (0, import_node_fs2.accessSync)(target, import_node_fs2.constants.W_OK);
  } catch (error2) {
    throw new ReplaceFileError(`not fixed: ${describe2(error2, "the file is read-only")}`);
  }
  const temporary = temporaryNameFor(target);
  let fd;
  try {
    fd = (0, import_node_fs2.openSync)(temporary, CREATE_FLAGS, 384);
  } catch (error2) {
    throw new ReplaceFileError(`not fixed: cannot create a temporary file beside it (${describe2(error2, "permission denied")})`);
  }
  let open = true;
  try {
    for (let written = 0; written < data.length; ) written += (0, import_node_fs2.writeSync)(fd, data, written, data.length - written);
    keepOwner(fd, stats);
    (0, import_node_fs2.fchmodSync)(fd, Number(stats.mode) & 4095);
    (0, import_node_fs2.fsyncSync)(fd);
    (0, import_node_fs2.closeSync)(fd);
    open = false;
    if (!unchangedSince(target, read)) throw new ReplaceFileError("changed on disk while it was being fixed; left as it is (run the command again)", true);
    (0, import_node_fs2.renameSync)(temporary, target);
  } catch (error2) {
    if (open) (0, import_node_fs2.closeSync)(fd);
    removeQuietly(temporary);
    if (error2 instanceof ReplaceFileError) throw error2;
    throw new ReplaceFileError(`not fixed: cannot write the fixed file (${describe2(error2, "permission denied")})`);
  }
  syncFolder(path.dirname(target));
}
function keepOwner(fd, stats) {
  const mine = (0, import_node_fs2.fstatSync)(fd, { bigint: true });
  if (mine.uid === stats.uid && mine.gid === stats.gid) return;
  try {
    (0, import_node_fs2.fchownSync)(fd, Number(stats.uid), Number(stats.gid));
  } catch {
    throw new ReplaceFileError(`not fixed: it belongs to user ${stats.uid} and group ${stats.gid}, and the fixed file would belong to user ${mine.uid} and group ${mine.gid}`);
  }
}
function unchangedSince(target, read) {
  const was = read.stats;
  let now;
  try {
    now = (0, import_node_fs2.statSync)(target, { bigint: true });
  } catch {
    return false;
  }
  if (now.dev !== was.dev || now.ino !== was.ino || now.size !== was.size || now.mtimeNs !== was.mtimeNs || now.ctimeNs !== was.ctimeNs) return false;
  try {
    return Buffer.compare(readRegularFileSync(target, read.bytes.length), read.bytes) === 0;
  } catch {
    return false;
  }
}
function syncFolder(folder) {
  try {
    const fd = (0, import_node_fs2.openSync)(folder, import_node_fs2.constants.O_RDONLY);
    try {
      (0, import_node_fs2.fsyncSync)(fd);
    } finally {
      (0, import_node_fs2.closeSync)(fd);
    }
  } catch {
  }
}
function removeQuietly(file) {
  try {
    (0, import_node_fs2.unlinkSync)(file);
  } catch {
  }
}
function describe2(error2, permission) {
  const code = error2.code;
  if (code === "EACCES" || code === "EPERM" || code === "EROFS") return code === "EROFS" ? "read-only file system" : permission;
  if (code === "ENOSPC") return "no space left on the device";
  return code ?? (error2 instanceof Error ? error2.message : String(error2));
}

// server/src/node/cliFix.ts
var BOM = "\uFEFF";
function fixInput(input, options) {
  const { text, bom } = input;
  const plan = fixAllPlan(input.findings, options.includeInformation);
  const edits = inDocumentLineBreaks(plan.edits, lineBreakOf(text));
  const summary = { changed: edits.length > 0, markers: plan.markers, words: plan.words, informationLeft: plan.informationLeft };
  if (options.mode === "dry-run") {
    const shift = bom ? 1 : 0;
    const diff = unifiedDiff(bom ? BOM + text : text, shift ? edits.map((e) => ({ ...e, offset: e.offset + shift })) : edits, {
      oldName: `a/${input.diffName}`,
      newName: `b/${input.diffName}`
    });
    return { result: fileResult(input.display, text, bom, input.findings), fix: { ...summary, changed: diff !== "", diff } };
  }
  if (edits.length === 0) {
    return { result: fileResult(input.display, text, bom, input.findings), fix: input.file === void 0 ? { ...summary, output: withBom(text, bom) } : summary };
  }
  const fixed = applyEdits(text, edits);
  const left = options.lintText(fixed);
  if (input.file === void 0) return { result: fileResult(input.display, fixed, bom, left), fix: { ...summary, output: withBom(fixed, bom) } };
  if (input.read === void 0) throw new Error(`${input.display}: read without its stats`);
  replaceFile(input.file, Buffer.from(withBom(fixed, bom), "utf8"), input.read);
  return { result: fileResult(input.display, fixed, bom, left), fix: summary };
}
function withBom(text, bom) {
  return bom ? BOM + text : text;
}
function inDocumentLineBreaks(edits, eol) {
  return edits.map((e) => /[\r\n]/.test(e.newText) ? { ...e, newText: e.newText.replace(/\r\n|\r|\n/g, eol) } : e);
}
function diffNameOf(display) {
  const name = path2.sep === "\\" ? display.replace(/\\/g, "/") : display;
  return name.replace(/^(?:\.\/)+/, "").replace(/^\/+/, "");
}
function fixOptionsProblem(options) {
  if (options.fix && options.fixDryRun) return "--fix and --fix-dry-run cannot be used together";
  if (options.fixInformation && !options.fix && !options.fixDryRun) return "--fix-information needs --fix or --fix-dry-run";
  if (options.fixDryRun) {
    const report2 = options.format !== "text" ? `--format ${options.format}` : options.quiet ? "--quiet" : options.maxWarnings !== void 0 ? "--max-warnings" : void 0;
    if (report2 !== void 0) return `${report2} cannot be used with --fix-dry-run, which prints a diff instead of a report`;
  }
  if (options.fix && options.inputs.includes("-")) {
    if (options.inputs.length > 1) return '--fix with "-" prints the fixed text on standard output: give "-" alone, or the files without it';
    if (options.format !== "text") return `--format ${options.format} cannot be used with --fix on standard input, which prints the fixed text instead of a report`;
  }
  return void 0;
}
function plural(count, one, many = `${one}s`) {
  return `${count} ${count === 1 ? one : many}`;
}
function fixCounts(fixes) {
  const markers = fixes.reduce((sum, f) => sum + (f.changed ? f.markers : 0), 0);
  const words2 = fixes.reduce((sum, f) => sum + (f.changed ? f.words : 0), 0);
  return [markers > 0 ? `${plural(markers, "marker")} inserted` : "", words2 > 0 ? `${plural(words2, "word")} replaced` : ""].filter(Boolean).join(", ");
}
function fixNote(fixes, stdinName, includeInformation, dryRun = false) {
  const changed = fixes.filter((f) => f.changed).length;
  const what = stdinName ?? plural(changed, "file");
  let note = changed === 0 ? `nothing to fix in ${stdinName ?? plural(fixes.length, "file")}` : `${dryRun ? "would fix" : "fixed"} ${what}: ${fixCounts(fixes)}`;
  const left = includeInformation ? 0 : fixes.reduce((sum, f) => sum + f.informationLeft, 0);
  if (left > 0) note += `; ${plural(left, "information-level finding")} left as ${left === 1 ? "it is" : "they are"} (--fix-information fixes them)`;
  return note;
}

// server/src/engine/outline.ts
function outlineDocument(text, languageId) {
  const view = readProse(text, languageFromId(languageId));
  const sentences = splitSentences(view.text, view.blocks);
  const blocks = view.blocks.map((b) => ({ start: b.start, end: b.end, kind: b.kind, words: 0, attributed: 0 }));
  const outline = [];
  let words2 = 0;
  for (let first = 0; first < sentences.length; ) {
    const block = sentences[first].block;
    let last = first;
    while (last < sentences.length && sentences[last].block === block) last++;
    const tokens = [];
    for (let i = first; i < last; i++) tokens.push(tokenize(view.text, sentences[i].start, sentences[i].end));
    const names = new NameBook(() => tokens);
    for (let i = first; i < last; i++) {
      const s = sentences[i];
      const sentenceTokens = tokens[i - first];
      let count = 0;
      for (const t of sentenceTokens) if (t.kind === "word") count++;
      const attributed = sentenceTokens.length > 0 && new SentenceSources(sentenceTokens, names).hits.some((hit) => !hit.claimsOnly);
      outline.push({ start: s.start, end: s.end, block, words: count, attributed });
      words2 += count;
      blocks[block].words += count;
      if (attributed) blocks[block].attributed++;
    }
    first = last;
  }
  forgetRecentSpeakers();
  return { prose: view.text, blocks, sentences: outline, words: words2 };
}

// server/src/output/report/part.ts
var MAX_PARAGRAPHS = 2e3;
var EXCERPT_CHARS = 120;
var SIDE_CHARS = 110;
var FLAGGED_CHARS = 160;
function reportPart(text, languageId, findings) {
  const outline = outlineDocument(text, languageId);
  const lines2 = new LineIndex(text);
  const shown = outline.blocks.slice(0, MAX_PARAGRAPHS);
  const paragraphs = shown.map((b) => ({
    offset: b.start,
    length: b.end - b.start,
    line: lines2.lineAt(b.start) + 1,
    kind: b.kind,
    words: b.words,
    attributed: b.attributed,
    excerpt: cutEnd(collapse(outline.prose.slice(b.start, Math.min(b.end, b.start + EXCERPT_CHARS * 4))), EXCERPT_CHARS)
  }));
  const { sentences, prose } = outline;
  const contexts = findings.map((f) => {
    const found = firstAtOrAfter(sentences, f.offset + 1, (s) => s.start) - 1;
    const sentence4 = found >= 0 && f.offset < sentences[found].end ? sentences[found] : void 0;
    const from = sentence4?.start ?? Math.max(0, f.offset - SIDE_CHARS);
    const to = Math.max(f.offset + f.length, sentence4?.end ?? Math.min(prose.length, f.offset + f.length + SIDE_CHARS));
    return {
      before: cutStart(collapseStart(prose.slice(Math.max(from, f.offset - SIDE_CHARS * 4), f.offset)), SIDE_CHARS),
      flagged: cutMiddle(collapse(prose.slice(f.offset, f.offset + f.length)).trim(), FLAGGED_CHARS),
      after: cutEnd(collapseEnd(prose.slice(f.offset + f.length, Math.min(to, f.offset + f.length + SIDE_CHARS * 4))), SIDE_CHARS)
    };
  });
  return {
    words: outline.words,
    attributed: outline.sentences.reduce((n, s) => n + (s.attributed ? 1 : 0), 0),
    paragraphs,
    omittedParagraphs: outline.blocks.length - shown.length,
    contexts
  };
}
function flatten(text) {
  return text.replace(/\s+/g, " ").replace(/ (?=[.,;:!?])/g, "");
}
function collapse(text) {
  return flatten(text).trim();
}
function collapseStart(text) {
  return flatten(text).replace(/^ /, "");
}
function collapseEnd(text) {
  return flatten(text).replace(/ $/, "");
}
function boundary(text, at) {
  const code = text.charCodeAt(at);
  return at > 0 && code >= 56320 && code <= 57343 ? at - 1 : at;
}
function cutStart(text, max) {
  if (text.length <= max) return text;
  const tail = text.slice(boundary(text, text.length - max));
  const space = tail.indexOf(" ");
  return `\u2026${space > 0 && space < max / 2 ? tail.slice(space) : tail}`;
}
function cutEnd(text, max) {
  if (text.length <= max) return text;
  const head2 = text.slice(0, boundary(text, max));
  const space = head2.lastIndexOf(" ");
  return `${space > max / 2 ? head2.slice(0, space) : head2}\u2026`;
}
function cutMiddle(text, max) {
  if (text.length <= max) return text;
  const half = Math.floor((max - 1) / 2);
  return `${text.slice(0, boundary(text, half))}\u2026${text.slice(boundary(text, text.length - half))}`;
}

// server/src/node/configFile.ts
var import_node_fs3 = require("node:fs");
var path3 = __toESM(require("node:path"));
var CONFIG_FILE_NAME = ".whosays.json";
var foundByDirectory = /* @__PURE__ */ new Map();
var loadedByPath = /* @__PURE__ */ new Map();
function findConfigFile(startDir) {
  const visited = [];
  let dir = path3.resolve(startDir);
  let found;
  for (; ; ) {
    if (foundByDirectory.has(dir)) {
      found = foundByDirectory.get(dir);
      break;
    }
    visited.push(dir);
    const candidate = path3.join(dir, CONFIG_FILE_NAME);
    if (exists(candidate)) {
      found = candidate;
      break;
    }
    const parent = path3.dirname(dir);
    if (parent === dir) break;
    dir = parent;
  }
  for (const d of visited) foundByDirectory.set(d, found);
  return found;
}
function loadConfigFile(file) {
  const key = path3.resolve(file);
  const cached = loadedByPath.get(key);
  if (cached) return withFile(cached, file);
  const result = load(file);
  loadedByPath.set(key, result);
  return result;
}
function load(file) {
  const fail = (message) => ({ config: {}, errors: [{ file, message, offset: 0, length: 0, line: 1, column: 1 }] });
  let bytes;
  try {
    bytes = readRegularFileSync(file, MAX_CONFIG_BYTES);
  } catch (error2) {
    return fail(readErrorMessage(error2));
  }
  const decoded = decodeUtf8(bytes);
  if ("invalidByteOffset" in decoded) {
    return fail(`The configuration file is not valid UTF-8 (invalid byte at offset ${decoded.invalidByteOffset}).`);
  }
  const parsed = parseConfig(decoded.text);
  return { config: parsed.config, errors: parsed.errors.map((e) => ({ file, ...e })) };
}
function formatConfigError(error2) {
  return `${error2.file}:${error2.line}:${error2.column}: ${error2.message}`;
}
function withFile(loaded, file) {
  return { config: loaded.config, errors: loaded.errors.map((e) => ({ ...e, file })) };
}
function exists(file) {
  try {
    return (0, import_node_fs3.lstatSync)(file, { throwIfNoEntry: false }) !== void 0;
  } catch {
    return false;
  }
}
function decodeUtf8(bytes) {
  try {
    return { text: new TextDecoder("utf-8", { fatal: true }).decode(bytes) };
  } catch {
    return { invalidByteOffset: firstInvalidUtf8Byte(bytes) };
  }
}
function firstInvalidUtf8Byte(bytes) {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i];
    let need;
    let min = 128;
    let max = 191;
    if (b < 128) {
      i++;
      continue;
    } else if (b >= 194 && b <= 223) need = 1;
    else if (b >= 224 && b <= 239) {
      need = 2;
      if (b === 224) min = 160;
      if (b === 237) max = 159;
    } else if (b >= 240 && b <= 244) {
      need = 3;
      if (b === 240) min = 144;
      if (b === 244) max = 143;
    } else return i;
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === void 0) return i;
      if (k === 1 ? c < min || c > max : c < 128 || c > 191) return i;
    }
    i += need + 1;
  }
  return bytes.length;
}
function readErrorMessage(error2) {
  if (error2 instanceof NotRegularFileError) return `The configuration file is ${error2.message}.`;
  if (error2 instanceof FileTooLargeError) return `The configuration file is too large: ${error2.message}.`;
  const code = error2.code;
  switch (code) {
    case "ENOENT":
      return "The configuration file does not exist.";
    case "EISDIR":
      return "The configuration file is a directory, not a file.";
    case "EACCES":
    case "EPERM":
      return "The configuration file cannot be read: permission denied.";
    default:
      return `The configuration file cannot be read (${code ?? String(error2)}).`;
  }
}

// server/src/lsp/paragraphs.ts
var TAB2 = 9;
var SPACE4 = 32;
var URL_START = /^(?:https?:\/\/|ftp:\/\/|www\.)/i;
var PROSE_START = /[\p{L}\p{N}"'\u201c\u2018\u00ab]/u;
var AUTOLINK = /^<[A-Za-z][A-Za-z0-9+.-]{1,32}:[^\s<>]*>|^<[\w.!#$%&'*+/=?^`{|}~-]+@[A-Za-z0-9][A-Za-z0-9.-]{0,250}>/;
function splitIntoPieces(text, language) {
  const index = language === "plaintext" || language === "markdown" ? new LineIndex(text) : void 0;
  const starts = !index ? void 0 : language === "plaintext" ? plaintextCuts(text, index) : markdownCuts(text, index);
  if (!starts || starts.length === 0) return [{ start: 0, end: text.length }];
  const pieces = [];
  let start = 0;
  for (const cut2 of starts) {
    pieces.push({ start, end: cut2 });
    start = cut2;
  }
  pieces.push({ start, end: text.length });
  return pieces;
}
function isBlankLine(text, ls, le) {
  for (let i = ls; i < le; i++) {
    const c = text.charCodeAt(i);
    if (c !== SPACE4 && c !== TAB2) return false;
  }
  return true;
}
function* lines(text, index, from = 0) {
  for (let line = index.lineAt(from); line < index.lineCount; line++) {
    const start = index.lineStart(line);
    if (start >= text.length) return;
    if (start >= from) yield [start, index.lineEnd(line)];
  }
}
function plaintextCuts(text, index) {
  const cuts = [];
  let sawBlank = false;
  let first = true;
  for (const [ls, le] of lines(text, index)) {
    if (isBlankLine(text, ls, le)) sawBlank = true;
    else {
      if (sawBlank && !first && startsProse(text, ls, le)) cuts.push(ls);
      sawBlank = false;
      first = false;
    }
  }
  return cuts;
}
function startsProse(text, k, le) {
  if (!PROSE_START.test(String.fromCodePoint(text.codePointAt(k)))) return false;
  return !URL_START.test(text.slice(k, Math.min(le, k + 8)));
}
function markdownCuts(text, index) {
  if (text.includes("whosays-disable")) return void 0;
  const cuts = [];
  let fence = null;
  let sawBlank = false;
  let first = true;
  let nextAngle = -1;
  for (const [ls, le] of lines(text, index, frontMatterEnd(text, index))) {
    if (fence) {
      if (closesFence(text, ls, le, fence)) fence = null;
      first = false;
      sawBlank = false;
    } else if (isBlankLine(text, ls, le)) {
      sawBlank = true;
    } else {
      const content = afterContainers(text, ls, le);
      const c = text.charCodeAt(content);
      if (c === 96 || c === 126) {
        let k = content;
        while (k < le && text.charCodeAt(k) === c) k++;
        if (k - content >= 3) {
          if (content !== ls) return void 0;
          if (c === 96 && text.slice(k, le).includes("`")) return void 0;
          fence = { char: c, length: k - content };
        }
      }
      if (!fence) {
        if (nextAngle < ls) nextAngle = text.indexOf("<", ls) >>> 0;
        if (nextAngle < le && !htmlIsLocal(text, ls, le)) return void 0;
        if (c === 91 && text.charCodeAt(content + 1) !== 94 && text.slice(content, le).includes("]:")) return void 0;
        if (sawBlank && !first && content === ls) {
          const k = afterLeaders(text, ls, le);
          if (k < le && startsProse(text, k, le)) cuts.push(ls);
        }
      }
      sawBlank = false;
      first = false;
    }
  }
  return cuts;
}
function frontMatterEnd(text, index = new LineIndex(text)) {
  const marker = text.startsWith("---") ? "---" : text.startsWith("+++") ? "+++" : "";
  if (!marker || !isBlankLine(text, 3, index.lineEnd(0))) return 0;
  for (let line = 1; line < index.lineCount; line++) {
    const pos = index.lineStart(line);
    if ((text.startsWith(marker, pos) || marker === "---" && text.startsWith("...", pos)) && isBlankLine(text, pos + 3, index.lineEnd(line))) {
      return line + 1 < index.lineCount ? index.lineStart(line + 1) : text.length;
    }
  }
  return 0;
}
function closesFence(text, ls, le, fence) {
  let k = ls;
  let column2 = 0;
  while (k < le) {
    const c = text.charCodeAt(k);
    if (c === SPACE4) column2++;
    else if (c === TAB2) column2 += 4 - column2 % 4;
    else break;
    k++;
  }
  if (column2 >= 4) return false;
  const runStart = k;
  while (k < le && text.charCodeAt(k) === fence.char) k++;
  return k - runStart >= fence.length && isBlankLine(text, k, le);
}
function afterContainers(text, ls, le) {
  let k = ls;
  for (; ; ) {
    const start = k;
    while (k < le && (text.charCodeAt(k) === SPACE4 || text.charCodeAt(k) === TAB2)) k++;
    if (text.charCodeAt(k) === 62) {
      k++;
      continue;
    }
    const marker = listMarkerEnd(text, k, le);
    if (marker > k) {
      k = marker;
      continue;
    }
    if (k === start) return k;
  }
}
function afterLeaders(text, ls, le) {
  let k = ls;
  for (; ; ) {
    k = afterContainers(text, k, le);
    let h = k;
    while (h < le && text.charCodeAt(h) === 35) h++;
    if (h > k && h - k <= 6 && (text.charCodeAt(h) === SPACE4 || text.charCodeAt(h) === TAB2)) {
      k = h;
      continue;
    }
    return k;
  }
}
function listMarkerEnd(text, k, le) {
  const c = text.charCodeAt(k);
  let m = k;
  if (c === 45 || c === 42 || c === 43) m = k + 1;
  else {
    while (m < le && m - k < 9 && text.charCodeAt(m) >= 48 && text.charCodeAt(m) <= 57) m++;
    if (m === k || text.charCodeAt(m) !== 46 && text.charCodeAt(m) !== 41) return k;
    m++;
  }
  const after = text.charCodeAt(m);
  return after === SPACE4 || after === TAB2 ? m + 1 : k;
}
function htmlIsLocal(text, ls, le) {
  for (let i = text.indexOf("<", ls); i >= 0 && i < le; i = text.indexOf("<", i + 1)) {
    const next2 = text.charCodeAt(i + 1);
    if (text.startsWith("<!--", i)) {
      const close = text.indexOf("-->", i + 4);
      if (close < 0 || close + 3 > le) return false;
      i = close + 2;
      continue;
    }
    if (next2 === 33 || next2 === 47 || next2 === 63) return false;
    const letter = next2 >= 65 && next2 <= 90 || next2 >= 97 && next2 <= 122;
    if (!letter) continue;
    const m = AUTOLINK.exec(text.slice(i, Math.min(le, i + 2100)));
    if (!m) return false;
    i += m[0].length - 1;
  }
  return true;
}
function shiftedFinding(f, by, eol) {
  return {
    ...f,
    offset: f.offset + by,
    fixes: f.fixes.map((fix) => ({
      ...fix,
      edits: fix.edits.map((e) => ({
        offset: e.offset + by,
        length: e.length,
        newText: eol !== void 0 && fix.kind === "ignore" ? e.newText.replace(/(?:\r\n|\r|\n)$/, eol) : e.newText
      }))
    }))
  };
}

// server/src/node/lintInParts.ts
var import_node_v8 = require("node:v8");
var import_node_vm = require("node:vm");
var WHOLE_UP_TO = 16e6;
var PART_CHARS = 4e6;
var COLLECT_AFTER_CHARS = 256 * 1024;
function lintInParts(text, options) {
  const partChars = options.partChars ?? PART_CHARS;
  const whole = () => lint(text, { languageId: options.languageId, config: options.config, now: options.now });
  if (text.length <= (options.wholeUpTo ?? (options.partChars ?? WHOLE_UP_TO))) return whole();
  const language = languageFromId(options.languageId);
  const pieces = splitIntoPieces(text, language);
  if (pieces.length === 1) return whole();
  const config = resolveConfig(options.config);
  const tally2 = emptyTally();
  for (const piece of pieces) addTallies(tally2, tallyDocument(text.slice(piece.start, piece.end), language, config));
  const conventions = {
    placement: resolvePlacement(tally2, config.markerPlacement[language]),
    todo: language === "latex" && definesTodo(text)
  };
  const eol = lineBreakOf(text);
  const findings = [];
  for (const part of groupPieces(pieces, partChars)) {
    const slice = text.slice(part.start, part.end);
    const found = lint(slice, { languageId: options.languageId, config: options.config, now: options.now, conventions });
    const partEol = lineBreakOf(slice);
    if (part.start === 0 && partEol === eol) {
      for (const f of found) findings.push(f);
    } else {
      for (const f of found) findings.push(shiftedFinding(f, part.start, partEol === eol ? void 0 : eol));
    }
    if (slice.length >= COLLECT_AFTER_CHARS) collectGarbage();
  }
  return findings;
}
var gc;
function collectGarbage() {
  if (!gc) {
    (0, import_node_v8.setFlagsFromString)("--expose-gc");
    gc = (0, import_node_vm.runInNewContext)("gc");
  }
  gc();
}
function groupPieces(pieces, partChars) {
  const parts = [];
  let start = pieces[0].start;
  for (const piece of pieces) {
    if (piece.start - start >= partChars) {
      parts.push({ start, end: piece.start });
      start = piece.start;
    }
  }
  parts.push({ start, end: pieces[pieces.length - 1].end });
  return parts;
}

// server/src/node/cliLint.ts
var Failure = class extends Error {
  constructor(message, notes = []) {
    super(message);
    this.notes = notes;
  }
  notes;
};
var STDIN_NAME = "<stdin>";
var BINARY_PROBE_BYTES = 8192;
var RAISE_LIMIT = "(raise the limit with --max-file-size)";
function lintInput(input, settings, stdin) {
  try {
    return outcomeOf(input, settings, stdin);
  } catch (error2) {
    if (error2 instanceof Failure) return { error: error2.message };
    if (error2 instanceof ReplaceFileError) return { error: `${input.display}: ${error2.message}` };
    return { error: error2 instanceof Error ? error2.message : String(error2), internal: true };
  }
}
function outcomeOf(input, settings, stdin) {
  const { cwd } = settings;
  const { text, bom, read } = readInput(input, settings, stdin);
  const nameForLanguage = input.file ?? settings.stdinFilename;
  const language = settings.language ?? (nameForLanguage === void 0 ? "plaintext" : languageOfPath(nameForLanguage));
  const dir = nameForLanguage === void 0 ? cwd : path4.dirname(path4.resolve(cwd, nameForLanguage));
  const config = mergeConfigs(configFor(dir, settings), settings.profile ? { profile: settings.profile } : {});
  const lintText = (source) => {
    try {
      return sortFindings(lintInParts(source, { languageId: language, config, now: new Date(settings.now) }));
    } catch (error2) {
      throw new Failure(`${input.display}: internal error while linting: ${error2 instanceof Error ? error2.message : String(error2)}`);
    }
  };
  const findings = lintText(text);
  if (settings.fix === void 0) {
    const result = fileResult(input.display, text, bom, findings);
    if (settings.report) {
      try {
        result.report = reportPart(text, language, findings);
      } catch (error2) {
        throw new Failure(`${input.display}: internal error while outlining: ${error2 instanceof Error ? error2.message : String(error2)}`);
      }
    }
    return { result };
  }
  return fixInput(
    { display: input.display, file: input.file && path4.resolve(cwd, input.file), diffName: diffNameOf(input.file ?? settings.stdinFilename ?? STDIN_NAME), text, bom, read, findings },
    { mode: settings.fix, includeInformation: settings.fixInformation === true, lintText }
  );
}
function languageOfPath(file) {
  const extension = path4.extname(file).slice(1).toLowerCase();
  return extension ? languageFromId(extension) : "plaintext";
}
function readInput(input, settings, stdin) {
  let bytes;
  let read;
  if (input.file === void 0) {
    bytes = stdin ?? new Uint8Array();
  } else {
    try {
      read = readRegularFileWithStatsSync(path4.resolve(settings.cwd, input.file), settings.maxFileSize);
      bytes = read.bytes;
    } catch (error2) {
      throw new Failure(`${input.display}: ${readErrorMessage2(error2)}`);
    }
  }
  const nul = bytes.subarray(0, BINARY_PROBE_BYTES).indexOf(0);
  if (nul !== -1) {
    throw new Failure(`${input.display}: binary file (NUL byte at offset ${nul}); only text can be linted`);
  }
  const decoded = decodeUtf8(bytes);
  if ("invalidByteOffset" in decoded) {
    throw new Failure(`${input.display}: not valid UTF-8 (invalid byte at offset ${decoded.invalidByteOffset})`);
  }
  return { text: decoded.text, bom: bytes[0] === 239 && bytes[1] === 187 && bytes[2] === 191, read };
}
function readErrorMessage2(error2) {
  if (error2 instanceof NotRegularFileError) return `${error2.message}; only regular files are linted`;
  if (error2 instanceof FileTooLargeError) return `too large to lint: ${error2.message} ${RAISE_LIMIT}`;
  const code = error2.code;
  switch (code) {
    case "ENOENT":
      return "file not found";
    case "EISDIR":
      return "is a directory, not a file";
    case "EACCES":
    case "EPERM":
      return "cannot read file: permission denied";
    case "ENOTDIR":
      return "file not found (a part of the path is not a directory)";
    default:
      return `cannot read file (${code ?? (error2 instanceof Error ? error2.message : String(error2))})`;
  }
}
function configFor(dir, settings) {
  if (settings.noConfig) return {};
  const file = settings.config ?? findConfigFile(dir);
  if (file === void 0) return {};
  const shown = settings.config ?? displayPath(file, settings.cwd);
  const { config, errors } = loadConfigFile(shown);
  if (errors.length > 0) {
    const more = errors.length > 1 ? ` (and ${errors.length - 1} more ${errors.length === 2 ? "error" : "errors"} in this file)` : "";
    throw new Failure(formatConfigError(errors[0]) + more);
  }
  return config;
}
function displayPath(file, cwd) {
  const relative4 = path4.relative(cwd, file);
  return relative4 && !relative4.startsWith("..") && !path4.isAbsolute(relative4) ? relative4 : file;
}
function stdinTooLarge(maxBytes) {
  return new Failure(`${STDIN_NAME}: too large to lint: more than ${formatBytes(maxBytes)} ${RAISE_LIMIT}`);
}

// server/src/node/cliOutput.ts
var CHUNK = 64 * 1024;
function* chunked(pieces) {
  let buffered = "";
  for (const piece of pieces) {
    buffered += piece;
    if (buffered.length >= CHUNK) {
      yield buffered;
      buffered = "";
    }
  }
  if (buffered) yield buffered;
}
function useColor(env, isTTY) {
  const force = env.FORCE_COLOR;
  if (force !== void 0) return !(force === "0" || force.toLowerCase() === "false");
  if (env.NO_COLOR !== void 0 && env.NO_COLOR !== "") return false;
  return isTTY;
}

// server/src/output/formats/xml.ts
var NOT_XML = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;
var ATTRIBUTE = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&apos;",
  "	": "&#9;",
  "\n": "&#10;",
  "\r": "&#13;"
};
var TEXT = { "&": "&amp;", "<": "&lt;", ">": "&gt;", "\r": "&#13;" };
function xmlAttribute(value) {
  return value.replace(NOT_XML, "\uFFFD").replace(/[&<>"'\t\n\r]/g, (c) => ATTRIBUTE[c]);
}
function xmlText(value) {
  return value.replace(NOT_XML, "\uFFFD").replace(/[&<>\r]/g, (c) => TEXT[c]);
}
var XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8"?>\n';

// server/src/output/formats/checkstyle.ts
var SEVERITY = { error: "error", warning: "warning", information: "info", hint: "info" };
function error(f) {
  return `    <error line="${f.line}" column="${f.column}" severity="${SEVERITY[f.severity]}" message="${xmlAttribute(f.message)}" source="whosays.${xmlAttribute(f.rule)}"/>
`;
}
function* render(files) {
  yield `${XML_DECLARATION}<checkstyle version="4.3">
`;
  for (const file of files) {
    const name = xmlAttribute(file.path);
    if (file.findings.length === 0) {
      yield `  <file name="${name}"/>
`;
      continue;
    }
    yield `  <file name="${name}">
`;
    for (const f of file.findings) yield error(f);
    yield "  </file>\n";
  }
  yield "</checkstyle>\n";
}
var checkstyleFormat = {
  id: "checkstyle",
  description: "Checkstyle XML: a <file> per file, an <error> per finding",
  render
};

// server/src/output/formats/github.ts
var COMMAND = { error: "error", warning: "warning", information: "notice", hint: "notice" };
function escapeGithubData(text) {
  return text.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}
function escapeGithubProperty(text) {
  return escapeGithubData(text).replace(/:/g, "%3A").replace(/,/g, "%2C");
}
function command(path8, f) {
  const properties2 = [["file", path8], ["line", String(f.line)]];
  if (f.endLine === f.line) properties2.push(["col", String(f.column)]);
  properties2.push(["endLine", String(f.endLine)]);
  if (f.endLine === f.line) properties2.push(["endColumn", String(f.endColumn)]);
  properties2.push(["title", `Who Says: ${f.rule}`]);
  const list = properties2.map(([key, value]) => `${key}=${escapeGithubProperty(value)}`).join(",");
  return `::${COMMAND[f.severity]} ${list}::${escapeGithubData(f.message)}
`;
}
function* render2(files) {
  for (const file of files) for (const f of file.findings) yield command(file.path, f);
}
var githubFormat = {
  id: "github",
  description: "GitHub Actions workflow commands: an annotation per finding",
  render: render2
};

// server/src/output/formats/json.ts
function fileJson(file) {
  const shift = file.bom ? 1 : 0;
  return JSON.stringify({
    path: file.path,
    // Built key by key: the order is part of the format.
    findings: file.findings.map((f) => ({
      rule: f.rule,
      category: f.category,
      severity: f.severity,
      message: f.message,
      offset: f.offset + shift,
      length: f.length,
      line: f.line,
      column: f.column,
      endLine: f.endLine,
      endColumn: f.endColumn,
      fixes: f.fixes.map((fix) => ({
        title: fix.title,
        edits: fix.edits.map((e) => ({ offset: e.offset + shift, length: e.length, newText: e.newText }))
      }))
    }))
  });
}
function* render3(files) {
  yield '{"version":1,"files":[';
  for (let i = 0; i < files.length; i++) yield (i === 0 ? "" : ",") + fileJson(files[i]);
  yield "]}\n";
}
var jsonFormat = {
  id: "json",
  description: "one JSON document: every file, its findings with offsets, lines and fixes",
  render: render3
};

// server/src/output/formats/junit.ts
function fails(f) {
  return f.severity === "error" || f.severity === "warning";
}
function details(path8, f) {
  const lines2 = [`${path8}:${f.line}:${f.column}: ${f.severity}: ${f.message} (${f.rule})`, "", `Why: ${f.why}`, `Guideline: ${f.guideline}`];
  if (f.suggestion) lines2.push(`For example: ${f.suggestion}`);
  return xmlText(lines2.join("\n"));
}
function testCase(path8, f) {
  const name = xmlAttribute(`${f.rule} at ${f.line}:${f.column}`);
  const file = xmlAttribute(path8);
  const open = `    <testcase name="${name}" classname="${file}" file="${file}">
`;
  const body = fails(f) ? `      <failure message="${xmlAttribute(f.message)}" type="${f.severity}">${details(path8, f)}</failure>
` : `      <system-out>${details(path8, f)}</system-out>
`;
  return `${open}${body}    </testcase>
`;
}
function* render4(files) {
  let tests = 0;
  let failures = 0;
  for (const file of files) {
    tests += Math.max(1, file.findings.length);
    failures += file.findings.filter(fails).length;
  }
  yield `${XML_DECLARATION}<testsuites name="whosays" tests="${tests}" failures="${failures}" errors="0">
`;
  for (const file of files) {
    const name = xmlAttribute(file.path);
    const fileFailures = file.findings.filter(fails).length;
    yield `  <testsuite name="${name}" tests="${Math.max(1, file.findings.length)}" failures="${fileFailures}" errors="0">
`;
    if (file.findings.length === 0) yield `    <testcase name="no findings" classname="${name}" file="${name}"/>
`;
    for (const f of file.findings) yield testCase(file.path, f);
    yield "  </testsuite>\n";
  }
  yield "</testsuites>\n";
}
var junitFormat = {
  id: "junit",
  description: "JUnit XML: a test suite per file, a failing test case per error or warning",
  render: render4
};

// server/src/output/formats/rdjsonl.ts
var SEVERITY2 = { error: "ERROR", warning: "WARNING", information: "INFO", hint: "INFO" };
function position(place) {
  return { line: place.line, column: place.byteColumn };
}
function ruleUrl(rule, run2) {
  const base = run2.docsBaseUrl;
  if (base === void 0 || !/^https?:/i.test(base)) return void 0;
  return ruleDocumentation(rule, base);
}
function diagnostic(path8, f, run2) {
  const url = ruleUrl(f.rule, run2);
  return JSON.stringify({
    message: f.message,
    location: {
      path: path8,
      range: {
        start: { line: f.line, column: f.byteColumn },
        end: { line: f.endLine, column: f.endByteColumn }
      }
    },
    severity: SEVERITY2[f.severity],
    source: { name: "whosays" },
    code: url === void 0 ? { value: f.rule } : { value: f.rule, url },
    ...f.safeEdit ? { suggestions: [{ range: { start: position(f.safeEdit.start), end: position(f.safeEdit.end) }, text: f.safeEdit.newText }] } : {}
  });
}
function* render5(files, run2) {
  for (const file of files) for (const f of file.findings) yield diagnostic(file.path, f, run2) + "\n";
}
var rdjsonlFormat = {
  id: "rdjsonl",
  description: "reviewdog's diagnostics, one JSON object a line, the safe fixes as suggestions",
  render: render5
};

// server/src/output/formats/sarifUri.ts
var SRCROOT = "%SRCROOT%";
function isWindowsUrl(url) {
  return url !== void 0 && (/^file:\/\/\/[A-Za-z]:\//.test(url) || /^file:\/\/[^/]/.test(url));
}
var LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
function encodeSegment(segment) {
  return encodeURIComponent(segment.replace(LONE_SURROGATE, "\uFFFD"));
}
function artifactUri(name, windows) {
  const separators = windows ? /[\\/]/ : /\//;
  const segments = name.split(separators);
  if (windows && /^[A-Za-z]:[\\/]/.test(name)) {
    return { uri: `file:///${name.slice(0, 2)}/${segments.slice(1).filter((s) => s !== "").map(encodeSegment).join("/")}` };
  }
  if (windows && /^[\\/]{2}[^\\/]/.test(name)) {
    const [host, ...rest] = segments.slice(2);
    return { uri: `file://${encodeSegment(host)}/${rest.filter((s) => s !== "").map(encodeSegment).join("/")}` };
  }
  if (name.startsWith("/") || windows && name.startsWith("\\")) {
    return { uri: `file:///${segments.filter((s) => s !== "").map(encodeSegment).join("/")}` };
  }
  const kept = segments.filter((s) => s !== "" && s !== ".");
  return { uri: kept.length === 0 ? "." : kept.map(encodeSegment).join("/"), uriBaseId: SRCROOT };
}

// server/src/output/formats/sarif.ts
var SCHEMA = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json";
var STDIN_NAME2 = "<stdin>";
var FINGERPRINT = "whosaysFinding/v1";
var LEVELS = { error: "error", warning: "warning", information: "note", hint: "note" };
function shortName(ruleId) {
  return ruleId.slice(ruleId.indexOf("/") + 1);
}
function pascalName(ruleId) {
  return shortName(ruleId).replace(/(?:^|-)([a-z])/g, (_, c) => c.toUpperCase());
}
function sentence2(text) {
  return /[.!?]$/.test(text) ? text : `${text}.`;
}
function ruleDescriptor(rule, docsBaseUrl) {
  const helpUri = ruleDocumentation(rule.id, docsBaseUrl);
  return {
    id: rule.id,
    name: pascalName(rule.id),
    shortDescription: { text: sentence2(rule.description) },
    fullDescription: { text: rule.why },
    ...helpUri ? { helpUri } : {},
    help: { text: `${sentence2(rule.description)} ${rule.why} Guideline: ${sentence2(rule.guideline)}` },
    defaultConfiguration: { level: LEVELS[rule.defaultSeverity] },
    properties: {
      category: rule.category,
      tags: ["editorial", rule.category],
      // A rule only some profiles switch on (the hedge) says which. Not `enabled: false`: a viewer
      // could hide the results of a run whose profile switched the rule on.
      ...rule.profiles ? { profiles: [...rule.profiles] } : {}
    }
  };
}
function artifactLocation(artifact, index) {
  return artifact.location ? { ...artifact.location, index } : { index };
}
function editRegion(edit, finding) {
  const byOffset = { charOffset: edit.offset, charLength: edit.length };
  const from = edit.offset - finding.offset;
  const to = from + edit.length;
  if (from < 0 || to > finding.text.length) return byOffset;
  const start = advance(finding, from);
  const end = advance(finding, to);
  return { startLine: start.line, startColumn: start.column, endLine: end.line, endColumn: end.column, ...byOffset };
}
function advance(finding, count) {
  let line = finding.line;
  let column2 = finding.column;
  const text = finding.text;
  for (let i = 0; i < count; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13 && text.charCodeAt(i + 1) !== 10) {
      line++;
      column2 = 1;
    } else if (c !== 13) {
      column2++;
    }
  }
  return { line, column: column2 };
}
function sarifFix(fix, finding, location) {
  return {
    description: { text: sentence2(fix.title) },
    artifactChanges: [
      {
        artifactLocation: location,
        replacements: fix.edits.map((edit) => ({
          deletedRegion: editRegion(edit, finding),
          ...edit.newText === "" ? {} : { insertedContent: { text: edit.newText } }
        }))
      }
    ],
    properties: { kind: fix.kind, ...fix.preferred ? { preferred: true } : {} }
  };
}
function findingKey(finding) {
  return `${finding.rule}\0${finding.text.replace(/\s+/g, " ")}`;
}
function fingerprint(key, occurrence) {
  const text = `${key}\0${occurrence}`;
  let a = 2166136261;
  let b = 84696351;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    a = Math.imul(a ^ c, 16777619);
    b = Math.imul(b ^ c, 1540483477);
  }
  return (a >>> 0).toString(16).padStart(8, "0") + (b >>> 0).toString(16).padStart(8, "0");
}
var RULE_INDEX = new Map(RULES.map((rule, index) => [rule.id, index]));
function sarifResult(finding, location, fingerprintValue) {
  const ruleIndex = RULE_INDEX.get(finding.rule);
  return {
    ruleId: finding.rule,
    ...ruleIndex === void 0 ? {} : { ruleIndex },
    level: LEVELS[finding.severity],
    message: { text: finding.message },
    locations: [
      {
        physicalLocation: {
          artifactLocation: location,
          region: {
            startLine: finding.line,
            startColumn: finding.column,
            endLine: finding.endLine,
            endColumn: finding.endColumn,
            charOffset: finding.offset,
            charLength: finding.length,
            snippet: { text: finding.text }
          }
        }
      }
    ],
    partialFingerprints: { [FINGERPRINT]: fingerprintValue },
    ...finding.fixes.length > 0 ? { fixes: finding.fixes.map((fix) => sarifFix(fix, finding, location)) } : {},
    properties: {
      category: finding.category,
      ...finding.suggestion ? { suggestion: finding.suggestion } : {}
    }
  };
}
function* render6(files, run2) {
  const windows = isWindowsUrl(run2.workingDirectoryUrl);
  const artifacts = files.map((file) => ({ location: file.path === STDIN_NAME2 ? void 0 : artifactUri(file.path, windows) }));
  const driver = {
    name: "whosays",
    fullName: "Who Says",
    version: run2.version,
    semanticVersion: run2.version,
    ...run2.docsBaseUrl ? { informationUri: `${run2.docsBaseUrl}README.md` } : {},
    rules: RULES.map((rule) => ruleDescriptor(rule, run2.docsBaseUrl))
  };
  const srcroot = {
    ...run2.workingDirectoryUrl ? { uri: run2.workingDirectoryUrl } : {},
    description: { text: "The folder the command ran in: relative file names are relative to it." }
  };
  const head2 = {
    tool: { driver },
    ...artifacts.some((a) => a.location?.uriBaseId) ? { originalUriBaseIds: { [SRCROOT]: srcroot } } : {},
    columnKind: "utf16CodeUnits",
    newlineSequences: ["\r\n", "\n", "\r"],
    defaultEncoding: "utf-8"
  };
  yield `{"$schema":${JSON.stringify(SCHEMA)},"version":"2.1.0","runs":[${JSON.stringify(head2).slice(0, -1)},"results":[`;
  let first = true;
  for (let index = 0; index < files.length; index++) {
    const location = artifactLocation(artifacts[index], index);
    const seen = /* @__PURE__ */ new Map();
    for (const finding of files[index].findings) {
      const key = findingKey(finding);
      const occurrence = seen.get(key) ?? 0;
      seen.set(key, occurrence + 1);
      yield (first ? "" : ",") + JSON.stringify(sarifResult(finding, location, fingerprint(key, occurrence)));
      first = false;
    }
  }
  const artifactList = artifacts.map(
    (artifact, index) => artifact.location ? { location: artifact.location, roles: ["analysisTarget"] } : { location: { index, description: { text: "Standard input." } }, roles: ["analysisTarget"] }
  );
  yield `],"artifacts":${JSON.stringify(artifactList)}}]}
`;
}
var sarifFormat = {
  id: "sarif",
  description: "SARIF 2.1.0 log for code scanning (GitHub) and SARIF viewers, with fixes",
  render: render6
};

// server/src/output/formats/terminal.ts
var UNSAFE = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;
var NAMED = { "\n": "\\n", "\r": "\\r", "	": "\\t" };
function escapeForTerminal(text) {
  return text.replace(UNSAFE, (c) => {
    if (Object.hasOwn(NAMED, c)) return NAMED[c];
    const code = c.charCodeAt(0);
    return code < 256 ? `\\x${code.toString(16).padStart(2, "0")}` : `\\u${code.toString(16).padStart(4, "0")}`;
  });
}

// server/src/output/formats/text.ts
function makeColors(enabled) {
  const wrap = (open, s) => enabled && s ? `\x1B[${open}m${s}\x1B[0m` : s;
  const bySeverity = { error: "31", warning: "33", information: "36", hint: "90" };
  return {
    location: (s) => wrap("1", s),
    severity: (severity, s) => wrap(bySeverity[severity], s),
    rule: (s) => wrap("2", s),
    summary: (worst, s) => wrap(worst ? `1;${bySeverity[worst]}` : "1;32", s)
  };
}
function* render7(files, run2) {
  const colors = makeColors(run2.color);
  const rows = files.flatMap((file) => {
    const location = escapeForTerminal(file.path);
    return file.findings.map((f) => ({
      location: `${location}:${f.line}:${f.column}`,
      severity: f.severity,
      // Messages quote the document, which may hold control characters too.
      message: escapeForTerminal(f.message.replace(/\s+/g, " ")),
      rule: f.rule
    }));
  });
  let locationWidth = 0;
  let severityWidth = 0;
  let messageWidth = 0;
  for (const r of rows) {
    locationWidth = Math.max(locationWidth, r.location.length);
    severityWidth = Math.max(severityWidth, r.severity.length);
    messageWidth = Math.max(messageWidth, r.message.length);
  }
  const pad = (s, w) => " ".repeat(Math.max(0, w - s.length));
  for (const r of rows) {
    yield colors.location(r.location) + pad(r.location, locationWidth) + "  " + colors.severity(r.severity, r.severity) + pad(r.severity, severityWidth) + "  " + r.message + pad(r.message, messageWidth) + "  " + colors.rule(r.rule) + "\n";
  }
  const counts = tally(files);
  yield (counts.total === 0 ? "" : "\n") + colors.summary(worstSeverity(counts), summaryLine(counts)) + "\n";
}
var textFormat = {
  id: "text",
  description: "one line per finding, aligned, then a summary (the default)",
  summaryInOutput: true,
  render: render7
};

// server/src/output/formats/index.ts
var FORMATS = [
  textFormat,
  jsonFormat,
  sarifFormat,
  githubFormat,
  rdjsonlFormat,
  checkstyleFormat,
  junitFormat
];
function formatById(id) {
  return FORMATS.find((f) => f.id === id);
}

// server/src/node/shippedDocs.ts
var import_node_fs4 = require("node:fs");
var path5 = __toESM(require("node:path"));
var import_node_url = require("node:url");
function shippedDocsBaseUrl(bundleDir) {
  const folder = path5.resolve(bundleDir, "..", "docs", "rules");
  return (0, import_node_fs4.existsSync)(path5.join(folder, "README.md")) ? (0, import_node_url.pathToFileURL)(`${folder}${path5.sep}`).href : void 0;
}

// server/src/node/cliProgress.ts
var MANY_FILES = 100;
var DELAY_MS = 1e3;
var INTERVAL_MS = 100;
var ERASE_LINE = "\r\x1B[K";
var Progress = class {
  constructor(stream, total2, options) {
    this.stream = stream;
    this.total = total2;
    this.options = options;
    this.clock = options.clock ?? Date.now;
    this.started = this.clock();
    this.delayMs = options.delayMs ?? DELAY_MS;
    this.intervalMs = options.intervalMs ?? INTERVAL_MS;
  }
  stream;
  total;
  options;
  started;
  delayMs;
  intervalMs;
  clock;
  shown = false;
  lastDrawn = -Infinity;
  /** `done` files of the total are linted. Draws at most every intervalMs, and only once the line is due. */
  update(done) {
    const now = this.clock();
    if (!this.shown && !this.options.immediate && now - this.started < this.delayMs) return;
    if (this.shown && now - this.lastDrawn < this.intervalMs && done < this.total) return;
    this.shown = true;
    this.lastDrawn = now;
    this.stream.write(`${ERASE_LINE}whosays: ${done}/${this.total} ${this.total === 1 ? "file" : "files"}`);
  }
  /** Erases the line, if it was drawn; call before anything else goes to the terminal. */
  clear() {
    if (!this.shown) return;
    this.shown = false;
    this.stream.write(ERASE_LINE);
  }
};
var NO_PROGRESS = { update() {
}, clear() {
} };
function progressFor(stream, total2, enabled) {
  if (!enabled || stream.isTTY !== true) return NO_PROGRESS;
  return new Progress(stream, total2, { immediate: total2 >= MANY_FILES });
}

// server/src/node/cliWorkers.ts
var import_node_os = require("node:os");
var import_node_worker_threads2 = require("node:worker_threads");
var WORKER_FLAG = "whosaysCliWorker";
var PER_THREAD_BYTES = 4e6;
var IN_FLIGHT = 2;
function threadsFor(jobs, files, bytes) {
  const wanted = jobs ?? Math.min((0, import_node_os.availableParallelism)(), Math.floor(bytes / PER_THREAD_BYTES));
  return Math.max(1, Math.min(wanted, files));
}
function serveIfWorker() {
  if (import_node_worker_threads2.isMainThread || !import_node_worker_threads2.parentPort || import_node_worker_threads2.workerData?.[WORKER_FLAG] !== true) return false;
  const { settings } = import_node_worker_threads2.workerData;
  const port = import_node_worker_threads2.parentPort;
  port.on("message", (task) => port.postMessage({ index: task.index, outcome: lintInput(task.input, settings) }));
  return true;
}
async function lintInWorkers(script, inputs, order, settings, threads, onDone) {
  const outcomes = new Array(inputs.length);
  if (order.length === 0) return outcomes;
  const setup = { [WORKER_FLAG]: true, settings };
  const workers = Array.from({ length: Math.min(threads, order.length) }, () => new import_node_worker_threads2.Worker(script, { workerData: setup, stdout: false, stderr: false }));
  let next2 = 0;
  let done = 0;
  let firstFailure = Infinity;
  try {
    await new Promise((resolve8, reject) => {
      let pending = 0;
      const send = (worker) => {
        while (next2 < order.length && order[next2] > firstFailure) next2++;
        if (next2 < order.length) {
          const index = order[next2++];
          worker.postMessage({ index, input: inputs[index] });
          pending++;
        }
      };
      for (const worker of workers) {
        worker.on("message", ({ index, outcome }) => {
          pending--;
          outcomes[index] = outcome;
          if ("error" in outcome) firstFailure = Math.min(firstFailure, index);
          onDone(++done);
          send(worker);
          if (pending === 0) resolve8();
        });
        worker.on("error", reject);
        worker.on("exit", (code) => reject(new Error(`a worker thread stopped (exit code ${code})`)));
        for (let i = 0; i < IN_FLIGHT; i++) send(worker);
      }
      if (pending === 0) resolve8();
    });
  } finally {
    for (const worker of workers) worker.removeAllListeners("exit");
    await Promise.all(workers.map((worker) => worker.terminate()));
  }
  return outcomes;
}

// server/src/node/cliOptions.ts
var import_node_util = require("node:util");

// server/src/output/report/style.ts
var REPORT_STYLE = `
:root { --unsourced: #b3261e; --vague: #f0a830; --style: #8bb6e8; --attributed: #2e7d32; --none: #e2e2e2;
  --ink: #1d1d1f; --muted: #5a5a60; --rule: #d7d7dc; --paper: #fff; --panel: #f6f6f8; }
* { box-sizing: border-box; }
body { margin: 0; background: var(--paper); color: var(--ink);
  font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; }
main { max-width: 72rem; margin: 0 auto; padding: 1.5rem 1.25rem 4rem; }
h1 { font-size: 1.7rem; margin: 0 0 .25rem; }
h2 { font-size: 1.3rem; margin: 2.2rem 0 .5rem; padding-top: .6rem; border-top: 1px solid var(--rule); overflow-wrap: anywhere; }
h3 { font-size: 1.02rem; margin: 1.2rem 0 .4rem; }
.lede { font-size: 1.08rem; margin: .25rem 0; }
.meta, .note, .none { color: var(--muted); }
.notice { margin: .5rem 0; padding: .4rem .7rem; border-left: 4px solid var(--vague); background: var(--panel); font-weight: 600; }
.note { font-size: .9rem; }
a { color: #0b57d0; }
code { font: .88em/1.4 ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; }
table { border-collapse: collapse; width: 100%; font-size: .93rem; }
th, td { text-align: right; padding: .3rem .55rem; border-bottom: 1px solid var(--rule); vertical-align: top; }
th { background: var(--panel); font-weight: 600; }
th:nth-child(2), td:nth-child(2), table.rules th, table.rules td { text-align: left; }
table.rules td:last-child, table.rules th:last-child { text-align: right; }
td.path { overflow-wrap: anywhere; min-width: 14rem; width: 40%; }
table.documents th { font-size: .85rem; }
td.unattributed { font-weight: 700; }
.legend { list-style: none; padding: 0; margin: .5rem 0; display: grid; gap: .35rem; }
.legend li { display: flex; gap: .5rem; align-items: center; }
.map { display: flex; flex-wrap: wrap; gap: 3px; padding: .6rem; background: var(--panel); border-radius: 6px; }
.row-break { flex-basis: 100%; height: 2px; }
.cell { position: relative; flex: none; display: inline-flex; width: 1.5rem; height: 1.5rem; align-items: center; justify-content: center;
  border-radius: 3px; font: 700 .8rem/1 system-ui, sans-serif; text-decoration: none; color: var(--ink); }
.cell.also::before { content: ""; position: absolute; top: 0; right: 0; border-style: solid; border-width: 0 .5rem .5rem 0;
  border-color: transparent var(--attributed) transparent transparent; border-top-right-radius: 3px; }
.cell.heading { box-shadow: inset 0 -4px 0 rgba(0,0,0,.55); }
.unsourced.cell, .badge.unsourced { background: var(--unsourced); color: #fff; }
.vague.cell, .badge.vague { background: var(--vague); color: #2b1a00; }
.style.cell, .badge.style { background: var(--style); color: #0b2540; }
.attributed.cell, .badge.attributed { background: var(--attributed); color: #fff; }
.none.cell { background: var(--none); color: #555; }
.map .cell:hover, .map .cell:focus { outline: 2px solid var(--ink); outline-offset: 1px; z-index: 2; }
.map .cell[aria-label]:hover::after, .map .cell[aria-label]:focus::after {
  content: attr(aria-label); position: absolute; left: 0; top: calc(100% + 6px); z-index: 3; width: max-content; max-width: 26rem;
  padding: .45rem .6rem; border-radius: 5px; background: #222; color: #fff; font: 400 .85rem/1.4 system-ui, sans-serif;
  white-space: normal; text-align: left; box-shadow: 0 3px 10px rgba(0,0,0,.25); pointer-events: none; }
.columns { display: grid; grid-template-columns: minmax(0, 3fr) minmax(0, 2fr); gap: 2rem; }
@media (max-width: 48rem) { .columns { grid-template-columns: 1fr; } }
.phrases { margin: .3rem 0; padding-left: 1.6rem; }
.phrases q { font-style: italic; }
.times { color: var(--muted); }
.badge { display: inline-block; padding: 0 .45rem; border-radius: 999px; font-size: .8rem; font-weight: 600; white-space: nowrap; }
.findings { list-style: none; padding: 0; margin: 0; }
.findings > li { border-left: 5px solid var(--none); padding: .5rem .8rem; margin: 0 0 .7rem; background: var(--panel); border-radius: 0 6px 6px 0; }
.findings > li.unsourced { border-left-color: var(--unsourced); }
.findings > li.vague { border-left-color: var(--vague); }
.findings > li.style { border-left-color: var(--style); }
.findings > li:target { outline: 2px solid #0b57d0; }
.where { margin: 0; display: flex; flex-wrap: wrap; gap: .5rem; align-items: baseline; overflow-wrap: anywhere; }
.where .editor, .severity { font-size: .82rem; color: var(--muted); }
.message { margin: .3rem 0; font-weight: 600; }
blockquote { margin: .3rem 0; padding: .3rem .7rem; background: var(--paper); border-radius: 4px; overflow-wrap: anywhere; }
mark { background: #ffe08a; color: inherit; padding: 0 .1em; border-bottom: 2px solid #b07800; }
.suggestion { margin: .3rem 0; }
.suggestion span { color: var(--muted); }
details { margin: .3rem 0 0; font-size: .92rem; }
details p { margin: .25rem 0; }
summary { cursor: pointer; color: #0b57d0; }
.guideline { color: var(--muted); }
.rank { color: var(--muted); font-weight: 400; }
.top { font-size: .9rem; }
@media print { .map .cell::after { display: none; } details { display: block; } }
`;

// server/src/output/report/info.ts
var HTML_ESCAPES = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };
function escapeHtml(text) {
  return text.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c]);
}
var SAFE_SCHEMES = /* @__PURE__ */ new Set(["http", "https", "file", "vscode", "vscode-insiders"]);
function safeHref(href, alsoSchemes = []) {
  if (href === void 0 || href === "") return void 0;
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(href)?.[1].toLowerCase();
  if (scheme !== void 0 && !SAFE_SCHEMES.has(scheme) && !alsoSchemes.includes(scheme)) return void 0;
  return href;
}
function ruleHref(rule, docsBaseUrl) {
  return docsBaseUrl === void 0 ? void 0 : safeHref(`${docsBaseUrl}${encodeURIComponent(rule.slice(rule.indexOf("/") + 1))}.md`);
}
function encodePath(path8) {
  return path8.split("/").map((segment) => encodeURIComponent(segment)).join("/");
}

// server/src/output/report/model.ts
var MAP_STATES = [
  { state: "unsourced", label: "Unsourced claim", meaning: "a claim that needs a source and has none (unattributed findings)", symbol: "!" },
  { state: "vague", label: "Vague source", meaning: 'a source that hides who it is: "critics say", "studies show" (weasel findings)', symbol: "?" },
  { state: "style", label: "Style note", meaning: 'wording that takes sides: "claimed", "iconic" (style findings)', symbol: "~" },
  { state: "attributed", label: "Attributed", meaning: 'a sentence names who says it ("the ministry said", "according to Reuters") and nothing is flagged', symbol: "\u2713" },
  { state: "none", label: "Nothing to note", meaning: "no finding and no named source", symbol: "" }
];
var CATEGORY_STATE = { unattributed: "unsourced", weasel: "vague", style: "style" };
var CATEGORY_NAMES = {
  unattributed: ["unsourced claim", "unsourced claims"],
  weasel: ["vague source", "vague sources"],
  style: ["style note", "style notes"]
};
var REPORT_CATEGORIES = ["unattributed", "weasel", "style"];
function emptyCounts() {
  return { weasel: 0, unattributed: 0, style: 0 };
}
function perThousand(count, words2) {
  return words2 > 0 ? count * 1e3 / words2 : 0;
}
function normalizePhrase2(text) {
  return text.replace(/\s+/g, " ").trim().toLowerCase().replace(/\u2019/g, "'");
}
function sortedEntries(map) {
  return [...map].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
}
function add(map, key, n = 1) {
  map.set(key, (map.get(key) ?? 0) + n);
}
function summarizeDocument(file, index) {
  const counts = emptyCounts();
  const rules = /* @__PURE__ */ new Map();
  const phrases = /* @__PURE__ */ new Map();
  for (const f of file.findings) {
    counts[f.category]++;
    add(rules, f.rule);
    if (f.category === "weasel") add(phrases, normalizePhrase2(f.text));
  }
  const words2 = file.report?.words ?? 0;
  return {
    index,
    file,
    path: file.path,
    words: words2,
    ...file.report ? { attributed: file.report.attributed } : {},
    counts,
    unsourcedRate: perThousand(counts.unattributed, words2),
    byRule: sortedEntries(rules),
    vaguePhrases: sortedEntries(phrases)
  };
}
function summarize(files) {
  const documents = files.map(summarizeDocument);
  documents.sort((a, b) => b.unsourcedRate - a.unsourcedRate || perThousand(b.counts.weasel, b.words) - perThousand(a.counts.weasel, a.words) || a.index - b.index);
  const counts = emptyCounts();
  const rules = /* @__PURE__ */ new Map();
  const phrases = /* @__PURE__ */ new Map();
  let words2 = 0;
  let attributed = 0;
  for (const d of documents) {
    words2 += d.words;
    attributed += d.attributed ?? 0;
    for (const c of REPORT_CATEGORIES) counts[c] += d.counts[c];
    for (const [rule, n] of d.byRule) add(rules, rule, n);
    for (const [phrase, n] of d.vaguePhrases) add(phrases, phrase, n);
  }
  return { documents, words: words2, attributed, counts, findings: counts.weasel + counts.unattributed + counts.style, byRule: sortedEntries(rules), vaguePhrases: sortedEntries(phrases) };
}
function paragraphOfFindings(paragraphs, findings) {
  return findings.map((f) => {
    let lo = 0;
    let hi = paragraphs.length - 1;
    let found = -1;
    while (lo <= hi) {
      const mid = lo + hi >> 1;
      if (paragraphs[mid].offset <= f.offset) {
        found = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    return found >= 0 && f.offset < paragraphs[found].offset + paragraphs[found].length ? found : -1;
  });
}
function paragraphViews(file) {
  const paragraphs = file.report?.paragraphs ?? [];
  const views = paragraphs.map((paragraph) => ({ paragraph, counts: emptyCounts(), state: "none" }));
  paragraphOfFindings(paragraphs, file.findings).forEach((p, k) => {
    if (p < 0) return;
    views[p].counts[file.findings[k].category]++;
    views[p].firstFinding ??= k;
  });
  for (const view of views) view.state = stateOf(view.counts, view.paragraph.attributed);
  return views;
}
function stateOf(counts, attributed) {
  if (counts.unattributed > 0) return "unsourced";
  if (counts.weasel > 0) return "vague";
  if (counts.style > 0) return "style";
  return attributed > 0 ? "attributed" : "none";
}
function countOf(category, n) {
  return `${n} ${CATEGORY_NAMES[category][n === 1 ? 0 : 1]}`;
}
function formatNumber(n, decimals = 0) {
  const fixed = n.toFixed(decimals);
  const [whole, fraction] = fixed.split(".");
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  return fraction === void 0 ? grouped : `${grouped}.${fraction}`;
}

// server/src/output/report/html.ts
var TOP_PHRASES = 10;
var CSP = "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'";
var STATE_INFO = new Map(MAP_STATES.map((s) => [s.state, s]));
function plural2(n, one, many) {
  return `${formatNumber(n)} ${n === 1 ? one : many}`;
}
function namingSentences(n) {
  return plural2(n, "sentence names its source", "sentences name their source");
}
function link(href, body, attributes2 = "", alsoSchemes) {
  const safe = safeHref(href, alsoSchemes);
  return safe === void 0 ? body : `<a href="${escapeHtml(safe)}"${attributes2}>${body}</a>`;
}
function* head(summary) {
  const title = `Sourcing report: ${plural2(summary.documents.length, "document", "documents")}`;
  yield '<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n';
  yield `<meta http-equiv="Content-Security-Policy" content="${escapeHtml(CSP)}">
`;
  yield '<meta name="referrer" content="no-referrer">\n<meta name="viewport" content="width=device-width, initial-scale=1">\n';
  yield `<title>${escapeHtml(title)} \u2014 Who Says</title>
<style>${REPORT_STYLE}</style>
</head>
<body>
`;
}
function categorySentence(counts) {
  return REPORT_CATEGORIES.map((c) => c === "unattributed" ? `<strong>${escapeHtml(countOf(c, counts[c]))}</strong>` : escapeHtml(countOf(c, counts[c]))).join(", ");
}
function* header(summary, info) {
  yield "<header>\n<h1>Sourcing report</h1>\n";
  const sourced = namingSentences(summary.attributed);
  yield `<p class="lede">${plural2(summary.documents.length, "document", "documents")}, ${plural2(summary.words, "word", "words")}: ${categorySentence(summary.counts)}; ${escapeHtml(sourced)}.</p>
`;
  const made = info.generatedAt ? `, ${escapeHtml(info.generatedAt)}` : "";
  if (info.notice) yield `<p class="notice" role="status">${escapeHtml(info.notice)}</p>
`;
  yield `<p class="meta">Made by Who Says ${escapeHtml(info.version)}${made}. A finding is a question for the writer, not a verdict.</p>
</header>
`;
}
function* legend() {
  yield '<div id="legend">\n<h3>How to read a sourcing map</h3>\n<ul class="legend">\n';
  for (const s of MAP_STATES) {
    yield `<li><span class="cell ${s.state}" aria-hidden="true">${escapeHtml(s.symbol)}</span> <span><strong>${escapeHtml(s.label)}</strong>: ${escapeHtml(s.meaning)}</span></li>
`;
  }
  yield '<li><span class="cell vague also" aria-hidden="true">?</span> <span><strong>Green corner</strong>: the paragraph also has a sentence that names its source</span></li>\n';
  yield '</ul>\n<p class="note">Each square is one paragraph, heading, list item or table cell, in the order of the document; each heading (a square with a bar beneath) starts a row. A paragraph that holds several kinds shows the first kind of this list. Hover or focus a square for its line and first words; a square with findings leads to them.</p>\n</div>\n';
}
function* documentsTable(summary) {
  yield '<section id="documents" aria-labelledby="documents-title">\n<h2 id="documents-title">Documents, most unsourced claims per 1,000 words first</h2>\n';
  yield '<table class="documents">\n<thead><tr><th scope="col">#</th><th scope="col">Document</th><th scope="col">Words</th><th scope="col">Unsourced claims</th><th scope="col">Unsourced per 1,000 words</th><th scope="col">Vague sources</th><th scope="col">Style notes</th><th scope="col">Sentences naming a source</th></tr></thead>\n<tbody>\n';
  let rank = 0;
  for (const d of summary.documents) {
    rank++;
    yield `<tr><td>${rank}</td><td class="path"><a href="#doc-${rank}">${escapeHtml(d.path)}</a></td><td>${formatNumber(d.words)}</td><td class="unattributed">${formatNumber(d.counts.unattributed)}</td><td>${formatNumber(d.unsourcedRate, 1)}</td><td>${formatNumber(d.counts.weasel)}</td><td>${formatNumber(d.counts.style)}</td><td>${d.attributed === void 0 ? "" : formatNumber(d.attributed)}</td></tr>
`;
  }
  yield '</tbody>\n</table>\n<div class="columns">\n<div>\n<h3>Most frequent vague phrases</h3>\n';
  yield* phraseList(summary.vaguePhrases);
  yield "</div>\n";
  yield* legend();
  yield "</div>\n</section>\n";
}
function* phraseList(phrases) {
  if (phrases.length === 0) {
    yield '<p class="none">No vague sources.</p>\n';
    return;
  }
  yield '<ol class="phrases">\n';
  for (const [phrase, n] of phrases.slice(0, TOP_PHRASES)) yield `<li><q>${escapeHtml(phrase)}</q> <span class="times">\xD7${formatNumber(n)}</span></li>
`;
  yield "</ol>\n";
}
function tip(view) {
  const p = view.paragraph;
  const kind = p.kind === "paragraph" ? "paragraph" : p.kind.replace("-", " ");
  const held = REPORT_CATEGORIES.filter((c) => view.counts[c] > 0).map((c) => countOf(c, view.counts[c]));
  if (p.attributed > 0) held.push(namingSentences(p.attributed));
  return `Line ${p.line}, ${kind}: ${held.length > 0 ? held.join(", ") : "nothing to note"}. \u201C${p.excerpt}\u201D`;
}
function* sourcingMap(d, rank) {
  const views = paragraphViews(d.file);
  const part = d.file.report;
  if (!part || views.length === 0) {
    yield '<p class="none">No prose to map.</p>\n';
    return;
  }
  const cells = [];
  views.forEach((view, k) => {
    const text = escapeHtml(tip(view));
    const heading = view.paragraph.kind === "heading";
    if (heading && k > 0) cells.push('<span class="row-break" aria-hidden="true"></span>');
    const also = view.state !== "attributed" && view.paragraph.attributed > 0 ? " also" : "";
    const attributes2 = `class="cell ${view.state}${also}${heading ? " heading" : ""}" role="listitem" aria-label="${text}"`;
    const symbol = escapeHtml(STATE_INFO.get(view.state).symbol);
    cells.push(view.firstFinding === void 0 ? `<span ${attributes2} tabindex="0">${symbol}</span>` : `<a ${attributes2} href="#doc-${rank}-f-${view.firstFinding + 1}">${symbol}</a>`);
  });
  yield `<div class="map" role="list" aria-label="Sourcing map of ${escapeHtml(d.path)}">${cells.join("")}</div>
`;
  if (part.omittedParagraphs > 0) {
    yield `<p class="note">The map shows the first ${formatNumber(views.length)} of ${formatNumber(views.length + part.omittedParagraphs)} blocks.</p>
`;
  }
}
function* ruleTable(d, info) {
  if (d.byRule.length === 0) return;
  const categoryOf = new Map(d.file.findings.map((f) => [f.rule, f.category]));
  yield '<table class="rules">\n<thead><tr><th scope="col">Rule</th><th scope="col">Kind</th><th scope="col">Findings</th></tr></thead>\n<tbody>\n';
  for (const [rule, n] of d.byRule) {
    const category = categoryOf.get(rule);
    const href = info.ruleHref ? info.ruleHref(rule) : ruleHref(rule, info.docsBaseUrl);
    yield `<tr><td>${link(href, `<code>${escapeHtml(rule)}</code>`, "", info.ruleHref ? info.hookSchemes : void 0)}</td><td>${badge(category)}</td><td>${formatNumber(n)}</td></tr>
`;
  }
  yield "</tbody>\n</table>\n";
}
function badge(category) {
  const state = CATEGORY_STATE[category];
  const info = STATE_INFO.get(state);
  return `<span class="badge ${state}"><span aria-hidden="true">${escapeHtml(info.symbol)}</span> ${escapeHtml(CATEGORY_NAMES[category][0])}</span>`;
}
function sentence3(context, f) {
  if (!context) return `<blockquote><mark>${escapeHtml(f.text.replace(/\s+/g, " "))}</mark></blockquote>`;
  return `<blockquote>${escapeHtml(context.before)}<mark>${escapeHtml(context.flagged)}</mark>${escapeHtml(context.after)}</blockquote>`;
}
function* findingList(d, rank, info) {
  const { findings } = d.file;
  if (findings.length === 0) {
    yield '<p class="none">No findings.</p>\n';
    return;
  }
  const contexts = d.file.report?.contexts.length === findings.length ? d.file.report.contexts : void 0;
  yield '<ol class="findings">\n';
  for (let k = 0; k < findings.length; k++) {
    const f = findings[k];
    const where2 = `${f.line}:${f.column}`;
    const editor = safeHref(info.editorHref?.(d.path, f.line, f.column), info.hookSchemes);
    let out = `<li id="doc-${rank}-f-${k + 1}" class="${CATEGORY_STATE[f.category]}">
<p class="where">`;
    out += link(info.lineHref?.(d.path, f.line, f.column), `<code>${where2}</code>`, ' class="line" title="Line and column in the file"', info.hookSchemes);
    if (editor !== void 0) out += ` <a class="editor" href="${escapeHtml(editor)}" title="Open in VS Code">open in editor</a>`;
    out += ` ${badge(f.category)} <span class="severity">${escapeHtml(f.severity)}</span> <code class="rule">${escapeHtml(f.rule)}</code></p>
`;
    out += `<p class="message">${escapeHtml(f.message)}</p>
${sentence3(contexts?.[k], f)}
`;
    if (f.suggestion) out += `<p class="suggestion"><span>Could read:</span> ${escapeHtml(f.suggestion)}</p>
`;
    out += `<details><summary>Why</summary><p>${escapeHtml(f.why)}</p><p class="guideline">${escapeHtml(f.guideline)}</p></details>
</li>
`;
    yield out;
  }
  yield "</ol>\n";
}
function* documentSection(d, rank, info) {
  yield `<section class="document" id="doc-${rank}" aria-labelledby="doc-${rank}-title">
`;
  yield `<h2 id="doc-${rank}-title"><span class="rank">${rank}.</span> ${escapeHtml(d.path)}</h2>
`;
  const rate = `${formatNumber(d.unsourcedRate, 1)} per 1,000 words`;
  const attributed = d.attributed === void 0 ? "" : `; ${namingSentences(d.attributed)}`;
  yield `<p class="stats">${plural2(d.words, "word", "words")}: ${categorySentence(d.counts)} (${escapeHtml(rate)})${escapeHtml(attributed)}.</p>
`;
  yield "<h3>Sourcing map</h3>\n";
  yield* sourcingMap(d, rank);
  yield '<div class="columns">\n<div>\n<h3>Findings by rule</h3>\n';
  if (d.byRule.length === 0) yield '<p class="none">No findings.</p>\n';
  yield* ruleTable(d, info);
  yield "</div>\n<div>\n<h3>Most frequent vague phrases</h3>\n";
  yield* phraseList(d.vaguePhrases);
  yield "</div>\n</div>\n";
  yield `<h3>Findings (${formatNumber(d.file.findings.length)})</h3>
`;
  yield* findingList(d, rank, info);
  yield '<p class="top"><a href="#documents">Back to the documents</a></p>\n</section>\n';
}
function* render8(files, info) {
  const summary = summarize(files);
  yield* head(summary);
  yield "<main>\n";
  yield* header(summary, info);
  yield* documentsTable(summary);
  let rank = 0;
  for (const d of summary.documents) yield* documentSection(d, ++rank, info);
  yield "</main>\n</body>\n</html>\n";
}
var htmlReport = {
  id: "html",
  description: "one self-contained page, a sourcing map per document (the default)",
  render: render8
};

// server/src/output/report/markdown.ts
var MARKDOWN_FINDINGS = 20;
var MARKDOWN_DOCUMENTS = 30;
var TOP_PHRASES2 = 5;
var WORDS_CHARS = 80;
var WORD_JOINER = "\u2060";
function escapeMarkdown(text) {
  return text.replace(/\s+/g, " ").replace(/[@#]/g, (c) => `${c}${WORD_JOINER}`).replace(/:\/\//g, `:${WORD_JOINER}//`).replace(/w(?=ww\.)/gi, (w) => `${w}${WORD_JOINER}`).replace(/[\\`*_[\]|~]/g, (c) => `\\${c}`).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}
function codeSpan(text, inTable = false) {
  const flat = inTable ? text.replace(/\s+/g, " ").replace(/\|/g, "\\|") : text.replace(/\s+/g, " ");
  let longest = 0;
  for (const run2 of flat.match(/`+/g) ?? []) longest = Math.max(longest, run2.length);
  const fence = "`".repeat(longest + 1);
  const pad = flat.startsWith("`") || flat.endsWith("`") || flat.startsWith(" ") && flat.endsWith(" ") && flat.trim() !== "" ? " " : "";
  return `${fence}${pad}${flat}${pad}${fence}`;
}
function destination(href) {
  return href.replace(/[\s()<>"'\\`|]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, "0")}`);
}
function cut(text, max) {
  const flat = text.replace(/\s+/g, " ").trim();
  return flat.length <= max ? flat : `${flat.slice(0, max - 1)}\u2026`;
}
function where(d, line, column2, info) {
  const label = codeSpan(`${d.path}:${line}:${column2}`);
  const href = safeHref(info.lineHref?.(d.path, line));
  return href === void 0 ? label : `[${label}](${destination(href)})`;
}
function* render9(files, info) {
  const summary = summarize(files);
  const docs = summary.documents;
  yield "## Who Says: sourcing report\n\n";
  const counts = REPORT_CATEGORIES.map((c) => `${formatNumber(summary.counts[c])} ${CATEGORY_NAMES[c][summary.counts[c] === 1 ? 0 : 1]}`);
  yield `${formatNumber(docs.length)} ${docs.length === 1 ? "document" : "documents"}, ${formatNumber(summary.words)} words: **${counts[0]}**, ${counts[1]}, ${counts[2]}.

`;
  if (docs.length > 0) {
    yield "| Document | Words | Unsourced claims | Per 1,000 words | Vague sources | Style notes |\n| --- | ---: | ---: | ---: | ---: | ---: |\n";
    for (const d of docs.slice(0, MARKDOWN_DOCUMENTS)) {
      yield `| ${codeSpan(d.path, true)} | ${formatNumber(d.words)} | ${formatNumber(d.counts.unattributed)} | ${formatNumber(d.unsourcedRate, 1)} | ${formatNumber(d.counts.weasel)} | ${formatNumber(d.counts.style)} |
`;
    }
    const moreDocs = docs.length - MARKDOWN_DOCUMENTS;
    yield moreDocs > 0 ? `
${formatNumber(moreDocs)} more ${moreDocs === 1 ? "document" : "documents"} with fewer unsourced claims per 1,000 words.

` : "\n";
  }
  if (summary.vaguePhrases.length > 0) {
    const phrases = summary.vaguePhrases.slice(0, TOP_PHRASES2).map(([phrase, n]) => `${codeSpan(cut(phrase, WORDS_CHARS))} \xD7${formatNumber(n)}`);
    yield `**Most frequent vague phrases:** ${phrases.join(", ")}

`;
  }
  if (summary.findings === 0) {
    yield "No findings.\n";
    return;
  }
  yield "### Findings\n\n";
  let listed = 0;
  outer: for (const d of docs) {
    for (const f of d.file.findings) {
      if (listed === MARKDOWN_FINDINGS) break outer;
      listed++;
      yield `- ${where(d, f.line, f.column, info)} ${CATEGORY_NAMES[f.category][0]}: ${escapeMarkdown(f.message)} (${codeSpan(f.rule)})
`;
    }
  }
  const more = summary.findings - listed;
  if (more > 0) yield `
\u2026 and ${formatNumber(more)} more ${more === 1 ? "finding" : "findings"}: \`whosays report\` writes them all to one page.
`;
}
var markdownReport = {
  id: "markdown",
  description: "a short summary for a pull request",
  render: render9
};

// server/src/output/report/index.ts
var REPORT_FORMATS = [htmlReport, markdownReport];
function reportFormatById(id) {
  return REPORT_FORMATS.find((f) => f.id === id);
}

// server/src/node/cliOptions.ts
var FORMAT_LINES = FORMATS.map((f) => `  ${f.id.padEnd(25)}  ${f.description}`).join("\n");
var HELP = `Usage: whosays [options] <files or globs...>
       whosays report [options] <files or globs...>   (see whosays report --help)

Flags weasel phrases and unattributed claims in plain text, Markdown, HTML,
LaTeX and wikitext. "whosays report" writes a sourcing report instead: one
HTML page (or a Markdown summary) of every document's sources and findings.

Arguments:
  <files or globs...>        files, folders (every .md, .txt, .html, .tex and
                             .wiki file beneath them) or quoted globs such as
                             "docs/**/*.md" (node_modules and .git are skipped);
                             "-" reads standard input

Options:
  --format FORMAT            output format (default: text); see Formats below
  --quiet                    report errors only (findings at error level)
  --max-warnings N           exit 1 only when there are errors or more than N
                             warnings (default: any warning fails the run)
  --fix                      apply the fixes that keep your meaning to the files,
                             in place: markers such as [citation needed], [who?]
                             and [by whom?] in each file's own syntax, and
                             "said" for "claimed"; then report what is left.
                             With "-", print the fixed text instead of a report
  --fix-dry-run              print what --fix would change as a unified diff,
                             and write nothing; exit 1 when there is a change
  --fix-information          with --fix or --fix-dry-run: fix information-level
                             findings too (default: warnings and errors only)
  --profile default|hedging  which checks run; "hedging" also flags hedges such
                             as "may have" (default: the configuration's profile)
  --config FILE              use this configuration file instead of looking for
                             .whosays.json next to each file and in its parents
  --no-config                ignore .whosays.json files
  --language ID              lint every input as this language: plaintext,
                             markdown, html, latex or wikitext (default: from the
                             file extension)
  --stdin-filename NAME      file name for "-", to pick its language and
                             configuration (default language: plaintext)
  --docs-base-url URL        where the rule pages are, for the formats that link
                             them (sarif, rdjsonl): URL + the rule's page, such as
                             https://example.org/whosays/docs/rules/ (default:
                             the pages shipped with Who Says, as file: links)
  --max-file-size SIZE       refuse inputs larger than SIZE: bytes, or a number
                             with kB, MB or GB (1000s) or KiB, MiB or GiB (1024s),
                             such as 20MB (default: 50MB; at most 500MB)
  -j, --jobs N               lint on N threads (default: one per core, for files
                             of 4MB or more in all per thread); --jobs 1 lints
                             on one thread
  --no-progress              no progress line; it is shown only when standard
                             error is a terminal, for 100 files or more or a
                             run longer than a second
  -h, --help                 show this help and exit
  -v, --version              print the version and exit

Only regular files are read: a device, FIFO or socket (or a link to one) is a
file error, and so is an input over --max-file-size or a .whosays.json over 1MB.

--fix never removes or rewrites your words and adds no ignore comments. It
replaces each file whole (a temporary file beside it, renamed over it): a file
is either as it was or fully fixed, even if the run is killed. It keeps the
byte-order mark, line breaks, mode, owner and group, and writes through a
symbolic link to its file. A file changed on disk since it was read, a file
with several hard links, a read-only file and a folder where no temporary file
can be made are file errors, and such a file is left as it is. --fix-dry-run
takes no --format, --quiet or --max-warnings; --fix with "-" takes no other
input, and no --format but text (the fixed text goes to standard output, the
summary to standard error).

Formats:
${FORMAT_LINES}
Every format but text prints the summary line on standard error, so that
standard output holds only the format.

Exit status: 0 no warnings or errors (or no more than --max-warnings), 1
warnings or errors found (after --fix: left), 2 usage, file or configuration
error (no report then; files that --fix had already fixed stay fixed). With
--fix-dry-run: 0 nothing to change, 1 changes shown, 2 an error.
`;
var PROFILES2 = ["default", "hedging"];
var MAX_JOBS = 1024;
var OPTION_SPEC = {
  format: { type: "string" },
  output: { type: "string", short: "o" },
  "link-base": { type: "string" },
  "docs-base-url": { type: "string" },
  quiet: { type: "boolean" },
  "max-warnings": { type: "string" },
  profile: { type: "string" },
  config: { type: "string" },
  "no-config": { type: "boolean" },
  language: { type: "string" },
  "stdin-filename": { type: "string" },
  "max-file-size": { type: "string" },
  jobs: { type: "string", short: "j" },
  "no-progress": { type: "boolean" },
  fix: { type: "boolean" },
  "fix-dry-run": { type: "boolean" },
  "fix-information": { type: "boolean" },
  help: { type: "boolean", short: "h" },
  version: { type: "boolean", short: "v" }
};
var ONLY_FOR = {
  quiet: "lint",
  "max-warnings": "lint",
  fix: "lint",
  "fix-dry-run": "lint",
  "fix-information": "lint",
  version: "lint",
  output: "report",
  "link-base": "report"
};
function parseOptions(args, command2 = "lint") {
  const { tokens } = (0, import_node_util.parseArgs)({ args, options: OPTION_SPEC, strict: false, allowPositionals: true, tokens: true });
  const options = {
    command: command2,
    format: command2 === "report" ? "html" : "text",
    quiet: false,
    noConfig: false,
    maxFileSize: DEFAULT_MAX_FILE_BYTES,
    progress: true,
    fix: false,
    fixDryRun: false,
    fixInformation: false,
    help: false,
    version: false,
    inputs: []
  };
  const seeHelp = command2 === "report" ? "whosays report --help" : "whosays --help";
  for (const token of tokens) {
    if (token.kind === "positional") {
      options.inputs.push(token.value);
      continue;
    }
    if (token.kind !== "option") continue;
    const name = token.name;
    if (!Object.hasOwn(OPTION_SPEC, name)) {
      throw new Failure(`unknown option "${token.rawName}" (see ${seeHelp})`);
    }
    const only = ONLY_FOR[name];
    if (only !== void 0 && only !== command2) {
      throw new Failure(only === "report" ? `option ${token.rawName} is for whosays report (see whosays report --help)` : `option ${token.rawName} is not an option of whosays report (see whosays report --help)`);
    }
    const spec = OPTION_SPEC[name];
    if (spec.type === "boolean") {
      if (token.value !== void 0) throw new Failure(`option ${token.rawName} takes no value`);
      if (name === "help") options.help = true;
      else if (name === "version") options.version = true;
      else if (name === "no-config") options.noConfig = true;
      else if (name === "no-progress") options.progress = false;
      else if (name === "quiet") options.quiet = true;
      else if (name === "fix") options.fix = true;
      else if (name === "fix-dry-run") options.fixDryRun = true;
      else if (name === "fix-information") options.fixInformation = true;
      continue;
    }
    const value = token.value;
    if (value === void 0 || !token.inlineValue && value.startsWith("-") && value !== "-") {
      throw new Failure(`option ${token.rawName} needs a value`);
    }
    switch (name) {
      case "format":
        options.format = oneOf(value, (command2 === "report" ? REPORT_FORMATS : FORMATS).map((f) => f.id), "--format");
        break;
      case "output":
        if (value === "") throw new Failure(`option ${token.rawName} needs a file name ("-" for standard output)`);
        options.output = value;
        break;
      case "link-base":
        options.linkBase = parseFolderUrl(value, "--link-base", "https://github.com/OWNER/REPO/blob/COMMIT/");
        break;
      case "docs-base-url":
        options.docsBaseUrl = parseFolderUrl(value, "--docs-base-url", "https://example.org/whosays/docs/rules/");
        break;
      case "max-warnings":
        options.maxWarnings = parseMaxWarnings(value);
        break;
      case "profile":
        options.profile = oneOf(value, PROFILES2, "--profile");
        break;
      case "config":
        if (value === "") throw new Failure("option --config needs a file name");
        options.config = value;
        break;
      case "language":
        options.language = parseLanguage(value);
        break;
      case "stdin-filename":
        if (value === "") throw new Failure("option --stdin-filename needs a file name");
        options.stdinFilename = value;
        break;
      case "max-file-size":
        options.maxFileSize = parseMaxFileSize(value);
        break;
      case "jobs":
        options.jobs = parseJobs(value);
        break;
    }
  }
  return options;
}
function oneOf(value, allowed2, option) {
  if (allowed2.includes(value)) return value;
  const quoted = allowed2.map((a) => `"${a}"`);
  const choices = quoted.length > 1 ? `${quoted.slice(0, -1).join(", ")} or ${quoted[quoted.length - 1]}` : quoted.join("");
  throw new Failure(`invalid value "${value}" for ${option}; expected ${choices}`);
}
function parseMaxFileSize(value) {
  const bytes = parseByteSize(value);
  if (bytes === void 0) {
    throw new Failure(`invalid value "${value}" for --max-file-size; expected a size such as 20MB, 512KiB or 1000000 (bytes)`);
  }
  if (bytes < 1) throw new Failure(`invalid value "${value}" for --max-file-size; it must be at least 1 byte`);
  if (bytes > MAX_FILE_BYTES_LIMIT) {
    throw new Failure(`invalid value "${value}" for --max-file-size; the largest is ${formatBytes(MAX_FILE_BYTES_LIMIT)}`);
  }
  return bytes;
}
function parseMaxWarnings(value) {
  const count = /^\d+$/.test(value) ? Number(value) : NaN;
  if (!Number.isSafeInteger(count)) throw new Failure(`invalid value "${value}" for --max-warnings; expected a number of warnings (0 or more)`);
  return count;
}
function parseJobs(value) {
  const jobs = /^\d+$/.test(value) ? Number(value) : NaN;
  if (!(jobs >= 1 && jobs <= MAX_JOBS)) {
    throw new Failure(`invalid value "${value}" for --jobs; expected a number of threads from 1 to ${MAX_JOBS}`);
  }
  return jobs;
}
function parseLanguage(value) {
  const id = value.toLowerCase().replace(/^\./, "");
  const language = languageFromId(id);
  if (language === "plaintext" && id !== "plaintext" && id !== "txt" && id !== "text") {
    throw new Failure(`invalid value "${value}" for --language; expected plaintext, markdown, html, latex or wikitext`);
  }
  return language;
}
function parseFolderUrl(value, option, example) {
  let url;
  try {
    url = new URL(value);
  } catch {
    throw new Failure(`invalid value "${value}" for ${option}; expected an address such as ${example}`);
  }
  if (url.protocol !== "https:" && url.protocol !== "http:" && url.protocol !== "file:") {
    throw new Failure(`invalid value "${value}" for ${option}; expected an https:, http: or file: address`);
  }
  if (url.search || url.hash) throw new Failure(`invalid value "${value}" for ${option}; the address must have no query (?) or fragment (#)`);
  return url.href.endsWith("/") ? url.href : `${url.href}/`;
}

// server/src/node/cliReport.ts
var import_node_fs5 = require("node:fs");
var path6 = __toESM(require("node:path"));
var FORMAT_LINES2 = REPORT_FORMATS.map((f) => `  ${f.id.padEnd(25)}  ${f.description}`).join("\n");
var DEFAULT_HTML_OUTPUT = "whosays-report.html";
var REPORT_HELP = `Usage: whosays report [options] <files or globs...>

Writes a sourcing report of the documents: one self-contained HTML page (no
network, no scripts) that an editor can read in a minute, or a short Markdown
summary for a pull request. The page has one row per document, sorted by
unsourced claims per 1,000 words, and per document a sourcing map (a square per
paragraph: unsourced claims, vague sources, style notes, sentences that name
their source), the counts per rule, the most frequent vague phrases, and every
finding with its sentence, its explanation and a link to its line.

Arguments:
  <files or globs...>        files, folders (every .md, .txt, .html, .tex and
                             .wiki file beneath them) or quoted globs; "-" reads
                             standard input

Options:
  -o, --output FILE          write the report to FILE, "-" for standard output
                             (default: ${DEFAULT_HTML_OUTPUT} for html, standard
                             output for markdown)
  --format FORMAT            html (default) or markdown; see Formats below
  --link-base URL            link each finding to URL followed by the file's path
                             and #L<line>, such as
                             https://github.com/OWNER/REPO/blob/COMMIT/ (default:
                             the page links to the files relative to itself; the
                             Markdown summary names lines without links)
  --docs-base-url URL        link rule names to URL + the rule's page, such as
                             https://example.org/whosays/docs/rules/ (default:
                             the pages shipped with Who Says, as file: links)
  --profile default|hedging  which checks run (default: the configuration's)
  --config FILE              use this configuration file
  --no-config                ignore .whosays.json files
  --language ID              read every input as plaintext, markdown, html,
                             latex or wikitext (default: from the extension)
  --stdin-filename NAME      file name for "-", for its language and configuration
  --max-file-size SIZE       refuse inputs larger than SIZE (default: 50MB)
  -j, --jobs N               lint on N threads (default: as whosays does)
  --no-progress              no progress line on standard error
  -h, --help                 show this help and exit

Formats:
${FORMAT_LINES2}

"report" comes first; the options follow it. The summary line goes to standard
error. Exit status: 0 the report was written (whatever it found), 2 usage, file
or configuration error (nothing is written).
`;
function writeReport(results, run2) {
  const format2 = reportFormatById(run2.format);
  const output = run2.output ?? (format2.id === "html" ? DEFAULT_HTML_OUTPUT : "-");
  const toFile = output !== "-";
  const target = toFile ? path6.resolve(run2.cwd, output) : void 0;
  const info = linksFor(results, run2, target === void 0 ? run2.cwd : path6.dirname(target), format2.id === "html");
  const pieces = format2.render(results, info);
  const summary = summaryLine(tally(results));
  if (target === void 0) return { stdout: pieces, exitCode: 0, stderr: `whosays: ${escapeForTerminal(summary)}
` };
  writeAtomically(target, output, pieces);
  return { stdout: [], exitCode: 0, stderr: `whosays: ${escapeForTerminal(`${summary}; report written to ${output}`)}
` };
}
function linksFor(results, run2, reportDir, page) {
  const files = /* @__PURE__ */ new Map();
  for (const r of results) if (r.path !== STDIN_NAME) files.set(r.path, path6.resolve(run2.cwd, r.path));
  const urlPath = (file) => encodePath(file.split(path6.sep).join("/"));
  const info = {
    version: run2.version,
    ...page && run2.docsBaseUrl !== void 0 ? { docsBaseUrl: run2.docsBaseUrl } : {},
    generatedAt: `${madeAt().toISOString().slice(0, 16).replace("T", " ")} UTC`
  };
  if (run2.linkBase !== void 0) {
    const base = run2.linkBase;
    info.lineHref = (file, line) => {
      const absolute = files.get(file);
      if (absolute === void 0) return void 0;
      const relative4 = path6.relative(run2.cwd, absolute);
      if (relative4.startsWith("..") || path6.isAbsolute(relative4)) return void 0;
      return `${base}${urlPath(relative4)}#L${line}`;
    };
  } else if (page) {
    info.lineHref = (file, line) => {
      const absolute = files.get(file);
      if (absolute === void 0) return void 0;
      const relative4 = urlPath(path6.relative(reportDir, absolute));
      return `${relative4.startsWith(".") ? "" : "./"}${relative4}#L${line}`;
    };
  }
  return info;
}
function madeAt() {
  const epoch = process.env.SOURCE_DATE_EPOCH;
  return epoch !== void 0 && /^\d+$/.test(epoch) ? new Date(Number(epoch) * 1e3) : /* @__PURE__ */ new Date();
}
function writeAtomically(target, shown, pieces) {
  let existing;
  try {
    existing = (0, import_node_fs5.statSync)(target);
  } catch {
    existing = void 0;
  }
  if (existing?.isDirectory()) throw new Failure(`${shown}: is a directory; give the report a file name (-o FILE)`);
  const temporary = path6.join(path6.dirname(target), `.${path6.basename(target)}.${process.pid}.tmp`);
  let fd;
  try {
    (0, import_node_fs5.mkdirSync)(path6.dirname(target), { recursive: true });
    fd = (0, import_node_fs5.openSync)(temporary, "w");
  } catch (error2) {
    throw new Failure(`${shown}: cannot write the report (${error2.code ?? String(error2)})`);
  }
  try {
    for (const chunk of chunked(pieces)) (0, import_node_fs5.writeSync)(fd, chunk);
    (0, import_node_fs5.closeSync)(fd);
    (0, import_node_fs5.renameSync)(temporary, target);
  } catch (error2) {
    try {
      (0, import_node_fs5.closeSync)(fd);
    } catch {
    }
    (0, import_node_fs5.rmSync)(temporary, { force: true });
    throw new Failure(`${shown}: cannot write the report (${error2.code ?? String(error2)})`);
  }
}

// node_modules/tinyglobby/dist/index.mjs
var dist_exports = {};
__export(dist_exports, {
  convertPathToPattern: () => convertPathToPattern,
  escapePath: () => escapePath,
  glob: () => glob,
  globSync: () => globSync,
  isDynamicPattern: () => isDynamicPattern
});
var import_fs = require("fs");
var import_path2 = require("path");
var import_url = require("url");

// node_modules/fdir/dist/index.mjs
var import_module = require("module");
var import_path = require("path");
var nativeFs = __toESM(require("fs"), 1);
var __require = /* @__PURE__ */ (0, import_module.createRequire)(__importMetaUrl);
function cleanPath(path8) {
  let normalized = (0, import_path.normalize)(path8);
  if (normalized.length > 1 && normalized[normalized.length - 1] === import_path.sep) normalized = normalized.substring(0, normalized.length - 1);
  return normalized;
}
var SLASHES_REGEX = /[\\/]/g;
function convertSlashes(path8, separator) {
  return path8.replace(SLASHES_REGEX, separator);
}
var WINDOWS_ROOT_DIR_REGEX = /^[a-z]:[\\/]$/i;
function isRootDirectory(path8) {
  return path8 === "/" || WINDOWS_ROOT_DIR_REGEX.test(path8);
}
function normalizePath(path8, options) {
  const { resolvePaths, normalizePath: normalizePath$1, pathSeparator } = options;
  const pathNeedsCleaning = process.platform === "win32" && path8.includes("/") || path8.startsWith(".");
  if (resolvePaths) path8 = (0, import_path.resolve)(path8);
  if (normalizePath$1 || pathNeedsCleaning) path8 = cleanPath(path8);
  if (path8 === ".") return "";
  const needsSeperator = path8[path8.length - 1] !== pathSeparator;
  return convertSlashes(needsSeperator ? path8 + pathSeparator : path8, pathSeparator);
}
function joinPathWithBasePath(filename, directoryPath) {
  return directoryPath + filename;
}
function joinPathWithRelativePath(root, options) {
  return function(filename, directoryPath) {
    const sameRoot = directoryPath.startsWith(root);
    if (sameRoot) return directoryPath.slice(root.length) + filename;
    else return convertSlashes((0, import_path.relative)(root, directoryPath), options.pathSeparator) + options.pathSeparator + filename;
  };
}
function joinPath(filename) {
  return filename;
}
function joinDirectoryPath(filename, directoryPath, separator) {
  return directoryPath + filename + separator;
}
function build$7(root, options) {
  const { relativePaths, includeBasePath } = options;
  return relativePaths && root ? joinPathWithRelativePath(root, options) : includeBasePath ? joinPathWithBasePath : joinPath;
}
function pushDirectoryWithRelativePath(root) {
  return function(directoryPath, paths) {
    paths.push(directoryPath.substring(root.length) || ".");
  };
}
function pushDirectoryFilterWithRelativePath(root) {
  return function(directoryPath, paths, filters) {
    const relativePath = directoryPath.substring(root.length) || ".";
    if (filters.every((filter) => filter(relativePath, true))) paths.push(relativePath);
  };
}
var pushDirectory = (directoryPath, paths) => {
  paths.push(directoryPath || ".");
};
var pushDirectoryFilter = (directoryPath, paths, filters) => {
  const path8 = directoryPath || ".";
  if (filters.every((filter) => filter(path8, true))) paths.push(path8);
};
var empty$2 = () => {
};
function build$6(root, options) {
  const { includeDirs, filters, relativePaths } = options;
  if (!includeDirs) return empty$2;
  if (relativePaths) return filters && filters.length ? pushDirectoryFilterWithRelativePath(root) : pushDirectoryWithRelativePath(root);
  return filters && filters.length ? pushDirectoryFilter : pushDirectory;
}
var pushFileFilterAndCount = (filename, _paths, counts, filters) => {
  if (filters.every((filter) => filter(filename, false))) counts.files++;
};
var pushFileFilter = (filename, paths, _counts, filters) => {
  if (filters.every((filter) => filter(filename, false))) paths.push(filename);
};
var pushFileCount = (_filename, _paths, counts, _filters) => {
  counts.files++;
};
var pushFile = (filename, paths) => {
  paths.push(filename);
};
var empty$1 = () => {
};
function build$5(options) {
  const { excludeFiles, filters, onlyCounts } = options;
  if (excludeFiles) return empty$1;
  if (filters && filters.length) return onlyCounts ? pushFileFilterAndCount : pushFileFilter;
  else if (onlyCounts) return pushFileCount;
  else return pushFile;
}
var getArray = (paths) => {
  return paths;
};
var getArrayGroup = () => {
  return [""].slice(0, 0);
};
function build$4(options) {
  return options.group ? getArrayGroup : getArray;
}
var groupFiles = (groups, directory, files) => {
  groups.push({
    directory,
    files,
    dir: directory
  });
};
var empty = () => {
};
function build$3(options) {
  return options.group ? groupFiles : empty;
}
var resolveSymlinksAsync = function(path8, state, callback$1) {
  const { queue, fs, options: { suppressErrors } } = state;
  queue.enqueue();
  fs.realpath(path8, (error2, resolvedPath) => {
    if (error2) return queue.dequeue(suppressErrors ? null : error2, state);
    fs.stat(resolvedPath, (error$1, stat2) => {
      if (error$1) return queue.dequeue(suppressErrors ? null : error$1, state);
      if (stat2.isDirectory() && isRecursive(path8, resolvedPath, state)) return queue.dequeue(null, state);
      callback$1(stat2, resolvedPath);
      queue.dequeue(null, state);
    });
  });
};
var resolveSymlinks = function(path8, state, callback$1) {
  const { queue, fs, options: { suppressErrors } } = state;
  queue.enqueue();
  try {
    const resolvedPath = fs.realpathSync(path8);
    const stat2 = fs.statSync(resolvedPath);
    if (stat2.isDirectory() && isRecursive(path8, resolvedPath, state)) return;
    callback$1(stat2, resolvedPath);
  } catch (e) {
    if (!suppressErrors) throw e;
  }
};
function build$2(options, isSynchronous) {
  if (!options.resolveSymlinks || options.excludeSymlinks) return null;
  return isSynchronous ? resolveSymlinks : resolveSymlinksAsync;
}
function isRecursive(path8, resolved, state) {
  if (state.options.useRealPaths) return isRecursiveUsingRealPaths(resolved, state);
  let parent = (0, import_path.dirname)(path8);
  let depth = 1;
  while (parent !== state.root && depth < 2) {
    const resolvedPath = state.symlinks.get(parent);
    const isSameRoot = !!resolvedPath && (resolvedPath === resolved || resolvedPath.startsWith(resolved) || resolved.startsWith(resolvedPath));
    if (isSameRoot) depth++;
    else parent = (0, import_path.dirname)(parent);
  }
  state.symlinks.set(path8, resolved);
  return depth > 1;
}
function isRecursiveUsingRealPaths(resolved, state) {
  return state.visited.includes(resolved + state.options.pathSeparator);
}
var onlyCountsSync = (state) => {
  return state.counts;
};
var groupsSync = (state) => {
  return state.groups;
};
var defaultSync = (state) => {
  return state.paths;
};
var limitFilesSync = (state) => {
  return state.paths.slice(0, state.options.maxFiles);
};
var onlyCountsAsync = (state, error2, callback$1) => {
  report(error2, callback$1, state.counts, state.options.suppressErrors);
  return null;
};
var defaultAsync = (state, error2, callback$1) => {
  report(error2, callback$1, state.paths, state.options.suppressErrors);
  return null;
};
var limitFilesAsync = (state, error2, callback$1) => {
  report(error2, callback$1, state.paths.slice(0, state.options.maxFiles), state.options.suppressErrors);
  return null;
};
var groupsAsync = (state, error2, callback$1) => {
  report(error2, callback$1, state.groups, state.options.suppressErrors);
  return null;
};
function report(error2, callback$1, output, suppressErrors) {
  if (error2 && !suppressErrors) callback$1(error2, output);
  else callback$1(null, output);
}
function build$1(options, isSynchronous) {
  const { onlyCounts, group, maxFiles } = options;
  if (onlyCounts) return isSynchronous ? onlyCountsSync : onlyCountsAsync;
  else if (group) return isSynchronous ? groupsSync : groupsAsync;
  else if (maxFiles) return isSynchronous ? limitFilesSync : limitFilesAsync;
  else return isSynchronous ? defaultSync : defaultAsync;
}
var readdirOpts = { withFileTypes: true };
var walkAsync = (state, crawlPath, directoryPath, currentDepth, callback$1) => {
  state.queue.enqueue();
  if (currentDepth < 0) return state.queue.dequeue(null, state);
  const { fs } = state;
  state.visited.push(crawlPath);
  state.counts.directories++;
  fs.readdir(crawlPath || ".", readdirOpts, (error2, entries = []) => {
    callback$1(entries, directoryPath, currentDepth);
    state.queue.dequeue(state.options.suppressErrors ? null : error2, state);
  });
};
var walkSync = (state, crawlPath, directoryPath, currentDepth, callback$1) => {
  const { fs } = state;
  if (currentDepth < 0) return;
  state.visited.push(crawlPath);
  state.counts.directories++;
  let entries = [];
  try {
    entries = fs.readdirSync(crawlPath || ".", readdirOpts);
  } catch (e) {
    if (!state.options.suppressErrors) throw e;
  }
  callback$1(entries, directoryPath, currentDepth);
};
function build(isSynchronous) {
  return isSynchronous ? walkSync : walkAsync;
}
var Queue = class {
  count = 0;
  constructor(onQueueEmpty) {
    this.onQueueEmpty = onQueueEmpty;
  }
  enqueue() {
    this.count++;
    return this.count;
  }
  dequeue(error2, output) {
    if (this.onQueueEmpty && (--this.count <= 0 || error2)) {
      this.onQueueEmpty(error2, output);
      if (error2) {
        output.controller.abort();
        this.onQueueEmpty = void 0;
      }
    }
  }
};
var Counter = class {
  _files = 0;
  _directories = 0;
  set files(num) {
    this._files = num;
  }
  get files() {
    return this._files;
  }
  set directories(num) {
    this._directories = num;
  }
  get directories() {
    return this._directories;
  }
  /**
  * @deprecated use `directories` instead
  */
  /* c8 ignore next 3 */
  get dirs() {
    return this._directories;
  }
};
var Aborter = class {
  aborted = false;
  abort() {
    this.aborted = true;
  }
};
var Walker = class {
  root;
  isSynchronous;
  state;
  joinPath;
  pushDirectory;
  pushFile;
  getArray;
  groupFiles;
  resolveSymlink;
  walkDirectory;
  callbackInvoker;
  constructor(root, options, callback$1) {
    this.isSynchronous = !callback$1;
    this.callbackInvoker = build$1(options, this.isSynchronous);
    this.root = normalizePath(root, options);
    this.state = {
      root: isRootDirectory(this.root) ? this.root : this.root.slice(0, -1),
      paths: [""].slice(0, 0),
      groups: [],
      counts: new Counter(),
      options,
      queue: new Queue((error2, state) => this.callbackInvoker(state, error2, callback$1)),
      symlinks: /* @__PURE__ */ new Map(),
      visited: [""].slice(0, 0),
      controller: new Aborter(),
      fs: options.fs || nativeFs
    };
    this.joinPath = build$7(this.root, options);
    this.pushDirectory = build$6(this.root, options);
    this.pushFile = build$5(options);
    this.getArray = build$4(options);
    this.groupFiles = build$3(options);
    this.resolveSymlink = build$2(options, this.isSynchronous);
    this.walkDirectory = build(this.isSynchronous);
  }
  start() {
    this.pushDirectory(this.root, this.state.paths, this.state.options.filters);
    this.walkDirectory(this.state, this.root, this.root, this.state.options.maxDepth, this.walk);
    return this.isSynchronous ? this.callbackInvoker(this.state, null) : null;
  }
  walk = (entries, directoryPath, depth) => {
    const { paths, options: { filters, resolveSymlinks: resolveSymlinks$1, excludeSymlinks, exclude, maxFiles, signal, useRealPaths, pathSeparator }, controller } = this.state;
    if (controller.aborted || signal && signal.aborted || maxFiles && paths.length > maxFiles) return;
    const files = this.getArray(this.state.paths);
    for (let i = 0; i < entries.length; ++i) {
      const entry = entries[i];
      if (entry.isFile() || entry.isSymbolicLink() && !resolveSymlinks$1 && !excludeSymlinks) {
        const filename = this.joinPath(entry.name, directoryPath);
        this.pushFile(filename, files, this.state.counts, filters);
      } else if (entry.isDirectory()) {
        let path8 = joinDirectoryPath(entry.name, directoryPath, this.state.options.pathSeparator);
        if (exclude && exclude(entry.name, path8)) continue;
        this.pushDirectory(path8, paths, filters);
        this.walkDirectory(this.state, path8, path8, depth - 1, this.walk);
      } else if (this.resolveSymlink && entry.isSymbolicLink()) {
        let path8 = joinPathWithBasePath(entry.name, directoryPath);
        this.resolveSymlink(path8, this.state, (stat2, resolvedPath) => {
          if (stat2.isDirectory()) {
            resolvedPath = normalizePath(resolvedPath, this.state.options);
            if (exclude && exclude(entry.name, useRealPaths ? resolvedPath : path8 + pathSeparator)) return;
            this.walkDirectory(this.state, resolvedPath, useRealPaths ? resolvedPath : path8 + pathSeparator, depth - 1, this.walk);
          } else {
            resolvedPath = useRealPaths ? resolvedPath : path8;
            const filename = (0, import_path.basename)(resolvedPath);
            const directoryPath$1 = normalizePath((0, import_path.dirname)(resolvedPath), this.state.options);
            resolvedPath = this.joinPath(filename, directoryPath$1);
            this.pushFile(resolvedPath, files, this.state.counts, filters);
          }
        });
      }
    }
    this.groupFiles(this.state.groups, directoryPath, files);
  };
};
function promise(root, options) {
  return new Promise((resolve$1, reject) => {
    callback(root, options, (err, output) => {
      if (err) return reject(err);
      resolve$1(output);
    });
  });
}
function callback(root, options, callback$1) {
  let walker = new Walker(root, options, callback$1);
  walker.start();
}
function sync(root, options) {
  const walker = new Walker(root, options);
  return walker.start();
}
var APIBuilder = class {
  constructor(root, options) {
    this.root = root;
    this.options = options;
  }
  withPromise() {
    return promise(this.root, this.options);
  }
  withCallback(cb) {
    callback(this.root, this.options, cb);
  }
  sync() {
    return sync(this.root, this.options);
  }
};
var pm = null;
try {
  __require.resolve("picomatch");
  pm = __require("picomatch");
} catch {
}
var Builder = class {
  globCache = {};
  options = {
    maxDepth: Infinity,
    suppressErrors: true,
    pathSeparator: import_path.sep,
    filters: []
  };
  globFunction;
  constructor(options) {
    this.options = {
      ...this.options,
      ...options
    };
    this.globFunction = this.options.globFunction;
  }
  group() {
    this.options.group = true;
    return this;
  }
  withPathSeparator(separator) {
    this.options.pathSeparator = separator;
    return this;
  }
  withBasePath() {
    this.options.includeBasePath = true;
    return this;
  }
  withRelativePaths() {
    this.options.relativePaths = true;
    return this;
  }
  withDirs() {
    this.options.includeDirs = true;
    return this;
  }
  withMaxDepth(depth) {
    this.options.maxDepth = depth;
    return this;
  }
  withMaxFiles(limit) {
    this.options.maxFiles = limit;
    return this;
  }
  withFullPaths() {
    this.options.resolvePaths = true;
    this.options.includeBasePath = true;
    return this;
  }
  withErrors() {
    this.options.suppressErrors = false;
    return this;
  }
  withSymlinks({ resolvePaths = true } = {}) {
    this.options.resolveSymlinks = true;
    this.options.useRealPaths = resolvePaths;
    return this.withFullPaths();
  }
  withAbortSignal(signal) {
    this.options.signal = signal;
    return this;
  }
  normalize() {
    this.options.normalizePath = true;
    return this;
  }
  filter(predicate) {
    this.options.filters.push(predicate);
    return this;
  }
  onlyDirs() {
    this.options.excludeFiles = true;
    this.options.includeDirs = true;
    return this;
  }
  exclude(predicate) {
    this.options.exclude = predicate;
    return this;
  }
  onlyCounts() {
    this.options.onlyCounts = true;
    return this;
  }
  crawl(root) {
    return new APIBuilder(root || ".", this.options);
  }
  withGlobFunction(fn) {
    this.globFunction = fn;
    return this;
  }
  /**
  * @deprecated Pass options using the constructor instead:
  * ```ts
  * new fdir(options).crawl("/path/to/root");
  * ```
  * This method will be removed in v7.0
  */
  /* c8 ignore next 4 */
  crawlWithOptions(root, options) {
    this.options = {
      ...this.options,
      ...options
    };
    return new APIBuilder(root || ".", this.options);
  }
  glob(...patterns) {
    if (this.globFunction) return this.globWithOptions(patterns);
    return this.globWithOptions(patterns, ...[{ dot: true }]);
  }
  globWithOptions(patterns, ...options) {
    const globFn = this.globFunction || pm;
    if (!globFn) throw new Error("Please specify a glob function to use glob matching.");
    var isMatch = this.globCache[patterns.join("\0")];
    if (!isMatch) {
      isMatch = globFn(patterns, ...options);
      this.globCache[patterns.join("\0")] = isMatch;
    }
    this.options.filters.push((path8) => isMatch(path8));
    return this;
  }
};

// node_modules/tinyglobby/dist/index.mjs
var import_picomatch = __toESM(require_picomatch2(), 1);
var isReadonlyArray = Array.isArray;
var BACKSLASHES = /\\/g;
var DRIVE_RELATIVE_PATH = /^[A-Za-z]:$/;
var isWin = process.platform === "win32";
var ONLY_PARENT_DIRECTORIES = /^(\/?\.\.)+$/;
function getPartialMatcher(patterns, options = {}) {
  const patternsCount = patterns.length;
  const patternsParts = Array(patternsCount);
  const matchers = Array(patternsCount);
  let i, j;
  for (i = 0; i < patternsCount; i++) {
    const parts = splitPattern(patterns[i]);
    patternsParts[i] = parts;
    const partsCount = parts.length;
    const partMatchers = Array(partsCount);
    for (j = 0; j < partsCount; j++) partMatchers[j] = (0, import_picomatch.default)(parts[j], options);
    matchers[i] = partMatchers;
  }
  return (input) => {
    const inputParts = input.split("/");
    if (inputParts[0] === ".." && ONLY_PARENT_DIRECTORIES.test(input)) return true;
    for (i = 0; i < patternsCount; i++) {
      const patternParts = patternsParts[i];
      const matcher = matchers[i];
      const inputPatternCount = inputParts.length;
      const minParts = Math.min(inputPatternCount, patternParts.length);
      j = 0;
      while (j < minParts) {
        const part = patternParts[j];
        if (part.includes("/")) return true;
        if (!matcher[j](inputParts[j])) break;
        if (!options.noglobstar && part === "**") return true;
        j++;
      }
      if (j === inputPatternCount) return true;
    }
    return false;
  };
}
var WIN32_ROOT_DIR = /^[A-Z]:\/$/i;
var isRoot = isWin ? (p) => WIN32_ROOT_DIR.test(p) : (p) => p === "/";
function buildFormat(cwd, root, absolute) {
  if (cwd === root || root.startsWith(`${cwd}/`)) {
    if (absolute) {
      const start = cwd.length + +!isRoot(cwd);
      return (p, isDir) => p.slice(start, isDir ? -1 : void 0) || ".";
    }
    const prefix = root.slice(cwd.length + 1);
    if (prefix) return (p, isDir) => {
      if (p === ".") return prefix;
      const result = `${prefix}/${p}`;
      return isDir ? result.slice(0, -1) : result;
    };
    return (p, isDir) => isDir && p !== "." ? p.slice(0, -1) : p;
  }
  if (absolute) return (p) => import_path2.posix.relative(cwd, p) || ".";
  return (p) => import_path2.posix.relative(cwd, `${root}/${p}`) || ".";
}
function buildRelative(cwd, root) {
  if (root.startsWith(`${cwd}/`)) {
    const prefix = root.slice(cwd.length + 1);
    return (p) => `${prefix}/${p}`;
  }
  return (p) => {
    const result = import_path2.posix.relative(cwd, `${root}/${p}`);
    return p[p.length - 1] === "/" && result !== "" ? `${result}/` : result || ".";
  };
}
function ensureNonDriveRelativePath(path8) {
  return path8.replace(DRIVE_RELATIVE_PATH, (match) => `${match}/`);
}
var splitPatternOptions = { parts: true };
function splitPattern(path8) {
  var _result$parts;
  const result = import_picomatch.default.scan(path8, splitPatternOptions);
  return ((_result$parts = result.parts) === null || _result$parts === void 0 ? void 0 : _result$parts.length) ? result.parts : [path8];
}
var ESCAPED_WIN32_BACKSLASHES = /\\(?![()[\]{}!+@])/g;
function convertPosixPathToPattern(path8) {
  return escapePosixPath(path8);
}
function convertWin32PathToPattern(path8) {
  return escapeWin32Path(path8).replace(ESCAPED_WIN32_BACKSLASHES, "/");
}
var convertPathToPattern = isWin ? convertWin32PathToPattern : convertPosixPathToPattern;
var POSIX_UNESCAPED_GLOB_SYMBOLS = /(?<!\\)([()[\]{}*?|]|^!|[!+@](?=\()|\\(?![()[\]{}!*+?@|]))/g;
var WIN32_UNESCAPED_GLOB_SYMBOLS = /(?<!\\)([()[\]{}]|^!|[!+@](?=\())/g;
var escapePosixPath = (path8) => path8.replace(POSIX_UNESCAPED_GLOB_SYMBOLS, "\\$&");
var escapeWin32Path = (path8) => path8.replace(WIN32_UNESCAPED_GLOB_SYMBOLS, "\\$&");
var escapePath = isWin ? escapeWin32Path : escapePosixPath;
function isDynamicPattern(pattern, options) {
  if ((options === null || options === void 0 ? void 0 : options.caseSensitiveMatch) === false) return true;
  const scan = import_picomatch.default.scan(pattern);
  return scan.isGlob || scan.negated;
}
function log(...tasks) {
  console.log(`[tinyglobby ${(/* @__PURE__ */ new Date()).toLocaleTimeString("es")}]`, ...tasks);
}
function ensureStringArray(value) {
  return typeof value === "string" ? [value] : value !== null && value !== void 0 ? value : [];
}
var PARENT_DIRECTORY = /^(\/?\.\.)+/;
var ESCAPING_BACKSLASHES = /\\(?=[()[\]{}!*+?@|])/g;
function normalizePattern(pattern, opts, props, isIgnore) {
  var _PARENT_DIRECTORY$exe;
  const cwd = opts.cwd;
  let result = pattern;
  if (pattern[pattern.length - 1] === "/") result = pattern.slice(0, -1);
  if (result[result.length - 1] !== "*" && opts.expandDirectories) result += "/**";
  const escapedCwd = escapePath(cwd);
  result = (0, import_path2.isAbsolute)(result.replace(ESCAPING_BACKSLASHES, "")) ? import_path2.posix.relative(escapedCwd, result) : import_path2.posix.normalize(result);
  const parentDir = (_PARENT_DIRECTORY$exe = PARENT_DIRECTORY.exec(result)) === null || _PARENT_DIRECTORY$exe === void 0 ? void 0 : _PARENT_DIRECTORY$exe[0];
  const parts = splitPattern(result);
  if (parentDir) {
    const n = (parentDir.length + 1) / 3;
    let i = 0;
    const cwdParts = escapedCwd.split("/");
    while (i < n && parts[i + n] === cwdParts[cwdParts.length + i - n]) {
      result = result.slice(0, (n - i - 1) * 3) + result.slice((n - i) * 3 + parts[i + n].length + 1) || ".";
      i++;
    }
    const potentialRoot = import_path2.posix.join(cwd, parentDir.slice(i * 3));
    if (potentialRoot[0] !== "." && props.root.length > potentialRoot.length) {
      props.root = ensureNonDriveRelativePath(potentialRoot);
      props.depthOffset = -n + i;
    }
  }
  if (!isIgnore && props.depthOffset >= 0) {
    var _props$commonPath;
    (_props$commonPath = props.commonPath) !== null && _props$commonPath !== void 0 || (props.commonPath = parts);
    const newCommonPath = [];
    const length = Math.min(props.commonPath.length, parts.length);
    for (let i = 0; i < length; i++) {
      const part = parts[i];
      if (part === "**" && !parts[i + 1]) {
        newCommonPath.pop();
        break;
      }
      if (i === parts.length - 1 || part !== props.commonPath[i] || isDynamicPattern(part)) break;
      newCommonPath.push(part);
    }
    props.depthOffset = newCommonPath.length;
    props.commonPath = newCommonPath;
    props.root = ensureNonDriveRelativePath(newCommonPath.length > 0 ? import_path2.posix.join(cwd, ...newCommonPath) : cwd);
  }
  return result;
}
function processPatterns(options, patterns, props) {
  const matchPatterns = [];
  const ignorePatterns = [];
  for (const pattern of options.ignore) {
    if (!pattern) continue;
    if (pattern[0] !== "!" || pattern[1] === "(") ignorePatterns.push(normalizePattern(pattern, options, props, true));
  }
  for (const pattern of patterns) {
    if (!pattern) continue;
    if (pattern[0] !== "!" || pattern[1] === "(") matchPatterns.push(normalizePattern(pattern, options, props, false));
    else if (pattern[1] !== "!" || pattern[2] === "(") ignorePatterns.push(normalizePattern(pattern.slice(1), options, props, true));
  }
  return {
    match: matchPatterns,
    ignore: ignorePatterns
  };
}
function buildCrawler(options, patterns) {
  const cwd = options.cwd;
  const props = {
    root: cwd,
    depthOffset: 0
  };
  const processed = processPatterns(options, patterns, props);
  if (options.debug) log("internal processing patterns:", processed);
  const { absolute, caseSensitiveMatch, debug, dot, followSymbolicLinks, onlyDirectories } = options;
  const root = props.root.replace(BACKSLASHES, "");
  const matchOptions = {
    dot,
    nobrace: options.braceExpansion === false,
    nocase: !caseSensitiveMatch,
    noextglob: options.extglob === false,
    noglobstar: options.globstar === false,
    posix: true
  };
  const matcher = (0, import_picomatch.default)(processed.match, matchOptions);
  const ignore = (0, import_picomatch.default)(processed.ignore, matchOptions);
  const partialMatcher = getPartialMatcher(processed.match, matchOptions);
  const format2 = buildFormat(cwd, root, absolute);
  const excludeFormatter = absolute ? format2 : buildFormat(cwd, root, true);
  const excludePredicate = (_, p) => {
    const relativePath = excludeFormatter(p, true);
    return relativePath !== "." && !partialMatcher(relativePath) || ignore(relativePath);
  };
  let maxDepth;
  if (options.deep !== void 0) maxDepth = Math.round(options.deep - props.depthOffset);
  const crawler = new Builder({
    filters: [debug ? (p, isDirectory) => {
      const path8 = format2(p, isDirectory);
      const matches = matcher(path8) && !ignore(path8);
      if (matches) log(`matched ${path8}`);
      return matches;
    } : (p, isDirectory) => {
      const path8 = format2(p, isDirectory);
      return matcher(path8) && !ignore(path8);
    }],
    exclude: debug ? (_, p) => {
      const skipped = excludePredicate(_, p);
      log(`${skipped ? "skipped" : "crawling"} ${p}`);
      return skipped;
    } : excludePredicate,
    fs: options.fs,
    pathSeparator: "/",
    relativePaths: !absolute,
    resolvePaths: absolute,
    includeBasePath: absolute,
    resolveSymlinks: followSymbolicLinks,
    excludeSymlinks: !followSymbolicLinks,
    excludeFiles: onlyDirectories,
    includeDirs: onlyDirectories || !options.onlyFiles,
    maxDepth,
    signal: options.signal
  }).crawl(root);
  if (options.debug) log("internal properties:", {
    ...props,
    root
  });
  return [crawler, cwd !== root && !absolute && buildRelative(cwd, root)];
}
function formatPaths(paths, mapper) {
  if (mapper) for (let i = paths.length - 1; i >= 0; i--) paths[i] = mapper(paths[i]);
  return paths;
}
var defaultOptions = {
  caseSensitiveMatch: true,
  debug: !!process.env.TINYGLOBBY_DEBUG,
  expandDirectories: true,
  followSymbolicLinks: true,
  onlyFiles: true
};
function getOptions(options) {
  const opts = Object.assign({}, options);
  for (const key in defaultOptions) if (opts[key] === void 0) Object.assign(opts, { [key]: defaultOptions[key] });
  opts.cwd = (opts.cwd instanceof URL ? (0, import_url.fileURLToPath)(opts.cwd) : (0, import_path2.resolve)(opts.cwd || process.cwd())).replace(BACKSLASHES, "/");
  opts.ignore = ensureStringArray(opts.ignore);
  opts.fs && (opts.fs = {
    readdir: opts.fs.readdir || import_fs.readdir,
    readdirSync: opts.fs.readdirSync || import_fs.readdirSync,
    realpath: opts.fs.realpath || import_fs.realpath,
    realpathSync: opts.fs.realpathSync || import_fs.realpathSync,
    stat: opts.fs.stat || import_fs.stat,
    statSync: opts.fs.statSync || import_fs.statSync
  });
  if (opts.debug) log("globbing with options:", opts);
  return opts;
}
function getCrawler(globInput, inputOptions = {}) {
  var _ref;
  if (globInput && (inputOptions === null || inputOptions === void 0 ? void 0 : inputOptions.patterns)) throw new Error("Cannot pass patterns as both an argument and an option");
  const isModern = isReadonlyArray(globInput) || typeof globInput === "string";
  const patterns = ensureStringArray((_ref = isModern ? globInput : globInput.patterns) !== null && _ref !== void 0 ? _ref : "**/*");
  const options = getOptions(isModern ? inputOptions : globInput);
  return patterns.length > 0 ? buildCrawler(options, patterns) : [];
}
async function glob(globInput, options) {
  const [crawler, relative4] = getCrawler(globInput, options);
  return crawler ? formatPaths(await crawler.withPromise(), relative4) : [];
}
function globSync(globInput, options) {
  const [crawler, relative4] = getCrawler(globInput, options);
  return crawler ? formatPaths(crawler.sync(), relative4) : [];
}

// server/src/node/cli.ts
var { glob: glob2, isDynamicPattern: isDynamicPattern2 } = dist_exports;
async function expandInputs(args, cwd) {
  const inputs = [];
  const seen = /* @__PURE__ */ new Set();
  let stdinSeen = false;
  const add2 = (display, file) => {
    const key = realPath(path7.resolve(cwd, file));
    if (seen.has(key)) return;
    seen.add(key);
    inputs.push({ display, file });
  };
  for (const arg of args) {
    if (arg === "-") {
      if (stdinSeen) throw new Failure('"-" (standard input) may be given only once');
      stdinSeen = true;
      inputs.push({ display: STDIN_NAME });
      continue;
    }
    if (arg === "") throw new Failure("an empty file name was given");
    const stats = statOrUndefined(path7.resolve(cwd, arg));
    if (stats?.isDirectory()) {
      const matches2 = await filesInFolder(arg, cwd);
      if (matches2.length === 0) throw new Failure(`${arg}: no files to lint in this folder (looked for ${FOLDER_EXTENSIONS.map((e) => `.${e}`).join(", ")})`);
      for (const match of matches2) add2(match, match);
      continue;
    }
    if (stats || !isDynamicPattern2(arg)) {
      add2(arg, arg);
      continue;
    }
    const matches = await glob2(arg, {
      cwd,
      absolute: path7.isAbsolute(arg),
      onlyFiles: true,
      expandDirectories: false,
      ignore: SKIPPED
    });
    if (matches.length === 0) throw new Failure(`no files match "${arg}"`);
    for (const match of matches.sort()) add2(match, match);
  }
  return inputs;
}
var FOLDER_EXTENSIONS = ["md", "markdown", "txt", "text", "html", "htm", "tex", "ltx", "wiki", "mediawiki"];
var SKIPPED = ["**/node_modules/**", "**/.git/**"];
async function filesInFolder(folder, cwd) {
  const base = folder.replace(/[\\/]+$/, "") || folder;
  const matches = await glob2(`**/*.{${FOLDER_EXTENSIONS.join(",")}}`, {
    cwd: path7.resolve(cwd, base),
    onlyFiles: true,
    expandDirectories: false,
    caseSensitiveMatch: false,
    ignore: SKIPPED
  });
  return matches.sort().map((m) => base === "." ? m : path7.join(base, m));
}
function realPath(file) {
  try {
    return import_node_fs6.realpathSync.native(file);
  } catch {
    return file;
  }
}
function statOrUndefined(file) {
  try {
    return (0, import_node_fs6.statSync)(file);
  } catch {
    return void 0;
  }
}
async function readStdin(maxBytes) {
  const chunks = [];
  let total2 = 0;
  for await (const chunk of process.stdin) {
    total2 += chunk.length;
    if (total2 > maxBytes) throw stdinTooLarge(maxBytes);
    chunks.push(chunk);
  }
  return Buffer.concat(chunks);
}
async function run(args) {
  const command2 = args[0] === "report" ? "report" : "lint";
  const options = parseOptions(command2 === "report" ? args.slice(1) : args, command2);
  if (options.help) return { stdout: [command2 === "report" ? REPORT_HELP : HELP], exitCode: 0 };
  if (options.version) return { stdout: [`${version}
`], exitCode: 0 };
  if (options.config !== void 0 && options.noConfig) {
    throw new Failure("--config and --no-config cannot be used together");
  }
  if (options.inputs.length === 0) {
    throw new Failure(`no input files; pass files, globs or "-" for standard input (see ${command2 === "report" ? "whosays report --help" : "whosays --help"})`);
  }
  if (options.stdinFilename !== void 0 && !options.inputs.includes("-")) {
    throw new Failure('--stdin-filename needs "-" among the inputs');
  }
  const fixProblem = fixOptionsProblem(options);
  if (fixProblem !== void 0) throw new Failure(fixProblem);
  const cwd = process.cwd();
  if (command2 === "lint" && options.inputs.includes("report") && statOrUndefined(path7.resolve(cwd, "report")) === void 0) {
    throw new Failure('report: file not found; to write a sourcing report, put "report" first: whosays report [options] <files...>');
  }
  const { inputs, results, fixes } = await lintFiles(options, cwd);
  if (command2 === "report") {
    return writeReport(results, { format: options.format, output: options.output, linkBase: options.linkBase, cwd, version, docsBaseUrl: options.docsBaseUrl ?? shippedDocsBaseUrl(__dirname) });
  }
  if (options.fixDryRun) return dryRunOutcome(fixes, options.fixInformation);
  const counts = tally(results);
  const tooManyWarnings = options.maxWarnings === void 0 ? counts.bySeverity.warning > 0 : counts.bySeverity.warning > options.maxWarnings;
  const exitCode = counts.bySeverity.error > 0 || tooManyWarnings ? 1 : 0;
  const format2 = formatById(options.format);
  const fixedText = options.fix && inputs.length === 1 && inputs[0].file === void 0 ? fixes[0]?.output : void 0;
  const stdout = fixedText !== void 0 ? [fixedText] : format2.render(results, {
    version,
    color: useColor(process.env, process.stdout.isTTY === true),
    docsBaseUrl: options.docsBaseUrl ?? shippedDocsBaseUrl(__dirname),
    workingDirectoryUrl: (0, import_node_url2.pathToFileURL)(cwd.endsWith(path7.sep) ? cwd : cwd + path7.sep).href
  });
  const notes = [];
  if (options.fix) notes.push(fixNote(fixes, fixedText !== void 0 ? STDIN_NAME : void 0, options.fixInformation));
  if (!format2.summaryInOutput || fixedText !== void 0) notes.push(summaryLine(counts));
  if (options.maxWarnings !== void 0 && tooManyWarnings) {
    notes.push(`too many warnings: ${counts.bySeverity.warning}, more than --max-warnings ${options.maxWarnings}`);
  }
  return { stdout, exitCode, stderr: notes.map((n) => `whosays: ${escapeForTerminal(n)}
`).join("") };
}
async function lintFiles(options, cwd) {
  let inputs = await expandInputs(options.inputs, cwd);
  if (options.command === "report" && options.output !== void 0 && options.output !== "-") {
    const written = realPath(path7.resolve(cwd, options.output));
    inputs = inputs.filter((input) => input.file === void 0 || realPath(path7.resolve(cwd, input.file)) !== written);
    if (inputs.length === 0) throw new Failure("no input files besides the report itself");
  }
  const settings = {
    profile: options.profile,
    config: options.config,
    noConfig: options.noConfig,
    language: options.language,
    stdinFilename: options.stdinFilename,
    maxFileSize: options.maxFileSize,
    cwd,
    now: Date.now(),
    ...options.fix || options.fixDryRun ? { fix: options.fix ? "write" : "dry-run", fixInformation: options.fixInformation } : {},
    ...options.command === "report" ? { report: true } : {}
  };
  if (options.config !== void 0) configFor(cwd, settings);
  const stdin = inputs.some((i) => i.file === void 0) ? await readStdin(options.maxFileSize) : void 0;
  const progress = progressFor(process.stderr, inputs.length, options.progress);
  let outcomes;
  try {
    outcomes = await lintAll(inputs, settings, stdin, options.jobs, (done) => progress.update(done));
  } finally {
    progress.clear();
  }
  const results = [];
  const fixes = [];
  for (const outcome of outcomes) {
    if (outcome === void 0) break;
    if ("error" in outcome) {
      const fixed = options.fix ? outcomes.filter((o) => o !== void 0 && "fix" in o && o.fix?.changed).length : 0;
      const notes = fixed > 0 ? [`the run stopped after fixing ${plural(fixed, "file")}, each of them whole`] : [];
      if (outcome.internal) throw notes.length > 0 ? new Failure(`internal error: ${outcome.error}`, notes) : new Error(outcome.error);
      throw new Failure(outcome.error, notes);
    }
    const { result, fix } = outcome;
    results.push(options.quiet ? { ...result, findings: result.findings.filter((f) => f.severity === "error") } : result);
    if (fix) fixes.push(fix);
  }
  return { inputs, results, fixes };
}
function dryRunOutcome(fixes, includeInformation) {
  const changed = fixes.some((f) => f.changed);
  return {
    stdout: fixes.map((f) => f.diff ?? ""),
    exitCode: changed ? 1 : 0,
    stderr: `whosays: ${escapeForTerminal(fixNote(fixes, void 0, includeInformation, true))}
`
  };
}
async function lintAll(inputs, settings, stdin, jobs, onDone) {
  const sizes = inputs.map((input) => input.file === void 0 ? stdin?.length ?? 0 : Number(statOrUndefined(path7.resolve(settings.cwd, input.file))?.size ?? 0));
  const files = inputs.filter((input) => input.file !== void 0).length;
  const threads = threadsFor(jobs, files, sizes.reduce((a, b) => a + b, 0));
  const outcomes = new Array(inputs.length);
  if (threads === 1) {
    for (let index = 0; index < inputs.length; index++) {
      const outcome = lintInput(inputs[index], settings, stdin);
      outcomes[index] = outcome;
      onDone(index + 1);
      if ("error" in outcome) break;
    }
    return outcomes;
  }
  const stdinIndex = inputs.findIndex((input) => input.file === void 0);
  let limit = inputs.length;
  let done = 0;
  if (stdinIndex !== -1) {
    const outcome = lintInput(inputs[stdinIndex], settings, stdin);
    outcomes[stdinIndex] = outcome;
    onDone(++done);
    if ("error" in outcome) limit = stdinIndex;
  }
  const order = inputs.map((_, index) => index).filter((index) => index !== stdinIndex && index < limit);
  order.sort((a, b) => sizes[b] - sizes[a] || a - b);
  const fromWorkers = await lintInWorkers(__filename, inputs, order, settings, threads, () => onDone(++done));
  for (const index of order) outcomes[index] = fromWorkers[index];
  return outcomes;
}
function writeReport2(pieces) {
  for (const chunk of chunked(pieces)) {
    if (process.stdout.destroyed) return;
    process.stdout.write(chunk);
  }
}
async function main() {
  process.stdout.on("error", (error2) => {
    if (error2.code !== "EPIPE") throw error2;
  });
  try {
    const { stdout, exitCode, stderr } = await run(process.argv.slice(2));
    process.exitCode = exitCode;
    writeReport2(stdout);
    if (stderr) process.stderr.write(stderr);
  } catch (error2) {
    const message = error2 instanceof Failure ? error2.message : `internal error: ${(error2 instanceof Error ? error2.message : String(error2)).replace(/\s*\n\s*/g, " ")}`;
    process.exitCode = 2;
    const notes = error2 instanceof Failure ? error2.notes : [];
    process.stderr.write([message, ...notes].map((line) => `whosays: ${escapeForTerminal(line)}
`).join(""));
  }
}
if (!serveIfWorker()) void main();
//# sourceMappingURL=cli.js.map
