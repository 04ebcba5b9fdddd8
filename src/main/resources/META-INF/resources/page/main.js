// The dashboard page: its state lives in the URL (territory, asOf, from, lang), so a view can be shared and the
// back button returns to the previous one; every figure is read from the public API.
import { read, territories, ApiProblem } from './api.js';
import { text, translatePage, formats, LANGUAGES } from './texts.js';
import { DepartementMap } from './map.js';
import { renderCard } from './card.js';
import { renderChart } from './chart.js';
import { RankingTable, download } from './ranking.js';

const $ = id => document.getElementById(id);
const PARAMETERS = ['territory', 'asOf', 'from', 'lang'];

let state = fromUrl();
let names = new Map();
let parents = new Map();
let map;
let table;
let series;
let generation = 0;

function fromUrl() {
  const search = new URLSearchParams(location.search);
  const lang = LANGUAGES.includes(search.get('lang')) ? search.get('lang') : 'fr';
  return { territory: search.get('territory') || 'FR', asOf: search.get('asOf') || '', from: search.get('from') || '', lang };
}

function toUrl(next) {
  const search = new URLSearchParams();
  for (const name of PARAMETERS) {
    const value = next[name];
    if (value && !(name === 'territory' && value === 'FR') && !(name === 'lang' && value === 'fr')) {
      search.set(name, value);
    }
  }
  const query = search.toString();
  return '/' + (query ? '?' + query : '');
}

/** Moves to a new state: a new history entry (so Back returns), then the figures it shows. */
function go(change) {
  state = { ...state, ...change };
  const url = toUrl(state);
  if (url !== location.pathname + location.search) {
    history.pushState(null, '', url);
  }
  show();
}

const say = (key, values) => text(state.lang, key, values);

function mapWords(f) {
  return {
    mapLabel: say('mapLabel'), overseas: say('overseas'), legend: say('legend'), noValue: say('noValue'),
    percent: f.percent,
    describe: item => `${item.name} (${item.territory}) : ${item.value == null ? say('noValue')
      : `${f.percent(item.value)}, ${say('ratio', { num: f.count(item.numerator), den: f.count(item.denominator) })}`}`
  };
}

/** The départements a territory's selection highlights on the map: a region's own, or none (all shown). */
function group(code) {
  if (!code.startsWith('R')) {
    return null;
  }
  return new Set([...parents].filter(([, parent]) => parent === code).map(([departement]) => departement));
}

function renderRegions(ranking, f) {
  const list = $('regions');
  const focused = list.contains(document.activeElement) ? document.activeElement.dataset.code : null;
  list.replaceChildren(...ranking.items.map(item => {
    const entry = document.createElement('li');
    const button = document.createElement('button');
    button.type = 'button';
    button.dataset.code = item.territory;
    button.textContent = `${item.name} : ${f.percent(item.value)}`;
    button.setAttribute('aria-pressed', String(state.territory === item.territory));
    const highlight = () => map.mark(state.territory, group(item.territory));
    const restore = () => map.mark(state.territory, group(state.territory));
    button.addEventListener('mouseenter', highlight);
    button.addEventListener('focus', highlight);
    button.addEventListener('mouseleave', restore);
    button.addEventListener('blur', restore);
    button.addEventListener('click', () => go({ territory: item.territory }));
    entry.append(button);
    return entry;
  }));
  // A region chosen with the keyboard keeps the focus when the list is drawn again for it.
  list.querySelector(`button[data-code="${focused}"]`)?.focus();
}

/** The ranking the table shows: every département for France, a region's, or a département's siblings. */
function tableParent(code) {
  if (code === 'FR') {
    return { parent: 'FR', level: 'DEPARTEMENT' };
  }
  return { parent: code.startsWith('R') ? code : parents.get(code) };
}

