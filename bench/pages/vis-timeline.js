/* global vis, bench */
(async () => {
  const data = await bench.data();
  const items = new vis.DataSet(data.items);
  const timeline = new vis.Timeline(document.getElementById('chart'), items, {
    rtl: true,
    locale: 'ar',
    maxHeight: 600,
  });
  window.__chart = timeline;
  // Ready: its first `changed` event (a completed redraw), then two frames.
  await new Promise((resolve) => timeline.once('changed', resolve));
  await bench.readyAfterTwoFrames();
})().catch(bench.fail);
