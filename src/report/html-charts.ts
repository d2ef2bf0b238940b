// Charts for the HTML report as inline SVG (no script, no font, no image to fetch): horizontal
// bars, optionally stacked, each bar labelled with its number so the picture never replaces
// the figure.
import { escapeMarkup as x } from './markup-escape.js';

export interface Segment {
  name: string;
  value: number;
  color: string;
}

export interface Bar {
  label: string;
  segments: Segment[];
}

const ROW = 26;
const LABEL_WIDTH = 190;
const BAR_WIDTH = 360;

export function barChart(title: string, bars: Bar[]): string {
  const max = bars.reduce((m, b) => Math.max(m, total(b)), 1);
  const height = bars.length * ROW + 8;
  const width = LABEL_WIDTH + BAR_WIDTH + 60;
  const rows = bars.map((bar, i) => {
    const y = i * ROW + 4;
    let at = LABEL_WIDTH;
    const rects = bar.segments
      .filter((s) => s.value > 0)
      .map((s) => {
        const w = Math.max(2, Math.round((s.value / max) * BAR_WIDTH));
        const rect = `<rect x="${at}" y="${y}" width="${w}" height="${ROW - 8}" fill="${s.color}"><title>${x(`${bar.label} — ${s.name}: ${s.value}`)}</title></rect>`;
        at += w;
        return rect;
      });
    return [
      `<text x="${LABEL_WIDTH - 8}" y="${y + ROW / 2}" text-anchor="end">${x(bar.label)}</text>`,
      ...rects,
      `<text x="${at + 6}" y="${y + ROW / 2}" class="figure">${total(bar)}</text>`,
    ].join('');
  });
  return `<figure><figcaption>${x(title)}</figcaption><svg class="chart" role="img" aria-label="${x(title)}" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" xmlns="http://www.w3.org/2000/svg"><title>${x(title)}</title>${rows.join('')}</svg></figure>`;
}

function total(bar: Bar): number {
  return bar.segments.reduce((n, s) => n + s.value, 0);
}
