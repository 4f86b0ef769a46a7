// Parallax pages: citation highlighting and the compare form. No inline script anywhere: the
// Content-Security-Policy allows only this file.
(function () {
  'use strict';

  function clearHighlights() {
    var lit = document.querySelectorAll('.s.hl');
    for (var i = 0; i < lit.length; i++) {
      lit[i].classList.remove('hl');
    }
  }

  // A citation names sentence ids (data-cites, space-separated); each article sentence is an element
  // whose id is the sentence id.
  function highlight(ids) {
    clearHighlights();
    var first = null;
    for (var i = 0; i < ids.length; i++) {
      var el = document.getElementById(ids[i]);
      if (el) {
        el.classList.add('hl');
        if (!first) {
          first = el;
        }
      }
    }
    if (first) {
      first.scrollIntoView({ block: 'center' });
    }
    return first !== null;
  }

  document.addEventListener('click', function (e) {
    var a = e.target.closest ? e.target.closest('[data-cites]') : null;
    if (!a) {
      return;
    }
    var ids = a.getAttribute('data-cites').split(/\s+/).filter(Boolean);
    if (highlight(ids)) {
      e.preventDefault();
      if (history.replaceState) {
        history.replaceState(null, '', '#' + ids[0]);
      }
    }
  });

  document.addEventListener('DOMContentLoaded', function () {
    if (location.hash.length > 1) {
      highlight([decodeURIComponent(location.hash.substring(1))]);
    }
    var form = document.getElementById('compare-form');
    if (!form) {
      return;
    }
    var drop = document.getElementById('drop');
    var input = document.getElementById('files');
    ['dragenter', 'dragover'].forEach(function (t) {
      drop.addEventListener(t, function (e) { e.preventDefault(); drop.classList.add('over'); });
    });
    ['dragleave', 'drop'].forEach(function (t) {
      drop.addEventListener(t, function (e) { e.preventDefault(); drop.classList.remove('over'); });
    });
    drop.addEventListener('drop', function (e) {
      if (e.dataTransfer && e.dataTransfer.files.length) {
        input.files = e.dataTransfer.files;
        drop.firstChild.textContent = e.dataTransfer.files.length + ' file(s) chosen ';
      }
    });
    form.addEventListener('submit', function () {
      document.getElementById('compare-wait').hidden = false;
    });
  });
})();
