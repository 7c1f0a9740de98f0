/**
 * value-kind-mismatch (rules.md §5): a 指标值类型 / 指标性质 column that contradicts the value (定性 with a number or a
 * unit, 定量 with words), or a 指标方向 column that contradicts the comparator (反向 with ≥, 正向 with ≤). The layouts are
 * those of the corpus' 部门预算项目绩效目标申报表 (四川 井研县: 指标性质 | 指标值 | 度量单位 | 权重 | 指标方向性) and
 * 部门整体 forms (计算符号 | 目标值 | 度量单位).
 */
import { ruleTester, sheetOf } from '../../support/rule-tester';

const HEAD = ['一级指标', '二级指标', '三级指标', '指标值类型', '指标值', '指标方向'];
const grid = (rows: string[][]): ReturnType<typeof sheetOf> =>
  sheetOf([
    ['项目名称', '村级组织运转'],
    ['年度预算数', '25.00'],
    ['年度目标', '保障村级组织正常运转'],
    HEAD,
    ...rows,
  ]);
const ok = (v: string, kind = '定量', dir = '正向'): string[] => [
  '产出指标',
  '数量指标',
  '村干部补贴人数',
  kind,
  v,
  dir,
];

ruleTester.run('value-kind-mismatch', {
  valid: [
    { name: '定量 with a number, 正向 with ≥', grid: grid([ok('≥230人')]) },
    { name: '反向 with ≤', grid: grid([ok('≤5%', '定量', '反向')]) },
    { name: '定性 with a grade', grid: grid([ok('达到预期目标', '定性', '正向')]) },
    { name: 'an empty type and direction say nothing', grid: grid([ok('≥230人', '', '')]) },
    {
      name: 'a value without comparator is value-operator-missing’s, not this rule’s',
      grid: grid([ok('230人', '定量', '反向')]),
    },
    {
      name: 'the 指标性质 column holding the comparator (财政部 form) is part of the value',
      grid: sheetOf([
        ['项目名称', '村级组织运转'],
        ['一级指标', '二级指标', '三级指标', '指标性质', '指标值', '度量单位', '指标方向性'],
        ['产出指标', '数量指标', '行政村数量', '=', '12', '个', '正向'],
      ]),
    },
  ],
  invalid: [
    {
      name: '定性 with a number and unit',
      grid: grid([ok('≥95%', '定性')]),
      errors: [{ messageId: 'qualitativeWithNumber', cell: 'E5', data: { kind: '定性', value: '≥95%' } }],
    },
    {
      name: '定量 with words',
      grid: grid([ok('明显提升', '定量')]),
      errors: [{ messageId: 'quantitativeWithWords', cell: 'E5', data: { kind: '定量', value: '明显提升' } }],
    },
    {
      name: '反向 with ≥',
      grid: grid([ok('≥95%', '定量', '反向')]),
      errors: [{ messageId: 'direction', cell: 'E5', data: { direction: '反向', op: '≥' } }],
    },
    {
      name: '正向 with ≤',
      grid: grid([ok('≤20万元', '定量', '正向')]),
      errors: [{ messageId: 'direction', cell: 'E5', data: { direction: '正向', op: '≤' } }],
    },
    {
      name: 'a comparator in the 方向 column opposite to the value’s own',
      grid: grid([ok('≤3天', '定量', '≥')]),
      errors: [{ messageId: 'direction', cell: 'E5' }],
    },
    {
      name: 'split value: 定性 in the 指标性质 column, a number and a unit beside it',
      grid: sheetOf([
        ['项目名称', '村级组织运转'],
        ['一级指标', '二级指标', '三级指标', '指标性质', '指标值', '度量单位'],
        ['产出指标', '数量指标', '行政村数量', '=', '12', '个'],
        ['', '质量指标', '应保尽保', '定性', '100', '%'],
      ]),
      errors: [{ messageId: 'qualitativeWithNumber', cell: 'E4' }],
    },
  ],
});
