// The playground page: paste or type text, pick its markup, and see Who Says' findings highlighted
// in place; hover (or focus) a highlight for the explanation and its fixes, apply one, copy the
// result. No server: the engine runs in a web worker built into this script (a Blob worker, so the
// page also works when opened from a file).

import { applyEdits } from '../server/src/engine/text/edits';
import type { Finding, Fix, Profile } from '../server/src/engine';
import type { LintAnswer, LintRequest } from './worker';

/** The worker's bundled source, put in by the build (scripts/buildPlayground.mjs). */
declare const WORKER_SOURCE: string;

const SAMPLE = `Harbour levy

Several analysts think the harbour levy will fail. It is widely believed that the council rushed the vote, and the scheme is the most ambitious in the region.

The treasurer said the levy raised £2.4 million in its first year, according to the council's annual report. Sources say the figure was revised later.
`;

const STORAGE_KEY = 'whosays-playground';
const LINT_DELAY_MS = 60;

function element<T extends HTMLElement>(id: string): T {
  const found = document.getElementById(id);
  if (!found) throw new Error(`#${id} is missing from the page`);
  return found as T;
}

const input = element<HTMLTextAreaElement>('input');
const view = element<HTMLDivElement>('view');
const language = element<HTMLSelectElement>('language');
const profile = element<HTMLSelectElement>('profile');
const status = element<HTMLSpanElement>('status');
const copy = element<HTMLButtonElement>('copy');
const details = element<HTMLDivElement>('details');

const worker = new Worker(URL.createObjectURL(new Blob([WORKER_SOURCE], { type: 'text/javascript' })));
let requested = 0;
let timer: number | undefined;
/** The findings shown, for the text they were computed on. */
let shown: { text: string; findings: Finding[] } = { text: '', findings: [] };
let hideTimer: number | undefined;

// ---------------------------------------------------------------- linting

function scheduleLint(): void {
  window.clearTimeout(timer);
  timer = window.setTimeout(requestLint, LINT_DELAY_MS);
  save();
}

function requestLint(): void {
  const request: LintRequest = { id: ++requested, text: input.value, languageId: language.value, profile: profile.value as Profile };
  worker.postMessage(request);
}

worker.onmessage = ({ data }: MessageEvent<LintAnswer>) => {
  // An answer for an older text is dropped: a newer one is on its way.
  if (data.id !== requested) return;
  if ('error' in data) {
    status.textContent = `Who Says could not check this text: ${data.error}`;
    return;
  }
  shown = { text: input.value, findings: data.findings };
  render();
  status.textContent = describe(data.findings, data.ms);
};

worker.onerror = (event) => {
  status.textContent = `The checker stopped: ${event.message}`;
};

function describe(findings: readonly Finding[], ms: number): string {
  if (findings.length === 0) return `No findings (checked in ${Math.max(1, Math.round(ms))} ms)`;
  const bySeverity = new Map<string, number>();
  for (const f of findings) bySeverity.set(f.severity, (bySeverity.get(f.severity) ?? 0) + 1);
  const parts = [...bySeverity].map(([severity, count]) => `${count} ${severity === 'information' ? 'information' : `${severity}${count === 1 ? '' : 's'}`}`);
  return `${findings.length} ${findings.length === 1 ? 'finding' : 'findings'} (${parts.join(', ')}), checked in ${Math.max(1, Math.round(ms))} ms`;
}

// ---------------------------------------------------------------- the highlighted view

/** The text with each finding's words in a <mark>, built from text nodes (never as HTML). */
function render(): void {
  const { text, findings } = shown;
  const fragment = document.createDocumentFragment();
  let at = 0;
  findings.forEach((finding, index) => {
    // Findings do not overlap; one that would is left to the list below.
    if (finding.offset < at) return;
    fragment.append(text.slice(at, finding.offset));
    const mark = document.createElement('mark');
    mark.className = `finding ${finding.severity}`;
    mark.tabIndex = 0;
    mark.dataset.index = String(index);
    mark.setAttribute('aria-label', `${finding.text}: ${finding.message}`);
    mark.textContent = text.slice(finding.offset, finding.offset + finding.length);
    fragment.append(mark);
    at = finding.offset + finding.length;
  });
  fragment.append(text.slice(at));
  // A final newline would not show as a line of its own.
  if (text.endsWith('\n')) fragment.append('\u200b');
  view.replaceChildren(fragment);
  hideDetails();
}

function findingOf(target: EventTarget | null): Finding | undefined {
  if (!(target instanceof HTMLElement) || !target.matches('mark.finding')) return undefined;
  return shown.findings[Number(target.dataset.index)];
}

