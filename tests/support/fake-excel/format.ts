/**
 * How the fake displays a value under a number format, and how it takes typed input: enough of
 * Excel's behaviour for the formats the project uses (General, @, 0, 0.00, 0%, 0.0%, 0.00%, #,##0.00).
 */
export type HostValue = string | number | boolean;

function groupThousands(s: string): string {
  const [int, frac] = s.split('.');
  const neg = int.startsWith('-');
  const digits = neg ? int.slice(1) : int;
  const grouped = digits.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return (neg ? '-' : '') + grouped + (frac !== undefined ? `.${frac}` : '');
}

function general(n: number): string {
  if (Number.isInteger(n) && Math.abs(n) < 1e11) return String(n);
  return String(Number(n.toPrecision(10)));
}

export function displayText(value: HostValue | '', numberFormat: string): string {
  if (value === '') return '';
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (typeof value === 'string') return value;
  if (numberFormat === '@' || numberFormat === 'General' || numberFormat === '') return general(value);
  const m = /^(#,##)?0(?:\.(0+))?(%?)$/.exec(numberFormat);
  if (!m) return general(value);
  const decimals = m[2] ? m[2].length : 0;
  const scaled = m[3] ? value * 100 : value;
  let s = scaled.toFixed(decimals);
  if (m[1]) s = groupThousands(s);
  return s + (m[3] ? '%' : '');
}

/** What a cell holds after a string is written to it (Excel converts numbers and percents). */
export function parseInput(
  input: string,
  numberFormat: string,
): { value: HostValue | ''; numberFormat: string } {
  if (numberFormat === '@') return { value: input, numberFormat };
  const t = input.trim();
  if (/^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/.test(t)) return { value: Number(t), numberFormat };
  const pct = /^([+-]?(?:\d+\.?\d*|\.\d+))%$/.exec(t);
  if (pct) {
    const n = Number(pct[1]) / 100;
    const hasDecimals = pct[1].includes('.');
    return {
      value: n,
      numberFormat: numberFormat === 'General' ? (hasDecimals ? '0.00%' : '0%') : numberFormat,
    };
  }
  return { value: input, numberFormat };
}
