/** Short labels for the issue / PR / milestone links an item carries. */
export type LinkKind = 'issue' | 'pull' | 'milestone' | 'discussion' | 'link';

export interface LinkLabel {
  kind: LinkKind;
  /** "#3351", "!42", "milestone 7", or the host name. */
  text: string;
  /** owner/repo for forge links, to tell links of different repositories apart. */
  repo: string | null;
}

const FORGE = /^https?:\/\/(?:www\.)?(github\.com|gitlab\.com|gitee\.com)\/([^/]+\/[^/#?]+)\/(?:-\/)?(issues|pull|pulls|merge_requests|milestone|milestones|discussions)\/([^/#?]+)/i;

export function describeLink(url: string): LinkLabel {
  const forge = FORGE.exec(url);
  if (forge) {
    const [, , repo = null, section = '', ref = ''] = forge;
    const lower = section.toLowerCase();
    if (lower === 'issues') return {kind: 'issue', text: `#${ref}`, repo};
    if (lower === 'pull' || lower === 'pulls') return {kind: 'pull', text: `#${ref}`, repo};
    if (lower === 'merge_requests') return {kind: 'pull', text: `!${ref}`, repo};
    if (lower === 'discussions') return {kind: 'discussion', text: `#${ref}`, repo};
    return {kind: 'milestone', text: decodeURIComponentSafe(ref), repo};
  }
  try {
    const {hostname, pathname} = new URL(url);
    const tail = pathname.split('/').filter(Boolean).pop();
    return {kind: 'link', text: tail ? `${hostname}/…/${decodeURIComponentSafe(tail)}` : hostname, repo: null};
  } catch {
    return {kind: 'link', text: url, repo: null};
  }
}

function decodeURIComponentSafe(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
