import type { Plugin } from 'vite';

export function dropTemplateIndentation(code: string, fileName?: string): string;
export function htmlLiterals(): Plugin;
