// Side by side: our reader, crisp's email-reply-parser and planer (talon's JS port) on the same cases from
// ../shared/peer-fixtures, judged by the same comparison, with cases per second for each. Usage: npm ci && npm run compare
// (set CROSSDEPT_SHARED if shared/ is not beside the repository). Our results come from `CrossDept.Bench peers`.
import fs from 'node:fs';
import path from 'node:path';
import os from 'node:os';
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { JSDOM } from 'jsdom';
import planer from 'planer';
import replyParser from 'email-reply-parser';

const EmailReplyParser = replyParser.default ?? replyParser;
const here = path.dirname(fileURLToPath(import.meta.url));
const repo = path.resolve(here, '..', '..');
const shared = process.env.CROSSDEPT_SHARED || path.resolve(repo, '..', 'shared');
const fixtures = path.join(shared, 'peer-fixtures');
if (!fs.existsSync(fixtures)) {
  console.error(`compare: ${fixtures} not found; set CROSSDEPT_SHARED to the shared folder`);
  process.exit(2);
}
const load = (p) => JSON.parse(fs.readFileSync(path.join(fixtures, p), 'utf8'));
const read = (p) => fs.readFileSync(path.join(fixtures, p), 'utf8');
const dom = new JSDOM('');
const htmlText = (html) => new JSDOM(html).window.document.body?.textContent ?? '';

// Cases: {id, text|html, expected, sig: 'kept'|'hidden'|'either', compare: 'lines'|'nospace'}
function buildSuites() {
  const talon = load('talon/expected.json');
  const github = load('email_reply_parser/expected.json');
  const crisp = load('email-reply-parser/expected.json');
  const qq = load('quotequail/expected.json');
  const suites = {};

  suites['talon plain'] = [
    ...Object.entries(talon.standard_replies.cases).map(([file, c]) => ({ id: file, text: c.text_plain_body, expected: c.expected_reply, sig: 'kept', compare: 'lines' })),
    ...talon.inline_cases.cases.filter((c) => c.function === 'extract_from_plain' && !c.requires_patch)
      .map((c) => ({ id: c.id, text: c.args[0], expected: c.expected, sig: 'kept', compare: 'lines' })),
  ];
  suites['talon html'] = [
    ...Object.entries(talon.html_replies.cases).map(([file, c]) => ({ id: file, html: read(path.join('talon', file)), expected: c.expected_plain_reply, sig: 'kept', compare: 'nospace' })),
    ...talon.inline_cases.cases.filter((c) => c.function === 'extract_from_html' && !c.requires_patch)
      .map((c) => ({ id: c.id, html: c.args[0], expected: htmlText(c.expected), sig: 'kept', compare: 'nospace' })),
  ];
  suites['github parse_reply'] = [...github.cases, ...github.inline_cases].filter((c) => typeof c.parse_reply === 'string')
    .map((c) => ({ id: c.test, text: c.input ?? read(path.join('email_reply_parser', c.fixture)), expected: c.parse_reply, sig: 'hidden', compare: 'lines' }));
  suites['crisp reply text'] = crisp.tests.flatMap((t) => {
    const text = t.fixture ? read(path.join('email-reply-parser', t.fixture)) : t.inline_input;
    const a = t.assertions.find((x) => (x.kind === 'fragment_trimmed_equals' || x.kind === 'fragment_equals') && x.index === 0)
      ?? t.assertions.find((x) => ['visible_text_equals', 'visible_text_trimmed_equals', 'parse_reply_equals'].includes(x.kind));
    if (!a || text == null) return [];
    // The first fragment ends at a signature or a quote: with or without the signature both count, for every parser.
    return [{ id: t.test, text, expected: a.value, sig: a.kind.startsWith('fragment') ? 'either' : 'hidden', compare: 'lines' }];
  });
  suites['quotequail unwrap'] = qq.unwrap.map((c) => ({
    id: c.test, text: c.text, sig: 'kept', compare: 'lines',
    expected: c.expected === null ? c.text : [c.expected.text_top, c.expected.text_bottom].filter((x) => x != null).join('\n\n'),
  }));
  return suites;
}

const norm = (s) => (s ?? '').replace(/\r\n?/g, '\n').split('\n').map((l) => l.trimEnd()).join('\n').replace(/\n{3,}/g, '\n\n').trim();
const nospace = (s) => (s ?? '').replace(/\s+/g, '');

function passes(c, out) {
  if (!out) return false;
  const same = (x) => (c.compare === 'nospace' ? nospace(x) === nospace(c.expected) : norm(x) === norm(c.expected));
  if (c.sig === 'kept') return same(out.withSig);
  if (c.sig === 'hidden') return same(out.withoutSig);
  return same(out.withSig) || same(out.withoutSig);
}

