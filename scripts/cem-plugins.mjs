/**
 * Analyzer plugins for what the stock analyzer cannot see in this code base:
 * - elements are registered with `defineElement('pk-x', PkX)` (core/base/define.ts), not with
 *   `customElements.define` or `@customElement`;
 * - an event's type lives in its own module, declared in `GlobalEventHandlersEventMap`
 *   (`'pk-x': PkXEvent`, with `type PkXEvent = CustomEvent<PkXDetail>`), not in the JSDoc.
 */
import { posix } from 'node:path';

/** Marks `defineElement('tag', Class)` classes as custom elements with their tag names. */
export function defineElementPlugin() {
  const tags = new Map(); // class name → { tag, module path of the define call }
  return {
    name: 'pk-define-element',
    analyzePhase({ ts, node, moduleDoc }) {
      if (!ts.isCallExpression(node) || !ts.isIdentifier(node.expression)) return;
      if (node.expression.text !== 'defineElement') return;
      const [tag, constructor] = node.arguments;
      if (!tag || !constructor || !ts.isStringLiteral(tag) || !ts.isIdentifier(constructor)) return;
      tags.set(constructor.text, { tag: tag.text, definedIn: moduleDoc.path });
    },
    packageLinkPhase({ customElementsManifest }) {
      for (const moduleDoc of customElementsManifest.modules) {
        for (const declaration of moduleDoc.declarations ?? []) {
          const definition = tags.get(declaration.name);
          if (declaration.kind !== 'class' || !definition) continue;
          declaration.customElement = true;
          declaration.tagName = definition.tag;
          const defining = customElementsManifest.modules.find((m) => m.path === definition.definedIn);
          defining?.exports?.push({
            kind: 'custom-element-definition',
            name: definition.tag,
            declaration: { name: declaration.name, module: moduleDoc.path },
          });
        }
      }
    },
  };
}

/** Gives every `@event` the `CustomEvent<Detail>` type its module declares for it. */
export function eventTypesPlugin() {
  const eventAliases = new Map(); // event name → alias name, from GlobalEventHandlersEventMap
  const aliasTypes = new Map(); // alias name → its type text, e.g. CustomEvent<PkWhyDismissDetail>
  return {
    name: 'pk-event-types',
    analyzePhase({ ts, node }) {
      if (ts.isTypeAliasDeclaration(node)) aliasTypes.set(node.name.text, node.type.getText());
      if (!ts.isInterfaceDeclaration(node) || node.name.text !== 'GlobalEventHandlersEventMap') return;
      for (const member of node.members) {
        if (ts.isPropertySignature(member) && member.type && ts.isStringLiteral(member.name)) {
          eventAliases.set(member.name.text, member.type.getText());
        }
      }
    },
    packageLinkPhase({ customElementsManifest }) {
      for (const moduleDoc of customElementsManifest.modules) {
        for (const declaration of moduleDoc.declarations ?? []) {
          for (const event of declaration.events ?? []) {
            const alias = eventAliases.get(event.name);
            if (alias) event.type = { text: aliasTypes.get(alias) ?? alias };
          }
        }
      }
    },
  };
}

/**
 * Copies two class JSDoc tags the analyzer does not read into the declaration: `@since 0.1.0`
 * (`since`) and each `@dependency pk-x` (`dependencies`, the pk elements the element draws).
 */
export function classTagsPlugin() {
  const tagsOf = new Map(); // class name → { since, dependencies }
  const text = (comment) => (typeof comment === 'string' ? comment : (comment ?? []).map((part) => part.text).join('')).trim();
  return {
    name: 'pk-class-tags',
    analyzePhase({ ts, node }) {
      if (!ts.isClassDeclaration(node) || !node.name) return;
      const found = { since: undefined, dependencies: [] };
      for (const tag of ts.getJSDocTags(node)) {
        if (tag.tagName.text === 'since') found.since = text(tag.comment);
        if (tag.tagName.text === 'dependency') found.dependencies.push(text(tag.comment));
      }
      if (found.since || found.dependencies.length > 0) tagsOf.set(node.name.text, found);
    },
    packageLinkPhase({ customElementsManifest }) {
      for (const moduleDoc of customElementsManifest.modules) {
        for (const declaration of moduleDoc.declarations ?? []) {
          const found = declaration.kind === 'class' && tagsOf.get(declaration.name);
          if (!found) continue;
          if (found.since) declaration.since = found.since;
          if (found.dependencies.length > 0) declaration.dependencies = found.dependencies;
        }
      }
    },
  };
}

/**
 * Points the manifest at the files the package ships: `src/x/y.ts` becomes `dist/x/y.js` in every
 * module `path` and every reference's `module` (relative references are resolved first). Modules
 * that declare and export nothing (type-only files, which compile to no JavaScript) are left out.
 * Runs last, after the other plugins have linked modules by their source paths.
 */
export function shippedPathsPlugin() {
  const shipped = (path) => path.replace(/^\/?src\//, 'dist/').replace(/\.ts$/, '.js');
  const resolved = (from, module) => (module.startsWith('.') ? posix.join(posix.dirname(from), module) : module);
  const rewrite = (value, from) => {
    if (Array.isArray(value)) return value.forEach((item) => rewrite(item, from));
    if (!value || typeof value !== 'object') return;
    for (const [key, inner] of Object.entries(value)) {
      if (key === 'module' && typeof inner === 'string' && !value.package) value.module = shipped(resolved(from, inner));
      else rewrite(inner, from);
    }
  };
  return {
    name: 'pk-shipped-paths',
    packageLinkPhase({ customElementsManifest }) {
      const kept = customElementsManifest.modules.filter((m) => (m.declarations ?? []).length > 0 || (m.exports ?? []).length > 0);
      for (const moduleDoc of kept) {
        rewrite(moduleDoc.declarations, moduleDoc.path);
        rewrite(moduleDoc.exports, moduleDoc.path);
        moduleDoc.path = shipped(moduleDoc.path);
      }
      customElementsManifest.modules = kept;
    },
  };
}
