/**
 * Wording from another sector or a higher level of government than the unit (e.g. 交通事故 or 全省 in a district 司法局's
 * table). The sector is read from the unit's name; the keyword lists are data and configurable (rules.md §3, R11).
 */
import { defineRule } from './define-rule';
import type { TextField } from '../model/table';

/** Sector → words in a unit's name that identify it, and words that belong to that sector's tables. */
export const SECTORS: ReadonlyArray<{
  readonly id: string;
  readonly unitWords: readonly string[];
  readonly words: readonly string[];
  /** Words of the sector's own work: a text that has one is the unit's, whatever else it names. */
  readonly context?: readonly string[];
}> = [
  {
    id: 'justice',
    unitWords: ['司法'],
    words: ['社区矫正', '法律援助', '人民调解', '普法', '公证', '律师', '安置帮教', '法律顾问', '戒毒'],
    // 道路交通事故损害赔偿纠纷调解数, 在校生法治教育覆盖人数: the unit's own work with another sector's people
    context: ['调解', '纠纷', '法治', '法律', '矫正', '司法'],
  },
  {
    id: 'police',
    unitWords: ['公安', '交警'],
    words: ['交通事故', '交警', '治安案件', '刑事案件侦破', '破案率', '警情'],
  },
  {
    id: 'transport',
    unitWords: ['交通运输', '交通局'],
    words: ['交通事故', '道路运输', '公路养护', '客运', '货运'],
  },
  {
    id: 'health',
    unitWords: ['卫生', '卫健', '医院', '疾控'],
    words: ['患者', '诊疗', '疫苗接种', '床位', '门诊', '住院'],
  },
  {
    id: 'education',
    unitWords: ['教育', '学校', '中学', '小学', '幼儿园'],
    words: ['招生', '学位', '课堂教学', '教学质量', '升学率', '在校生'],
    context: ['教育', '学生', '学校', '校园', '师生'],
  },
  {
    id: 'agriculture',
    unitWords: ['农业', '农村', '畜牧', '林业'],
    words: ['农田', '耕地', '种植', '养殖', '灌溉', '播种'],
  },
  { id: 'water', unitWords: ['水利', '水务'], words: ['水库', '河道', '堤防', '防汛'] },
  { id: 'internet', unitWords: ['网信', '网络安全'], words: ['网络生态', '网信', '网络舆情'] },
];

const LEVELS: ReadonlyArray<{ readonly unit: RegExp; readonly higher: readonly string[] }> = [
  // district / county units: provincial and national scope words are foreign
  { unit: /[区县旗](?!域)/, higher: ['全省', '全国', '全市', '省委', '省政府', '国务院'] },
  { unit: /市/, higher: ['全省', '全国', '省委', '省政府'] },
];

interface UnitProfile {
  readonly foreign: RegExp | null;
  /** the unit's own words (its sectors' words and context): a text with one is not foreign by sector */
  readonly own: RegExp | null;
  readonly higher: RegExp | null;
  /** text → what it says about this unit, memoised per unit */
  readonly verdicts: Map<string, Verdict | null>;
}

interface Verdict {
  readonly messageId: 'sector' | 'level';
  readonly word: string;
}

function verdictOf(p: UnitProfile, text: string): Verdict | null {
  let v = p.verdicts.get(text);
  if (v === undefined) {
    const word = p.own?.test(text) ? null : p.foreign?.exec(text);
    const hw = word ? null : p.higher?.exec(text);
    v = word ? { messageId: 'sector', word: word[0] } : hw ? { messageId: 'level', word: hw[0] } : null;
    if (p.verdicts.size >= 5000) p.verdicts.clear();
    p.verdicts.set(text, v);
  }
  return v;
}
const unitProfiles = new Map<string, UnitProfile>();
const escape = (w: string) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const anyOf = (words: readonly string[]) => (words.length ? new RegExp(words.map(escape).join('|')) : null);

/** What is foreign to a unit, worked out once per unit name. */
function unitProfile(unit: string): UnitProfile {
  let p = unitProfiles.get(unit);
  if (p) return p;
  const own = SECTORS.filter((s) => s.unitWords.some((w) => unit.includes(w)));
  const ownWords = new Set(own.flatMap((s) => s.words));
  const foreign =
    own.length === 0
      ? []
      : [...new Set(SECTORS.filter((s) => !own.includes(s)).flatMap((s) => s.words))].filter(
          (w) => !ownWords.has(w),
        );
  const level = unit === '' ? undefined : LEVELS.find((l) => l.unit.test(unit));
  const ownContext = [...ownWords, ...own.flatMap((s) => s.context ?? [])];
  p = {
    foreign: anyOf(foreign),
    own: anyOf(ownContext),
    higher: anyOf(level?.higher ?? []),
    verdicts: new Map(),
  };
  if (unitProfiles.size > 1000) unitProfiles.clear();
  unitProfiles.set(unit, p);
  return p;
}

export default defineRule({
  id: 'foreign-content',
  scope: 'table',
  defaultSeverity: 'info',
  description: {
    'zh-CN': '内容疑似从其他行业或上级政府的表格复制',
    'en-US': 'Wording from another sector or a higher level of government',
  },
  messages: {
    sector: {
      'zh-CN': '“{{word}}”不属于本单位（{{unit}}）的业务，疑似从其他部门的表格复制。',
      'en-US':
        '“{{word}}” is not this unit’s business ({{unit}}); it looks copied from another department’s table.',
    },
    level: {
      'zh-CN': '“{{word}}”超出本单位（{{unit}}）的层级范围，疑似从上级政府的表格复制。',
      'en-US':
        '“{{word}}” is beyond the level of this unit ({{unit}}); it looks copied from a higher government’s table.',
    },
    keyword: {
      'zh-CN': '“{{word}}”已配置为不应出现的内容。',
      'en-US': '“{{word}}” is configured as foreign content.',
    },
  },
  check({ table, config, report }) {
    const unit = (
      table.header.unit?.text ||
      table.header.department?.text ||
      table.header.implementer?.text ||
      ''
    ).replace(/\s+/g, '');
    const profile = unitProfile(unit);
    const keywords = config.foreignKeywords.length
      ? config.foreignKeywords.filter((w) => w !== '')
      : config.foreignKeywords;
    // grid texts only: titles and names of transfer funds legitimately name 省级/中央 money
    const look = (f: TextField | null) => {
      if (!f || f.text === '') return;
      const v = verdictOf(profile, f.text);
      if (v) {
        report({ messageId: v.messageId, cell: f.cell, data: { word: v.word, unit } });
        return;
      }
      const kw = keywords.length ? keywords.find((w) => f.text.includes(w)) : undefined;
      if (kw) report({ messageId: 'keyword', cell: f.cell, data: { word: kw } });
    };
    for (const row of table.rows) {
      look(row.level3);
      look(row.description);
    }
  },
});
