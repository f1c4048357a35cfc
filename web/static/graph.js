// Draws the neighbourhood given in #graph-data with vis-network; clicking a node opens its page.
(function () {
  const data = JSON.parse(document.getElementById("graph-data").textContent);
  const colours = {Report: "#8ab4f8", Paragraph: "#cfd8dc", Region: "#a5d6a7", Regulation: "#ffcc80",
    Agency: "#ce93d8", LawFirm: "#f48fb1", Initiative: "#fff59d", Indicator: "#b0bec5", Topic: "#80deea"};
  const pageOf = {Report: k => "/reports/" + encodeURIComponent(k), Paragraph: k => "/paragraphs/" + encodeURIComponent(k),
    Region: k => "/regions/" + encodeURIComponent(k), Regulation: k => "/entities/regulation/" + encodeURIComponent(k),
    Agency: k => "/entities/agency/" + encodeURIComponent(k), LawFirm: k => "/entities/law-firm/" + encodeURIComponent(k),
    Initiative: k => "/entities/initiative/" + encodeURIComponent(k)};
  const centre = data.node.label + ":" + data.node.key;
  const nodes = [{id: centre, label: data.node.key.slice(0, 24), color: colours[data.node.label], shape: "box",
                  page: pageOf[data.node.label] && pageOf[data.node.label](data.node.key)}];
  const edges = [];
  const seen = new Set([centre]);
  for (const e of data.edges) {
    const id = e.label + ":" + e.key;
    if (!seen.has(id)) {
      seen.add(id);
      nodes.push({id: id, label: String(e.caption).slice(0, 24), color: colours[e.label] || "#eee",
                  page: pageOf[e.label] && pageOf[e.label](e.key), title: e.label});
    }
    edges.push(e.direction === "out" ? {from: centre, to: id, label: e.type, arrows: "to"}
                                     : {from: id, to: centre, label: e.type, arrows: "to"});
  }
  const network = new vis.Network(document.getElementById("graph"),
    {nodes: new vis.DataSet(nodes), edges: new vis.DataSet(edges)},
    {physics: {stabilization: {iterations: 150}}, edges: {font: {size: 10}}, nodes: {font: {size: 12}}});
  network.on("doubleClick", params => {
    const node = nodes.find(n => n.id === params.nodes[0]);
    if (node && node.page) window.location.href = node.page;
  });
  network.on("click", params => {
    const node = nodes.find(n => n.id === params.nodes[0]);
    if (node && node.page && node.id !== centre) window.location.href = node.page;
  });
})();
