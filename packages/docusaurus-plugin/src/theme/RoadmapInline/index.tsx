/**
 * Renders roadmap markdown (mdast phrasing content) as React elements, never
 * as HTML. Only known node types are rendered; raw HTML is dropped (the core
 * reports it), images become their alt text, unsafe link URLs become text.
 */
import React from 'react';
import type {PhrasingContent} from 'mdast';
import {safeHref, isExternal} from 'docusaurus-plugin-roadmark/client';
import type {Props} from '@theme/RoadmapInline';

type Node = PhrasingContent | {type: string; value?: unknown; children?: unknown; url?: unknown; alt?: unknown};

function textOf(node: Node): string {
  if ('value' in node && typeof node.value === 'string' && node.type !== 'html') return node.value;
  if ('alt' in node && typeof node.alt === 'string') return node.alt;
  if ('children' in node && Array.isArray(node.children)) return (node.children as Node[]).map(textOf).join('');
  return '';
}

function renderNodes(nodes: readonly Node[], links: boolean): React.ReactNode[] {
  return nodes.map((node, index) => renderNode(node, index, links));
}

function renderNode(node: Node, key: number, links: boolean): React.ReactNode {
  const children = 'children' in node && Array.isArray(node.children) ? (node.children as Node[]) : [];
  switch (node.type) {
    case 'text':
      return typeof node.value === 'string' ? node.value : null;
    case 'emphasis':
      return <em key={key}>{renderNodes(children, links)}</em>;
    case 'strong':
      return <strong key={key}>{renderNodes(children, links)}</strong>;
    case 'delete':
      return <del key={key}>{renderNodes(children, links)}</del>;
    case 'inlineCode':
      return <code key={key}>{typeof node.value === 'string' ? node.value : ''}</code>;
    case 'break':
      return <br key={key} />;
    case 'image':
    case 'imageReference':
      return typeof node.alt === 'string' && node.alt ? node.alt : null;
    case 'link': {
      const href = links && typeof node.url === 'string' ? safeHref(node.url) : null;
      if (!href) return <React.Fragment key={key}>{renderNodes(children, links)}</React.Fragment>;
      return (
        <a key={key} href={href} {...(isExternal(href) ? {target: '_blank', rel: 'noopener noreferrer nofollow'} : {rel: 'nofollow'})}>
          {renderNodes(children, false)}
        </a>
      );
    }
    case 'html':
      // Raw HTML is never interpreted.
      return null;
    default:
      // linkReference, footnoteReference, future node types: their text only.
      return textOf(node) || null;
  }
}

export default function RoadmapInline({nodes, links = true}: Props): React.ReactElement {
  return <>{renderNodes(nodes as Node[], links)}</>;
}
