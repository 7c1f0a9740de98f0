/**
 * funding-sum (rules.md §3, domain.md R16): 预算数 ≠ 财政资金 + 其他资金 (tolerance 0.005 万元, config.fundingTolerance);
 * a non-numeric amount; info with the fix "0.00" for a blank 其他资金. Seed: blank 其他资金 in every table.
 * Seed layout: C4 预算数 · E4 财政资金 · G4 其他资金. 88 layout (年度 group): E7 · E8 · E9.
 */
import { gridFromRows } from '../../../src/core';
import {
  departmentTable,
  ruleTester,
  seedTable,
  table88,
  withError,
  withNumber,
} from '../../support/rule-tester';

ruleTester.run('funding-sum', {
  valid: [
    { name: 'the clean table: 20.00 = 20.00 + 0.00', grid: seedTable() },
    {
      name: 'a split budget: 39.28 = 30.00 + 9.28',
      grid: seedTable({ header: { budget: '39.28', fiscal: '30.00', other: '9.28' } }),
    },
    { name: 'within the tolerance: 20.00 vs 19.996 + 0', grid: seedTable({ header: { fiscal: '19.996' } }) },
    {
      name: 'a wider tolerance via config',
      grid: seedTable({ header: { fiscal: '19.95' } }),
      config: { fundingTolerance: 0.1 },
    },
    {
      name: 'amounts with unit words are read in 万元 (amount-format reports the form)',
      grid: seedTable({ header: { budget: '20万元', fiscal: '200000元' } }),
    },
    { name: 'an empty 预算数 is table-header-missing’s', grid: seedTable({ header: { budget: '' } }) },
    {
      name: 'currency formats: ¥20.00 = ￥18.00 + ¥2.00 (numbers shown with a ¥ format)',
      grid: withNumber(
        withNumber(
          withNumber(seedTable(), 'C4', 20, '¥#,##0.00', '¥20.00'),
          'E4',
          18,
          '¥#,##0.00',
          '￥18.00',
        ),
        'G4',
        2,
        '¥#,##0.00',
        '¥2.00',
      ),
    },
    {
      name: '其他资金 0 in an accounting format (Excel shows "-"): the number counts, nothing to fill in',
      grid: withNumber(seedTable(), 'G4', 0, '_ * #,##0.00_ ;_ * -#,##0.00_ ;_ * "-"??_ ;_ @_ ', '-'),
    },
    {
      name: 'an error value in 其他资金: cell-error’s, no sum is checked',
      grid: withError(seedTable({ header: { budget: '25.00' } }), 'G4', '#N/A'),
    },
    { name: 'the 88 layout: the 年度 group adds up (the 中期 group is 60 = 60 + 0)', grid: table88() },
    {
      name: "config.rules 'off' turns the rule off",
      grid: seedTable({ header: { budget: '25.00', other: '' } }),
      config: { rules: { 'funding-sum': 'off' } },
    },
  ],
  invalid: [
    {
      name: '上年结转资金 counts: 20.00 ≠ 15.00 + 3.00 + 0.00',
      grid: gridFromRows('Sheet1', [
        ['项目支出绩效目标表'],
        ['项目名称', '法律援助'],
        ['年度资金总额', '财政拨款', '上年结转资金', '其他资金'],
        ['20.00', '15.00', '3.00', '0.00'],
        ['年度目标', '办理法律援助案件120件以上。'],
        ['一级指标', '二级指标', '三级指标', '指标值'],
        ['产出指标', '数量指标', '案件数', '≥120件'],
      ]),
      errors: [
        {
          messageId: 'mismatchCarryover',
          cell: 'A4',
          data: { budget: '20.00', fiscal: '15.00', carryover: '3.00', other: '0.00', diff: '2.00' },
          related: ['B4', 'C4', 'D4'],
        },
      ],
    },
    ...['-', '—', '/', '无'].map((other) => ({
      name: `其他资金 “${other}” (none; Excel's accounting format shows 0 as "-"): as blank, info, fix 0.00`,
      grid: seedTable({ header: { other } }),
      errors: [
        { messageId: 'otherBlank', cell: 'G4', severity: 'info' as const, fix: '0.00', related: ['F4'] },
      ],
    })),
    {
      name: 'the seed’s blank 其他资金: info, fix 0.00',
      grid: seedTable({ header: { other: '' } }),
      errors: [{ messageId: 'otherBlank', cell: 'G4', severity: 'info', fix: '0.00', related: ['F4'] }],
    },
    {
      name: '预算数 ≠ 财政资金 + 其他资金',
      grid: seedTable({ header: { budget: '25.00' } }),
      errors: [
        {
          messageId: 'mismatch',
          cell: 'C4',
          data: { budget: '25.00', fiscal: '20.00', other: '0.00', diff: '5.00' },
          related: ['E4', 'G4'],
        },
      ],
    },
    {
      name: 'a mismatch with a blank 其他资金 too',
      grid: seedTable({ header: { budget: '23.04', fiscal: '20.00', other: '' } }),
      errors: [
        { messageId: 'mismatch', cell: 'C4', data: { diff: '3.04' }, related: ['E4', 'G4'] },
        { messageId: 'otherBlank', cell: 'G4', severity: 'info', fix: '0.00', related: ['F4'] },
      ],
    },
    {
      name: 'a non-numeric 财政资金',
      grid: seedTable({ header: { fiscal: '待定' } }),
      errors: [{ messageId: 'notNumeric', cell: 'E4', data: { text: '待定' } }],
    },
    {
      name: 'an empty 财政资金',
      grid: seedTable({ header: { fiscal: '' } }),
      errors: [{ messageId: 'fiscalMissing', cell: 'E4', related: ['D4'] }],
    },
    {
      name: '88 layout: 年度资金总额 ≠ 财政拨款 + 其他资金',
      grid: table88({ header: { fiscal: '15.00' } }),
      errors: [{ messageId: 'mismatch', cell: 'E7', data: { diff: '5.00' }, related: ['E8', 'E9'] }],
    },
    {
      name: 'department layout: 资金总额 ≠ 财政拨款 + 其他资金',
      grid: departmentTable({ tasks: 1, header: { fiscal: '90.00' } }),
      errors: [
        {
          messageId: 'mismatch',
          cell: 'B7',
          data: { budget: '100.00', fiscal: '90.00', diff: '10.00' },
          related: ['C7', 'D7'],
        },
      ],
    },
    {
      name: 'severity override via config.rules applies to the info finding too',
      grid: seedTable({ header: { other: '' } }),
      config: { rules: { 'funding-sum': 'warning' } },
      errors: [{ messageId: 'otherBlank', cell: 'G4', fix: '0.00', related: ['F4'] }],
    },
  ],
});
