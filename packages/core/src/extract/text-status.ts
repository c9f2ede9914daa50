/**
 * A status the item's own sentence states: "由于该项工作仍在进行中" (the work is still in progress,
 * ESP-IDF), "已形成由 … 组成的单仓架构" / "后端已经通过 … 提供" (already in place, StructureClaw),
 * "… is already supported", "has been released", "TFJob and PyTorch (already 1.0)" (Kubeflow). It is the item's own word, so it wins over a status
 * it only inherits (a section, a lead-in sentence such as "计划实现的主要目标"); a mark on the item
 * itself (a checkbox, an emoji, a tag) still wins over it. Runs after the document is read.
 */
import type {Status} from '../model.js';
import type {Draft} from './draft.js';

const CLAUSES: ReadonlyArray<readonly [Status, RegExp]> = [
  ['in-progress', /仍在进行中|正在进行中|尚在进行中|仍在开发中|正在开发中|\b(?:is|are) still (?:in progress|being (?:worked on|developed|built))\b|\bwork is (?:still )?(?:in progress|ongoing|underway)\b/i],
  // "已" + a verb of being in place; "已规划" (already planned) is not among them.
  // Followed by 的 it only describes something else ("扩展已支持的平台": extend the platforms already supported).
  ['done', /(?:已(?:经|同时)?(?:完成|实现|支持|上线|发布|形成|存在|具备|提供|交付|落地|合入|通过)|已有)(?!的)|\b(?:is|are) already (?:available|supported|implemented|shipped|released|done|in place)\b|\(already (?:v?\d+(?:\.\d+)+|GA|stable|generally available)\)|\b(?:has|have) (?:already )?been (?:completed|released|shipped|implemented|delivered|merged)\b/i],
];

/** Every clause holds one of these: texts without any skip the patterns. */
const HINT = /已|进行中|开发中|still|already|been|work is/i;

/** The status one of the item's sentences states about the item, and the words it was read from. */
export function statusInText(text: string): {status: Status; raw: string} | null {
  if (!HINT.test(text)) return null;
  for (const [status, pattern] of CLAUSES) {
    const match = pattern.exec(text);
    if (match) return {status, raw: match[0]};
  }
  return null;
}

export function applyStatusesInText(drafts: readonly Draft[]): void {
  const pending = [...drafts];
  while (pending.length > 0) {
    const draft = pending.pop()!;
    pending.push(...draft.children);
    if (draft.statusFrom === 'self' || !draft.title) continue;
    const found = statusInText(draft.title);
    if (found) Object.assign(draft, {status: found.status, statusRaw: found.raw, statusFrom: 'self'});
  }
}
