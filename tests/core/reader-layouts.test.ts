/**
 * Layouts of other bureaus' forms, each read from a real published table of the corpus (tests/corpus/tables): the
 * reader must find the grid by what its cells hold, whatever the exact header words, and read every indicator.
 */
import { loadCorpus, toGrid } from '../corpus/corpus';
import { checkWorkbook, readTables, toA1, type TargetTable } from '../../src/core';

const corpus = new Map(loadCorpus().map(({ table }) => [table.id, table]));

function read(id: string): TargetTable[] {
  const t = corpus.get(id);
  if (!t) throw new Error(`no corpus table ${id}`);
  return readTables(toGrid(t));
}

function findings(id: string): string[] {
  const t = corpus.get(id)!;
  return checkWorkbook([toGrid(t)]).diagnostics.map((d) => `${toA1(d.cell)} ${d.ruleId}`);
}

const cols = (t: TargetTable): Record<string, string> =>
  Object.fromEntries(
    Object.entries(t.columns).map(([k, c]) => [k, toA1({ row: 0, col: c! }).replace(/\d+$/, '')]),
  );

describe('layouts of published forms, read from real tables', () => {
  it('a label column in front of the grid (绩效指标 | 一级指标 | 二级指标 | 指标内容 | 指标值, 湖北 青山)', () => {
    const [t] = read('project-local-hubei-qingshan-2020-weak-school-renovation');
    expect(cols(t)).toMatchObject({ level1: 'B', level2: 'C', level3: 'D', value: 'E' });
    expect(t.rows).toHaveLength(9);
    // the goals stand in the row below their label (年度目标 over the text)
    expect(toA1(t.header.goals!.cell)).toBe('B8');
  });

  it('a header merged over the label column and the 一级 column (重庆 忠县 transfer table)', () => {
    const [t] = read('transfer-chongqing-zhongxian-2022-pig-county-reward');
    expect(cols(t)).toMatchObject({ level1: 'B', level2: 'C', level3: 'D' });
    expect(t.rows.map((r) => r.level1.text)).toEqual(['产出指标', '产出指标']);
    expect(t.header.budget?.text).toBe('397');
    expect(t.header.fiscal?.text).toBe('397');
  });

  it('other 一级 names (中央预算内投资: 实施效果指标 over 产出/效益) are read, then judged by the level rules', () => {
    const [t] = read('central-investment-tianjin-baodi-2022-manure-utilisation');
    expect(t.rows.map((r) => r.level1.text)).toEqual(Array(4).fill('实施效果指标'));
    expect(t.header.budget?.text).toBe('2350'); // 下达中央预算内投资(万元)
    expect(findings('central-investment-tianjin-baodi-2022-manure-utilisation')).toContain(
      'B8 level1-unknown',
    );
  });

  it('an outline: 一级, 二级 and indicators in one column, the project and department as its top rows (宁夏 石嘴山)', () => {
    const [t] = read('flat-list-ningxia-shizuishan-2020-vaccines-methadone');
    expect(t.rows).toHaveLength(13);
    expect(new Set(t.rows.map((r) => r.level2.canonical))).toEqual(
      new Set([
        '成本指标',
        '时效指标',
        '数量指标',
        '质量指标',
        '服务对象满意度指标',
        '可持续影响指标',
        '社会效益指标',
      ]),
    );
    // "服务对象满意度" with a value beside it is an indicator, not the 二级 it reads like
    expect(t.rows.map((r) => r.level3.text)).toContain('服务对象满意度');
    expect(t.header.name?.text).toBe('狂犬、乙肝、流感等疫苗及美沙酮药物');
    expect(t.header.budget?.number).toBe(3000000);
  });

  it('no 二级 column (指标类型 holds 一级 names, 指标名称 the rest): values checked, the missing level reported once (浙江 临海)', () => {
    const [t] = read('project-local-zhejiang-linhai-2024-greening-maintenance');
    expect(t.flat).toBe(true);
    expect(cols(t)).toMatchObject({ level1: 'B', level3: 'C', value: 'D' });
    expect(t.rows).toHaveLength(7);
    const f = findings('project-local-zhejiang-linhai-2024-greening-maintenance');
    expect(f.filter((x) => x === 'C11 table-header-missing')).toHaveLength(1);
    expect(f).toContain('D15 value-qualitative-vague'); // 是, for no yes/no question
  });

  it('中期 and 年度 value columns side by side, each value checked at its own cell (广东 东莞)', () => {
    const [t] = read('multi-year-guangdong-dongguan-2022-exhibition-hall-property');
    expect(cols(t)).toMatchObject({ midValue: 'E', value: 'H', level3: 'D' });
    const f = findings('multi-year-guangdong-dongguan-2022-exhibition-hall-property');
    expect(f).toEqual(expect.arrayContaining(['E9 value-operator-missing', 'H9 value-operator-missing']));
  });

  it('a second value column under a repeated 二级 | 三级 | 指标值 header (安徽 六安): both values checked', () => {
    const [t] = read('multi-year-anhui-luan-2024-farm-produce-testing');
    expect(t.moreValueColumns.map((m) => m.col)).toEqual([7]);
    const f = findings('multi-year-anhui-luan-2024-farm-produce-testing');
    expect(f).toEqual(expect.arrayContaining(['E19 unit-name-mismatch', 'H19 unit-name-mismatch']));
  });

  it('指标性质 | 指标方向 | 目标值 | 计量单位 columns: the comparator from whichever holds it (内蒙古 扎赉特旗)', () => {
    const ts = read('project-local-neimenggu-zhalaite-2025-procuratorate-equipment');
    expect(ts).toHaveLength(2); // two projects in one grid
    expect(ts[0].rows[0].value.text).toBe('大于等于98%');
    expect(ts[0].rows[0].parsed.ok && ts[0].rows[0].parsed.value.op).toBe('≥');
    expect(ts.map((t) => t.header.name?.text)).toEqual(['业务装备经费', '办案(业务)经费']);
  });

  it('many projects in one grid (单位名称 | 项目名称 | 预算数 | 年度目标 merged down): one table each (四川 井研)', () => {
    const ts = read('project-local-sichuan-jingyan-2023-mata-multi-project');
    expect(ts.map((t) => [t.header.name?.text, t.header.budget?.number, t.rows.length])).toEqual([
      ['村组干部报酬', 3309840, 8],
      ['基层组织活动经费', 660000, 4],
    ]);
    // 指标性质 holds the comparator, 度量单位 the unit: one value, 权重 is no value
    expect(ts[0].rows[0].value.text).toBe('≥95%');
  });

  it('a 部门整体 form (部门名称, *年度绩效总目标, 计算符号 | 目标值 | 度量单位) is a department table (江西 浮梁)', () => {
    const [t] = read('department-jiangxi-fuliang-2026-forestry');
    expect(t.layout).toBe('department');
    expect(t.header.department?.text).toBe('浮梁县林业局');
    expect(t.header.goals?.text).toBe('保证林业局职能实现,保障人员经费。');
    expect(t.rows[0].value.text).toBe('=116人');
  });

  it('header labels of other forms: 项目金额, 其中:当年市级财政资金, 年度绩效目标(文字) (湖北 黄石)', () => {
    const [t] = read('project-local-hubei-huangshi-2022-party-school-main-classes');
    expect(t.header.budget?.text).toBe('164万元');
    expect(t.header.fiscal?.text).toBe('132万元');
    expect(t.header.goals?.text).toMatch(/^主体班培训280人次/);
  });

  it('an indicator table without any readable grid is reported, never skipped (海南 美兰)', () => {
    const ts = read('project-local-hainan-meilan-2017-sports-square');
    expect(ts.map((t) => t.layout)).toEqual(['unreadable']);
    expect(findings('project-local-hainan-meilan-2017-sports-square')).toEqual(['A3 table-unreadable']);
  });
});
