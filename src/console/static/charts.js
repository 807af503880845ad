// Small SVG charts for the dashboard: stacked bars and lines with a legend (no library, nothing to build).
(function () {
  const W = 460,
    H = 180,
    PAD = { l: 30, r: 8, t: 8, b: 22 };
  const svg = (inner) => `<svg viewBox="0 0 ${W} ${H}" width="100%" role="img">${inner}</svg>`;
  const legend = (series) =>
    `<div class="legend">${series.map((s) => `<span><i style="background:${s.color}"></i>${s.name}</span>`).join('')}</div>`;
  function axes(labels, max) {
    const step = (W - PAD.l - PAD.r) / Math.max(1, labels.length);
    let out = `<line x1="${PAD.l}" y1="${H - PAD.b}" x2="${W - PAD.r}" y2="${H - PAD.b}" stroke="#ccd"/>`;
    out += `<text x="2" y="${PAD.t + 8}">${Math.round(max * 10) / 10}</text><text x="2" y="${H - PAD.b}">0</text>`;
    labels.forEach((l, i) => {
      if (i % Math.ceil(labels.length / 7) === 0)
        out += `<text x="${PAD.l + i * step}" y="${H - 6}">${l}</text>`;
    });
    return { out, step };
  }
  window.stackedBars = function (el, labels, series) {
    const totals = labels.map((_, i) => series.reduce((n, s) => n + (s.values[i] || 0), 0));
    const max = Math.max(1, ...totals);
    const { out, step } = axes(labels, max);
    const scale = (v) => (v / max) * (H - PAD.t - PAD.b);
    let bars = '';
    labels.forEach((_, i) => {
      let y = H - PAD.b;
      for (const s of series) {
        const h = scale(s.values[i] || 0);
        if (h > 0) {
          y -= h;
          bars += `<rect class="bar" x="${PAD.l + i * step + 2}" y="${y}" width="${Math.max(2, step - 4)}" height="${h}" fill="${s.color}"><title>${labels[i]} ${s.name}: ${s.values[i]}</title></rect>`;
        }
      }
    });
    el.innerHTML = svg(out + bars) + legend(series);
  };
  window.lines = function (el, labels, series) {
    const max = Math.max(1, ...series.flatMap((s) => s.values.filter((v) => v != null)));
    const { out, step } = axes(labels, max);
    const y = (v) => H - PAD.b - (v / max) * (H - PAD.t - PAD.b);
    let paths = '';
    for (const s of series) {
      const pts = s.values
        .map((v, i) => (v == null ? null : [PAD.l + i * step + step / 2, y(v)]))
        .filter(Boolean);
      if (pts.length)
        paths +=
          `<polyline class="line" fill="none" stroke="${s.color}" stroke-width="2" points="${pts.map((p) => p.join(',')).join(' ')}"/>` +
          pts.map((p) => `<circle cx="${p[0]}" cy="${p[1]}" r="2.5" fill="${s.color}"/>`).join('');
    }
    el.innerHTML = svg(out + paths) + legend(series);
  };
})();
