/** A percent outside 0–100; ≥100% / >100% (means =100%); a vacuous ≤100% on a rate (rules.md §1b-5, §3). */
import { defineRule } from './define-rule';
import { isCostRow, isRateName, measureDirection } from './utils/measures';

export default defineRule({
  id: 'value-range',
  scope: 'table',
  defaultSeverity: 'error',
  fixable: 'suggest',
  description: { 'zh-CN': '百分比超出范围或无意义', 'en-US': 'A percent out of range or meaningless' },
  messages: {
    outOfRange: {
      'zh-CN': '百分比“{{value}}”超出 0–100% 的范围。',
      'en-US': 'The percent “{{value}}” is outside 0–100%.',
    },
    atLeastHundred: {
      'zh-CN': '“{{value}}”不可能超过100%，应写作“=100%”。',
      'en-US': '“{{value}}” cannot exceed 100%: write “=100%”.',
    },
    vacuous: {
      'zh-CN': '“{{value}}”对比率指标没有约束力（任何值都满足），请给出实际目标。',
      'en-US': '“{{value}}” constrains nothing for a rate: any value meets it. Give a real target.',
    },
    useEquals: { 'zh-CN': '改为“=100%”', 'en-US': 'Change to “=100%”' },
  },
  check({ table, report }) {
    for (const row of table.rows) {
      const p = row.parsed;
      if (!p.ok || p.value.unit !== '%' || p.value.number === null) continue;
      const v = p.value;
      const n = v.number!;
      if (n < 0 || n > 100)
        report({ messageId: 'outOfRange', cell: row.value.cell, data: { value: row.value.text } });
      else if (n === 100 && (v.op === '≥' || v.op === '>'))
        report({
          messageId: 'atLeastHundred',
          cell: row.value.cell,
          data: { value: row.value.text },
          suggestions: table.columns.value !== undefined ? [{ messageId: 'useEquals', value: '=100%' }] : [],
        });
      else if (
        n === 100 &&
        v.op === '≤' &&
        !isCostRow(row) &&
        isRateName(row.level3.text) &&
        measureDirection(row.level3.text) === undefined
      )
        // higher-is-better rates with ≤ are `direction` errors; costs as % are `unit-category-mismatch`
        report({ messageId: 'vacuous', cell: row.value.cell, data: { value: row.value.text } });
    }
  },
});
