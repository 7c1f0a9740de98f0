/**
 * project-code (rules.md §3): 项目编码 empty (error), or, where the title names a year, the code's year digits (after the
 * 6-digit region code: 130303 21 …) disagree with it (warning). Seed layout: B3 项目编码, A3 its label, A1 the title.
 */
import { ruleTester, seedTable, table88, withNumber } from '../../support/rule-tester';

ruleTester.run('project-code', {
  valid: [
    {
      name: 'a 15-digit code stored as a number keeps every digit',
      grid: withNumber(
        seedTable({ header: { title: '项目支出绩效目标表' } }),
        'B3',
        130303210000001,
        '0',
        '130303210000001',
      ),
    },
    { name: 'the clean table: 2021年 and 13030321…', grid: seedTable() },
    {
      name: 'a title that names no year',
      grid: seedTable({
        header: {
          title: '4.法律顾问聘用经费绩效目标表',
          name: '法律顾问聘用经费',
          code: '13030322Y30U53UWH2HAS',
        },
      }),
    },
    {
      name: 'the 2022 seed table with a 22 code',
      grid: seedTable({
        header: {
          title: '11.提前下达2022年社区矫正补助资金绩效目标表',
          name: '提前下达2022年社区矫正补助资金',
          code: '13030322Y30U53UWHBGIP',
        },
      }),
    },
    {
      name: 'a code without the region+year pattern is not read for a year',
      grid: seedTable({ header: { code: 'FY-0042' } }),
    },
    { name: 'a layout without 项目编码 (88)', grid: table88() },
  ],
  invalid: [
    {
      name: 'a 20-digit code stored as a number has lost its last digits (shown 1.30303E+19)',
      grid: withNumber(seedTable(), 'B3', 13030321000000000000, 'General', '1.30303E+19'),
      errors: [{ messageId: 'lostDigits', cell: 'B3', severity: 'error', data: { code: '1.30303E+19' } }],
    },
    {
      name: '项目编码 empty (error)',
      grid: seedTable({ header: { code: '' } }),
      errors: [{ messageId: 'empty', cell: 'B3', severity: 'error', related: ['A3'] }],
    },
    {
      name: 'the title names 2022, the code carries 21',
      grid: seedTable({ header: { title: '1.提前下达2022年社区矫正补助资金绩效目标表' } }),
      errors: [
        {
          messageId: 'yearMismatch',
          cell: 'B3',
          data: { code: '13030321Y30U53UWH2HAS', codeYear: '21', titleYear: '2022' },
          related: ['A1'],
        },
      ],
    },
    {
      name: 'the year is read from 项目名称 when the title has none',
      grid: seedTable({
        header: { title: '1.社区矫正补助资金绩效目标表', name: '提前下达2023年社区矫正补助资金' },
      }),
      errors: [{ messageId: 'yearMismatch', cell: 'B3', data: { titleYear: '2023' }, related: ['A1'] }],
    },
    {
      name: 'severity override via config.rules applies to the empty-code error too',
      grid: seedTable({ header: { code: '' } }),
      config: { rules: { 'project-code': 'info' } },
      errors: [{ messageId: 'empty', cell: 'B3', severity: 'info', related: ['A3'] }],
    },
  ],
});
