import { mdxToMdast, type MdastNode } from 'satteri';
import { guideComponents, guideComponentsFolder, isGuideComponent, type GuideReference } from './guide-components';
import type { BodyViolation } from './body-safety';
import { schemeOf, allowedLinkSchemes } from './link-schemes';
import { resolveRelative } from '../relative-path';

/** An id a guide names, checked once every collection has been read (the rules and the glossary). */
export interface GuideIdUse {
  line: number;
  component: string;
  refersTo: GuideReference;
  id: string;
}

export interface GuideCheck {
  violations: BodyViolation[];
  uses: GuideIdUse[];
}

type Node = MdastNode & {
  name?: string | null;
  value?: unknown;
  url?: string;
  attributes?: Array<{ type: string; name?: string; value?: unknown }>;
  position?: { start: { line: number } };
};

/** `import X from '../../src/components/guide/X.astro'`, one per statement: nothing else may run. */
const importPattern = /^import\s+([A-Z][A-Za-z0-9]*)\s+from\s+(['"])([^'"]+)\2;?$/;

/**
 * Checks an MDX guide. MDX is code, so a guide may use only the guide components, with literal
 * attributes, and import nothing but them: no export, no `{expression}`, no HTML element. Ids are
 * returned to be checked against the rules and the glossary.
 *
 * @example
 * checkGuideBody('Dal <Fact id="x" />, {process.env.SECRET}', 'content/guides/a.mdx').violations[0].message
 * // → 'An expression {…} runs code during the build, which a guide may not do.'
 */
export function checkGuideBody(body: string, file: string): GuideCheck {
  const violations: BodyViolation[] = [];
  const uses: GuideIdUse[] = [];
  let tree: Node;
  try {
    tree = mdxToMdast(body) as Node;
  } catch (error) {
    const line = Number(/(\d+):\d+/.exec(String((error as Error).message))?.[1] ?? 1);
    return {
      violations: [{ line, message: `The MDX cannot be read: ${(error as Error).message}`, fix: 'Close every component tag and escape { and < in text.' }],
      uses,
    };
  }
  const report = (node: Node, message: string, fix: string) => violations.push({ line: node.position?.start.line ?? 1, message, fix });

  const visit = (node: Node) => {
    switch (node.type) {
      case 'mdxjsEsm':
        checkEsm(node, file, report);
        break;
      case 'mdxFlowExpression':
      case 'mdxTextExpression':
        report(
          node,
          'An expression {…} runs code during the build, which a guide may not do.',
          'Use a guide component with literal attributes, such as <Fact id="…" />.',
        );
        break;
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement':
        checkElement(node, report, uses);
        break;
      case 'link':
      case 'definition': {
        const scheme = schemeOf(node.url ?? '');
        if (scheme && !allowedLinkSchemes.has(scheme))
          report(node, `A link to a ${scheme} address is not allowed.`, 'Link to a web page (https://…) or a page of this site.');
        break;
      }
      case 'image':
        report(node, 'Guides have no images of their own.', 'Remove the image.');
        break;
    }
    for (const child of (node as { children?: Node[] }).children ?? []) visit(child);
  };
  visit(tree);
  return { violations: violations.sort((a, b) => a.line - b.line), uses };
}

function checkEsm(node: Node, file: string, report: (node: Node, message: string, fix: string) => void) {
  const statements = String(node.value ?? '')
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);
  for (const statement of statements) {
    const match = importPattern.exec(statement);
    const target = match?.[3] ? resolveRelative(file, match[3]) : '';
    const name = match?.[1] ?? '';
    if (!match || !target.startsWith(`${guideComponentsFolder}/`) || !isGuideComponent(name) || target.slice(target.lastIndexOf('/') + 1) !== `${name}.astro`) {
      report(
        node,
        statement.startsWith('import')
          ? `Only the guide components (${guideComponentsFolder}/) may be imported; "${statement}" is not one.`
          : `"${statement.slice(0, 60)}" runs code during the build, which a guide may not do.`,
        `Remove it: the guide components (${Object.keys(guideComponents).join(', ')}) are available without an import.`,
      );
    }
  }
}

function checkElement(node: Node, report: (node: Node, message: string, fix: string) => void, uses: GuideIdUse[]) {
  const name = node.name ?? '';
  if (!isGuideComponent(name)) {
    report(
      node,
      /^[a-z]/.test(name) || !name ? `The HTML element <${name}> is not allowed in a guide.` : `Unknown component <${name}>.`,
      `Use Markdown, or one of the guide components: ${Object.keys(guideComponents).join(', ')}.`,
    );
    return;
  }
  const definition = guideComponents[name];
  const allowed: Record<string, { required: boolean; refersTo?: GuideReference; values?: readonly string[] }> = definition.attributes;
  const given = new Map<string, string>();
  for (const attribute of node.attributes ?? []) {
    if (attribute.type !== 'mdxJsxAttribute' || !attribute.name) {
      report(node, `<${name}> has a spread attribute {…}, which runs code.`, 'Write each attribute as name="value".');
      continue;
    }
    if (typeof attribute.value !== 'string') {
      report(node, `The attribute ${attribute.name} of <${name}> is an expression, which runs code.`, `Write it as ${attribute.name}="…", a literal string.`);
      continue;
    }
    const rule = allowed[attribute.name];
    if (!rule) {
      report(
        node,
        `<${name}> has no attribute "${attribute.name}".`,
        Object.keys(allowed).length ? `Allowed: ${Object.keys(allowed).join(', ')}.` : 'Remove it.',
      );
      continue;
    }
    if (rule.values && !rule.values.includes(attribute.value)) {
      report(
        node,
        `<${name}> has ${attribute.name}="${attribute.value}", expected one of: ${rule.values.join(', ')}.`,
        `Choose one of ${rule.values.join(', ')}.`,
      );
    }
    given.set(attribute.name, attribute.value);
  }
  for (const [attribute, rule] of Object.entries(allowed)) {
    const value = given.get(attribute);
    if (rule.required && !value?.trim()) report(node, `<${name}> needs the attribute ${attribute}.`, `Add ${attribute}="…".`);
    if (value && rule.refersTo) uses.push({ line: node.position?.start.line ?? 1, component: name, refersTo: rule.refersTo, id: value });
  }
  const children = (node as { children?: Node[] }).children ?? [];
  if (!definition.children && children.length > 0) report(node, `<${name}> takes no content.`, `Write it as <${name} … />.`);
}
