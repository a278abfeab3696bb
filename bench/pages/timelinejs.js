/* global TL, bench */
(async () => {
  const data = await bench.data();
  // `language: 'ar'` loads its Arabic strings (locale/ar.json); TimelineJS has no RTL layout:
  // the time navigator and the slides still run left to right.
  const timeline = new TL.Timeline('chart', data, {
    language: 'ar',
    script_path: new URL('/nm/@knight-lab/timelinejs/dist/js/', location.href).href,
  });
  window.__chart = timeline;
  // Ready: its `loaded` event (story slider and time navigator both built), then two frames.
  await new Promise((resolve, reject) => {
    timeline.on('loaded', resolve);
    timeline.on('dataloaderror', (e) => reject(new Error(`dataloaderror ${JSON.stringify(e)}`)));
  });
  await bench.readyAfterTwoFrames();
})().catch(bench.fail);
