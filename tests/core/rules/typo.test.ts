/**
 * typo (rules.md §3, domain.md R19): known confusions from a small dictionary (人元→人员, 抬导→指导, 调解袁→调解员,
 * 做作用→作用, 戒毒品→戒毒), and brackets opened in one width and closed in the other ("(人）"). Info, with a safe fix
 * of the whole cell. Seed: T8 社区矫正人元托管数(人）; T2 社区矫正人数(人）.
 */
import { ruleTester, seedTable, table88 } from '../../support/rule-tester';

ruleTester.run('typo', {
  valid: [
    { name: 'the clean table', grid: seedTable() },
    {
      name: 'brackets of one width: 社区矫正人数（人）, 案件结案率(%)',
      grid: seedTable({ set: { C10: '社区矫正人数（人）', C11: '案件结案率(%)' } }),
    },
    {
      name: '人员 and 调解员 spelled right',
      grid: seedTable({ set: { C10: '社区矫正人员托管数', D15: '由人民调解员调解成功的纠纷件数占比' } }),
    },
    {
      name: '截止时间 (deadline) is correct Chinese, not a typo for 截至时间',
      grid: seedTable({ set: { C12: '数据报送截止时间', E12: '2021年12月31日前' } }),
    },
    { name: 'the 88 layout', grid: table88() },
  ],
  invalid: [
    {
      name: 'T8 社区矫正人元托管数(人）: a typo and mixed brackets, fixed at once',
      grid: seedTable({ set: { C10: '社区矫正人元托管数(人）' } }),
      errors: [
        {
          messageId: 'typo',
          cell: 'C10',
          data: { wrong: '人元', right: '人员' },
          fix: '社区矫正人员托管数(人)',
        },
      ],
    },
    {
      name: 'T2 社区矫正人数(人）: mixed brackets only',
      grid: seedTable({ set: { C10: '社区矫正人数(人）' } }),
      errors: [
        { messageId: 'brackets', cell: 'C10', data: { text: '社区矫正人数(人）' }, fix: '社区矫正人数(人)' },
      ],
    },
    {
      name: 'a full-width opening closed half-width: 案件办结率（%)',
      grid: seedTable({ set: { C11: '案件办结率（%)' } }),
      errors: [{ messageId: 'brackets', cell: 'C11', fix: '案件办结率（%）' }],
    },
    {
      name: 'typos in header texts: 资金用途 抬导, 绩效目标 调解袁',
      grid: seedTable({
        header: { purpose: '用于抬导基层司法所开展法律援助', goals: '1.开展人民调解袁业务培训不少于2次' },
      }),
      errors: [
        {
          messageId: 'typo',
          cell: 'B5',
          data: { wrong: '抬导', right: '指导' },
          fix: '用于指导基层司法所开展法律援助',
        },
        {
          messageId: 'typo',
          cell: 'B8',
          data: { wrong: '调解袁', right: '调解员' },
          fix: '1.开展人民调解员业务培训不少于2次',
        },
      ],
    },
    {
      name: 'typos in a 描述 and a 依据: 做作用, 戒毒品',
      grid: seedTable({ set: { D15: '发挥法律保障职能做作用的案件占比', F16: '戒毒品康复工作计划' } }),
      errors: [
        { messageId: 'typo', cell: 'D15', fix: '发挥法律保障职能作用的案件占比' },
        { messageId: 'typo', cell: 'F16', fix: '戒毒康复工作计划' },
      ],
    },
    {
      name: '88 layout',
      grid: table88({ set: { C13: '法律援助人元培训数' } }),
      errors: [{ messageId: 'typo', cell: 'C13', fix: '法律援助人员培训数' }],
    },
    {
      name: 'severity override via config.rules',
      grid: seedTable({ set: { C10: '社区矫正人数(人）' } }),
      config: { rules: { typo: 'warning' } },
      errors: [{ messageId: 'brackets', cell: 'C10', severity: 'warning', fix: '社区矫正人数(人)' }],
    },
  ],
});
