/* global d3, bench */
(async () => {
  const data = await bench.data();
  // Every node expanded (d3-org-chart collapses below the first levels by default), so it draws
  // the whole tree as Ziyara does. It cannot mirror: siblings are laid out left to right and the
  // layout has no RTL option; only the HTML inside each node can be dir="rtl".
  for (const d of data) d._expanded = true;
  const chart = new d3.OrgChart()
    .container('#chart')
    .data(data)
    .nodeWidth(() => 200)
    .nodeHeight(() => 64)
    .nodeContent(
      (d) =>
        `<div class="node" dir="rtl" lang="ar"><b>${bench.escape(d.data.name)}</b>` +
        `<span>${bench.escape(d.data.kind)}</span></div>`,
    );
  chart.render();
  window.__chart = chart;
  await bench.readyAfterTwoFrames();
})().catch(bench.fail);
