import { markdownToMdast, type MdastNode } from 'satteri';
import { blockDefinitions, isBlockName } from './blocks';
import { markdownFeatures } from './features';
import { allowedLinkSchemes, schemeOf } from './link-schemes';

export interface BodyViolation {
  /** 1-based line within the body. */
  line: number;
  message: string;
  fix: string;
}

/** Tags named in the error so an editor understands why their paste was refused. */
const dangerousTags = /<\s*\/?\s*(script|iframe|object|embed|style|link|meta|form|base|svg|math)\b/i;
const eventHandler = /\son[a-z]+\s*=/i;

function describeHtml(value: string): { message: string; fix: string } {
  const tag = dangerousTags.exec(value)?.[1]?.toLowerCase();
  if (tag) return { message: `A <${tag}> element is not allowed in content.`, fix: 'Remove it. Embeds and scripts cannot be published from the CMS.' };
  if (eventHandler.test(value))
    return { message: 'An HTML event attribute (on…=) is not allowed in content.', fix: 'Remove the HTML; use Markdown formatting instead.' };
  if (/^\s*<[A-Z]/.test(value))
    return {
      message: `Unknown component ${value.trim().split(/[\s>/]/)[0]}>: components are not allowed in content.`,
      fix: 'Use one of the content blocks offered by the editor (callout, citazione, figura).',
    };
  return { message: 'Raw HTML is not allowed in content.', fix: 'Use Markdown formatting, or a content block (callout, citazione, figura).' };
}

/**
 * Checks a CMS body: Markdown and the registered content blocks only, with literal attributes.
 * Returns every violation with its line, so one build run lists them all.
 *
 * @example
 * checkBody('Ciao <script>x</script>') // → [{ line: 1, message: 'A <script> element is not allowed in content.', … }]
 */
export function checkBody(body: string, options: { imagesAllowed: boolean } = { imagesAllowed: true }): BodyViolation[] {
  const violations: BodyViolation[] = [];
  const tree = markdownToMdast(body, { features: markdownFeatures }) as MdastNode;
  const report = (node: { position?: { start: { line: number } } | undefined }, message: string, fix: string) =>
    violations.push({ line: node.position?.start.line ?? 1, message, fix });

  const visit = (node: MdastNode, insideCode: boolean) => {
    switch (node.type) {
      case 'html': {
        const { message, fix } = describeHtml(node.value);
        report(node, message, fix);
        break;
      }
      case 'link':
      case 'definition': {
        const scheme = schemeOf(node.url);
        if (scheme && !allowedLinkSchemes.has(scheme)) {
          report(
            node,
            `A link to a ${scheme} address is not allowed.`,
            'Link to a web page (https://…), an email (mailto:…) or a page of this site (/servizi/…).',
          );
        }
        break;
      }
      case 'image': {
        if (!options.imagesAllowed) {
          report(node, 'This kind of entry cannot contain images.', 'Remove the image, or put it in a story or a news item.');
        } else if (!/^(\.\/)?media\/[^/]+$/.test(node.url)) {
          report(
            node,
            `Images must be files uploaded with the entry (media/…); "${node.url}" is not.`,
            'Upload the image in the CMS: remote images would also send visitors’ data to another site.',
          );
        }
        if (!node.alt?.trim()) report(node, 'An image has no alternative text.', 'Describe the image in the brackets: ![description](./file.jpg).');
        break;
      }
      case 'containerDirective':
      case 'leafDirective': {
        checkDirective(node, report);
        break;
      }
      case 'text': {
        if (!insideCode && /\{[^{}]*\}/.test(node.value)) {
          report(node, 'Curly braces {…} look like code, which content cannot contain.', 'Remove the braces, or put the text in `code` if it must show them.');
        }
        break;
      }
      case 'paragraph': {
        const first = node.children[0];
        if (first?.type === 'text' && /^(import|export)\s/.test(first.value)) {
          report(
            node,
            'A line starting with import/export looks like code, which content cannot contain.',
            'Reword the sentence so it does not start with import or export.',
          );
        }
        break;
      }
    }
    if ('children' in node) for (const child of node.children as MdastNode[]) visit(child, insideCode);
  };
  visit(tree, false);
  // An inline <script>…</script> is two HTML nodes on one line: say it once.
  const unique = new Map(violations.map((v) => [`${v.line}\u0000${v.message}`, v]));
  return [...unique.values()].sort((a, b) => a.line - b.line);
}

type DirectiveNode = Extract<MdastNode, { type: 'containerDirective' | 'leafDirective' }>;

function checkDirective(node: DirectiveNode, report: (node: DirectiveNode, message: string, fix: string) => void) {
  const known = Object.keys(blockDefinitions).join(', ');
  if (node.type === 'leafDirective' || !isBlockName(node.name)) {
    report(node, `Unknown content block "${node.name}".`, `Use one of: ${known}.`);
    return;
  }
  const definition = blockDefinitions[node.name];
  const attributes: Record<string, string | null | undefined> = node.attributes ?? {};
  const allowed: Record<string, { values?: readonly string[]; required: boolean; maxLength?: number }> = definition.attributes;
  for (const [name, value] of Object.entries(attributes)) {
    const rule = allowed[name];
    if (!rule) {
      report(
        node,
        `The block "${node.name}" has no attribute "${name}".`,
        Object.keys(allowed).length ? `Allowed: ${Object.keys(allowed).join(', ')}.` : 'Remove the attribute.',
      );
    } else if (rule.values && !rule.values.includes(value ?? '')) {
      report(node, `The block "${node.name}" has ${name}="${value}", expected one of: ${rule.values.join(', ')}.`, `Choose one of ${rule.values.join(', ')}.`);
    } else if (rule.maxLength && (value ?? '').length > rule.maxLength) {
      report(node, `The attribute ${name} of "${node.name}" is longer than ${rule.maxLength} characters.`, 'Shorten it.');
    }
  }
  for (const [name, rule] of Object.entries(allowed)) {
    if (rule.required && !attributes[name]?.trim())
      report(node, `The block "${node.name}" needs the attribute ${name}.`, `Add ${name}="…" after :::${node.name}.`);
  }
  if (definition.content === 'one-image') {
    const images = countImages(node);
    if (images !== 1)
      report(node, `The block "${node.name}" must contain exactly one image, found ${images}.`, `Put one image between :::${node.name}[caption] and :::.`);
  }
}

function countImages(node: MdastNode): number {
  if (node.type === 'image') return 1;
  return 'children' in node ? (node.children as MdastNode[]).reduce((sum, child) => sum + countImages(child), 0) : 0;
}
