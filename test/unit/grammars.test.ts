// The TextMate grammars in syntaxes/: every regular expression compiles (JavaScript with the `u`
// flag stands in for Oniguruma: the grammars keep to the subset both accept, with no lookbehind,
// atomic groups, \G, \A, \z or inline flags), every include resolves, the package.json
// contributions point at them, and the marker patterns highlight exactly the pending markers,
// including every marker text the engine's quick fixes insert.

import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { DEFAULT_MARKERS, markerTexts } from '../../server/src/engine/fixes';

const root = join(__dirname, '..', '..');
const syntaxes = join(root, 'syntaxes');

interface Rule {
  name?: string;
  contentName?: string;
  match?: string;
  begin?: string;
  end?: string;
  while?: string;
  include?: string;
  patterns?: Rule[];
  captures?: Record<string, Rule>;
  beginCaptures?: Record<string, Rule>;
  endCaptures?: Record<string, Rule>;
  repository?: Record<string, Rule>;
}
interface Grammar extends Rule {
  scopeName: string;
  injectionSelector?: string;
  repository: Record<string, Rule>;
}

const files = readdirSync(syntaxes).filter((file) => file.endsWith('.tmLanguage.json')).sort();
const grammars = new Map(files.map((file) => [file, JSON.parse(readFileSync(join(syntaxes, file), 'utf8')) as Grammar]));
const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
  contributes: { grammars: { scopeName: string; path: string; language?: string; injectTo?: string[] }[] };
};

/** Calls `visit` for every rule of the grammar, with a readable path. */
function walk(rule: Rule, path: string, visit: (rule: Rule, path: string) => void): void {
  visit(rule, path);
  for (const [key, value] of Object.entries(rule)) {
    if (key === 'patterns') (value as Rule[]).forEach((child, i) => walk(child, `${path}.patterns[${i}]`, visit));
    else if (key === 'repository' || key === 'captures' || key === 'beginCaptures' || key === 'endCaptures') {
      for (const [name, child] of Object.entries(value as Record<string, Rule>)) walk(child, `${path}.${key}.${name}`, visit);
    }
  }
}

