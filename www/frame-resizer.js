// For pages that embed stances in an iframe without pym.js: resizes each
// <iframe data-stances-frame src="…/index.html?embed=1&…"> to the height it reports.
// It trusts a message only from the frame it resizes, and only from that frame's origin.
window.addEventListener('message', (event) => {
  const data = event.data;
  if (!data || data.type !== 'stances:height' || !Number.isFinite(data.height)) return;
  for (const frame of document.querySelectorAll('iframe[data-stances-frame]')) {
    if (frame.contentWindow !== event.source) continue;
    if (new URL(frame.src, location.href).origin !== event.origin) return;
    frame.style.height = `${Math.max(0, Math.ceil(data.height))}px`;
  }
});
