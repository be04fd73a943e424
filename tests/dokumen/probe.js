// tests/dokumen/probe.js: appended to a copy of lkj.dokumen()'s HTML by
// tests/t_dokumen.sh (the document itself carries no script), run by
// headless Chromium, which dumps the DOM with the result in data-hasil.
// Each figure is laid out at the width of its page's text area (A4
// portrait 21 - 4,5 cm margins, landscape 29,7 - 3 cm: dokumen_css), and a
// table or chart wider than that overflows its page.
(function () {
  var r = {};
  r.bab = Array.from(document.querySelectorAll('section.bab > h1'))
    .map(function (h) { return h.innerText.split('\n')[0].trim(); });
  r.tabel = document.querySelectorAll('figure.tabel table').length;
  r.gambar = document.querySelectorAll('figure.gambar').length;
  r.svg = document.querySelectorAll('figure.gambar svg').length;
  r.landscape = document.querySelectorAll('figure.lebar').length;
  r.lampiran = Array.from(document.querySelectorAll('section.lampiran figure.tabel > figcaption'))
    .map(function (c) { return c.innerText.split('\n')[0].trim(); })
    .filter(function (t) { return /^LAMPIRAN /.test(t); });
  var figures = document.querySelectorAll('figure');
  figures.forEach(function (f) {
    f.style.width = f.classList.contains('lebar') ? '26.7cm' : '16.5cm';
    f.style.margin = '0';
  });
  var lewat = [];
  figures.forEach(function (f) {
    var w = f.getBoundingClientRect().width;
    f.querySelectorAll('table, svg').forEach(function (t) {
      var tw = Math.max(t.getBoundingClientRect().width, t.scrollWidth || 0);
      if (tw > w + 1) {
        var c = f.querySelector('figcaption');
        lewat.push((c ? c.innerText.split('\n')[0] : '?') + ': ' + Math.round(tw) + 'px > ' + Math.round(w) + 'px');
      }
    });
  });
  r.lebar_lewat = lewat;
  document.body.setAttribute('data-hasil', JSON.stringify(r));
})();
