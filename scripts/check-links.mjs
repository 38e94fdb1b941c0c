#!/usr/bin/env node
/**
 * Checks every relative link in README.md and docs/**\/*.md: the file (or folder) must exist, and
 * a `#fragment` into a Markdown file must name one of its headings (GitHub's anchor rules). Links
 * inside code are not links. Exits 1 with one line per broken link (`npm run check:docs` runs it).
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');

function markdownFiles(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return markdownFiles(path);
    return entry.name.endsWith('.md') ? [path] : [];
  });
}

/** The text with fenced code blocks and inline code blanked out, line numbers kept. */
function withoutCode(text) {
  return text
    .replace(/^( {0,3})(`{3,}|~{3,})[^\n]*\n[\s\S]*?^ {0,3}\2[^\n]*$/gm, (block) => block.replace(/[^\n]/g, ' '))
    .replace(/(`+)(?!`)[\s\S]*?[^`]\1(?!`)/g, (span) => span.replace(/[^\n]/g, ' '));
}

/** GitHub's heading anchors: lower case, punctuation dropped, spaces to hyphens, repeats numbered. */
function anchorsOf(file) {
  const seen = new Map();
  const anchors = new Set();
  const text = readFileSync(file, 'utf8').replace(/^( {0,3})(`{3,}|~{3,})[^\n]*\n[\s\S]*?^ {0,3}\2[^\n]*$/gm, '');
  for (const [, heading] of text.matchAll(/^ {0,3}#{1,6}[ \t]+(.+?)[ \t#]*$/gm)) {
    const plain = heading
      .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1') // a link's text
      .replace(/<[^>\s]+>/g, (tag) => (/^<\/?[a-z][\w-]*(\s[^>]*)?>$/i.test(tag) && !/^<pk-/.test(tag) ? '' : tag));
    const slug = plain
      .toLowerCase()
      .replace(/[^\p{L}\p{M}\p{N}\p{Pc} -]/gu, '')
      .replace(/ /g, '-');
    const count = seen.get(slug) ?? 0;
    seen.set(slug, count + 1);
    anchors.add(count ? `${slug}-${count}` : slug);
  }
  for (const [, id] of text.matchAll(/<a\s+(?:name|id)="([^"]+)"/g)) anchors.add(id);
  return anchors;
}

/** [text](target), ![alt](target) and [label]: target definitions, with their line numbers. */
function linksOf(text) {
  const clean = withoutCode(text);
  const links = [];
  const lineAt = (index) => clean.slice(0, index).split('\n').length;
  for (const match of clean.matchAll(/\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)/g)) {
    links.push({ target: match[1], line: lineAt(match.index) });
  }
  for (const match of clean.matchAll(/^ {0,3}\[[^\]]+\]:\s*<?(\S+?)>?(?:\s|$)/gm)) {
    links.push({ target: match[1], line: lineAt(match.index) });
  }
  for (const match of clean.matchAll(/\bhref="([^"]+)"/g)) links.push({ target: match[1], line: lineAt(match.index) });
  return links;
}

const anchorCache = new Map();
const anchors = (file) => {
  if (!anchorCache.has(file)) anchorCache.set(file, anchorsOf(file));
  return anchorCache.get(file);
};

const files = [join(ROOT, 'README.md'), ...markdownFiles(join(ROOT, 'docs'))];
const problems = [];
let checked = 0;
for (const file of files) {
  for (const { target, line } of linksOf(readFileSync(file, 'utf8'))) {
    if (/^[a-z][a-z0-9+.-]*:/i.test(target) || target.startsWith('//')) continue; // absolute URL
    checked += 1;
    const [pathPart, fragment] = target.split('#');
    const path = decodeURIComponent(pathPart);
    const destination = path ? resolve(dirname(file), path) : file;
    const where = `${relative(ROOT, file)}:${line}`;
    if (path.startsWith('/')) {
      problems.push(`${where}: ${target} is root-relative; use a path relative to the file`);
    } else if (!existsSync(destination)) {
      problems.push(`${where}: ${target}: ${relative(ROOT, destination)} does not exist`);
    } else if (fragment && destination.endsWith('.md') && statSync(destination).isFile()) {
      if (!anchors(destination).has(decodeURIComponent(fragment).toLowerCase())) {
        problems.push(`${where}: ${target}: no heading #${fragment} in ${relative(ROOT, destination)}`);
      }
    }
  }
}
for (const problem of problems) console.error(problem);
if (problems.length) {
  console.error(`Links: ${problems.length} broken of ${checked} relative links in README.md and docs/.`);
  process.exitCode = 1;
} else {
  console.log(`Links: all ${checked} relative links in README.md and docs/ resolve.`);
}
