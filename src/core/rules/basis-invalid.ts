/**
 * 指标值确定依据 that is no basis: a repeat of the indicator name, a formula or share (服务对象占比), a scope (全区范围).
 * Accepted: 计划标准 / 行业标准 / 历史标准 / 预算支出标准 (成本 only) / 其他标准, or a named plan, budget or document
 * (rules.md §3, domain.md §1b-8).
 */
import { defineRule } from './define-rule';
import { normalizeName } from '../text/normalize';
import { memoByText } from '../text/memo';
import { isCostRow, nameWithoutUnit } from './utils/measures';

const STANDARDS = new Set([
  '计划标准',
  '行业标准',
  '历史标准',
  '其他标准',
  '财政部门认可的其他标准',
  '预算支出标准',
]);
/** A named plan, budget or document: 年初工作计划, …规划, …方案, …文件, 预算批复 … */
const DOCUMENT_RE =
  /(计划|预算|规划|方案|文件|批复|办法|标准|规定|通知|意见|纲要|合同|协议|制度|要求|条例|法规|规范|细则|历史数据|统计数据|上年|往年|批文|任务书|责任书|指南|决定|《|》|法$|法第|要点|完成数|实际数|平均值|平均数|下达|任务|近[一二三四五]年|测算|调查)/;
const FORMULA_RE = /(占比|比例|比率|[=÷×*/]|除以|乘以|公式)/;
const SCOPE_RE = /^(全区|全市|全省|全县|全国|辖区|本区|本市|本县)?(范围|范围内|区域|全覆盖)$|范围$/;

export default defineRule({
  id: 'basis-invalid',
  scope: 'table',
  defaultSeverity: 'warning',
  description: { 'zh-CN': '指标值确定依据不是有效依据', 'en-US': 'The basis of the value is no basis' },
  messages: {
    repeatsName: {
      'zh-CN':
        '确定依据“{{basis}}”只是重复了指标名称：请填写计划标准、行业标准、历史标准、其他标准或具体文件。',
      'en-US':
        'The basis “{{basis}}” repeats the indicator name: give 计划标准, 行业标准, 历史标准, 其他标准 or a named document.',
    },
    formula: {
      'zh-CN': '确定依据“{{basis}}”是计算口径而非依据：口径请写在指标描述里，依据填写计划标准、行业标准等。',
      'en-US':
        'The basis “{{basis}}” is a formula or share, not a basis: put it in the description and give a standard here.',
    },
    scope: {
      'zh-CN': '确定依据“{{basis}}”是范围而非依据：请填写计划标准、行业标准、历史标准、其他标准或具体文件。',
      'en-US':
        'The basis “{{basis}}” is a scope, not a basis: give 计划标准, 行业标准, 历史标准, 其他标准 or a named document.',
    },
    notABasis: {
      'zh-CN':
        '确定依据“{{basis}}”不是公认的依据：请填写计划标准、行业标准、历史标准、其他标准或具体的计划、预算、文件名称。',
      'en-US':
        'The basis “{{basis}}” is no recognised basis: give 计划标准, 行业标准, 历史标准, 其他标准 or a named plan, budget or document.',
    },
    budgetStandardNotCost: {
      'zh-CN': '“预算支出标准”只用于成本指标。',
      'en-US': '预算支出标准 applies to cost indicators only.',
    },
  },
  check({ table, report }) {
    for (const row of table.rows) {
      const b = row.basis;
      if (!b || b.text === '' || b.error) continue;
      const verdict = judgeRow(b.text, row.level3.text, isCostRow(row));
      if (verdict)
        report({
          messageId: verdict,
          cell: b.cell,
          data: { basis: b.text },
          related: verdict === 'repeatsName' ? [row.level3.cell] : undefined,
        });
    }
  },
});

type Verdict = 'repeatsName' | 'formula' | 'scope' | 'notABasis' | 'budgetStandardNotCost' | null;

/** basis text → indicator name → [verdict when not a cost row, verdict when a cost row] */
const verdicts = new Map<string, Map<string, [Verdict | undefined, Verdict | undefined]>>();
let verdictCount = 0;

/** judge() without building a key string per row: a nested memo by basis, then name. */
function judgeRow(basis: string, level3: string, cost: boolean): Verdict {
  let byName = verdicts.get(basis);
  if (byName === undefined) {
    byName = new Map();
    verdicts.set(basis, byName);
  }
  let pair = byName.get(level3);
  if (pair === undefined) {
    if (verdictCount >= 20000) {
      verdicts.clear();
      verdictCount = 0;
      verdicts.set(basis, byName);
    }
    pair = [undefined, undefined];
    byName.set(level3, pair);
    verdictCount++;
  }
  const i = cost ? 1 : 0;
  let v = pair[i];
  if (v === undefined) v = pair[i] = judge(`${basis}\u0000${level3}\u0000${i}`);
  return v;
}

/** The verdict on one (basis, indicator name, is-cost) triple, worked out once per distinct triple. */
const judge = memoByText((keyText: string): Verdict => {
  const [basisText, level3, cost] = keyText.split('\u0000');
  const basis = normalizeName(basisText);
  const name = normalizeName(nameWithoutUnit(level3));
  if (STANDARDS.has(basis)) return basis === '预算支出标准' && cost !== '1' ? 'budgetStandardNotCost' : null;
  if (
    name !== '' &&
    (basis === name ||
      normalizeName(nameWithoutUnit(basisText)) === name ||
      (name.length >= 4 && basis.includes(name)))
  )
    return 'repeatsName';
  if (FORMULA_RE.test(basis)) return 'formula';
  if (SCOPE_RE.test(basis)) return 'scope';
  if (!DOCUMENT_RE.test(basis)) return 'notABasis';
  return null;
});
