// The page's words in French (the default) and English, side by side so that none lacks its translation, and the
// numbers and dates written as each language does.

export const LANGUAGES = ['fr', 'en'];

const WORDS = {
  title: ['DMP : déploiement par territoire', 'DMP: roll-out by territory'],
  skip: ['Aller à la fiche du territoire', 'Skip to the territory card'],
  asOf: ['Au', 'As of'],
  from: ['Gagné depuis', 'Gained since'],
  clearFrom: ['Sans date de début', 'No start date'],
  national: ['France entière', 'All of France'],
  mapTitle: ['Couverture par département', 'Coverage by département'],
  mapTitleFrom: ['Couverture gagnée depuis le {date}, par département',
    'Coverage gained since {date}, by département'],
  mapHint: ['Survolez un département pour ses chiffres ; cliquez ou appuyez sur Entrée pour sa fiche.',
    'Hover over a département for its figures; click it or press Enter for its card.'],
  mapLabel: ['Carte des départements de France colorés par couverture',
    'Map of the départements of France coloured by coverage'],
  overseas: ['Départements d\'outre-mer', 'Overseas départements'],
  regionsTitle: ['Régions', 'Regions'],
  regionsHint: ['Survoler une région éclaire ses départements sur la carte.',
    'Hovering over a region highlights its départements on the map.'],
  legend: ['Légende', 'Legend'],
  noValue: ['pas de valeur', 'no value'],
  month: ['Mois', 'Month'],
  chartTitle: ['Par mois', 'By month'],
  chartMode: ['Afficher', 'Show'],
  perPeriod: ['par mois', 'per month'],
  cumulative: ['cumulé', 'cumulative'],
  chartLabel: ['DMP créés et alimentés par mois, {name}', 'DMP created and alimented by month, {name}'],
  created: ['DMP créés', 'DMP created'],
  alimented: ['DMP alimentés', 'DMP alimented'],
  cumulativeCreated: ['DMP créés (cumul)', 'DMP created (cumulative)'],
  cumulativeAlimented: ['DMP alimentés (cumul)', 'DMP alimented (cumulative)'],
  rankingTitle: ['Classement', 'Ranking'],
  csv: ['Télécharger en CSV', 'Download as CSV'],
  rankingCaption: ['Classement par couverture au {date} : {scope}', 'Ranking by coverage on {date}: {scope}'],
  rankingCaptionFrom: ['Classement par couverture gagnée du {from} au {date} : {scope}',
    'Ranking by coverage gained from {from} to {date}: {scope}'],
  allDepartements: ['les 101 départements', 'the 101 départements'],
  childrenOf: ['départements de {name}', 'départements of {name}'],
  rank: ['Rang', 'Rank'],
  territory: ['Territoire', 'Territory'],
  code: ['Code', 'Code'],
  value: ['Couverture', 'Coverage'],
  numerator: ['DMP créés', 'DMP created'],
  denominator: ['Population', 'Population'],
  sortBy: ['Trier par {column}', 'Sort by {column}'],
  coverage: ['Couverture', 'Coverage'],
  coverageFrom: ['Couverture gagnée depuis le {date}', 'Coverage gained since {date}'],
  alimentation: ['Part alimentée', 'Alimented share'],
  last7: ['7 derniers jours', 'Last 7 days'],
  last30: ['30 derniers jours', 'Last 30 days'],
  createdCount: ['{n} créés', '{n} created'],
  alimentedCount: ['{n} alimentés', '{n} alimented'],
  rankAmong: ['Rang {rank} sur {of} ({parent})', 'Rank {rank} of {of} ({parent})'],
  noRank: ['Sans rang : {reason}', 'No rank: {reason}'],
  ratio: ['{num} sur {den}', '{num} of {den}'],
  populationYear: ['population de référence {year}', 'reference population {year}'],
  lastData: ['données jusqu\'au {date}', 'data up to {date}'],
  completeness: ['Complétude', 'Completeness'],
  daysWithData: ['données {n} jours sur {of}', 'data on {n} days of {of}'],
  late: ['en retard d\'envoi', 'feed late'],
  objectives: ['Objectifs', 'Objectives'],
  noObjective: ['Aucun objectif fixé.', 'No objective set.'],
  target: ['cible {value} au {date}', 'target {value} by {date}'],
  expected: ['attendu à cette date : {value}', 'expected by now: {value}'],
  projected: ['atteinte prévue le {date} au rythme des 30 derniers jours',
    'expected to be reached on {date} at the last 30 days\' pace'],
  notProjected: ['pas d\'atteinte prévue au rythme actuel', 'not expected to be reached at the current pace'],
  ACHIEVED: ['atteint', 'achieved'],
  MISSED: ['manqué', 'missed'],
  ON_TRACK: ['dans les temps', 'on track'],
  BEHIND: ['en retard', 'behind'],
  progressOf: ['Progression vers « {label} »', 'Progress towards “{label}”'],
  loading: ['Chargement…', 'Loading…'],
  loaded: ['Fiche de {name} au {date}.', 'Card of {name} on {date}.'],
  refused: ['Cette installation réserve la lecture des indicateurs aux personnes munies d\'un jeton avec le rôle « reader » (dmp.security.reads-require-role). Cette page n\'envoie pas de jeton : utilisez l\'API avec votre jeton, ou demandez à l\'exploitant d\'ouvrir la lecture.',
    'This installation lets only holders of a token with the “reader” role read the indicators (dmp.security.reads-require-role). This page sends no token: use the API with your token, or ask the operators to open reads.'],
  failed: ['L\'API a répondu {status} : {detail}', 'The API answered {status}: {detail}'],
  source: ['Toutes les données viennent de l\'API publique du service :',
    'Everything shown comes from the service\'s public API:'],
  mapCredit: ['Carte des départements :', 'Map of the départements:'],
  licence: ['licence', 'licence'],
  overseasCredit: ['Les cinq départements d\'outre-mer, absents de cette carte, sont des cases.',
    'The five overseas départements, absent from this map, are shown as squares.'],
  chartCredit: ['Graphique :', 'Chart:'],
  language: ['English', 'Français'],
  languageCode: ['en', 'fr']
};

/** The text of a key in a language, with its {placeholders} filled. */
export function text(language, key, values = {}) {
  const template = WORDS[key]?.[LANGUAGES.indexOf(language)] ?? key;
  return template.replace(/\{(\w+)\}/g, (whole, name) => values[name] ?? whole);
}

/** Writes a language's texts into every element marked data-text, and the page's own lang. */
export function translatePage(language) {
  document.documentElement.lang = language;
  document.title = text(language, 'title');
  for (const element of document.querySelectorAll('[data-text]')) {
    element.textContent = text(language, element.dataset.text);
  }
  const switchButton = document.getElementById('language');
  switchButton.textContent = text(language, 'language');
  switchButton.lang = text(language, 'languageCode');
}

/** Numbers, percentages and dates as the language writes them ("19,5 %" in French, "19.5%" in English). */
export function formats(language) {
  const percent = new Intl.NumberFormat(language, { style: 'percent', minimumFractionDigits: 1, maximumFractionDigits: 1 });
  const count = new Intl.NumberFormat(language, { maximumFractionDigits: 0 });
  const day = new Intl.DateTimeFormat(language, { dateStyle: 'long', timeZone: 'UTC' });
  return {
    percent: value => value == null ? '—' : percent.format(value),
    count: value => value == null ? '—' : count.format(value),
    date: iso => iso ? day.format(new Date(iso + 'T00:00:00Z')) : '—'
  };
}
