import { css } from 'lit';

/** The filter form: search, department, two checkboxes and "Clear filters". */
export const filterStyles = css`
  .filters {
    display: flex;
    flex-wrap: wrap;
    align-items: end;
    gap: 0.5rem 1rem;
  }

  .field {
    display: flex;
    flex-direction: column;
    gap: 0.25rem;
  }

  .field-search {
    flex: 1 1 14rem;
  }

  .field-label {
    font-size: 0.875em;
    font-weight: 600;
  }

  input[type='search'],
  select {
    min-block-size: 2.25rem;
    padding: 0.25rem 0.5rem;
    border: 1px solid var(--_border);
    border-radius: calc(var(--_radius) / 2);
    background: var(--_surface);
  }

  .check {
    display: inline-flex;
    align-items: center;
    gap: 0.375rem;
    min-block-size: 2.25rem;
  }

  input[type='checkbox'] {
    accent-color: var(--_accent);
  }

  .clear {
    min-block-size: 2.25rem;
    padding: 0.25rem 0.75rem;
    border: 1px solid var(--_accent);
    border-radius: calc(var(--_radius) / 2);
    background: var(--_surface);
    color: var(--_accent);
    cursor: pointer;
  }
`;
