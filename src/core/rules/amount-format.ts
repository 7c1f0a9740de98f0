/** An amount written with text ("250万") where the table states 单位：万元 (rules.md §3). */
import { defineRule } from './define-rule';
import { parseAmount } from './utils/amount';

export default defineRule({
  id: 'amount-format',
  scope: 'table',
  defaultSeverity: 'warning',
  fixable: 'suggest',
  description: { 'zh-CN': '金额带有文字单位', 'en-US': 'An amount written with a unit word' },
  messages: {
    withUnit: {
      'zh-CN': '金额“{{text}}”带有文字单位；本表单位为{{tableUnit}}，请只填数字 {{fixed}}。',
      'en-US':
        'The amount “{{text}}” carries a unit word; the table is in {{tableUnit}}: write the number {{fixed}}.',
    },
    useNumber: { 'zh-CN': '改为 {{fixed}}', 'en-US': 'Change to {{fixed}}' },
  },
  check({ table, report }) {
    const tableUnit = table.amountUnit ?? '万元';
    for (const k of ['budget', 'fiscal', 'other', 'carryover'] as const) {
      const f = table.header[k];
      if (!f) continue;
      const a = parseAmount(f.text);
      if (a.kind !== 'with-unit') continue;
      // a number shown with the table's own unit by its number format (20 under 0.00"万元"): nothing was typed as
      // text. A format that also rescales (100000 元 shown as 10.0000万元 by 0!.0000"万元") is still reported.
      const sameUnit = a.unit === tableUnit || (a.unit === '万' && tableUnit === '万元');
      if (f.number !== undefined && sameUnit && Math.abs(f.number - a.number) < 1e-9) continue;
      const inTableUnit = tableUnit === '元' ? a.value * 10000 : a.value;
      const fixed = inTableUnit.toFixed(2);
      report({
        messageId: 'withUnit',
        cell: f.cell,
        data: { text: f.text, tableUnit, fixed },
        suggestions: [{ messageId: 'useNumber', data: { fixed }, value: fixed }],
      });
    }
  },
});
