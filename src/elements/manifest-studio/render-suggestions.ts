/**
 * Suggestions for the open course, best first, each with the words that matched: a button that
 * accepts it (a click, Enter or Space). Its accessible name says what accepting does.
 */
import { html, nothing } from 'lit';
import type { Suggestion } from '../../core/suggest/index.js';
import type { StudioEnv } from './environment.js';

export interface SuggestionList {
  id: string;
  heading: string;
  suggestions: readonly Suggestion[];
  label(id: string): string;
  accept(id: string): void;
}

export function renderSuggestions({ t }: StudioEnv, { id, heading, suggestions, label, accept }: SuggestionList): unknown {
  if (suggestions.length === 0) return nothing;
  return html`<div class="suggestions" part="suggestions" role="group" aria-labelledby=${`${id}-heading`}>
    <h3 id=${`${id}-heading`}>${heading}</h3>
    <ul>
      ${suggestions.map(
        (suggestion) => html`<li>
          <button type="button" part="suggestion" @click=${() => accept(suggestion.id)}>
            ${t('manifest-studio.suggest.accept', { name: label(suggestion.id) })}
          </button>
          <span class="match" part="suggestion-match">${t('manifest-studio.suggest.matched', { words: suggestion.matched.join(', ') })}</span>
        </li>`,
      )}
    </ul>
  </div>`;
}
