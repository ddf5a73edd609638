// A newsroom's usual pym.js set-up, unchanged: pym adds childId to the frame's address and
// resizes the frame from the child's height messages.
window.stancesPym = new pym.Parent('stances-pym', '../index.html?embed=1&view=timeline&actors=RUS,USA', {
  title: 'UN cybercrime convention: timeline of Russia and the United States',
});
