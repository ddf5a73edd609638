// A newsroom's usual pym.js set-up: pym adds childId to the frame's address and resizes the
// frame from the child's height messages. `xdomain` makes pym heed only messages from the
// frame's own origin (its default, '*', takes a height from any frame or window that knows the
// childId); pym cannot tell two frames of one origin apart, so embed nothing else from it.
const frameUrl = new URL('../index.html?embed=1&view=timeline&actors=RUS,USA', location.href);
const escaped = frameUrl.origin.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
window.stancesPym = new pym.Parent('stances-pym', frameUrl.href, {
  title: 'UN cybercrime convention: timeline of Russia and the United States',
  xdomain: `^${escaped}`,
});