const ONIGURUMA_ONLY = [/\(\?<[=!]/, /\(\?>/, /\\[GAzZhH]/, /\(\?[imx]+[:)]/, /[*+?}][+]/];

function regexes(grammar: Grammar): [string, string][] {
  const out: [string, string][] = [];
  walk(grammar, grammar.scopeName, (rule, path) => {
    for (const key of ['match', 'begin', 'end', 'while'] as const) if (rule[key] !== undefined) out.push([`${path}.${key}`, rule[key]]);
  });
  return out;
}

function compile(source: string): RegExp {
  return new RegExp(source, 'gu');
}

/** The leaf `match` rules of a grammar (or one repository entry), in order. */
function matchRules(rule: Rule, repository: Record<string, Rule>): Rule[] {
  if (rule.include?.startsWith('#')) return matchRules(repository[rule.include.slice(1)], repository);
  if (rule.match) return [rule];
  return (rule.patterns ?? []).flatMap((child) => matchRules(child, repository));
}

interface Token {
  text: string;
  scopes: string;
}

/** Scans one line with flat `match` rules the way a TextMate tokenizer does: earliest match, first rule wins ties. */
function scan(rules: Rule[], line: string): Token[] {
  const tokens: Token[] = [];
  let at = 0;
  while (at <= line.length) {
    let best: { index: number; text: string; rule: Rule } | undefined;
    for (const rule of rules) {
      const regex = compile(rule.match!);
      regex.lastIndex = at;
      const found = regex.exec(line);
      if (found && (best === undefined || found.index < best.index)) best = { index: found.index, text: found[0], rule };
    }
    if (best === undefined || best.text === '') break;
    tokens.push({ text: best.text, scopes: best.rule.name ?? '' });
    at = best.index + best.text.length;
  }
  return tokens;
}

describe('TextMate grammars', () => {
  it('finds both grammars', () => {
    assert.deepEqual(files, ['markers.injection.tmLanguage.json', 'wikitext.tmLanguage.json']);
  });

  for (const [file, grammar] of grammars) {
    describe(file, () => {
      it('compiles every regular expression, within the subset Oniguruma and JavaScript share', () => {
        const all = regexes(grammar);
        assert.ok(all.length > 0);
        for (const [path, source] of all) {
          assert.doesNotThrow(() => compile(source), `${path}: ${source}`);
          for (const construct of ONIGURUMA_ONLY) assert.doesNotMatch(source, construct, `${path} uses an Oniguruma-only construct: ${source}`);
        }
      });

      it('resolves every include and names its scopes after itself', () => {
        const suffix = grammar.scopeName === 'source.wikitext' ? '.wikitext' : '.whosays';
        walk(grammar, grammar.scopeName, (rule, path) => {
          if (rule === grammar) return; // the grammar's own "name" is its display name
          if (rule.include && rule.include !== '$self' && rule.include !== '$base') {
            assert.ok(rule.include.startsWith('#'), `${path}: only local includes (${rule.include})`);
            assert.ok(grammar.repository[rule.include.slice(1)], `${path}: ${rule.include} is not in the repository`);
          }
          for (const scopes of [rule.name, rule.contentName]) {
            for (const scope of scopes?.split(' ') ?? []) {
              assert.ok(scope.endsWith(suffix) || scope.startsWith('markup.other.whosays.'), `${path}: scope ${scope}`);
            }
          }
        });
      });

      it('is contributed in package.json', () => {
        const contribution = manifest.contributes.grammars.find((entry) => entry.path === `./syntaxes/${file}`);
        assert.ok(contribution, file);
        assert.equal(contribution.scopeName, grammar.scopeName);
      });
    });
  }

  describe('the marker injection', () => {
    const grammar = grammars.get('markers.injection.tmLanguage.json')!;
    const rules = matchRules(grammar, grammar.repository);
    const markers = (line: string): Token[] => scan(rules, line);

    it('is injected, with priority, into every language with a grammar, but not into code or comments', () => {
      const contribution = manifest.contributes.grammars.find((entry) => entry.scopeName === grammar.scopeName)!;
      assert.deepEqual(contribution.injectTo, ['text.html.markdown', 'text.tex.latex', 'text.html.basic', 'source.wikitext']);
      const selectors = grammar.injectionSelector!.split(',').map((selector) => selector.trim());
      for (const scope of contribution.injectTo!) {
        const selector = selectors.find((candidate) => candidate.startsWith(`L:${scope} `));
        assert.ok(selector, `a left-priority selector for ${scope}`);
        assert.match(selector, / -comment\b/, `${scope}: not in comments`);
      }
      assert.match(grammar.injectionSelector!, /L:text\.html\.markdown [^,]*-markup\.fenced_code[^,]*-markup\.inline\.raw/);
    });

    const cases: [string, string, string][] = [
      ['Crime rose 61% last year[citation needed].', '[citation needed]', 'citation-needed'],
      ['Many experts[who?] believe it.', '[who?]', 'who'],
      ['It is widely believed[by whom?] that it failed.', '[by whom?]', 'by-whom'],
      ['The bridge is unsafe.{{citation needed|date=November 2026}}', '{{citation needed|date=November 2026}}', 'citation-needed'],
      ['The bridge is unsafe.{{Citation needed}}', '{{Citation needed}}', 'citation-needed'],
      ['The bridge is unsafe.{{cn|date=May 2020|reason=no source}}', '{{cn|date=May 2020|reason=no source}}', 'citation-needed'],
      ['The bridge is unsafe.{{fact}}', '{{fact}}', 'citation-needed'],
      ['Critics{{who|date=May 2020}} say so.', '{{who|date=May 2020}}', 'who'],
      ['It is said{{by whom}} to be true.', '{{by whom}}', 'by-whom'],
      ['It is said\\todo{by whom?} to be true.', '\\todo{by whom?}', 'by-whom'],
      ['Crime rose\\todo[inline]{citation needed}.', '\\todo[inline]{citation needed}', 'citation-needed'],
      ['Crime rose\\citeneeded{}.', '\\citeneeded{}', 'citation-needed'],
    ];
    for (const [line, marker, kind] of cases) {
      it(`highlights ${marker}`, () => {
        const tokens = markers(line);
        assert.equal(tokens.length, 1, JSON.stringify(tokens));
        assert.equal(tokens[0].text, marker);
        assert.deepEqual(tokens[0].scopes.split(' '), ['invalid.deprecated.whosays', `markup.other.whosays.${kind}`]);
      });
    }

    it('highlights every marker the engine inserts, in every language', () => {
      const now = new Date(2026, 10, 25);
      for (const language of Object.keys(DEFAULT_MARKERS) as (keyof typeof DEFAULT_MARKERS)[]) {
        const texts = markerTexts(language, { markers: {} }, now);
        for (const [key, kind] of [['citationNeeded', 'citation-needed'], ['who', 'who'], ['byWhom', 'by-whom']] as const) {
          const tokens = markers(`Some claim${texts[key]} here.`);
          assert.deepEqual(tokens.map((token) => token.text), [texts[key]], `${language} ${key}`);
          assert.ok(tokens[0].scopes.endsWith(`markup.other.whosays.${kind}`), `${language} ${key}: ${tokens[0].scopes}`);
        }
      }
    });

    it('leaves citations, links and other brackets alone', () => {
      for (const line of ['A claim[1] and [citation] and [who] and [[Who?]] page.', '{{cite web|url=https://example.org}}', '\\todo{check this}',
        'Citation needed in prose is not a marker.', '[citation needed', '{{citation needed']) {
        assert.deepEqual(markers(line).map((token) => token.text).filter((text) => text !== '[who?]'), [], line);
      }
    });
  });

  describe('the wikitext grammar', () => {
    const grammar = grammars.get('wikitext.tmLanguage.json')!;
    const rule = (name: string): Rule => grammar.repository[name];
    const matches = (source: string | undefined, line: string): RegExpExecArray | null => {
      const regex = compile(source!);
      return regex.exec(line);
    };

    it('is the grammar of the wikitext language', () => {
      const contribution = manifest.contributes.grammars.find((entry) => entry.scopeName === 'source.wikitext');
      assert.equal(contribution?.language, 'wikitext');
    });

    it('recognizes headings, lists, tables and rules at the start of a line', () => {
      assert.deepEqual([...matches(rule('heading').match, '== History ==')!].slice(1), ['==', ' History ', '==']);
      assert.equal(matches(rule('heading').match, 'a == b =='), null);
      assert.equal(matches(rule('list').match, '*# nested item')?.[1], '*#');
      assert.equal(matches(rule('list').match, ': indented')?.[1], ':');
      assert.equal(matches(rule('table').begin, '{| class="wikitable"')?.[1], '{|');
      assert.equal(matches(rule('table').end, '|}')?.[1], '|}');
      assert.equal(matches(rule('horizontal-rule').match, '----')?.[0], '----');
    });

    it('recognizes templates (with parameters), links, references and comments', () => {
      assert.deepEqual([...matches(rule('template').begin, '{{Infobox person|name=Ada}}')!].slice(1), ['{{', 'Infobox person', '']);
      assert.deepEqual([...matches(rule('template').begin, '{{#if:yes|a|b}}')!].slice(1), ['{{', '#if', ':']);
      const parameter = rule('template').patterns![0];
      assert.deepEqual([...matches(parameter.match, '|name = Ada')!].slice(1), ['|', 'name', '=']);
      assert.equal(matches(rule('template-parameter').begin, '{{{1|default}}}')?.[0], '{{{');
      assert.deepEqual([...matches(rule('internal-link').begin, '[[Paris|the capital]]')!].slice(1), ['[[', 'Paris']);
      assert.deepEqual([...matches(rule('internal-link').end, ']]s')!].slice(1), [']]', 's']);
      const external = matches(rule('external-link').match, 'See [https://example.org/a?b=c Example site].')!;
      assert.equal(external[2], 'https://example.org/a?b=c');
      assert.equal(external[4], 'Example site');
      const refs = rule('ref').patterns!;
      assert.equal(matches(refs[0].match, '<ref name="a" />')?.[2], 'ref');
      assert.equal(matches(refs[1].begin, '<ref name="a">')?.[2], 'ref');
      assert.equal(matches(refs[1].end, '</ref>')?.[2], 'ref');
      assert.equal(matches(rule('comment').begin, '<!-- note -->')?.[0], '<!--');
      assert.equal(matches(rule('bold').begin, "'''bold'''")?.[0], "'''");
      assert.equal(matches(rule('italic').begin, "''italic''")?.[0], "''");
      assert.equal(matches(rule('italic').begin, "'''")?.index, 1, "two quotes before a third open italics only after the bold's");
    });
  });
});
