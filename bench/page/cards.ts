/** The host page's own markup around the widgets of scenario 3: the same on both sides. */

export function card(title: string, ...widgets: Node[]): HTMLElement {
  const article = document.createElement('article');
  article.className = 'card';
  const heading = document.createElement('h3');
  heading.textContent = title;
  article.append(heading, ...widgets);
  return article;
}

export function catalogue(cards: readonly Node[]): HTMLElement {
  const section = document.createElement('section');
  section.className = 'catalogue';
  section.append(...cards);
  return section;
}
