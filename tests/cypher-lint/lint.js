// Lints Cypher statements against Neo4j's grammar and semantics, offline.
// stdin: JSON [{name, query, parameters}]; stdout: JSON [{name, errors: [message], warnings: [message]}].
const { lintCypherQuery } = require("@neo4j-cypher/language-support");

let input = "";
process.stdin.on("data", (chunk) => (input += chunk));
process.stdin.on("end", () => {
  const out = JSON.parse(input).map(({ name, query, parameters }) => {
    const { diagnostics } = lintCypherQuery(query, { parameters });
    return {
      name,
      errors: diagnostics.filter((d) => d.severity === 1).map((d) => d.message),
      warnings: diagnostics.filter((d) => d.severity !== 1).map((d) => d.message),
    };
  });
  process.stdout.write(JSON.stringify(out));
});
