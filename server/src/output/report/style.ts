// The report page's stylesheet, inline in the page (its Content-Security-Policy allows no other).
// The map's colours each come with a symbol in the square and words in the legend; text on them
// keeps a contrast of at least 4.5:1. System fonts only: the page loads nothing.

export const REPORT_STYLE = `
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
