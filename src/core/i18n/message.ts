/** A message is plain text with `{name}` placeholders, or plural forms chosen by `{count}`. */
export type Message = string | PluralMessage;

export type PluralMessage = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

export type MessageParams = Record<string, string | number>;

/** A locale's catalogue must translate every key the English one has. */
export type Catalogue<Keys extends string> = Record<Keys, Message>;