// ---------------------------------------------------------------- the explanation and fixes

function showDetails(mark: HTMLElement, finding: Finding): void {
  window.clearTimeout(hideTimer);
  const content: Node[] = [];
  const heading = document.createElement('div');
  heading.className = 'rule';
  heading.textContent = `${finding.rule} · ${finding.severity}`;
  content.push(heading, paragraph('message', finding.message), paragraph('why', finding.explanation.why));
  if (finding.downgradedBecause) content.push(paragraph('note', `Shown as information: ${finding.downgradedBecause}.`));
  if (finding.explanation.suggestion) content.push(paragraph('suggestion', `Try: ${finding.explanation.suggestion}`));
  content.push(paragraph('guideline', `Guideline: ${finding.explanation.guideline}`));
  const fixes = document.createElement('div');
  fixes.className = 'fixes';
  for (const fix of finding.fixes) {
    const button = document.createElement('button');
    button.type = 'button';
    button.textContent = fix.title;
    if (fix.preferred) button.classList.add('preferred');
    button.addEventListener('click', () => applyFix(fix));
    fixes.append(button);
  }
  if (finding.fixes.length > 0) content.push(fixes);
  details.replaceChildren(...content);
  details.hidden = false;
  const box = mark.getBoundingClientRect();
  const top = box.bottom + window.scrollY + 6;
  const left = Math.min(box.left + window.scrollX, window.scrollX + document.documentElement.clientWidth - details.offsetWidth - 12);
  details.style.top = `${top}px`;
  details.style.left = `${Math.max(8, left)}px`;
}

function paragraph(className: string, text: string): HTMLParagraphElement {
  const p = document.createElement('p');
  p.className = className;
  p.textContent = text;
  return p;
}

function hideDetails(): void {
  window.clearTimeout(hideTimer);
  details.hidden = true;
}

/** Hides the card unless the pointer reaches it (or the mark) again soon. */
function hideSoon(): void {
  window.clearTimeout(hideTimer);
  hideTimer = window.setTimeout(hideDetails, 250);
}

function applyFix(fix: Fix): void {
  // The fix was computed on the text shown; an edit made since then would shift its offsets.
  if (input.value !== shown.text) return;
  input.value = applyEdits(input.value, fix.edits);
  hideDetails();
  save();
  requestLint();
}

// ---------------------------------------------------------------- copying and keeping the text

async function copyText(): Promise<void> {
  try {
    await navigator.clipboard.writeText(input.value);
  } catch {
    // No clipboard API here (an older browser, a page without permission): the selection way.
    input.select();
    document.execCommand('copy');
  }
  status.textContent = 'Copied the text.';
}

function save(): void {
  try {
    localStorage.setItem(STORAGE_KEY, JSON.stringify({ text: input.value, language: language.value, profile: profile.value }));
  } catch {
    // Storage may be off (private windows, file pages in some browsers): nothing is kept then.
  }
}

function restore(): void {
  try {
    const saved = JSON.parse(localStorage.getItem(STORAGE_KEY) ?? 'null') as { text?: unknown; language?: unknown; profile?: unknown } | null;
    if (saved && typeof saved.text === 'string') {
      input.value = saved.text;
      if (typeof saved.language === 'string' && [...language.options].some((o) => o.value === saved.language)) language.value = saved.language;
      if (typeof saved.profile === 'string' && [...profile.options].some((o) => o.value === saved.profile)) profile.value = saved.profile;
      return;
    }
  } catch {
    // Nothing kept, or storage is off.
  }
  input.value = SAMPLE;
}

// ---------------------------------------------------------------- wiring

input.addEventListener('input', scheduleLint);
language.addEventListener('change', () => {
  save();
  requestLint();
});
profile.addEventListener('change', () => {
  save();
  requestLint();
});
copy.addEventListener('click', () => void copyText());
view.addEventListener('mouseover', (event) => {
  const finding = findingOf(event.target);
  if (finding) showDetails(event.target as HTMLElement, finding);
});
view.addEventListener('mouseout', (event) => {
  if (findingOf(event.target)) hideSoon();
});
view.addEventListener('focusin', (event) => {
  const finding = findingOf(event.target);
  if (finding) showDetails(event.target as HTMLElement, finding);
});
details.addEventListener('mouseenter', () => window.clearTimeout(hideTimer));
details.addEventListener('mouseleave', hideSoon);
document.addEventListener('keydown', (event) => {
  if (event.key === 'Escape') hideDetails();
});

restore();
requestLint();
