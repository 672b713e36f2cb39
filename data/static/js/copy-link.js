// SPDX-License-Identifier: AGPL-3.0-or-later
// The "copy link" button of a practice page: shown only where the Clipboard API exists; copies
// the address from its read-only field and announces the message in a polite live region.
//
// Markup (data/templates/practice.tpl): <button data-copy-from="FIELD-ID"
// data-copy-status="STATUS-ID" data-copied="Linkki kopioitu" hidden>; without JavaScript the
// field alone serves.
(function () {
  'use strict';

  if (!navigator.clipboard || typeof navigator.clipboard.writeText !== 'function') return;

  function announce(status, message) {
    // Emptied first, so that copying again is announced again.
    status.textContent = '';
    window.setTimeout(function () { status.textContent = message; }, 100);
  }

  function enable(button) {
    var field = document.getElementById(button.getAttribute('data-copy-from'));
    var status = document.getElementById(button.getAttribute('data-copy-status'));
    if (!field || !status) return;
    button.hidden = false;
    button.addEventListener('click', function () {
      navigator.clipboard.writeText(field.value).then(function () {
        announce(status, button.getAttribute('data-copied'));
      }, function () {
        field.focus();
        field.select();
      });
    });
  }

  Array.prototype.forEach.call(document.querySelectorAll('button[data-copy-from]'), enable);
}());
