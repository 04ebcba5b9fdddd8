// Reads the service's public API, as any frontend would: JSON (or CSV), in the page's language.

/** An answer the API refused; `refused` when reads need a token the page does not have (401, 403). */
export class ApiProblem extends Error {
  constructor(status, problem) {
    super(problem.detail || problem.title || String(status));
    this.status = status;
    this.problem = problem;
    this.refused = status === 401 || status === 403;
  }
}

function query(parameters) {
  const search = new URLSearchParams();
  for (const [name, value] of Object.entries(parameters)) {
    if (value !== undefined && value !== null && value !== '') {
      search.set(name, value);
    }
  }
  const text = search.toString();
  return text ? '?' + text : '';
}

/** GET /api/v1{path}?{parameters}: the parsed JSON, or the text for CSV; an ApiProblem for a 4xx or 5xx. */
export async function read(path, parameters, language, accept = 'application/json') {
  const answer = await fetch('/api/v1' + path + query(parameters), {
    headers: { 'Accept': accept, 'Accept-Language': language }
  });
  if (!answer.ok) {
    const problem = await answer.json().catch(() => ({ title: answer.statusText }));
    throw new ApiProblem(answer.status, problem);
  }
  return accept === 'text/csv' ? answer.text() : answer.json();
}

/** Every territory: the nation, 18 regions and 101 départements fit on one page of at most 1000. */
export async function territories(language) {
  const page = await read('/territories', { size: 1000 }, language);
  return page.items;
}
