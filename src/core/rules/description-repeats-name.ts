/**
 * 绩效指标描述 / 指标解释 equal to the 三级 name after normalisation (with or without the name's bracketed unit), or
 * too short to explain anything (a bare number, under 4 characters) (rules.md §3, domain.md R05).
 */
import { defineRule } from './define-rule';
import { normalizeName, stripUnitSuffix } from '../text/normalize';

export default defineRule({
  id: 'description-repeats-name',
  scope: 'table',
  defaultSeverity: 'warning',
  description: {
    'zh-CN': '指标描述只是重复指标名称或过短',
    'en-US': 'The description repeats the name or is too short',
  },
  messages: {
    repeats: {
      'zh-CN': '指标描述与三级指标名称“{{name}}”相同：请说明统计口径或计算方法。',
      'en-US': 'The description repeats the indicator name “{{name}}”: say how it is counted or computed.',
    },
    tooShort: {
      'zh-CN': '指标描述“{{description}}”过短，无法说明统计口径或计算方法。',
      'en-US': 'The description “{{description}}” is too short to say how the indicator is counted.',
    },
    missing: {
      'zh-CN': '三级指标“{{name}}”没有指标描述。',
      'en-US': 'Indicator “{{name}}” has no description.',
    },
  },
  check({ table, report }) {
    for (const row of table.rows) {
      const d = row.description;
      const name = row.level3.text;
      if (!d || name === '' || d.error) continue;
      const dn = normalizeName(d.text);
      if (dn === '') {
        if (row.value.text !== '') report({ messageId: 'missing', cell: d.cell, data: { name } });
      } else if (dn === normalizeName(name) || dn === stripUnitSuffix(name))
        report({ messageId: 'repeats', cell: d.cell, data: { name }, related: [row.level3.cell] });
      else if (/^[\d.%\s]+$/.test(dn) || (dn.length < 8 && [...dn].length < 4))
        report({ messageId: 'tooShort', cell: d.cell, data: { description: d.text } });
    }
  },
});