const parsers = {
  planer: (c) => {
    if (c.html != null) {
      const out = planer.extractFromHtml(c.html, dom.window.document);
      const text = htmlText(out);
      return { withSig: text, withoutSig: text };
    }
    const out = planer.extractFrom(c.text, 'text/plain');
    return { withSig: out, withoutSig: out }; // planer strips quotes only; it has no signature extraction
  },
  'email-reply-parser': (c) => {
    if (c.html != null) return null; // plain text only
    const email = new EmailReplyParser().read(c.text);
    const fragments = email.getFragments();
    const withSig = fragments.filter((f) => !f.isQuoted() && (!f.isHidden() || f.isSignature())).map((f) => f.getContent()).join('\n');
    return { withSig, withoutSig: email.getVisibleText() };
  },
};

// One second of warm-up, then five half-second rounds, best one kept: this machine is shared, and a round that lost the CPU says nothing about the parser.
function timeJs(fn, cases) {
  const usable = cases.filter((c) => fn(c) !== null);
  if (usable.length === 0) return null;
  // A second of untimed reads first, as for ours, so every parser is timed on optimised code.
  const warm = process.hrtime.bigint();
  while (Number(process.hrtime.bigint() - warm) < 1e9) for (const c of usable) { try { fn(c); } catch { /* ignore */ } }
  let best = 0;
  for (let round = 0; round < 5; round++) {
    let reads = 0;
    const start = process.hrtime.bigint();
    let elapsed = 0;
    while (elapsed < 5e8) {
      for (const c of usable) { try { fn(c); } catch { /* counted as a failure above */ } reads++; }
      elapsed = Number(process.hrtime.bigint() - start);
    }
    best = Math.max(best, reads / (elapsed / 1e9));
  }
  return best;
}

function ours(cases) {
  const file = path.join(os.tmpdir(), `crossdept-peers-${process.pid}.json`);
  fs.writeFileSync(file, JSON.stringify(cases.map((c) => ({ id: c.id, html: c.html ?? null, text: c.text ?? null }))));
  const dll = path.join(repo, 'bench', 'CrossDept.Bench', 'bin', 'Release', 'net10.0', 'CrossDept.Bench.dll');
  const out = JSON.parse(execFileSync('dotnet', [dll, 'peers', file], { encoding: 'utf8', maxBuffer: 1 << 28 }));
  fs.unlinkSync(file);
  return { results: out.results.map((r) => ({ withSig: r.text, withoutSig: r.body })), casesPerSecond: out.casesPerSecond };
}

execFileSync('dotnet', ['build', '-c', 'Release', '--nologo', '-v', 'q', path.join(repo, 'bench', 'CrossDept.Bench')], { stdio: 'inherit' });
const suites = buildSuites();
const rows = [];
const totals = { ours: [0, 0], planer: [0, 0], 'email-reply-parser': [0, 0] };
for (const [suite, cases] of Object.entries(suites)) {
  const us = ours(cases);
  const row = { suite, cases: cases.length };
  const passed = cases.filter((c, i) => passes(c, us.results[i])).length;
  row.ours = { passed, rate: passed / cases.length, perSecond: us.casesPerSecond };
  totals.ours[0] += passed; totals.ours[1] += cases.length;
  for (const [name, fn] of Object.entries(parsers)) {
    const usable = cases.filter((c) => !(c.html != null && name === 'email-reply-parser'));
    if (usable.length === 0) { row[name] = null; continue; }
    let ok = 0;
    for (const c of usable) { try { if (passes(c, fn(c))) ok++; } catch { /* a crash is a failure */ } }
    row[name] = { passed: ok, rate: ok / usable.length, perSecond: timeJs((c) => { try { return fn(c); } catch { return undefined; } }, usable) };
    totals[name][0] += ok; totals[name][1] += usable.length;
  }
  rows.push(row);
}

if (process.argv.includes('--failures')) {
  for (const [suite, cases] of Object.entries(suites)) {
    const us = ours(cases);
    cases.forEach((c, i) => { if (!passes(c, us.results[i])) console.log(`ours fails ${suite}: ${c.id}`); });
  }
}

const cell = (r) => (r ? `${(100 * r.rate).toFixed(1)}% (${r.passed})  ${Math.round(r.perSecond).toLocaleString('en-US')}/s` : 'n/a (text only)');
console.log('\n| suite | cases | ours: pass, cases/s | email-reply-parser (crisp) | planer (talon JS) |');
console.log('|---|---|---|---|---|');
for (const r of rows) console.log(`| ${r.suite} | ${r.cases} | ${cell(r.ours)} | ${cell(r['email-reply-parser'])} | ${cell(r.planer)} |`);
const pct = ([a, b]) => `${(100 * a / b).toFixed(1)}% (${a}/${b})`;
console.log(`| all | | ${pct(totals.ours)} | ${pct(totals['email-reply-parser'])} | ${pct(totals.planer)} |`);
