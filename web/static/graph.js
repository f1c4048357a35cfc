// Draws the neighbourhood given in #graph-data with vis-network; clicking a node opens its page.
// Node colours come from the legend's swatches (kg.css holds them once); paragraphs are linked to
// their reports; physics stops once the layout has settled so labels stay where they landed.
(function () {
  const data = JSON.parse(document.getElementById("graph-data").textContent);
  const colours = {};
  for (const swatch of document.querySelectorAll("#graph-legend .swatch")) {
    colours[swatch.dataset.label] = getComputedStyle(swatch).backgroundColor;
  }
  const pageOf = {Report: k => "/reports/" + encodeURIComponent(k), Paragraph: k => "/paragraphs/" + encodeURIComponent(k),
    Region: k => "/regions/" + encodeURIComponent(k), Regulation: k => "/entities/regulation/" + encodeURIComponent(k),
    Agency: k => "/entities/agency/" + encodeURIComponent(k), LawFirm: k => "/entities/law-firm/" + encodeURIComponent(k),
    Initiative: k => "/entities/initiative/" + encodeURIComponent(k)};
  const short = (text) => { text = String(text); return text.length > 16 ? text.slice(0, 15) + "…" : text; };
  const nodes = [];
  const edges = [];
  const seen = new Set();
  function addNode(label, key, caption, extra) {
    const id = label + ":" + key;
    if (!seen.has(id)) {
      seen.add(id);
      nodes.push(Object.assign({id: id, label: short(caption), title: String(caption), color: colours[label] || "#eee",
                                page: pageOf[label] && pageOf[label](key)}, extra || {}));
    }
    return id;
  }
  const centre = addNode(data.node.label, data.node.key, data.node.name, {shape: "box", font: {size: 15}});
  for (const e of data.edges) {
    const id = addNode(e.label, e.key, e.caption);
    edges.push(e.direction === "out" ? {from: centre, to: id, title: e.type_name, arrows: "to"}
                                     : {from: id, to: centre, title: e.type_name, arrows: "to"});
    if (e.report && e.report.key !== data.node.key) {
      edges.push({from: addNode("Report", e.report.key, e.report.caption), to: id, arrows: "to", dashes: true});
    }
  }
  const network = new vis.Network(document.getElementById("graph"),
    {nodes: new vis.DataSet(nodes), edges: new vis.DataSet(edges)},
    {layout: {improvedLayout: nodes.length < 150},
     physics: {solver: "forceAtlas2Based", forceAtlas2Based: {gravitationalConstant: -100, springLength: 140, avoidOverlap: 1},
               stabilization: {iterations: 400}},
     nodes: {font: {size: 12}, margin: 6}, edges: {smooth: false, color: {color: "#b0b0b0"}}});
  network.once("stabilizationIterationsDone", () => network.setOptions({physics: false}));
  network.on("click", params => {
    const node = nodes.find(n => n.id === params.nodes[0]);
    if (node && node.page && node.id !== centre) window.location.href = node.page;
  });
  network.on("doubleClick", params => {
    const node = nodes.find(n => n.id === params.nodes[0]);
    if (node && node.page) window.location.href = node.page;
  });
})();
