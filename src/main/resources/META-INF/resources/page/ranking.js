// The ranking table (GET /indicators/ranking): sortable by any column, downloadable as the API's own CSV.

const COLUMNS = [
  ['rank', 'rank', item => item.rank ?? '—'],
  ['territory', 'name', item => item.name],
  ['code', 'territory', item => item.territory],
  ['value', 'value', (item, f) => f.percent(item.value)],
  ['numerator', 'numerator', (item, f) => f.count(item.numerator)],
  ['denominator', 'denominator', (item, f) => f.count(item.denominator)]
];

/** Items sorted by a field; territories without a value (or rank) always last, whatever the direction. */
function sorted(items, field, ascending) {
  return [...items].sort((a, b) => {
    const x = a[field];
    const y = b[field];
    if (x == null || y == null) {
      return (x == null) - (y == null);
    }
    const order = typeof x === 'number' ? x - y : String(x).localeCompare(String(y), undefined, { numeric: true });
    return ascending ? order : -order;
  });
}

export class RankingTable {
  constructor(table) {
    this.table = table;
    this.sort = { field: 'rank', ascending: true };
  }

  /** Shows the ranking's items under `caption`; a header button sorts by its column, again to reverse. */
  render(ranking, caption, say, f) {
    this.last = [ranking, caption, say, f];
    this.table.caption.textContent = caption;
    const row = document.createElement('tr');
    for (const [key, field] of COLUMNS) {
      const header = document.createElement('th');
      header.scope = 'col';
      const active = this.sort.field === field;
      header.setAttribute('aria-sort', active ? (this.sort.ascending ? 'ascending' : 'descending') : 'none');
      const button = document.createElement('button');
      button.type = 'button';
      button.dataset.field = field;
      button.textContent = say(key) + (active ? (this.sort.ascending ? ' ▲' : ' ▼') : '');
      button.setAttribute('aria-label', say('sortBy', { column: say(key) }));
      button.addEventListener('click', () => {
        this.sort = { field, ascending: active ? !this.sort.ascending : field !== 'value' };
        this.render(...this.last);
        this.table.querySelector(`th button[data-field="${field}"]`).focus();
      });
      header.append(button);
      row.append(header);
    }
    this.table.tHead.replaceChildren(row);
    const body = document.createElement('tbody');
    for (const item of sorted(ranking.items, this.sort.field, this.sort.ascending)) {
      const line = document.createElement('tr');
      line.dataset.code = item.territory;
      COLUMNS.forEach(([key, , cell], index) => {
        const td = document.createElement(index === 1 ? 'th' : 'td');
        if (index === 1) {
          td.scope = 'row';
        }
        td.textContent = cell(item, f);
        line.append(td);
      });
      body.append(line);
    }
    this.table.tBodies[0].replaceWith(body);
  }
}

/** Saves a CSV text under a file name, through a link to an object URL (no server round trip for the name). */
export function download(csv, fileName) {
  const url = URL.createObjectURL(new Blob([csv], { type: 'text/csv;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
