/**
 * A 三级 that is a slogan or sentence, not a measure: begins with 提高/提升/加强/保障/维护/促进/控制在/确保, ends in
 * 情况/经济性, or is a category name (成本指标 …) (rules.md §3, domain.md R04).
 */
import { defineRule } from './define-rule';
import { normalizeName } from '../text/normalize';
import { memoByText } from '../text/memo';
import { canonicalLevel } from '../model/levels';

const SLOGAN_START = /^(提高|提升|加强|保障|维护|促进|控制在|确保|推动|推进|增强|强化|做好|实现|完善)/;
const VAGUE_END = /(情况|经济性)$/;
/** A name ending as a measure (人数, 站点数, 覆盖率); "提高效率" is still a slogan. */
const MEASURE_END = /(?:数|量|面积|长度|时长|时限|金额|比例|占比|[^效]率)$/;

export default defineRule({
  id: 'indicator-vague',
  scope: 'table',
  defaultSeverity: 'warning',
  description: {
    'zh-CN': '三级指标是口号或句子，不可衡量',
    'en-US': 'The 三级 is a slogan or sentence, not a measure',
  },
  messages: {
    slogan: {
      'zh-CN':
        '三级指标“{{name}}”是口号或句子，不是可衡量的指标：请写成名词性的度量（如“案件办结率”“培训人次”）。',
      'en-US':
        '“{{name}}” is a slogan or sentence, not a measure: name what is measured (e.g. 案件办结率, 培训人次).',
    },
    vagueEnd: {
      'zh-CN': '三级指标“{{name}}”以“{{word}}”结尾，无法衡量：请写明具体度量。',
      'en-US': '“{{name}}” ends in “{{word}}” and cannot be measured: name the actual measure.',
    },
    category: {
      'zh-CN': '三级指标“{{name}}”是指标类别名称，不是具体指标。',
      'en-US': '“{{name}}” is a category name, not an indicator.',
    },
  },
  check({ table, report }) {
    for (const row of table.rows) {
      const name = row.level3.text;
      if (name === '') continue;
      const v = vagueness(name);
      if (v)
        report({
          messageId: v.messageId,
          cell: row.level3.cell,
          data: v.word ? { name, word: v.word } : { name },
        });
    }
  },
});

const vagueness = memoByText(
  (name: string): { messageId: 'slogan' | 'vagueEnd' | 'category'; word?: string } | null => {
    const n = normalizeName(name);
    // "保障对象人数", "促进就业人数": a measure whatever verb it starts with
    if (SLOGAN_START.test(n) && !MEASURE_END.test(n)) return { messageId: 'slogan' };
    const end = VAGUE_END.exec(n);
    if (end) return { messageId: 'vagueEnd', word: end[1] };
    // a name ending in 指标 names a category (可持续性发展影响指标), not what is measured
    if (/指标$/.test(n) && (canonicalLevel(n).canonical !== undefined || n.length <= 14))
      return { messageId: 'category' };
    // a sentence: clauses apart by commas or ending with a full stop ("增加就业机会,提高农民收入。")
    if (n.length >= 10 && /[，,；;。]/.test(n.replace(/[。.]$/, ''))) return { messageId: 'slogan' };
    if (n.length >= 10 && /[。]$/.test(n)) return { messageId: 'slogan' };
    return null;
  },
);
