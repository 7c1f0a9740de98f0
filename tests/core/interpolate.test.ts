import { interpolate } from '../../src/core/diagnostics/interpolate';

describe('interpolate', () => {
  it.each([
    ['no slots', '其他资金为空。', {}, '其他资金为空。'],
    ['one slot', '指标“{{name}}”没有描述。', { name: '培训人数' }, '指标“培训人数”没有描述。'],
    ['slot only', '{{x}}', { x: 'q' }, 'q'],
    ['number', '共 {{n}} 处', { n: 3 }, '共 3 处'],
    [
      'two slots',
      '“{{value}}”宜写作“{{canonical}}”。',
      { value: '≥95', canonical: '≥95%' },
      '“≥95”宜写作“≥95%”。',
    ],
    ['spaces inside braces', 'a{{ x }}b', { x: 1 }, 'a1b'],
    ['adjacent slots', '{{x}}{{y}}', { x: 1, y: 2 }, '12'],
    ['three slots', '{{a}}-{{b}}-{{c}}', { a: 1, b: 2, c: 3 }, '1-2-3'],
    ['four slots', '{{a}}{{b}}{{c}}{{d}}!', { a: 'w', b: 'x', c: 'y', d: 'z' }, 'wxyz!'],
    ['missing name kept', 'a{{x}}b{{y}}c', { x: 1 }, 'a1b{{y}}c'],
    ['inherited names are not data', 'x{{toString}}', {}, 'x{{toString}}'],
    ['empty string value', '[{{x}}]', { x: '' }, '[]'],
  ])('%s', (_label, template, data, expected) => {
    expect(interpolate(template, data as Record<string, string | number>)).toBe(expected);
    // a second call goes through the compiled template
    expect(interpolate(template, data as Record<string, string | number>)).toBe(expected);
  });
});
