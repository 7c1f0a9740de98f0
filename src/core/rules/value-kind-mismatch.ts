/**
 * A 指标值类型 / 指标性质 column that contradicts the value (定性 with a number or unit, 定量 with words), or a 指标方向
 * column that contradicts the comparator (反向 with ≥, 正向 with ≤; a comparator in the 方向 column that differs from
 * the value's own) (rules.md §5).
 */
import { defineRule } from './define-rule';
import { operatorOf, type Operator } from '../schema/value';
import { stripSpaces, toHalfWidth } from '../text/normalize';

type Kind = 'quantitative' | 'qualitative' | undefined;
type Sense = 'up' | 'down' | Operator | undefined;

function kindOf(text: string): Kind {
  const t = stripSpaces(text);
  if (/^定量/.test(t)) return 'quantitative';
  if (/^定性/.test(t)) return 'qualitative';
  return undefined;
}

function senseOf(text: string): Sense {
  const t = stripSpaces(toHalfWidth(text));
  if (/^(?:正向|正|越大越好|越高越好|越多越好|高优)$/.test(t)) return 'up';
  if (/^(?:反向|负向|逆向|反|越小越好|越低越好|越少越好|低优)$/.test(t)) return 'down';
  return operatorOf(t) ?? undefined;
}

const UP: ReadonlySet<Operator> = new Set<Operator>(['≥', '>']);
const DOWN: ReadonlySet<Operator> = new Set<Operator>(['≤', '<']);

export default defineRule({
  id: 'value-kind-mismatch',
  scope: 'table',
  defaultSeverity: 'warning',
  description: {
    'zh-CN': '指标值类型或指标方向与指标值不符',
    'en-US': 'The value type or direction column contradicts the value',
  },
  messages: {
    qualitativeWithNumber: {
      'zh-CN':
        '指标性质为“{{kind}}”（定性），但指标值“{{value}}”是数值：定性指标请写分级表述，或把性质改为定量。',
      'en-US':
        'The value type is “{{kind}}” (qualitative) but “{{value}}” is a number: write a grade, or mark the indicator quantitative.',
    },
    quantitativeWithWords: {
      'zh-CN': '指标性质为“{{kind}}”（定量），但指标值“{{value}}”不是数值：请写明比较符、数值和单位。',
      'en-US':
        'The value type is “{{kind}}” (quantitative) but “{{value}}” is no number: write a comparator, a number and a unit.',
    },
    direction: {
      'zh-CN': '指标方向为“{{direction}}”，与指标值“{{value}}”的比较符“{{op}}”相反。',
      'en-US':
        'The direction column says “{{direction}}”, but the value “{{value}}” uses “{{op}}”, the opposite.',
    },
  },
  check({ table, report }) {
    for (const row of table.rows) {
      const p = row.parsed;
      const value = row.value.text;
      if (value === '') continue;
      const kindCell = row.kind;
      const kind = kindCell ? kindOf(kindCell.text) : undefined;
      if (kind === 'qualitative' && p.ok && p.value.kind === 'quantitative')
        report({
          messageId: 'qualitativeWithNumber',
          cell: row.value.cell,
          related: [kindCell!.cell],
          data: { kind: kindCell!.text, value },
        });
      else if (kind === 'quantitative' && !p.ok && p.reason === 'vague')
        report({
          messageId: 'quantitativeWithWords',
          cell: row.value.cell,
          related: [kindCell!.cell],
          data: { kind: kindCell!.text, value },
        });
      const dirCell = row.direction;
      if (!dirCell || !p.ok || p.value.op === null) continue;
      const op = p.value.op;
      const sense = senseOf(dirCell.text);
      const against =
        (sense === 'up' && DOWN.has(op)) ||
        (sense === 'down' && UP.has(op)) ||
        (sense !== undefined &&
          sense !== 'up' &&
          sense !== 'down' &&
          sense !== op &&
          (UP.has(sense) ? DOWN.has(op) : DOWN.has(sense) ? UP.has(op) : false));
      if (against)
        report({
          messageId: 'direction',
          cell: row.value.cell,
          related: [dirCell.cell],
          data: { direction: dirCell.text, value, op },
        });
    }
  },
});
