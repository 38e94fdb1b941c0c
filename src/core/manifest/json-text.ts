/**
 * Turns manifest text into a value: the size limit first (before any parsing), then `JSON.parse`,
 * with a syntax error located by line and column, and an HTML page (a login screen, a 404 page
 * served with status 200) named as such.
 */
import type { ManifestIssue } from '../errors.js';
import { findJsonSyntaxError } from './json-syntax.js';
import { MAX_DOCUMENT_CHARS } from './limits.js';

export type ParsedText = { readonly ok: true; readonly value: unknown } | { readonly ok: false; readonly issue: ManifestIssue };

const MEGABYTE = 1024 * 1024;
const BYTE_ORDER_MARK = 0xfeff;
const LOOKS_LIKE_HTML = /^\s*</;

export function parseManifestText(text: string): ParsedText {
  if (text.length > MAX_DOCUMENT_CHARS) {
    // Rounded up, so a document just over the limit never reads as exactly the limit.
    const size = Math.ceil((text.length / MEGABYTE) * 10) / 10;
    return failure('too-large', `document is ${size} MB; the limit is ${MAX_DOCUMENT_CHARS / MEGABYTE} MB`);
  }
  const body = text.charCodeAt(0) === BYTE_ORDER_MARK ? text.slice(1) : text;
  if (LOOKS_LIKE_HTML.test(body)) return failure('invalid-json', 'expected JSON but got HTML');
  try {
    return { ok: true, value: JSON.parse(body) };
  } catch (error) {
    // The scanner always finds what JSON.parse rejected; the engine's words are a last resort.
    const problem = findJsonSyntaxError(body) ?? { offset: 0, reason: String((error as Error).message) };
    const { line, column } = lineAndColumn(body, problem.offset);
    return failure('invalid-json', `invalid JSON at line ${line}, column ${column}: ${problem.reason}`);
  }
}

/** 1-based line and column (in UTF-16 code units) of `offset`. */
function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return { line, column: offset - lineStart + 1 };
}

function failure(code: string, message: string): ParsedText {
  return { ok: false, issue: { path: '', code, message } };
}