async function show() {
  const current = ++generation;
  const { territory, asOf, from, lang } = state;
  const f = formats(lang);
  translatePage(lang);
  $('asOf').value = asOf;
  $('from').value = from;
  $('status').textContent = say('loading');
  try {
    const dated = { asOf, from };
    const scope = tableParent(territory);
    const [departements, regions, card, gained, monthly, ranking] = await Promise.all([
      read('/indicators/ranking', { parent: 'FR', level: 'DEPARTEMENT', ...dated }, lang),
      read('/indicators/ranking', { parent: 'FR', ...dated }, lang),
      read(`/territories/${encodeURIComponent(territory)}/dashboard`, { asOf }, lang),
      from ? read('/indicators/coverage', { territory, ...dated }, lang) : null,
      read('/indicators/timeseries', { interval: 'MONTH', territory, asOf }, lang),
      scope.level ? null : read('/indicators/ranking', { ...scope, ...dated }, lang)
    ]);
    if (current !== generation) {
      return;
    }
    $('asOf').value = card.asOf;
    $('mapTitle').textContent = from ? say('mapTitleFrom', { date: f.date(from) }) : say('mapTitle');
    map.colour(departements.items, $('legend'), mapWords(f));
    map.mark(territory, group(territory));
    renderRegions(regions, f);
    renderCard($('card'), card, gained, names, say, f);
    series = monthly;
    renderChart($('chart'), series, chartMode(), say, f);
    const scopeName = scope.level ? say('allDepartements') : say('childrenOf', { name: names.get(scope.parent) });
    const caption = from ? say('rankingCaptionFrom', { from: f.date(from), date: f.date(card.asOf), scope: scopeName })
      : say('rankingCaption', { date: f.date(card.asOf), scope: scopeName });
    table.render(ranking ?? departements, caption, say, f);
    $('status').textContent = say('loaded', { name: card.territory.name, date: f.date(card.asOf) });
  } catch (error) {
    if (current === generation) {
      report(error);
    }
  }
}

function report(error) {
  if (error instanceof ApiProblem && error.refused) {
    $('refusal').textContent = say('refused');
    $('refusal').hidden = false;
    document.querySelector('main').hidden = true;
    $('status').textContent = '';
  } else if (error instanceof ApiProblem) {
    $('status').textContent = say('failed', { status: error.status, detail: error.message });
  } else {
    throw error;
  }
}

function chartMode() {
  return document.querySelector('input[name="mode"]:checked').value;
}

async function downloadCsv() {
  const scope = tableParent(state.territory);
  try {
    const csv = await read('/indicators/ranking', { ...scope, asOf: state.asOf, from: state.from }, state.lang, 'text/csv');
    download(csv, `ranking-${scope.parent}-${$('asOf').value}.csv`);
  } catch (error) {
    report(error);
  }
}

async function start() {
  translatePage(state.lang);
  map = new DepartementMap($('map'), $('overseas'), $('tooltip'), code => go({ territory: code }));
  table = new RankingTable($('ranking'));
  $('asOf').addEventListener('change', event => go({ asOf: event.target.value }));
  $('from').addEventListener('change', event => go({ from: event.target.value }));
  $('clearFrom').addEventListener('click', () => go({ from: '' }));
  $('national').addEventListener('click', () => go({ territory: 'FR' }));
  $('language').addEventListener('click', () => go({ lang: state.lang === 'fr' ? 'en' : 'fr' }));
  $('csv').addEventListener('click', downloadCsv);
  $('controls').addEventListener('submit', event => event.preventDefault());
  for (const radio of document.querySelectorAll('input[name="mode"]')) {
    radio.addEventListener('change', () => series && renderChart($('chart'), series, chartMode(), say, formats(state.lang)));
  }
  window.addEventListener('popstate', () => {
    state = fromUrl();
    show();
  });
  try {
    for (const territory of await territories(state.lang)) {
      names.set(territory.code, territory.name);
      parents.set(territory.code, territory.parent);
    }
  } catch (error) {
    report(error);
    return;
  }
  show();
}

start();
