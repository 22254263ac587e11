// What the pages of `kg serve` share: one way to ask the endpoint, served from the same
// origin (/client.js), so no page needs anything from outside the machine.
window.kgClient = {
  // The SPARQL JSON answer of a query; an endpoint error becomes an Error with its text.
  sparql: function (query) {
    return fetch("/query", { method: "POST", headers: { "Content-Type": "application/x-www-form-urlencoded",
      "Accept": "application/sparql-results+json" }, body: new URLSearchParams({ query: query }) })
      .then(function (r) { return r.text().then(function (t) { if (!r.ok) throw new Error(t); return JSON.parse(t); }); });
  }
};
