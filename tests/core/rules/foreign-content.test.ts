/**
 * foreign-content (rules.md §3, domain.md R11): wording from another sector or a higher level of government than the
 * unit (e.g. 交通事故 or 全省 in a district 司法局's table); the sector is read from the unit's name; keyword lists are
 * configurable (config.foreignKeywords). Seed: T5 "提高全省交通事故处理的效率和办案质量".
 * The clean table's unit line is "315001司法部门秦皇岛市山海关区司法局本级" (a district 司法局).
 */
import { ruleTester, seedTable, table88 } from '../../support/rule-tester';

ruleTester.run('foreign-content', {
  valid: [
    { name: 'the clean table', grid: seedTable() },
    {
      name: 'another sector’s people in the unit’s own work (调解, 法治): 交通事故纠纷调解, 在校生法治教育',
      grid: seedTable({ set: { C10: '道路交通事故损害赔偿纠纷调解数', C11: '在校生法治教育覆盖人数' } }),
    },
    {
      name: 'the title and 项目名称 may name 省级/中央 money',
      grid: seedTable({
        header: {
          title: '1.提前下达2021年基层公检法司转移支付省级配套资金绩效目标表',
          name: '提前下达2021年基层公检法司转移支付省级配套资金',
        },
      }),
    },
    {
      name: '全区 is the unit’s own level',
      grid: seedTable({ set: { D16: '全区设立法律援助工作站的乡镇和街道数占比' } }),
    },
    {
      name: 'a city-level unit may say 全市',
      grid: seedTable({
        header: { unit: '秦皇岛市司法局' },
        set: { D16: '全市设立法律援助工作站的县区数占比' },
      }),
    },
    {
      name: 'without a unit line the sector is unknown',
      grid: seedTable({ omit: ['unit'], set: { D15: '提高全省交通事故处理的效率和办案质量' } }),
    },
    { name: 'the 88 layout (主管部门 金寨县司法局)', grid: table88() },
  ],
  invalid: [
    {
      name: 'T5 社会效益 描述 "提高全省交通事故处理的效率和办案质量": another sector first',
      grid: seedTable({ set: { C15: '案件处理效率', D15: '提高全省交通事故处理的效率和办案质量' } }),
      errors: [
        {
          messageId: 'sector',
          cell: 'D15',
          data: { word: '交通事故', unit: '315001司法部门秦皇岛市山海关区司法局本级' },
        },
      ],
    },
    {
      name: 'a higher level of government: 全省, 全国',
      grid: seedTable({
        set: { D15: '全省矛盾纠纷调解成功件数占受理件数的比例', C16: '全国法律援助工作站覆盖率' },
      }),
      errors: [
        { messageId: 'level', cell: 'D15', data: { word: '全省' } },
        { messageId: 'level', cell: 'C16', data: { word: '全国' } },
      ],
    },
    {
      name: 'a 公安 unit with 法律援助 in its grid',
      grid: seedTable({ header: { unit: '312001公安部门秦皇岛市山海关区公安分局' } }),
      errors: [
        { messageId: 'sector', cell: 'C10', data: { word: '法律援助' } },
        { messageId: 'sector', cell: 'D10', data: { word: '法律援助' } },
        { messageId: 'sector', cell: 'C11', data: { word: '法律援助' } },
        { messageId: 'sector', cell: 'D11', data: { word: '法律援助' } },
        { messageId: 'sector', cell: 'C12', data: { word: '法律援助' } },
        { messageId: 'sector', cell: 'D14', data: { word: '法律援助' } },
        { messageId: 'sector', cell: 'C16', data: { word: '法律援助' } },
        { messageId: 'sector', cell: 'D16', data: { word: '法律援助' } },
      ],
    },
    {
      name: 'configured keywords (D3: 法律监督 is the procuratorate’s)',
      grid: seedTable({ set: { D16: '忠实履行法律监督职能的乡镇覆盖比例' } }),
      config: { foreignKeywords: ['法律监督'] },
      errors: [{ messageId: 'keyword', cell: 'D16', data: { word: '法律监督' } }],
    },
    {
      name: '88 layout: 网络生态 in a 县 司法局 table',
      grid: table88({ set: { C17: '网络生态治理覆盖率' } }),
      errors: [{ messageId: 'sector', cell: 'C17', data: { word: '网络生态' } }],
    },
    {
      name: 'severity override via config.rules',
      grid: seedTable({ set: { D15: '全省矛盾纠纷调解成功件数占受理件数的比例' } }),
      config: { rules: { 'foreign-content': 'warning' } },
      errors: [{ messageId: 'level', cell: 'D15', severity: 'warning' }],
    },
  ],
});
