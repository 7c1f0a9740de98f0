/**
 * Known confusions from a small dictionary (人元→人员, 抬导→指导, 调解袁→调解员, 做作用→作用, 戒毒品→戒毒), and brackets
 * opened in one width and closed in the other ("(人）") (rules.md §3, domain.md R19).
 */
import { defineRule } from './define-rule';
import { tableTexts } from './utils/table-texts';
import { memoByText } from '../text/memo';

export const TYPOS: ReadonlyArray<readonly [string, string]> = [
  ['人元', '人员'],
  ['抬导', '指导'],
  ['调解袁', '调解员'],
  ['做作用', '作用'],
  ['戒毒品', '戒毒'],
  ['社矫中心', '社区矫正中心'],
  ['帐户', '账户'],
  ['即时率', '及时率'],
];

/** Makes each closing bracket match its opening bracket's width: "(人）" → "(人)", "（人)" → "（人）". */
export function fixBrackets(s: string): string {
  const stack: string[] = [];
  let out = '';
  for (const ch of s) {
    if (ch === '(' || ch === '（') {
      stack.push(ch);
      out += ch;
    } else if (ch === ')' || ch === '）') {
      const open = stack.pop();
      out += open === '(' ? ')' : open === '（' ? '）' : ch;
    } else out += ch;
  }
  return out;
}

const TYPO_RE = new RegExp(TYPOS.map(([w]) => w).join('|'));
const HALF_OPEN = /[()]/;
const FULL_OPEN = /[（）]/;

export default defineRule({
  id: 'typo',
  scope: 'table',
  defaultSeverity: 'info',
  fixable: 'fix',
  description: { 'zh-CN': '错别字或括号全半角不一致', 'en-US': 'A known typo, or brackets of mixed width' },
  messages: {
    typo: {
      'zh-CN': '“{{wrong}}”疑为“{{right}}”之误。',
      'en-US': '“{{wrong}}” is probably a typo for “{{right}}”.',
    },
    brackets: {
      'zh-CN': '括号全角、半角混用：“{{text}}”。',
      'en-US': 'Brackets of mixed width: “{{text}}”.',
    },
  },
  check({ table, report }) {
    for (const f of tableTexts(table)) {
      const v = verdict(f.text);
      if (v === null) continue;
      if (v.messageId === 'typo')
        report({ messageId: 'typo', cell: f.cell, data: { wrong: v.wrong, right: v.right }, fix: v.fixed });
      else report({ messageId: 'brackets', cell: f.cell, data: { text: f.text }, fix: v.fixed });
    }
  },
});

/** What a text holds: known typos (one finding per cell, one fix with every correction), mixed brackets, or nothing. */
const verdict = memoByText(
  (text: string): { messageId: 'typo' | 'brackets'; wrong: string; right: string; fixed: string } | null => {
    const maybeTypo = TYPO_RE.test(text);
    const mixed = HALF_OPEN.test(text) && FULL_OPEN.test(text);
    if (!maybeTypo && !mixed) return null;
    let fixed = text;
    const found: Array<readonly [string, string]> = [];
    for (const [wrong, right] of TYPOS)
      if (fixed.includes(wrong)) {
        found.push([wrong, right]);
        fixed = fixed.split(wrong).join(right);
      }
    const bracketFixed = fixBrackets(fixed);
    const bracketsOff = bracketFixed !== fixed;
    fixed = bracketFixed;
    if (found.length > 0)
      return {
        messageId: 'typo',
        wrong: found.map((x) => x[0]).join('、'),
        right: found.map((x) => x[1]).join('、'),
        fixed,
      };
    if (bracketsOff) return { messageId: 'brackets', wrong: '', right: '', fixed };
    return null;
  },
);
