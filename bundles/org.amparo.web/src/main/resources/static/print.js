/* "Save as PDF": opens the browser's print dialog, where the reader can also choose to save a PDF.
   A file of its own because the Content-Security-Policy forbids inline scripts. */
(function () {
  'use strict';
  function ready() {
    var buttons = document.querySelectorAll('[data-print]');
    for (var i = 0; i < buttons.length; i++) {
      buttons[i].addEventListener('click', function () {
        window.print();
      });
    }
  }
  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', ready);
  } else {
    ready();
  }
})();
