// The monthly time series (GET /indicators/timeseries?interval=MONTH) drawn with uPlot: created and alimented per
// month, or cumulated since the first DMP.
import uPlot from '/vendor/uplot/dist/uPlot.esm.js';

const SERIES = {
  period: [['created', '#1d4f91'], ['alimented', '#c2571a']],
  cumulative: [['cumulativeCreated', '#1d4f91'], ['cumulativeAlimented', '#c2571a']]
};

/** Draws the series into `figure` (replacing what was there); `mode` is "period" or "cumulative". */
export function renderChart(figure, series, mode, say, f) {
  const x = series.items.map(point => Date.parse(point.start + 'T00:00:00Z') / 1000);
  const columns = SERIES[mode];
  const data = [x, ...columns.map(([field]) => series.items.map(point => point[field]))];
  const width = Math.max(320, Math.min(900, figure.parentElement.clientWidth - 16));
  const options = {
    width,
    height: 280,
    tzDate: seconds => uPlot.tzDate(new Date(seconds * 1000), 'UTC'),
    fmtDate: () => date => new Intl.DateTimeFormat(document.documentElement.lang,
      { month: 'short', year: 'numeric', timeZone: 'UTC' }).format(date),
    series: [
      { label: say('month') },
      ...columns.map(([field, colour]) => ({ label: say(field), stroke: colour, width: 2, value: (u, v) => f.count(v) }))
    ],
    axes: [{}, { values: (u, ticks) => ticks.map(tick => f.count(tick)), size: 70 }]
  };
  const name = series.scope.territories.map(territory => territory.name).join(', ');
  const caption = document.createElement('figcaption');
  caption.textContent = say('chartLabel', { name });
  const plot = document.createElement('div');
  plot.setAttribute('role', 'img');
  plot.setAttribute('aria-label', caption.textContent);
  figure.replaceChildren(caption, plot);
  if (figure.chart) {
    figure.chart.destroy();
  }
  figure.chart = new uPlot(options, data, plot);
}
