import { scaleFonts } from './scale-fonts';

describe('scaleFonts', () => {
  it('scales every font size and line height, however deep, and leaves the rest alone', () => {
    const formatter = (v: number) => String(v);
    const option = {
      legend: { textStyle: { fontSize: 13 } },
      yAxis: [
        { axisLabel: { fontSize: 12, formatter }, nameTextStyle: { fontSize: 13, lineHeight: 14 } },
      ],
      series: [{ data: [1, 2], label: { fontSize: 11 }, symbolSize: 6 }],
    };
    const scaled = scaleFonts(option, 1.5);
    expect(scaled).toEqual({
      legend: { textStyle: { fontSize: 20 } },
      yAxis: [
        { axisLabel: { fontSize: 18, formatter }, nameTextStyle: { fontSize: 20, lineHeight: 21 } },
      ],
      series: [{ data: [1, 2], label: { fontSize: 17 }, symbolSize: 6 }],
    });
    expect(option.legend.textStyle.fontSize).toBe(13);
  });
});
