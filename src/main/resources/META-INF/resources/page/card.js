// The territory's card: GET /territories/{code}/dashboard, and the coverage gained since `from` when asked.

function node(tag, className, content) {
  const created = document.createElement(tag);
  if (className) {
    created.className = className;
  }
  if (content !== undefined) {
    created.textContent = content;
  }
  return created;
}

/** One figure: a label, a large value, and what it is made of. */
function figure(label, value, detail) {
  const box = node('div', 'figure');
  box.append(node('h3', null, label), node('p', 'value', value));
  if (detail) {
    box.append(node('p', 'detail', detail));
  }
  return box;
}

function ratioDetail(indicator, say, f) {
  if (indicator.value == null) {
    return indicator.reason;
  }
  const parts = [say('ratio', { num: f.count(indicator.numerator), den: f.count(indicator.denominator) })];
  if (indicator.populationYear) {
    parts.push(say('populationYear', { year: indicator.populationYear }));
  }
  if (indicator.lastDataDate) {
    parts.push(say('lastData', { date: f.date(indicator.lastDataDate) }));
  }
  return parts.join(' · ');
}

/** Days with data of the last 30, the last data day, and whether the feed is late. */
function completenessDetail(completeness, say, f) {
  const parts = [say('daysWithData', { n: completeness.daysWithData, of: completeness.daysWithData + completeness.daysMissing })];
  if (completeness.lastDataDate) {
    parts.push(say('lastData', { date: f.date(completeness.lastDataDate) }));
  }
  if (completeness.late) {
    parts.push(say('late'));
  }
  return parts.join(' · ');
}

/** A value of an objective's metric: a percent for the rates, a count for DMP_CREATED. */
function metricValue(objective, value, f) {
  return objective.metric === 'DMP_CREATED' ? f.count(value) : f.percent(value);
}

function objectiveBlock(objective, say, f) {
  const item = node('li', 'objective');
  const title = objective.label || objective.metric;
  item.append(node('h4', null, `${title} (${say(objective.status)})`));
  const bar = node('div', 'progress');
  const progress = Math.max(0, Math.min(1, objective.progress ?? 0));
  bar.setAttribute('role', 'progressbar');
  bar.setAttribute('aria-label', say('progressOf', { label: title }));
  bar.setAttribute('aria-valuemin', '0');
  bar.setAttribute('aria-valuemax', '100');
  bar.setAttribute('aria-valuenow', String(Math.round(progress * 100)));
  bar.setAttribute('aria-valuetext', f.percent(objective.progress));
  const fill = node('span', 'done');
  fill.style.width = `${progress * 100}%`;
  bar.append(fill);
  if (objective.expectedValue != null && objective.targetValue) {
    const expected = node('span', 'expected');
    expected.style.left = `${Math.max(0, Math.min(1, objective.expectedValue / objective.targetValue)) * 100}%`;
    bar.append(expected);
  }
  item.append(bar);
  const facts = [f.percent(objective.progress),
    say('target', { value: metricValue(objective, objective.targetValue, f), date: f.date(objective.dueDate) })];
  if (objective.expectedValue != null) {
    facts.push(say('expected', { value: metricValue(objective, objective.expectedValue, f) }));
  }
  facts.push(objective.projectedReachDate ? say('projected', { date: f.date(objective.projectedReachDate) })
    : say('notProjected'));
  item.append(node('p', 'detail', facts.join(' · ')));
  return item;
}

/**
 * Fills `container` with the card; `gained` is the coverage since `from` (an IndicatorValue) or null, `names` the
 * territories' names by code.
 */
export function renderCard(container, card, gained, names, say, f) {
  const heading = node('h2', null, `${card.territory.name} (${card.territory.code})`);
  heading.id = 'cardTitle';
  const figures = node('div', 'figures');
  figures.append(figure(say('coverage'), f.percent(card.coverage.value), ratioDetail(card.coverage, say, f)));
  if (gained) {
    figures.append(figure(say('coverageFrom', { date: f.date(gained.from) }), f.percent(gained.value),
      ratioDetail(gained, say, f)));
  }
  figures.append(figure(say('alimentation'), f.percent(card.alimentation.value), ratioDetail(card.alimentation, say, f)));
  for (const [key, counts] of [['last7', card.last7Days], ['last30', card.last30Days]]) {
    figures.append(figure(say(key), f.count(counts.created), say('alimentedCount', { n: f.count(counts.alimented) })));
  }
  if (card.completeness) {
    figures.append(figure(say('completeness'), f.percent(card.completeness.rate), completenessDetail(card.completeness, say, f)));
  }
  const rank = card.rank;
  const rankLine = !rank ? null : rank.rank ? say('rankAmong', { rank: rank.rank, of: rank.of, parent: names.get(rank.parent) ?? rank.parent })
    : say('noRank', { reason: rank.reason });
  const objectives = node('section', 'objectives');
  objectives.append(node('h3', null, say('objectives')));
  if (card.objectives.length === 0) {
    objectives.append(node('p', 'detail', say('noObjective')));
  } else {
    const list = node('ul');
    card.objectives.forEach(objective => list.append(objectiveBlock(objective, say, f)));
    objectives.append(list);
  }
  container.setAttribute('aria-labelledby', 'cardTitle');
  container.replaceChildren(heading, ...(rankLine ? [node('p', 'rank', rankLine)] : []), figures, objectives);
}
