import { describe, expect, it } from 'vitest';
import { kpiChangeText, kpiRowName } from '../../src/domain/kpi/kpi-change';
import { formatKpiNumber, kpiNumberText, parseKpiNumber } from '../../src/domain/kpi/kpi-number';

describe('KPI figures as typed', () => {
  it.each([
    ['61', 61],
    ['61.5', 61.5],
    ['1,200', 1200],
    ['12,345,678.25', 12345678.25],
    [' 7 ', 7],
    ['-3', -3],
    ['−3', -3],
    ['+38', 38],
    ['0', 0],
  ])('reads "%s" as %d', (text, n) => {
    expect(parseKpiNumber(text)).toBe(n);
  });

  it.each(['', ' ', 'abc', '1,20', '12,3456', '61%', '1.2.3', '£5', '5 hours', '1e3', 'Infinity', '.5', '5.'])('refuses "%s"', (text) => {
    expect(parseKpiNumber(text)).toBeUndefined();
  });

  it('prints figures grouped, with at most two decimals and a true minus', () => {
    expect(formatKpiNumber(1200)).toBe('1,200');
    expect(formatKpiNumber(4.125)).toBe('4.13');
    expect(formatKpiNumber(-3)).toBe('−3');
    expect(kpiNumberText(1200)).toBe('1200');
    expect(kpiNumberText(undefined)).toBe('');
  });
});

describe('KPI change and names', () => {
  it('gives the change in the unit, in percentage points for a percentage', () => {
    expect(kpiChangeText({ baseline: 61, result: 78, unit: '%' })).toBe('+17 percentage points');
    expect(kpiChangeText({ baseline: 14, result: 3, unit: 'complaints a quarter' })).toBe('−11 complaints a quarter');
    expect(kpiChangeText({ baseline: 4.1, result: 4.5, unit: 'out of 5' })).toBe('+0.4 out of 5');
    expect(kpiChangeText({ baseline: 5, result: 5, unit: 'days' })).toBe('No change (0 days)');
    expect(kpiChangeText({ baseline: 5, result: undefined, unit: 'days' })).toBe('No result yet');
  });

  it('names a row by its measure and unit', () => {
    expect(kpiRowName({ measure: ' Replies within 24 hours ', unit: '%' })).toBe('Replies within 24 hours (%)');
  });
});
