/** The reader: layouts, header variants, merged/blank 一级 cells, displayed text, and fuzzing. */
import fc from 'fast-check';
import {
  TEMPLATES,
  checkWorkbook,
  gridFromRows,
  readTables,
  templateToGrid,
  toA1,
  type Grid,
  type GridCell,
} from '../../src/core';
import { splitValueText } from '../../src/core/reader/read-tables';

const GRID_HEADER = ['一级指标', '二级指标', '三级指标', '指标值'];

function rows88(): (string | null)[][] {
  return [
    ['产出指标', '数量指标', '培训人次', '≥100人次'],
    [null, '质量指标', '培训合格率', '≥90%'],
    ['效益指标', '社会效益指标', '群众知晓率', '≥80%'],
    ['满意度指标', '服务对象满意度指标', '参训人员满意度', '≥90%'],
  ];
}

describe('readTables', () => {
  it('reads a bare grid with blank 一级 cells continuing the one above', () => {
    const [t] = readTables(gridFromRows('S', [['项目名称', '培训'], GRID_HEADER, ...rows88()]));
    expect(t.rows).toHaveLength(4);
    expect(t.rows[1].level1).toMatchObject({
      canonical: '产出指标',
      inherited: true,
      cell: { row: 2, col: 0 },
    });
    expect(t.header.name?.text).toBe('培训');
  });

  it('reads merged 一级 cells (templates merge them) the same way', () => {
    const g = gridFromRows('S', [GRID_HEADER, ...rows88()], [{ top: 1, left: 0, bottom: 2, right: 0 }]);
    const [t] = readTables(g);
    expect(t.rows[1].level1).toMatchObject({ text: '产出指标', inherited: true, cell: { row: 1, col: 0 } });
  });

  it('finds tables stacked one under another, with blank rows and prose between', () => {
    const g = gridFromRows('S', [
      ['说明文字'],
      ['1.甲项目绩效目标表'],
      ['项目名称', '甲'],
      GRID_HEADER,
      ...rows88(),
      [],
      [],
      ['2.乙项目绩效目标表'],
      ['项目名称', '乙'],
      GRID_HEADER,
      ...rows88(),
    ]);
    const ts = readTables(g);
    expect(ts.map((t) => [t.title?.text, t.header.name?.text, t.rows.length])).toEqual([
      ['1.甲项目绩效目标表', '甲', 4],
      ['2.乙项目绩效目标表', '乙', 4],
    ]);
  });

  it('tolerates extra blank rows inside the grid and blank columns around it', () => {
    const g = gridFromRows('S', [
      [null, null, '项目名称', '丙'],
      [null, null, ...GRID_HEADER],
      [null, null, '产出指标', '数量指标', '培训人次', '≥100人次'],
      [],
      [null, null, '效益指标', '社会效益指标', '群众知晓率', '≥80%'],
    ]);
    const [t] = readTables(g);
    expect(t.rows.map((r) => toA1(r.value.cell))).toEqual(['F3', 'F5']);
  });

  it('reads header variants: 指标值及单位, 指标解释, 绩效标准, 项目支出名称, 年度资金总额', () => {
    const g = gridFromRows('S', [
      ['项目支出名称', '丁'],
      ['年度资金总额', '10.00', '其中：财政拨款', '10.00', '其他资金', '0.00'],
      ['年度目标', '完成培训'],
      ['一级指标', '二级指标', '三级指标', '指标解释', '指标值及单位', '绩效标准', '备注'],
      ['产出指标', '数量指标', '培训人次', '全年培训的人次', '≥100人次', '计划标准', ''],
    ]);
    const [t] = readTables(g);
    expect(t.header.name?.text).toBe('丁');
    expect(t.header.budget?.text).toBe('10.00');
    expect(t.header.fiscal?.text).toBe('10.00');
    expect(t.header.goals?.text).toBe('完成培训');
    expect(t.rows[0].description?.text).toBe('全年培训的人次');
    expect(t.rows[0].basis?.text).toBe('计划标准');
    expect(t.rows[0].parsed.ok).toBe(true);
  });

  it('reads split 符号 | 值 | 单位 columns as one value', () => {
    const g = gridFromRows('S', [
      ['一级指标', '二级指标', '三级指标', '符号', '值', '单位'],
      ['产出指标', '数量指标', '培训人次', '≥', '100', '人次'],
      ['产出指标', '成本指标', '培训成本', '≤', '6', '万元'],
    ]);
    const [t] = readTables(g);
    expect(t.rows.map((r) => [r.value.text, toA1(r.value.cell)])).toEqual([
      ['≥100人次', 'E2'],
      ['≤6万元', 'E3'],
    ]);
  });

  it('reads the 财政部 form: 指标性质 | 指标值 | 度量单位 side by side, 定性 rows without a sign', () => {
    const g = gridFromRows('S', [
      ['一级指标', '二级指标', '三级指标', '指标性质', '指标值', '度量单位', '权重', '指标方向性'],
      ['产出指标', '数量指标', '法律援助案件数', '≥', '120', '件', '20', '正向'],
      [null, '质量指标', '案件结案率', '＞＝', '95', '%', '20', '正向'],
      [null, '时效指标', '案件办结时限', '≤', '90', '天', '10', '反向'],
      ['效益指标', '社会效益指标', '群众法律意识', '定性', '达到预期目标', null, '20', null],
      ['满意度指标', '服务对象满意度指标', '受援人满意度', '≥', '90%', '%', '20', '正向'],
    ]);
    const [t] = readTables(g);
    expect(t.missingColumns).toEqual([]);
    expect(t.rows.map((r) => [r.value.text, toA1(r.value.cell), r.parsed.ok])).toEqual([
      ['≥120件', 'E2', true],
      ['＞＝95%', 'E3', true],
      ['≤90天', 'E4', true],
      ['达到预期目标', 'E5', true],
      ['≥90%', 'E6', true],
    ]);
    // and the check raises nothing about the values' syntax, signs or units
    const ids = checkWorkbook([g]).diagnostics.map((d) => d.ruleId);
    for (const id of ['value-syntax', 'value-operator-missing', 'value-unit-unknown', 'value-normalize'])
      expect(ids).not.toContain(id);
  });

  it.each([
    ['预算数（万元）', '财政资金（万元）', '其他资金（万元）'],
    ['年度资金总额(万元)', '其中:财政资金', '其它资金'],
    ['项目总金额', '其中：财政拨款', '其他资金'],
    ['预算资金', '财政性资金', '自有资金'],
  ])('reads the funding labels %s | %s | %s', (budget, fiscal, other) => {
    const g = gridFromRows('S', [
      ['项目支出绩效目标表'],
      ['项目名称', '法律援助'],
      [budget, '20.00', fiscal, '18.00', other, '2.00'],
      ['年度目标', '办理法律援助案件120件以上。'],
      [...GRID_HEADER],
      ['产出指标', '数量指标', '案件数', '≥120件'],
    ]);
    const [t] = readTables(g);
    expect(
      (['budget', 'fiscal', 'other'] as const).map((k) => [t.header[k]?.text, toA1(t.header[k]!.cell)]),
    ).toEqual([
      ['20.00', 'B3'],
      ['18.00', 'D3'],
      ['2.00', 'F3'],
    ]);
    expect(checkWorkbook([g]).diagnostics.filter((d) => d.ruleId === 'table-header-missing')).toEqual([]);
  });

  it('takes no cell text for a label because of Object.prototype (constructor, toString)', () => {
    const g = gridFromRows('S', [
      ['项目支出绩效目标表'],
      ['项目名称', '法律援助', 'constructor', 'toString'],
      [...GRID_HEADER, 'constructor'],
      ['产出指标', '数量指标', '案件数', '≥120件', 'toString'],
    ]);
    const [t] = readTables(g);
    expect(Object.keys(t.header)).toEqual(['name']);
    expect(t.rows).toHaveLength(1);
    expect(Object.keys(t.columns).sort()).toEqual(['level1', 'level2', 'level3', 'value']);
  });

  it.each<[string, (string | null)[]]>([
    ['合计', ['合计']],
    ['a weight total', ['合计', null, null, '100']],
    ['合计 in the 三级 column', [null, null, '合计', '100']],
    ['备注', ['备注', '无']],
    ['注：', ['注：', '1.本表由项目单位填写。']],
    ['填表说明', ['填表说明：指标值应可衡量。']],
    ['填报日期', ['填报日期：2024年1月10日']],
    ['an approval line', ['财政部门审核意见', '同意']],
    ['a numbered note', ['1.三级指标可根据实际增加。']],
  ])('ends the grid at a footer row right under it: %s', (_name, footer) => {
    const g = gridFromRows('S', [GRID_HEADER, ...rows88(), footer]);
    const [t] = readTables(g);
    expect(t.rows).toHaveLength(rows88().length);
    const ids = checkWorkbook([g]).diagnostics.map((d) => `${d.ruleId} ${toA1(d.cell)}`);
    expect(ids.filter((x) => x.endsWith(String(rows88().length + 2)))).toEqual([]);
  });

  it('skips a note row inside the grid: （可根据需要增加行）', () => {
    const g = gridFromRows('S', [GRID_HEADER, ...rows88(), [null, null, '（可根据需要增加行）']]);
    expect(readTables(g)[0].rows).toHaveLength(rows88().length);
  });

  it('keeps indicator names that merely start like a footer word (注册企业数, 说明会场次)', () => {
    const g = gridFromRows('S', [
      GRID_HEADER,
      ['产出指标', '数量指标', '注册企业数', '≥100户'],
      [null, null, '说明会场次', '≥2场'],
    ]);
    expect(readTables(g)[0].rows.map((r) => r.level3.text)).toEqual(['注册企业数', '说明会场次']);
  });

  it('reads inline labels after 其中：(其中：财政资金：20.00), and takes no such line for 资金用途', () => {
    const g = gridFromRows('S', [
      ['项目支出绩效目标表'],
      ['项目名称：法律援助'],
      ['预算数：20.00'],
      ['其中：财政资金：18.00'],
      ['其中：其他资金：2.00'],
      ['年度目标：办理法律援助案件120件以上。'],
      GRID_HEADER,
      ['产出指标', '数量指标', '法律援助案件数', '≥120件'],
    ]);
    const [t] = readTables(g);
    expect(t.header.fiscal).toMatchObject({ label: '财政资金', text: '18.00' });
    expect(t.header.other).toMatchObject({ label: '其他资金', text: '2.00' });
    expect(t.header.purpose).toBeUndefined();
    expect(checkWorkbook([g]).diagnostics.filter((d) => d.ruleId === 'funding-sum')).toEqual([]);
  });

  it.each<[string, (string | null)[], (string | null)[], Record<string, string>]>([
    [
      'a Hubei-style income block with 合计 as the total',
      ['收入构成', '财政拨款', '其他资金', '合计'],
      [null, '18.00', '2.00', '20.00'],
      { fiscal: '18.00', other: '2.00', budget: '20.00' },
    ],
    [
      'known labels beside the funding labels (基本支出, 项目支出) are no values',
      ['资金总额', '财政拨款', '其他资金', '基本支出', '项目支出'],
      ['20.00', '18.00', '2.00', '5.00', '15.00'],
      { budget: '20.00', fiscal: '18.00', other: '2.00' },
    ],
    [
      'a carry-over column (上年结转资金)',
      ['年度资金总额', '财政拨款', '上年结转资金', '其他资金'],
      ['20.00', '15.00', '5.00', '0.00'],
      { budget: '20.00', fiscal: '15.00', carryover: '5.00', other: '0.00' },
    ],
  ])('reads a funding label row over a value row: %s', (_name, labels, values, expected) => {
    const g = gridFromRows('S', [
      ['项目支出绩效目标表'],
      ['项目名称', '法律援助'],
      labels,
      values,
      ['年度目标', '办理法律援助案件120件以上。'],
      GRID_HEADER,
      ['产出指标', '数量指标', '案件数', '≥120件'],
    ]);
    const [t] = readTables(g);
    for (const [k, v] of Object.entries(expected))
      expect([k, t.header[k as keyof typeof t.header]?.text]).toEqual([k, v]);
    const ids = checkWorkbook([g]).diagnostics.map((d) => d.ruleId);
    expect(ids).not.toContain('funding-sum');
    expect(ids).not.toContain('table-header-missing');
  });

  it('reads a two-row header: 绩效指标 over 一级 | 二级 | 三级, 指标值 and 确定依据 merged down both rows', () => {
    const g = gridFromRows(
      'S',
      [
        ['绩效指标', null, null, '指标值', '指标值确定依据'],
        ['一级指标', '二级指标', '三级指标', null, null],
        ['产出指标', '数量指标', '法律援助案件数', '≥120件', '年度计划'],
      ],
      [
        { top: 0, left: 0, bottom: 0, right: 2 },
        { top: 0, left: 3, bottom: 1, right: 3 },
        { top: 0, left: 4, bottom: 1, right: 4 },
      ],
    );
    const [t] = readTables(g);
    expect(t.missingColumns).toEqual([]);
    expect(t.rows.map((r) => [r.level3.text, r.value.text, r.basis?.text])).toEqual([
      ['法律援助案件数', '≥120件', '年度计划'],
    ]);
  });

  it('skips a sub-header of years under a merged 指标值 (2024年 | 2025年)', () => {
    const g = gridFromRows(
      'S',
      [
        ['一级指标', '二级指标', '三级指标', '指标值', null],
        [null, null, null, '2024年', '2025年'],
        ['产出指标', '数量指标', '法律援助案件数', '≥120件', '≥130件'],
      ],
      [{ top: 0, left: 3, bottom: 0, right: 4 }],
    );
    const [t] = readTables(g);
    expect(t.rows.map((r) => [r.level1.text, r.value.text])).toEqual([['产出指标', '≥120件']]);
  });

  it.each<[string, string[]]>([
    [
      '一级指标名称 | 二级指标名称 | 三级指标名称',
      ['一级指标名称', '二级指标名称', '三级指标名称', '指标值'],
    ],
    ['预期指标值', ['一级指标', '二级指标', '三级指标', '预期指标值']],
    ['绩效指标值', ['一级指标', '二级指标', '三级指标', '绩效指标值']],
    ['2024年指标值', ['一级指标', '二级指标', '三级指标', '2024年指标值']],
    ['绩效指标 as the 三级 column', ['一级指标', '二级指标', '绩效指标', '指标值']],
  ])('knows the grid header %s', (_name, header) => {
    const g = gridFromRows('S', [header, ['产出指标', '数量指标', '法律援助案件数', '≥120件']]);
    const [t] = readTables(g);
    expect(t.missingColumns).toEqual([]);
    expect(t.rows.map((r) => [r.level3.text, r.value.text])).toEqual([['法律援助案件数', '≥120件']]);
  });

  it('takes "…项目绩效目标" as a title, and "2024年度绩效目标" still as the goals label', () => {
    const g = gridFromRows('S', [
      ['2024年法律援助项目绩效目标'],
      ['项目名称', '法律援助'],
      ['2024年度绩效目标', '办理法律援助案件120件以上。'],
      GRID_HEADER,
      ['产出指标', '数量指标', '法律援助案件数', '≥120件'],
    ]);
    const [t] = readTables(g);
    expect(t.title?.text).toBe('2024年法律援助项目绩效目标');
    expect(t.header.goals?.text).toBe('办理法律援助案件120件以上。');
  });

  it('reads a 长期 grid and a 年度 grid of one project: the second continues the first (no header of its own)', () => {
    const grid = (label: string, v: string) => [
      [label, '一级指标', '二级指标', '三级指标', '指标值'],
      [null, '产出指标', '数量指标', '新建村级调解室', v],
      [null, '效益指标', '社会效益指标', '纠纷化解率', '≥95%'],
      [null, '满意度指标', '服务对象满意度指标', '群众满意度', '≥90%'],
    ];
    const g = gridFromRows('S', [
      ['财政支出项目绩效目标申报表'],
      ['项目名称', '人民调解室建设'],
      ['项目资金申请', '资金总额', '财政拨款', '其他资金'],
      [null, '30', '30', '0'],
      ['年度目标', '年内建成调解室20个'],
      ...grid('长期绩效指标', '≥60个'),
      ...grid('年度绩效指标', '≥20个'),
    ]);
    const tables = readTables(g);
    expect(tables.map((t) => [t.continues, t.rows.length])).toEqual([
      [false, 3],
      [true, 3],
    ]);
    expect(checkWorkbook([g]).diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  });

  it('prefers a filled budget label to an empty one, and takes no number for 资金用途', () => {
    const g = gridFromRows('S', [
      ['2024年部门整体支出绩效目标表'],
      ['部门名称', '某某区司法局'],
      ['年度预算', '资金总额', '财政拨款', '其他资金', '基本支出', '项目支出'],
      [null, '856.32', '856.32', '0', '806.32', '50'],
      ['年度总体目标', '完成各项任务。'],
      GRID_HEADER,
      ['产出指标', '数量指标', '法律援助案件数', '≥500件'],
    ]);
    const [t] = readTables(g);
    expect(t.header.budget?.text).toBe('856.32');
    expect(t.header.purpose).toBeUndefined();
  });

  it('reads numbered level names and numbered 三级 names (一、产出指标, （一）数量指标, 1.1质量指标, 2.法律咨询人次)', () => {
    const g = gridFromRows('S', [
      GRID_HEADER,
      ['一、产出指标', '（一）数量指标', '1.法律援助案件数', '≥300件'],
      [null, null, '2.法律咨询接待人次', '≥2000人次'],
      [null, '1.1质量指标', '3.案件质量合格率', '≥95%'],
      ['二、效益指标', '（一）社会效益指标', '4.矛盾纠纷化解率', '≥95%'],
      ['三、满意度指标', '（一）服务对象满意度指标', '5.受援人满意度', '≥95%'],
    ]);
    const [t] = readTables(g);
    expect(t.rows.map((r) => [r.level1.canonical, r.level2.canonical])).toEqual([
      ['产出指标', '数量指标'],
      ['产出指标', '数量指标'],
      ['产出指标', '质量指标'],
      ['效益指标', '社会效益指标'],
      ['满意度指标', '服务对象满意度指标'],
    ]);
    const ids = checkWorkbook([g]).diagnostics.map((d) => d.ruleId);
    for (const id of ['level1-unknown', 'level2-misplaced', 'table-incomplete', 'level-name-variant'])
      expect(ids).not.toContain(id);
  });

  it('reads a transfer-payment 区域绩效目标表 header (转移支付名称, 年度金额 = 中央补助 + 地方资金)', () => {
    const g = gridFromRows('S', [
      ['中央对地方转移支付区域绩效目标表'],
      ['转移支付名称', '公共法律服务体系建设补助资金'],
      ['年度金额：', '100.00', '其中：中央补助', '80.00', '地方资金', '20.00'],
      ['年度目标', '建成公共法律服务实体平台。'],
      GRID_HEADER,
      ['产出指标', '数量指标', '实体平台数', '≥10个'],
    ]);
    const [t] = readTables(g);
    expect([t.header.name?.text, t.header.budget?.text, t.header.fiscal?.text, t.header.other?.text]).toEqual(
      ['公共法律服务体系建设补助资金', '100.00', '80.00', '20.00'],
    );
    const ids = checkWorkbook([g]).diagnostics.map((d) => d.ruleId);
    expect(ids).not.toContain('table-header-missing');
    expect(ids).not.toContain('funding-sum');
  });

  it.each([
    ['with a 续表 line', [['续表']]],
    ['without one', []],
  ])('joins a grid whose header is repeated on the next page (%s)', (_name, between) => {
    const g = gridFromRows('S', [
      ['项目支出绩效目标表'],
      ['项目名称', '法律援助', '预算数', '20.00', '财政资金', '20.00', '其他资金', '0.00'],
      ['年度目标', '办理法律援助案件120件以上。'],
      GRID_HEADER,
      ['产出指标', '数量指标', '法律援助案件数', '≥120件'],
      [null, '质量指标', '案件合格率', '≥95%'],
      ...between,
      GRID_HEADER,
      [null, '时效指标', '案件办结及时率', '≥95%'],
      ['效益指标', '社会效益指标', '矛盾纠纷化解率', '≥95%'],
      ['满意度指标', '服务对象满意度指标', '受援人满意度', '≥90%'],
    ]);
    const tables = readTables(g);
    expect(tables).toHaveLength(1);
    expect(tables[0].rows.map((r) => r.level1.canonical)).toEqual([
      '产出指标',
      '产出指标',
      '产出指标',
      '效益指标',
      '满意度指标',
    ]);
    expect(checkWorkbook([g]).diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  });

  it('knows header labels followed by a bracketed note', () => {
    const g = gridFromRows('S', [
      [
        '一级指标',
        '二级指标',
        '三级指标（指标名称）',
        '指标解释（计算方法）',
        '年度指标值（2024年）',
        '设定依据（数据来源）',
      ],
      ['产出指标', '数量指标', '培训人次', '参加培训的人次', '≥100人次', '年度计划'],
    ]);
    const [t] = readTables(g);
    expect(t.missingColumns).toEqual([]);
    expect(t.columns).toMatchObject({ level3: 2, description: 3, value: 4, basis: 5 });
    expect(t.rows[0].value.text).toBe('≥100人次');
  });

  it('reads 指标值（包含数字及文字描述） as the value column', () => {
    const g = gridFromRows('S', [
      ['一级指标', '二级指标', '三级指标', '指标值（包含数字及文字描述）'],
      ['产出指标', '数量指标', '培训人次', '≥100人次'],
    ]);
    const [t] = readTables(g);
    expect(t.rows[0].value.text).toBe('≥100人次');
    expect(toA1(t.rows[0].value.cell)).toBe('D2');
  });

  it.each([
    ['≥', '100', '人次', '≥100人次'],
    ['不低于', '95', '%', '不低于95%'],
    ['定性', '达到预期目标', '', '达到预期目标'],
    ['正向', '90', '%', '90%'],
    ['', '90', '%', '90%'],
    ['≥', '≥90', '%', '≥90%'],
    ['≥', '90%', '%', '≥90%'],
    ['≤', '', '', ''],
  ])('joins split value parts: %s | %s | %s → %s', (op, num, unit, expected) => {
    expect(splitValueText(op, num, unit)).toBe(expected);
  });

  it('reads 中期 / 年度 value columns under a merged 指标值 header', () => {
    const g = gridFromRows(
      'S',
      [
        ['一级指标', '二级指标', '三级指标', '指标值', null],
        [null, null, null, '中期指标值', '年度指标值'],
        ['产出指标', '数量指标', '培训人次', '≥300人次', '≥100人次'],
      ],
      [{ top: 0, left: 3, bottom: 0, right: 4 }],
    );
    const [t] = readTables(g);
    expect(t.rows).toHaveLength(1);
    expect(t.rows[0].value.text).toBe('≥100人次');
    expect(t.rows[0].midValue?.text).toBe('≥300人次');
    expect(t.layout).toBe('project-88');
  });

  it('reads numbers by their displayed text (0.8 with a percent format is 80%)', () => {
    const pct: GridCell = { value: 0.8, text: '80%', numberFormat: '0%' };
    const g: Grid = {
      sheet: 'S',
      merges: [],
      cells: [
        GRID_HEADER.map((t) => ({ value: t, text: t })),
        [
          { value: '产出指标', text: '产出指标' },
          { value: '质量指标', text: '质量指标' },
          { value: '合格率', text: '合格率' },
          pct,
        ],
      ],
    };
    const [t] = readTables(g);
    expect(t.rows[0].parsed.ok && t.rows[0].parsed.value.canonical).toBe('80%');
  });

  it('detects profile 101 from 成本指标 as a 一级, and lets config force a profile', () => {
    const g = gridFromRows('S', [
      GRID_HEADER,
      ['成本指标', '经济成本指标', '培训成本', '≤6万元'],
      ...rows88(),
    ]);
    expect(readTables(g)[0].profile).toBe('101');
    expect(readTables(g, { profile: '88' })[0].profile).toBe('88');
  });

  it('reports a grid header without a 三级 column as missing, without throwing', () => {
    const [t] = readTables(
      gridFromRows('S', [
        ['一级指标', '二级指标', '指标值'],
        ['产出指标', '数量指标', '≥1人'],
      ]),
    );
    expect(t.missingColumns).toEqual(['level3']);
    const r = checkWorkbook([gridFromRows('S', [['一级指标', '二级指标', '指标值']])]);
    expect(r.diagnostics.map((d) => d.ruleId)).toContain('table-header-missing');
  });

  it('keeps Excel error values as data', () => {
    const g: Grid = {
      sheet: 'S',
      merges: [],
      cells: [
        GRID_HEADER.map((t) => ({ value: t, text: t })),
        [
          { value: '产出指标', text: '产出指标' },
          { value: '数量指标', text: '数量指标' },
          { value: '人次', text: '人次' },
          { value: null, text: '#REF!', error: '#REF!' },
        ],
      ],
    };
    const r = checkWorkbook([g]);
    expect(r.diagnostics.filter((d) => d.ruleId === 'cell-error').map((d) => toA1(d.cell))).toEqual(['D2']);
    expect(r.diagnostics.filter((d) => d.ruleId === 'value-syntax')).toEqual([]);
  });
});

describe('reader gaps found by the rule tests', () => {
  it('reads 符号 | 值 | 单位 sub-headers under a merged 指标值 header as one value', () => {
    const g = gridFromRows(
      'S',
      [
        ['一级指标', '二级指标', '三级指标', '指标值', null, null],
        [null, null, null, '符号', '值', '单位'],
        ['产出指标', '数量指标', '案件数', '≥', '120', '件'],
      ],
      [{ top: 0, left: 3, bottom: 0, right: 5 }],
    );
    const r = checkWorkbook([g]);
    expect(r.read[0].rows[0].value).toEqual({ text: '≥120件', cell: { row: 2, col: 4 } });
    expect(r.diagnostics.filter((d) => d.ruleId.startsWith('value'))).toEqual([]);
  });

  it('finds the 部门（单位）名称 of a department table above several task rows', () => {
    const [t] = readTables(
      templateToGrid(
        TEMPLATES.find((x) => x.id === 'department')!,
        'S',
      ),
    );
    expect(t.layout).toBe('department');
    expect(t.header.department).toBeDefined();
    expect(t.header.purpose).toBeUndefined();
  });

  it('treats a seed-layout table without 项目编码 as the seed layout, so the missing code is reported', () => {
    const g = gridFromRows('S', [
      ['1.某项目绩效目标表'],
      ['项目名称', '某项目'],
      ['预算规模及资金用途', '预算数', '1.00', '其中：财政资金', '1.00', '其他资金', '0.00'],
      ['资金支出计划（%）', '3月底', '6月底', '10月底', '12月底'],
      [null, '25%', '50%', '75%', '100%'],
      ['绩效目标', '目标'],
      ['一级指标', '二级指标', '三级指标', '绩效指标描述', '指标值', '指标值确定依据'],
      ['产出指标', '数量指标', '办案数', '全年办结的案件数', '≥10件', '计划标准'],
    ]);
    const r = checkWorkbook([g]);
    expect(r.tables[0].layout).toBe('project-seed');
    expect(r.diagnostics.filter((d) => d.ruleId === 'table-header-missing').map((d) => d.messageId)).toEqual([
      'fieldAbsent',
    ]);
  });

  it('checks the 中期 value column of 88号 layouts too', () => {
    const g = gridFromRows('S', [
      ['一级指标', '二级指标', '三级指标', '中期指标值', '年度指标值'],
      ['产出指标', '数量指标', '培训人次', '80%-90%', '≥100人次'],
    ]);
    expect(
      checkWorkbook([g])
        .diagnostics.filter((d) => d.ruleId === 'value-syntax')
        .map((d) => toA1(d.cell)),
    ).toEqual(['D2']);
  });
});

describe('layouts seen in other provinces', () => {
  it('reads 一级 names with score annotations (成本指标(0-20)分) and detects profile 101 from them, without offering to drop the score', () => {
    const g = gridFromRows('S', [
      ['项目名称', '社区矫正工作经费'],
      ['当年年度预算', '12', '其中：财政资金', '12', '其中：其它资金', '0'],
      ['年度主要目标和成果', '完成社区矫正对象监管教育'],
      ['一级指标', '二级指标', '三级指标', '指标值', '分值', '指标解释'],
      ['成本指标(0-20)分', '经济成本指标', '社区矫正工作经费', '≤12万元', '10', '全年经费支出总额'],
      ['产出指标(40-50)分', '数量指标', '社区矫正对象监管人数', '≥150人', '15', '年度在册人数'],
      ['效益指标（30分）', '社会效益指标', '再犯罪率', '≤0.2%', '20', '再犯罪人数/在册人数'],
      ['满意度指标（10分）', '服务对象满意度指标', '社区矫正对象满意度', '≥90%', '10', '抽样调查满意比例'],
    ]);
    const r = checkWorkbook([g]);
    expect(r.tables[0].profile).toBe('101');
    expect(r.read[0].header.goals?.text).toBe('完成社区矫正对象监管教育');
    expect(r.read[0].header.budget?.text).toBe('12');
    expect(r.diagnostics.map((d) => `${toA1(d.cell)} ${d.ruleId}`)).toEqual([]);
  });
});

describe('more layouts from the field', () => {
  it('reads the 88号 annual goal under 年度目标 when 中期目标（…） stands left of it, and skips 无 | 无 rows', () => {
    const g = gridFromRows('S', [
      ['项目名称', '法律援助案件补贴'],
      ['项目资金（万元）', '中期资金总额：', '30', '年度资金总额：', '30'],
      [null, '其中：财政拨款', '30', '其中：财政拨款', '30'],
      [null, '其他资金', '0', '其他资金', '0'],
      ['总体目标', '中期目标（2024年—2026年）', null, '年度目标', null],
      [null, '保障困难群众获得法律援助', null, '办理法律援助案件不少于300件', null],
      ['一级指标', '二级指标', '三级指标', '中期指标值', '年度指标值'],
      ['产出指标', '数量指标', '办理法律援助案件数', '≥900件', '≥300件'],
      [null, '成本指标', '无', '无', '无'],
      ['效益指标', '社会效益指标', '法律援助知晓率', '≥85%', '≥80%'],
      ['满意度指标', '服务对象满意度指标', '受援人满意度', '≥95%', '≥95%'],
    ]);
    const r = checkWorkbook([g]);
    const t = r.read[0];
    expect(t.layout).toBe('project-88');
    expect(t.header.goals).toMatchObject({ text: '办理法律援助案件不少于300件', cell: { row: 5, col: 3 } });
    expect(t.header.budget).toMatchObject({ text: '30', cell: { row: 1, col: 4 } });
    expect(t.rows.map((x) => x.level3.text)).toEqual([
      '办理法律援助案件数',
      '法律援助知晓率',
      '受援人满意度',
    ]);
    expect(r.diagnostics.map((d) => `${toA1(d.cell)} ${d.ruleId}`)).toEqual([]);
  });
});

describe('templates read back', () => {
  it.each(TEMPLATES.map((t) => [t.id, t] as const))(
    '%s: one well-formed table whose only findings are its empty cells',
    (_id, spec) => {
      const origin = { row: 3, col: 2 };
      const grid = templateToGrid(spec, '模板', origin);
      const r = checkWorkbook([grid]);
      expect(r.tables).toHaveLength(1);
      expect(r.tables[0].profile).toBe(spec.profile);
      expect(r.read[0].missingColumns).toEqual([]);
      expect(r.read[0].rows.length).toBeGreaterThan(0);
      for (const d of r.diagnostics) {
        // every finding names a cell the officer still has to fill: an empty one
        const c = grid.cells[d.cell.row]?.[d.cell.col];
        expect([toA1(d.cell), d.ruleId, c?.text ?? '']).toEqual([toA1(d.cell), d.ruleId, '']);
        expect([
          'table-header-missing',
          'project-code',
          'spending-plan',
          'level2-empty',
          'funding-sum',
        ]).toContain(d.ruleId);
      }
      expect(r.diagnostics.length).toBeGreaterThan(0);
    },
  );
});

describe('fuzzing the reader', () => {
  const vocab = [
    '一级指标',
    '二级指标',
    '三级指标',
    '指标值',
    '绩效指标描述',
    '指标值确定依据',
    '产出指标',
    '数量指标',
    '效益指标',
    '满意度指标',
    '成本指标',
    '≥80%',
    '100百分比',
    '项目名称',
    '预算数',
    '其他资金',
    '3月底',
    '12月底',
    '',
    '',
    '',
    '#REF!',
    '单位：万元',
    '合计',
    // words the reader reads by their cues, and the layouts found by their body
    '指标名称',
    '计量单位',
    '指标性质',
    '指标方向',
    '定性',
    '反向',
    '≥',
    '95',
    '项目单位',
    '年度目标',
    '质量指标',
    '数量指标(必填)',
    '服务对象满意度',
  ];
  const cell = fc.oneof(
    fc.constantFrom(...vocab),
    fc.string({ maxLength: 6 }),
    fc.integer({ min: -5, max: 1000 }).map(String),
  );
  const rows = fc.array(fc.array(cell, { maxLength: 8 }), { maxLength: 30 });
  const merge = fc
    .record({ top: fc.nat(30), left: fc.nat(8), h: fc.nat(3), w: fc.nat(3) })
    .map((m) => ({ top: m.top, left: m.left, bottom: m.top + m.h, right: m.left + m.w }));

  it('never throws on random grids; every finding points into the sheet; findings come sorted', () => {
    const sev = { error: 0, warning: 1, info: 2 };
    fc.assert(
      fc.property(rows, fc.array(merge, { maxLength: 5 }), (rs, merges) => {
        const g = gridFromRows('S', rs, merges);
        const r = checkWorkbook([g]);
        for (const d of r.diagnostics) {
          expect(d.cell.row).toBeGreaterThanOrEqual(0);
          expect(d.cell.col).toBeGreaterThanOrEqual(0);
        }
        // one sheet: sorted by row, column, severity, rule (ties keep rule order)
        for (let i = 1; i < r.diagnostics.length; i++) {
          const a = r.diagnostics[i - 1];
          const b = r.diagnostics[i];
          const order =
            a.cell.row - b.cell.row ||
            a.cell.col - b.cell.col ||
            sev[a.severity] - sev[b.severity] ||
            (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0);
          expect(order).toBeLessThanOrEqual(0);
        }
      }),
      { numRuns: 3000 },
    );
  });

  it('never throws on malformed grid objects', () => {
    const weird: unknown[] = [
      { sheet: 'S', cells: [], merges: [] },
      { sheet: 'S', cells: [null, undefined, [null]], merges: [{ top: 5, left: 5, bottom: 1, right: 1 }] },
      { sheet: 'S', cells: [[{ value: 1 }, { text: 5 }]], merges: [] },
      { sheet: 'S', cells: 'nope', merges: 'nope' },
    ];
    for (const g of weird) expect(() => checkWorkbook([g as Grid])).not.toThrow();
  });
});
