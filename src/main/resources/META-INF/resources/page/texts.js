// The page's words in French (the default) and English, and the numbers and dates written as each language does.

const WORDS = {
  fr: {
    title: 'DMP : déploiement par territoire',
    skip: 'Aller à la fiche du territoire',
    asOf: 'Au', from: 'Gagné depuis', clearFrom: 'Sans date de début', national: 'France entière',
    mapTitle: 'Couverture par département',
    mapTitleFrom: 'Couverture gagnée depuis le {date}, par département',
    mapHint: 'Survolez un département pour ses chiffres ; cliquez ou appuyez sur Entrée pour sa fiche.',
    mapLabel: 'Carte des départements de France colorés par couverture',
    overseas: 'Départements d\'outre-mer',
    regionsTitle: 'Régions', regionsHint: 'Survoler une région éclaire ses départements sur la carte.',
    legend: 'Légende', noValue: 'pas de valeur',
    month: 'Mois', chartTitle: 'Par mois', chartMode: 'Afficher', perPeriod: 'par mois', cumulative: 'cumulé',
    chartLabel: 'DMP créés et alimentés par mois, {name}',
    created: 'DMP créés', alimented: 'DMP alimentés',
    cumulativeCreated: 'DMP créés (cumul)', cumulativeAlimented: 'DMP alimentés (cumul)',
    rankingTitle: 'Classement', csv: 'Télécharger en CSV',
    rankingCaption: 'Classement par couverture au {date} : {scope}',
    rankingCaptionFrom: 'Classement par couverture gagnée du {from} au {date} : {scope}',
    allDepartements: 'les 101 départements', childrenOf: 'départements de {name}',
    rank: 'Rang', territory: 'Territoire', code: 'Code', value: 'Couverture', numerator: 'DMP créés',
    denominator: 'Population', sortBy: 'Trier par {column}',
    coverage: 'Couverture', coverageFrom: 'Couverture gagnée depuis le {date}', alimentation: 'Part alimentée',
    last7: '7 derniers jours', last30: '30 derniers jours', createdCount: '{n} créés', alimentedCount: '{n} alimentés',
    rankAmong: 'Rang {rank} sur {of} ({parent})', noRank: 'Sans rang : {reason}',
    ratio: '{num} sur {den}', populationYear: 'population de référence {year}', lastData: 'données jusqu\'au {date}',
    completeness: 'Complétude', objectives: 'Objectifs', noObjective: 'Aucun objectif fixé.',
    target: 'cible {value} au {date}', expected: 'attendu à cette date : {value}',
    projected: 'atteinte prévue le {date} au rythme des 30 derniers jours', notProjected: 'pas d\'atteinte prévue au rythme actuel',
    ACHIEVED: 'atteint', MISSED: 'manqué', ON_TRACK: 'dans les temps', BEHIND: 'en retard',
    progressOf: 'Progression vers « {label} »',
    loading: 'Chargement…', loaded: 'Fiche de {name} au {date}.',
    refused: 'Cette installation réserve la lecture des indicateurs aux personnes munies d\'un jeton avec le rôle « reader » (dmp.security.reads-require-role). Cette page n\'envoie pas de jeton : utilisez l\'API avec votre jeton, ou demandez à l\'exploitant d\'ouvrir la lecture.',
    failed: 'L\'API a répondu {status} : {detail}',
    source: 'Toutes les données viennent de l\'API publique du service :',
    mapCredit: 'Carte des départements :', licence: 'licence',
    overseasCredit: 'Les cinq départements d\'outre-mer, absents de cette carte, sont des cases.',
    chartCredit: 'Graphique :', language: 'English', languageCode: 'en'
  },
  en: {
    title: 'DMP: roll-out by territory',
    skip: 'Skip to the territory card',
    asOf: 'As of', from: 'Gained since', clearFrom: 'No start date', national: 'All of France',
    mapTitle: 'Coverage by département',
    mapTitleFrom: 'Coverage gained since {date}, by département',
    mapHint: 'Hover over a département for its figures; click it or press Enter for its card.',
    mapLabel: 'Map of the départements of France coloured by coverage',
    overseas: 'Overseas départements',
    regionsTitle: 'Regions', regionsHint: 'Hovering over a region highlights its départements on the map.',
    legend: 'Legend', noValue: 'no value',
    month: 'Month', chartTitle: 'By month', chartMode: 'Show', perPeriod: 'per month', cumulative: 'cumulative',
    chartLabel: 'DMP created and alimented by month, {name}',
    created: 'DMP created', alimented: 'DMP alimented',
    cumulativeCreated: 'DMP created (cumulative)', cumulativeAlimented: 'DMP alimented (cumulative)',
    rankingTitle: 'Ranking', csv: 'Download as CSV',
    rankingCaption: 'Ranking by coverage on {date}: {scope}',
    rankingCaptionFrom: 'Ranking by coverage gained from {from} to {date}: {scope}',
    allDepartements: 'the 101 départements', childrenOf: 'départements of {name}',
    rank: 'Rank', territory: 'Territory', code: 'Code', value: 'Coverage', numerator: 'DMP created',
    denominator: 'Population', sortBy: 'Sort by {column}',
    coverage: 'Coverage', coverageFrom: 'Coverage gained since {date}', alimentation: 'Alimented share',
    last7: 'Last 7 days', last30: 'Last 30 days', createdCount: '{n} created', alimentedCount: '{n} alimented',
    rankAmong: 'Rank {rank} of {of} ({parent})', noRank: 'No rank: {reason}',
    ratio: '{num} of {den}', populationYear: 'reference population {year}', lastData: 'data up to {date}',
    completeness: 'Completeness', objectives: 'Objectives', noObjective: 'No objective set.',
    target: 'target {value} by {date}', expected: 'expected by now: {value}',
    projected: 'expected to be reached on {date} at the last 30 days\' pace', notProjected: 'not expected to be reached at the current pace',
    ACHIEVED: 'achieved', MISSED: 'missed', ON_TRACK: 'on track', BEHIND: 'behind',
    progressOf: 'Progress towards “{label}”',
    loading: 'Loading…', loaded: 'Card of {name} on {date}.',
    refused: 'This installation lets only holders of a token with the “reader” role read the indicators (dmp.security.reads-require-role). This page sends no token: use the API with your token, or ask the operators to open reads.',
    failed: 'The API answered {status}: {detail}',
    source: 'Everything shown comes from the service\'s public API:',
    mapCredit: 'Map of the départements:', licence: 'licence',
    overseasCredit: 'The five overseas départements, absent from this map, are shown as squares.',
    chartCredit: 'Chart:', language: 'Français', languageCode: 'fr'
  }
};

export const LANGUAGES = Object.keys(WORDS);

/** The text of a key in a language, with its {placeholders} filled. */
export function text(language, key, values = {}) {
  const template = WORDS[language][key] ?? key;
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
