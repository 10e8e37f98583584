// Draws learning curves (see eval-learning.ts) as one SVG image, a panel per evaluation file.
import type { CurvePoint } from './eval-learning';

export interface CurvePanel {
  /** The evaluation file's name. */
  name: string;
  testDocs: number;
  points: CurvePoint[];
}

const SERIES: { key: 'none' | 'surface' | 'learned'; label: string; colour: string; dash?: string }[] = [
  { key: 'none', label: 'no learning', colour: '#8c8c8c', dash: '5 4' },
  { key: 'surface', label: 'known names (exact strings)', colour: '#2f6db5' },
  { key: 'learned', label: 'known names + learned model', colour: '#d9661f' },
];

const PANEL_WIDTH = 420;
const PANEL_HEIGHT = 300;
const MARGIN = { left: 52, right: 16, top: 40, bottom: 46 };
const LEGEND_HEIGHT = 34;

const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** The y range: the data's, widened to whole numbers and to at least 4 points so that small changes are not blown up. */
function yRange(points: readonly CurvePoint[]): [number, number] {
  const values = points.flatMap(p => [p.none, p.surface, p.learned]);
  let low = Math.floor(Math.min(...values) - 0.5);
  let high = Math.ceil(Math.max(...values) + 0.5);
  while (high - low < 4) {
    low -= 1;
    high += 1;
  }
  return [low, high];
}

function panel(p: CurvePanel, offsetX: number): string {
  const width = PANEL_WIDTH - MARGIN.left - MARGIN.right;
  const height = PANEL_HEIGHT - MARGIN.top - MARGIN.bottom;
  // The curve starts at no corrected documents, where every line is the unlearned figure.
  const points: CurvePoint[] = [
    {
      documents: 0,
      none: p.points[0].none,
      surface: p.points[0].none,
      learned: p.points[0].none,
      items: 0,
      learnMs: 0,
    },
    ...p.points,
  ];
  const maxX = Math.max(...points.map(q => q.documents));
  const [low, high] = yRange(points);
  const x = (docs: number) => offsetX + MARGIN.left + (docs / maxX) * width;
  const y = (f: number) => MARGIN.top + height - ((f - low) / (high - low)) * height;
  const out: string[] = [];
  out.push(
    `<text x="${offsetX + PANEL_WIDTH / 2}" y="22" text-anchor="middle" font-weight="600">${escape(p.name)}: the other ${p.testDocs} documents</text>`,
  );
  const step = high - low > 8 ? 2 : 1;
  for (let f = low; f <= high; f += step) {
    out.push(`<line x1="${x(0)}" x2="${x(maxX)}" y1="${y(f)}" y2="${y(f)}" stroke="#e4e4e4"/>`);
    out.push(`<text x="${x(0) - 6}" y="${y(f) + 4}" text-anchor="end">${f}</text>`);
  }
  for (const q of points) {
    out.push(`<line x1="${x(q.documents)}" x2="${x(q.documents)}" y1="${y(low)}" y2="${y(low) + 4}" stroke="#555"/>`);
    out.push(`<text x="${x(q.documents)}" y="${y(low) + 17}" text-anchor="middle">${q.documents}</text>`);
  }
  out.push(`<line x1="${x(0)}" x2="${x(maxX)}" y1="${y(low)}" y2="${y(low)}" stroke="#555"/>`);
  out.push(`<line x1="${x(0)}" x2="${x(0)}" y1="${y(low)}" y2="${y(high)}" stroke="#555"/>`);
  out.push(
    `<text x="${offsetX + MARGIN.left + width / 2}" y="${PANEL_HEIGHT - 8}" text-anchor="middle">documents corrected</text>`,
  );
  out.push(
    `<text transform="translate(${offsetX + 14} ${MARGIN.top + height / 2}) rotate(-90)" text-anchor="middle">exact PER+ORG+LOC F1 (%)</text>`,
  );
  for (const s of SERIES) {
    const path = points
      .map((q, i) => `${i ? 'L' : 'M'}${x(q.documents).toFixed(1)} ${y(q[s.key]).toFixed(1)}`)
      .join(' ');
    out.push(
      `<path d="${path}" fill="none" stroke="${s.colour}" stroke-width="2"${s.dash ? ` stroke-dasharray="${s.dash}"` : ''}/>`,
    );
    for (const q of points)
      out.push(`<circle cx="${x(q.documents).toFixed(1)}" cy="${y(q[s.key]).toFixed(1)}" r="3" fill="${s.colour}"/>`);
  }
  return out.join('\n');
}

/** The image: the panels side by side and one legend under them. */
export function curveSvg(panels: readonly CurvePanel[]): string {
  const width = PANEL_WIDTH * panels.length;
  const height = PANEL_HEIGHT + LEGEND_HEIGHT;
  const legend = SERIES.map((s, i) => {
    const lx = 20 + i * (width / SERIES.length);
    const ly = PANEL_HEIGHT + 18;
    return (
      `<line x1="${lx}" x2="${lx + 26}" y1="${ly - 4}" y2="${ly - 4}" stroke="${s.colour}" stroke-width="2"${s.dash ? ` stroke-dasharray="${s.dash}"` : ''}/>` +
      `<text x="${lx + 32}" y="${ly}">${escape(s.label)}</text>`
    );
  }).join('\n');
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="Helvetica, Arial, sans-serif" font-size="12" fill="#222">`,
    `<rect width="${width}" height="${height}" fill="#ffffff"/>`,
    ...panels.map((p, i) => panel(p, i * PANEL_WIDTH)),
    legend,
    '</svg>',
    '',
  ].join('\n');
}
