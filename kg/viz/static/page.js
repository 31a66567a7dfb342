// kg graph page: draws the nodes and edges in #kg-data with vis-network, and adds the legend
// with label filters, search, neighbourhood highlight and tooltips.
// Every text from the data reaches the DOM through textContent (or the canvas), never as HTML.
(function () {
  "use strict";

  var DIM_NODE = "rgba(205,205,205,0.55)";
  var DIM_FONT = "rgba(120,120,120,0.35)";
  var DIM_EDGE = {color: "#dddddd", opacity: 0.35};

  var data = JSON.parse(document.getElementById("kg-data").textContent);
  var statusEl = document.getElementById("kg-status");
  var hiddenKinds = {};
  var view = {ready: false, readyAt: null, layoutMs: null, highlighted: null};
  window.kgView = view;

  function setStatus(text) {
    statusEl.textContent = text;
  }

  // A tooltip element: a title line and "field: value" rows, all plain text.
  function tooltipElement(tip) {
    var box = document.createElement("div");
    box.className = "kg-tip";
    var title = document.createElement("div");
    title.className = "kg-tip-title";
    title.textContent = tip.title;
    box.appendChild(title);
    tip.rows.forEach(function (row) {
      var line = document.createElement("div");
      var key = document.createElement("span");
      key.className = "kg-tip-key";
      key.textContent = row[0] + ": ";
      var value = document.createElement("span");
      value.textContent = row[1];
      line.appendChild(key);
      line.appendChild(value);
      box.appendChild(line);
    });
    return box;
  }

  data.nodes.forEach(function (node) {
    node.name = node.tip.title;
    node.title = tooltipElement(node.tip);
    delete node.tip;
    node.baseColor = node.color;
    node.baseFont = node.font;
  });
  var edgeColour = data.options.edges.color;
  data.edges.forEach(function (edge) {
    edge.title = tooltipElement(edge.tip);
    delete edge.tip;
  });

  var nodes = new vis.DataSet(data.nodes);
  var edges = new vis.DataSet(data.edges);
  var visibleNodes = new vis.DataView(nodes, {
    filter: function (node) { return !hiddenKinds[node.kind]; }
  });
  var container = document.getElementById("kg-graph");
  var layoutStarted = performance.now();
  var network = new vis.Network(container, {nodes: visibleNodes, edges: edges}, data.options);
  view.network = network;
  view.nodes = nodes;
  view.edges = edges;
  view.visibleNodes = visibleNodes;

  function markReady() {
    if (view.ready) { return; }
    // Physics off once the layout has settled: the graph stays still until a node is dragged.
    network.setOptions({physics: {enabled: false}});
    view.ready = true;
    view.readyAt = performance.now();
    view.layoutMs = view.readyAt - layoutStarted;
    setStatus(data.nodes.length ? "Ready: " + data.nodes.length + " nodes, " + data.edges.length + " edges"
                                : "The graph is empty.");
    if (data.centre.length) { highlight(data.centre[0]); }
  }

  network.on("stabilizationProgress", function (params) {
    setStatus("Laying out the graph: " + Math.round(100 * params.iterations / params.total) + "%");
  });
  network.once("stabilizationIterationsDone", markReady);
  network.once("stabilized", markReady);
  if (!data.nodes.length) { markReady(); }

  // --- neighbourhood highlight -------------------------------------------------------------
  function highlight(id) {
    var keep = {};
    keep[id] = true;
    network.getConnectedNodes(id).forEach(function (other) { keep[other] = true; });
    var incident = {};
    network.getConnectedEdges(id).forEach(function (edgeId) { incident[edgeId] = true; });
    nodes.update(nodes.get().map(function (node) {
      var near = keep[node.id];
      return {id: node.id, color: near ? node.baseColor : DIM_NODE,
              font: near ? node.baseFont : {color: DIM_FONT, size: node.baseFont.size}};
    }));
    edges.update(edges.getIds().map(function (edgeId) {
      return {id: edgeId, color: incident[edgeId] ? edgeColour : DIM_EDGE};
    }));
    view.highlighted = id;
  }

  function clearHighlight() {
    if (view.highlighted === null) { return; }
    nodes.update(nodes.get().map(function (node) {
      return {id: node.id, color: node.baseColor, font: node.baseFont};
    }));
    edges.update(edges.getIds().map(function (edgeId) { return {id: edgeId, color: edgeColour}; }));
    view.highlighted = null;
  }

  network.on("click", function (params) {
    if (params.nodes.length) { highlight(params.nodes[0]); } else { clearHighlight(); }
  });
  view.highlight = highlight;
  view.clearHighlight = clearHighlight;

  // --- legend and label filters ------------------------------------------------------------
  var SVG = "http://www.w3.org/2000/svg";
  var SHAPES = {
    dot: "circle", square: "rect", diamond: "6,0 12,6 6,12 0,6", triangle: "6,0 12,11 0,11",
    triangleDown: "0,1 12,1 6,12", star: "6,0 7.6,4.3 12,4.5 8.6,7.3 9.7,11.8 6,9.2 2.3,11.8 3.4,7.3 0,4.5 4.4,4.3",
    hexagon: "3,0.8 9,0.8 12,6 9,11.2 3,11.2 0,6"
  };

  function shapeIcon(shape, colour) {
    var svg = document.createElementNS(SVG, "svg");
    svg.setAttribute("width", "14");
    svg.setAttribute("height", "14");
    svg.setAttribute("viewBox", "-1 -1 14 14");
    svg.setAttribute("aria-hidden", "true");
    var points = SHAPES[shape] || "circle";
    var mark;
    if (points === "circle") {
      mark = document.createElementNS(SVG, "circle");
      mark.setAttribute("cx", "6"); mark.setAttribute("cy", "6"); mark.setAttribute("r", "6");
    } else if (points === "rect") {
      mark = document.createElementNS(SVG, "rect");
      mark.setAttribute("x", "1"); mark.setAttribute("y", "1");
      mark.setAttribute("width", "10"); mark.setAttribute("height", "10");
    } else {
      mark = document.createElementNS(SVG, "polygon");
      mark.setAttribute("points", points);
    }
    mark.setAttribute("fill", colour);
    svg.appendChild(mark);
    return svg;
  }

  var legendList = document.getElementById("kg-legend-list");
  data.legend.forEach(function (entry) {
    var item = document.createElement("li");
    item.className = "kg-legend-item";
    item.setAttribute("data-label", entry.label);
    var label = document.createElement("label");
    var box = document.createElement("input");
    box.type = "checkbox";
    box.checked = true;
    box.disabled = entry.shown === 0;
    box.addEventListener("change", function () {
      hiddenKinds[entry.label] = !box.checked;
      visibleNodes.refresh();
    });
    var name = document.createElement("span");
    name.className = "kg-legend-name";
    name.textContent = entry.label;
    var count = document.createElement("span");
    count.className = "kg-legend-count";
    count.textContent = entry.shown === entry.total ? String(entry.total)
                                                    : entry.shown + " of " + entry.total;
    label.appendChild(box);
    label.appendChild(shapeIcon(entry.shape, entry.colour));
    label.appendChild(name);
    label.appendChild(count);
    item.appendChild(label);
    legendList.appendChild(item);
  });

  // --- search ------------------------------------------------------------------------------
  var names = document.getElementById("kg-names");
  var seen = {};
  data.nodes.slice().sort(function (a, b) { return (b.size || 0) - (a.size || 0); })
    .forEach(function (node) {
      if (seen[node.name]) { return; }
      seen[node.name] = true;
      var option = document.createElement("option");
      option.value = node.name;
      names.appendChild(option);
    });

  // The best node for a query: an exact name or label first, then the most connected node
  // whose name contains it.
  function find(query) {
    var wanted = query.trim().toLowerCase();
    if (!wanted) { return null; }
    var best = null;
    var bestScore = -1;
    data.nodes.forEach(function (node) {
      var name = String(node.name).toLowerCase();
      var label = String(node.label).toLowerCase();
      var score = -1;
      if (name === wanted || label === wanted) { score = 2; }
      else if (name.indexOf(wanted) !== -1) { score = 1; }
      if (score > bestScore || (score === bestScore && score >= 0 && (node.size || 0) > (best.size || 0))) {
        best = node;
        bestScore = score;
      }
    });
    return bestScore >= 0 ? best.id : null;
  }

  function focusNode(id) {
    var node = nodes.get(id);
    if (hiddenKinds[node.kind]) {
      hiddenKinds[node.kind] = false;
      var box = legendList.querySelector("li[data-label='" + CSS.escape(node.kind) + "'] input");
      if (box) { box.checked = true; }
      visibleNodes.refresh();
    }
    network.selectNodes([id]);
    highlight(id);
    network.focus(id, {scale: 1.3, animation: {duration: 400, easingFunction: "easeInOutQuad"}});
  }

  document.getElementById("kg-search-form").addEventListener("submit", function (event) {
    event.preventDefault();
    var query = document.getElementById("kg-search").value;
    var id = find(query);
    if (id === null) {
      setStatus("No node matches \u201c" + query + "\u201d");
      return;
    }
    focusNode(id);
    setStatus("Found: " + nodes.get(id).name);
  });
  document.getElementById("kg-reset").addEventListener("click", function () {
    document.getElementById("kg-search").value = "";
    network.unselectAll();
    clearHighlight();
    network.fit({animation: {duration: 300, easingFunction: "easeInOutQuad"}});
  });
  view.find = find;
  view.focusNode = focusNode;
}());
