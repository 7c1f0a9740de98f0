/**
 * Boilerplate that measures nothing for the project: 环保节能, 节能环保减排, 生态环境质量改善, 改善生态环境质量,
 * 网络生态环境 … with a bare percent (rules.md §3, domain.md R12). The list is configurable.
 */
import { defineRule } from './define-rule';
import { normalizeName } from '../text/normalize';

const fillerSets = new WeakMap<readonly string[], ReadonlySet<string>>();

/** The normalised filler names of a configuration, built once per configuration list. */
function fillerSet(list: readonly string[]): ReadonlySet<string> {
  let set = fillerSets.get(list);
  if (!set) {
    set = new Set(list.map(normalizeName));
    fillerSets.set(list, set);
  }
  return set;
}

export default defineRule({
  id: 'filler-indicator',
  scope: 'table',
  defaultSeverity: 'warning',
  description: {
    'zh-CN': '套话式指标，无实际衡量内容',
    'en-US': 'A boilerplate indicator that measures nothing',
  },
  messages: {
    filler: {
      'zh-CN': '“{{name}}”是套话，不衡量本项目的任何结果：项目没有此类效益就删除该行，有则写出具体度量。',
      'en-US':
        '“{{name}}” is boilerplate that measures nothing for this project: delete the row, or state a real measure.',
    },
  },
  check({ table, config, report }) {
    const fillers = fillerSet(config.fillerIndicators);
    for (const row of table.rows) {
      const n = normalizeName(row.level3.text);
      if (n === '' || !fillers.has(n)) continue;
      const p = row.parsed;
      // a filler name with a concrete non-percent measure (…吨, …万元) is left alone
      if (p.ok && p.value.kind === 'quantitative' && p.value.unit !== null && p.value.unit !== '%') continue;
      report({ messageId: 'filler', cell: row.level3.cell, data: { name: row.level3.text } });
    }
  },
});
