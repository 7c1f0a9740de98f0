import {
  formatNumber,
  formatGeneral,
  formatDate,
  isDateFormat,
  formatText,
  dateToSerial,
} from '../../src/cli/numfmt';

describe('formatNumber', () => {
  test.each<[number, string | undefined, string]>([
    [0.8, '0%', '80%'],
    [100000, '0!.0000"万元"', '10.0000万元'],
    [100000, '0\\.0000"万元"', '10.0000万元'],
    [5, '0!.0000', '0.0005'],
    [123456, '000-000', '123-456'],
    [100000, '0.0,"万"', '100.0万'],
    [0.855, '0.00%', '85.50%'],
    [1, '0%', '100%'],
    [0.25, '0.0%', '25.0%'],
    [20, '0.00', '20.00'],
    [23.04, '0.00', '23.04'],
    [1.005, '0.00', '1.01'],
    [2.675, '0.00', '2.68'],
    [1234567.891, '#,##0.00', '1,234,567.89'],
    [-1234.5, '#,##0.00', '-1,234.50'],
    [-1234.5, '#,##0.00;(#,##0.00)', '(1,234.50)'],
    [-5, '#,##0_);[Red](#,##0)', '(5)'],
    [0, '0.00;-0.00;"-"', '-'],
    [12, '0', '12'],
    [12.5, '0', '13'],
    [0.5, '#.00', '.50'],
    [3, '00', '03'],
    [1500000, '#,##0,', '1,500'],
    [12345, '0.00E+00', '1.23E+04'],
    [250, '0.00"万元"', '250.00万元'],
    [250, '¥#,##0.00', '¥250.00'],
    [250, '[$¥-804]#,##0.00', '¥250.00'],
    [250, '_-* #,##0.00_-;-* #,##0.00_-;_-* "-"??_-;_-@_-', ' 250.00 '],
    [0.30000000000000004, 'General', '0.3'],
    [0.1 + 0.2, undefined, '0.3'],
    [20, 'General', '20'],
    [1e21, 'General', '1E+21'],
    [123456789012, 'General', '123456789012'],
    [5, '@', '5'],
    [44926, 'yyyy"年"m"月"d"日"', '2022年12月31日'],
  ])('%p with %p -> %p', (v, fmt, text) => {
    expect(formatNumber(v, fmt)).toBe(text);
  });
});

describe('formatGeneral', () => {
  test('strips float noise, keeps real digits', () => {
    expect(formatGeneral(1 / 3)).toBe('0.333333333333333');
    expect(formatGeneral(-2.5)).toBe('-2.5');
    expect(formatGeneral(1e-7)).toBe('0.0000001');
    expect(formatGeneral(1e-12)).toBe('1E-12');
  });
});

describe('formatDate', () => {
  const d = new Date(Date.UTC(2022, 11, 31, 14, 5, 9));
  test.each<[string, string]>([
    ['yyyy"年"m"月"d"日"', '2022年12月31日'],
    ['yyyy"年"m"月"d"日";@', '2022年12月31日'],
    ['[$-804]yyyy"年"m"月"d"日"', '2022年12月31日'],
    ['yyyy"年"m"月"', '2022年12月'],
    ['m"月"d"日"', '12月31日'],
    ['yyyy/m/d', '2022-12-31'],
    ['mm-dd-yy', '2022-12-31'],
    ['d-mmm-yy', '2022-12-31'],
    ['yyyy-mm-dd hh:mm', '2022-12-31 14:05'],
    ['h:mm', '14:05'],
    ['h:mm AM/PM', '2:05 PM'],
    ['h"时"mm"分"ss"秒"', '14时05分09秒'],
  ])('%p -> %p', (fmt, text) => {
    expect(formatDate(d, fmt)).toBe(text);
  });
  test('serial numbers', () => {
    expect(dateToSerial(new Date(Date.UTC(2022, 11, 31)))).toBe(44926);
  });
});

describe('isDateFormat / formatText', () => {
  test('tells dates from numbers', () => {
    expect(isDateFormat('yyyy"年"m"月"d"日"')).toBe(true);
    expect(isDateFormat('0.00%')).toBe(false);
    expect(isDateFormat('0.00"万元"')).toBe(false);
    expect(isDateFormat('General')).toBe(false);
    expect(isDateFormat('[Red]#,##0')).toBe(false);
    expect(isDateFormat('h:mm:ss')).toBe(true);
  });
  test('text sections', () => {
    expect(formatText('abc', '@')).toBe('abc');
    expect(formatText('abc', '0.00;-0.00;0;"说明："@')).toBe('说明：abc');
    expect(formatText('abc', '0.00')).toBe('abc');
  });
});
